"""'Min uge' (issue 16): what the week holds for the person the user's profile is linked
to – meetings in the next 14 days with their agenda status, actions I own that are due or
overdue, asks I raised whose answer date has passed, asks addressed to me, agreements due for
review in my initiatives, and people in my
initiatives I have not been in contact with for longer than their 'hold kontakten'
interval. Each line names the record it
opens. :func:`due_today` is the short text of the optional start-up notification."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from brobygger.domain import dates
from brobygger.domain.i18n import _, language

PROFILE_META_KEY = "profile_person_id"
CONTACT_DEFAULT_META_KEY = "contact_default_days"
CONTACT_DEFAULT_DAYS = 90
MEETING_DAYS = 14
ACTION_DAYS = 7

SECTIONS = ("meetings", "actions", "asks_raised", "asks_to_me", "agreements", "contacts")


@dataclass(frozen=True, slots=True)
class WeekLine:
    section: str        # one of SECTIONS
    text: str
    detail: str
    entity: str         # the record a click opens: meeting, action, person, ask, …
    record_id: uuid.UUID
    when: date | None
    urgent: bool        # overdue / today / no agenda yet


@dataclass(frozen=True, slots=True)
class MyWeek:
    person_id: uuid.UUID | None
    person_name: str
    today: date
    lines: tuple[WeekLine, ...]

    def section(self, name: str) -> list[WeekLine]:
        return [line for line in self.lines if line.section == name]

    def due_today(self) -> list[WeekLine]:
        return [line for line in self.lines if line.urgent and line.section != "contacts"
                and line.when is not None and line.when <= self.today]


def profile_person(svc: Any) -> uuid.UUID | None:
    raw = svc.ws.get_meta(PROFILE_META_KEY, "")
    try:
        pid = uuid.UUID(raw)
    except ValueError:
        return None
    from brobygger.services.person_directory import person_names

    return pid if person_names(svc, [pid]) else None


def set_profile_person(svc: Any, person_id: uuid.UUID | None) -> None:
    if person_id is not None:
        svc.people.get(person_id)  # a Danish error when unknown
    svc.set_meta(PROFILE_META_KEY, "" if person_id is None else str(person_id))


def agenda_status(ms: Any, meeting: Any) -> tuple[str, bool]:
    """(Danish agenda status, needs attention) of an upcoming meeting."""
    items = len(ms.items.list(meeting.id))
    if meeting.status in ("udsendt", "afholdt", "godkendt"):
        return _("dagsorden udsendt"), False
    if items:
        return _("dagsorden klar ({n} punkter), ikke udsendt", n=items), False
    return _("ingen dagsorden endnu"), True


def _day(d: date) -> str:
    """A long date in the core's language: "5. marts 2026" / "5 March 2026"."""
    return dates.format_long(d, language())


def my_week(svc: Any, today: date | None = None, person_id: uuid.UUID | None = None
            ) -> MyWeek:
    """``person_id`` overrides the workspace's profile person (a shared workspace keeps
    the link per login in the app's settings)."""
    day = today or date.today()
    me = person_id or profile_person(svc)
    name = svc.people.get(me).name if me is not None else ""
    lines: list[WeekLine] = []
    lines += _meetings(svc, me, day)
    lines += _actions(svc, me, day)
    lines += _asks(svc, me, name, day)
    lines += _agreements(svc, me, day)
    lines += _contacts(svc, me, day)
    return MyWeek(me, name, day, tuple(lines))


def _meetings(svc: Any, me: uuid.UUID | None, day: date) -> list[WeekLine]:
    from brobygger.services.meetings import format_when

    ms = svc.meetings
    forums = {f.id: f.name for f in ms.forums.all()}
    out = []
    for m in ms.upcoming(day, MEETING_DAYS):
        if me is not None:
            invited = {a.person_id for a in ms.attendees.list(m.id)}
            members = {fm.person_id for fm in ms.forum_members.list(forum_id=m.forum_id)}
            if me not in invited | members:
                continue
        status, attention = agenda_status(ms, m)
        out.append(WeekLine("meetings", m.title or forums.get(m.forum_id, ""),
                            f"{format_when(m)} · {status}", "meeting", m.id, m.meeting_date,
                            attention))
    return out


def _actions(svc: Any, me: uuid.UUID | None, day: date) -> list[WeekLine]:
    """My actions due within ACTION_DAYS or overdue; none before I have chosen myself (as
    my asks: the view then shows every meeting only, not every person's actions)."""
    if me is None:
        return []
    names = {i.id: i.name for i in svc.initiatives.all()}
    out = []
    for a in svc.actions.list(open_only=True, owner_id=me,
                              due_before=day + timedelta(days=ACTION_DAYS)):
        if a.due_date is None:
            continue
        late = a.due_date < day
        when = (_("forfalden siden {day}", day=_day(a.due_date)) if late
                else _("frist {day}", day=_day(a.due_date)))
        initiative = names.get(a.initiative_id, "") if a.initiative_id else ""
        out.append(WeekLine("actions", a.title,
                            when + (f" · {initiative}" if initiative else ""), "action", a.id,
                            a.due_date, late or a.due_date == day))
    return out


