"""The log's counts kept by triggers (store/log_counts.py, migration 0014_log_counts): after
every kind of write – creates, edits of type and links, the trash and back, an
anonymisation, a spreadsheet import and its undo, an exchange bundle – each kept count
equals a count of the rows themselves, on SQLite and on PostgreSQL; the Logbog's counts
are read from them (one row, however long the log); the migration fills them from the rows
of an existing workspace."""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import event, text

from brobygger import paths
from brobygger.exchange import importing as imp
from brobygger.services import LogFilter, Services
from brobygger.services.import_undo import undo_import
from brobygger.services.imports import apply_import
from brobygger.store import log_counts
from brobygger.store.workspace import Workspace, alembic_config
from tests.helpers import import_files as F


def kept(svc: Services) -> Counter[tuple[str, str]]:
    with svc.ws.read() as s:
        rows = s.execute(text(f"SELECT kind, value, n FROM {log_counts.TABLE}")).all()
    return Counter({(k, v): int(n) for k, v, n in rows if n})


def brute(svc: Services) -> Counter[tuple[str, str]]:
    """Every count from the rows themselves."""
    found: Counter[tuple[str, str]] = Counter()
    with svc.ws.read() as s:
        conn = s.connection()
        entries = conn.execute(text("SELECT id, type, deleted_at FROM log_entry")).all()
        live = {log_counts.key(conn, i) if isinstance(i, uuid.UUID) else i
                for i, _t, d in entries if d is None}
        for _i, type_, deleted in entries:
            if deleted is None:
                found["live", ""] += 1
                found["type", type_] += 1
            else:
                found["trash", ""] += 1
        for kind, table, column in log_counts.LINKS:
            for entry, value in conn.execute(text(f"SELECT entry_id, {column} FROM {table}")):
                if (log_counts.key(conn, entry) if isinstance(entry, uuid.UUID)
                        else entry) in live:
                    found[kind, log_counts.key(conn, value)] += 1
    return found


def assert_counts(svc: Services) -> None:
    assert kept(svc) == brute(svc)
    people = {v for k, v in brute(svc) if k == "person"}
    for value in people:  # and the service reads them as the Logbog asks
        pid = uuid.UUID(value)
        assert svc.log.count(LogFilter(person_id=pid)) == len(svc.log.ids(
            LogFilter(person_id=pid)))
    for flt in (LogFilter(), LogFilter(type="moede"), LogFilter(plague="graazoner"),
                LogFilter(barrier="ressourcepres")):
        assert svc.log.count(flt) == len(svc.log.ids(flt))


def test_counts_follow_every_write(svc_both: Services) -> None:
    svc = svc_both
    anne = svc.people.create(name="Anne Holm")
    bo = svc.people.create(name="Bo Lund")
    made = [svc.log.create(entry_date=date(2026, 3, 1 + i), type=("moede", "aftale")[i % 2],
                           title=f"Indførsel {i}", participants=[anne.id, bo.id][:i % 3],
                           plagues=["graazoner"] if i % 2 else [],
                           barriers=["ressourcepres"] if i % 3 == 0 else [])
            for i in range(9)]
    assert_counts(svc)
    assert svc.log.count() == 9 and svc.log.count(LogFilter(person_id=anne.id)) == 6
    # an edit of the type and the links
    svc.log.update(made[1].id, type="moede", participants=[bo.id], plagues=[],
                   barriers=["ressourcepres"])
    assert_counts(svc)
    # the trash and back
    svc.log.delete(made[2].id)
    svc.log.delete(made[3].id)
    assert_counts(svc)
    assert svc.log.count() == 7
    svc.log.restore(made[2].id)
    assert_counts(svc)
    # links of an entry in the trash: counted when it comes back, not before
    svc.log.update(made[4].id, participants=[anne.id, bo.id], plagues=["graazoner"])
    svc.log.delete(made[4].id)
    assert_counts(svc)
    svc.log.restore(made[4].id)
    assert_counts(svc)
    # a person's name erased everywhere (GDPR)
    svc.gdpr.anonymise_person(bo.id, compact=False)
    assert_counts(svc)


