"""Removing traces of erased data from the database file (GDPR anonymisation).

Updating a row does not wipe its old bytes at once: SQLite keeps them in freed pages and
in the write-ahead log, and the FTS5 index keeps the old words in its segments until they
merge. After an anonymisation the services call :func:`rebuild_search_index` inside the
transaction and :func:`compact` after it.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from brobygger.store import dialect

log = logging.getLogger(__name__)


def rebuild_search_index(conn: Connection) -> None:
    """Rebuild the full-text index from the live rows (inside the write transaction).
    PostgreSQL's generated search column follows its row by itself."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO log_entry_fts(log_entry_fts) VALUES ('rebuild')"))


def compact(engine: Engine) -> bool:
    """Checkpoint the write-ahead log and VACUUM, so freed pages holding erased text leave
    the file. Best effort (another reader may hold the database): returns success."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()  # autocommit DB-API connection: VACUUM needs no BEGIN
    try:
        conn = raw.driver_connection
        assert conn is not None
        for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM",
                          "PRAGMA wal_checkpoint(TRUNCATE)"):
            conn.execute(statement)
    except dialect.DatabaseError:
        log.warning("Could not compact the workspace after anonymisation", exc_info=True)
        return False
    finally:
        raw.close()
    return True
