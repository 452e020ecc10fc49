"""A shared workspace belongs to the database's owner role (the README's ``brobygger_owner``).

Earlier versions ran the migrations as the login role that connected first, so that every
table belonged to that person (``anne``) and the next user (``bo``) got "permission denied".
When a member of the owner role connects, each object of the workspace that it can act for
(its own, from those versions) is handed to the owner role with ``ALTER … OWNER TO``; from
then on every member can open, read and write it. The audit trail is untouched by this: it
records ``session_user``.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

# Tables, views, materialised views, foreign tables and free-standing sequences of the
# workspace's schema that belong to a role other than the database owner, and whose owner
# the current role may act as (ALTER … OWNER needs that, and membership of the new owner).
# A sequence owned by a column (serial, identity) moves with its table.
_STRAY_OBJECTS = """
SELECT c.relkind, quote_ident(n.nspname) || '.' || quote_ident(c.relname)
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_database AS d ON d.datname = current_database()
WHERE n.nspname = current_schema()
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND c.relowner <> d.datdba
  AND pg_has_role(current_user, c.relowner, 'USAGE')
  AND pg_has_role(current_user, d.datdba, 'MEMBER')
  AND NOT (c.relkind = 'S' AND EXISTS (
      SELECT 1 FROM pg_depend AS dep
      WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
        AND dep.deptype IN ('a', 'i')))
ORDER BY c.relkind, c.relname
"""
_KINDS = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW",
          "f": "FOREIGN TABLE", "S": "SEQUENCE"}


def database_owner(conn: Connection) -> str:
    return str(conn.exec_driver_sql(
        "SELECT pg_get_userbyid(datdba) FROM pg_database "
        "WHERE datname = current_database()").scalar_one())


def adopt_objects(conn: Connection) -> list[str]:
    """Hand every object of the workspace that the login role may act for to the
    database's owner role (on PostgreSQL; a no-op elsewhere). Returns their names."""
    if conn.dialect.name != "postgresql":
        return []
    rows = conn.exec_driver_sql(_STRAY_OBJECTS).all()
    if not rows:
        return []
    owner = conn.dialect.identifier_preparer.quote(database_owner(conn))
    for kind, name in rows:
        conn.exec_driver_sql(f"ALTER {_KINDS[str(kind)]} {name} OWNER TO {owner}")
    log.info("Handed %d object(s) of the shared workspace to the owner role", len(rows))
    return [str(name) for _kind, name in rows]


def owners_of_workspace(conn: Connection) -> list[str]:
    """The roles other than the database owner that own tables of the workspace (read from
    the catalogue, which every role may read) – for the message when they block a user."""
    return [str(r) for r in conn.exec_driver_sql(
        "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class AS c "
        "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
        "JOIN pg_database AS d ON d.datname = current_database() "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
        "AND c.relowner <> d.datdba ORDER BY 1").scalars()]
