"""Plain, frozen records the services hand out – never live ORM objects. The services build
them; the UI, the CLI and the reports read them (:mod:`brobygger.dto.briefs` holds what a
brief shows). This package imports only :mod:`brobygger.domain`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from brobygger.domain import rules
from brobygger.domain.catalogue import ACTION_STATUSES, ASK_LEVELS, LadderStep, Rule
from brobygger.domain.i18n import language

__all__ = ["Action", "Ask", "AuditEvent", "BarrierAssessment", "CprFinding", "Indicator",
           "Initiative", "InitiativeName", "LogEntry", "Measurement", "Member",
           "Organisation", "PairSeries",
           "Party", "Person", "PlagueAssessment", "ReadinessAnswer", "ReadinessSummary",
           "RecordDTO", "RelationshipAssessment", "SelfReview"]


@dataclass(frozen=True, slots=True)
class RecordDTO:
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    version: int

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class Organisation(RecordDTO):
    name: str
    sector: str
    parent_id: uuid.UUID | None
    notes: str
    kind: str = "organisation"   # domain.reform.ORGANISATION_KINDS


@dataclass(frozen=True, slots=True)
class Person(RecordDTO):
    name: str
    title: str
    organisation_id: uuid.UUID | None
    level: str
    phone: str
    email: str
    is_champion: bool
    active_from: date | None
    active_to: date | None
    notes: str
    role: str | None = None      # domain.reform.PERSON_ROLES


@dataclass(frozen=True, slots=True)
class Initiative(RecordDTO):
    name: str
    parent_id: uuid.UUID | None
    purpose: str
    trigger: str
    status: str
    start_date: date | None
    end_date: date | None
    formalisation: dict[str, int]
    meaning: dict[str, int]
    cornerstones: dict[str, int]
    readiness: dict[str, bool]
    kind: str | None = None      # domain.reform.INITIATIVE_KINDS (None: not stated)


@dataclass(frozen=True, slots=True)
class InitiativeName:
    """An initiative's id and name – what a filter list or a name column needs (5,000
    initiatives at scale 10: ~10 ms instead of ~150 ms for whole records)."""
    id: uuid.UUID
    name: str
    deleted_at: datetime | None


@dataclass(frozen=True, slots=True)
class Party(RecordDTO):
    initiative_id: uuid.UUID
    organisation_id: uuid.UUID
    role: str
    organisation_name: str
    sector: str


@dataclass(frozen=True, slots=True)
class Member(RecordDTO):
    initiative_id: uuid.UUID
    person_id: uuid.UUID
    role: str
    person_name: str
    person_title: str


@dataclass(frozen=True, slots=True)
class LogEntry(RecordDTO):
    initiative_id: uuid.UUID | None
    entry_date: date
    type: str
    title: str
    body: str
    tags: tuple[str, ...]
    decision_status: str | None
    escalation_level: str | None
    escalated_to: str
    author: str
    participants: tuple[uuid.UUID, ...]
    plagues: tuple[str, ...]
    barriers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Action(RecordDTO):
    initiative_id: uuid.UUID | None
    title: str
    owner_id: uuid.UUID | None
    due_date: date | None
    status: str
    source_entry_id: uuid.UUID | None
    done_on: date | None
    notes: str

    def is_open(self) -> bool:
        return ACTION_STATUSES.has(self.status, Rule.OPEN)

    def is_overdue(self, today: date) -> bool:
        return self.is_open() and self.due_date is not None and self.due_date < today


@dataclass(frozen=True, slots=True)
class RelationshipAssessment(RecordDTO):
    initiative_id: uuid.UUID | None
    org_a_id: uuid.UUID | None
    org_b_id: uuid.UUID | None
    person_a_id: uuid.UUID | None
    person_b_id: uuid.UUID | None
    assessed_on: date
    kendskab: int
    respekt: int
    tillid: int
    note: str
    assessed_by: str

    @property
    def pair(self) -> tuple[uuid.UUID, uuid.UUID]:
        """The two parties in a canonical order (so A↔B and B↔A are the same pair)."""
        a = self.org_a_id or self.person_a_id
        b = self.org_b_id or self.person_b_id
        assert a is not None and b is not None
        return (a, b) if str(a) <= str(b) else (b, a)


@dataclass(frozen=True, slots=True)
class PlagueAssessment(RecordDTO):
    initiative_id: uuid.UUID
    plague: str
    assessed_on: date
    severity: int
    note: str
    mitigation: str
    owner_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class BarrierAssessment(RecordDTO):
    initiative_id: uuid.UUID
    barrier: str
    assessed_on: date
    impact: int
    escalation_level: str
    ask: str
    ask_to: str
    status: str


@dataclass(frozen=True, slots=True)
class Indicator(RecordDTO):
    initiative_id: uuid.UUID
    name: str
    unit: str
    direction: str
    baseline: float | None
    target: float | None
    description: str
    target_date: date | None
    # broken down by party: the organisations it is measured for, in order (none: one
    # population series only)
    parties: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class Measurement(RecordDTO):
    indicator_id: uuid.UUID
    measured_on: date
    value: float
    source: str
    organisation_id: uuid.UUID | None = None  # the party; None: the whole population


@dataclass(frozen=True, slots=True)
class Ask(RecordDTO):
    initiative_id: uuid.UUID
    title: str
    reason: str
    raised_on: date
    raised_by: str
    level: str
    addressee_org_id: uuid.UUID | None
    addressee_person_id: uuid.UUID | None
    addressee: str
    due_date: date | None
    status: str
    answer: str
    answered_on: date | None
    answered_by: str
    closed_on: date | None
    barrier: str | None
    plague: str | None
    barrier_assessment_id: uuid.UUID | None
    entry_id: uuid.UUID | None  # the escalation entry that raised the ask, if any
    # every log entry (the raising one included) and action the ask concerns (ask_link)
    entry_ids: tuple[uuid.UUID, ...] = ()
    action_ids: tuple[uuid.UUID, ...] = ()
    addressee_forum_id: uuid.UUID | None = None  # the forum asked (e.g. the sundhedsråd)

    def addressee_text(self, orgs: Mapping[uuid.UUID, str] | None = None,
                       forums: Mapping[uuid.UUID, str] | None = None,
                       people: Mapping[uuid.UUID, str] | None = None) -> str:
        """Whom the ask is addressed to, in words – THE definition every view, brief and
        agenda uses: the free text, else the forum, the organisation or the person asked,
        else the level."""
        if self.addressee:
            return self.addressee
        for key, names in ((self.addressee_forum_id, forums), (self.addressee_org_id, orgs),
                           (self.addressee_person_id, people)):
            if key is not None and names and names.get(key):
                return names[key]
        return (ASK_LEVELS.label(self.level, language()) if self.level in ASK_LEVELS
                else self.level)

    @property
    def is_open(self) -> bool:
        """Awaiting an answer: THE definition of an open ask (see services.asks)."""
        return self.status == "aaben"

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < today

    @property
    def settled_on(self) -> date | None:
        """When the ask was answered or closed (the later of the two), if known."""
        days = [d for d in (self.answered_on, self.closed_on) if d is not None]
        return max(days) if days else None


@dataclass(frozen=True, slots=True)
class ReadinessAnswer(RecordDTO):
    initiative_id: uuid.UUID
    reflection: str
    answer: str
    note: str
    answered_on: date


@dataclass(frozen=True, slots=True)
class SelfReview(RecordDTO):
    person_id: uuid.UUID
    topic: str
    reviewed_on: date
    note: str
    shared: bool


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One change of one record. ``entity`` is the table name, ``action`` one of create,
    update, delete, restore, anonymise; ``changes`` maps a field to ``(old, new)`` as JSON
    values (ISO dates, ids as strings, CPR-like numbers masked)."""

    id: uuid.UUID
    at: datetime
    user: str
    entity: str
    record_id: uuid.UUID
    action: str
    changes: dict[str, tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class CprFinding:
    """A CPR-like number found in stored data. ``masked`` is safe to show (e.g.
    ``010190-****``); the full number is never handed out."""

    entity: str
    record_id: uuid.UUID
    field: str
    masked: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class PairSeries:
    """The assessments of one pair of parties, oldest first."""

    a_id: uuid.UUID
    b_id: uuid.UUID
    a_name: str
    b_name: str
    assessments: tuple[RelationshipAssessment, ...]

    @property
    def latest(self) -> RelationshipAssessment:
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
class ReadinessSummary:
    answers: dict[str, ReadinessAnswer]
    reviewed: int               # answered within the last year
    last_reviewed: date | None
    stale: tuple[str, ...]      # reflections unanswered for more than a year (or never)
