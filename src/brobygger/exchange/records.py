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

import functools
import hashlib
import json
import math
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from brobygger.domain import catalogue as cat
from brobygger.domain import display
from brobygger.domain.cpr import SEPARATORS, find_cpr
from brobygger.domain.i18n import N_pair, _, ngettext
from brobygger.exchange.compat import ADDED_COLUMNS, ADDED_DEFAULTS
from brobygger.exchange.errors import BundleContentError
from brobygger.store import models
from brobygger.store.metadata import metadata
from brobygger.store.types import UTCDateTime

JSONValue = Any

# The tables a bundle carries, each with its Danish name (singular, plural), in an order
# where every table comes after those it refers to (incl. the log entry's link tables).
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "organisation": N_pair("organisation", "organisationer"),
    "person": N_pair("person", "personer"),
    "initiative": N_pair("initiativ", "initiativer"),
    "initiative_party": N_pair("part i initiativ", "parter i initiativer"),
    "initiative_member": N_pair("medlem af initiativ", "medlemmer af initiativer"),
    "log_entry": N_pair("logindførsel", "logindførsler"),
    "action": N_pair("handling", "handlinger"),
    "relationship_assessment": N_pair("relationsvurdering", "relationsvurderinger"),
    "plague_assessment": N_pair("plagevurdering", "plagevurderinger"),
    "barrier_assessment": N_pair("barrierevurdering", "barrierevurderinger"),
    "indicator": N_pair("indikator", "indikatorer"),
    "measurement": N_pair("måling", "målinger"),
    "indicator_party": N_pair("part i indikator", "parter i indikatorer"),
    "readiness_answer": N_pair("svar på eftertanke", "svar på eftertanker"),
    # forums and meetings (issue 16; bundle format 2)
    "forum": N_pair("forum", "fora"),
    "forum_initiative": N_pair("forums initiativ", "foras initiativer"),
    "forum_member": N_pair("medlem af forum", "medlemmer af fora"),
    "ask": N_pair("anmodning", "anmodninger"),  # after the forums (an ask may be to a forum)
    "ask_link": N_pair("tilknytning til anmodning", "tilknytninger til anmodninger"),  # format 3
    "meeting": N_pair("møde", "møder"),
    "meeting_attendee": N_pair("mødedeltager", "mødedeltagere"),
    "agenda_item": N_pair("dagsordenspunkt", "dagsordenspunkter"),
    "agenda_item_link": N_pair("tilknytning til punkt", "tilknytninger til punkter"),
    # agreements (issue 17; bundle format 4)
    "agreement": N_pair("aftale", "aftaler"),
    "agreement_party": N_pair("part i aftale", "parter i aftaler"),
    "agreement_initiative": N_pair("aftales initiativ", "aftalers initiativer"),
    "deviation": N_pair("afvigelse", "afvigelser"),
    "agreement_entry": N_pair("logindførsel om aftale", "logindførsler om aftaler"),
    "task_transfer": N_pair("opgaveoverdragelse", "opgaveoverdragelser"),
}

# The log entry's link tables, folded into the entry: key -> (table, value column).
LINKS: dict[str, tuple[str, str]] = {
    "participants": ("log_entry_person", "person_id"),
    "plagues": ("log_entry_plague", "plague"),
    "barriers": ("log_entry_barrier", "barrier"),
}
LINK_OWNER = "log_entry"

# Ids per IN (…) list: well below the bound-parameter limits of SQLite and PostgreSQL.
CHUNK = 500

# Left out of the content hash (see the module docstring).
NOT_CONTENT = frozenset({"id", "version", "updated_at"})

# Enumerated columns and the catalogue their codes must come from: the domain's one table
# (it shows the codes as labels too).
CODES: dict[tuple[str, str], cat.Catalogue[Any]] = display.CODED_FIELDS
LINK_CODES: dict[str, cat.Catalogue[Any]] = {k: display.CODED_MAPS[k]
                                             for k in ("plagues", "barriers")}

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
    """The record kind's name in the current language (Danish or English)."""
    pair = ENTITY_LABELS.get(name)
    if pair is None:
        return name
    return ngettext(pair[0], pair[1], 2 if plural else 1)


