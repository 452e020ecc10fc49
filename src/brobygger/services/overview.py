"""Read models that combine several entities: the per-initiative summary used by the
Overblik screen and the briefs, and relationship series per pair of parties."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlmodel import col

from brobygger import dto
from brobygger.domain.catalogue import BARRIER_STATUSES, LadderStep, Rule
from brobygger.dto import PairSeries as PairSeries
from brobygger.services.asks import open_asks
from brobygger.store import models

if TYPE_CHECKING:
    from brobygger.services import Services

OPEN_BARRIER_STATUSES = BARRIER_STATUSES.having(Rule.OPEN)
ACTIVE_PLAGUE_SEVERITY = 2  # 0–3; from 2 a plague counts as active


@dataclass(frozen=True, slots=True)
class InitiativeSummary:
    initiative: dto.Initiative
    parties: tuple[dto.Party, ...]
    pairs: tuple[PairSeries, ...]
    active_plagues: tuple[dto.PlagueAssessment, ...]   # latest per plague, severity ≥ 2
    open_barriers: tuple[dto.BarrierAssessment, ...]    # latest per barrier, not solved
    overdue_actions: tuple[dto.Action, ...]
    due_soon: tuple[dto.Action, ...]                    # open, due within the next 7 days
    open_asks: tuple[dto.Ask, ...] = ()                 # services.asks' definition of open

    @property
    def stage(self) -> LadderStep | None:
        """The lowest stage over the pairs: a collaboration is as mature as its weakest
        relation."""
        if not self.pairs:
            return None
        order = [None, *LadderStep]
        return min((p.stage for p in self.pairs), key=order.index)

    @property
    def open_escalations(self) -> tuple[dto.Ask, ...]:
        """The open asks (one definition: :mod:`brobygger.services.asks`). A barrier's
        ask and its escalation entry are one ask, counted once."""
        return self.open_asks


class Overview:
    def __init__(self, services: Services) -> None:
        self.svc = services

    def party_names(self) -> dict[uuid.UUID, str]:
        """Names of all organisations and people (also those in the trash), by id."""
        org, person = models.Organisation, models.Person
        with self.svc.ws.read() as s:
            names = {i: n for i, n in s.execute(select(col(org.id), col(org.name)))}
            names.update({i: n for i, n in s.execute(select(col(person.id), col(person.name)))})
        return names

    def pairs(self, initiative_id: uuid.UUID | None,
              names: Mapping[uuid.UUID, str] | None = None) -> tuple[PairSeries, ...]:
        names = names if names is not None else self.party_names()
        return _pairs(self.svc.relationships.by_pair(initiative_id), names)

    def summary(self, initiative_id: uuid.UUID, today: date | None = None,
                names: Mapping[uuid.UUID, str] | None = None) -> InitiativeSummary:
        return _summary(
            self.svc.initiatives.get(initiative_id), today or date.today(),
            parties=self.svc.parties.list(initiative_id),
            pairs=self.pairs(initiative_id, names),
            plagues=self.svc.plagues.list(initiative_id),
            barriers=self.svc.barriers.list(initiative_id),
            open_actions=self.svc.actions.list(initiative_id=initiative_id, open_only=True),
            asks=self.svc.asks.open(initiative_id))

    def summaries(self, today: date | None = None,
                  initiatives: Sequence[dto.Initiative] | None = None,
                  names: Mapping[uuid.UUID, str] | None = None) -> list[InitiativeSummary]:
        """:meth:`summary` of every initiative (or of ``initiatives``: the Overblik's first
        cards, read before the rest) – from one query per kind of record rather than one
        per kind and initiative (500 initiatives: ~8 s → well under 1 s). Each pair's
        series holds its two latest assessments: enough for the stage and the trend (the
        initiative's own page and briefs read the whole series). ``names``: the parties'
        names (:meth:`party_names`) when the caller has read them already."""
        day = today or date.today()
        names = self.party_names() if names is None else names
        subset = None if initiatives is None else {i.id for i in initiatives}
        svc = self.svc
        parties = _by_initiative(svc.parties.all() if subset is None
                                 else svc.parties.within(subset))
        plagues = _by_initiative(svc.plagues.list(within=subset))
        barriers = _by_initiative(svc.barriers.list(within=subset))
        actions = _by_initiative(svc.actions.list(open_only=True, within=subset))
        asks = _by_initiative(svc.asks.open())
        relations: dict[uuid.UUID | None, dict[tuple[uuid.UUID, uuid.UUID],
                                                list[dto.RelationshipAssessment]]] = {}
        for r in svc.relationships.latest_per_pair(within=subset):
            relations.setdefault(r.initiative_id, {}).setdefault(r.pair, []).append(r)
        return [_summary(i, day, parties=parties.get(i.id, []),
                         pairs=_pairs(relations.get(i.id, {}), names),
                         plagues=plagues.get(i.id, []), barriers=barriers.get(i.id, []),
                         open_actions=actions.get(i.id, []), asks=asks.get(i.id, []))
                for i in (svc.initiatives.all() if initiatives is None else initiatives)]


_T = TypeVar("_T")


def _by_initiative(items: Iterable[_T]) -> dict[uuid.UUID | None, list[_T]]:
    out: dict[uuid.UUID | None, list[_T]] = {}
    for item in items:
        out.setdefault(getattr(item, "initiative_id"), []).append(item)  # noqa: B009
    return out


def _pairs(series: Mapping[tuple[uuid.UUID, uuid.UUID], Sequence[dto.RelationshipAssessment]],
           names: Mapping[uuid.UUID, str]) -> tuple[PairSeries, ...]:
    out = [PairSeries(a, b, names.get(a, "?"), names.get(b, "?"), tuple(items))
           for (a, b), items in series.items()]
    return tuple(sorted(out, key=lambda p: p.label))


def _summary(initiative: dto.Initiative, day: date, *, parties: Sequence[dto.Party],
             pairs: tuple[PairSeries, ...], plagues: Sequence[dto.PlagueAssessment],
             barriers: Sequence[dto.BarrierAssessment],
             open_actions: Sequence[dto.Action],
             asks: Sequence[dto.Ask] = ()) -> InitiativeSummary:
    """The summary from an initiative's records, each list in its service's order (oldest
    assessment first, actions by due date)."""
    latest_plagues = {p.plague: p for p in plagues}
    latest_barriers = {b.barrier: b for b in barriers}
    active = sorted((p for p in latest_plagues.values() if p.severity >= ACTIVE_PLAGUE_SEVERITY),
                    key=lambda p: (-p.severity, p.plague))
    still_open = sorted((b for b in latest_barriers.values()
                         if b.status in OPEN_BARRIER_STATUSES),
                        key=lambda b: (-b.impact, b.barrier))
    return InitiativeSummary(
        initiative=initiative,
        parties=tuple(parties),
        pairs=pairs,
        active_plagues=tuple(active),
        open_barriers=tuple(still_open),
        overdue_actions=tuple(a for a in open_actions if a.is_overdue(day)),
        due_soon=tuple(a for a in open_actions if a.due_date is not None
                       and day <= a.due_date <= day + timedelta(days=7)),
        open_asks=tuple(open_asks(asks)),
    )
