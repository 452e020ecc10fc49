"""The audit trail: who changed what, when – field by field (old → new).

Every create, update, delete and restore goes through the unit of work
(:mod:`brobygger.services.unit_of_work`), which writes one
:class:`~brobygger.store.models.AuditEvent` per change in the same transaction, so a change
and its trail are committed (or lost) together.
Values are stored as JSON (dates and times ISO 8601, ids as strings) with CPR-like numbers
masked: the trail never becomes a second copy of a patient identifier.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from brobygger.domain.cpr import mask_cpr
from brobygger.domain.display import AUDIT_ACTIONS
from brobygger.services import dto
from brobygger.services.values import as_uuid
from brobygger.store import models
from brobygger.store.workspace import Workspace

CREATE, UPDATE, DELETE, RESTORE, ANONYMISE = "create", "update", "delete", "restore", "anonymise"

# The actions' labels (Danish; display.action_text translates them): one list in the domain.
ACTION_LABELS_DA = AUDIT_ACTIONS

# Replaces the old value of a field whose content was erased (GDPR anonymisation).
REDACTED = "‹anonymiseret›"


def jsonable(value: Any) -> Any:
    """A JSON-ready copy of a field value; CPR-like numbers in text are masked."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return mask_cpr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return mask_cpr(str(value))


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | tuple | dict) and not value)


def created(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The changes of a new record: every non-empty field as ``[None, value]``."""
    return {k: [None, jsonable(v)] for k, v in values.items() if not _empty(v)}


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Only the fields whose value changed, as ``{field: [old, new]}``."""
    out: dict[str, list[Any]] = {}
    for key, value in new.items():
        before, after = jsonable(old.get(key)), jsonable(value)
        if before != after:
            out[key] = [before, after]
    return out


def to_dto(row: models.AuditEvent) -> dto.AuditEvent:
    changes = {str(k): (v[0], v[1]) if isinstance(v, list | tuple) and len(v) == 2
               else (None, v) for k, v in (row.changes or {}).items()}
    return dto.AuditEvent(id=row.id, at=row.at, user=row.user, entity=row.entity,
                          record_id=row.record_id, action=row.action, changes=changes)


class AuditTrail:
    """Read the audit trail (``svc.audit``). Writing happens in the unit of work."""

    def __init__(self, ws: Workspace, services: Any) -> None:
        self.ws = ws
        self.services = services

    def history(self, record_id: object) -> list[dto.AuditEvent]:
        """Every event about one record (any table), newest first."""
        key = as_uuid(record_id, "record_id", "Id")
        stmt = (select(models.AuditEvent).where(col(models.AuditEvent.record_id) == key)
                .order_by(col(models.AuditEvent.at).desc()))
        with self.ws.read() as s:
            return [to_dto(r) for r in s.scalars(stmt)]

    def recent(self, limit: int = 50) -> list[dto.AuditEvent]:
        """The newest events across the workspace, newest first."""
        stmt = select(models.AuditEvent).order_by(
            col(models.AuditEvent.at).desc()).limit(max(0, int(limit)))
        with self.ws.read() as s:
            return [to_dto(r) for r in s.scalars(stmt)]