def _asks(svc: Any, me: uuid.UUID | None, name: str, day: date) -> list[WeekLine]:
    """Asks I raised whose answer date has passed, and open asks addressed to me (the
    asks module's one definition of open)."""
    from brobygger.services.asks import AskFilter, is_open

    if me is None:
        return []
    mine = name.strip().casefold()
    # the forums I sit in: an ask to one of them is asked of me too (e.g. the sundhedsråd)
    my_forums = {m.forum_id for m in svc.meetings.forum_members.list(person_id=me)}
    forums = {f.id: f.name for f in svc.meetings.forums.all(include_deleted=True)}
    out = []
    for a in svc.asks.list(AskFilter(status="open")):
        if not is_open(a):
            continue
        if a.raised_by.strip().casefold() == mine and a.due_date is not None \
                and a.due_date < day:
            out.append(WeekLine("asks_raised", a.title,
                                _("svarfristen {day} er overskredet · til {to}",
                                  day=_day(a.due_date), to=a.addressee_text(forums=forums)),
                                "ask", a.id, a.due_date, True))
        if a.addressee_person_id == me or (mine and a.addressee.strip().casefold() == mine) \
                or a.addressee_forum_id in my_forums:
            due = (_("svar senest {day}", day=_day(a.due_date)) if a.due_date
                   else _("ingen svarfrist"))
            out.append(WeekLine("asks_to_me", a.title,
                                _("{due} · fra {person}", due=due, person=a.raised_by or "–"),
                                "ask", a.id, a.due_date,
                                a.due_date is not None and a.due_date <= day))
    return out


def _agreements(svc: Any, me: uuid.UUID | None, day: date) -> list[WeekLine]:
    """Agreements due for review (services.agreements' one definition) that I own or that
    serve an initiative I am a member of (all of them when no profile person is set)."""
    mine = {m.initiative_id for m in svc.members.list(person_id=me)} if me else set()
    out = []
    for a in svc.agreements.reviews_due(day):
        if me is not None and a.owner_id != me and not mine & set(a.initiative_ids):
            continue
        when = (_("revideres senest {day}", day=_day(a.review_on)) if a.review_on
                else _("står til revision"))
        out.append(WeekLine("agreements", a.title,
                            _("{when} · version {version}", when=when, version=a.version_label),
                            "agreement", a.id, a.review_on,
                            a.review_on is not None and a.review_on <= day))
    return out


def contact_default(svc: Any) -> int:
    raw = svc.ws.get_meta(CONTACT_DEFAULT_META_KEY, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else CONTACT_DEFAULT_DAYS


def last_contacts(svc: Any, me: uuid.UUID | None) -> dict[uuid.UUID, date]:
    """The latest logged contact per person: a log entry they took part in (with me, when
    the profile is set) or a meeting both attended."""
    from brobygger.services.log import LogFilter

    latest: dict[uuid.UUID, date] = {}

    def seen(pid: uuid.UUID, when: date) -> None:
        if pid != me and (pid not in latest or latest[pid] < when):
            latest[pid] = when

    for e in svc.log.list(LogFilter()):
        if me is None or me in e.participants:
            for pid in e.participants:
                seen(pid, e.entry_date)
    ms = svc.meetings
    for m in ms.meetings.all():
        if m.status not in ("afholdt", "godkendt"):
            continue
        present = [a.person_id for a in ms.attendees.list(m.id) if a.present]
        if me is None or me in present:
            for pid in present:
                seen(pid, m.meeting_date)
    return latest


def _contacts(svc: Any, me: uuid.UUID | None, day: date) -> list[WeekLine]:
    if me is None:
        return []
    mine = {m.initiative_id for m in svc.members.list(person_id=me)}
    people = {m.person_id for iid in mine for m in svc.members.list(initiative_id=iid)}
    people.discard(me)
    rhythm = {c.person_id: c.interval_days for c in svc.meetings.contacts.all()}
    default = contact_default(svc)
    latest = last_contacts(svc, me)
    from brobygger.services.person_directory import person_names

    names = person_names(svc, people)  # only these, not every person
    out = []
    for pid in people:
        if pid not in names:
            continue
        interval = rhythm.get(pid, default)
        last = latest.get(pid)
        due = (last + timedelta(days=interval)) if last is not None else None
        if due is not None and due > day:
            continue
        detail = (_("sidste kontakt {day} (hver {n}. dag)", day=_day(last), n=interval)
                  if last is not None
                  else _("ingen kontakt registreret (hver {n}. dag)", n=interval))
        out.append(WeekLine("contacts", names[pid], detail, "person", pid, last, True))
    out.sort(key=lambda w: (w.when or date.min, w.text))
    return out


def due_today(svc: Any, today: date | None = None, person_id: uuid.UUID | None = None
              ) -> str:
    """The start-up notification's text, or '' when nothing is due."""
    week = my_week(svc, today, person_id)
    meetings = [w for w in week.lines if w.section == "meetings" and w.when == week.today]
    due = week.due_today()
    parts = []
    if meetings:
        parts.append(_("{n} møde(r) i dag", n=len(meetings)))
    if due:
        parts.append(_("{n} handling(er) eller anmodning(er) forfalder i dag eller er "
                       "forfaldne", n=len(due)))
    return " · ".join(parts)
