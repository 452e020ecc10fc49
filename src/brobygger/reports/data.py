"""Collect what a brief shows from the services, as plain frozen records.

Everything assessed over time (relationships, plagues, barriers, measurements) is taken *as
of the end of the period*: the newest assessment on or before that day. Actions have no
history and are shown as they stand today.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from brobygger.domain import indicators as ind_rules
from brobygger.domain import numbers, rules
from brobygger.domain.catalogue import LadderStep
from brobygger.services import LogFilter, dto
from brobygger.services.asks import AskFilter, open_asks, settled_in
from brobygger.services.overview import (
    ACTIVE_PLAGUE_SEVERITY,
    OPEN_BARRIER_STATUSES,
    PairSeries,
)
from brobygger.services.readiness import ReadinessSummary, readiness_summary

if TYPE_CHECKING:
    from brobygger.services import Services

TOP_LEVELS = ("topledelse", "politisk", "nationalt")
"""Escalation levels whose barriers and escalations the steering group must act on."""

DECISION_TYPES = ("beslutning", "aftale")


@dataclass(frozen=True, slots=True)
class IndicatorData:
    indicator: dto.Indicator
    measurements: tuple[dto.Measurement, ...]  # oldest first, up to the period's end
    today: date | None = None                  # the brief's date (None: the latest value's)
    stale_after_days: int = 183

    @property
    def decimals(self) -> int:
        """Places every value of this indicator is shown with ("16,0" beside "16,5")."""
        i = self.indicator
        return numbers.common_decimals([i.baseline, i.target,
                                        *(m.value for m in self.measurements)])

    @property
    def latest(self) -> dto.Measurement | None:
        return self.measurements[-1] if self.measurements else None

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target (0 = baseline, 1 = target reached)."""
        ind, latest = self.indicator, self.latest
        if latest is None or ind.baseline is None or ind.target is None:
            return None
        if ind.target == ind.baseline:
            return 1.0 if latest.value == ind.target else 0.0
        return (latest.value - ind.baseline) / (ind.target - ind.baseline)

    @property
    def reached(self) -> bool:
        ind, latest = self.indicator, self.latest
        if latest is None or ind.target is None:
            return False
        if ind.direction == "ned":
            return latest.value <= ind.target
        return latest.value >= ind.target

    def assessment(self, today: date | None = None) -> ind_rules.Assessment:
        """Status from direction and trend (:mod:`brobygger.domain.indicators`)."""
        day = today or (self.latest.measured_on if self.latest else date.today())
        i = self.indicator
        return ind_rules.assess(i.direction, i.baseline, i.target,
                                [(m.measured_on, m.value) for m in self.measurements], day,
                                self.stale_after_days)

    @property
    def status(self) -> str:
        a = self.assessment(self.today)
        if a.verdict is ind_rules.Verdict.PAA_VEJ and self.progress is not None:
            return f"{a.label('da', date_text)} ({round(self.progress * 100)} % af vejen)"
        return a.label("da", date_text)

    @property
    def on_track(self) -> bool:
        return self.assessment(self.today).verdict in (ind_rules.Verdict.NAAET,
                                                       ind_rules.Verdict.PAA_VEJ)


def date_text(day: date) -> str:
    from brobygger.reports.typography import date_da

    return date_da(day)


@dataclass(frozen=True, slots=True)
class PersonInfo:
    name: str
    title: str
    organisation: str
    level: str
    phone: str
    email: str
    is_champion: bool
    active_to: date | None = None   # left the collaboration on this day (if set)