def test_counts_follow_an_import_and_its_undo(svc: Services, tmp_path: Path) -> None:
    path = F.write_excel_log(tmp_path / "log.xlsx", F.big_log_rows(40))
    src, sheet = imp.read_sheet(path)
    result = apply_import(svc, imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src))
    assert svc.log.count() == 40
    assert_counts(svc)
    undo_import(svc, result.batch_id)
    assert svc.log.count() == 0
    assert_counts(svc)


def test_counts_follow_an_exchange_bundle(demo_svc: Services, tmp_path: Path) -> None:
    from brobygger.exchange import apply_import as apply_bundle
    from brobygger.exchange import export_bundle, plan_import, read_bundle
    from brobygger.exchange.bundle import KdfCost
    from tests.conftest import PASS

    assert_counts(demo_svc)
    ids = [i.id for i in demo_svc.initiatives.all()][:3]
    path = export_bundle(demo_svc, ids, tmp_path / "b.brobygger", PASS,
                         kdf_cost=KdfCost(n=2**8)).path
    with Workspace.open(tmp_path / "other") as ws:
        other = Services(ws, user="modpart")
        apply_bundle(other, plan_import(other, read_bundle(path, PASS)))
        assert other.log.count() > 0
        assert_counts(other)


def test_the_logbog_counts_read_one_row(svc: Services) -> None:
    """No count over the entries: the total, a type's and a plague's are each one lookup."""
    for i in range(3):
        svc.log.create(entry_date=date(2026, 3, 1 + i), type="moede", title=f"M {i}",
                       plagues=["graazoner"])
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().lower().startswith("select"):
            statements.append(statement.lower())

    event.listen(svc.ws.engine, "before_cursor_execute", seen)
    try:
        assert svc.log.count() == 3
        assert svc.log.count(LogFilter(type="moede")) == 3
        assert svc.log.count(LogFilter(plague="graazoner")) == 3
        assert svc.log.count(LogFilter(type="aftale")) == 0
    finally:
        event.remove(svc.ws.engine, "before_cursor_execute", seen)
    assert statements and not any("count(" in s for s in statements), statements
    assert all(log_counts.TABLE in s for s in statements)


def test_migration_0014_fills_the_counts_from_the_rows(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = data_dir / paths.DB_FILENAME
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.upgrade(cfg, "0013_log_live_count")
    person = uuid.uuid4()  # (foreign keys are not enforced by this connection)
    with sqlite3.connect(db) as con:
        for i, (type_, deleted) in enumerate((("moede", None), ("moede", None),
                                              ("aftale", "2026-02-01 00:00:00"))):
            entry = uuid.uuid4()
            con.execute("INSERT INTO log_entry (id, created_at, updated_at, deleted_at, "
                        "version, entry_date, type, title, body, tags, escalated_to, author) "
                        "VALUES (?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', ?, 1, "
                        "'2026-01-01', ?, ?, '', '', '', '')",
                        (entry.hex, deleted, type_, f"Indførsel {i}"))
            con.execute("INSERT INTO log_entry_person (entry_id, person_id) VALUES (?, ?)",
                        (entry.hex, person.hex))
            con.execute("INSERT INTO log_entry_plague (entry_id, plague) VALUES (?, ?)",
                        (entry.hex, "graazoner"))
    command.upgrade(cfg, "0014_log_counts")
    with sqlite3.connect(db) as con:
        rows = dict(((k, v), n) for k, v, n in con.execute(
            f"SELECT kind, value, n FROM {log_counts.TABLE}"))
    assert rows == {("live", ""): 2, ("trash", ""): 1, ("type", "moede"): 2,
                    ("person", person.hex): 2, ("plague", "graazoner"): 2}
    command.downgrade(cfg, "0013_log_live_count")
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                           "'log_entry_count%' OR sql LIKE '%log_entry_count%'"
                           ).fetchone()[0] == 0
    with Workspace.open(data_dir, encryption="none") as ws:  # up to the head again
        svc = Services(ws, user="t")
        assert svc.log.count() == 2 and svc.log.count(LogFilter(person_id=person)) == 2
        assert_counts(svc)
