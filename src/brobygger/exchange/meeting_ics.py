"""A meeting's invitation as iCalendar (.ics): a timed event in Europe/Copenhagen with the
VTIMEZONE that defines it, the invited people as attendees and the agenda in the
description. The UID is derived from the meeting's id, so a later file (an updated agenda,
a moved meeting) replaces the event instead of adding a second one; SEQUENCE grows with
every change. A meeting without a start time becomes an all-day event; a time that does not
exist (the hour skipped in spring) is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brobygger.domain.meetings import ITEM_PURPOSES, TZID, local_datetime
from brobygger.exchange import files

if TYPE_CHECKING:
    from brobygger.services.meetings import MeetingView

UID_DOMAIN = "brobygger"
DEFAULT_MINUTES = 60


def meeting_uid(view: MeetingView) -> str:
    return f"meeting-{view.meeting.id}@{UID_DOMAIN}"


def agenda_text(view: MeetingView) -> str:
    lines = [f"Dagsorden – {view.title}"]
    if view.initiative_names:
        lines.append("Initiativ: " + ", ".join(view.initiative_names))
    lines.append("")
    for n, iv in enumerate(view.items, 1):
        purpose = (ITEM_PURPOSES.label(iv.item.purpose) if iv.item.purpose in ITEM_PURPOSES
                   else iv.item.purpose)
        owner = f", {iv.owner_name}" if iv.owner_name else ""
        lines.append(f"{n}. {iv.item.title} ({purpose}{owner}, {iv.item.minutes} min.)")
    if not view.items:
        lines.append("Dagsordenen følger.")
    return "\n".join(lines)


def _sequence(view: MeetingView) -> int:
    """Grows with every change of the meeting or its agenda (seconds since 2020)."""
    changed = max([view.meeting.updated_at, *(iv.item.updated_at for iv in view.items)])
    return max(0, int((changed - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds()))


def build_invitation(view: MeetingView, now: datetime | None = None) -> Any:
    from icalendar import Calendar, Event, Timezone, vCalAddress, vText

    m = view.meeting
    ev = Event()
    ev.add("uid", meeting_uid(view))
    ev.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0))
    ev.add("last-modified", m.updated_at.astimezone(UTC))
    ev.add("sequence", _sequence(view))
    ev.add("summary", view.title)
    if m.place:
        ev.add("location", m.place)
    ev.add("description", agenda_text(view))
    ev.add("categories", ["Brobygger", "Møde"])
    if m.start_time is None:
        ev.add("dtstart", m.meeting_date)
        ev.add("dtend", m.meeting_date + timedelta(days=1))
    else:
        start = local_datetime(m.meeting_date, m.start_time, "start_time")
        if m.end_time is not None:
            end = local_datetime(m.meeting_date, m.end_time, "end_time")
        else:
            minutes = view.running_minutes or DEFAULT_MINUTES
            end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo)
        ev.add("dtstart", start)
        ev.add("dtend", end)
    for a in view.attendees:
        if not a.email:
            continue
        address = vCalAddress(f"mailto:{a.email}")
        address.params["cn"] = vText(a.name)
        address.params["role"] = vText("REQ-PARTICIPANT")
        ev.add("attendee", address, encode=False)
    cal = Calendar()
    cal.add("prodid", "-//Brobygger//Brobygger//DA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-timezone", TZID)
    cal.add_component(Timezone.from_tzid(TZID, first_date=m.meeting_date - timedelta(days=366),
                                         last_date=m.meeting_date + timedelta(days=366)))
    cal.add_component(ev)
    return cal


def export_invitation(view: MeetingView, path: str | Path) -> Path:
    """Write the invitation atomically; a refused time writes nothing."""
    cal = build_invitation(view)
    return files.write_bytes(path, cal.to_ical())