@dataclass(frozen=True, slots=True)
class InitiativeData:
    """Everything one brief section set needs about one initiative."""

    initiative: dto.Initiative
    parent_name: str
    parties: tuple[dto.Party, ...]
    members: tuple[tuple[dto.Member, PersonInfo], ...]
    period_from: date | None
    period_to: date
    today: date
    entries: tuple[dto.LogEntry, ...]          # in the period, newest first
    org_pairs: tuple[PairSeries, ...]
    person_pairs: tuple[PairSeries, ...]
    active_plagues: tuple[dto.PlagueAssessment, ...]
    open_barriers: tuple[dto.BarrierAssessment, ...]
    indicators: tuple[IndicatorData, ...]
    overdue_actions: tuple[dto.Action, ...]
    upcoming_actions: tuple[dto.Action, ...]
    person_names: dict[uuid.UUID, str]
    total_entries: int = 0                     # in the whole log, regardless of the period
    asks: tuple[dto.Ask, ...] = ()             # every ask of the initiative
    stale_cutoff: date | None = None           # assessments before it: "ikke vurderet siden"
    stale_plagues: tuple[dto.PlagueAssessment, ...] = ()
    stale_barriers: tuple[dto.BarrierAssessment, ...] = ()
    readiness: ReadinessSummary | None = None
    solved_locally: int = 0                    # in the period: entries and asks solved locally
    escalated: int = 0                         # in the period: asks raised
    recipient: str = ""                        # who the brief is for (asks to them first)
    # members' self-reviews they chose to share (person id -> newest per topic)
    shared_reviews: dict[uuid.UUID, tuple[dto.SelfReview, ...]] | None = None
    org_names: dict[uuid.UUID, str] | None = None

    @property
    def open_asks(self) -> tuple[dto.Ask, ...]:
        """THE open asks (services.asks), oldest first: counted like the Overblik."""
        return tuple(open_asks(self.asks))

    @property
    def settled_asks(self) -> tuple[dto.Ask, ...]:
        """Asks answered or closed in the period, newest first."""
        start = self.period_from or date.min
        return tuple(sorted(settled_in(self.asks, start, self.period_to),
                            key=lambda a: a.settled_on or date.min, reverse=True))

    @property
    def decisions(self) -> tuple[dto.LogEntry, ...]:
        """Decisions and agreements in the period, newest first."""
        return tuple(e for e in self.entries if e.type in DECISION_TYPES)

    @property
    def escalations(self) -> tuple[dto.LogEntry, ...]:
        """Escalations in the period to top management, politicians or the national level."""
        return tuple(e for e in self.entries
                     if e.type == "eskalering" and e.escalation_level in TOP_LEVELS)

    @property
    def top_barriers(self) -> tuple[dto.BarrierAssessment, ...]:
        """Open barriers that only top management or the political/national level can move."""
        return tuple(b for b in self.open_barriers if b.escalation_level in TOP_LEVELS)

    @property
    def stage(self) -> LadderStep | None:
        """The weakest organisation pair's stage (a collaboration is as mature as its
        weakest relation)."""
        if not self.org_pairs:
            return None
        order = [None, *LadderStep]
        return min((p.stage for p in self.org_pairs), key=order.index)

    @property
    def trend(self) -> rules.Trend | None:
        """Rising when any pair rises and none falls; falling when any falls."""
        trends = [p.trend for p in self.org_pairs if p.trend is not None]
        if not trends:
            return None
        if rules.Trend.NED in trends:
            return rules.Trend.NED
        if rules.Trend.OP in trends:
            return rules.Trend.OP
        return rules.Trend.STABIL

    @property
    def is_empty(self) -> bool:
        """Nothing recorded at all (not just nothing in the period)."""
        return not (self.total_entries or self.entries or self.org_pairs or self.person_pairs
                    or self.active_plagues or self.open_barriers or self.indicators
                    or self.overdue_actions or self.upcoming_actions or self.asks
                    or self.stale_plagues or self.stale_barriers)


A = TypeVar("A", dto.PlagueAssessment, dto.BarrierAssessment)


def _latest_as_of(items: Sequence[A], key: str, until: date) -> dict[str, A]:
    """The newest assessment per ``key`` (plague or barrier code) on or before ``until``."""
    out: dict[str, A] = {}
    for a in sorted(items, key=lambda a: (a.assessed_on, a.created_at)):
        if a.assessed_on <= until:
            out[str(getattr(a, key))] = a
    return out


class Names:
    """Names of organisations and people, and people's details, loaded once per brief."""

    def __init__(self, svc: Services) -> None:
        orgs = svc.organisations.all(include_deleted=True)
        people = svc.people.all(include_deleted=True)
        self.org_names = {o.id: o.name for o in orgs}
        self.people = {p.id: p for p in people}
        self.all = dict(self.org_names)
        self.all.update({p.id: p.name for p in people})

    def person(self, person_id: uuid.UUID) -> PersonInfo:
        p = self.people[person_id]
        return PersonInfo(p.name, p.title, self.org_names.get(p.organisation_id, "")
                          if p.organisation_id else "", p.level, p.phone, p.email,
                          p.is_champion, p.active_to)


