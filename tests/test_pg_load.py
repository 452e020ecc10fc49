"""A shared workspace under load (issue 21 item 4), on a real PostgreSQL server: the ranked
search ranks only its window (and returns the same pages as before), a save's round trips,
and what another user's notices make a watcher deliver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from brobygger.services import Services
from brobygger.store import dialect, pg_search
from brobygger.store.workspace import Workspace

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
    assert [e.title for e in searched.log.search("regionen", limit=100)] == sorted(
        (f"Møde {i}" for i in range(0, 180, 6) if i % 29), key=lambda t: -int(t.split()[1]))
    assert searched.log.search("ingenting-her") == []
