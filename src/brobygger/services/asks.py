"""Asks (anmodninger/eskaleringer) with a life cycle: åben → besvaret → imødekommet /
afvist / trukket tilbage, or løst lokalt.

This module holds THE definition of an open ask (:data:`OPEN_STATUSES`,
:func:`is_open`): the Overblik card, the initiative header, every brief and the CLI count
with it, so they always agree.

A barrier's concrete ask is an ask, and an escalation entry in the log raises or updates
one: an escalation entry linked to the same barrier in the same initiative on the same date
as a barrier's ask is the same matter (:func:`same_matter`), never two. Other likely
duplicates are only offered to the user (:meth:`Asks.likely_duplicates`), never merged by
guess.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import select
from sqlmodel import Session, col

from brobygger.domain import rules
from brobygger.domain.catalogue import ASK_LEVELS, ASK_STATUSES, BARRIERS, PLAGUES
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import N_, _
from brobygger.services import ask_links, dto, inputs
from brobygger.services import audit as trail
from brobygger.services.base import Clean, EntityService, chunked, unique_strings
from brobygger.services.unit_of_work import bump
from brobygger.services.unit_of_work import current as current_uow
from brobygger.services.values import as_uuid, code, optional_date, optional_text, required_date
from brobygger.store import models

# THE definition of "open": sent and awaiting an answer.
OPEN_STATUSES: frozenset[str] = frozenset({"aaben"})
# Closed for good (an answer may or may not have come first).
CLOSED_STATUSES: frozenset[str] = frozenset(
    {"imoedekommet", "afvist", "trukket_tilbage", "loest_lokalt"})
# The old escalation levels of log entries and barriers -> the ask's addressee level.
LEVEL_FROM_ESCALATION = {"lokalt": "chef", "chef": "chef", "topledelse": "topledelse",
                         "politisk": "politisk", "nationalt": "nationalt",
                         "sundhedsraad": "sundhedsraad", "sundhedsklynge": "sundhedsklynge"}


def is_open(ask: dto.Ask) -> bool:
    return ask.status in OPEN_STATUSES


def open_asks(asks: Iterable[dto.Ask]) -> list[dto.Ask]:
    return [a for a in asks if is_open(a) and not a.is_deleted]


def count_open(asks: Iterable[dto.Ask]) -> int:
    return len(open_asks(asks))


def settled_in(asks: Iterable[dto.Ask], start: date, end: date) -> list[dto.Ask]:
    """Asks answered or closed within ``start``..``end`` (inclusive)."""
    return [a for a in asks if not a.is_open and a.settled_on is not None
            and start <= a.settled_on <= end]


def same_matter(entry_initiative: uuid.UUID | None, entry_date: date,
                entry_barriers: Iterable[str], barrier: models.BarrierAssessment
                | dto.BarrierAssessment) -> bool:
    """An escalation entry and a barrier's ask are one matter: same initiative, same
    date, and the entry is linked to the barrier (the migration uses the same rule)."""
    return (entry_initiative == barrier.initiative_id and entry_date == barrier.assessed_on
            and barrier.barrier in set(entry_barriers))


@dataclass(frozen=True, slots=True)
class AskFilter:
    initiative_id: uuid.UUID | None = None
    level: str | None = None
    status: str | None = None        # a status code, or "open" for THE open ones
    addressee: str | None = None     # text in the addressee, or an organisation's id
    forum_id: uuid.UUID | None = None  # asked of this forum (e.g. the sundhedsråd)
    include_children: bool = False   # with the initiative's sub-initiatives


class Asks(EntityService[models.Ask, dto.Ask, inputs.AskFields]):
    noun_da = "anmodningen"
    order_by: ClassVar[tuple[str, ...]] = ("raised_on", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.Ask | None) -> Clean:
        status = code(ASK_STATUSES, data.get("status") or "aaben", "status")
        raised_on = required_date(data.get("raised_on") or date.today(), "raised_on")
        answered_on = optional_date(data.get("answered_on"), "answered_on")
        closed_on = optional_date(data.get("closed_on"), "closed_on")
        due = optional_date(data.get("due_date"), "due_date")
        for field, day, label in (("answered_on", answered_on, "Svardatoen"),
                                  ("closed_on", closed_on, "Lukkedatoen"),
                                  ("due_date", due, "Svarfristen")):
            if day is not None and day < raised_on:
                raise ValidationError(field, _("{label} ligger før anmodningen blev rejst.",
                                               label=label))
        barrier = data.get("barrier") or None
        plague = data.get("plague") or None
        initiative_id = self.ref(s, models.Initiative, data.get("initiative_id"),
                                 "initiative_id", "initiativ")
        raw_entry = data.get("entry_id")
        if existing is not None and raw_entry and str(raw_entry) == str(existing.entry_id):
            entry_id = existing.entry_id  # unchanged: it may be in the trash by now
        else:
            entry_id = self.ref(s, models.LogEntry, raw_entry, "entry_id", "logindførsel",
                                required=False)
        return {
            "initiative_id": initiative_id,
            "title": rules.require_text(data.get("title"), "title", "Hvad der bedes om", 300),
            "reason": optional_text(data.get("reason")),
            "raised_on": raised_on,
            "raised_by": optional_text(data.get("raised_by") or self.services.user, 300),
            "level": code(ASK_LEVELS, data.get("level") or "topledelse", "level"),
            "addressee_org_id": self.ref(s, models.Organisation, data.get("addressee_org_id"),
                                         "addressee_org_id", "organisation", required=False),
            "addressee_person_id": self.ref(s, models.Person, data.get("addressee_person_id"),
                                            "addressee_person_id", "person", required=False),
            "addressee": optional_text(data.get("addressee"), 300),
            "addressee_forum_id": self.ref(s, models.Forum, data.get("addressee_forum_id"),
                                           "addressee_forum_id", "forum", required=False),
            "due_date": due,
            "status": status,
            "answer": optional_text(data.get("answer")),
            "answered_on": answered_on,
            "answered_by": optional_text(data.get("answered_by"), 300),
            "closed_on": closed_on if status in CLOSED_STATUSES else None,
            "barrier": code(BARRIERS, barrier, "barrier") if barrier else None,
            "plague": code(PLAGUES, plague, "plague") if plague else None,
            "barrier_assessment_id": self.ref(
                s, models.BarrierAssessment, data.get("barrier_assessment_id"),
                "barrier_assessment_id", "barrierevurdering", required=False),
            "entry_id": entry_id,
            **self._clean_links(s, data, existing, initiative_id, entry_id),
        }

    def _clean_links(self, s: Session, data: Clean, existing: models.Ask | None,
                     initiative_id: uuid.UUID | None, entry_id: uuid.UUID | None) -> Clean:
        """The log entries and actions the ask concerns; the entry that raised the ask is
        always one of them. A new link must be a live record of the ask's own initiative
        (or of none); links the ask has already stay, even if their record went to the
        trash since (answering the ask must not fail on them)."""
        kept = ask_links.load(s, [(existing.id, existing.entry_id)])[existing.id] \
            if existing is not None else ask_links.Linked()
        out: Clean = {}
        for field, model, values, had, noun, message in (
                ("entry_ids", models.LogEntry,
                 [*(data.get("entry_ids") or ()), *([entry_id] if entry_id else [])],
                 kept.entry_ids, "logindførsel",
                 N_("Logindførslen »{title}« hører til et andet initiativ end anmodningen.")),
                ("action_ids", models.Action, data.get("action_ids") or (), kept.action_ids,
                 "handling",
                 N_("Handlingen »{title}« hører til et andet initiativ end anmodningen."))):
            keys = [as_uuid(v, field, noun.capitalize()) for v in unique_strings(values)]
            new = self.refs(s, model, [k for k in keys if k not in had], field, noun)
            for chunk in chunked(new):
                for title, other in s.execute(select(col(model.title),
                                                     col(model.initiative_id)).where(
                        col(model.id).in_(chunk))):
                    if other is not None and other != initiative_id:
                        raise ValidationError(field, _(message, title=title[:60]))
            out[field] = tuple(sorted(set(keys), key=str))
        return out

    def after_write(self, s: Session, row: models.Ask, data: Clean) -> None:
        uow = current_uow()
        if uow is None:
            raise RuntimeError("an ask is written inside a unit of work")
        ask_links.write(uow, row, data["entry_ids"], data["action_ids"])

    def current_extra(self, s: Session, row: models.Ask) -> Clean:
        linked = ask_links.load(s, [(row.id, row.entry_id)])[row.id]
        return {"entry_ids": linked.entry_ids, "action_ids": linked.action_ids}

    def to_dtos(self, s: Session, rows: Sequence[Any]) -> builtins.list[dto.Ask]:
        rows = builtins.list(rows)
        linked = ask_links.load(s, [(r.id, r.entry_id) for r in rows])
        return [self._dto_from(r, {"entry_ids": linked[r.id].entry_ids,
                                   "action_ids": linked[r.id].action_ids}) for r in rows]

    def to_dto(self, s: Session, row: models.Ask) -> dto.Ask:
        return self.to_dtos(s, [row])[0]

    # -- queries -------------------------------------------------------------------------
    def list(self, f: AskFilter | None = None) -> builtins.list[dto.Ask]:
        f = f or AskFilter()
        m = models.Ask
        where: builtins.list[Any] = []
        if f.initiative_id:
            ids = [f.initiative_id]
            if f.include_children:
                ids += [i.id for i in self.services.initiatives.list(parent_id=f.initiative_id)]
            where.append(col(m.initiative_id).in_(ids))
        if f.level:
            where.append(m.level == code(ASK_LEVELS, f.level, "level"))
        if f.status == "open":
            where.append(col(m.status).in_(sorted(OPEN_STATUSES)))
        elif f.status:
            where.append(m.status == code(ASK_STATUSES, f.status, "status"))
        if f.forum_id:
            where.append(m.addressee_forum_id == f.forum_id)
        found = self._query(*where)
        if f.addressee:
            needle = f.addressee.strip().casefold()
            found = [a for a in found if needle in a.addressee.casefold()
                     or (a.addressee_org_id is not None and str(a.addressee_org_id) == needle)]
        return found

    def open(self, initiative_id: uuid.UUID | None = None) -> builtins.list[dto.Ask]:
        return self.list(AskFilter(initiative_id=initiative_id, status="open"))

    def open_count(self, initiative_id: uuid.UUID | None = None) -> int:
        return len(self.open(initiative_id))

    def linked_records(self, asks: Iterable[dto.Ask]
                       ) -> dict[uuid.UUID, tuple[ask_links.LinkedRecord, ...]]:
        """The log entries and actions each ask concerns, with titles and dates."""
        pairs = [(a.id, ask_links.Linked(a.entry_ids, a.action_ids)) for a in asks]
        with self.ws.read() as s:
            return ask_links.describe(s, pairs)

    def for_barrier(self, barrier_assessment_id: uuid.UUID) -> dto.Ask | None:
        found = self._query(models.Ask.barrier_assessment_id == barrier_assessment_id)
        return found[0] if found else None

    def likely_duplicates(self, initiative_id: uuid.UUID | None = None
                          ) -> builtins.list[tuple[dto.Ask, dto.Ask]]:
        """Pairs of live asks in one initiative about the same barrier (or with the same
        title), not already one matter: for the user to confirm, never merged here."""
        asks = self.list(AskFilter(initiative_id=initiative_id))
        pairs = []
        for i, a in enumerate(asks):
            for b in asks[i + 1:]:
                if a.initiative_id != b.initiative_id:
                    continue
                if (a.barrier and a.barrier == b.barrier and a.is_open and b.is_open) or (
                        a.title.casefold() == b.title.casefold()):
                    pairs.append((a, b))
        return pairs

    def merge(self, keep_id: object, drop_id: object) -> dto.Ask:
        """The user confirmed two asks are one matter: ``keep`` takes over the other's
        links (escalation entry, barrier assessment) and reason; ``drop`` goes to the trash
        (restorable). Never done by guess – :meth:`likely_duplicates` only offers pairs."""
        with self.unit_of_work() as uow:
            s = uow.session
            keep, drop = self._row(s, keep_id), self._row(s, drop_id)
            if keep.id == drop.id:
                raise ValidationError("id", _("Vælg to forskellige anmodninger."))
            if keep.initiative_id != drop.initiative_id:
                raise ValidationError("id", _("Kun anmodninger i samme initiativ kan lægges "
                                              "sammen."))
            before = {n: getattr(keep, n) for n in self._fields()}
            linked = ask_links.load(s, [(keep.id, keep.entry_id), (drop.id, drop.entry_id)])
            before.update(entry_ids=linked[keep.id].entry_ids,
                          action_ids=linked[keep.id].action_ids)
            keep.entry_id = keep.entry_id or drop.entry_id
            keep.barrier_assessment_id = keep.barrier_assessment_id or drop.barrier_assessment_id
            keep.barrier = keep.barrier or drop.barrier
            keep.plague = keep.plague or drop.plague
            extra = f"Lagt sammen med: {drop.title}" + (f"\n{drop.reason}" if drop.reason else "")
            keep.reason = f"{keep.reason}\n\n{extra}" if keep.reason else extra
            entries = sorted({*linked[keep.id].entry_ids, *linked[drop.id].entry_ids}, key=str)
            actions = sorted({*linked[keep.id].action_ids, *linked[drop.id].action_ids},
                             key=str)
            uow.updated(keep, before, {**{n: getattr(keep, n) for n in self._fields()},
                                       "entry_ids": tuple(entries),
                                       "action_ids": tuple(actions)})
            ask_links.write(uow, keep, entries, actions)
            uow.soft_delete(drop)
            return self.to_dto(s, keep)

    # -- the life cycle --------------------------------------------------------------------
    def answer(self, id_: object, *, answer: str, answered_on: date | str | None = None,
               answered_by: str = "", outcome: str | None = None,
               expected_version: int | None = None) -> dto.Ask:
        """Record the answer. ``outcome`` (imødekommet / afvist / …) closes the ask at
        once; without it the ask is *besvaret*, awaiting the steering group's conclusion."""
        if not answer.strip():
            raise ValidationError("answer", _("Skriv svaret."))
        day = answered_on or date.today()
        status = outcome or "besvaret"
        if status not in ASK_STATUSES or status == "aaben":
            raise ValidationError("status", _("Vælg et udfald for svaret."))
        closed = day if status in CLOSED_STATUSES else None
        return self.update(id_, expected_version=expected_version, answer=answer,
                           answered_on=day, answered_by=answered_by, status=status,
                           closed_on=closed)

    def close(self, id_: object, *, outcome: str, closed_on: date | str | None = None,
              note: str = "", expected_version: int | None = None) -> dto.Ask:
        if outcome not in CLOSED_STATUSES:
            labels = ", ".join(ASK_STATUSES.label(c) for c in sorted(CLOSED_STATUSES))
            raise ValidationError("status", _("Vælg hvordan anmodningen lukkes: {labels}.",
                                              labels=labels))
        current = self.get(id_)
        answer = current.answer
        if note.strip():
            answer = f"{answer}\n\n{note.strip()}" if answer else note.strip()
        return self.update(id_, expected_version=expected_version, status=outcome,
                           closed_on=closed_on or date.today(), answer=answer)

    def reopen(self, id_: object, *, expected_version: int | None = None) -> dto.Ask:
        return self.update(id_, expected_version=expected_version, status="aaben",
                           closed_on=None)

    # -- escalation entries and barriers raise or update asks ------------------------------
    def sync_entry(self, s: Session, row: models.LogEntry, barriers: Sequence[str],
                   plagues: Sequence[str]) -> None:
        """An escalation entry raises an ask, or – when it is the same matter as a barrier's
        ask (:func:`same_matter`) – becomes one more of that ask's log entries. Called by
        the log service in the entry's transaction."""
        if row.type != "eskalering" or row.initiative_id is None:
            return
        if s.execute(select(col(models.Ask.id)).where(
                col(models.Ask.entry_id) == row.id)).first() is not None or s.execute(
                select(col(models.AskLink.id)).where(
                    col(models.AskLink.entry_id) == row.id,
                    col(models.AskLink.deleted_at).is_(None))).first() is not None:
            return  # already part of an ask: the ask lives its own life from here
        uow = current_uow()
        if uow is None:
            raise RuntimeError("an ask is derived inside a unit of work")
        for ask, barrier in s.execute(
                select(models.Ask, models.BarrierAssessment)
                .join(models.BarrierAssessment,
                      col(models.Ask.barrier_assessment_id) == col(models.BarrierAssessment.id))
                .where(col(models.Ask.initiative_id) == row.initiative_id,
                       col(models.Ask.deleted_at).is_(None))).all():
            if same_matter(row.initiative_id, row.entry_date, barriers, barrier):
                linked = ask_links.load(s, [(ask.id, ask.entry_id)])[ask.id]
                changes: dict[str, builtins.list[Any]] = {"entry_ids": [
                    [str(e) for e in linked.entry_ids],
                    [str(e) for e in (*linked.entry_ids, row.id)]]}
                if ask.entry_id is None:
                    changes["entry_id"] = [None, str(row.id)]
                    ask.entry_id = row.id
                if not ask.reason:
                    ask.reason = _reason(row)
                    changes["reason"] = ["", trail.jsonable(ask.reason)]
                if ask.plague is None and plagues:
                    ask.plague = plagues[0]
                self._touch(s, ask, changes)
                ask_links.write(uow, ask, (*linked.entry_ids, row.id), linked.action_ids)
                return
        new = models.Ask(
            initiative_id=row.initiative_id, title=row.title, reason=row.body,
            raised_on=row.entry_date, raised_by=row.author,
            level=LEVEL_FROM_ESCALATION.get(row.escalation_level or "", "topledelse"),
            addressee=row.escalated_to, barrier=barriers[0] if barriers else None,
            plague=plagues[0] if plagues else None, entry_id=row.id)
        self._insert(s, new)
        ask_links.write(uow, new, [row.id], [])

    def sync_barrier(self, s: Session, row: models.BarrierAssessment) -> None:
        """A barrier assessment with a concrete ask is an ask: create it, adopt the
        escalation entry's ask that is the same matter, or keep it in step."""
        ask_text = row.ask.strip()
        existing = s.execute(select(models.Ask).where(
            col(models.Ask.barrier_assessment_id) == row.id)).scalars().first()
        if existing is None and ask_text:
            existing = self._adopt(s, row)
        if existing is None:
            if ask_text:
                self._insert(s, models.Ask(
                    initiative_id=row.initiative_id, title=ask_text[:300],
                    reason=ask_text if len(ask_text) > 300 else "", raised_on=row.assessed_on,
                    raised_by=getattr(self.services, "user", ""),
                    level=LEVEL_FROM_ESCALATION.get(row.escalation_level, "topledelse"),
                    addressee=row.ask_to[:300], barrier=row.barrier,
                    barrier_assessment_id=row.id,
                    status="imoedekommet" if row.status == "loest" else "aaben"))
            return
        changes: dict[str, builtins.list[Any]] = {}
        for name, value in (("title", ask_text[:300] or existing.title),
                            ("addressee", row.ask_to[:300] or existing.addressee),
                            ("level", LEVEL_FROM_ESCALATION.get(row.escalation_level,
                                                                "topledelse"))):
            if getattr(existing, name) != value:
                changes[name] = [getattr(existing, name), value]
                setattr(existing, name, value)
        if row.status == "loest" and existing.status in OPEN_STATUSES:
            changes["status"] = [existing.status, "imoedekommet"]
            existing.status, existing.closed_on = "imoedekommet", date.today()
        if changes:
            self._touch(s, existing, changes)

    def _adopt(self, s: Session, row: models.BarrierAssessment) -> models.Ask | None:
        """The ask an escalation entry raised about the same matter, now the barrier's."""
        for ask in s.execute(select(models.Ask).where(
                col(models.Ask.initiative_id) == row.initiative_id,
                col(models.Ask.barrier_assessment_id).is_(None),
                col(models.Ask.entry_id).is_not(None),
                col(models.Ask.deleted_at).is_(None))).scalars().all():
            entry_barriers = [b for (b,) in s.execute(
                select(col(models.LogEntryBarrier.barrier)).where(
                    col(models.LogEntryBarrier.entry_id) == ask.entry_id))]
            if same_matter(ask.initiative_id, ask.raised_on, entry_barriers, row):
                ask.reason = ask.title + (f"\n\n{ask.reason}" if ask.reason else "")
                ask.barrier_assessment_id, ask.barrier = row.id, row.barrier
                self._touch(s, ask, {"barrier_assessment_id": [None, str(row.id)]})
                adopted: models.Ask = ask
                return adopted
        return None

    def _insert(self, s: Session, ask: models.Ask) -> None:
        """A derived ask, written in the open unit of work (CPR guard, audit, Changes)."""
        uow = current_uow()
        if uow is None:
            raise RuntimeError("an ask is derived inside a unit of work")
        uow.guard({"title": ask.title, "reason": ask.reason, "addressee": ask.addressee})
        uow.add(ask, {n: getattr(ask, n) for n in self._fields()})

    def _touch(self, s: Session, ask: models.Ask,
               changes: dict[str, builtins.list[Any]]) -> None:
        uow = current_uow()
        if uow is None:
            raise RuntimeError("an ask is updated inside a unit of work")
        bump(ask)
        s.add(ask)
        s.flush()
        uow.note("updated", "ask", [ask.id])
        uow.audit("ask", ask.id, trail.UPDATE,
                  {k: [trail.jsonable(v[0]), trail.jsonable(v[1])] for k, v in changes.items()})


def _reason(row: models.LogEntry) -> str:
    return row.title + (f"\n\n{row.body}" if row.body else "")
