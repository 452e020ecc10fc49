"""The records an exchange bundle carries: which tables, how a row becomes JSON and back
(validated), its content hash, and which rows belong to a set of initiatives.

A *record* is one row of a table with an ``id``. A log entry's links (participants,
plagues, barriers) are part of the entry's record, so that a change of participants is a
change of the entry.

The content hash leaves out what differs between two copies of the same content: ``id``
(the key), ``version`` and ``updated_at`` (bumped by every save, on each side on its own).
Two workspaces that hold the same content thus compute the same hash.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from brobygger.domain import catalogue as cat
from brobygger.domain.cpr import find_cpr
from brobygger.exchange.errors import BundleContentError
from brobygger.store import models
from brobygger.store.metadata import metadata
from brobygger.store.types import UTCDateTime

JSONValue = Any

# The tables a bundle carries, each with its Danish name (singular, plural), in an order
# where every table comes after those it refers to (incl. the log entry's link tables).
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "organisation": ("organisation", "organisationer"),
    "person": ("person", "personer"),
    "initiative": ("initiativ", "initiativer"),
    "initiative_party": ("part i initiativ", "parter i initiativer"),
    "initiative_member": ("medlem af initiativ", "medlemmer af initiativer"),
    "log_entry": ("logindførsel", "logindførsler"),
    "action": ("handling", "handlinger"),
    "relationship_assessment": ("relationsvurdering", "relationsvurderinger"),
    "plague_assessment": ("plagevurdering", "plagevurderinger"),
    "barrier_assessment": ("barrierevurdering", "barrierevurderinger"),
    "indicator": ("indikator", "indikatorer"),
    "measurement": ("måling", "målinger"),
}

# The log entry's link tables, folded into the entry: key -> (table, value column).
LINKS: dict[str, tuple[str, str]] = {
    "participants": ("log_entry_person", "person_id"),
    "plagues": ("log_entry_plague", "plague"),
    "barriers": ("log_entry_barrier", "barrier"),
}
LINK_OWNER = "log_entry"

# Left out of the content hash (see the module docstring).
NOT_CONTENT = frozenset({"id", "version", "updated_at"})

# Enumerated columns and the catalogue their codes must come from.
CODES: dict[tuple[str, str], cat.Catalogue[Any]] = {
    ("organisation", "sector"): cat.SECTORS,
    ("person", "level"): cat.LEVELS,
    ("initiative", "status"): cat.INITIATIVE_STATUSES,
    ("initiative_member", "role"): cat.MEMBER_ROLES,
    ("log_entry", "type"): cat.ENTRY_TYPES,
    ("log_entry", "decision_status"): cat.DECISION_STATUSES,
    ("log_entry", "escalation_level"): cat.ESCALATION_LEVELS,
    ("action", "status"): cat.ACTION_STATUSES,
    ("plague_assessment", "plague"): cat.PLAGUES,
    ("barrier_assessment", "barrier"): cat.BARRIERS,
    ("barrier_assessment", "escalation_level"): cat.ESCALATION_LEVELS,
    ("barrier_assessment", "status"): cat.BARRIER_STATUSES,
    ("indicator", "direction"): cat.DIRECTIONS,
}
LINK_CODES: dict[str, cat.Catalogue[Any]] = {"plagues": cat.PLAGUES, "barriers": cat.BARRIERS}

# Score columns and their allowed range.
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("relationship_assessment", "kendskab"): (1, 10),
    ("relationship_assessment", "respekt"): (1, 10),
    ("relationship_assessment", "tillid"): (1, 10),
    ("plague_assessment", "severity"): (0, 3),
    ("barrier_assessment", "impact"): (0, 3),
}

# The initiative's score maps: column -> (catalogue of the keys, value type).
SCORE_MAPS: dict[str, tuple[cat.Catalogue[Any], type]] = {
    "formalisation": (cat.FORMALISATION, int),
    "meaning": (cat.MEANINGS, int),
    "cornerstones": (cat.CORNERSTONES, int),
    "readiness": (cat.REFLECTIONS, bool),
}


def tables() -> list[Table]:
    """The exchanged tables, parents first: every table comes after the tables it refers
    to – a log entry's participants included (``ENTITY_LABELS`` is in that order)."""
    return [metadata.tables[name] for name in ENTITY_LABELS]


