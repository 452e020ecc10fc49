"""The example workspace's forums and meetings (issue 16): each case's real forums
(Psykiatriens Hus' operations and development meetings, Randers' steering group and annual
seminar, Viborg's working group with practice consultants and steering group), with past
meetings and their minutes, written through the meeting services. The content is in
``resources/demo/meetings.json``; dates shift with the rest of the example."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from brobygger.services.demo_parts import DemoKeys, read_part

MEETINGS_FILE = "demo/meetings.json"
PROFILE_META_KEY = "profile_person_id"


def load_demo_meetings(svc: Any, data: dict[str, Any],
                       day: Callable[[str | None], date | None]) -> None:
    """Add the forums and meetings; ``data`` is the example's workspace.json (for the keys
    of people and initiatives), ``day`` shifts a date of the example."""
    content = read_part(MEETINGS_FILE)
    if content is None:
        return
    keys = DemoKeys.of(svc, data)
    person, initiative = keys.person, keys.initiative
    ms = svc.meetings
    for f in content["forums"]:
        forum = ms.create_forum(
            name=f["name"], kind=f["kind"], rhythm_weeks=f.get("rhythm_weeks"),
            place=f.get("place", ""), description=f.get("description", ""),
            initiative_ids=[initiative[k] for k in f.get("initiatives", [])],
            members=[(person[k], role) for k, role in f.get("members", [])])
        for m in f.get("meetings", []):
            _meeting(svc, forum.id, m, person, day)
        for ask in svc.asks.list():  # asks addressed to the forum (e.g. the sundhedsråd)
            if any(ask.title.startswith(t) for t in f.get("addressed_asks", [])):
                svc.asks.update(ask.id, addressee_forum_id=forum.id)
    if content.get("profile_person"):
        svc.set_meta(PROFILE_META_KEY, str(person[content["profile_person"]]))
    for key, days in content.get("contact_rhythms", []):
        ms.contacts.set(person[key], days)


def _meeting(svc: Any, forum_id: uuid.UUID, m: dict[str, Any], person: dict[str, uuid.UUID],
             day: Callable[[str | None], date | None]) -> None:
    from brobygger.services.agenda import Proposal

    ms = svc.meetings
    meeting = ms.schedule(forum_id, day(m["date"]), start_time=m.get("start"),
                          end_time=m.get("end"))
    if m.get("notes"):
        ms.meetings.update(meeting.id, notes=m["notes"])
    for key in m.get("present", []):
        ms.set_presence(meeting.id, person[key], True)
    for key in m.get("absent", []):
        ms.set_presence(meeting.id, person[key], False)
    for it in m.get("items", []):
        item = ms.add_item(meeting.id, Proposal(
            kind=it.get("kind", "andet"), title=it["title"],
            purpose=it.get("purpose", "orientering"), minutes=it.get("minutes", 10),
            owner_id=person.get(it.get("owner") or ""), description=it.get("description", "")))
        if it.get("notes"):
            ms.set_notes(item.id, it["notes"])
        decisions = [ms.record_decision(item.id, title=d["title"], body=d.get("body", ""),
                                        type=d.get("type", "beslutning"),
                                        status=d.get("status", "aftalt")).id
                     for d in it.get("decisions", [])]
        for a in it.get("actions", []):
            action = ms.record_action(
                item.id, title=a["title"], owner_id=person.get(a.get("owner") or ""),
                due_date=day(a.get("due")),
                decision_id=decisions[a["decision"]] if "decision" in a else None)
            if a.get("status") == "udfoert":
                svc.actions.mark_done(action.id, on=day(a.get("done")) or day(a.get("due")))
        for q in it.get("asks", []):
            ms.record_ask(item.id, title=q["title"], addressee=q.get("addressee", ""),
                          level=q.get("level", "topledelse"), due_date=day(q.get("due")),
                          reason=q.get("reason", ""))
        for p in it.get("plagues", []):
            ms.record_plague(item.id, plague=p["plague"], severity=p["severity"],
                             note=p.get("note", ""))
    if m.get("status", "planlagt") != "planlagt":
        ms.set_status(meeting.id, m["status"])
