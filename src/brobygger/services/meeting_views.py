"""Read models of a meeting for the screen and the PDFs (:class:`MeetingView`), and search
in agenda and minute texts."""

from __future__ import annotations

import re
import uuid
from typing import Any

from brobygger.domain import display
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    ASK_LEVELS,
    ASK_STATUSES,
    BARRIERS,
    DECISION_STATUSES,
    PLAGUES,
)
from brobygger.domain.errors import NotFoundError
from brobygger.domain.i18n import _
from brobygger.dto.meetings import ItemView, MeetingView, PresenceView
from brobygger.services.agenda import LinkedRecord
from brobygger.services.meeting_entities import AgendaItem, Meeting

_WORD = re.compile(r"\w+", re.UNICODE)


class Labeller:
    """Human labels for records linked to agenda items (deleted ones included)."""

    def __init__(self, svc: Any) -> None:
        self.svc = svc
        self.people = {p.id: p.name for p in svc.people.all(include_deleted=True)}
        self.orgs = {o.id: o.name for o in svc.organisations.all(include_deleted=True)}

    def person(self, pid: uuid.UUID | None) -> str:
        return self.people.get(pid, "") if pid else ""

    def link(self, entity: str, record_id: uuid.UUID) -> LinkedRecord:
        try:
            return self._link(entity, record_id)
        except NotFoundError:
            return LinkedRecord(entity, record_id, _("(slettet)"), "", "deleted")

    def _link(self, entity: str, rid: uuid.UUID) -> LinkedRecord:
        """The record as the agenda and minutes show it: a title and a line of detail in the
        current language (dates and codes through :mod:`brobygger.domain.display`)."""
        svc = self.svc
        if entity == "action":
            a = svc.actions.get(rid, include_deleted=True)
            owner = self.person(a.owner_id)
            due = (_("frist {day}", day=display.date_text(a.due_date)) if a.due_date
                   else _("ingen frist"))
            return LinkedRecord(entity, rid, a.title,
                                f"{owner or _('ingen ansvarlig')}, {due}, "
                                f"{display.code_text(ACTION_STATUSES, a.status).lower()}",
                                a.status, who=owner, when=a.due_date)
        if entity == "log_entry":
            e = svc.log.get(rid, include_deleted=True)
            status = (f", {display.code_text(DECISION_STATUSES, e.decision_status).lower()}"
                      if e.decision_status else "")
            return LinkedRecord(entity, rid, e.title,
                                f"{display.date_text(e.entry_date)}{status}", e.type,
                                when=e.entry_date, text=e.body)
        if entity == "plague_assessment":
            p = svc.plagues.get(rid, include_deleted=True)
            return LinkedRecord(entity, rid, display.code_text(PLAGUES, p.plague),
                                _("alvor {n}", n=p.severity))
        if entity == "barrier_assessment":
            b = svc.barriers.get(rid, include_deleted=True)
            return LinkedRecord(entity, rid, display.code_text(BARRIERS, b.barrier),
                                _("betydning {n}", n=b.impact))
        if entity == "indicator":
            i = svc.indicators.get(rid, include_deleted=True)
            return LinkedRecord(entity, rid, i.name, i.unit)
        if entity == "relationship_assessment":
            r = svc.relationships.get(rid, include_deleted=True)
            names = (self.orgs.get(r.org_a_id, "") if r.org_a_id else self.person(r.person_a_id),
                     self.orgs.get(r.org_b_id, "") if r.org_b_id else self.person(r.person_b_id))
            return LinkedRecord(entity, rid, f"{names[0]} ↔ {names[1]}",
                                _("vurderet {day}", day=display.date_text(r.assessed_on)))
        if entity == "meeting":
            m = svc.meetings.meetings.get(rid, include_deleted=True)
            return LinkedRecord(entity, rid, _("Referat fra {day}",
                                               day=display.date_text(m.meeting_date)), "")
        if entity == "ask":
            ask = svc.asks.get(rid, include_deleted=True)
            to = ask.addressee or self.person(ask.addressee_person_id) or display.code_text(
                ASK_LEVELS, ask.level)
            due = (_(", svar senest {day}", day=display.date_text(ask.due_date))
                   if ask.due_date else "")
            return LinkedRecord(entity, rid, ask.title,
                                _("til {who}", who=to) + f"{due}, "
                                f"{display.code_text(ASK_STATUSES, ask.status).lower()}",
                                ask.status, who=to, when=ask.due_date)
        return LinkedRecord(entity, rid, entity, "")


