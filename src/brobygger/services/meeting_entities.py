"""Entity services for forums and meetings (issue 16): forums with their initiatives and
members, meetings with attendees, agenda items and the links from an item to records, and
the 'hold kontakten' rhythm per person. The agenda builder and the minutes are in
:mod:`brobygger.services.meetings`."""

from __future__ import annotations

import builtins
import uuid
from datetime import date, time
from typing import ClassVar

from sqlmodel import Session

from brobygger.domain import rules
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.domain.meetings import (
    FORUM_KINDS,
    ITEM_KINDS,
    ITEM_PURPOSES,
    LINK_ROLES,
    MEETING_STATUSES,
    local_datetime,
)
from brobygger.dto.meetings import (
    AgendaItem as AgendaItem,
)
from brobygger.dto.meetings import (
    Attendee as Attendee,
)
from brobygger.dto.meetings import (
    ContactRhythm as ContactRhythm,
)
from brobygger.dto.meetings import (
    Forum as Forum,
)
from brobygger.dto.meetings import (
    ForumInitiative as ForumInitiative,
)
from brobygger.dto.meetings import (
    ForumMember as ForumMember,
)
from brobygger.dto.meetings import (
    ItemLink as ItemLink,
)
from brobygger.dto.meetings import (
    Meeting as Meeting,
)
from brobygger.services import inputs
from brobygger.services.base import Clean, EntityService, NamedService
from brobygger.services.values import as_uuid, code, optional_text, required_date
from brobygger.store import models

MAX_NOTES = 100_000
# The records an agenda item may link to (table names).
LINKABLE = frozenset({
    "log_entry", "action", "plague_assessment", "barrier_assessment", "indicator",
    "measurement", "relationship_assessment", "meeting", "ask", "agreement",
})