def collect(svc: Services, initiative_id: uuid.UUID, *, date_from: date | None,
            date_to: date | None, today: date, names: Names | None = None,
            all_entries: bool = False, recipient: str = "") -> InitiativeData:
    """Gather one initiative's data for the period ``date_from``–``date_to`` (``None``: from
    the start / until today). With ``all_entries`` the whole log is loaded regardless of the
    period (the handover brief's timeline)."""
    names = names or Names(svc)
    initiative = svc.initiatives.get(initiative_id)
    until = date_to or today
    parent_name = ""
    if initiative.parent_id is not None:
        try:
            parent_name = svc.initiatives.get(initiative.parent_id, include_deleted=True).name
        except Exception:  # a vanished parent is not worth failing a brief for
            parent_name = ""
    parties = tuple(sorted(svc.parties.list(initiative_id),
                           key=lambda p: p.organisation_name.casefold()))
    role_order = ["leder", "sponsor", "projektleder", "styregruppe", "medlem"]
    members = tuple(sorted(
        ((m, names.person(m.person_id)) for m in svc.members.list(initiative_id=initiative_id)
         if m.person_id in names.people),
        key=lambda mp: (role_order.index(mp[0].role) if mp[0].role in role_order else 99,
                        mp[1].name.casefold())))
    flt = LogFilter(initiative_id=initiative_id,
                    date_from=None if all_entries else date_from,
                    date_to=None if all_entries else date_to)
    entries = tuple(svc.log.list(flt))
    total_entries = (len(entries) if all_entries or (date_from is None and date_to is None)
                     else svc.log.count(LogFilter(initiative_id=initiative_id)))

    org_pairs: list[PairSeries] = []
    person_pairs: list[PairSeries] = []
    for (a, b), series in svc.relationships.by_pair(initiative_id).items():
        kept = tuple(r for r in series if r.assessed_on <= until)
        if not kept:
            continue
        pair = PairSeries(a, b, names.all.get(a, "?"), names.all.get(b, "?"), kept)
        (org_pairs if kept[-1].org_a_id is not None else person_pairs).append(pair)
    org_pairs.sort(key=lambda p: p.label.casefold())
    person_pairs.sort(key=lambda p: p.label.casefold())

    cutoff = svc.brief_settings.stale_cutoff(today)
    plagues = [p for p in _latest_as_of(svc.plagues.list(initiative_id), "plague",
                                        until).values()
               if p.severity >= ACTIVE_PLAGUE_SEVERITY]
    plagues.sort(key=lambda p: (-p.severity, p.plague))
    barriers = [b for b in _latest_as_of(svc.barriers.list(initiative_id), "barrier",
                                         until).values()
                if b.status in OPEN_BARRIER_STATUSES]
    barriers.sort(key=lambda b: (-b.impact, b.barrier))
    stale_plagues = tuple(p for p in plagues if p.assessed_on < cutoff)
    stale_barriers = tuple(b for b in barriers if b.assessed_on < cutoff)
    plagues = [p for p in plagues if p.assessed_on >= cutoff]
    barriers = [b for b in barriers if b.assessed_on >= cutoff]
    asks = tuple(svc.asks.list(AskFilter(initiative_id=initiative_id)))
    start = date_from or date.min
    solved_locally = sum(1 for e in entries if e.type == "loest_lokalt"
                         and start <= e.entry_date <= until) + sum(
        1 for a in asks if a.status == "loest_lokalt" and a.settled_on is not None
        and start <= a.settled_on <= until)
    escalated = sum(1 for a in asks if start <= a.raised_on <= until
                    and a.status != "loest_lokalt")

    indicators = []
    for ind in svc.indicators.list(initiative_id):
        ms = tuple(m for m in svc.measurements.list(ind.id) if m.measured_on <= until)
        indicators.append(IndicatorData(ind, ms, today, (today - cutoff).days))

    open_actions = svc.actions.list(initiative_id=initiative_id, open_only=True)
    overdue = tuple(a for a in open_actions if a.is_overdue(today))
    upcoming = tuple(sorted((a for a in open_actions if not a.is_overdue(today)),
                            key=lambda a: (a.due_date is None, a.due_date or today,
                                           a.title.casefold())))
    person_names = {pid: p.name for pid, p in names.people.items()}
    return InitiativeData(
        initiative=initiative, parent_name=parent_name, parties=parties, members=members,
        period_from=date_from, period_to=until, today=today, entries=entries,
        org_pairs=tuple(org_pairs), person_pairs=tuple(person_pairs),
        active_plagues=tuple(plagues), open_barriers=tuple(barriers),
        indicators=tuple(indicators), overdue_actions=overdue, upcoming_actions=upcoming,
        person_names=person_names, total_entries=total_entries, asks=asks,
        stale_cutoff=cutoff, stale_plagues=stale_plagues, stale_barriers=stale_barriers,
        readiness=readiness_summary(svc.readiness.checklist(initiative_id), today),
        solved_locally=solved_locally, escalated=escalated, recipient=recipient,
        org_names=dict(names.org_names),
        shared_reviews={m.person_id: tuple(svc.self_reviews.latest(
            m.person_id, shared_only=True).values()) for m, _info in members})


def group_by_year(entries: Sequence[dto.LogEntry]) -> dict[int, list[dto.LogEntry]]:
    out: dict[int, list[dto.LogEntry]] = defaultdict(list)
    for e in entries:
        out[e.entry_date.year].append(e)
    return dict(out)