def references(tbl: Table) -> dict[str, str]:
    """The foreign-key columns of ``tbl``: column name -> referenced table name."""
    return dict(_references(tbl.name))


@functools.cache
def _references(name: str) -> tuple[tuple[str, str], ...]:
    return tuple((fk.parent.name, fk.column.table.name) for fk in table(name).foreign_keys)


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
        for column, target in _references(self.entity):
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
        _("Udvekslingsfilen har en ugyldig værdi i {value} (feltet '{column}': {shown}; "
          "forventede {expected}). Filen kan ikke læses ind; bed afsenderen lave en ny.",
          value=entity_label(entity), column=column, shown=shown, expected=expected))


def _encode_value(value: Any) -> JSONValue:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _encode_value(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_encode_value(v) for v in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_links(links: Mapping[str, Sequence[Any]]) -> dict[str, list[str]]:
    return {key: sorted(str(v) for v in links.get(key, ())) for key in LINKS}


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)


def canonical(obj: JSONValue) -> bytes:
    return _CANONICAL.encode(obj).encode("utf-8")


def content_hash(entity: str, encoded: Mapping[str, JSONValue],
                 links: Mapping[str, Sequence[str]] | None = None) -> str:
    content: dict[str, JSONValue] = dict(encoded)
    for key in NOT_CONTENT:
        content.pop(key, None)
    if entity == LINK_OWNER:
        content["_links"] = {k: sorted(links.get(k, ())) if links else [] for k in LINKS}
    return hashlib.sha256(entity.encode() + b"\0" + canonical(content)).hexdigest()


def make_record(entity: str, values: Mapping[str, Any],
                links: Mapping[str, Sequence[Any]] | None = None) -> Record:
    """A record from Python values (a database row)."""
    vals = {name: values[name] for name in _column_names(entity)}
    return _record(entity, vals, {k: _encode_value(v) for k, v in vals.items()}, links)


def _record(entity: str, vals: dict[str, Any], encoded: dict[str, JSONValue],
            links: Mapping[str, Sequence[Any]] | None,
            enc_links: dict[str, list[str]] | None = None) -> Record:
    """``enc_links`` given: ``links`` are in order already, and that is their JSON form."""
    link_values: dict[str, tuple[Any, ...]] = {}
    if entity != LINK_OWNER:
        enc_links = {}
    elif enc_links is None:
        link_values = {k: tuple(sorted((links or {}).get(k, ()), key=str)) for k in LINKS}
        enc_links = encode_links(link_values)
    else:
        link_values = {k: tuple((links or {}).get(k, ())) for k in LINKS}
    return Record(entity, vals["id"], vals, link_values, encoded,
                  content_hash(entity, encoded, enc_links))


def to_json(record: Record) -> dict[str, JSONValue]:
    """The bundle form of a record: its columns, plus the links of a log entry."""
    out = dict(record.encoded)
    if record.entity == LINK_OWNER:
        out.update(encode_links(record.links))
    return out


@functools.cache
def _column_names(entity: str) -> tuple[str, ...]:
    return tuple(c.name for c in table(entity).columns)


# The kinds of column a bundle value is checked against, in the order they are tested.
_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (sa.Uuid, "uuid"), ((UTCDateTime, sa.DateTime), "datetime"), (sa.Date, "date"),
    (sa.Time, "time"),
    (sa.Boolean, "bool"), (sa.Integer, "int"), (sa.Float, "float"), (sa.JSON, "json"),
    (sa.String, "str"),
)


