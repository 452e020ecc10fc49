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
    for name in ("overview", "initiatives", "directory", "actions", "briefs"):  # seen once
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
    assert {n for n, p in w.pages.items() if p._dirty} == {  # type: ignore[attr-defined]
        "overview", "initiatives", "directory", "meetings", "myweek"}
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
