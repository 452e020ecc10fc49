"""Briefs never print a CPR number, even when one was let into the data (--allow-cpr)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from brobygger.services import Services
from brobygger.services.briefs import BriefOptions, handover_brief, portfolio_brief, status_brief
from brobygger.store.workspace import Workspace

CPR = "010190-1234"


def test_no_brief_prints_a_cpr_number(ws: Workspace, tmp_path: Path) -> None:
    svc = Services(ws, user="tester", allow_cpr=True)
    org_a = svc.organisations.create(name=f"Kommune {CPR}", sector="kommune")
    org_b = svc.organisations.create(name="Hospital 0101901234", sector="region_hospital")
    person = svc.people.create(name="Anne Holm", title=f"Chef {CPR}", organisation_id=org_a.id)
    ini = svc.initiatives.create(name=f"Forløb {CPR}", purpose=f"Patient {CPR} udskrevet",
                                 status="drift", start_date="2026-01-01",
                                 readiness={"formaal": True})
    svc.parties.create(initiative_id=ini.id, organisation_id=org_a.id, role=f"rolle {CPR}")
    svc.parties.create(initiative_id=ini.id, organisation_id=org_b.id, role="hospital")
    svc.members.create(initiative_id=ini.id, person_id=person.id, role="leder")
    for kind in ("beslutning", "aftale", "moede", "haendelse"):
        svc.log.create(initiative_id=ini.id, entry_date="2026-03-01", type=kind,
                       title=f"{kind} om 010190 1234", body=f"Borger {CPR} og 0101901234",
                       tags=[CPR], participants=[person.id])
    svc.log.create(initiative_id=ini.id, entry_date="2026-03-02", type="eskalering",
                   title=f"Eskalering {CPR}", escalation_level="topledelse",
                   escalated_to=f"Direktør {CPR}")
    svc.actions.create(initiative_id=ini.id, title=f"Ring om {CPR}", owner_id=person.id,
                       due_date="2026-12-01", notes=CPR)
    svc.plagues.create(initiative_id=ini.id, plague="graazoner", severity=3, note=CPR,
                       mitigation=f"Afklar {CPR}", assessed_on="2026-02-01")
    svc.barriers.create(initiative_id=ini.id, barrier="ressourcepres", impact=3,
                        escalation_level="politisk", ask=f"Bevilling {CPR}", ask_to=CPR,
                        status="eskaleret", assessed_on="2026-02-01")
    svc.relationships.create(initiative_id=ini.id, org_a_id=org_a.id, org_b_id=org_b.id,
                             kendskab=5, respekt=5, tillid=5, note=CPR,
                             assessed_on="2026-02-01")
    ind = svc.indicators.create(initiative_id=ini.id, name=f"Indikator {CPR}", baseline=1,
                                target=2, description=CPR)
    svc.measurements.create(indicator_id=ind.id, value=1.5, source=CPR,
                            measured_on="2026-02-01")
    options = BriefOptions(author=f"Forfatter {CPR}", confidentiality=f"Fortroligt {CPR}",
                           today=date(2026, 11, 20))
    files = [
        status_brief(svc, ini.id, None, None, tmp_path / "s.pdf", options),
        portfolio_brief(svc, None, tmp_path / "p.pdf", options),
        handover_brief(svc, ini.id, tmp_path / "h.pdf", options),
    ]
    for f in files:
        reader = PdfReader(f)
        text = "".join(page.extract_text() for page in reader.pages)
        squeezed = re.sub(r"\s+", "", text)
        assert "010190-****" in text or "010190-****" in squeezed, f.name  # masked, present
        assert not re.search(r"010190[- ]?1234", squeezed), f.name
        assert "0101901234" not in squeezed, f.name
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        assert "1234" not in meta
