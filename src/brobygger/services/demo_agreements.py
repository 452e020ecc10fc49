"""The example workspace's agreements (issue 17): SAM:BO from 2008 with its revisions and a
few plausible deviations, Viborg's IV task transfer (the hospital's physicians hold the
medical responsibility; monitored by the prevented-admission indicator) and Psykiatriens
Hus' driftsaftale. Facts as in seed 004; invented detail says it is an illustration. The
content is in ``resources/demo/agreements.json``; dates shift with the rest of the
example (a trailing '!' keeps a historical date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from brobygger.services.demo_parts import DemoKeys, read_part

AGREEMENTS_FILE = "demo/agreements.json"


def load_demo_agreements(svc: Any, data: dict[str, Any],
                         day: Callable[[str | None], date | None]) -> None:
    content = read_part(AGREEMENTS_FILE)
    if content is None:
        return
    keys = DemoKeys.of(svc, data)
    org, person, initiative = keys.org, keys.person, keys.initiative
    forums = {f.name: f.id for f in svc.meetings.forums.all()}
    ag = svc.agreements
    for a in content["agreements"]:
        first, *later = a["versions"]
        common = {"kind": a["kind"], "title": a["title"],
                  "parties": [org[k] for k in a["parties"]],
                  "initiative_ids": [initiative[k] for k in a["initiatives"]],
                  "forum_id": forums.get(a.get("forum", "")),
                  "owner_id": person.get(a.get("owner", "")),
                  "document_ref": a.get("document_ref", ""), "summary": a.get("summary", "")}
        current = ag.agreements.create(
            version_label=first["label"], status=first["status"],
            in_force_from=day(first["from"]), review_on=day(first.get("review_on")), **common)
        for v in later:
            current = ag.supersede(current.id, in_force_from=day(v["from"]),
                                   version_label=v["label"], status=v["status"],
                                   review_on=day(v.get("review_on")))
        for d in a.get("deviations", []):
            ag.deviations.create(agreement_id=current.id, observed_on=day(d["date"]),
                                 title=d["title"], theme=d.get("theme", ""),
                                 rule=d.get("rule", ""), reason=d.get("reason", ""),
                                 effect=d.get("effect", ""), proposal=d.get("proposal", ""),
                                 recorded_by="Eksempel (illustration)")
        if a.get("log_entry"):
            from brobygger.services.log import LogFilter

            for iid in common["initiative_ids"]:
                for e in svc.log.list(LogFilter(initiative_id=iid)):
                    if e.title == a["log_entry"]:
                        ag.link_entry(current.id, e.id)
        for t in a.get("transfers", []):
            indicator = next((i.id for iid in common["initiative_ids"]
                              for i in svc.indicators.list(iid) if i.name == t["indicator"]),
                             None)
            ag.transfers.create(
                agreement_id=current.id, initiative_id=common["initiative_ids"][0],
                task=t["task"], from_org_id=org[t["from_org"]],
                from_profession=t.get("from_profession", ""), to_org_id=org[t["to_org"]],
                to_profession=t.get("to_profession", ""),
                competencies=t.get("competencies", ""), assurance=t.get("assurance", ""),
                medical_org_id=org.get(t.get("medical_org", "")),
                medical_person_id=person.get(t.get("medical_person", "")),
                medical_responsible=t.get("medical_responsible", ""), indicator_id=indicator,
                monitoring=t.get("monitoring", ""), transferred_on=day(t.get("date")))