@functools.cache
def _columns(entity: str) -> tuple[tuple[str, bool, str, Any], ...]:
    """(name, nullable, kind, type) of each column of ``entity``, worked out once."""
    out = []
    for column in table(entity).columns:
        kind = column.type
        if isinstance(kind, sa.TypeDecorator) and not isinstance(kind, UTCDateTime):
            kind = kind.impl_instance  # sqlmodel's AutoString is a String underneath
        name = next((n for cls, n in _KINDS if isinstance(kind, cls)), "")
        out.append((column.name, bool(column.nullable), name, kind))
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def _reference(raw: str) -> tuple[uuid.UUID, str]:
    """An id that refers to another record, and its JSON form: the same few recur in many
    records."""
    rid = uuid.UUID(raw)
    return rid, str(rid)


# ISO text of a moment, a day or a time of day: how it is read and what it should have been
_ISO_KINDS: dict[str, tuple[Any, str]] = {
    "datetime": (datetime.fromisoformat, "et tidspunkt"),
    "date": (date.fromisoformat, "en dato"),
    "time": (time.fromisoformat, "et klokkeslæt"),
}


def _iso(entity: str, name: str, raw: Any, kind: str) -> datetime | date | time:
    parse, expected = _ISO_KINDS[kind]
    if not isinstance(raw, str):
        raise _bad(entity, name, raw, expected)
    try:
        value: datetime | date | time = parse(raw)
    except ValueError:
        raise _bad(entity, name, raw, expected) from None
    return value


def _decode(entity: str, spec: tuple[str, bool, str, Any], raw: JSONValue
            ) -> tuple[Any, JSONValue]:
    """The Python value of ``raw`` and its canonical JSON form (:func:`_encode_value`)."""
    name, nullable, kind, sa_type = spec
    if raw is None:
        if not nullable:
            raise _bad(entity, name, raw, "en værdi")
        return None, None
    if kind == "str":
        if not isinstance(raw, str):
            raise _bad(entity, name, raw, "en tekst")
        if sa_type.length is not None and len(raw) > sa_type.length:
            raise _bad(entity, name, raw, f"højst {sa_type.length} tegn")
        if "\x00" in raw:
            raise _bad(entity, name, raw, "en tekst uden nul-tegn")
        catalogue = CODES.get((entity, name))
        if catalogue is not None and raw not in catalogue:
            raise _bad(entity, name, raw, f"en af {', '.join(catalogue.codes())}")
        return raw, raw
    if kind == "uuid":
        if not isinstance(raw, str):
            raise _bad(entity, name, raw, "et id")
        try:
            if name != "id":
                return _reference(raw)
            rid = uuid.UUID(raw)
        except ValueError:
            raise _bad(entity, name, raw, "et id") from None
        return rid, str(rid)
    if kind in _ISO_KINDS:
        value = _iso(entity, name, raw, kind)
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise _bad(entity, name, raw, "et tidspunkt med tidszone")
            value = value.astimezone(UTC)
        return value, value.isoformat()
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _bad(entity, name, raw, "sand/falsk")
        return raw, raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 2**62:
            raise _bad(entity, name, raw, "et heltal")
        lo_hi = RANGES.get((entity, name))
        if lo_hi and not lo_hi[0] <= raw <= lo_hi[1]:
            raise _bad(entity, name, raw, f"et tal fra {lo_hi[0]} til {lo_hi[1]}")
        return raw, raw
    if kind == "float":
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
            raise _bad(entity, name, raw, "et tal")
        number = float(raw)
        return number, number
    if kind == "json":
        scores = _decode_score_map(entity, name, raw)
        return scores, _encode_value(scores)
    raise _bad(entity, name, raw, f"en kendt type ({sa_type})")  # pragma: no cover


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
            _("Udvekslingsfilen indeholder en ukendt slags data ('{value}'). Den er måske lavet "
              "af en nyere version af Brobygger; opdater, og prøv igen.", value=entity[:40]))
    if not isinstance(raw, dict):
        raise BundleContentError(_("Udvekslingsfilen har en ugyldig {value}.",
                                   value=entity_label(entity)))
    columns = set(_column_names(entity))
    link_keys = set(LINKS) if entity == LINK_OWNER else set()
    added = ADDED_COLUMNS.get(entity)
    if added and raw.keys() != columns | link_keys and not (raw.keys() - columns - link_keys):
        raw = {**{n: ADDED_DEFAULTS.get((entity, n)) for n in added}, **raw}  # older bundle
    if raw.keys() != columns | link_keys:
        unknown = set(raw) - columns - link_keys
        missing = (columns | link_keys) - set(raw)
        detail = ", ".join(sorted(unknown | missing))[:80]
        raise BundleContentError(
            _("Udvekslingsfilen passer ikke til denne versions datamodel ({value}: {detail}). "
              "Brug samme version af Brobygger på begge sider.",
              value=entity_label(entity), detail=detail))
    values: dict[str, Any] = {}
    encoded: dict[str, JSONValue] = {}
    for spec in _columns(entity):
        name = spec[0]
        value = raw[name]
        if value is None and spec[1]:  # the common cases first: no value, or a plain text
            values[name] = encoded[name] = None
        elif spec[2] == "str" and type(value) is str and (entity, name) not in CODES and (
                spec[3].length is None or len(value) <= spec[3].length) and "\x00" not in value:
            values[name] = encoded[name] = value
        else:
            values[name], encoded[name] = _decode(entity, spec, value)
    links: dict[str, tuple[Any, ...]] = {}
    enc_links: dict[str, list[str]] = {}
    for key in link_keys:
        items = raw[key]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise _bad(entity, key, items, "en liste")
        if key == "participants":
            try:
                people = sorted({_reference(i) for i in items}, key=lambda p: p[1])
            except ValueError:
                raise _bad(entity, key, items, "en liste af id'er") from None
            links[key] = tuple(person for person, _text in people)
            enc_links[key] = [text for _person, text in people]
        else:
            catalogue = LINK_CODES[key]
            for code in items:
                if code not in catalogue:
                    raise _bad(entity, key, code, f"en af {', '.join(catalogue.codes())}")
            links[key] = tuple(sorted(set(items)))
            enc_links[key] = list(links[key])
    return _record(entity, values, encoded, links, enc_links if link_keys else None)


