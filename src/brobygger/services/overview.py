"""Read models that combine several entities: the per-initiative summary used by the
Overblik screen and the briefs, and relationship series per pair of parties."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from brobygger.domain import rules
from brobygger.domain.catalogue import LadderStep
from brobygger.services import dto

if TYPE_CHECKING:
    from brobygger.services import Services

OPEN_BARRIER_STATUSES = ("identificeret", "eskaleret", "under_behandling")
ACTIVE_PLAGUE_SEVERITY = 2  # 0–3; from 2 a plague counts as active


@dataclass(frozen=True, slots=True)
class PairSeries:
    """The assessments of one pair of parties, oldest first."""

    a_id: uuid.UUID
    b_id: uuid.UUID
    a_name: str
    b_name: str
    assessments: tuple[dto.RelationshipAssessment, ...]

    @property
    def latest(self) -> dto.RelationshipAssessment:
        return self.assessments[-1]

    @property
    def stage(self) -> LadderStep | None:
        r = self.latest
        return rules.ladder_stage(r.kendskab, r.respekt, r.tillid)

    @property
    def trend(self) -> rules.Trend | None:
        return rules.trend([float(r.kendskab + r.respekt + r.tillid) / 3
                            for r in self.assessments])

    @property
    def label(self) -> str:
        return f"{self.a_name} ↔ {self.b_name}"


@dataclass(frozen=True, slots=True)
class InitiativeSummary:
    initiative: dto.Initiative
    parties: tuple[dto.Party, ...]
    pairs: tuple[PairSeries, ...]
    active_plagues: tuple[dto.PlagueAssessment, ...]   # latest per plague, severity ≥ 2
    open_barriers: tuple[dto.BarrierAssessment, ...]    # latest per barrier, not solved
    overdue_actions: tuple[dto.Action, ...]
    due_soon: tuple[dto.Action, ...]                    # open, due within the next 7 days

    @property
    def stage(self) -> LadderStep | None:
        """The lowest stage over the pairs: a collaboration is as mature as its weakest
        relation."""
        if not self.pairs:
            return None
        order = [None, *LadderStep]
        return min((p.stage for p in self.pairs), key=order.index)

    @property
    def open_escalations(self) -> tuple[dto.BarrierAssessment, ...]:
        return tuple(b for b in self.open_barriers if b.escalation_level != "lokalt")


class Overview:
    def __init__(self, services: Services) -> None:
        self.svc = services

    def party_names(self) -> dict[uuid.UUID, str]:
        names = {o.id: o.name for o in self.svc.organisations.all(include_deleted=True)}
        names.update({p.id: p.name for p in self.svc.people.all(include_deleted=True)})
        return names

    def pairs(self, initiative_id: uuid.UUID | None,
              names: dict[uuid.UUID, str] | None = None) -> tuple[PairSeries, ...]:
        names = names if names is not None else self.party_names()
        out = []
        for (a, b), series in self.svc.relationships.by_pair(initiative_id).items():
            out.append(PairSeries(a, b, names.get(a, "?"), names.get(b, "?"), tuple(series)))
        return tuple(sorted(out, key=lambda p: p.label))

    def summary(self, initiative_id: uuid.UUID, today: date | None = None,
                names: dict[uuid.UUID, str] | None = None) -> InitiativeSummary:
        day = today or date.today()
        initiative = self.svc.initiatives.get(initiative_id)
        plagues = sorted((p for p in self.svc.plagues.latest(initiative_id).values()
                          if p.severity >= ACTIVE_PLAGUE_SEVERITY),
                         key=lambda p: (-p.severity, p.plague))
        barriers = sorted((b for b in self.svc.barriers.latest(initiative_id).values()
                           if b.status in OPEN_BARRIER_STATUSES),
                          key=lambda b: (-b.impact, b.barrier))
        actions = self.svc.actions.list(initiative_id=initiative_id, open_only=True)
        return InitiativeSummary(
            initiative=initiative,
            parties=tuple(self.svc.parties.list(initiative_id)),
            pairs=self.pairs(initiative_id, names),
            active_plagues=tuple(plagues),
            open_barriers=tuple(barriers),
            overdue_actions=tuple(a for a in actions if a.is_overdue(day)),
            due_soon=tuple(a for a in actions if a.due_date is not None
                           and day <= a.due_date <= day + timedelta(days=7)),
        )

    def summaries(self, today: date | None = None) -> list[InitiativeSummary]:
        names = self.party_names()
        return [self.summary(i.id, today, names) for i in self.svc.initiatives.all()]
