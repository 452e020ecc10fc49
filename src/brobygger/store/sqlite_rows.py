"""Rows read from SQLite as the driver hands them over, typed here in one pass.

A search's page of 100 hits went through SQLAlchemy's result processing – a call per
value of every typed column – which cost as much as the query itself for a rare word
(issue 21: the search ≤ 1.5× the same query in plain sqlcipher3). The values SQLite holds
are simple: ids as 32 hex digits, dates and timestamps as ISO text (UTC); they are turned
into the model's types directly, and every other column is left as it is."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Uuid

from brobygger.store.types import UTCDateTime

_UUID = uuid.UUID
_SAFE_UNKNOWN = uuid.SafeUUID.unknown
_new, _set = object.__new__, object.__setattr__
_fromisoformat = datetime.fromisoformat
_date_fromisoformat = date.fromisoformat


def _uuid(value: Any) -> Any:
    if value.__class__ is str and len(value) == 32:
        u = _new(_UUID)
        _set(u, "int", int(value, 16))
        _set(u, "is_safe", _SAFE_UNKNOWN)
        return u
    return value if isinstance(value, _UUID) else _UUID(str(value))


def _timestamp(value: Any) -> Any:
    if isinstance(value, str):
        value = _fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _date(value: Any) -> Any:
    return _date_fromisoformat(value) if isinstance(value, str) else value


def converter(column: Any) -> Callable[[Any], Any] | None:
    """How a raw SQLite value of ``column`` becomes its model type (None: as it is)."""
    type_ = column.type
    if isinstance(type_, Uuid):
        return _uuid
    if isinstance(type_, (UTCDateTime, DateTime)):
        return _timestamp
    if isinstance(type_, Date):
        return _date
    return None


def typed(rows: Sequence[Any], columns: Sequence[Any]) -> list[tuple[Any, ...]]:
    """``rows`` (driver values; columns beyond ``columns`` are left as they are) as tuples
    of the columns' model types."""
    convert = [(i, f) for i, c in enumerate(columns) if (f := converter(c)) is not None]
    out: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(row)
        for i, f in convert:
            value = values[i]
            if value is not None:
                values[i] = f(value)
        out.append(tuple(values))
    return out
