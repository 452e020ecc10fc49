"""iCalendar (.ics) export for Outlook and other calendars: open actions on their due
dates and meetings from the log, in Europe/Copenhagen time.

Brobygger stores dates, not times. An action becomes an all-day event on its due date. A
meeting (a log entry of type ``moede``) becomes an all-day event too – unless its title
(or the first line of its text) names a time, as Danes write it: "kl. 14", "kl. 9.30–11",
"kl. 13:00-15:30" or "10.00–11.30". Then it is a timed event in Europe/Copenhagen
(one hour when no end is given), and the file carries the VTIMEZONE that defines it, so
summer and winter time come out right in any calendar.

Each event's UID is the record's id, so importing a newer file updates the events instead
of duplicating them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from brobygger.domain.catalogue import ACTION_STATUSES, Rule
from brobygger.domain.cpr import mask_cpr
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.exchange import files
from brobygger.exchange.tables import Names, resolve_initiative

TZID = "Europe/Copenhagen"
WHAT_CHOICES = ("log", "actions")
UID_DOMAIN = "brobygger"
DESCRIPTION_MAX = 2000
_OPEN = ACTION_STATUSES.having(Rule.OPEN)

_HOUR = r"([01]?\d|2[0-3])"
_MIN = r"([0-5]\d)"
_DASH = r"\s*(?:-|–|—|til)\s*"
_KL = re.compile(
    rf"\bkl\.?\s*{_HOUR}(?:[.:]{_MIN})?(?:{_DASH}(?:kl\.?\s*)?{_HOUR}(?:[.:]{_MIN})?)?(?!\d)",
    re.IGNORECASE)
_RANGE = re.compile(rf"(?<![\d.:]){_HOUR}[.:]{_MIN}{_DASH}{_HOUR}[.:]{_MIN}(?![\d.:])")


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    start: time
    end: time | None


def parse_time_of_day(text: str) -> TimeOfDay | None:
    """The first time (or time range) named in ``text``, Danish style; ``None`` if none."""
    candidates = [m for m in (_KL.search(text), _RANGE.search(text)) if m is not None]
    if not candidates:
        return None
    m = min(candidates, key=lambda x: x.start())
    h1, m1, h2, m2 = m.groups()
    start = time(int(h1), int(m1 or 0))
    end = time(int(h2), int(m2 or 0)) if h2 is not None else None
    if end is not None and end <= start:
        end = None
    return TimeOfDay(start, end)


def _event(uid: uuid.UUID, summary: str, description: str, categories: list[str],
           updated_at: datetime, version: int, stamp: datetime) -> Any:
    from icalendar import Event

    ev = Event()
    ev.add("uid", f"{uid}@{UID_DOMAIN}")
    ev.add("dtstamp", stamp)
    ev.add("last-modified", updated_at.astimezone(UTC))
    ev.add("sequence", max(0, int(version) - 1))
    # an event leaves Brobygger: CPR-like numbers only ever masked (010190-****)
    ev.add("summary", mask_cpr(summary))
    if description:
        ev.add("description", mask_cpr(description)[:DESCRIPTION_MAX])
    if categories:
        ev.add("categories", [mask_cpr(c) for c in categories])
    return ev


def _all_day(ev: Any, day: date) -> None:
    ev.add("dtstart", day)
    ev.add("dtend", day + timedelta(days=1))
    ev.add("transp", "TRANSPARENT")


def build_calendar(svc: Any, what: str, initiative: uuid.UUID | str | None = None,
                   now: datetime | None = None) -> tuple[Any, int]:
    """The calendar (an ``icalendar.Calendar``) and its number of events."""
    from icalendar import Calendar, Timezone

    if what not in WHAT_CHOICES:
        raise InputError(_("Til kalenderen kan eksporteres møder fra loggen (--what log) eller "
                           "handlinger med frist (--what actions)."))
    initiative_id = resolve_initiative(svc, initiative)
    names = Names(svc)
    zone = ZoneInfo(TZID)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//Brobygger//Brobygger//DA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Brobygger – " + ("møder" if what == "log" else "handlinger"))
    cal.add("x-wr-timezone", TZID)
    events: list[Any] = []
    days: list[date] = []
    if what == "log":
        from brobygger.services import LogFilter

        for e in svc.log.list(LogFilter(initiative_id=initiative_id, type="moede")):
            first_line = e.body.strip().splitlines()[0] if e.body.strip() else ""
            when = parse_time_of_day(e.title) or parse_time_of_day(first_line)
            initiative_name = names.initiative(e.initiative_id)
            people = ", ".join(sorted(names.person(p) for p in e.participants))
            lines = [f"Initiativ: {initiative_name}" if initiative_name else "",
                     f"Deltagere: {people}" if people else "", e.body.strip()]
            ev = _event(e.id, e.title, "\n".join(x for x in lines if x),
                        ["Brobygger", "Møde", *([initiative_name] if initiative_name else [])],
                        e.updated_at, e.version, stamp)
            if when is None:
                _all_day(ev, e.entry_date)
            else:
                start = datetime.combine(e.entry_date, when.start, tzinfo=zone)
                end = (datetime.combine(e.entry_date, when.end, tzinfo=zone)
                       if when.end is not None else start + timedelta(hours=1))
                ev.add("dtstart", start)
                ev.add("dtend", end)
            events.append(ev)
            days.append(e.entry_date)
    else:
        for a in svc.actions.list(initiative_id=initiative_id):
            if a.due_date is None or a.status not in _OPEN:
                continue
            initiative_name = names.initiative(a.initiative_id)
            lines = [f"Initiativ: {initiative_name}" if initiative_name else "",
                     f"Ansvarlig: {names.person(a.owner_id)}" if a.owner_id else "",
                     f"Status: {ACTION_STATUSES.label(a.status)}", a.notes.strip()]
            ev = _event(a.id, f"Frist: {a.title}", "\n".join(x for x in lines if x),
                        ["Brobygger", "Handling",
                         *([initiative_name] if initiative_name else [])],
                        a.updated_at, a.version, stamp)
            _all_day(ev, a.due_date)
            events.append(ev)
            days.append(a.due_date)
    first = min(days, default=stamp.date()) - timedelta(days=366)
    last = max(days, default=stamp.date()) + timedelta(days=366)
    cal.add_component(Timezone.from_tzid(TZID, first_date=first, last_date=last))
    for ev in events:
        cal.add_component(ev)
    return cal, len(events)


@dataclass(frozen=True, slots=True)
class CalendarSummary:
    path: Path
    events: int


def export_ics(svc: Any, what: str, path: str | Path,
               initiative: uuid.UUID | str | None = None) -> CalendarSummary:
    """Write meetings (``what="log"``) or open actions with a due date (``"actions"``)."""
    cal, count = build_calendar(svc, what, initiative)
    target = files.write_bytes(path, cal.to_ical())
    return CalendarSummary(target, count)
