"""The log entries and actions an ask concerns (``ask_link``).

An ask links any number of log entries and actions; the escalation entry that raised it
(``Ask.entry_id``) is always one of them – it cannot be unlinked, it is where the ask came
from. A link's id is ``uuid5`` of (ask, kind, record), so two laptops that link the same
record agree (migration ``0009_ask_links`` uses the same namespace); unlinking moves the
link to the trash and linking again restores it. Written in the ask's unit of work (audit
rows, ``Changes``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from brobygger.services.unit_of_work import UnitOfWork
from brobygger.store import models

# Fixed namespace: never change it (the migration 0009_ask_links holds the same value).
LINK_NAMESPACE = uuid.UUID("2c4b8f0e-7d1a-4b9e-8f35-61a0d2c7e94b")
ENTRY, ACTION = "log_entry", "action"


def link_id(ask_id: uuid.UUID, kind: str, record_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(LINK_NAMESPACE, f"{ask_id}:{kind}:{record_id}")


@dataclass(frozen=True, slots=True)
class Linked:
    """The live links of one ask, sorted by id (stable for comparisons and the audit)."""

    entry_ids: tuple[uuid.UUID, ...] = ()
    action_ids: tuple[uuid.UUID, ...] = ()


def _sorted(ids: Iterable[uuid.UUID]) -> tuple[uuid.UUID, ...]:
    return tuple(sorted(set(ids), key=str))


def load(s: Session, asks: Sequence[tuple[uuid.UUID, uuid.UUID | None]]
         ) -> dict[uuid.UUID, Linked]:
    """The links of the asks given as (id, the entry that raised it). The raising entry is
    always included (a bundle from format 2 carries the ask without its link rows)."""
    found: dict[uuid.UUID, tuple[set[uuid.UUID], set[uuid.UUID]]] = {
        a: ({e} if e is not None else set(), set()) for a, e in asks}
    ids = list(found)
    link = models.AskLink
    for start in range(0, len(ids), 500):
        for ask_id, entry_id, action_id in s.execute(
                select(col(link.ask_id), col(link.entry_id), col(link.action_id)).where(
                    col(link.ask_id).in_(ids[start:start + 500]),
                    col(link.deleted_at).is_(None))):
            entries, actions = found[ask_id]
            if entry_id is not None:
                entries.add(entry_id)
            if action_id is not None:
                actions.add(action_id)
    return {a: Linked(_sorted(e), _sorted(x)) for a, (e, x) in found.items()}


def write(uow: UnitOfWork, ask: models.Ask, entry_ids: Iterable[uuid.UUID],
          action_ids: Iterable[uuid.UUID]) -> None:
    """Make the ask's live links exactly ``entry_ids`` and ``action_ids``: add what is new
    (restoring a link in the trash), move the rest to the trash."""
    s = uow.session
    wanted: dict[uuid.UUID, tuple[uuid.UUID | None, uuid.UUID | None]] = {
        link_id(ask.id, ENTRY, e): (e, None) for e in entry_ids}
    wanted.update({link_id(ask.id, ACTION, a): (None, a) for a in action_ids})
    existing = {row.id: row for row in s.scalars(
        select(models.AskLink).where(col(models.AskLink.ask_id) == ask.id))}
    for rid, row in existing.items():
        if rid in wanted and row.deleted_at is not None:
            uow.restore(row)
        elif rid not in wanted and row.deleted_at is None:
            uow.soft_delete(row)
    for rid, (entry_id, action_id) in wanted.items():
        if rid not in existing:
            row = models.AskLink(id=rid, ask_id=ask.id, entry_id=entry_id, action_id=action_id)
            uow.add(row, {"ask_id": ask.id, "entry_id": entry_id, "action_id": action_id})


@dataclass(frozen=True, slots=True)
class LinkedRecord:
    """A log entry or action an ask concerns, as the views and briefs show it."""

    kind: str                 # ENTRY or ACTION
    id: uuid.UUID
    title: str
    day: object = None        # the entry's date or the action's due date (a date or None)
    status: str = ""          # the action's status code
    deleted: bool = False


def describe(s: Session, asks: Iterable[tuple[uuid.UUID, Linked]]
             ) -> dict[uuid.UUID, tuple[LinkedRecord, ...]]:
    """The linked records of each ask: entries by date, then actions by due date."""
    pairs = list(asks)
    entry_ids = {e for _a, linked in pairs for e in linked.entry_ids}
    action_ids = {x for _a, linked in pairs for x in linked.action_ids}
    found: dict[uuid.UUID, LinkedRecord] = {}
    e, a = models.LogEntry, models.Action
    for ids, stmt, kind in (
            (entry_ids, select(col(e.id), col(e.title), col(e.entry_date), col(e.type),
                               col(e.deleted_at)), ENTRY),
            (action_ids, select(col(a.id), col(a.title), col(a.due_date), col(a.status),
                                col(a.deleted_at)), ACTION)):
        chunk = list(ids)
        model = e if kind == ENTRY else a
        for start in range(0, len(chunk), 500):
            for rid, title, day, status, deleted in s.execute(stmt.where(
                    col(model.id).in_(chunk[start:start + 500]))):
                found[rid] = LinkedRecord(kind, rid, title, day,
                                          status if kind == ACTION else "", deleted is not None)

    def order(r: LinkedRecord) -> tuple[int, str, str]:
        return (0 if r.kind == ENTRY else 1, str(r.day or "9999"), r.title)

    return {ask_id: tuple(sorted((found[i] for i in (*linked.entry_ids, *linked.action_ids)
                                  if i in found), key=order))
            for ask_id, linked in pairs}
