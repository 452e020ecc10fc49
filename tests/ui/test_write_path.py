"""What a save costs and how its Changes reach the views: the log-entry save's statements,
the reload trips after it, and which views reload."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import event

from brobygger.store import dialect
from brobygger.ui import common
from tests.ui.conftest import closed, settle


class StatementLog:
    """Every statement the workspace's engine runs (an executemany counts once)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.rows: list[tuple[bool, str, str]] = []  # (in a write, thread, SQL)
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any,
              _many: bool) -> None:
        write = bool(conn.get_execution_options().get(dialect.WRITE_OPTION))
        self.rows.append((write, threading.current_thread().name, statement))

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def in_writes(self) -> list[str]:
        return [sql for write, _t, sql in self.rows
                if write and not sql.lstrip().upper().startswith(("BEGIN", "COMMIT"))]


def test_a_log_entry_save_costs_few_statements_and_one_reload_trip(demo_window, demo_ctx,
                                                                    qtbot):
    w, ctx = demo_window, demo_ctx
    w.show_page("log")
    settle(ctx)
    for name in w.pages:  # every view seen once
        w.show_page(name)
        settle(ctx)
    w.show_page("log")
    settle(ctx)
    people = ctx.svc.people.all()[:4]
    ini = ctx.svc.initiatives.all()[0]
    dlg = w.log.new_entry()
    settle(ctx)
    common.set_combo_value(dlg.ui.initiative_id, ini.id)
    QTest.keyClicks(dlg.ui.title, "Aftale om fælles vagtplan")
    dlg.check_models["participants"].set_checked({p.id for p in people})
    dlg.check_models["plagues"].set_checked({"graazoner"})

    reloaded: list[str] = []
    for name, page in w.pages.items():
        original = page.reload  # type: ignore[attr-defined]
        page.reload = (lambda g, n=name, o=original: (reloaded.append(n), o(g)))  # type: ignore[attr-defined]
    log = StatementLog(ctx.svc.ws.engine)
    started = ctx.tasks.started
    try:
        QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: closed(dlg))
        settle(ctx)
    finally:
        log.close()

    written = log.in_writes()
    assert len(written) <= 12, "\n".join(written)
    # the save, then one reload of the Logbog's listing (the people did not change)
    assert ctx.tasks.started - started == 2
    assert reloaded == ["log"]
    # the hidden views that show log entries reload when next shown; the others not
    dirty = {n for n, p in w.pages.items() if p._dirty}  # type: ignore[attr-defined]
    showing_entries = {n for n, p in w.pages.items() if "log_entry" in p.tables} - {"log"}
    assert dirty == showing_entries
    assert {"overview", "initiatives", "directory"} <= dirty
    assert "actions" not in dirty and "briefs" not in dirty
    [entry] = [e for e in ctx.svc.log.list() if e.title == "Aftale om fælles vagtplan"]
    assert set(entry.participants) == {p.id for p in people}
    assert w.log.model.entry(0) is not None and w.log.model.entry(0).id == entry.id
    assert entry.entry_date == date.today()


def test_editing_a_log_entry_stays_within_twelve_statements(demo_ctx):
    svc = demo_ctx.svc
    entry = next(e for e in svc.log.list() if len(e.participants) >= 2 and e.initiative_id)
    log = StatementLog(svc.ws.engine)
    try:
        saved = svc.log.update(entry.id, expected_version=entry.version,
                               title=entry.title + " (rettet)", plagues=["graazoner"])
    finally:
        log.close()
    written = log.in_writes()
    assert len(written) <= 12, "\n".join(written)
    assert saved.participants == entry.participants and saved.plagues == ("graazoner",)
    assert svc.log.get(entry.id) == saved


def test_a_query_on_the_gui_thread_is_caught(ctx, _no_queries_on_the_gui_thread):
    """The guard every UI test runs with: UI code that queries on the GUI thread fails it."""
    from brobygger.ui.dialogs import read_lookups

    seen = _no_queries_on_the_gui_thread
    ctx.svc.people.all()  # the test itself may read
    assert seen == []
    read_lookups(ctx.svc, ["people"])  # UI code on the GUI thread: caught
    assert seen and "brobygger.ui.dialogs.choices:read_lookups" in seen[0]
    seen.clear()
    ctx.tasks.run(lambda: read_lookups(ctx.svc, ["people"]))  # the right way
    settle(ctx)
    assert seen == []


def test_a_failed_background_task_is_caught(ctx, _fail_on_logged_warnings):
    """The other guard: a background task that failed (logged) fails the test."""
    handler = _fail_on_logged_warnings
    errors: list[BaseException] = []
    ctx.tasks.run(lambda: 1 / 0, None, errors.append)
    settle(ctx)
    assert isinstance(errors[0], ZeroDivisionError)
    assert [r.getMessage() for r in handler.records] == ["Background task failed"]
    handler.records.clear()


def test_the_example_banner_follows_the_changes(window, ctx):
    """The banner reads no setting on the GUI thread: it follows the Changes."""
    from brobygger.services.demo import load_demo

    assert not window.ui.exampleBanner.isVisible()
    ctx.tasks.run(lambda: load_demo(ctx.svc), write=True)
    settle(ctx)
    assert window.ui.exampleBanner.isVisible()


def _log_count(window: Any) -> str:
    return str(window.log.ui.countLabel.text())


