"""Counts of the log kept by triggers (migration 0014_log_counts): the live entries, those
in the trash, and the live entries of each type, person, plague and barrier.

Counting a filter by walking an index grows with the log: the Logbog's total over
1,000,000 entries took ~50 ms, a type's ~30 ms, on every visit and after every save. The
table ``log_entry_count`` holds each count as one row, kept right by triggers on
``log_entry`` and its three link tables – on SQLite and PostgreSQL alike, so every writer
(the services, an exchange, a merge, an import, a purge) keeps it right without knowing
it. Reading a count is one primary-key lookup, whatever the size of the log.

The rule the triggers keep: a row ``(kind, value)`` holds how many live entries (not in
the trash) it counts –

- ``('live', '')`` every live entry, ``('trash', '')`` every entry in the trash;
- ``('type', code)`` the live entries of a type;
- ``('person', id)``, ``('plague', code)``, ``('barrier', code)`` the live entries linked to
  them (the id as the database writes it as text: 32 hex digits on SQLite, the
  hyphenated form on PostgreSQL – :func:`key`).

An entry is counted with its links while it is live; an entry that is added, deleted or
moved to or from the trash adds or removes itself and its links, a link added or removed
counts only when its entry is live. So the counts are right whatever order rows are written
in. Rows are never removed (a count of 0 stays as 0).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

TABLE = "log_entry_count"
LINKS = (("person", "log_entry_person", "person_id"),
         ("plague", "log_entry_plague", "plague"),
         ("barrier", "log_entry_barrier", "barrier"))
_LINK_TABLES = tuple(t for _k, t, _c in LINKS)

_CREATE = (f"CREATE TABLE {TABLE} (kind VARCHAR(16) NOT NULL, value VARCHAR(64) NOT NULL, "
           "n BIGINT NOT NULL, PRIMARY KEY (kind, value))")
_UPSERT = "ON CONFLICT (kind, value) DO UPDATE SET n = {table}.n + excluded.n"


def _entry_rows(entry: str, sign: str, id_text: str) -> str:
    """SQL rows (kind, value, delta) of an entry (``new`` / ``old``) and its links."""
    links = " ".join(
        f"UNION ALL SELECT '{kind}', {id_text.format(col=f'l.{column}')}, {sign}1 "
        f"FROM {table} AS l WHERE l.entry_id = {entry}.id AND {entry}.deleted_at IS NULL"
        for kind, table, column in LINKS)
    return (f"SELECT 'live' AS kind, '' AS value, {sign}1 AS n "
            f"WHERE {entry}.deleted_at IS NULL "
            f"UNION ALL SELECT 'type', {entry}.type, {sign}1 WHERE {entry}.deleted_at IS NULL "
            f"UNION ALL SELECT 'trash', '', {sign}1 WHERE {entry}.deleted_at IS NOT NULL "
            + links)


def _sqlite_bump(rows: str) -> str:
    return (f"INSERT INTO {TABLE} (kind, value, n) SELECT kind, value, n FROM ({rows}) "
            f"WHERE true {_UPSERT.format(table=TABLE)};")


def _sqlite_ddl() -> list[str]:
    text_of = "CAST({col} AS TEXT)"
    add, remove = _entry_rows("new", "", text_of), _entry_rows("old", "-", text_of)
    changed = ("WHEN old.deleted_at IS NOT new.deleted_at OR old.type IS NOT new.type "
               "OR old.id IS NOT new.id")
    ddl = [
        _CREATE,
        f"CREATE TRIGGER {TABLE}_ai AFTER INSERT ON log_entry BEGIN {_sqlite_bump(add)} END",
        f"CREATE TRIGGER {TABLE}_ad AFTER DELETE ON log_entry BEGIN {_sqlite_bump(remove)} END",
        f"CREATE TRIGGER {TABLE}_au AFTER UPDATE OF deleted_at, type, id ON log_entry "
        f"{changed} BEGIN {_sqlite_bump(remove)} {_sqlite_bump(add)} END",
    ]
    for kind, table, column in LINKS:
        def link(row: str, sign: str, kind: str = kind, column: str = column) -> str:
            return _sqlite_bump(
                f"SELECT '{kind}' AS kind, CAST({row}.{column} AS TEXT) AS value, {sign}1 AS n "
                f"WHERE EXISTS (SELECT 1 FROM log_entry AS e WHERE e.id = {row}.entry_id "
                "AND e.deleted_at IS NULL)")
        ddl += [
            f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} "
            f"BEGIN {link('new', '')} END",
            f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} "
            f"BEGIN {link('old', '-')} END",
            f"CREATE TRIGGER {table}_count_au AFTER UPDATE ON {table} "
            f"BEGIN {link('old', '-')} {link('new', '')} END",
        ]
    return ddl


# PostgreSQL: one function per table. Every change of a count first takes a transaction
# lock of its own, so that two transactions never lock count rows in opposite orders (a
# deadlock); log writes queue there for the rest of their (short) transaction, as they
# would for the row of the total anyway.
_PG_LOCK = "PERFORM pg_advisory_xact_lock(hashtext('brobygger.log_entry_count'));"


def _pg_ddl() -> list[str]:
    text_of = "{col}::text"
    entry_fn = f"""CREATE FUNCTION {TABLE}_entry() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {_PG_LOCK}
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                INSERT INTO {TABLE} (kind, value, n) {_entry_rows('OLD', '-', text_of)}
                {_UPSERT.format(table=TABLE)};
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
                INSERT INTO {TABLE} (kind, value, n) {_entry_rows('NEW', '', text_of)}
                {_UPSERT.format(table=TABLE)};
            END IF;
            RETURN NULL;
        END $$"""
    link_fn = f"""CREATE FUNCTION {TABLE}_link() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {_PG_LOCK}
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                INSERT INTO {TABLE} (kind, value, n)
                SELECT TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[1], -1 FROM log_entry AS e
                WHERE e.id = OLD.entry_id AND e.deleted_at IS NULL
                {_UPSERT.format(table=TABLE)};
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
                INSERT INTO {TABLE} (kind, value, n)
                SELECT TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1], 1 FROM log_entry AS e
                WHERE e.id = NEW.entry_id AND e.deleted_at IS NULL
                {_UPSERT.format(table=TABLE)};
            END IF;
            RETURN NULL;
        END $$"""
    ddl = [_CREATE, entry_fn, link_fn,
           f"CREATE TRIGGER {TABLE}_ai AFTER INSERT OR DELETE ON log_entry "
           f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_entry()",
           f"CREATE TRIGGER {TABLE}_au AFTER UPDATE OF deleted_at, type, id ON log_entry "
           "FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at "
           "OR OLD.type IS DISTINCT FROM NEW.type OR OLD.id IS DISTINCT FROM NEW.id) "
           f"EXECUTE FUNCTION {TABLE}_entry()"]
    for kind, table, column in LINKS:
        ddl.append(f"CREATE TRIGGER {table}_count AFTER INSERT OR DELETE OR UPDATE "
                   f"ON {table} FOR EACH ROW EXECUTE FUNCTION {TABLE}_link('{kind}', "
                   f"'{column}')")
    return ddl


def create_statements(dialect: str) -> Sequence[str]:
    """DDL of the table and its triggers (migration 0014), then :func:`fill`."""
    return _sqlite_ddl() if dialect == "sqlite" else _pg_ddl()


def drop_statements(dialect: str) -> Sequence[str]:
    if dialect == "sqlite":
        names = [f"{TABLE}_ai", f"{TABLE}_ad", f"{TABLE}_au",
                 *(f"{t}_count_{s}" for t in _LINK_TABLES for s in ("ai", "ad", "au"))]
        return [*(f"DROP TRIGGER IF EXISTS {n}" for n in names), f"DROP TABLE IF EXISTS {TABLE}"]
    return [f"DROP TRIGGER IF EXISTS {TABLE}_ai ON log_entry",
            f"DROP TRIGGER IF EXISTS {TABLE}_au ON log_entry",
            *(f"DROP TRIGGER IF EXISTS {t}_count ON {t}" for t in _LINK_TABLES),
            f"DROP FUNCTION IF EXISTS {TABLE}_entry()", f"DROP FUNCTION IF EXISTS {TABLE}_link()",
            f"DROP TABLE IF EXISTS {TABLE}"]


def fill(conn: Connection) -> None:
    """Count everything again from the rows (the migration; a bulk load without triggers)."""
    cast = "CAST({col} AS TEXT)" if conn.dialect.name == "sqlite" else "{col}::text"
    links = " ".join(
        f"UNION ALL SELECT '{kind}', {cast.format(col=f'l.{column}')}, count(*) "
        f"FROM {table} AS l JOIN log_entry AS e ON e.id = l.entry_id "
        f"WHERE e.deleted_at IS NULL GROUP BY l.{column}"
        for kind, table, column in LINKS)
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(
        f"INSERT INTO {TABLE} (kind, value, n) "
        "SELECT 'live', '', count(*) FROM log_entry WHERE deleted_at IS NULL "
        "UNION ALL SELECT 'trash', '', count(*) FROM log_entry WHERE deleted_at IS NOT NULL "
        "UNION ALL SELECT 'type', type, count(*) FROM log_entry WHERE deleted_at IS NULL "
        "GROUP BY type " + links))


def key(conn: Connection, value: object) -> str:
    """A count's ``value`` as the triggers write it (an id: the database's text of it)."""
    if isinstance(value, uuid.UUID):
        return value.hex if conn.dialect.name == "sqlite" else str(value)
    return str(value)


def read(conn: Connection, kind: str, value: object = "") -> int:
    """One kept count (0 when nothing was ever counted for it)."""
    found: Any = conn.execute(text(f"SELECT n FROM {TABLE} WHERE kind = :k AND value = :v"),
                              {"k": kind, "v": key(conn, value)}).scalar()
    return int(found or 0)


def exists(conn: Connection) -> bool:
    """Whether the table is there (a workspace migrated to 0014 or later)."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            (TABLE,)).first() is not None
    return conn.exec_driver_sql("SELECT to_regclass(%(t)s) IS NOT NULL",
                                {"t": TABLE}).scalar() is True
