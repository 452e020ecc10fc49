"""Ranked full-text search of the log on PostgreSQL (a shared workspace).

The order is :func:`brobygger.store.dialect.search_log_entry_ids`' on both dialects: the
best matches among the :data:`~brobygger.store.dialect.RANK_WINDOW` most recently recorded
live hits (``ts_rank``, then the newest entry date, then the most recently recorded), then
the older hits, most recently recorded first.

Only the window is ranked. Earlier, every hit was ranked and numbered: for a word in half
of 100,000 entries PostgreSQL read, decompressed and sorted 45,000 ``tsvector`` values (a
sort of ~25 MB, spilled to disk) – 0.6 s of server time per search. The window is found
one of two ways, chosen here from the planner's estimate of the hits (:func:`_walks`), not
left to the planner: it costs a text match as one cheap operator, so with sequential scans
off it walked every live entry through ``ix_log_entry_deleted_at`` and matched each (a
word in 17 % of the entries: 300 ms), and with them on it scanned the table.

* a common word (:func:`_walks`): walk :data:`RECORDED_INDEX` (the live entries, most
  recently recorded first) until the window is full – ``window / share of hits`` rows;
* any other: the hits from the GIN index alone (the query below gives the planner no
  other qualification to use), the window the newest of them – as many row visits as
  hits.

The same choice makes the count of a search (:func:`count_hits`) use the GIN index.
"""

from __future__ import annotations

import json
import math
import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Migration 0012 (PostgreSQL only): live entries in recording order.
RECORDED_INDEX = "ix_log_entry_live_recorded"
RECORDED_INDEX_DDL = (f"CREATE INDEX IF NOT EXISTS {RECORDED_INDEX} ON log_entry "
                      "(created_at DESC, id DESC) WHERE deleted_at IS NULL")

_MATCH = "search_vector @@ to_tsquery('danish', :q)"
_HITS = (f"FROM log_entry WHERE {_MATCH} "
         "AND deleted_at IS NULL ORDER BY created_at DESC, id DESC")
# The window's hits (row address and recency), newest recorded first. The sorts carry row
# addresses, not the text vectors (~700 bytes each: a window of them spilled to disk).
_WINDOW_WALK = f"SELECT ctid AS hit, created_at, id {_HITS} LIMIT :window"
# From the GIN index: the subquery (OFFSET 0 keeps it apart) has the text match as its
# only condition, so no other index can drive it.
_WINDOW_GIN = (
    "SELECT hit, created_at, id FROM (SELECT ctid AS hit, created_at, id, deleted_at "
    f"FROM log_entry WHERE {_MATCH} OFFSET 0) AS g WHERE deleted_at IS NULL "
    "ORDER BY created_at DESC, id DESC LIMIT :window")
_RANKED = (
    "SELECT e.id, w.n FROM (SELECT hit, count(*) OVER () AS n, "
    "row_number() OVER (ORDER BY created_at DESC, id DESC) AS recent "
    "FROM ({window}) AS w0) AS w "
    "JOIN log_entry AS e ON e.ctid = w.hit "
    "ORDER BY ts_rank(e.search_vector, to_tsquery('danish', :q)) DESC, e.entry_date DESC, "
    "w.recent LIMIT :limit OFFSET :offset")
RANKED_SQL = _RANKED.format(window=_WINDOW_WALK)  # a common word
RANKED_GIN_SQL = _RANKED.format(window=_WINDOW_GIN)  # any other
_WINDOW_COUNT = "SELECT count(*) FROM ({window}) AS w"
_OLDER = f"SELECT id {_HITS} LIMIT :limit OFFSET :skip"
COUNT_SQL = ("SELECT count(*) FROM (SELECT deleted_at FROM log_entry "
             f"WHERE {_MATCH} OFFSET 0) AS g WHERE deleted_at IS NULL")
