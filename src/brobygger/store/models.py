"""SQLModel tables: the persistent data model (DESIGN.md §4).

Conventions: UUID primary keys (exchange and shared mode merge by id), ``created_at`` /
``updated_at`` in UTC, ``deleted_at`` for soft delete (the trash), ``version`` for
optimistic locking. Enumerated values are stored as the stable codes of
:mod:`brobygger.domain.catalogue`. Validation lives in the services, not here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    BARRIER_STATUSES,
    DIRECTIONS,
    ESCALATION_LEVELS,
    INITIATIVE_STATUSES,
    LEVELS,
    MEMBER_ROLES,
    ORGANISATION_KINDS,
)
from brobygger.store.metadata import metadata as _metadata  # noqa: F401  (naming convention first)
from brobygger.store.types import UTCDateTime

# No table model is ever validated by pydantic (validation lives in the services): their
# pydantic schemas are built only if something asks for one. Issue 21: ~15 % of building
# the ~40 classes, which every command and start pays.
SQLModel.model_config["defer_build"] = True


def utcnow() -> datetime:
    return datetime.now(UTC)


def _ts() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime)


class Record(SQLModel):
    """Columns every user-visible record carries."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = Field(default=1)


class WorkspaceMeta(SQLModel, table=True):
    __tablename__ = "workspace_meta"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", sa_column=Column(Text, nullable=False))


class Organisation(Record, table=True):
    __tablename__ = "organisation"

    name: str = Field(max_length=300, index=True)
    sector: str = Field(max_length=32)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # sundhedsråd, sundhedsklynge, KAP-enhed, … (domain.reform; migration 0010)
    kind: str = Field(default=ORGANISATION_KINDS.default, max_length=32)


class Person(Record, table=True):
    __tablename__ = "person"

    name: str = Field(max_length=300, index=True)
    title: str = Field(default="", max_length=300)
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", index=True
    )
    level: str = Field(default=LEVELS.default, max_length=32)
    phone: str = Field(default="", max_length=64)
    email: str = Field(default="", max_length=300)
    is_champion: bool = Field(default=False)
    active_from: date | None = None
    active_to: date | None = None
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # a function across sectors, e.g. almen medicinsk overlæge (domain.reform; 0010)
    role: str | None = Field(default=None, max_length=32)


class Initiative(Record, table=True):
    __tablename__ = "initiative"

    name: str = Field(max_length=300, index=True)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="initiative.id")
    purpose: str = Field(default="", sa_column=Column(Text, nullable=False))
    trigger: str = Field(default="", sa_column=Column(Text, nullable=False))
    status: str = Field(default=INITIATIVE_STATUSES.default, max_length=32)
    start_date: date | None = None
    end_date: date | None = None
    # {dimension code: 1..5}, {rationale code: 0..3}, {cornerstone code: 0..3},
    # {reflection code: bool}
    formalisation: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    meaning: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    cornerstones: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    readiness: dict[str, bool] = Field(default_factory=dict, sa_type=JSON)
    # klyngeprojekt, opgaveoverdragelse, … (domain.reform; None: not stated; 0010)
    kind: str | None = Field(default=None, max_length=32)


class InitiativeParty(Record, table=True):
    __tablename__ = "initiative_party"

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    role: str = Field(default="", max_length=300)


class InitiativeMember(Record, table=True):
    __tablename__ = "initiative_member"

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    role: str = Field(default=MEMBER_ROLES.default, max_length=32)


