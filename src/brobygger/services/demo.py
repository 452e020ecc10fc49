"""The example workspace: the four cases of DOMAIN.md §3, loaded through the services.

The content lives in ``resources/demo/workspace.json``. Its dates are shifted so that the
file's ``anchor_date`` becomes today: the example always looks current (actions due this
week, a recent log).
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from brobygger import paths
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.services import Services

DEMO_FILE = "demo/workspace.json"


def demo_path() -> Path:
    return paths.resource_dir() / DEMO_FILE


def load_demo(svc: Services, *, today: date | None = None, source: Path | None = None) -> int:
    """Load the example workspace into an empty workspace, all or nothing.
    Returns the number of log entries loaded."""
    if not svc.is_empty():
        raise InputError(_("Eksempel-arbejdsområdet kan kun indlæses i et tomt arbejdsområde. "
                           "Vælg en ny datamappe med --data-dir."))
    data = json.loads((source or demo_path()).read_text(encoding="utf-8"))
    shift = (today or date.today()) - date.fromisoformat(data["anchor_date"])

    def day(value: str | None) -> date | None:
        """A date of the example, shifted to today – except historical dates marked with a
        trailing '!' (SAM:BO's agreement from 2008 stays in 2008)."""
        if value is None:
            return None
        if value.endswith("!"):
            return date.fromisoformat(value[:-1])
        return date.fromisoformat(value) + shift

    with svc.unit_of_work() as uow:
        entries = _load(svc, data, day)
        from brobygger.services.demo_meetings import load_demo_meetings
        load_demo_meetings(svc, data, day)  # forums and meetings (issue 16)
        from brobygger.services.demo_agreements import load_demo_agreements
        load_demo_agreements(svc, data, day)  # agreements and task transfers (issue 17)
        uow.set_meta("is_example", "1")
    svc.mark_example_initiatives()  # EKSEMPELDATA per initiative, never on real work
    return entries


def _load(svc: Services, data: dict[str, Any], day: Any) -> int:
    orgs: dict[str, uuid.UUID] = {}
    for o in data["organisations"]:
        orgs[o["key"]] = svc.organisations.create(
            name=o["name"], sector=o["sector"], parent_id=orgs.get(o.get("parent") or ""),
            notes=o.get("notes", ""), kind=o.get("kind")).id
    people: dict[str, uuid.UUID] = {}
    for p in data["people"]:
        people[p["key"]] = svc.people.create(
            name=p["name"], title=p.get("title", ""), organisation_id=orgs[p["organisation"]],
            level=p["level"], phone=p.get("phone", ""), email=p.get("email", ""),
            is_champion=p.get("is_champion", False), notes=p.get("notes", ""),
            active_to=day(p.get("active_to")), role=p.get("role")).id
        for r in p.get("self_reviews", []):  # a leader's own notes; private unless shared
            svc.self_reviews.create(person_id=people[p["key"]], topic=r["topic"],
                                    reviewed_on=day(r["date"]), note=r["note"],
                                    shared=r.get("shared", False))
    initiatives: dict[str, uuid.UUID] = {}
    entries = 0
    for i in data["initiatives"]:
        iid = svc.initiatives.create(
            name=i["name"], parent_id=initiatives.get(i.get("parent") or ""),
            purpose=i.get("purpose", ""), trigger=i.get("trigger", ""), status=i["status"],
            start_date=day(i.get("start_date")), end_date=day(i.get("end_date")),
            formalisation=i.get("formalisation"), meaning=i.get("meaning"),
            cornerstones=i.get("cornerstones"), kind=i.get("kind"),
            readiness={k: r["answer"] == "ja" for k, r in (i.get("readiness") or {}).items()}).id
        initiatives[i["key"]] = iid
        for party in i.get("parties", []):
            svc.parties.create(initiative_id=iid, organisation_id=orgs[party["organisation"]],
                               role=party.get("role", ""))
        for member in i.get("members", []):
            svc.members.create(initiative_id=iid, person_id=people[member["person"]],
                               role=member["role"])
        for e in i.get("log", []):
            svc.log.create(
                initiative_id=iid, entry_date=day(e["date"]), type=e["type"], title=e["title"],
                body=e.get("body", ""), tags=e.get("tags", []),
                participants=[people[k] for k in e.get("participants", [])],
                plagues=e.get("plagues", []), barriers=e.get("barriers", []),
                decision_status=e.get("decision_status"),
                escalation_level=e.get("escalation_level"),
                escalated_to=e.get("escalated_to", ""), author="Eksempel")
            entries += 1
        for a in i.get("actions", []):
            svc.actions.create(initiative_id=iid, title=a["title"],
                               owner_id=people.get(a.get("owner") or ""),
                               due_date=day(a.get("due")),
                               status=a.get("status", "aaben"), notes=a.get("notes", ""))
        for r in i.get("assessments", []):
            svc.relationships.create(
                initiative_id=iid, org_a_id=orgs[r["a"]], org_b_id=orgs[r["b"]],
                assessed_on=day(r["date"]), kendskab=r["kendskab"], respekt=r["respekt"],
                tillid=r["tillid"], note=r.get("note", ""),
                assessed_by=_person_name(data, r.get("assessed_by")))
        for pl in i.get("plagues", []):
            svc.plagues.create(initiative_id=iid, plague=pl["plague"], assessed_on=day(pl["date"]),
                               severity=pl["severity"], note=pl.get("note", ""),
                               mitigation=pl.get("mitigation", ""),
                               owner_id=people.get(pl.get("owner") or ""))
        for b in i.get("barriers", []):
            svc.barriers.create(initiative_id=iid, barrier=b["barrier"], assessed_on=day(b["date"]),
                                impact=b["impact"], escalation_level=b["escalation_level"],
                                ask=b.get("ask", ""), ask_to=b.get("ask_to", ""),
                                status=b.get("status", "identificeret"))
        _load_indicators(svc, iid, i, orgs, day)
        _load_asks(svc, iid, i, day)
        for code_, r in (i.get("readiness") or {}).items():
            svc.readiness.create(initiative_id=iid, reflection=code_, answer=r["answer"],
                                 note=r.get("note", ""), answered_on=day(r["date"]))
    return entries


def _load_indicators(svc: Services, iid: uuid.UUID, data: dict[str, Any],
                     orgs: dict[str, uuid.UUID], day: Any) -> None:
    """The initiative's indicators with their measurements (overall and per party)."""
    for ind in data.get("indicators", []):
        ind_id = svc.indicators.create(
            initiative_id=iid, name=ind["name"], unit=ind.get("unit", ""),
            direction=ind.get("direction", "op"), baseline=ind.get("baseline"),
            target=ind.get("target"), description=ind.get("description", ""),
            target_date=day(ind.get("target_date")),
            parties=[orgs[k] for k in ind.get("parties", [])]).id
        for m in ind.get("measurements", []):
            svc.measurements.create(indicator_id=ind_id, measured_on=day(m["date"]),
                                    value=m["value"], source=m.get("source", ""))
        for m in ind.get("party_measurements", []):  # per party (issue 17)
            svc.measurements.create(indicator_id=ind_id, measured_on=day(m["date"]),
                                    value=m["value"], source=m.get("source", ""),
                                    organisation_id=orgs[m["party"]])


def _load_asks(svc: Services, iid: uuid.UUID, data: dict[str, Any], day: Any) -> None:
    """Answers to the asks the barriers and escalation entries raised, and asks of their
    own: the example shows every status of an ask."""
    from brobygger.services.asks import AskFilter

    asks = svc.asks.list(AskFilter(initiative_id=iid))
    for b in data.get("barriers", []):
        found = [a for a in asks if a.barrier == b["barrier"] and a.raised_on == day(b["date"])
                 and a.barrier_assessment_id is not None]
        if not found:
            continue
        ask = found[0]
        if b.get("answer_due"):
            ask = svc.asks.update(ask.id, due_date=day(b["answer_due"]))
        a = b.get("answer")
        if a:
            svc.asks.update(ask.id, status="aaben", closed_on=None)
            svc.asks.answer(ask.id, answer=a["text"], answered_on=day(a["date"]),
                            answered_by=a.get("by", ""),
                            outcome=None if a["outcome"] == "besvaret" else a["outcome"])
    for extra in data.get("asks", []):
        if "entry_date" in extra:  # an escalation entry's own ask
            ask = next(a for a in asks if a.raised_on == day(extra["entry_date"])
                       and a.barrier_assessment_id is None)
        else:
            ask = svc.asks.create(
                initiative_id=iid, title=extra["title"], reason=extra.get("reason", ""),
                raised_on=day(extra["date"]), raised_by="Eksempel", level=extra["level"],
                addressee=extra.get("addressee", ""), due_date=day(extra.get("due")))
        if extra.get("outcome"):
            when = day(extra.get("closed") or extra["date"])
            svc.asks.close(ask.id, outcome=extra["outcome"], closed_on=when,
                           note=extra.get("text", ""))


def _person_name(data: dict[str, Any], key: str | None) -> str:
    for p in data["people"]:
        if p["key"] == key:
            return str(p["name"])
    return ""

