"""The meeting records and the views of a meeting the services hand out (the agenda and
minutes on screen and in the PDF): plain frozen records, importable by the reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from brobygger.dto import RecordDTO

__all__ = ["AgendaItem", "Attendee", "ContactRhythm", "Forum", "ForumInitiative", "ForumMember",
           "ForumSummary", "ItemLink", "ItemView", "LinkedRecord", "Meeting", "MeetingView",
           "PresenceView"]


@dataclass(frozen=True, slots=True)
class Forum(RecordDTO):
    name: str
    kind: str
    rhythm_weeks: int | None
    place: str
    description: str


@dataclass(frozen=True, slots=True)
class ForumInitiative(RecordDTO):
    forum_id: uuid.UUID
    initiative_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class ForumMember(RecordDTO):
    forum_id: uuid.UUID
    person_id: uuid.UUID
    role: str


@dataclass(frozen=True, slots=True)
class Meeting(RecordDTO):
    forum_id: uuid.UUID
    title: str
    meeting_date: date
    start_time: time | None
    end_time: time | None
    place: str
    status: str
    notes: str


@dataclass(frozen=True, slots=True)
class Attendee(RecordDTO):
    meeting_id: uuid.UUID
    person_id: uuid.UUID
    present: bool | None


@dataclass(frozen=True, slots=True)
class AgendaItem(RecordDTO):
    meeting_id: uuid.UUID
    position: int
    kind: str
    title: str
    purpose: str
    owner_id: uuid.UUID | None
    minutes: int
    description: str
    notes: str


@dataclass(frozen=True, slots=True)
class ItemLink(RecordDTO):
    item_id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    role: str


@dataclass(frozen=True, slots=True)
class ContactRhythm(RecordDTO):
    person_id: uuid.UUID
    interval_days: int


@dataclass(frozen=True, slots=True)
class LinkedRecord:
    """A record an agenda item is about (or that was created from it)."""

    entity: str
    record_id: uuid.UUID
    label: str
    detail: str = ""
    state: str = ""  # e.g. done / overdue / open for actions
    who: str = ""  # an action's owner, an ask's addressee
    when: date | None = None  # an action's due date, an entry's date, an ask's answer date
    text: str = ""  # a decision's text


@dataclass(frozen=True, slots=True)
class ItemView:
    """An agenda item with the records it is about and those created from it."""

    item: AgendaItem
    owner_name: str
    sources: tuple[LinkedRecord, ...]
    created: tuple[LinkedRecord, ...]


@dataclass(frozen=True, slots=True)
class PresenceView:
    person_id: uuid.UUID
    name: str
    organisation: str
    email: str
    present: bool | None


@dataclass(frozen=True, slots=True)
class ForumSummary:
    """A forum for the handover brief: kind, rhythm, place, members, last and next meeting."""

    name: str
    kind: str
    rhythm_weeks: int | None
    place: str
    description: str
    members: tuple[tuple[str, str], ...]  # (name, role)
    last_meeting: date | None
    next_meeting: date | None


@dataclass(frozen=True, slots=True)
class MeetingView:
    """Everything the agenda and minutes (screen and PDF) show of one meeting."""

    meeting: Meeting
    forum: Forum
    initiative_names: tuple[str, ...]
    attendees: tuple[PresenceView, ...]
    items: tuple[ItemView, ...]

    @property
    def running_minutes(self) -> int:
        return sum(i.item.minutes for i in self.items)

    @property
    def title(self) -> str:
        return self.meeting.title or self.forum.name