def table(name: str) -> Table:
    return metadata.tables[name]


def entity_label(name: str, plural: bool = False) -> str:
    singular, many = ENTITY_LABELS.get(name, (name, name))
    return many if plural else singular


def references(tbl: Table) -> dict[str, str]:
    """The foreign-key columns of ``tbl``: column name -> referenced table name."""
    return {fk.parent.name: fk.column.table.name for fk in tbl.foreign_keys}


# -- one record ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Record:
    """One row with its links, in Python values (``values``) and as canonical JSON
    (``encoded``), and its content hash."""

    entity: str
    id: uuid.UUID
    values: dict[str, Any]
    links: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    encoded: dict[str, JSONValue] = field(default_factory=dict)
    hash: str = ""

    @property
    def deleted(self) -> bool:
        return self.values.get("deleted_at") is not None

    def refs(self) -> Iterable[tuple[str, uuid.UUID]]:
        """Every record this one refers to, as (table, id)."""
        for column, target in references(table(self.entity)).items():
            value = self.values.get(column)
            if value is not None:
                yield target, value
        for person in self.links.get("participants", ()):
            yield "person", person


def _bad(entity: str, column: str, value: object, expected: str) -> BundleContentError:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return BundleContentError(
        f"Udvekslingsfilen har en ugyldig værdi i {entity_label(entity)} (feltet "
        f"'{column}': {shown}; forventede {expected}). Filen kan ikke læses ind; bed "
        "afsenderen lave en ny.")


