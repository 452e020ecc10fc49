"""Issue 21 item 4, round three: what one user's save costs the others on a shared
(PostgreSQL) workspace. A notice names the ids changed and the initiatives they belong to,
so a view of another initiative does not reload; a save and an edit send fewer statements;
a search's count and window come from the GIN index instead of matching every entry."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, text

from brobygger.services import LogFilter, Services
from brobygger.services.unit_of_work import Changes, collect
from brobygger.services.watch import ChangeWatcher
from brobygger.store import dialect, pg_search
from brobygger.store.workspace import Workspace
from tests.conftest import Inbox


def test_a_notice_names_the_entry_and_its_initiative(pg_url: str) -> None:
    """Another user's new entry reaches a watching window with its id and initiative: the
    view of that initiative reloads, the view of another does not. A change to a person
    (names shown everywhere) concerns every initiative."""
    mine, theirs = Workspace.open_url(pg_url), Workspace.open_url(pg_url)
    inbox = Inbox()
    watcher = ChangeWatcher(mine, inbox, interval=0.1, min_gap=0.1).start()
    try:
        assert watcher.ready.wait(30)
        other = Services(theirs, user="kollega")
        a = other.initiatives.create(name="Udskrivning")
        b = other.initiatives.create(name="Akutpladser")
        inbox.wait_for("initiative")
        entry = other.log.create(entry_date=date(2026, 11, 20), type="moede",
                                 title="Møde", initiative_id=a.id)
        got = inbox.wait_for("log_entry")
        assert got.external and not got.touched and not got.everything
        assert got.created == {"log_entry": frozenset({entry.id})}
        assert got.initiatives == {a.id} and "log_entry" in got.scoped
        assert got.mentions(entry.id) and not got.mentions(uuid.uuid4())
        assert got.concerns(a.id) and not got.concerns(b.id)
        # moved to the other initiative: both views reload
        other.log.update(entry.id, expected_version=entry.version, initiative_id=b.id)
        got = inbox.wait_for("log_entry")
        assert got.initiatives == {a.id, b.id} and got.concerns(b.id)
        other.people.create(name="Jens Hansen")
        got = inbox.wait_for("person")
        assert got.concerns(a.id) and got.concerns(b.id)
    finally:
        watcher.stop()
        mine.close()
        theirs.close()


def test_local_changes_say_which_initiative_too(svc: Services) -> None:
    """The window's own writes (SQLite) carry the same: the initiative page of another
    initiative skips the reload."""
    a = svc.initiatives.create(name="A")
    b = svc.initiatives.create(name="B")
    with collect() as box:
        svc.log.create(entry_date=date(2026, 11, 20), type="moede", title="Møde",
                       initiative_id=a.id)
    assert box.changes.concerns(a.id) and not box.changes.concerns(b.id)
    with collect() as box:
        svc.initiatives.update(b.id, name="B2")  # no initiative_id column: any view
    assert box.changes.concerns(a.id)


def test_payload_round_trip_and_its_limits() -> None:
    ini = uuid.uuid4()
    ids = [uuid.uuid4() for _ in range(3)]
    c = Changes.of(created={"log_entry": ids[:2]}, updated={"action": ids[2:]},
                   initiatives=frozenset({ini}), scoped=frozenset({"log_entry", "action"}),
                   meta={"k": "v"})
    back = Changes.from_payload(json.loads(c.to_payload()))
    assert (back.created, back.updated, back.initiatives, back.scoped, back.meta) == (
        c.created, c.updated, c.initiatives, c.scoped, c.meta)
    assert back.external and not back.concerns(uuid.uuid4()) and back.concerns(ini)
    # more ids than a notice holds: the tables alone, every initiative concerned
    many = Changes.of(created={"log_entry": [uuid.uuid4() for _ in range(150)]},
                      initiatives=frozenset({ini}), scoped=frozenset({"log_entry"}))
    payload = many.to_payload()
    assert len(payload.encode()) < 8000
    back = Changes.from_payload(json.loads(payload))
    assert back.touched == {"log_entry"} and back.concerns(uuid.uuid4())
    # merged with a change of the same table whose initiatives are not known: unscoped
    bulk = Changes.of(updated={"log_entry": [uuid.uuid4()]})
    assert c.merged(bulk).concerns(uuid.uuid4())
    assert not c.merged(Changes.of(updated={"log_entry": [ids[0]]}, initiatives=frozenset(),
                                   scoped=frozenset({"log_entry"}))).concerns(uuid.uuid4())


class Statements:
    def __init__(self, ws: Workspace) -> None:
        self.sent: list[str] = []
        self.sql: list[str] = []

        @event.listens_for(ws.engine, "before_cursor_execute")
        def _count(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
            self.sent.append(statement.split(None, 1)[0].upper())
            self.sql.append(statement)

    def measure(self, fn: Any) -> list[str]:
        self.sent.clear()
        self.sql.clear()
        fn()
        return list(self.sent)


def test_a_save_and_an_edit_send_fewer_statements(pg_ws: Workspace) -> None:
    """A save: the initiative checked, the entry, then the audit row written by the
    notice's statement (before: a statement each). An edit of the text leaves the links
    alone (before: three DELETEs). Nothing is lost: the audit trail and the links."""
    svc = Services(pg_ws, user="mig")
    ini = svc.initiatives.create(name="Udskrivning")
    person = svc.people.create(name="Anne Holm")
    stmts = Statements(pg_ws)
    created: list[Any] = []
    sent = stmts.measure(lambda: created.append(svc.log.create(
        entry_date=date(2026, 11, 20), type="moede", title="Møde", initiative_id=ini.id)))
    assert sent == ["SELECT", "INSERT", "WITH"]
    entry = created[0]
    sent = stmts.measure(lambda: created.append(svc.log.update(
        entry.id, expected_version=entry.version, title="Møde om udskrivning")))
    # the row (locked), its links, the initiative checked, the UPDATE, audit + notice
    assert "DELETE" not in sent and len(sent) <= 5, sent
    edited = created[-1]
    sent = stmts.measure(lambda: svc.log.update(
        edited.id, expected_version=edited.version, participants=[person.id]))
    assert sent.count("DELETE") == 1 and "INSERT" in sent  # only the people rewritten
    again = svc.log.get(entry.id)
    assert again.title == "Møde om udskrivning" and again.participants == (person.id,)
    with pg_ws.engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM audit_event WHERE record_id = :r ORDER BY at"),
            {"r": entry.id})]
    assert actions == ["create", "update", "update"]


@pytest.fixture
def words(pg_ws: Workspace) -> Services:
    """400 entries: "kommunen" in 60 %, "akutpladser" in 15 %, "palliation" in 2 %."""
    svc = Services(pg_ws)
    with pg_ws.engine.begin() as conn:
        ini = svc.initiatives.create(name="Udskrivning")
        rows = [{"id": uuid.uuid4(), "i": i, "ini": ini.id} for i in range(400)]
        conn.execute(text(
            "INSERT INTO log_entry (id, created_at, updated_at, version, initiative_id, "
            "entry_date, type, title, body, tags, escalated_to, author) VALUES (:id, "
            "now() - make_interval(secs => :i), now(), 1, :ini, DATE '2026-11-01', 'moede', "
            "'Møde ' || :i, CASE WHEN :i % 5 < 3 THEN 'kommunen ' ELSE 'regionen ' END || "
            "CASE WHEN :i % 20 < 3 THEN 'akutpladser' ELSE '' END || "
            "CASE WHEN :i % 50 = 0 THEN ' palliation' ELSE '' END, '', '', '')"), rows)
    with pg_ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE log_entry")
    return svc


def test_search_count_and_window_from_the_gin_index(words: Services,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The count of a search and the window of a word that is not common come from the GIN
    index, not from matching every live entry (before: with sequential scans off the
    planner walked ix_log_entry_deleted_at and matched all of them); a common word walks
    the recording order. Same hits and counts either way."""
    monkeypatch.setattr(dialect, "RANK_WINDOW", 40)
    ws = words.ws
    stmts = Statements(ws)
    counts = {}
    for word in ("kommunen", "akutpladser", "palliation"):
        stmts.measure(lambda w=word: counts.update({w: words.log.count(LogFilter(text=w))}))
        counted = [s for s in stmts.sql if "count(" in s]
        assert len(counted) == 1
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = json.dumps(conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + counted[0],
                                                   {"q": dialect.pg_tsquery(word)}).scalar_one())
        assert "ix_log_entry_search" in plan and "ix_log_entry_deleted_at" not in plan
    assert counts == {"kommunen": 240, "akutpladser": 60, "palliation": 8}
    with ws.engine.connect() as conn:
        hits, live = pg_search.estimate(conn, dialect.pg_tsquery("kommunen") or "")
        assert pg_search.walks(hits, live, 40)
        hits, live = pg_search.estimate(conn, dialect.pg_tsquery("akutpladser") or "")
        assert not pg_search.walks(hits, live, 40)
    for word, from_gin in (("akutpladser", True), ("kommunen", False)):
        stmts.measure(lambda w=word: words.log.search(w, limit=30))
        ranked = [s for s in stmts.sql if "ts_rank" in s]
        assert len(ranked) == 1 and ("OFFSET 0) AS g" in ranked[0]) == from_gin, word
        ids = [e.id for e in words.log.search(word, limit=100)]
        assert len(ids) == min(100, counts[word]) and len(set(ids)) == len(ids)
    # the same window either way
    q = dialect.pg_tsquery("akutpladser")
    with ws.engine.connect() as conn:
        walk = pg_search._search_page(conn, q or "", 0, 60, 40, True)
        gin = pg_search._search_page(conn, q or "", 0, 60, 40, False)
    assert walk == gin and len(gin) == 60
