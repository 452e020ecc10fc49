"""Everything dialect-specific: connection pragmas and the full-text index.

SQLite is the embedded default. Every other module talks to the database through
SQLAlchemy Core/ORM and calls into this module for the parts that differ between backends.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import (
    String,
    cast,
    column,
    create_engine,
    event,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.engine import Connection, Engine

from brobygger.domain.text import clean_parameters
from brobygger.store import folding, fts_terms, log_counts, pg_search, sqlite_rows

if TYPE_CHECKING:
    from brobygger.store.crypto import Key

# SQLCipher's module is SQLite's API plus encryption; without a key it is plain SQLite.
dbapi = sqlcipher
DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "brobygger_write"

# unicode61 folds case; remove_diacritics 0 keeps æ, ø, å as letters of their own
# ("år" is not "ar").
FTS_TOKENIZER = "unicode61 remove_diacritics 0"

# Prefix indexes of 2, 3 and 4 characters (migration 0011): a search while typing asks for
# "kom"* after three letters, and without a prefix index FTS5 merges the doclists of every
# word that begins so (kommunen, kommunale, kommunikation, …) on each keystroke.
FTS_PREFIX = "2 3 4"


def _sqlite_fts_table(prefix: str | None) -> str:
    option = f", prefix='{prefix}'" if prefix else ""
    return f"""CREATE VIRTUAL TABLE log_entry_fts USING fts5(
        title, body, tags, content='log_entry', content_rowid='rowid',
        tokenize='{FTS_TOKENIZER}'{option})"""


_SQLITE_FTS_UP = [
    _sqlite_fts_table(None),
    """CREATE TRIGGER log_entry_fts_ai AFTER INSERT ON log_entry BEGIN
        INSERT INTO log_entry_fts(rowid, title, body, tags)
        VALUES (new.rowid, new.title, new.body, new.tags);
    END""",
    """CREATE TRIGGER log_entry_fts_ad AFTER DELETE ON log_entry BEGIN
        INSERT INTO log_entry_fts(log_entry_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid, old.title, old.body, old.tags);
    END""",
    """CREATE TRIGGER log_entry_fts_au AFTER UPDATE OF title, body, tags ON log_entry BEGIN
        INSERT INTO log_entry_fts(log_entry_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid, old.title, old.body, old.tags);
        INSERT INTO log_entry_fts(rowid, title, body, tags)
        VALUES (new.rowid, new.title, new.body, new.tags);
    END""",
    "INSERT INTO log_entry_fts(log_entry_fts) VALUES ('rebuild')",
]
_SQLITE_FTS_DOWN = [
    "DROP TRIGGER IF EXISTS log_entry_fts_au",
    "DROP TRIGGER IF EXISTS log_entry_fts_ad",
    "DROP TRIGGER IF EXISTS log_entry_fts_ai",
    "DROP TABLE IF EXISTS log_entry_fts",
]


def connect(db: Path, key: Key | None, *, readonly: bool = False) -> Any:
    """A DB-API connection to a SQLite/SQLCipher file, keyed before anything else runs.
    Read-only connections never write a byte (they open with ``mode=ro``)."""
    if readonly:
        # Without a -wal file there is nothing but the main file to read: ``immutable``
        # keeps SQLite from creating the -wal and -shm files a WAL database otherwise gets.
        wal = Path(str(db) + "-wal").exists()
        conn = sqlcipher.connect(
            f"{db.resolve().as_uri()}?mode=ro" + ("" if wal else "&immutable=1"), uri=True,
            check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(db), check_same_thread=False)
    conn.isolation_level = None
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma}")
    folding.register(conn)
    # not a readable database: whoever uses it next reports that
    with contextlib.suppress(sqlcipher.DatabaseError):
        conn.execute(fts_terms.VOCAB_DDL)
    return conn


def make_engine(db: Path, key: Key | None) -> Engine:
    engine = create_engine(f"sqlite:///{db}", module=sqlcipher,
                           creator=lambda: connect(db, key))
    configure_engine(engine)
    return engine


def clean_texts(engine: Engine) -> None:
    """Every text sent to the database is cleaned of NUL and lone surrogates
    (:mod:`brobygger.domain.text`) – searches, saves, imports – on SQLite and PostgreSQL."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _clean(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               _executemany: bool) -> tuple[str, Any]:
        return statement, clean_parameters(parameters)