class LogEntry(Record, table=True):
    __tablename__ = "log_entry"
    # The log is listed newest first (entry_date, created_at): these covering indexes give
    # the ids in that order from the index alone, for all entries and per initiative
    # (migration 0004). updated_at is indexed (once for the change poll, now for sorting).
    __table_args__ = (
        Index("ix_log_entry_live_order", "deleted_at", "entry_date", "created_at", "id"),
        Index("ix_log_entry_initiative_order", "initiative_id", "deleted_at", "entry_date",
              "created_at", "id"),
        Index("ix_log_entry_updated_at", "updated_at"),
        # a type filter counted and paged from the index alone (migration 0011)
        Index("ix_log_entry_type_order", "type", "deleted_at", "entry_date", "created_at",
              "id"),
        Index("ix_log_entry_deleted_at", "deleted_at"),  # the live count (0013)
    )

    initiative_id: uuid.UUID | None = Field(default=None, foreign_key="initiative.id")
    entry_date: date = Field(index=True)
    type: str = Field(max_length=32, index=True)
    title: str = Field(max_length=300)
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    # Tags as one comma-separated string: indexed as-is by the full-text search.
    tags: str = Field(default="", sa_column=Column(Text, nullable=False))
    decision_status: str | None = Field(default=None, max_length=32)
    escalation_level: str | None = Field(default=None, max_length=32)
    escalated_to: str = Field(default="", max_length=300)
    author: str = Field(default="", max_length=300)


class LogEntryPerson(SQLModel, table=True):
    __tablename__ = "log_entry_person"

    entry_id: uuid.UUID = Field(foreign_key="log_entry.id", primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, index=True)


class LogEntryPlague(SQLModel, table=True):
    __tablename__ = "log_entry_plague"

    entry_id: uuid.UUID = Field(foreign_key="log_entry.id", primary_key=True)
    plague: str = Field(max_length=64, primary_key=True, index=True)


class LogEntryBarrier(SQLModel, table=True):
    __tablename__ = "log_entry_barrier"

    entry_id: uuid.UUID = Field(foreign_key="log_entry.id", primary_key=True)
    barrier: str = Field(max_length=64, primary_key=True, index=True)


class Action(Record, table=True):
    __tablename__ = "action"
    __table_args__ = (Index("ix_action_updated_at", "updated_at"),)

    initiative_id: uuid.UUID | None = Field(
        default=None, foreign_key="initiative.id", index=True
    )
    title: str = Field(max_length=300)
    owner_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    due_date: date | None = Field(default=None, index=True)
    status: str = Field(default=ACTION_STATUSES.default, max_length=32)
    source_entry_id: uuid.UUID | None = Field(default=None, foreign_key="log_entry.id")
    done_on: date | None = None
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))


class RelationshipAssessment(Record, table=True):
    """Three ladder scores between two parties: organisation↔organisation or person↔person."""

    __tablename__ = "relationship_assessment"
    __table_args__ = (Index("ix_relationship_assessment_updated_at", "updated_at"),)

    initiative_id: uuid.UUID | None = Field(
        default=None, foreign_key="initiative.id", index=True
    )
    org_a_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id", index=True)
    org_b_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id", index=True)
    person_a_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    person_b_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    assessed_on: date = Field(index=True)
    kendskab: int
    respekt: int
    tillid: int
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    assessed_by: str = Field(default="", max_length=300)


class PlagueAssessment(Record, table=True):
    __tablename__ = "plague_assessment"

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    plague: str = Field(max_length=64)
    assessed_on: date
    severity: int
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    mitigation: str = Field(default="", sa_column=Column(Text, nullable=False))
    owner_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")


class BarrierAssessment(Record, table=True):
    __tablename__ = "barrier_assessment"

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    barrier: str = Field(max_length=64)
    assessed_on: date
    impact: int
    escalation_level: str = Field(default=ESCALATION_LEVELS.default, max_length=32)
    ask: str = Field(default="", sa_column=Column(Text, nullable=False))
    ask_to: str = Field(default="", max_length=300)
    status: str = Field(default=BARRIER_STATUSES.default, max_length=32)


class Indicator(Record, table=True):
    __tablename__ = "indicator"

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    name: str = Field(max_length=300)
    unit: str = Field(default="", max_length=64)
    direction: str = Field(default=DIRECTIONS.default, max_length=8)
    baseline: float | None = None
    target: float | None = None
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    target_date: date | None = None


class Measurement(Record, table=True):
    __tablename__ = "measurement"
    __table_args__ = (Index("ix_measurement_updated_at", "updated_at"),)

    indicator_id: uuid.UUID = Field(foreign_key="indicator.id", index=True)
    measured_on: date
    value: float
    source: str = Field(default="", max_length=300)
    # the party this value is for (an indicator broken down by party); None: the whole
    # population the indicator covers (migration 0010)
    organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id",
                                              index=True)