def build_view(ms: Any, meeting_id: uuid.UUID) -> MeetingView:
    svc = ms.svc
    meeting = ms.meetings.get(meeting_id)
    forum = ms.forums.get(meeting.forum_id)
    labels = Labeller(svc)
    orgs = labels.orgs
    people = {p.id: p for p in svc.people.all(include_deleted=True)}
    attendees = []
    for a in ms.attendees.list(meeting.id):
        p = people.get(a.person_id)
        attendees.append(PresenceView(a.person_id, p.name if p else "",
                                      orgs.get(p.organisation_id, "") if p and
                                      p.organisation_id else "",
                                      p.email if p else "", a.present))
    attendees.sort(key=lambda a: a.name.casefold())
    items = ms.items.list(meeting.id)
    links = ms.links.list(item_ids=[i.id for i in items])
    views = []
    for item in items:
        mine = sorted((lk for lk in links if lk.item_id == item.id),
                      key=lambda lk: lk.created_at)
        views.append(ItemView(
            item, labels.person(item.owner_id),
            tuple(labels.link(lk.entity, lk.record_id) for lk in mine if lk.role == "kilde"),
            tuple(labels.link(lk.entity, lk.record_id) for lk in mine
                  if lk.role == "oprettet")))
    names = {i.id: i.name for i in svc.initiatives.all(include_deleted=True)}
    initiative_names = tuple(names.get(i, "") for i in
                             ms.forum_initiative_ids(forum.id, children=False))
    return MeetingView(meeting, forum, initiative_names, tuple(attendees), tuple(views))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _matches(needles: list[str], text: str) -> bool:
    words = _words(text)
    return all(any(w.startswith(n) for w in words) for n in needles)


def search(ms: Any, text: str) -> list[tuple[Meeting, AgendaItem | None]]:
    needles = _words(text)
    if not needles:
        return []
    meetings = {m.id: m for m in ms.meetings.all()}
    forums = {f.id: f.name for f in ms.forums.all()}
    out: list[tuple[Meeting, AgendaItem | None]] = []
    for m in meetings.values():
        if _matches(needles, " ".join((m.title, m.notes, m.place, forums.get(m.forum_id, "")))):
            out.append((m, None))
    for item in ms.items.all():
        meeting = meetings.get(item.meeting_id)
        if meeting is not None and _matches(
                needles, " ".join((item.title, item.description, item.notes))):
            out.append((meeting, item))
    out.sort(key=lambda pair: (pair[0].meeting_date, pair[1].position if pair[1] else 0),
             reverse=True)
    return out


def person_meeting_records(s: Any, person_id: uuid.UUID, row_dict: Any) -> dict[str, Any]:
    """For the GDPR export: the person's forum memberships, meeting attendance, agenda
    items they own and their 'hold kontakten' rhythm (trash included)."""
    from sqlalchemy import select
    from sqlmodel import col

    from brobygger.store import models

    forums = {f.id: f.name for f in s.scalars(select(models.Forum))}
    meetings = {m.id: m for m in s.scalars(select(models.Meeting))}

    def where(model: Any, column: str) -> Any:
        return s.scalars(select(model).where(col(getattr(model, column)) == person_id))

    def meeting_of(meeting_id: uuid.UUID) -> dict[str, str]:
        m = meetings.get(meeting_id)
        return {} if m is None else {"forum_name": forums.get(m.forum_id, ""),
                                     "meeting_date": m.meeting_date.isoformat()}

    return {
        "forum_memberships": [{**row_dict(r), "forum_name": forums.get(r.forum_id, "")}
                              for r in where(models.ForumMember, "person_id")],
        "meeting_attendance": [{**row_dict(r), **meeting_of(r.meeting_id)}
                               for r in where(models.MeetingAttendee, "person_id")],
        "agenda_items_owned": [{**row_dict(r), **meeting_of(r.meeting_id)}
                               for r in where(models.AgendaItem, "owner_id")],
        "contact_rhythm": [row_dict(r) for r in where(models.ContactRhythm, "person_id")],
    }
