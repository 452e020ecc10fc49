"""Calendar events in: the events of an ``.ics`` file within a date range, recurring
events expanded (RRULE, RDATE, EXDATE, changed occurrences) with ``recurring-ical-events``.

Each occurrence has a stable key – the UID, plus the original start (RECURRENCE-ID, in
UTC) for an occurrence of a recurring event – so a re-import recognises what it has
already brought in, and a content hash, so it sees what changed in the calendar since.
Events Brobygger exported itself carry the record id in the UID (``<id>@brobygger`` for
a log entry, ``meeting-<id>@brobygger`` for a meeting's invitation)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from brobygger.domain.i18n import _
from brobygger.exchange.calendar import TZID, UID_DOMAIN
from brobygger.exchange.importing.source import ImportFileError, SourceFile

_ZONE = ZoneInfo(TZID)
MAX_OCCURRENCES = 20_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CalEvent:
    """One occurrence in the range. ``start``/``end`` are local (Europe/Copenhagen) for
    timed events; ``all_day`` events have dates only."""

    number: int
    uid: str
    key: str
    day: date
    start: time | None
    end: time | None
    summary: str
    description: str
    location: str
    attendees: tuple[tuple[str, str], ...]  # (name, e-mail)
    content_hash: str
    own_id: uuid.UUID | None

    @property
    def all_day(self) -> bool:
        return self.start is None

    def time_text(self) -> str:
        """"kl. 14.00–15.00" – the form Brobygger's own calendar export reads back."""
        if self.start is None:
            return ""
        text = f"kl. {self.start:%H.%M}"
        return text + (f"–{self.end:%H.%M}" if self.end is not None else "")


def _local(value: Any) -> tuple[date, time | None]:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: taken as local time
            value = value.replace(tzinfo=_ZONE)
        local = value.astimezone(_ZONE)
        return local.date(), local.time().replace(second=0, microsecond=0)
    if isinstance(value, date):
        return value, None
    raise ValueError("no date")


def _utc_key(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_ZONE)
        return str(value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    return str(value.strftime("%Y%m%d")) if isinstance(value, date) else str(value)


def _attendees(ev: Any) -> tuple[tuple[str, str], ...]:
    raw = ev.get("ATTENDEE")
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for a in items:
        address = str(a)
        email = address[7:] if address.lower().startswith("mailto:") else ""
        name = str(getattr(a, "params", {}).get("CN", "") or "").strip().strip('"')
        if email or name:
            out.append((name, email.strip().lower()))
    return tuple(out)


def _own_id(uid: str) -> uuid.UUID | None:
    """The record id in a UID Brobygger wrote: ``<id>@brobygger`` (a log entry or an action)
    or ``meeting-<id>@brobygger`` (a meeting's invitation)."""
    head, _, domain = uid.partition("@")
    if domain != UID_DOMAIN:
        return None
    head = head.removeprefix("meeting-")
    try:
        return uuid.UUID(head)
    except ValueError:
        return None


def _event(ev: Any, number: int, recurring: set[str]) -> CalEvent:
    uid = str(ev.get("UID") or "").strip()
    start_prop = ev.get("DTSTART")
    if start_prop is None:
        raise ImportFileError(_("begivenheden har ingen starttid (DTSTART)."), number)
    day, start = _local(start_prop.dt)
    end: time | None = None
    end_prop = ev.get("DTEND")
    if start is not None and end_prop is not None:
        end_day, end = _local(end_prop.dt)
        if end_day != day:
            end = None
    recurrence = ev.get("RECURRENCE-ID")
    key = uid if recurrence is None or uid not in recurring \
        else f"{uid}|{_utc_key(recurrence.dt)}"
    if not uid:  # no UID: the start and the title make the key
        key = f"{_utc_key(start_prop.dt)}|{ev.get('SUMMARY', '')}"
    summary = str(ev.get("SUMMARY") or "").strip()
    description = str(ev.get("DESCRIPTION") or "").strip()
    location = str(ev.get("LOCATION") or "").strip()
    attendees = _attendees(ev)
    digest = hashlib.sha256("\x1f".join([
        summary, description, location, day.isoformat(), str(start), str(end),
        *sorted(f"{n}<{e}>" for n, e in attendees)]).encode("utf-8")).hexdigest()
    return CalEvent(number, uid, key, day, start, end, summary, description, location,
                    attendees, digest, _own_id(uid))


def read_events(src: SourceFile, date_from: date, date_to: date,
                progress: Progress | None = None) -> list[CalEvent]:
    """The occurrences from ``date_from`` to ``date_to`` (both included), oldest first."""
    import icalendar
    import recurring_ical_events

    if date_to < date_from:
        raise ImportFileError(_("Periodens slutdato ligger før startdatoen."))
    if b"BEGIN:VCALENDAR" not in src.data[:4096].upper():
        raise ImportFileError(_("{name} er ikke en kalenderfil (intet BEGIN:VCALENDAR).",
                                name=src.name))
    try:
        cal = icalendar.Calendar.from_ical(src.data)
        recurring = {str(ev.get("UID")) for ev in cal.walk("VEVENT")
                     if any(ev.get(p) is not None for p in ("RRULE", "RDATE", "RECURRENCE-ID"))}
        found = recurring_ical_events.of(cal).between(date_from, date_to + timedelta(days=1))
    except Exception:  # the parsers raise many kinds for a damaged file
        raise ImportFileError(_("{name} kan ikke læses som kalender (iCalendar). "
                                "Eksportér kalenderen igen.", name=src.name)) from None
    if len(found) > MAX_OCCURRENCES:
        raise ImportFileError(_("Perioden rummer {count} begivenheder (højst {limit}). "
                                "Vælg en kortere periode.", count=len(found),
                                limit=MAX_OCCURRENCES))
    def start_of(ev: Any) -> str:
        return _utc_key(ev["DTSTART"].dt) if ev.get("DTSTART") is not None else ""
    events = []
    for n, ev in enumerate(sorted(found, key=start_of), 1):
        event = _event(ev, n, recurring)
        if date_from <= event.day <= date_to:
            events.append(event)
        if progress is not None and n % 500 == 0:
            progress(n, len(found))
    return events