class AuditEvent(SQLModel, table=True):
    """One change to one record: who, when, what (field-level old → new). Written in the
    same transaction as the change itself. ``changes`` maps a field to ``[old, new]``
    (JSON values: dates and times ISO, ids as strings); CPR-like numbers in it are masked.
    ``action`` is create, update, delete, restore or anonymise."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_record_at", "record_id", "at"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    user: str = Field(default="", max_length=300)
    entity: str = Field(max_length=64)
    record_id: uuid.UUID
    action: str = Field(max_length=16)
    changes: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class ExchangeState(SQLModel, table=True):
    """What this workspace last exchanged of one record with a counterpart (exchange
    bundles, :mod:`brobygger.exchange`): the content hashes it has sent or accepted, newest
    first (``known_hashes``, capped). An import uses them to tell a record changed only on
    the other side (updated) from one changed on both sides (a conflict)."""

    __tablename__ = "exchange_state"

    record_id: uuid.UUID = Field(primary_key=True)
    entity: str = Field(max_length=64)
    last_hash: str = Field(max_length=64)
    known_hashes: list[str] = Field(default_factory=list, sa_type=JSON)
    exchanged_at: datetime = _ts()


class Ask(Record, table=True):
    """An ask (anmodning/eskalering) with a life cycle: what is asked of whom, and what came
    of it. A barrier's concrete ask is an ask (``barrier_assessment_id``); an escalation
    entry in the log raises or updates one (``entry_id``, the entry that raised it)."""

    __tablename__ = "ask"
    __table_args__ = (Index("ix_ask_updated_at", "updated_at"),)

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    title: str = Field(max_length=300)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    raised_on: date = Field(index=True)
    raised_by: str = Field(default="", max_length=300)
    level: str = Field(default="topledelse", max_length=32)
    addressee_org_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id",
                                               index=True)
    addressee_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    addressee: str = Field(default="", max_length=300)
    due_date: date | None = None
    status: str = Field(default="aaben", max_length=32, index=True)
    answer: str = Field(default="", sa_column=Column(Text, nullable=False))
    answered_on: date | None = None
    answered_by: str = Field(default="", max_length=300)
    closed_on: date | None = None
    barrier: str | None = Field(default=None, max_length=64)
    plague: str | None = Field(default=None, max_length=64)
    barrier_assessment_id: uuid.UUID | None = Field(
        default=None, foreign_key="barrier_assessment.id", index=True)
    entry_id: uuid.UUID | None = Field(default=None, foreign_key="log_entry.id", index=True)
    # the forum asked, e.g. the sundhedsråd or a steering group (migration 0010)
    addressee_forum_id: uuid.UUID | None = Field(default=None, foreign_key="forum.id",
                                                 index=True)


class AskLink(Record, table=True):
    """A log entry or an action an ask concerns – exactly one of the two; an ask has any
    number. The entry that raised the ask (``Ask.entry_id``) is always one of them.
    Unlinking moves the link to the trash. The id is ``uuid5`` of (ask, kind, record)
    (:func:`brobygger.services.ask_links.link_id`), so two laptops linking the same record
    agree (migration 0009_ask_links)."""

    __tablename__ = "ask_link"

    ask_id: uuid.UUID = Field(foreign_key="ask.id", index=True)
    entry_id: uuid.UUID | None = Field(default=None, foreign_key="log_entry.id", index=True)
    action_id: uuid.UUID | None = Field(default=None, foreign_key="action.id", index=True)


class ReadinessAnswer(Record, table=True):
    """One of the eight reflections for top management, answered for an initiative."""

    __tablename__ = "readiness_answer"

    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)
    reflection: str = Field(max_length=64)
    answer: str = Field(default="ja", max_length=32)
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    answered_on: date


class SelfReview(Record, table=True):
    """A leader's own dated note on one of the three chief tasks or three competencies.
    Private: never in a bundle, and in a brief only when ``shared``."""

    __tablename__ = "self_review"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    topic: str = Field(max_length=64)
    reviewed_on: date
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    shared: bool = Field(default=False)
# -- forums and meetings (issue 16) ----------------------------------------------------------
class Forum(Record, table=True):
    """A body the collaboration runs on: steering group, operations meeting, working group,
    health council, … ``rhythm_weeks``: how often it meets (None: no fixed rhythm)."""

    __tablename__ = "forum"

    name: str = Field(max_length=300, index=True)
    kind: str = Field(default="styregruppe", max_length=32)
    rhythm_weeks: int | None = None
    place: str = Field(default="", max_length=300)
    description: str = Field(default="", sa_column=Column(Text, nullable=False))


class ForumInitiative(Record, table=True):
    """A forum belongs to one or more initiatives."""

    __tablename__ = "forum_initiative"

    forum_id: uuid.UUID = Field(foreign_key="forum.id", index=True)
    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)


class ForumMember(Record, table=True):
    __tablename__ = "forum_member"

    forum_id: uuid.UUID = Field(foreign_key="forum.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    role: str = Field(default="", max_length=300)


class Meeting(Record, table=True):
    """One meeting of a forum. Times are local (Europe/Copenhagen) wall-clock times."""

    __tablename__ = "meeting"

    forum_id: uuid.UUID = Field(foreign_key="forum.id", index=True)
    title: str = Field(default="", max_length=300)
    meeting_date: date = Field(index=True)
    start_time: time | None = None
    end_time: time | None = None
    place: str = Field(default="", max_length=300)
    status: str = Field(default="planlagt", max_length=32)
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))


class MeetingAttendee(Record, table=True):
    """A person invited to a meeting; ``present`` is recorded with the minutes."""

    __tablename__ = "meeting_attendee"

    meeting_id: uuid.UUID = Field(foreign_key="meeting.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    present: bool | None = None


class AgendaItem(Record, table=True):
    """One item of a meeting's agenda, with its minutes (``notes``)."""

    __tablename__ = "agenda_item"

    meeting_id: uuid.UUID = Field(foreign_key="meeting.id", index=True)
    position: int = Field(default=0)
    kind: str = Field(default="andet", max_length=32)
    title: str = Field(max_length=300)
    purpose: str = Field(default="orientering", max_length=32)
    owner_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    minutes: int = Field(default=10)
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))


