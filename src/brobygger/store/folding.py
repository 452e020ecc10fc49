"""Case-insensitive matching that knows Danish letters. SQLite's ``lower()`` and ``LIKE``
fold only A–Z, so "ø" would not find "Østergård"; on SQLite the match goes through
Python's ``str.casefold`` (a function registered on every connection), on PostgreSQL
through ``lower()`` (Unicode-aware in a UTF-8 database, as the README sets it up)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

__all__ = ["contains_folded", "register"]

_FUNCTION = "brobygger_fold"


class _Folded(FunctionElement[str]):
    type = String()
    inherit_cache = True


@compiles(_Folded, "sqlite")
def _fold_sqlite(element: _Folded, compiler: Any, **kw: Any) -> str:
    return f"{_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(_Folded)
def _fold_other(element: _Folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


def _casefold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def register(dbapi_conn: Any) -> None:
    """Make the folding function known to a new SQLite connection."""
    dbapi_conn.create_function(_FUNCTION, 1, _casefold, deterministic=True)


def contains_folded(column: Any, needle: str) -> Any:
    """``column`` contains ``needle``, letter case ignored (Æ/æ, Ø/ø, Å/å too); ``%``
    and ``_`` in the needle are literal."""
    return _Folded(column).contains(needle.casefold(), autoescape=True)
