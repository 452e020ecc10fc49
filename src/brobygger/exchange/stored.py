"""Reading exchange records from the database: rows by id or condition (with the log
entries' links), the exchange history per record, and which rows belong to a set of
initiatives (what a bundle carries). :mod:`brobygger.exchange.records` turns a row into a
record and back."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from brobygger.exchange.records import (
    CHUNK,
    ENTITY_LABELS,
    LINK_OWNER,
    LINKS,
    Record,
    make_record,
    table,
)
from brobygger.store import models


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
                 "indicator", "ask", "readiness_answer"):
        tbl = table(name)
        picked[name] = load(s, name, where=tbl.c.initiative_id.in_(chosen))
    indicators = list(picked["indicator"])
    picked["measurement"] = load(s, "measurement", where=table("measurement").c.indicator_id
                                 .in_(indicators)) if indicators else {}
    _collect_meetings(s, chosen, picked)
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


def _collect_meetings(s: Session, chosen: set[uuid.UUID],
                      picked: dict[str, dict[uuid.UUID, Record]]) -> None:
    """The forums of the initiatives with their members and all their meetings (attendees,
    agenda items and the items' links)."""
    links = load(s, "forum_initiative", where=table("forum_initiative").c.initiative_id.in_(
        chosen)) if chosen else {}
    picked["forum_initiative"] = links
    forums = {r.values["forum_id"] for r in links.values()}
    if not forums:
        return
    for name, column, owners in (("forum", "id", forums), ("forum_member", "forum_id", forums),
                                 ("meeting", "forum_id", forums)):
        picked[name] = load(s, name, where=table(name).c[column].in_(owners))
    for name, column, parent in (("meeting_attendee", "meeting_id", "meeting"),
                                 ("agenda_item", "meeting_id", "meeting"),
                                 ("agenda_item_link", "item_id", "agenda_item")):
        owners = set(picked[parent])
        picked[name] = load(s, name, where=table(name).c[column].in_(owners)) if owners else {}


# -- privacy ---------------------------------------------------------------------------------
# What every CPR-like number contains (find_cpr's pattern without its look-arounds): a
# quick first test, several times faster than the full one.
