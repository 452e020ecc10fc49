"""Forums and meetings travel in exchange bundles (format 2), a format-1 bundle from the
previous version still imports, the audit trail records meeting changes, and the handover
brief names the forums."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle
from brobygger.exchange.bundle import KdfCost
from brobygger.services import Services
from brobygger.store.workspace import Workspace
from tests.conftest import PASS

FAST = KdfCost(n=2**8)
FIXTURE = Path(__file__).parent / "data" / "bundle-format1-viborg.brobygger"


def _meetings(svc: Services) -> list[tuple[str, str, int, str]]:
    ms = svc.meetings
    out = []
    for m in ms.meetings.all():
        view = ms.view(m.id)
        notes = "|".join(iv.item.notes for iv in view.items)
        created = sum(len(iv.created) for iv in view.items)
        out.append((view.forum.name, m.meeting_date.isoformat(), created, notes))
    return sorted(out)


def test_meetings_travel_in_a_bundle(demo_svc: Services, tmp_path: Path) -> None:
    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    path = export_bundle(demo_svc, [viborg.id], tmp_path / "v.brobygger", PASS,
                         kdf_cost=FAST).path
    with Workspace.open(tmp_path / "b") as ws:
        other = Services(ws, user="modpart")
        apply_import(other, plan_import(other, read_bundle(path, PASS)))
        got = _meetings(other)
        forums = {f.name for f in other.meetings.forums.all()}
    mine = [m for m in _meetings(demo_svc) if m[0] in forums]
    assert forums == {"Arbejdsgruppen med praksiskonsulenter, Viborg",
                      "Styregruppen for akutsamarbejdet, Viborg",
                      "Sundhedsrådet for Viborg-området"}  # the example's health council
    assert got == mine and any(created for _f, _d, created, _n in got)


def test_format1_bundle_still_imports(svc: Services) -> None:
    preview = read_bundle(FIXTURE, PASS)
    assert preview.manifest.format_version == 1
    apply_import(svc, plan_import(svc, preview))
    assert svc.initiatives.find("Akutsamarbejde, Viborg")
    assert svc.meetings.forums.all() == []


def test_minutes_are_audited(svc: Services) -> None:
    from tests import meeting_fixture as mf

    fx = mf.build(svc)
    items = svc.meetings.save_agenda(fx.next, svc.meetings.propose_agenda(fx.next))
    svc.meetings.set_notes(items[0].id, "Alt er fulgt op.")
    history = svc.audit.history(items[0].id)
    assert [e.action for e in history][:2] == ["update", "create"]
    assert tuple(history[0].changes["notes"]) == ("", "Alt er fulgt op.")


def test_handover_brief_names_the_forums(demo_svc: Services, tmp_path: Path) -> None:
    from brobygger.services.briefs import handover_brief

    ini = demo_svc.initiatives.find("Psykiatriens Hus, Silkeborg")
    out = handover_brief(demo_svc, ini.id, tmp_path / "h.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Fora og møder" in text
    assert "Driftsmøde i Psykiatriens Hus" in text and "hver 4. uge" in text
    assert "Mette Kjær" in text
