"""The Logbog pages: its model holds the row count and a few blocks, never the whole log –
with a small block size, a few hundred entries behave as 100,000 would."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.services import LogFilter, Services
from brobygger.ui import common
from brobygger.ui.common import selected_record
from brobygger.ui.dialogs import LogEntryDialog
from brobygger.ui.models import LogTableModel
from brobygger.ui.tasks import TaskManager
from tests.ui.conftest import closed, find_dialog, listed_ids, settle

N = 240
RECORD = Qt.ItemDataRole.UserRole


@pytest.fixture
def many(svc: Services) -> list[uuid.UUID]:
    """N entries, one a day; every fifth a decision, every seventh about interpreters.
    Returns their ids in display order (newest first)."""
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    start = date(2025, 1, 1)
    for i in range(N):
        svc.log.create(initiative_id=ini.id if i % 2 else None,
                       entry_date=start + timedelta(days=i),
                       type="beslutning" if i % 5 == 0 else "moede", title=f"Indførsel {i}",
                       body="tolkebistand" if i % 7 == 0 else "", tags="akut")
    ids = svc.log.ids()
    assert len(ids) == N
    return ids


def _small(model: LogTableModel, block: int = 10, cache: int = 4) -> LogTableModel:
    model.BLOCK, model.CACHE_BLOCKS = block, cache
    return model


# The test drives the model\'s database reads itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_rows_are_paged_by_offset(qtmodeltester, svc, many, monkeypatch):
    model = _small(LogTableModel(svc))
    names = {i.id: i.name for i in svc.initiatives.all()}
    listing = model.fetch(LogFilter())
    assert listing.paged and listing.total == N and set(listing.blocks) == {0}
    assert not listing.background
    model.set_listing(listing, names)
    assert model.rowCount() == N
    reads: list[int] = []
    page = svc.log.page
    monkeypatch.setattr(svc.log, "page", lambda flt=None, **kw: (
        reads.append(kw["offset"]), page(flt, **kw))[1])
    assert model.index(0, 2).data() == "Indførsel 239"
    assert reads == []  # the first block came with the listing
    assert model.index(N - 1, 2).data() == "Indførsel 0"  # the oldest, last
    assert model.index(N - 2, 3).data() == "Akutsamarbejde"
    assert model.index(N - 1, 1).data() == "Beslutning"
    assert reads == [N - 10]  # one block, the last
    assert listed_ids(model) == many
    assert len(model.cached_blocks()) <= 4  # a bounded cache, not the whole log
    qtmodeltester.check(model)


# The test drives the model\'s database reads itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_the_listing_finds_the_row_of_an_entry(svc, many):
    model = _small(LogTableModel(svc))
    listing = model.fetch(LogFilter(), around=many[137], rows=[200])
    assert listing.around_row == 137 and set(listing.blocks) == {0, 13, 20}
    model.set_listing(listing)
    assert model.row_of(many[137]) == 137
    assert model.row_of(many[5]) == 5 and model.row_of(many[205]) == 205  # cached blocks
    assert model.row_of(uuid.uuid4()) == -1
    decisions = model.fetch(LogFilter(type="beslutning"), around=many[137])
    assert decisions.total == N // 5
    expected = [i for i in many if svc.log.get(i).type == "beslutning"]
    model.set_listing(decisions)
    assert listed_ids(model) == expected
    assert decisions.around_row == (expected.index(many[137]) if many[137] in expected else -1)
    row = model.fetch(LogFilter(type="beslutning"), around=expected[30]).around_row
    assert row == 30
    # a text search alone is paged: the same rows as svc.log.ids(text), ranked block by
    # block; an entry to select again is found in the first block
    flt = LogFilter(text="tolkebistand")
    hits = model.fetch(flt, around=svc.log.ids(flt)[-1])
    assert hits.paged and hits.total == len(svc.log.ids(flt)) == 35
    model.set_listing(hits)
    assert listed_ids(model) == svc.log.ids(flt)
    assert model.row_of(svc.log.ids(flt)[-1]) == hits.around_row == 34
    # with another filter as well, it keeps every ranked hit
    both = replace(flt, type="beslutning")
    kept = model.fetch(both)
    assert not kept.paged and list(kept.ids or ()) == svc.log.ids(both)


# The test drives the model\'s database reads itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_edits_and_deletions_invalidate(qtbot, svc, many):
    model = _small(LogTableModel(svc))
    model.set_listing(model.fetch(LogFilter()))
    entry = svc.log.get(many[3])
    svc.log.update(entry.id, expected_version=entry.version, title="Ny titel")
    assert model.index(3, 2).data() == entry.title  # cached until told
    with qtbot.waitSignal(model.dataChanged):
        model.invalidate()
    assert model.index(3, 2).data() == "Ny titel"
    model.set_ids(many[:30])  # a fixed list of ids (an initiative's log)
    assert model.index(2, 2).data() == svc.log.get(many[2]).title
    svc.log.delete(many[2])
    model.invalidate()
    assert model.index(2, 2).data() == "(slettet)"
    assert model.index(2, 2).data(RECORD) is None
    assert model.index(3, 2).data(RECORD).id == many[3]


# The test drives the model\'s database reads itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_slow_blocks_are_read_in_the_background(qtmodeltester, qtbot, svc, many,
                                                monkeypatch):
    tasks = TaskManager()
    model = _small(LogTableModel(svc, run=tasks.run), cache=10)
    # all entries (or an initiative's, a period) page from an index: read at once
    model.set_listing(model.fetch(LogFilter()))
    assert not model.listing.background
    # with a runner even a quick block is read in the background (no query on the UI
    # thread): "…" until it arrives
    assert model.index(N - 1, 2).data() == "…"
    with qtbot.waitSignal(model.dataChanged):
        tasks.wait()
    assert model.index(N - 1, 2).data() == "Indførsel 0" and not tasks.busy
    # a type skips rows it must read: its blocks are read in the background
    meetings = [i for i in many if svc.log.get(i).type == "moede"]
    n = len(meetings)
    model.set_listing(model.fetch(LogFilter(type="moede")))
    assert model.listing.background and model.rowCount() == n == 192
    assert model.index(0, 2).data() == "Indførsel 239"
    assert model.index(n - 1, 2).data() == "…"  # not read yet: asked for
    assert model.index(n - 1, 2).data(RECORD) is None
    with qtbot.waitSignal(model.dataChanged):
        tasks.wait()
    assert model.index(n - 1, 2).data() == "Indførsel 1"
    tasks.wait()
    assert model.cached_blocks() == [0, 1, 19]  # the block after the first: read ahead
    assert model.index(185, 2).data() == "…"  # scrolling up …
    tasks.wait()
    assert model.index(185, 2).data() == svc.log.get(meetings[185]).title
    tasks.wait()
    assert model.cached_blocks() == [0, 1, 17, 18, 19]  # … reads the block above ahead
    # after an edit the rows on screen stay until the new ones are there
    entry = svc.log.get(meetings[-1])
    svc.log.update(entry.id, expected_version=entry.version, title="Rettet")
    model.invalidate()
    assert model.index(n - 1, 2).data() == "Indførsel 1"
    tasks.wait()
    assert model.index(n - 1, 2).data() == "Rettet"
    # scrolling fast past 17 blocks reads only the latest few, not every one passed
    reads: list[int] = []
    page = svc.log.page
    monkeypatch.setattr(svc.log, "page", lambda flt=None, **kw: (
        reads.append(kw["offset"]), page(flt, **kw))[1])
    for row in range(10, 180, 10):
        model.index(row, 2).data()
    tasks.wait()
    assert model.index(170, 2).data() == svc.log.get(meetings[170]).title
    assert 170 in reads and len(reads) <= 1 + model.WANTED + 2
    assert listed_ids(model) == meetings
    qtmodeltester.check(model)
    tasks.wait()


def test_logbog_pages_keeps_the_selection_and_selects_a_new_entry(window, ctx, qtbot, many,
                                                                   monkeypatch):
    monkeypatch.setattr(LogTableModel, "BLOCK", 10)
    svc, log = ctx.svc, window.show_page("log")
    settle(ctx)
    view = log.ui.logView
    assert log.ui.countLabel.text() == f"{N} indførsler"
    assert log.model.rowCount() == N and log.model.listing.paged
    assert len(log.model.cached_blocks()) <= 4  # the first block and those in view
    view.scrollToBottom()
    settle(ctx)
    assert log.model.index(N - 1, 2).data() == "Indførsel 0"
    top = view.rowAt(0)
    assert top > 200
    log.refresh()  # read again (after a save): the view stays where it was
    settle(ctx)
    assert view.rowAt(0) == top
    assert top // 10 in log.model.cached_blocks()
    # a selected entry far down stays selected when the Logbog is read again
    view.selectRow(235)
    entry = selected_record(view)
    assert entry.id == many[235] and entry.title in log.ui.entryView.toPlainText()
    svc.log.update(entry.id, expected_version=entry.version, title="Rettet")
    log.refresh()
    settle(ctx)
    assert selected_record(view).title == "Rettet"
    assert view.selectionModel().selectedRows()[0].row() == 235
    assert "Rettet" in log.ui.entryView.toPlainText()
    # a new entry written from the Logbog is selected once it is listed
    log.ui.newEntryButton.click()
    dlg = find_dialog(LogEntryDialog)
    QTest.keyClicks(dlg.ui.title, "Nyt møde om tolke")
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert log.model.rowCount() == N + 1
    assert selected_record(view).title == "Nyt møde om tolke"
    # a filter lists its own count and reads the Logbog once (no reload loop)
    common.set_combo_value(log.ui.typeFilter, "beslutning")
    settle(ctx)
    generation = log._generation
    settle(ctx)
    assert log._generation == generation
    assert log.ui.countLabel.text() == f"{N // 5} af {N + 1} indførsler"
    assert view.rowAt(0) == 0  # another filter starts at the top
    initiative = svc.initiatives.find("Akutsamarbejde")
    common.set_combo_value(log.ui.initiativeFilter, initiative.id)
    settle(ctx)
    generation = log._generation
    settle(ctx)
    assert log._generation == generation
    expected = svc.log.ids(LogFilter(type="beslutning", initiative_id=initiative.id))
    assert listed_ids(log.model) == expected and len(expected) == N // 10
    # search as you type: the ranked hits
    QTest.keyClicks(log.ui.searchEdit, "tolkebistand")
    flt = LogFilter(type="beslutning", initiative_id=initiative.id, text="tolkebistand")
    qtbot.waitUntil(lambda: not log.model.listing.paged, timeout=3000)
    settle(ctx)
    assert listed_ids(log.model) == svc.log.ids(flt)
    log.clear_filters()
    settle(ctx)
    assert log.model.rowCount() == N + 1 and log.model.listing.paged


# The test drives the model's database reads itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_a_block_next_to_a_read_one_is_read_by_keyset(svc, many, monkeypatch):
    """Scrolling down (or up) a paged filter reads each block from the last (first) entry
    of the block above (below) – keyset paging – and the rows are those of the offset."""
    model = _small(LogTableModel(svc), cache=40)
    meetings = [i for i in many if svc.log.get(i).type == "moede"]
    model.set_listing(model.fetch(LogFilter(type="moede")))
    calls: list[tuple[int, bool, bool]] = []
    page = svc.log.page
    monkeypatch.setattr(svc.log, "page", lambda flt=None, **kw: (
        calls.append((kw["offset"], kw.get("after") is not None,
                      kw.get("before") is not None)), page(flt, **kw))[1])
    assert [model.index(r, 0).data(RECORD).id for r in range(60)] == meetings[:60]
    assert calls == [(o, True, False) for o in range(10, 60, 10)]  # each after the one above
    calls.clear()
    n = len(meetings)
    assert model.index(n - 1, 0).data(RECORD).id == meetings[-1]  # a jump: by offset
    assert [model.index(r, 0).data(RECORD).id for r in range(n - 1, 150, -1)] \
        == meetings[151:][::-1]
    assert calls[0] == (190, False, False)
    assert calls[1:] == [(o, False, True) for o in range(180, 140, -10)]  # each before
    # a search's ranked ids are read by id, never by keyset
    model.set_ids(meetings[:30])
    calls.clear()
    assert [model.index(r, 0).data(RECORD).id for r in range(30)] == meetings[:30]
    assert calls == []
