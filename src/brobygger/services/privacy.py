"""Privacy use cases: the CPR guard every save passes, and a scan of stored data.

The guard (:func:`check_cpr`) runs in :meth:`EntityService.create` and ``update`` on every
text value the entity's ``clean()`` produced. Unless the services were opened with
``allow_cpr=True`` a CPR-like number raises :class:`CprFoundError` and nothing is written.
The GUI offers to mask instead (:func:`mask_fields`) and saves again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import JSON, String, Table, select

from brobygger.domain.cpr import CprMatch, find_cpr, mask_cpr
from brobygger.domain.errors import CprFoundError
from brobygger.domain.fields import FIELD_LABELS_DA as FIELD_LABELS_DA
from brobygger.domain.fields import field_label
from brobygger.domain.fields import field_label_da as field_label_da
from brobygger.services import dto
from brobygger.store import models  # noqa: F401  (registers the tables)
from brobygger.store.metadata import metadata
from brobygger.store.workspace import Workspace

# Danish names of the text fields, for the guard's message.


def _texts(value: Any) -> Iterator[str]:
    """Every string inside a field value (strings, lists/tuples of them, mapping values)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from _texts(v)


def find_cpr_in_fields(fields: Mapping[str, Any]) -> dict[str, list[CprMatch]]:
    """The CPR-like numbers in each field that has any (for a warning before saving)."""
    found: dict[str, list[CprMatch]] = {}
    for name, value in fields.items():
        matches = [m for text in _texts(value) for m in find_cpr(text)]
        if matches:
            found[name] = matches
    return found


def check_cpr(fields: Mapping[str, Any]) -> None:
    """Raise :class:`CprFoundError` for the first field holding a CPR-like number."""
    for name, matches in find_cpr_in_fields(fields).items():
        raise CprFoundError(name, matches, field_label(name))


def _mask_value(value: Any) -> Any:
    if isinstance(value, str):
        return mask_cpr(value)
    if isinstance(value, list):
        return [_mask_value(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_mask_value(v) for v in value)
    return value


def mask_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``fields`` with every CPR-like number masked (``010190-****``)."""
    return {name: _mask_value(value) for name, value in fields.items()}


def _json_texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _json_texts(v, f"{path}.{k}")
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            yield from _json_texts(v, f"{path}[{i}]")


def _is_text(type_: Any) -> bool:
    """String, Text and SQLModel's AutoString (a TypeDecorator over String)."""
    return isinstance(type_, String) or isinstance(getattr(type_, "impl", None), String)


def scanned_tables() -> list[tuple[Table, list[str], list[str]]]:
    """Tables with an ``id`` and their text and JSON columns."""
    out = []
    for table in metadata.sorted_tables:
        if "id" not in table.c:
            continue
        texts = [c.name for c in table.c if _is_text(c.type)]
        jsons = [c.name for c in table.c if isinstance(c.type, JSON)]
        if texts or jsons:
            out.append((table, texts, jsons))
    return out


class Privacy:
    """``svc.privacy``: find CPR-like numbers already stored."""

    def __init__(self, ws: Workspace, services: Any) -> None:
        self.ws = ws
        self.services = services

    def scan_cpr(self) -> list[dto.CprFinding]:
        """Every CPR-like number in stored data (records in the trash and the audit trail
        included), as table, record id, field and the *masked* number."""
        findings: list[dto.CprFinding] = []
        with self.ws.read() as s:
            for table, texts, jsons in scanned_tables():
                has_deleted = "deleted_at" in table.c
                cols = [table.c.id, *(table.c[n] for n in texts + jsons)]
                if has_deleted:
                    cols.append(table.c.deleted_at)
                for row in s.execute(select(*cols)):
                    values = row._mapping
                    record_id = values["id"]
                    if not isinstance(record_id, uuid.UUID):
                        record_id = uuid.UUID(str(record_id))
                    deleted = bool(has_deleted and values["deleted_at"] is not None)
                    pairs = [(n, values[n]) for n in texts if isinstance(values[n], str)]
                    for n in jsons:
                        pairs.extend(_json_texts(values[n], n))
                    for field, text in pairs:
                        for m in find_cpr(text):
                            findings.append(dto.CprFinding(table.name, record_id, field,
                                                           m.masked, deleted))
        return findings