def _encode_value(value: Any) -> JSONValue:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _encode_value(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_encode_value(v) for v in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_links(links: Mapping[str, Sequence[Any]]) -> dict[str, list[str]]:
    return {key: sorted(str(v) for v in links.get(key, ())) for key in LINKS}


def canonical(obj: JSONValue) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def content_hash(entity: str, encoded: Mapping[str, JSONValue],
                 links: Mapping[str, Sequence[str]] | None = None) -> str:
    content: dict[str, JSONValue] = {k: v for k, v in encoded.items() if k not in NOT_CONTENT}
    if entity == LINK_OWNER:
        content["_links"] = {k: sorted(links.get(k, ())) if links else [] for k in LINKS}
    return hashlib.sha256(entity.encode() + b"\0" + canonical(content)).hexdigest()


def make_record(entity: str, values: Mapping[str, Any],
                links: Mapping[str, Sequence[Any]] | None = None) -> Record:
    """A record from Python values (a database row)."""
    tbl = table(entity)
    vals = {c.name: values[c.name] for c in tbl.columns}
    encoded = {k: _encode_value(v) for k, v in vals.items()}
    link_values: dict[str, tuple[Any, ...]] = {}
    enc_links: dict[str, list[str]] = {}
    if entity == LINK_OWNER:
        link_values = {k: tuple(sorted((links or {}).get(k, ()), key=str)) for k in LINKS}
        enc_links = encode_links(link_values)
    return Record(entity, vals["id"], vals, link_values, encoded,
                  content_hash(entity, encoded, enc_links))


def to_json(record: Record) -> dict[str, JSONValue]:
    """The bundle form of a record: its columns, plus the links of a log entry."""
    out = dict(record.encoded)
    if record.entity == LINK_OWNER:
        out.update(encode_links(record.links))
    return out


def _decode_value(entity: str, column: sa.Column[Any], raw: JSONValue) -> Any:
    name = column.name
    if raw is None:
        if not column.nullable:
            raise _bad(entity, name, raw, "en værdi")
        return None
    kind = column.type
    if isinstance(kind, sa.TypeDecorator) and not isinstance(kind, UTCDateTime):
        kind = kind.impl_instance  # sqlmodel's AutoString is a String underneath
    if isinstance(kind, sa.Uuid):
        if not isinstance(raw, str):
            raise _bad(entity, name, raw, "et id")
        try:
            return uuid.UUID(raw)
        except ValueError:
            raise _bad(entity, name, raw, "et id") from None
    if isinstance(kind, UTCDateTime | sa.DateTime):
        if not isinstance(raw, str):
            raise _bad(entity, name, raw, "et tidspunkt")
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise _bad(entity, name, raw, "et tidspunkt") from None
        if moment.tzinfo is None:
            raise _bad(entity, name, raw, "et tidspunkt med tidszone")
        return moment.astimezone(UTC)
    if isinstance(kind, sa.Date):
        if not isinstance(raw, str):
            raise _bad(entity, name, raw, "en dato")
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise _bad(entity, name, raw, "en dato") from None
    if isinstance(kind, sa.Boolean):
        if not isinstance(raw, bool):
            raise _bad(entity, name, raw, "sand/falsk")
        return raw
    if isinstance(kind, sa.Integer):
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 2**62:
            raise _bad(entity, name, raw, "et heltal")
        lo_hi = RANGES.get((entity, name))
        if lo_hi and not lo_hi[0] <= raw <= lo_hi[1]:
            raise _bad(entity, name, raw, f"et tal fra {lo_hi[0]} til {lo_hi[1]}")
        return raw
    if isinstance(kind, sa.Float):
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
            raise _bad(entity, name, raw, "et tal")
        return float(raw)
    if isinstance(kind, sa.JSON):
        return _decode_score_map(entity, name, raw)
    if isinstance(kind, sa.String):
        if not isinstance(raw, str):
            raise _bad(entity, name, raw, "en tekst")
        if kind.length is not None and len(raw) > kind.length:
            raise _bad(entity, name, raw, f"højst {kind.length} tegn")
        if "\x00" in raw:
            raise _bad(entity, name, raw, "en tekst uden nul-tegn")
        catalogue = CODES.get((entity, name))
        if catalogue is not None and raw not in catalogue:
            raise _bad(entity, name, raw, f"en af {', '.join(catalogue.codes())}")
        return raw
    raise _bad(entity, name, raw, f"en kendt type ({kind})")  # pragma: no cover


def _decode_score_map(entity: str, name: str, raw: JSONValue) -> dict[str, Any]:
    spec = SCORE_MAPS.get(name)
    if spec is None or not isinstance(raw, dict):
        raise _bad(entity, name, raw, "en liste af koder og værdier")
    catalogue, value_type = spec
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in catalogue:
            raise _bad(entity, name, key, f"en af {', '.join(catalogue.codes())}")
        if value_type is bool:
            if not isinstance(value, bool):
                raise _bad(entity, name, value, "sand/falsk")
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
            raise _bad(entity, name, value, "et tal fra 0 til 5")
        out[key] = value
    return out


def from_json(entity: str, raw: JSONValue) -> Record:
    """A record from its bundle form, every value checked against the data model."""
    if entity not in ENTITY_LABELS:
        raise BundleContentError(
            f"Udvekslingsfilen indeholder en ukendt slags data ('{entity[:40]}'). Den er "
            "måske lavet af en nyere version af Brobygger; opdater, og prøv igen.")
    if not isinstance(raw, dict):
        raise BundleContentError(f"Udvekslingsfilen har en ugyldig {entity_label(entity)}.")
    tbl = table(entity)
    columns = {c.name for c in tbl.columns}
    link_keys = set(LINKS) if entity == LINK_OWNER else set()
    unknown = set(raw) - columns - link_keys
    missing = (columns | link_keys) - set(raw)
    if unknown or missing:
        detail = ", ".join(sorted(unknown | missing))[:80]
        raise BundleContentError(
            f"Udvekslingsfilen passer ikke til denne versions datamodel ({entity_label(entity)}"
            f": {detail}). Brug samme version af Brobygger på begge sider.")
    values = {c.name: _decode_value(entity, c, raw[c.name]) for c in tbl.columns}
    links: dict[str, tuple[Any, ...]] = {}
    for key in link_keys:
        items = raw[key]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise _bad(entity, key, items, "en liste")
        if key == "participants":
            try:
                links[key] = tuple(sorted({uuid.UUID(i) for i in items}, key=str))
            except ValueError:
                raise _bad(entity, key, items, "en liste af id'er") from None
        else:
            catalogue = LINK_CODES[key]
            for code in items:
                if code not in catalogue:
                    raise _bad(entity, key, code, f"en af {', '.join(catalogue.codes())}")
            links[key] = tuple(sorted(set(items)))
    return make_record(entity, values, links)


# -- reading from the database ---------------------------------------------------------------
def load(s: Session, entity: str, ids: Iterable[uuid.UUID] | None = None,
         where: Any = None) -> dict[uuid.UUID, Record]:
    """Records of ``entity`` from the database: by id, by a condition, or all."""
    tbl = table(entity)
    stmts: list[Any] = []
    if ids is not None:
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            stmts.append(select(tbl).where(tbl.c.id.in_(id_list[start:start + 500])))
    else:
        stmt = select(tbl)
        stmts.append(stmt.where(where) if where is not None else stmt)
    rows: list[Any] = []
    for stmt in stmts:
        rows.extend(s.execute(stmt).mappings().all())
    links = _load_links(s, [r["id"] for r in rows]) if entity == LINK_OWNER else {}
    return {r["id"]: make_record(entity, r, links.get(r["id"], {})) for r in rows}


def _load_links(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, list[Any]]]:
    out: dict[uuid.UUID, dict[str, list[Any]]] = {i: {k: [] for k in LINKS} for i in ids}
    for key, (link_table, column) in LINKS.items():
        tbl = table(link_table)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            stmt = select(tbl.c.entry_id, tbl.c[column]).where(tbl.c.entry_id.in_(chunk))
            for entry_id, value in s.execute(stmt):
                out[entry_id][key].append(value)
    return out


