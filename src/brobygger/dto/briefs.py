"""What a brief shows about one initiative, as plain frozen records: the services gather it
(:mod:`brobygger.services.briefs`), the reports lay it out (:mod:`brobygger.reports`).

Everything assessed over time (relationships, plagues, barriers, measurements) is taken *as
of the end of the period*: the newest assessment on or before that day. Actions have no
history and are shown as they stand today.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from brobygger import dto
from brobygger.domain import indicators as ind_rules
from brobygger.domain import numbers, rules
from brobygger.domain.catalogue import ENTRY_TYPES, ESCALATION_LEVELS, LadderStep, Rule
from brobygger.dto import PairSeries, ReadinessSummary

TOP_LEVELS = ESCALATION_LEVELS.having(Rule.TOP)
"""Escalation levels whose barriers and escalations the steering group must act on."""

DECISION_TYPES = ENTRY_TYPES.having(Rule.DECISION)


@dataclass(frozen=True, slots=True)
class IndicatorData:
    indicator: dto.Indicator
    measurements: tuple[dto.Measurement, ...]  # oldest first, up to the period's end
    today: date | None = None                  # the brief's date (None: the latest value's)
    stale_after_days: int = 183
    # broken down by party (services.indicator_parties): each party's series, with the
    # same status rules; ``measurements`` above are then the whole population's
    parts: tuple[IndicatorData, ...] = ()
    party: str = ""                            # the party's name (a part of an indicator)

    @property
    def series_points(self) -> list[tuple[str, list[tuple[date, float]]]]:
        """(label, points) of every series to draw: the overall one ("I alt" beside the
        parties, "Målt" alone) and each party's – one chart shows them side by side."""
        own = [(m.measured_on, m.value) for m in self.measurements]
        if not self.parts:
            return [("Målt", own)]
        out = [("I alt", own)] if own else []
        return out + [(p.party, [(m.measured_on, m.value) for m in p.measurements])
                      for p in self.parts]

    @property
    def decimals(self) -> int:
        """Places every value of this indicator is shown with ("16,0" beside "16,5")."""
        i = self.indicator
        return numbers.common_decimals([i.baseline, i.target,
                                        *(m.value for m in self.measurements),
                                        *(m.value for p in self.parts for m in p.measurements)])

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
    return rules.format_date_da(day)


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
class AskLinkItem:
    """A log entry (``kind`` "log_entry", ``day`` its date) or an action (``kind``
    "action", ``day`` its due date, ``status`` its code, ``owner`` a name) an ask
    concerns."""

    kind: str
    title: str
    day: date | None = None
    status: str = ""
    owner: str = ""


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
    agreements_line: str = ""                  # "Aftaler: i kraft, til revision, …" (17)
    ask_links: dict[uuid.UUID, tuple[AskLinkItem, ...]] | None = None  # per open ask
    forum_names: dict[uuid.UUID, str] | None = None  # forums asks are addressed to

    @property
    def open_asks(self) -> tuple[dto.Ask, ...]:
        """THE open asks (services.asks), oldest first: counted like the Overblik."""
        return tuple(sorted((a for a in self.asks if a.is_open and not a.is_deleted),
                            key=lambda a: a.raised_on))

    @property
    def settled_asks(self) -> tuple[dto.Ask, ...]:
        """Asks answered or closed in the period, newest first."""
        start = self.period_from or date.min
        settled = (a for a in self.asks if not a.is_open and a.settled_on is not None
                   and start <= a.settled_on <= self.period_to)
        return tuple(sorted(settled, key=lambda a: a.settled_on or date.min, reverse=True))

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
