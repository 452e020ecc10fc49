"""Forums and meetings (issue 16): schedule a meeting, build its agenda from what is open
(:mod:`.agenda`), take the minutes in place – presence, notes per item, and from an item in
one step a decision, an action, an ask or a re-assessment, all linked to the meeting and
the item – and start the next meeting from the last one.

Every write goes through the entity services (validation, CPR guard, audit trail); a step
that writes several records is one unit of work (nested writes join it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta
from typing import Any

from brobygger.domain import dates
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _, language
from brobygger.domain.meetings import MEETING_STATUSES
from brobygger.dto.meetings import (
    ForumSummary as ForumSummary,
)
from brobygger.dto.meetings import (
    ItemView as ItemView,
)
from brobygger.dto.meetings import (
    MeetingView as MeetingView,
)
from brobygger.dto.meetings import (
    PresenceView as PresenceView,
)
from brobygger.services.agenda import AgendaBuilder, LinkedRecord, Proposal, make_proposal
from brobygger.services.meeting_entities import (
    AgendaItem,
    AgendaItems,
    Attendee,
    Attendees,
    ContactRhythms,
    Forum,
    ForumInitiatives,
    ForumMembers,
    Forums,
    ItemLink,
    ItemLinks,
    Meeting,
    Meetings,
)
from brobygger.services.meeting_views import build_view
from brobygger.services.meeting_views import search as search_meetings
from brobygger.services.parts import Group, Part

__all__ = ["ItemView", "LinkedRecord", "MeetingService", "MeetingView", "Proposal",
           "make_proposal"]


class MeetingService(Group):
    """The use cases of forums and meetings for one workspace (``svc``: Services)."""

    forums: Part[Forums] = Part(Forums)
    forum_initiatives: Part[ForumInitiatives] = Part(ForumInitiatives)
    forum_members: Part[ForumMembers] = Part(ForumMembers)
    meetings: Part[Meetings] = Part(Meetings)
    attendees: Part[Attendees] = Part(Attendees)
    items: Part[AgendaItems] = Part(AgendaItems)
    links: Part[ItemLinks] = Part(ItemLinks)
    contacts: Part[ContactRhythms] = Part(ContactRhythms)

    # -- forums ------------------------------------------------------------------------------
    def create_forum(self, *, name: str, kind: str = "styregruppe",
                     rhythm_weeks: int | None = None, place: str = "",
                     description: str = "", initiative_ids: Iterable[uuid.UUID] = (),
                     members: Iterable[tuple[uuid.UUID, str]] = ()) -> Forum:
        with self.svc.unit_of_work():
            forum = self.forums.create(name=name, kind=kind, rhythm_weeks=rhythm_weeks,
                                       place=place, description=description)
            for iid in dict.fromkeys(initiative_ids):
                self.forum_initiatives.create(forum_id=forum.id, initiative_id=iid)
            for pid, role in members:
                self.forum_members.create(forum_id=forum.id, person_id=pid, role=role)
            return forum

    def forum_initiative_ids(self, forum_id: uuid.UUID, *, children: bool = True
                             ) -> list[uuid.UUID]:
        """The forum's initiatives, and (``children``) their sub-initiatives."""
        own = [fi.initiative_id for fi in self.forum_initiatives.list(forum_id=forum_id)]
        if not children:
            return own
        all_ = self.svc.initiatives.all()
        out = list(own)
        frontier = set(own)
        while frontier:
            kids = [i.id for i in all_ if i.parent_id in frontier and i.id not in out]
            out.extend(kids)
            frontier = set(kids)
        return out

    def forums_of_initiative(self, initiative_id: uuid.UUID) -> list[Forum]:
        ids = {fi.forum_id for fi in self.forum_initiatives.list(initiative_id=initiative_id)}
        return [f for f in self.forums.all() if f.id in ids]

    def forum_summaries(self, initiative_id: uuid.UUID, today: date) -> list[ForumSummary]:
        """The initiative's forums (and its parent's) for the handover brief."""
        ini = self.svc.initiatives.get(initiative_id)
        forums = self.forums_of_initiative(initiative_id)
        if ini.parent_id is not None:
            forums += [f for f in self.forums_of_initiative(ini.parent_id) if f not in forums]
        people = {p.id: p.name for p in self.svc.people.all(include_deleted=True)}
        out = []
        for f in forums:
            meetings = self.meetings.list(forum_id=f.id)
            past = [m.meeting_date for m in meetings if m.meeting_date <= today]
            ahead = [m.meeting_date for m in meetings if m.meeting_date > today]
            members = tuple((people.get(m.person_id, ""), m.role)
                            for m in self.forum_members.list(forum_id=f.id))
            out.append(ForumSummary(f.name, f.kind, f.rhythm_weeks, f.place, f.description,
                                    members, max(past, default=None),
                                    min(ahead, default=None)))
        return out

    # -- meetings ----------------------------------------------------------------------------
    def schedule(self, forum_id: uuid.UUID, meeting_date: date | str, *,
                 start_time: time | str | None = None, end_time: time | str | None = None,
                 place: str | None = None, title: str = "",
                 invited: Iterable[uuid.UUID] | None = None) -> Meeting:
        """A new meeting of the forum; invited people default to the forum's members."""
        with self.svc.unit_of_work():
            forum = self.forums.get(forum_id)
            meeting = self.meetings.create(
                forum_id=forum.id, meeting_date=meeting_date, start_time=start_time,
                end_time=end_time, place=forum.place if place is None else place,
                title=title)
            people = (list(invited) if invited is not None
                      else [m.person_id for m in self.forum_members.list(forum_id=forum.id)])
            for pid in dict.fromkeys(people):
                self.attendees.create(meeting_id=meeting.id, person_id=pid)
            return meeting

    def earlier_meetings(self, meeting_id: uuid.UUID) -> list[Meeting]:
        """The forum's meetings before this one, oldest first."""
        m = self.meetings.get(meeting_id)
        return [x for x in self.meetings.list(forum_id=m.forum_id)
                if x.id != m.id and (x.meeting_date, x.start_time or time()) <
                (m.meeting_date, m.start_time or time())]

    def previous_meeting(self, meeting_id: uuid.UUID) -> Meeting | None:
        earlier = self.earlier_meetings(meeting_id)
        return earlier[-1] if earlier else None

    def last_meeting(self, forum_id: uuid.UUID) -> Meeting | None:
        meetings = self.meetings.list(forum_id=forum_id)
        return meetings[-1] if meetings else None

    def plan_next(self, forum_id: uuid.UUID, meeting_date: date | str | None = None
                  ) -> Meeting:
        """The next meeting starts from the last one: the forum's rhythm gives the date
        (unless given), and time, place and invited people are carried over."""
        last = self.last_meeting(forum_id)
        forum = self.forums.get(forum_id)
        if meeting_date is None:
            if last is None:
                raise ValidationError("meeting_date", _("Angiv en dato for det første møde."))
            meeting_date = last.meeting_date + timedelta(weeks=forum.rhythm_weeks or 6)
        if last is None:
            return self.schedule(forum_id, meeting_date)
        invited = [a.person_id for a in self.attendees.list(last.id)]
        return self.schedule(forum_id, meeting_date, start_time=last.start_time,
                             end_time=last.end_time, place=last.place, invited=invited)

    def set_status(self, meeting_id: uuid.UUID, status: str) -> Meeting:
        return self.meetings.update(meeting_id, status=MEETING_STATUSES.parse(status).value)

    def upcoming(self, today: date, days: int) -> list[Meeting]:
        return self.meetings.list(date_from=today, date_to=today + timedelta(days=days))

    # -- the agenda --------------------------------------------------------------------------
    def propose_agenda(self, meeting_id: uuid.UUID, today: date | None = None
                       ) -> list[Proposal]:
        """What "Ny dagsorden" proposes for the meeting (nothing is written)."""
        return AgendaBuilder(self.svc, self, meeting_id, today).proposals()

    def agenda_draft(self, meeting_id: uuid.UUID, today: date | None = None
                     ) -> list[tuple[bool, Proposal]]:
        """What the agenda builder starts from: the meeting's saved items (kept), then the
        fresh proposals of kinds not on the agenda yet (kept when the agenda is empty)."""
        view = self.view(meeting_id)
        out = [(True, Proposal(kind=iv.item.kind, title=iv.item.title,
                               purpose=iv.item.purpose, minutes=iv.item.minutes,
                               links=iv.sources, owner_id=iv.item.owner_id,
                               description=iv.item.description)) for iv in view.items]
        present = {iv.item.kind for iv in view.items}
        fresh = [p for p in self.propose_agenda(meeting_id, today) if p.kind not in present]
        out += [(not view.items, p) for p in fresh]
        return out

    def save_agenda(self, meeting_id: uuid.UUID, proposals: Sequence[Proposal], *,
                    replace_items: bool = True) -> list[AgendaItem]:
        """Save the kept proposals in their order (replacing the meeting's items that have
        no minutes yet when ``replace_items``)."""
        with self.svc.unit_of_work():
            existing = self.items.list(meeting_id)
            start = 0
            for item in existing:
                if replace_items and not item.notes and not self._created_links(item.id):
                    for link in self.links.list(item_ids=[item.id]):
                        self.links.delete(link.id)
                    self.items.delete(item.id)
                else:
                    start = max(start, item.position + 1)
            out = []
            for n, p in enumerate(proposals, start=start + 1):
                item = self.items.create(meeting_id=meeting_id, position=n, kind=p.kind,
                                         title=p.title, purpose=p.purpose, minutes=p.minutes,
                                         owner_id=p.owner_id, description=p.description)
                for source in p.links:
                    self.links.create(item_id=item.id, entity=source.entity,
                                      record_id=source.record_id, role="kilde")
                out.append(item)
            self._renumber(meeting_id)
            return out

    def add_item(self, meeting_id: uuid.UUID, proposal: Proposal) -> AgendaItem:
        items = self.items.list(meeting_id)
        position = (items[-1].position + 1) if items else 1
        with self.svc.unit_of_work():
            item = self.items.create(meeting_id=meeting_id, position=position,
                                     kind=proposal.kind, title=proposal.title,
                                     purpose=proposal.purpose, minutes=proposal.minutes,
                                     owner_id=proposal.owner_id,
                                     description=proposal.description)
            for link in proposal.links:
                self.links.create(item_id=item.id, entity=link.entity,
                                  record_id=link.record_id, role="kilde")
            return item

    def move_item(self, item_id: uuid.UUID, delta: int) -> None:
        item = self.items.get(item_id)
        items = self.items.list(item.meeting_id)
        index = next(n for n, i in enumerate(items) if i.id == item_id)
        target = max(0, min(len(items) - 1, index + delta))
        items.insert(target, items.pop(index))
        with self.svc.unit_of_work():
            for n, i in enumerate(items, start=1):
                if i.position != n:
                    self.items.update(i.id, position=n)

    def remove_item(self, item_id: uuid.UUID) -> None:
        item = self.items.get(item_id)
        with self.svc.unit_of_work():
            for link in self.links.list(item_ids=[item_id]):
                self.links.delete(link.id)
            self.items.delete(item_id)
            self._renumber(item.meeting_id)

    def _renumber(self, meeting_id: uuid.UUID) -> None:
        for n, i in enumerate(self.items.list(meeting_id), start=1):
            if i.position != n:
                self.items.update(i.id, position=n)

    def _created_links(self, item_id: uuid.UUID) -> list[ItemLink]:
        return [lk for lk in self.links.list(item_ids=[item_id]) if lk.role == "oprettet"]

    def created_records(self, meeting_ids: Sequence[uuid.UUID], entity: str
                        ) -> list[uuid.UUID]:
        """Ids of the ``entity`` records created at these meetings, in creation order."""
        item_ids = [i.id for mid in meeting_ids for i in self.items.list(mid)]
        return [lk.record_id for lk in sorted(self.links.list(item_ids=item_ids),
                                              key=lambda lk: lk.created_at)
                if lk.role == "oprettet" and lk.entity == entity]

    # -- the minutes -------------------------------------------------------------------------
    def set_presence(self, meeting_id: uuid.UUID, person_id: uuid.UUID,
                     present: bool | None) -> Attendee:
        for a in self.attendees.list(meeting_id):
            if a.person_id == person_id:
                return self.attendees.update(a.id, present=present)
        return self.attendees.create(meeting_id=meeting_id, person_id=person_id,
                                     present=present)

    def set_notes(self, item_id: uuid.UUID, notes: str) -> AgendaItem:
        return self.items.update(item_id, notes=notes)

    def _link_created(self, item_id: uuid.UUID, entity: str, record_id: uuid.UUID) -> None:
        self.links.create(item_id=item_id, entity=entity, record_id=record_id,
                          role="oprettet")

    def _context(self, item_id: uuid.UUID) -> tuple[AgendaItem, Meeting, uuid.UUID | None]:
        item = self.items.get(item_id)
        meeting = self.meetings.get(item.meeting_id)
        ids = self.forum_initiative_ids(meeting.forum_id, children=False)
        return item, meeting, ids[0] if ids else None

    def record_decision(self, item_id: uuid.UUID, *, title: str, body: str = "",
                        type: str = "beslutning", status: str = "aftalt",
                        initiative_id: uuid.UUID | None = None) -> Any:
        """A decision or agreement (a log entry with status) from the item, dated the
        meeting's date, with the present people as participants."""
        if type not in ("beslutning", "aftale"):
            raise ValidationError("type", _("Vælg beslutning eller aftale."))
        item, meeting, default_ini = self._context(item_id)
        present = [a.person_id for a in self.attendees.list(meeting.id) if a.present]
        with self.svc.unit_of_work():
            entry = self.svc.log.create(
                initiative_id=initiative_id or default_ini, entry_date=meeting.meeting_date,
                type=type, title=title, body=body, decision_status=status,
                participants=present, tags=["møde"])
            self._link_created(item.id, "log_entry", entry.id)
            return entry

    def record_action(self, item_id: uuid.UUID, *, title: str,
                      owner_id: uuid.UUID | None = None, due_date: date | str | None = None,
                      decision_id: uuid.UUID | None = None,
                      initiative_id: uuid.UUID | None = None, notes: str = "") -> Any:
        """An action (owner, due date) from the item, linked to a decision if given."""
        item, _meeting, default_ini = self._context(item_id)
        with self.svc.unit_of_work():
            action = self.svc.actions.create(
                initiative_id=initiative_id or default_ini, title=title, owner_id=owner_id,
                due_date=due_date, source_entry_id=decision_id, notes=notes)
            self._link_created(item.id, "action", action.id)
            return action

    def record_ask(self, item_id: uuid.UUID, *, title: str, addressee: str = "",
                   level: str = "topledelse", due_date: date | str | None = None,
                   reason: str = "", addressee_person_id: uuid.UUID | None = None,
                   initiative_id: uuid.UUID | None = None) -> Any:
        """An ask (to whom, answer due) raised at the meeting from the item."""
        item, meeting, default_ini = self._context(item_id)
        with self.svc.unit_of_work():
            ask = self.svc.asks.create(
                initiative_id=initiative_id or default_ini, title=title, reason=reason,
                raised_on=meeting.meeting_date, level=level, addressee=addressee,
                addressee_person_id=addressee_person_id, due_date=due_date)
            self._link_created(item.id, "ask", ask.id)
            return ask

    def record_plague(self, item_id: uuid.UUID, *, plague: str, severity: int,
                      note: str = "", mitigation: str = "",
                      initiative_id: uuid.UUID | None = None) -> Any:
        item, meeting, default_ini = self._context(item_id)
        with self.svc.unit_of_work():
            row = self.svc.plagues.create(
                initiative_id=initiative_id or default_ini, plague=plague,
                assessed_on=meeting.meeting_date, severity=severity, note=note,
                mitigation=mitigation)
            self._link_created(item.id, "plague_assessment", row.id)
            return row

    def record_barrier(self, item_id: uuid.UUID, *, barrier: str, impact: int,
                       escalation_level: str = "lokalt", ask: str = "", ask_to: str = "",
                       status: str = "identificeret",
                       initiative_id: uuid.UUID | None = None) -> Any:
        item, meeting, default_ini = self._context(item_id)
        with self.svc.unit_of_work():
            row = self.svc.barriers.create(
                initiative_id=initiative_id or default_ini, barrier=barrier,
                assessed_on=meeting.meeting_date, impact=impact,
                escalation_level=escalation_level, ask=ask, ask_to=ask_to, status=status)
            self._link_created(item.id, "barrier_assessment", row.id)
            return row

    # -- views -------------------------------------------------------------------------------
    def view(self, meeting_id: uuid.UUID) -> MeetingView:
        return build_view(self, meeting_id)

    def search(self, text: str) -> list[tuple[Meeting, AgendaItem | None]]:
        """Meetings and agenda items whose title, description or minutes hold every word
        of ``text`` (as a word or the start of one; case does not matter)."""
        return search_meetings(self, text)


def format_when(meeting: Meeting) -> str:
    """'5. marts 2026 kl. 14.00–16.00' (Danish; '5 March 2026 at 14.00–16.00' in English)."""
    text = dates.format_long(meeting.meeting_date, language())
    if meeting.start_time is not None:
        start = meeting.start_time.strftime("%H.%M")
        text += " " + _("kl. {time}", time=start)
        if meeting.end_time is not None:
            text += f"–{meeting.end_time:%H.%M}"
    return text

