"""The fields each service's ``create`` and ``update`` take, as typed keyword signatures.

The services accept loose values (a date or its text, an id or its text, a catalogue code)
and validate them at run time; these TypedDicts let mypy catch a misspelt field name or a
value of the wrong kind at the call site::

    svc.people.create(name="Anne", organisaton_id=org.id)   # mypy: unexpected keyword

Every field is optional here (``total=False``): which ones a record needs is the service's
rule (``clean``), with a Danish message. A service of a new record type can add its own
TypedDict the same way; without one it keeps the untyped ``**fields`` of ``EntityService``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, time
from typing import TypedDict

Id = uuid.UUID | str | None
Day = date | str | None
Codes = Iterable[str] | str | None


class OrganisationFields(TypedDict, total=False):
    name: str
    sector: str | None
    parent_id: Id
    notes: str | None
    kind: str | None            # domain.reform.ORGANISATION_KINDS


class PersonFields(TypedDict, total=False):
    name: str
    title: str | None
    organisation_id: Id
    level: str | None
    phone: str | None
    email: str | None
    is_champion: bool
    active_from: Day
    active_to: Day
    notes: str | None
    role: str | None            # domain.reform.PERSON_ROLES


class InitiativeFields(TypedDict, total=False):
    name: str
    parent_id: Id
    purpose: str | None
    trigger: str | None
    status: str | None
    start_date: Day
    end_date: Day
    formalisation: Mapping[str, int | None] | None
    meaning: Mapping[str, int | None] | None
    cornerstones: Mapping[str, int | None] | None
    readiness: Mapping[str, bool] | None
    kind: str | None            # domain.reform.INITIATIVE_KINDS


class PartyFields(TypedDict, total=False):
    initiative_id: Id
    organisation_id: Id
    role: str | None


class MemberFields(TypedDict, total=False):
    initiative_id: Id
    person_id: Id
    role: str | None


class LogEntryFields(TypedDict, total=False):
    initiative_id: Id
    entry_date: Day
    type: str
    title: str
    body: str | None
    tags: Codes
    decision_status: str | None
    escalation_level: str | None
    escalated_to: str | None
    author: str | None
    participants: Iterable[uuid.UUID | str] | None
    plagues: Codes
    barriers: Codes


class ActionFields(TypedDict, total=False):
    initiative_id: Id
    title: str
    owner_id: Id
    due_date: Day
    status: str | None
    source_entry_id: Id
    done_on: Day
    notes: str | None


class RelationshipFields(TypedDict, total=False):
    initiative_id: Id
    org_a_id: Id
    org_b_id: Id
    person_a_id: Id
    person_b_id: Id
    assessed_on: Day
    kendskab: int | str
    respekt: int | str
    tillid: int | str
    note: str | None
    assessed_by: str | None


class PlagueFields(TypedDict, total=False):
    initiative_id: Id
    plague: str
    assessed_on: Day
    severity: int | str
    note: str | None
    mitigation: str | None
    owner_id: Id


class BarrierFields(TypedDict, total=False):
    initiative_id: Id
    barrier: str
    assessed_on: Day
    impact: int | str
    escalation_level: str | None
    ask: str | None
    ask_to: str | None
    status: str | None


class IndicatorFields(TypedDict, total=False):
    initiative_id: Id
    name: str
    unit: str | None
    direction: str | None
    baseline: float | int | str | None
    target: float | int | str | None
    description: str | None
    target_date: Day | None
    parties: Iterable[uuid.UUID | str] | None   # organisations it is broken down by


class MeasurementFields(TypedDict, total=False):
    indicator_id: Id
    measured_on: Day
    value: float | int | str
    source: str | None
    organisation_id: Id         # the party (one of the indicator's); None: everyone


# -- asks, forums and meetings (issues 15 and 16) -------------------------------------------
Time = time | str | None


class AskFields(TypedDict, total=False):
    initiative_id: Id
    title: str
    reason: str | None
    raised_on: Day
    raised_by: str | None
    level: str | None
    addressee_org_id: Id
    addressee_person_id: Id
    addressee: str | None
    addressee_forum_id: Id      # the forum asked (e.g. the sundhedsråd)
    due_date: Day
    status: str | None
    answer: str | None
    answered_on: Day
    answered_by: str | None
    closed_on: Day
    barrier: str | None
    plague: str | None
    barrier_assessment_id: Id
    entry_id: Id
    # the log entries and actions the ask concerns (the raising entry is always one)
    entry_ids: Iterable[uuid.UUID | str]
    action_ids: Iterable[uuid.UUID | str]


class ForumFields(TypedDict, total=False):
    name: str
    kind: str | None
    rhythm_weeks: int | str | None
    place: str | None
    description: str | None


class ForumInitiativeFields(TypedDict, total=False):
    forum_id: Id
    initiative_id: Id


class ForumMemberFields(TypedDict, total=False):
    forum_id: Id
    person_id: Id
    role: str | None


class MeetingFields(TypedDict, total=False):
    forum_id: Id
    title: str | None
    meeting_date: Day
    start_time: Time
    end_time: Time
    place: str | None
    status: str | None
    notes: str | None


class AttendeeFields(TypedDict, total=False):
    meeting_id: Id
    person_id: Id
    present: bool | None


class AgendaItemFields(TypedDict, total=False):
    meeting_id: Id
    position: int | str
    kind: str | None
    title: str
    purpose: str | None
    owner_id: Id
    minutes: int | str | None
    description: str | None
    notes: str | None


class ItemLinkFields(TypedDict, total=False):
    item_id: Id
    entity: str
    record_id: Id
    role: str | None


class ContactRhythmFields(TypedDict, total=False):
    person_id: Id
    interval_days: int | str | None


class ReadinessAnswerFields(TypedDict, total=False):
    initiative_id: Id
    reflection: str
    answer: str
    note: str | None
    answered_on: Day


class SelfReviewFields(TypedDict, total=False):
    person_id: Id
    topic: str
    reviewed_on: Day
    note: str
    shared: bool | None