class AgendaItemLink(Record, table=True):
    """A record an agenda item is about (role ``kilde``) or that was created from it in the
    minutes (role ``oprettet``). ``entity`` is the record's table name."""

    __tablename__ = "agenda_item_link"

    item_id: uuid.UUID = Field(foreign_key="agenda_item.id", index=True)
    entity: str = Field(max_length=64)
    record_id: uuid.UUID = Field(index=True)
    role: str = Field(default="kilde", max_length=16)


class ContactRhythm(Record, table=True):
    """'Hold kontakten': how often the user wants to be in touch with a person (days)."""

    __tablename__ = "contact_rhythm"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    interval_days: int = Field(default=60)


class ImportBatch(SQLModel, table=True):
    """One import of a file (contacts, a log sheet, a calendar): what it was, when and by
    whom, and – once undone (*Fortryd import*) – when that happened."""

    __tablename__ = "import_batch"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = _ts()
    user: str = Field(default="", max_length=300)
    kind: str = Field(max_length=32)
    source_name: str = Field(max_length=300)
    source_hash: str = Field(max_length=64)
    counts: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    undone_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ImportItem(SQLModel, table=True):
    """One record an import created or updated. ``source_key`` identifies what it came
    from (a calendar event's UID + occurrence, a sheet row's content) so a re-import adds
    nothing twice; ``source_hash`` and ``version`` tell an event changed in the calendar
    from a record edited here (a conflict)."""

    __tablename__ = "import_item"
    __table_args__ = (Index("ix_import_item_source_key", "kind", "source_key"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    batch_id: uuid.UUID = Field(foreign_key="import_batch.id", index=True)
    kind: str = Field(max_length=32)
    entity: str = Field(max_length=64)
    record_id: uuid.UUID = Field(index=True)
    created: bool = Field(default=True)
    source_key: str = Field(default="", max_length=500)
    source_hash: str = Field(default="", max_length=64)
    version: int = Field(default=1)


# -- agreements, deviations and task transfers (issue 17) ------------------------------------
class Agreement(Record, table=True):
    """One version of a written agreement. Versions of the same agreement share
    ``series_id`` (the first version's id); a new version ``supersedes`` the one before it,
    and both stay. ``document_ref``: where the document is (a path or a link) – the app
    stores no document."""

    __tablename__ = "agreement"

    series_id: uuid.UUID = Field(index=True)
    supersedes_id: uuid.UUID | None = Field(default=None, foreign_key="agreement.id")
    kind: str = Field(max_length=32)
    title: str = Field(max_length=300, index=True)
    version_label: str = Field(default="1", max_length=64)
    status: str = Field(default="udkast", max_length=32)
    forum_id: uuid.UUID | None = Field(default=None, foreign_key="forum.id", index=True)
    in_force_from: date | None = None
    in_force_to: date | None = None
    review_on: date | None = Field(default=None, index=True)
    owner_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    document_ref: str = Field(default="", max_length=1000)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))