def exchange_states(s: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID,
                                                                  models.ExchangeState]:
    id_list = list(ids)
    out: dict[uuid.UUID, models.ExchangeState] = {}
    for start in range(0, len(id_list), 500):
        stmt = select(models.ExchangeState).where(
            models.ExchangeState.record_id.in_(id_list[start:start + 500]))  # type: ignore[attr-defined]
        out.update({row.record_id: row for row in s.scalars(stmt)})
    return out


# -- what belongs to a set of initiatives ----------------------------------------------------
def collect(s: Session, initiative_ids: Sequence[uuid.UUID]) -> dict[str, dict[uuid.UUID,
                                                                                 Record]]:
    """Every record of the initiatives, plus every record they refer to (people,
    organisations and their parents, a parent initiative's card), so the bundle is whole.

    Records in the trash are left out – unless they were exchanged before: then their
    deletion is news for the counterpart."""
    chosen = set(initiative_ids)
    picked: dict[str, dict[uuid.UUID, Record]] = {name: {} for name in ENTITY_LABELS}
    picked["initiative"] = load(s, "initiative", chosen)
    for name in ("initiative_party", "initiative_member", "log_entry", "action",
                 "relationship_assessment", "plague_assessment", "barrier_assessment",
                 "indicator"):
        tbl = table(name)
        picked[name] = load(s, name, where=tbl.c.initiative_id.in_(chosen))
    indicators = list(picked["indicator"])
    picked["measurement"] = load(s, "measurement", where=table("measurement").c.indicator_id
                                 .in_(indicators)) if indicators else {}
    # Trash: only what the counterpart has seen before.
    trashed = [r.id for rows in picked.values() for r in rows.values() if r.deleted]
    known = exchange_states(s, trashed)
    for rows in picked.values():
        for rid in [r.id for r in rows.values() if r.deleted and r.id not in known]:
            del rows[rid]
    # Close over references (a reference must point into the bundle or be absent).
    pending = [(t, i) for rows in picked.values() for r in rows.values() for t, i in r.refs()]
    while pending:
        wanted: dict[str, set[uuid.UUID]] = {}
        for target, rid in pending:
            if rid not in picked[target]:
                wanted.setdefault(target, set()).add(rid)
        pending = []
        for target, ids in wanted.items():
            found = load(s, target, ids)
            picked[target].update(found)
            pending.extend((t, i) for r in found.values() for t, i in r.refs())
    return picked


# -- privacy ---------------------------------------------------------------------------------
def cpr_fields(record: Record) -> list[tuple[str, str]]:
    """(field, masked number) for every CPR-like number in the record's text."""
    out: list[tuple[str, str]] = []
    for name, value in record.values.items():
        if isinstance(value, str):
            out.extend((name, m.masked) for m in find_cpr(value))
    return out
