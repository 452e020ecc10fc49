"""Column types shared by the models and the migrations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp always stored and returned in UTC (aware ``datetime``)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError("UTCDateTime needs a datetime")
        if value.tzinfo is None:
            raise ValueError("UTCDateTime refuses naive datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


_UUID = uuid.UUID
_SAFE_UNKNOWN = uuid.SafeUUID.unknown  # an Enum member: looked up once, not per id


def uuid_from_db(value: object) -> uuid.UUID:
    """A UUID from a raw id column value – a UUID (PostgreSQL) or the 32 hex digits SQLite
    stores – without the generic parser (see :func:`uuids_from_db`)."""
    return uuids_from_db([value])[0]


def uuids_from_db(values: Iterable[object]) -> list[uuid.UUID]:
    """UUIDs from raw id column values. Listing 100,000 log entries converts 100,000 ids;
    building them directly from the integer is about twice as fast as ``uuid.UUID(hex)``
    (which strips, replaces and checks its text each time)."""
    out: list[uuid.UUID] = []
    append = out.append
    new, setattr_ = object.__new__, object.__setattr__
    for value in values:
        if value.__class__ is str and len(value) == 32 and value.isalnum():
            u = new(_UUID)
            setattr_(u, "int", int(value, 16))
            setattr_(u, "is_safe", _SAFE_UNKNOWN)
            append(u)
        elif isinstance(value, _UUID):
            append(value)
        else:
            append(_UUID(str(value)))
    return out
