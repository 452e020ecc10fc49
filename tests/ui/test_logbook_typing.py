"""Search while typing in the Logbog (issue 21): a keystroke reads the hits' first page –
not the count of every entry, the initiatives or the people again; a save reads what it
changed anew."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtTest import QTest

from brobygger.services import LogFilter
from tests.ui.conftest import listed_ids, settle


def test_typing_reads_only_the_hits(window: Any, ctx: Any, qtbot: Any,
                                    monkeypatch: Any) -> None:
    svc = ctx.svc
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    for i in range(6):
        svc.log.create(initiative_id=ini.id, entry_date=date(2026, 1, 1 + i), type="moede",
                       title=f"Møde {i}", body="tolkebistanden" if i % 2 else "vagtplanen")
    log = window.log
    window.show_page("log")
    log.refresh()
    settle(ctx)
    assert log.ui.countLabel.text() == "6 indførsler"
    calls: list[str] = []
    count, everything = svc.log.count, svc.initiatives.names

    def spy_count(flt: LogFilter | None = None) -> int:
        calls.append("count" if flt in (None, LogFilter()) else "hits")
        return count(flt)

    def spy_all(*args: Any, **kwargs: Any) -> Any:
        calls.append("initiatives")
        return everything(*args, **kwargs)

    def spy_people(*args: Any, **kwargs: Any) -> Any:
        calls.append("people")
        return people(*args, **kwargs)

    people = svc.overview.party_names  # read with the person filter's people
    monkeypatch.setattr(svc.log, "count", spy_count)
    monkeypatch.setattr(svc.initiatives, "names", spy_all)
    monkeypatch.setattr(svc.overview, "party_names", spy_people)
    for letter in "tolk":
        QTest.keyClicks(log.ui.searchEdit, letter)
        log.refresh()  # what the debounce timer does after the last keystroke
        settle(ctx)
    assert log.ui.countLabel.text() == "3 af 6 indførsler"
    assert len(listed_ids(log.model)) == 3
    # fewer hits than a block: all of them are on the first page, nothing is counted
    assert "count" not in calls and "initiatives" not in calls and "hits" not in calls
    assert "people" not in calls  # the person filter and the reading pane's names stay
    # a save through the write path: the total is read again and shown
    calls.clear()
    ctx.tasks.run(lambda: svc.log.create(entry_date=date(2026, 2, 1), type="moede",
                                         title="Tolke", body="tolkebistanden"), write=True)
    settle(ctx)
    qtbot.waitUntil(lambda: log.ui.countLabel.text() == "4 af 7 indførsler", timeout=5000)
    assert "count" in calls and "people" not in calls
    # a new person: the names are read again
    ctx.tasks.run(lambda: svc.people.create(name="Anne Holm"), write=True)
    settle(ctx)
    qtbot.waitUntil(lambda: "people" in calls, timeout=5000)


def test_the_first_hits_are_shown_before_they_are_counted(window: Any, ctx: Any,
                                                          monkeypatch: Any) -> None:
    """A search with more hits than a block: the model is set with the first block
    ("tæller …") before the hits are counted; then the table grows to every hit."""
    svc = ctx.svc
    for i in range(130):
        svc.log.create(entry_date=date(2026, 1, 1 + i % 28), type="moede", title=f"Møde {i}",
                       body="tolkebistanden" if i < 120 else "vagtplanen")
    log = window.log
    window.show_page("log")
    log.refresh()
    settle(ctx)
    events: list[tuple[str, int]] = []
    count, set_listing = svc.log.count, log.model.set_listing

    def spy_count(flt: LogFilter | None = None) -> int:
        n = count(flt)
        events.append(("counted", n))
        return n

    def spy_listing(listing: Any, *args: Any) -> None:
        events.append(("shown", listing.total))
        set_listing(listing, *args)

    labels: list[str] = []
    set_text = log.ui.countLabel.setText
    monkeypatch.setattr(log.ui.countLabel, "setText",
                        lambda t: (labels.append(t), set_text(t)))
    monkeypatch.setattr(svc.log, "count", spy_count)
    monkeypatch.setattr(log.model, "set_listing", spy_listing)
    QTest.keyClicks(log.ui.searchEdit, "tolke")
    log.refresh()
    settle(ctx)
    # (the debounce timer may reload once more: each reload shows, then counts)
    assert events and events == [("shown", 100), ("counted", 120)] * (len(events) // 2)
    assert log.model.rowCount() == 120
    log.model.data(log.model.index(110, 2))  # scrolled down: the second block is read
    settle(ctx)
    assert labels[:2] == ["tæller … af 130 indførsler", "120 af 130 indførsler"]
    assert log.ui.countLabel.text() == "120 af 130 indførsler"
    assert listed_ids(log.model) == [e.id for e in svc.log.page(
        LogFilter(text="tolke"), limit=200)]
