"""Ranked full-text search of the log on PostgreSQL (a shared workspace).

The order is :func:`brobygger.store.dialect.search_log_entry_ids`' on both dialects: the
best matches among the :data:`~brobygger.store.dialect.RANK_WINDOW` most recently recorded
live hits (``ts_rank``, then the newest entry date, then the most recently recorded), then
the older hits, most recently recorded first.

Only the window is ranked. Earlier, every hit was ranked and numbered: for a word in half
of 100,000 entries PostgreSQL read, decompressed and sorted 45,000 ``tsvector`` values (a
sort of ~25 MB, spilled to disk) – 0.6 s of server time per search, and with 25 users the
server was busy with little else. Now the window is found by walking
:data:`RECORDED_INDEX` (the live entries, most recently recorded first) until it holds
enough hits – for a common word that is a few thousand rows – or, for a rare word, from the
GIN index; the planner chooses by the word's statistics. Only the window's rows are
ranked.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Migration 0012 (PostgreSQL only): live entries in recording order.
RECORDED_INDEX = "ix_log_entry_live_recorded"
RECORDED_INDEX_DDL = (f"CREATE INDEX IF NOT EXISTS {RECORDED_INDEX} ON log_entry "
                      "(created_at DESC, id DESC) WHERE deleted_at IS NULL")

_HITS = ("FROM log_entry WHERE search_vector @@ to_tsquery('danish', :q) "
         "AND deleted_at IS NULL ORDER BY created_at DESC, id DESC")
# The window's hits (row address and recency), newest recorded first. The sorts carry row
# addresses, not the text vectors (~700 bytes each: a window of them spilled to disk).
_WINDOW = f"SELECT ctid AS hit, created_at, id {_HITS} LIMIT :window"
RANKED_SQL = (
    "SELECT e.id, w.n FROM (SELECT hit, count(*) OVER () AS n, "
    "row_number() OVER (ORDER BY created_at DESC, id DESC) AS recent "
    f"FROM ({_WINDOW}) AS w0) AS w "
    "JOIN log_entry AS e ON e.ctid = w.hit "
    "ORDER BY ts_rank(e.search_vector, to_tsquery('danish', :q)) DESC, e.entry_date DESC, "
    "w.recent LIMIT :limit OFFSET :offset")
_WINDOW_COUNT = f"SELECT count(*) FROM ({_WINDOW}) AS w"
_OLDER = f"SELECT id {_HITS} LIMIT :limit OFFSET :skip"


def search_page(conn: Connection, pg_query: str, offset: int, limit: int,
                window: int) -> list[Any]:
    """Ids of rows ``offset … offset + limit - 1`` of the ranked hits of ``pg_query`` (a
    ``to_tsquery`` text from :func:`~brobygger.store.dialect.pg_tsquery`).

    Sequential scans are off while it runs: the planner counts a text match as one cheap
    operator, but on a table scan it decompresses every entry's vector – for a word in
    10–20 % of the entries the planner chose that scan, 240–285 ms, where the GIN index
    took 95–110 ms (scale 1)."""
    conn.exec_driver_sql("SET enable_seqscan = off")
    try:
        return _search_page(conn, pg_query, offset, limit, window)
    finally:
        conn.exec_driver_sql("RESET enable_seqscan")


def _search_page(conn: Connection, pg_query: str, offset: int, limit: int,
                 window: int) -> list[Any]:
    params = {"q": pg_query, "window": window}
    rows = conn.execute(text(RANKED_SQL),
                        {**params, "limit": limit, "offset": offset}).all()
    ids = [r[0] for r in rows]
    if len(ids) == limit:
        return ids
    # past the window's hits: its size, then the older hits in recording order
    ranked = int(rows[0][1]) if rows else int(
        conn.execute(text(_WINDOW_COUNT), params).scalar_one())
    if ranked < window:
        return ids  # every hit was in the window
    skip = window + max(0, offset - ranked)
    return ids + [r[0] for r in conn.execute(
        text(_OLDER), {"q": pg_query, "limit": limit - len(ids), "skip": skip})]
