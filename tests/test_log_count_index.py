"""The Logbog's total (re-counted after every save) is read from the narrow
``ix_log_entry_deleted_at`` index (migration 0013), not by walking the wide display-order
index: at 100,000 entries that was ~100 ms of every refresh after a save (issue 21)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, text

from brobygger.services import Services


def test_the_live_count_reads_the_narrow_index(ws: Any) -> None:
    svc = Services(ws, user="tester")
    made = [svc.log.create(entry_date=date(2026, 3, 1 + i), type="moede",
                           title=f"Møde {i}") for i in range(4)]
    svc.log.delete(made[0].id)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "count(" in statement.lower():
            statements.append(statement)

    event.listen(ws.engine, "before_cursor_execute", seen)
    try:
        assert svc.log.count() == 3  # the trashed entry is not counted
    finally:
        event.remove(ws.engine, "before_cursor_execute", seen)
    assert len(statements) == 1
    with ws.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(
            text("EXPLAIN QUERY PLAN " + statements[0].replace("?", "NULL"))))
    assert "ix_log_entry_deleted_at" in plan, plan


def test_initiative_names_are_those_of_the_records(ws: Any) -> None:
    """The Logbog's initiative filter and name column read ids and names only – the same
    initiatives, trash included, in the same order as the whole records."""
    svc = Services(ws, user="tester")
    for name in ("Psykiatriens Hus", "Akutteam", "Udskrivningsaftalen"):
        svc.initiatives.create(name=name, status="drift")
    gone = svc.initiatives.create(name="Bæltet", status="drift")
    svc.initiatives.delete(gone.id)
    names = svc.initiatives.names(include_deleted=True)
    assert [(n.id, n.name, n.deleted_at) for n in names] == [
        (i.id, i.name, i.deleted_at) for i in svc.initiatives.all(include_deleted=True)]
    assert gone.id not in {n.id for n in svc.initiatives.names()}
    assert names[0].name == "Akutteam"