class AgreementParty(Record, table=True):
    __tablename__ = "agreement_party"

    agreement_id: uuid.UUID = Field(foreign_key="agreement.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)


class AgreementInitiative(Record, table=True):
    """An initiative the agreement serves."""

    __tablename__ = "agreement_initiative"

    agreement_id: uuid.UUID = Field(foreign_key="agreement.id", index=True)
    initiative_id: uuid.UUID = Field(foreign_key="initiative.id", index=True)


class Deviation(Record, table=True):
    """Where practice departs from an agreement, why, what it cost or saved, and what
    should change (afvigelse)."""

    __tablename__ = "deviation"

    agreement_id: uuid.UUID = Field(foreign_key="agreement.id", index=True)
    observed_on: date = Field(index=True)
    title: str = Field(max_length=300)
    theme: str = Field(default="", max_length=100)
    rule: str = Field(default="", sa_column=Column(Text, nullable=False))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    effect: str = Field(default="", sa_column=Column(Text, nullable=False))
    proposal: str = Field(default="", sa_column=Column(Text, nullable=False))
    recorded_by: str = Field(default="", max_length=300)


class AgreementEntry(Record, table=True):
    """A log entry linked to an agreement (and optionally to one of its deviations)."""

    __tablename__ = "agreement_entry"

    agreement_id: uuid.UUID = Field(foreign_key="agreement.id", index=True)
    entry_id: uuid.UUID = Field(foreign_key="log_entry.id", index=True)
    deviation_id: uuid.UUID | None = Field(default=None, foreign_key="deviation.id")


class TaskTransfer(Record, table=True):
    """A task moved from one party to another (opgaveoverdragelse): who holds the medical
    responsibility, the competencies and how they are assured, and how it is monitored."""

    __tablename__ = "task_transfer"

    agreement_id: uuid.UUID | None = Field(default=None, foreign_key="agreement.id",
                                           index=True)
    initiative_id: uuid.UUID | None = Field(default=None, foreign_key="initiative.id",
                                            index=True)
    task: str = Field(max_length=300)
    from_org_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    from_profession: str = Field(default="", max_length=300)
    to_org_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    to_profession: str = Field(default="", max_length=300)
    competencies: str = Field(default="", sa_column=Column(Text, nullable=False))
    assurance: str = Field(default="", sa_column=Column(Text, nullable=False))
    medical_org_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    medical_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    medical_responsible: str = Field(default="", max_length=300)
    indicator_id: uuid.UUID | None = Field(default=None, foreign_key="indicator.id")
    monitoring: str = Field(default="", sa_column=Column(Text, nullable=False))
    transferred_on: date | None = None


class IndicatorParty(Record, table=True):
    """An indicator broken down by party: one of the organisations it is measured for
    (e.g. readmissions per municipality – Viborg and Skive). Migration 0010."""

    __tablename__ = "indicator_party"

    indicator_id: uuid.UUID = Field(foreign_key="indicator.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    position: int = Field(default=0)
