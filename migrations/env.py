"""Alembic environment for Brobygger.

Migrations run from the application (``brobygger.store.migrate``), which passes an open
connection in ``config.attributes["connection"]``. Running ``alembic`` by hand works too:
set ``sqlalchemy.url`` with ``-x url=sqlite:///path``.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlmodel.sql.sqltypes import AutoString

from brobygger.store import (
    dialect,
    models,  # noqa: F401  (registers the tables)
)
from brobygger.store.metadata import metadata
from brobygger.store.types import UTCDateTime

config = context.config


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render SQLModel's and our own column types as plain SQLAlchemy types."""
    if type_ == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The full-text index (FTS5 tables, the tsvector column) is managed by hand.
    return not dialect.is_managed_by_hand(name, type_)


def _configure(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        render_item=render_item,
        include_object=include_object,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