# The planner's estimates of the hits and of the live entries: planned, not run.
_ESTIMATE_SQL = (f"EXPLAIN (FORMAT JSON) SELECT 1 FROM log_entry WHERE {_MATCH} "
                 "UNION ALL SELECT 1 FROM log_entry WHERE deleted_at IS NULL")
ESTIMATE_SECONDS = 600.0  # an estimate is kept this long per database and query
_estimates: dict[tuple[str, str], tuple[float, float, float]] = {}


def estimate(conn: Connection, pg_query: str) -> tuple[float, float]:
    """(hits, live entries) as the planner estimates them from the table's statistics
    (the most common lexemes and their shares); kept :data:`ESTIMATE_SECONDS` per query,
    so a repeated search sends no extra statement."""
    key = (str(conn.engine.url.database), pg_query)
    now = time.monotonic()
    known = _estimates.get(key)
    if known is not None and now - known[2] < ESTIMATE_SECONDS:
        return known[0], known[1]
    raw = conn.execute(text(_ESTIMATE_SQL), {"q": pg_query}).scalar_one()
    plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
    parts = plan.get("Plans", [plan])
    hits, live = float(parts[0]["Plan Rows"]), float(parts[-1]["Plan Rows"])
    if len(_estimates) > 500:
        _estimates.clear()
    _estimates[key] = (hits, live, now)
    return hits, live


def walks(hits: float, live: float, window: int) -> bool:
    """Whether the window is found faster by walking the recording order: that reads
    ``window × live / hits`` rows and matches each, the GIN index visits every hit's row
    (measured at scale 1: equal at about 20,000 hits of 100,000 with a window of 5,000)."""
    return hits >= window and hits >= math.sqrt(window * max(live, 1.0))


def _set_plan(conn: Connection, walk: bool) -> None:
    # a single round trip: sequential scans off, and bitmap scans off for a walk
    conn.execute(text("SELECT set_config('enable_seqscan', 'off', false), "
                      "set_config('enable_bitmapscan', :bitmap, false)"),
                 {"bitmap": "off" if walk else "on"})


def _reset_plan(conn: Connection) -> None:
    conn.exec_driver_sql("RESET enable_seqscan; RESET enable_bitmapscan")


def search_page(conn: Connection, pg_query: str, offset: int, limit: int,
                window: int) -> list[Any]:
    """Ids of rows ``offset … offset + limit - 1`` of the ranked hits of ``pg_query`` (a
    ``to_tsquery`` text from :func:`~brobygger.store.dialect.pg_tsquery`)."""
    hits, live = estimate(conn, pg_query)
    walk = walks(hits, live, window)
    _set_plan(conn, walk)
    try:
        return _search_page(conn, pg_query, offset, limit, window, walk)
    finally:
        _reset_plan(conn)


def count_hits(conn: Connection, pg_query: str) -> int:
    """The live entries matching ``pg_query``, counted from the GIN index's hits (not by
    matching every entry's text)."""
    conn.exec_driver_sql("SET enable_seqscan = off")
    try:
        return int(conn.execute(text(COUNT_SQL), {"q": pg_query}).scalar_one())
    finally:
        conn.exec_driver_sql("RESET enable_seqscan")


def _search_page(conn: Connection, pg_query: str, offset: int, limit: int,
                 window: int, walk: bool) -> list[Any]:
    params = {"q": pg_query, "window": window}
    rows = conn.execute(text(RANKED_SQL if walk else RANKED_GIN_SQL),
                        {**params, "limit": limit, "offset": offset}).all()
    ids = [r[0] for r in rows]
    if len(ids) == limit:
        return ids
    # past the window's hits: its size, then the older hits in recording order
    ranked = int(rows[0][1]) if rows else int(conn.execute(text(_WINDOW_COUNT.format(
        window=_WINDOW_WALK if walk else _WINDOW_GIN)), params).scalar_one())
    if ranked < window:
        return ids  # every hit was in the window
    skip = window + max(0, offset - ranked)
    return ids + [r[0] for r in conn.execute(
        text(_OLDER), {"q": pg_query, "limit": limit - len(ids), "skip": skip})]