def test_another_connection_writes_the_open_logbog_notices(window, ctx, qtbot):
    """SQLite: a second connection (another window or program) adds an entry; the open
    Logbog shows it without being told (PRAGMA data_version)."""
    from brobygger.services import Services
    from brobygger.store.workspace import Workspace

    ws = ctx.svc.ws
    window.show_page("log")
    settle(ctx)
    assert "tom" in _log_count(window)
    other = Workspace(dialect.make_engine(ws.path, ws.key), ws.location, ws.path, ws.key,
                      ws.settings)
    try:
        Services(other, user="kollega").log.create(entry_date=date.today(), type="observation",
                                                   title="Skrevet et andet sted")
    finally:
        other.engine.dispose()
    qtbot.waitUntil(lambda: _log_count(window) == "1 indførsel", timeout=20000)


def test_another_user_writes_the_open_shared_logbog_notices(qtbot, pg_url, settings):
    """PostgreSQL: another user adds an entry; LISTEN/NOTIFY brings it to the open view."""
    from brobygger.services import Services
    from brobygger.store.workspace import Workspace
    from brobygger.ui.mainwindow import MainWindow
    from tests.ui.conftest import make_ctx

    mine, theirs = Workspace.open_url(pg_url), Workspace.open_url(pg_url)
    c = make_ctx(Services(mine, user="mig"), settings)
    w = MainWindow(c)
    qtbot.addWidget(w)
    try:
        w.show()
        w.show_page("log")
        settle(c)
        assert w._watcher is not None and w._watcher.ready.wait(20)
        Services(theirs, user="kollega").log.create(
            entry_date=date.today(), type="observation", title="Fra en kollega")
        qtbot.waitUntil(lambda: _log_count(w) == "1 indførsel", timeout=20000)
    finally:
        c.tasks.wait()
        w.close()
        mine.close()
        theirs.close()


def test_a_page_reloads_only_for_its_tables_and_may_skip_its_own_change(ctx, qtbot):
    import uuid

    from brobygger.services.unit_of_work import Changes
    from brobygger.ui.page import Page

    loads: list[Changes | None] = []

    class People(Page):
        tables = frozenset({"person"})
        skips_own = True

        def reload(self, generation: int) -> None:
            loads.append(self.pending)

    page = People(ctx)
    qtbot.addWidget(page)
    page.show()
    assert loads == [None]  # the first load: everything
    ctx.tasks.changed.emit(Changes.of(created={"log_entry": {uuid.uuid4()}}))
    assert len(loads) == 1  # not a table it shows
    ctx.tasks.changed.emit(Changes.of(updated={"person": {uuid.uuid4()}}, initiator=page))
    assert len(loads) == 1  # its own change: already shown
    theirs = Changes.of(updated={"person": {uuid.uuid4()}}, initiator=object())
    ctx.tasks.changed.emit(theirs)
    assert loads[-1] == theirs  # reloads, and knows what changed
    page.hide()
    ctx.tasks.changed.emit(Changes.unknown())
    assert len(loads) == 2  # hidden: only marked …
    page.show()
    assert len(loads) == 3 and loads[-1] is not None and loads[-1].everything  # … until shown


def test_look_ups_arriving_are_not_an_edit(demo_window, demo_ctx):
    """Filling a dialog's choices in the background leaves it unchanged (no »Kassér?«)."""
    entry = next(e for e in demo_ctx.svc.log.list() if e.participants and e.initiative_id)
    from brobygger.ui.dialogs import LogEntryDialog, open_dialog
    from tests.ui.conftest import wait_for_lookups

    dlg = wait_for_lookups(open_dialog(LogEntryDialog(demo_ctx, entry, demo_window)))
    assert common.combo_value(dlg.ui.initiative_id) == entry.initiative_id
    assert sorted(dlg.check_models["participants"].checked(), key=str) == sorted(
        entry.participants, key=str)
    assert not dlg.has_changes()
    dlg.reject()


def test_the_actions_page_shows_its_own_mark_done_without_reloading(window, ctx):
    """»Markér som udført« on the Handlinger page: the page that made the change updates
    itself (skips_own) – no reload of its list – while the Changes still reach the other
    views (the Overblik, which shows actions, is marked for a reload)."""
    first = ctx.svc.actions.create(title="Send statusnotat", due_date=date(2020, 1, 1))
    ctx.svc.actions.create(title="Ring til lægehuset", due_date=date(2099, 1, 1))
    page = window.show_page("actions")
    settle(ctx)
    assert page.model.rowCount() == 2
    reloads: list[int] = []
    real_reload = page.reload
    page.reload = lambda generation: (reloads.append(generation), real_reload(generation))
    seen: list[Any] = []
    ctx.tasks.changed.connect(seen.append)
    overview = window.pages["overview"]
    overview._dirty = False
    page.ui.actionsView.selectRow([a.id for a in page.model.rows].index(first.id))
    page.ui.doneButton.click()
    settle(ctx)
    assert ctx.svc.actions.get(first.id).status == "udfoert"
    assert [a.title for a in page.model.rows] == ["Ring til lægehuset"]
    assert page.ui.summaryLabel.text() == "1 åben handling, heraf 0 forfaldne."
    assert reloads == []  # its own change: shown, not reloaded
    assert seen and seen[-1].initiator is page and seen[-1].touches({"action"})
    assert overview._dirty  # another view that shows actions will reload