def configure_engine(engine: Engine) -> None:
    """Install the per-connection setup for the engine's dialect."""
    clean_texts(engine)
    if engine.dialect.name == "postgresql":
        ping_idle_connections(engine)
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Write transactions take the write lock up front: a conflicting writer waits
        # (busy_timeout) instead of failing half-way with "database is locked".
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


# PostgreSQL: a pooled connection that has been idle this long is pinged before it is used
# (a server restart or a dropped VPN leaves dead connections in the pool). A busy one is
# not: ``pool_pre_ping`` cost one more network round trip at every checkout – a count of the
# Logbog was 4 round trips for one statement (ping, BEGIN, SELECT, ROLLBACK).
PING_IDLE_SECONDS = 20.0


def ping_idle_connections(engine: Engine) -> None:
    """Ping a pooled PostgreSQL connection before use only after it has been idle for
    :data:`PING_IDLE_SECONDS`; a dead one is replaced (the pool retries the checkout)."""
    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "checkin")
    def _idle(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_IDLE_SECONDS:
            return
        try:
            dbapi_conn.execute(";")
        except Exception as exc:  # any failure: a fresh connection
            raise DisconnectionError("the pooled connection is gone") from exc


def read_options(engine: Engine) -> dict[str, Any]:
    """Execution options of read sessions. On PostgreSQL a read runs in autocommit: each
    statement is its own transaction – as consistent as before (READ COMMITTED gives every
    statement its own snapshot anyway) without the BEGIN and ROLLBACK round trips around
    each read."""
    return {"isolation_level": "AUTOCOMMIT"} if engine.dialect.name == "postgresql" else {}


# PostgreSQL: a generated tsvector with the Danish configuration and a GIN index.
PG_SEARCH_COLUMN = "search_vector"
_PG_FTS_UP = [
    f"""ALTER TABLE log_entry ADD COLUMN {PG_SEARCH_COLUMN} tsvector GENERATED ALWAYS AS (
        to_tsvector('danish', coalesce(title, '') || ' ' || coalesce(body, '') || ' '
                    || coalesce(tags, ''))) STORED""",
    f"CREATE INDEX ix_log_entry_search ON log_entry USING GIN ({PG_SEARCH_COLUMN})",
]
_PG_FTS_DOWN = [
    "DROP INDEX IF EXISTS ix_log_entry_search",
    f"ALTER TABLE log_entry DROP COLUMN IF EXISTS {PG_SEARCH_COLUMN}",
]


# PostgreSQL only (migration 0011): the link tables by person, plague and barrier with the
# entry, so such a filter is answered from the index.
PG_LINK_INDEXES = ("ix_log_entry_person_person_id_entry", "ix_log_entry_plague_plague_entry",
                   "ix_log_entry_barrier_barrier_entry")


# PostgreSQL only (migration 0012): the live entries in recording order, for the window of a
# ranked search (store/pg_search.py).
PG_RECORDED_INDEX = pg_search.RECORDED_INDEX


def fts_statements(dialect: str, upgrade: bool = True) -> Sequence[str]:
    """DDL that creates (or drops) the full-text index, for the migrations."""
    if dialect == "sqlite":
        return _SQLITE_FTS_UP if upgrade else _SQLITE_FTS_DOWN
    if dialect == "postgresql":
        return _PG_FTS_UP if upgrade else _PG_FTS_DOWN
    return []


def fts_prefix_statements(dialect: str, prefix: str | None) -> Sequence[str]:
    """DDL that rebuilds the SQLite full-text index with (or without) the prefix indexes of
    :data:`FTS_PREFIX`, for migration 0011. The index is external content: it is rebuilt
    from log_entry, nothing else is touched. PostgreSQL's GIN index serves prefixes as is."""
    if dialect != "sqlite":
        return []
    return [*_SQLITE_FTS_DOWN, _sqlite_fts_table(prefix), *_SQLITE_FTS_UP[1:]]


def is_managed_by_hand(name: str | None, type_: str) -> bool:
    """Schema objects of the full-text index, which autogenerate must leave alone."""
    if name is None:
        return False
    if type_ == "table":  # and the log's counts, kept by triggers (store/log_counts.py)
        return name.startswith("log_entry_fts") or name == log_counts.TABLE
    if type_ == "column":
        return name == PG_SEARCH_COLUMN
    if type_ == "index":
        return name in ("ix_log_entry_search", *PG_LINK_INDEXES, PG_RECORDED_INDEX)
    return False


_WORD = re.compile(r"\w", re.UNICODE)
# A search uses at most this many distinct words, each cut to this length: a pasted
# 100,000-character text must not become a query too complex for the server.
MAX_TERMS, MAX_TERM_LENGTH = 32, 200


def fts_query(user_text: str) -> str | None:
    """Turn free user text into a safe FTS5 query: every word a quoted prefix phrase,
    all words required. Returns None when nothing searchable is left."""
    terms: list[str] = []
    for word in user_text.split():
        if not _WORD.search(word):
            continue
        term = '"' + word[:MAX_TERM_LENGTH].replace('"', '""') + '"*'
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return " ".join(terms) if terms else None


_PG_TERM = re.compile(r"[^\W_]+", re.UNICODE)


def pg_tsquery(user_text: str) -> str | None:
    """A safe ``to_tsquery`` text: letters and digits only, every word a prefix, all
    required."""
    terms = list(dict.fromkeys(t[:MAX_TERM_LENGTH] for t in _PG_TERM.findall(user_text)))
    terms = terms[:MAX_TERMS]
    return " & ".join(f"{t}:*" for t in terms) if terms else None


# A word found in very many entries ("kommunen", "udskrivning") is ranked among its most
# recently recorded RANK_WINDOW hits, and the older hits follow, newest first: ranking every
# hit costs ~1 µs each, 50–70 ms for a word in half of 100,000 entries, and for such a word
# the recent entries are what a leader is after. A search with fewer hits ranks all of them.
RANK_WINDOW = 5_000


def search_log_entry_ids(conn: Connection, user_text: str, limit: int) -> list[Any]:
    """Ids of live log entries matching ``user_text``: the best matches among the
    :data:`RANK_WINDOW` most recently recorded hits first, then older hits, newest first."""
    return search_log_entry_page(conn, user_text, 0, limit)


def count_log_entry_hits(conn: Connection, user_text: str) -> int:
    """How many live log entries match ``user_text`` – from the full-text index, without
    reading the entries (the few in the trash are subtracted)."""
    if conn.dialect.name == "postgresql":
        pg_query = pg_tsquery(user_text)
        if pg_query is None:
            return 0
        return pg_search.count_hits(conn, pg_query)
    query = _sqlite_match(conn, user_text)
    if query is None:
        return 0
    hits = int(conn.execute(text(
        "SELECT count(*) FROM log_entry_fts WHERE log_entry_fts MATCH :q"),
        {"q": query}).scalar_one())
    if hits and _trashed(conn):
        hits -= int(conn.execute(text(
            "SELECT count(*) FROM log_entry WHERE deleted_at IS NOT NULL AND rowid IN "
            "(SELECT rowid FROM log_entry_fts WHERE log_entry_fts MATCH :q)"),
            {"q": query}).scalar_one())
    return hits


_TRASHED_SQL = (f"coalesce((SELECT n FROM {log_counts.TABLE} "
                "WHERE kind = 'trash' AND value = ''), 0)")


def _sqlite_match(conn: Connection, user_text: str) -> str | None:
    """The FTS5 query of ``user_text`` with its long prefixes named word by word
    (store/fts_terms.py): the same hits, read lazily."""
    query = fts_query(user_text)
    return None if query is None else fts_terms.expand(conn, query.split(" "))


def _trashed(conn: Connection) -> int:
    """The entries in the trash, kept by the triggers of store/log_counts.py."""
    return log_counts.read(conn, "trash")


def search_log_entry_page(conn: Connection, user_text: str, offset: int, limit: int,
                          total: int | None = None, *,
                          columns: Sequence[Any] | None = None) -> list[Any]:
    """Rows ``offset … offset + limit - 1`` of :func:`search_log_entry_ids`' order. Only as
    many hits are ranked and read as the page needs – a search while typing shows its first
    page without listing every hit. ``total`` (:func:`count_log_entry_hits`) lets a page
    near the end be read from the oldest hit backwards.

    The ids of the entries; with ``columns`` (log_entry's) their rows instead, typed, and
    their links as three more columns :data:`HIT_LINKS` (comma-joined, None for none) –
    on SQLite read in the same query as the hits, not looked up again by id."""
    if columns is not None and conn.dialect.name == "sqlite":
        return _search_page_sqlite(conn, user_text, offset, limit, total, columns)
    ids = _search_page(conn, user_text, offset, limit, total)
    return ids if columns is None else _rows_by_id(conn, ids, columns)


# A hit's people, plagues and barriers, read with it: (name, link table, linked column).
HIT_LINKS = (("people", "log_entry_person", "person_id"),
             ("plagues", "log_entry_plague", "plague"),
             ("barriers", "log_entry_barrier", "barrier"))
_SQLITE_HIT_LINKS = ", ".join(
    f"(SELECT group_concat(l.{linked}) FROM {table} AS l WHERE l.entry_id = e.id) AS {name}"
    for name, table, linked in HIT_LINKS)


def _rows_by_id(conn: Connection, ids: list[Any], columns: Sequence[Any]) -> list[Any]:
    """The live rows of ``ids`` in that order with their links (a search's rows on
    databases other than SQLite)."""
    if not ids:
        return []
    entry = columns[0].table
    links = []
    for name, table_name, linked in HIT_LINKS:
        link = table(table_name, column("entry_id"), column(linked))
        links.append(select(func.aggregate_strings(cast(link.c[linked], String), ","))
                     .where(link.c.entry_id == entry.c.id).scalar_subquery().label(name))
    found = {r.id: r for r in conn.execute(
        select(*columns, *links).where(entry.c.id.in_(ids), entry.c.deleted_at.is_(None)))}
    return [found[i] for i in ids if i in found]


def _search_page(conn: Connection, user_text: str, offset: int, limit: int,
                 total: int | None) -> list[Any]:
    offset, limit = max(0, offset), max(0, limit)
    if limit == 0:
        return []
    if conn.dialect.name == "postgresql":
        pg_query = pg_tsquery(user_text)
        if pg_query is None:
            return []
        return pg_search.search_page(conn, pg_query, offset, limit, RANK_WINDOW)
    return _search_page_sqlite(conn, user_text, offset, limit, total, None)


def _search_page_sqlite(conn: Connection, user_text: str, offset: int, limit: int,
                        total: int | None, columns: Sequence[Any] | None) -> list[Any]:
    offset, limit = max(0, offset), max(0, limit)
    query = _sqlite_match(conn, user_text) if limit else None
    if query is None:
        return []

    def rows(sql: str, params: dict[str, Any]) -> list[Any]:
        # the driver's rows as they are (exec_driver_sql: no result types to process),
        # converted below only where a column needs it (ids, dates, timestamps)
        if columns is None:
            return [r[0] for r in conn.exec_driver_sql(sql.format(select="e.id"), params)]
        select_list = ", ".join(f"e.{c.name}" for c in columns) + ", " + _SQLITE_HIT_LINKS
        return sqlite_rows.typed(conn.exec_driver_sql(sql.format(select=select_list),
                                                      params).fetchall(), columns)

    # The full-text index drives the query (CROSS JOIN fixes the join order): left to
    # itself, SQLite walked every live entry and probed the index once per entry – 50 s
    # for one word over 100,000 entries. The best hits are ranked inside FTS5 (only as
    # many as the page needs); only they are looked up in log_entry. Entries in the trash
    # are still in the index, so as many extra hits are taken as there are entries in the
    # trash (usually few). rowid follows the order in which entries were recorded: the
    # window is a rowid range, and equal scores go newest recorded first (inside FTS5 as
    # outside, so that every page ranks its hits alike).
    # the entries in the trash (kept by store/log_counts.py) and the oldest hit of the
    # window, in one statement
    trashed, oldest = conn.exec_driver_sql(
        f"SELECT {_TRASHED_SQL}, (SELECT rowid FROM log_entry_fts "
        "WHERE log_entry_fts MATCH :q ORDER BY rowid DESC LIMIT 1 "
        f"OFFSET :window - 1 + {_TRASHED_SQL})", {"q": query, "window": RANK_WINDOW}).one()
    lookup = ("CROSS JOIN log_entry AS e ON e.rowid = f.hit WHERE e.deleted_at IS NULL "
              "ORDER BY {order} LIMIT :limit OFFSET :offset")
    ranked = None if offset == 0 or oldest is None else int(conn.execute(text(
        # the live hits in the window: a page past them needs no ranking at all
        "SELECT count(*) FROM (SELECT rowid AS hit FROM log_entry_fts "
        "WHERE log_entry_fts MATCH :q AND rowid >= :oldest) AS f "
        "CROSS JOIN log_entry AS e ON e.rowid = f.hit WHERE e.deleted_at IS NULL"),
        {"q": query, "oldest": oldest}).scalar_one())
    ids: list[Any] = []
    if ranked is None or offset < ranked:
        ids = rows(
            "SELECT {select} FROM (SELECT rowid AS hit, rank AS score FROM log_entry_fts "
            "WHERE log_entry_fts MATCH :q AND rowid >= :oldest ORDER BY rank, rowid DESC "
            "LIMIT :n) AS f " + lookup.replace("{order}", "f.score, f.hit DESC"),
            {"q": query, "n": offset + limit + trashed, "limit": limit, "offset": offset,
             "oldest": oldest or 0})
    if oldest is None or len(ids) == limit:
        return ids
    if ranked is None:
        ranked = offset + len(ids)  # from the first row: every live hit of the window read
    skip, rest = max(0, offset - ranked), limit - len(ids)
    older = ("SELECT {select} FROM (SELECT rowid AS hit FROM log_entry_fts "
             "WHERE log_entry_fts MATCH :q AND rowid < :oldest) AS f " + lookup)
    if total is not None and skip > (total - ranked) // 2:
        # near the end: count back from the oldest hit
        last = max(0, total - ranked - skip - rest)
        n = max(0, min(rest, total - ranked - skip))
        back = rows(older.replace("{order}", "f.hit ASC"),
                    {"q": query, "oldest": oldest, "limit": n, "offset": last})
        return ids + back[::-1]
    return ids + rows(older.replace("{order}", "f.hit DESC"),
                      {"q": query, "oldest": oldest, "limit": rest, "offset": skip})


def log_entry_rows(conn: Connection) -> int | None:
    """SQLite: an upper bound of the log's entries (its largest rowid, from the end of the
    table's B-tree – no count); None on other databases, whose planner uses statistics."""
    if conn.dialect.name != "sqlite":
        return None
    return int(conn.exec_driver_sql("SELECT max(rowid) FROM log_entry").scalar() or 0)


def not_for_order(column: Any) -> Any:
    """SQLite: the column with a unary plus, so the planner does not pick an index for it
    (the log's display-order index, which would make it walk every entry to find a few
    linked ones). Only used where :func:`log_entry_rows` answered (SQLite)."""
    return literal_column(f"+{column.table.name}.{column.name}")


def become_owner(conn: Connection) -> str | None:
    """On PostgreSQL: ``SET ROLE`` to the database's owner when the login role is a member
    of it (the README's ``brobygger_owner``), so that the objects a migration creates
    belong to the owner role. Returns the role switched to (the caller must ``RESET ROLE``),
    or None when nothing was switched."""
    if conn.dialect.name != "postgresql":
        return None
    row = conn.exec_driver_sql(
        "SELECT pg_get_userbyid(d.datdba), current_user, "
        "pg_has_role(current_user, d.datdba, 'MEMBER') "
        "FROM pg_database AS d WHERE d.datname = current_database()").one()
    owner, current, member = str(row[0]), str(row[1]), bool(row[2])
    if owner == current or not member:
        return None
    conn.exec_driver_sql("SET ROLE " + conn.dialect.identifier_preparer.quote(owner))
    return owner


def quick_check(conn: Connection) -> str:
    if conn.dialect.name != "sqlite":
        return "ok"
    rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    return "; ".join(str(r[0]) for r in rows)


def is_locked_error(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "database is locked" in text_ or "database is busy" in text_
