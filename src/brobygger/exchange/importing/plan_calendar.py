"""The plan for calendar events: each occurrence in the range becomes a log entry of type
møde – or, when the user chooses a forum, a **meeting** of that forum (issue 16's record)
with its date, times, place and title, the description in the notes, and the attendees
matched to people as its invited people.

The key of an occurrence is its UID plus the occurrence (:mod:`.ics`): a re-import adds
nothing twice; an event changed in the calendar is updated – unless the record was edited
here since, then it is a conflict, never overwritten. Brobygger's own exports (the UID
holds the record's id: a log entry's or a meeting's) are matched to their records."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from brobygger.domain.i18n import _
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.importing.ics import CalEvent
from brobygger.exchange.importing.matching import Directory
from brobygger.exchange.importing.plan_log import finish_matches, title_and_body, validate
from brobygger.exchange.importing.source import SourceFile
from brobygger.services.imports import (
    CONFLICT,
    CREATE,
    KIND_CALENDAR,
    MATCH,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportedItem,
    ImportPlan,
    PlannedRecord,
    cpr_in,
    imported_keys,
)
from brobygger.store import models

LOG_ENTRY, MEETING = "log_entry", "meeting"
PLACE_MAX = 300
_MODELS: dict[str, Any] = {LOG_ENTRY: models.LogEntry, MEETING: models.Meeting}


def _attendees(ev: CalEvent, directory: Directory, pending: list[tuple[str, str]]
               ) -> tuple[uuid.UUID, ...]:
    ids: list[uuid.UUID] = []
    for name, email in ev.attendees:
        hit = directory.people.exact(name, email)
        if hit is not None:
            ids.append(hit.id)
        else:
            pending.append(("participants", f"{name} <{email}>" if name and email
                            else name or email))
    return tuple(dict.fromkeys(ids))


def _log_values(ev: CalEvent, people: tuple[uuid.UUID, ...]) -> dict[str, Any]:
    lines = [ev.time_text(), f"Sted: {ev.location}" if ev.location else "", ev.description]
    title, body = title_and_body(ev.summary or "Møde (uden titel)",
                                 "\n".join(x for x in lines if x))
    return {"entry_date": ev.day, "type": "moede", "title": title, "body": body,
            "participants": people, "tags": []}


def _meeting_values(ev: CalEvent, people: tuple[uuid.UUID, ...], forum_id: uuid.UUID,
                    today: date) -> dict[str, Any]:
    title, notes = title_and_body(ev.summary or "Møde (uden titel)", ev.description)
    place = " ".join(ev.location.split())
    if len(place) > PLACE_MAX:  # nothing is lost: the whole place goes into the notes
        notes = "\n\n".join(x for x in (f"Sted: {place}", notes) if x)
        place = place[:PLACE_MAX - 2].rsplit(" ", 1)[0] + " …"
    end = ev.end if ev.start is not None and ev.end is not None and ev.end > ev.start \
        else None
    return {"forum_id": forum_id, "meeting_date": ev.day, "start_time": ev.start,
            "end_time": end, "place": place, "title": title, "notes": notes,
            "status": "afholdt" if ev.day < today else "planlagt", "participants": people}


def _states(svc: Any, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[str, int, bool]]:
    """Record id → (entity, version, in the trash) for log entries and meetings."""
    out: dict[uuid.UUID, tuple[str, int, bool]] = {}
    wanted = list(set(ids))
    with svc.ws.read() as s:
        for entity, model in _MODELS.items():
            for i in range(0, len(wanted), 500):
                stmt = select(col(model.id), col(model.version), col(model.deleted_at)).where(
                    col(model.id).in_(wanted[i:i + 500]))
                for rid, version, deleted in s.execute(stmt):
                    out[rid] = (entity, version, deleted is not None)
    return out


def _action(rec: PlannedRecord, ev: CalEvent, earlier: dict[str, ImportedItem],
            states: dict[uuid.UUID, tuple[str, int, bool]]) -> None:
    own = states.get(ev.own_id) if ev.own_id is not None else None
    if own is not None and not own[2] and ev.key not in earlier:
        rec.action, rec.target_id = MATCH, ev.own_id
        rec.reason = (_("Brobyggers egen kalenderbegivenhed – findes som møde")
                      if own[0] == MEETING else
                      _("Brobyggers egen kalenderbegivenhed – findes som logindførsel"))
        return
    item = earlier.get(ev.key)
    if item is None:
        return
    rec.target_id = item.record_id
    entity, version, deleted = states.get(item.record_id, (item.entity, 0, True))
    if deleted:
        rec.action, rec.reason = SKIP, _("importeret før og siden lagt i papirkurven")
    elif entity != rec.entity:
        rec.action = SKIP
        rec.reason = (_("importeret før som møde") if entity == MEETING
                      else _("importeret før som logindførsel"))
    elif item.source_hash == ev.content_hash:
        rec.action, rec.reason = UNCHANGED, _("importeret før, uændret i kalenderen")
    elif version == item.version:
        rec.action, rec.reason = UPDATE, _("ændret i kalenderen siden sidste import")
    else:
        rec.action = CONFLICT
        rec.reason = (_("ændret i kalenderen, og mødet er rettet her siden importen – ikke "
                        "overskrevet") if rec.entity == MEETING else
                      _("ændret i kalenderen, og logindførslen er rettet her siden importen "
                        "– ikke overskrevet"))


@gc_paused()
def plan_calendar(svc: Any, events: Sequence[CalEvent], src: SourceFile,
                  forum_id: uuid.UUID | None = None, today: date | None = None
                  ) -> ImportPlan:
    """What importing ``events`` would do – as log entries of type møde, or as meetings of
    the forum ``forum_id`` (past ones *afholdt*, later ones *planlagt*); reads only."""
    entity = LOG_ENTRY if forum_id is None else MEETING
    if forum_id is not None:
        forum_id = svc.meetings.forums.get(forum_id).id  # NotFoundError for a wrong id
    today = today or date.today()
    directory = Directory(svc)
    earlier = imported_keys(svc, KIND_CALENDAR, {e.key for e in events})
    states = _states(svc, [*(i.record_id for i in earlier.values()),
                           *(e.own_id for e in events if e.own_id is not None)])
    recs: list[PlannedRecord] = []
    pending: dict[int, list[tuple[str, str]]] = {}
    seen: dict[str, int] = {}
    for i, ev in enumerate(events):
        row_pending: list[tuple[str, str]] = []
        people = _attendees(ev, directory, row_pending)
        values = _log_values(ev, people) if forum_id is None \
            else _meeting_values(ev, people, forum_id, today)
        when = f"{ev.day:%d-%m-%Y}" + (f" {ev.start:%H.%M}" if ev.start is not None else "")
        rec = PlannedRecord(ev.number, entity, CREATE, f"{when}  {values['title']}", values,
                            key=ev.key, source_hash=ev.content_hash)
        if ev.key in seen:
            rec.action, rec.reason = SKIP, _("samme begivenhed som nr. {number}",
                                             number=seen[ev.key])
        else:
            _action(rec, ev, earlier, states)
        seen.setdefault(ev.key, ev.number)
        recs.append(rec)
        if row_pending and rec.action in (CREATE, UPDATE):
            pending[i] = row_pending
    finish_matches(recs, pending, directory, "body" if forum_id is None else "notes")
    for r in recs:
        r.cpr = cpr_in(r.values)
    validate(svc, recs, svc.log if forum_id is None else svc.meetings.meetings)
    return ImportPlan(KIND_CALENDAR, src.name, src.sha256, recs, forum_id=forum_id)