# -- reading from the database ---------------------------------------------------------------
def _by_key(s: Session, columns: Sequence[Any], key: Any, ids: Iterable[uuid.UUID],
            *, small_whole: bool = True) -> list[Any]:
    """The rows (``columns``) whose ``key`` is one of ``ids``, asked for in chunks.

    ``small_whole``: a table with no more rows than ids asked for is read whole and
    filtered here – one short query, where binding every id costs more than reading the
    rows (an import asks every table for thousands of ids; a new workspace has none).
    Meant for a few narrow columns: most of the rows read may not be wanted."""
    wanted = set(ids)
    if not wanted:
        return []
    if small_whole and s.execute(select(key).offset(len(wanted)).limit(1)).first() is None:
        index = [c.name for c in columns].index(key.name)  # no more rows than ids
        return [row for row in s.execute(select(*columns)) if row[index] in wanted]
    id_list = list(wanted)
    rows: list[Any] = []
    for start in range(0, len(id_list), CHUNK):
        stmt = select(*columns).where(key.in_(id_list[start:start + CHUNK]))
        rows.extend(s.execute(stmt).all())
    return rows


def existing_ids(s: Session, entity: str, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of ``ids`` are rows of ``entity`` here."""
    tbl = table(entity)
    return {row[0] for row in _by_key(s, [tbl.c.id], tbl.c.id, ids)}


def load(s: Session, entity: str, ids: Iterable[uuid.UUID] | None = None,
         where: Any = None) -> dict[uuid.UUID, Record]:
    """Records of ``entity`` from the database: by id, by a condition, or all."""
    tbl = table(entity)
    rows: list[Any]
    if ids is not None:
        rows = [row._mapping for row in _by_key(s, list(tbl.columns), tbl.c.id, ids,
                                                small_whole=False)]
        owners: Any = [r["id"] for r in rows]
    else:
        stmt = select(tbl)
        rows = list(s.execute(stmt.where(where) if where is not None else stmt)
                    .mappings().all())
        owners = select(tbl.c.id).where(where) if where is not None else None
    links = _load_links(s, [r["id"] for r in rows], owners) if entity == LINK_OWNER else {}
    return {r["id"]: make_record(entity, r, links.get(r["id"], {})) for r in rows}


def _load_links(s: Session, ids: list[uuid.UUID], owners: Any
                ) -> dict[uuid.UUID, dict[str, list[Any]]]:
    """The links of the log entries ``ids``. ``owners`` says how to find them: the list of
    ids itself, a subquery (the condition the entries were read with: one query per link
    table, however many entries), or None (all)."""
    out: dict[uuid.UUID, dict[str, list[Any]]] = {i: {k: [] for k in LINKS} for i in ids}
    for key, (link_table, column) in LINKS.items():
        tbl = table(link_table)
        base = select(tbl.c.entry_id, tbl.c[column])
        if isinstance(owners, list):
            stmts = [base.where(tbl.c.entry_id.in_(owners[start:start + CHUNK]))
                     for start in range(0, len(owners), CHUNK)]
        else:
            stmts = [base.where(tbl.c.entry_id.in_(owners)) if owners is not None else base]
        for stmt in stmts:
            for entry_id, value in s.execute(stmt):
                if entry_id in out:
                    out[entry_id][key].append(value)
    return out


@dataclass(frozen=True, slots=True)
class Known:
    """What this workspace last exchanged of one record (a row of
    :class:`~brobygger.store.models.ExchangeState`, read without the ORM)."""

    record_id: uuid.UUID
    last_hash: str
    known_hashes: tuple[str, ...]


def state_table() -> Table:
    """The table of :class:`~brobygger.store.models.ExchangeState`."""
    tbl: Table = models.ExchangeState.__table__  # type: ignore[attr-defined]
    return tbl


def exchange_states(s: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Known]:
    tbl = state_table()
    rows = _by_key(s, [tbl.c.record_id, tbl.c.last_hash, tbl.c.known_hashes],
                   tbl.c.record_id, ids)
    return {rid: Known(rid, last, tuple(hashes or ())) for rid, last, hashes in rows}


# -- privacy ---------------------------------------------------------------------------------
# What every CPR-like number contains (find_cpr's pattern without its look-arounds): a
# quick first test, several times faster than the full one.
_MAYBE_CPR = re.compile(r"[0-9]{6}[" + re.escape(SEPARATORS) + r"]?[0-9]{4}")


def has_cpr(texts: Iterable[str]) -> bool:
    """True when any of ``texts`` holds a CPR-like number. One scan of them all: a NUL
    between two texts is neither a digit nor a separator, so it joins no number and
    splits none."""
    joined = "\x00".join(texts)
    return _MAYBE_CPR.search(joined) is not None and bool(find_cpr(joined))


def texts_of(record: Record) -> list[str]:
    """The record's texts as they are written (its columns' JSON form, and its links)."""
    out = [v for v in record.encoded.values() if isinstance(v, str)]
    for links in record.links.values():
        out.extend(str(v) for v in links)
    return out


def cpr_fields(record: Record) -> list[tuple[str, str]]:
    """(field, masked number) for every CPR-like number in the record's text."""
    texts = [v for v in record.values.values() if isinstance(v, str)]
    if not has_cpr(texts):
        return []
    out: list[tuple[str, str]] = []
    for name, value in record.values.items():
        if isinstance(value, str):
            out.extend((name, m.masked) for m in find_cpr(value))
    return out