def parse_time(value: object, field: str) -> time | None:
    """'14', '14:00', '14.30', '9:05' or a time; None for empty. Danish error otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = str(value).strip().replace(".", ":")
    parts = text.split(":")
    try:
        if len(parts) > 2 or not all(p.isdigit() for p in parts):
            raise ValueError
        return time(int(parts[0]), int(parts[1]) if len(parts) == 2 else 0)
    except ValueError:
        raise ValidationError(field, _("Ugyldigt klokkeslæt: '{value}'. Skriv fx 14:00.",
                                       value=text[:20]))\
            from None


def _int(value: object, field: str, label: str, lo: int, hi: int) -> int:
    return rules.validate_range(value, field, lo, hi, label)


class Forums(NamedService[models.Forum, Forum, inputs.ForumFields]):
    noun_da = "forummet"
    find_noun = "forum"

    def clean(self, s: Session, data: Clean, existing: models.Forum | None) -> Clean:
        rhythm = data.get("rhythm_weeks")
        return {
            "name": rules.require_text(data.get("name"), "name", "Navn", 300),
            "kind": code(FORUM_KINDS, data.get("kind") or "styregruppe", "kind"),
            "rhythm_weeks": None if rhythm in (None, "", 0) else _int(
                rhythm, "rhythm_weeks", "Rytme (uger)", 1, 104),
            "place": optional_text(data.get("place"), 300),
            "description": optional_text(data.get("description")),
        }


class ForumInitiatives(EntityService[
        models.ForumInitiative, ForumInitiative, inputs.ForumInitiativeFields]):
    noun_da = "forummets initiativ"

    def clean(self, s: Session, data: Clean, existing: models.ForumInitiative | None) -> Clean:
        return {
            "forum_id": self.ref(s, models.Forum, data.get("forum_id"), "forum_id", "forum"),
            "initiative_id": self.ref(s, models.Initiative, data.get("initiative_id"),
                                      "initiative_id", "initiativ"),
        }

    def list(self, *, forum_id: uuid.UUID | None = None,
             initiative_id: uuid.UUID | None = None) -> builtins.list[ForumInitiative]:
        return self._query(*self._equal(forum_id=forum_id, initiative_id=initiative_id))


class ForumMembers(EntityService[models.ForumMember, ForumMember, inputs.ForumMemberFields]):
    noun_da = "forummets medlem"

    def clean(self, s: Session, data: Clean, existing: models.ForumMember | None) -> Clean:
        return {
            "forum_id": self.ref(s, models.Forum, data.get("forum_id"), "forum_id", "forum"),
            "person_id": self.ref(s, models.Person, data.get("person_id"), "person_id",
                                  "person"),
            "role": optional_text(data.get("role"), 300),
        }

    def list(self, *, forum_id: uuid.UUID | None = None,
             person_id: uuid.UUID | None = None) -> builtins.list[ForumMember]:
        return self._query(*self._equal(forum_id=forum_id, person_id=person_id))


class Meetings(EntityService[models.Meeting, Meeting, inputs.MeetingFields]):
    noun_da = "mødet"
    order_by: ClassVar[tuple[str, ...]] = ("meeting_date", "start_time")

    def clean(self, s: Session, data: Clean, existing: models.Meeting | None) -> Clean:
        start = parse_time(data.get("start_time"), "start_time")
        end = parse_time(data.get("end_time"), "end_time")
        if end is not None and start is None:
            raise ValidationError("start_time", _("Angiv et starttidspunkt, når der er et "
                                                  "sluttidspunkt."))
        if start is not None and end is not None and end <= start:
            raise ValidationError("end_time", _("Mødet skal slutte efter, at det begynder."))
        day = required_date(data.get("meeting_date") or "", "meeting_date")
        for value, name in ((start, "start_time"), (end, "end_time")):
            if value is not None:
                local_datetime(day, value, name)
        return {
            "forum_id": self.ref(s, models.Forum, data.get("forum_id"), "forum_id", "forum"),
            "title": optional_text(data.get("title"), 300),
            "meeting_date": required_date(data.get("meeting_date") or "", "meeting_date"),
            "start_time": start,
            "end_time": end,
            "place": optional_text(data.get("place"), 300),
            "status": code(MEETING_STATUSES, data.get("status") or "planlagt", "status"),
            "notes": optional_text(data.get("notes"), MAX_NOTES),
        }

    def list(self, *, forum_id: uuid.UUID | None = None, date_from: date | None = None,
             date_to: date | None = None) -> builtins.list[Meeting]:
        m = models.Meeting
        where = self._equal(forum_id=forum_id)
        if date_from:
            where.append(m.meeting_date >= date_from)
        if date_to:
            where.append(m.meeting_date <= date_to)
        return self._query(*where)


class Attendees(EntityService[models.MeetingAttendee, Attendee, inputs.AttendeeFields]):
    noun_da = "deltageren"

    def clean(self, s: Session, data: Clean, existing: models.MeetingAttendee | None) -> Clean:
        present = data.get("present")
        return {
            "meeting_id": self.ref(s, models.Meeting, data.get("meeting_id"), "meeting_id",
                                   "møde"),
            "person_id": self.ref(s, models.Person, data.get("person_id"), "person_id",
                                  "person"),
            "present": None if present is None else bool(present),
        }

    def list(self, meeting_id: uuid.UUID) -> builtins.list[Attendee]:
        return self._query(models.MeetingAttendee.meeting_id == meeting_id)


class AgendaItems(EntityService[models.AgendaItem, AgendaItem, inputs.AgendaItemFields]):
    noun_da = "dagsordenspunktet"
    order_by: ClassVar[tuple[str, ...]] = ("position", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.AgendaItem | None) -> Clean:
        return {
            "meeting_id": self.ref(s, models.Meeting, data.get("meeting_id"), "meeting_id",
                                   "møde"),
            "position": _int(data.get("position") or 0, "position", "Nummer", 0, 999),
            "kind": code(ITEM_KINDS, data.get("kind") or "andet", "kind"),
            "title": rules.require_text(data.get("title"), "title", "Punkt", 300),
            "purpose": code(ITEM_PURPOSES, data.get("purpose") or "orientering", "purpose"),
            "owner_id": self.ref(s, models.Person, data.get("owner_id"), "owner_id",
                                 "ansvarlig", required=False),
            "minutes": _int(data.get("minutes") if data.get("minutes") is not None else 10,
                            "minutes", "Minutter", 0, 600),
            "description": optional_text(data.get("description"), MAX_NOTES),
            "notes": optional_text(data.get("notes"), MAX_NOTES),
        }

    def list(self, meeting_id: uuid.UUID) -> builtins.list[AgendaItem]:
        return self._query(models.AgendaItem.meeting_id == meeting_id)


class ItemLinks(EntityService[models.AgendaItemLink, ItemLink, inputs.ItemLinkFields]):
    noun_da = "tilknytningen"

    def clean(self, s: Session, data: Clean, existing: models.AgendaItemLink | None) -> Clean:
        entity = str(data.get("entity") or "")
        if entity not in LINKABLE:
            raise ValidationError("entity", _("Et punkt kan ikke knyttes til den slags post."))
        record = data.get("record_id")
        if record is None or record == "":
            raise ValidationError("record_id", _("Vælg den post, punktet knyttes til."))
        return {
            "item_id": self.ref(s, models.AgendaItem, data.get("item_id"), "item_id",
                                "dagsordenspunkt"),
            "entity": entity,
            "record_id": as_uuid(record, "record_id", "Post"),
            "role": code(LINK_ROLES, data.get("role") or "kilde", "role"),
        }

    def list(self, *, item_ids: builtins.list[uuid.UUID] | None = None,
             record_id: uuid.UUID | None = None) -> builtins.list[ItemLink]:
        m = models.AgendaItemLink
        where = self._equal(record_id=record_id)
        if item_ids is not None:
            if not item_ids:
                return []
            where.append(m.item_id.in_(item_ids))  # type: ignore[attr-defined]
        return self._query(*where)


class ContactRhythms(EntityService[
        models.ContactRhythm, ContactRhythm, inputs.ContactRhythmFields]):
    noun_da = "kontaktrytmen"

    def clean(self, s: Session, data: Clean, existing: models.ContactRhythm | None) -> Clean:
        return {
            "person_id": self.ref(s, models.Person, data.get("person_id"), "person_id",
                                  "person"),
            "interval_days": _int(data.get("interval_days") or 60, "interval_days",
                                  "Interval (dage)", 1, 730),
        }

    def set(self, person_id: uuid.UUID, days: int) -> ContactRhythm:
        """One rhythm per person: update the existing one or create it."""
        with self.unit_of_work():
            for row in self._query(models.ContactRhythm.person_id == person_id):
                return self.update(row.id, interval_days=days)
            return self.create(person_id=person_id, interval_days=days)
