"""A shared workspace under load (issue 21 item 4), on a real PostgreSQL server: the ranked
search ranks only its window (and returns the same pages as before), a save's round trips,
and what another user's notices make a watcher deliver."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from brobygger.services import Services
from brobygger.services.watch import ChangeWatcher
from brobygger.store import dialect, pg_search
from brobygger.store.workspace import Workspace
from tests.conftest import Inbox

# The query of the previous version: every hit ranked and numbered (the reference order).
_OLD_SEARCH = (
    "SELECT id FROM (SELECT id, entry_date, ts_rank(search_vector, q) AS score, "
    "row_number() OVER (ORDER BY created_at DESC) AS recent "
    "FROM log_entry, to_tsquery('danish', :q) AS q "
    "WHERE search_vector @@ q AND deleted_at IS NULL) AS hits "
    "ORDER BY recent > :window, "
    "CASE WHEN recent <= :window THEN -score ELSE recent END, entry_date DESC, "
    "recent LIMIT :limit OFFSET :offset")
WINDOW = 40


@pytest.fixture
def searched(pg_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    """150 entries that mention "kommunen" 1–4 times (ranks differ, many tie) and 30 that
    do not; a few in the trash. The ranking window is 40 hits."""
    monkeypatch.setattr(dialect, "RANK_WINDOW", WINDOW)
    svc = Services(pg_ws)
    start = date(2026, 1, 1)
    for i in range(180):
        words = "kommunen " * (i % 4 + 1) if i % 6 else "regionen"
        entry = svc.log.create(entry_date=start + timedelta(days=i % 37), type="moede",
                               title=f"Møde {i}", body=f"Referat: {words} og borgeren.")
        if i % 29 == 0:
            svc.log.delete(entry.id)
    with pg_ws.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE log_entry")
    yield svc


def _old(conn: Any, q: str, offset: int, limit: int) -> list[Any]:
    return [r[0] for r in conn.execute(text(_OLD_SEARCH), {
        "q": q, "window": WINDOW, "limit": limit, "offset": offset})]


@pytest.mark.parametrize("offset", [0, 10, 35, 40, 60, 120, 200])
def test_search_pages_are_the_old_ranked_pages(searched: Services, offset: int) -> None:
    q = dialect.pg_tsquery("kommunen")
    assert q is not None
    with searched.ws.engine.connect() as conn:
        assert dialect.count_log_entry_hits(conn, "kommunen") > 2 * WINDOW
        new = dialect.search_log_entry_page(conn, "kommunen", offset, 20)
        assert new == _old(conn, q, offset, 20)
    if offset < 120:
        assert len(new) == 20
    with searched.ws.engine.connect() as conn:  # the setting is back for other queries
        assert conn.exec_driver_sql("SHOW enable_seqscan").scalar_one() == "on"


def test_search_ranks_only_its_window(searched: Services) -> None:
    """The ranking sort sees the window's hits, not every hit (the old query ranked all
    of them), and the window can be read from the recording-order index."""
    q = dialect.pg_tsquery("kommunen")
    params = {"q": q, "window": WINDOW, "limit": 20, "offset": 0}
    with searched.ws.engine.connect() as conn:
        hits = dialect.count_log_entry_hits(conn, "kommunen")
        plan = conn.execute(text("EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) " + pg_search.RANKED_SQL),
                            params).scalar_one()
        old_plan = conn.execute(text("EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) " + _OLD_SEARCH),
                                params).scalar_one()
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_bitmapscan = off")
        walked = conn.execute(text("EXPLAIN (FORMAT JSON) " + pg_search.RANKED_SQL),
                              params).scalar_one()
    assert _ranked_rows(plan) == WINDOW
    assert _ranked_rows(old_plan) == hits  # the old query: every hit ranked
    assert pg_search.RECORDED_INDEX in json.dumps(walked)


def _ranked_rows(plan: Any) -> int:
    """How many rows ts_rank was computed for: the most rows any plan node put out with
    ts_rank among its output columns (EXPLAIN ANALYZE VERBOSE)."""
    plan = plan if not isinstance(plan, str) else json.loads(plan)

    def walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield node
        for child in node.get("Plans", ()):
            yield from walk(child)

    ranked = [int(node["Actual Rows"]) for node in walk(plan[0]["Plan"])
              if any("ts_rank" in column for column in node.get("Output", ()))]
    assert ranked, "no ranking in the plan"
    return max(ranked)


def test_search_service_same_first_page_and_rare_words(searched: Services) -> None:
    first = [e.id for e in searched.log.search("kommunen", limit=15)]
    q = dialect.pg_tsquery("kommunen")
    with searched.ws.engine.connect() as conn:
        assert first == _old(conn, q or "", 0, 15)
    # equal ranks: the latest entry date first, then the most recently recorded
    rare = sorted((i for i in range(0, 180, 6) if i % 29), key=lambda i: (-(i % 37), -i))
    assert [e.title for e in searched.log.search("regionen", limit=100)] == [
        f"Møde {i}" for i in rare]
    assert searched.log.search("ingenting-her") == []


def test_a_burst_of_notices_is_one_delivery(pg_url: str) -> None:
    """Another user's ten saves in a row (ten commits, ten NOTIFYs) reach a watching
    window as at most two deliveries – the first at once, the rest merged – not ten
    reloads; nothing is left out of what they say changed."""
    mine, theirs = Workspace.open_url(pg_url), Workspace.open_url(pg_url)
    inbox = Inbox()
    watcher = ChangeWatcher(mine, inbox, interval=0.1, min_gap=5).start()
    try:
        assert watcher.ready.wait(30)
        other = Services(theirs, user="kollega")
        for i in range(5):
            other.people.create(name=f"Person {i}")
            other.log.create(entry_date=date(2026, 11, 20), type="moede", title=f"Møde {i}")
        Services(mine, user="mig").people.create(name="Egen")  # our own: not news
        deadline = time.monotonic() + 60
        while watcher.notices < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert watcher.notices == 10
        assert inbox.arrived.wait(60)
        while len(inbox.items) < 2 and time.monotonic() < deadline and \
                frozenset().union(*(c.tables for c in inbox.items)) != {"person", "log_entry"}:
            time.sleep(0.05)
        assert 1 <= len(inbox.items) <= 2
        assert frozenset().union(*(c.tables for c in inbox.items)) == {"person", "log_entry"}
        assert all(c.external and not c.everything for c in inbox.items)
    finally:
        watcher.stop()
        mine.close()
        theirs.close()


class RoundTrips:
    """Messages this client sent to the server that wait for an answer (a simple Query or
    an extended-protocol Sync), read from libpq's own trace of the connections."""

    def __init__(self, ws: Workspace, path: Any) -> None:
        from psycopg import pq

        self.path = path
        self.file = open(path, "w")  # noqa: SIM115 – closed in stop()
        self.statements: list[str] = []

        @event.listens_for(ws.engine, "checkout")
        def _trace(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            dbapi_conn.pgconn.trace(self.file.fileno())
            dbapi_conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

        @event.listens_for(ws.engine, "before_cursor_execute")
        def _count(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
            self.statements.append(statement.split(None, 1)[0].upper())

    def measure(self, fn: Any) -> tuple[int, list[str]]:
        self.file.seek(0)
        self.file.truncate()
        self.statements.clear()
        fn()
        self.file.flush()
        lines = open(self.path).read().splitlines()  # noqa: SIM115
        fields = [line.split("\t") for line in lines]
        sent = [f for f in fields if len(f) > 2 and f[0] == "F" and f[2] in ("Query", "Sync")]
        return len(sent), list(self.statements)


def test_round_trips_of_a_save_a_count_and_a_search(pg_ws: Workspace, tmp_path: Any) -> None:
    """Each round trip waits for the network and the server: a read is its statements
    alone (no ping, BEGIN or ROLLBACK around them), a save its statements, BEGIN and
    COMMIT. Before: 4 round trips for a count, 9 for a search, 7 for a save (round two: 6)."""
    svc = Services(pg_ws, user="mig")
    ini = svc.initiatives.create(name="Udskrivning")
    svc.log.create(entry_date=date(2026, 11, 1), type="moede", title="Kommunen og regionen")
    trips = RoundTrips(pg_ws, tmp_path / "trace.txt")
    assert trips.measure(svc.log.count) == (1, ["SELECT"])
    n, statements = trips.measure(lambda: svc.log.search("kommunen", limit=100))
    # the planner's estimate of the hits (the first time a word is searched); the plan
    # chosen (one SELECT of set_config), ranked ids, settings back; the rows and links
    assert n == len(statements) == 5
    assert statements == ["EXPLAIN", "SELECT", "SELECT", "RESET", "SELECT"]
    n, statements = trips.measure(lambda: svc.log.search("kommunen", limit=100))
    assert n == len(statements) == 4 and statements[0] == "SELECT"  # the estimate kept
    n, statements = trips.measure(lambda: svc.log.create(
        entry_date=date(2026, 11, 20), type="moede", title="Møde", body="Referat.",
        initiative_id=ini.id))
    # the initiative checked, the entry, the audit event written by the notice's statement
    assert statements == ["SELECT", "INSERT", "WITH"]
    assert n == len(statements) + 2  # BEGIN and COMMIT


def test_a_dead_pooled_connection_is_replaced(pg_ws: Workspace, pg_server: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a ping at every checkout, a connection that has been idle is pinged before
    use: one the server dropped (a restart) is replaced and the read goes through."""
    import sqlalchemy as sa

    svc = Services(pg_ws)
    assert svc.log.count() == 0
    with pg_ws.engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    admin = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        assert conn.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
    admin.dispose()
    monkeypatch.setattr(dialect, "PING_IDLE_SECONDS", 0.0)
    assert svc.log.count() == 0
    with pg_ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one() != pid
