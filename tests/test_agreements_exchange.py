"""Agreements travel in exchange bundles (format 4), bundles of the previous formats still
import, search finds them, and they live on PostgreSQL like everything else (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle
from brobygger.exchange.bundle import FORMAT_VERSION, KdfCost
from brobygger.services import Services
from brobygger.store import transfer
from brobygger.store.workspace import Workspace
from tests.conftest import DEMO_TODAY, PASS

FAST = KdfCost(n=2**8)
V2 = Path(__file__).parent / "fixtures" / "bundle_v2_viborg.brobygger"
# written by the previous version (format 3: asks' links, no agreements)
V3 = Path(__file__).parent / "fixtures" / "bundle_v3_viborg.brobygger"


def _register(svc: Services) -> list[tuple[str, int, int, bool]]:
    return sorted((ln.agreement.title, ln.versions, ln.deviations, ln.review_due)
                  for ln in svc.agreements.register(DEMO_TODAY))


def test_agreements_travel_in_a_bundle(demo_svc: Services, tmp_path: Path) -> None:
    ids = [demo_svc.initiatives.find(n).id for n in ("Akutsamarbejde, Viborg", "SAM:BO")]
    path = export_bundle(demo_svc, ids, tmp_path / "a.brobygger", PASS, kdf_cost=FAST).path
    preview = read_bundle(path, PASS)
    assert preview.manifest.format_version == FORMAT_VERSION >= 4
    with Workspace.open(tmp_path / "b") as ws:
        other = Services(ws, user="modpart")
        apply_import(other, plan_import(other, read_bundle(path, PASS)))
        got = _register(other)
        transfers = [t.medical_responsible for t in other.agreements.transfers.list()]
        entries = other.agreements.entries.list()
    mine = [r for r in _register(demo_svc) if "Psykiatriens" not in r[0]]
    assert got == mine and len(got) == 2
    assert transfers == ["Hospitalets læger"] and len(entries) == 1


@pytest.mark.parametrize(("fixture", "version"), [(V2, 2), (V3, 3)])
def test_previous_format_bundles_still_import(svc: Services, fixture: Path,
                                              version: int) -> None:
    preview = read_bundle(fixture, PASS)
    assert preview.manifest.format_version == version
    apply_import(svc, plan_import(svc, preview))
    assert svc.initiatives.find("Akutsamarbejde, Viborg")
    assert svc.agreements.register(DEMO_TODAY) == []


def test_search_finds_agreements_deviations_and_transfers(demo_svc: Services) -> None:
    kinds = {e for e, _i, _t in demo_svc.agreements.search("udskriv")}
    assert kinds == {"agreement", "deviation"}
    assert [t for e, _i, t in demo_svc.agreements.search("IV-behandling eget hjem")
            if e == "task_transfer"] == ["IV-behandling i eget hjem"]
    assert demo_svc.agreements.search("   ") == []


def test_agreements_on_postgresql(demo_svc: Services, pg_ws: Workspace) -> None:
    transfer.copy_workspace(demo_svc.ws, pg_ws)
    shared = Services(pg_ws, user="i17a_pg")
    assert _register(shared) == _register(demo_svc)
    sambo = shared.agreements.agreements.find("SAM:BO")
    new = shared.agreements.supersede(sambo.id, in_force_from="2027-01-01",
                                      version_label="2027")
    assert [v.version_label for v in shared.agreements.versions(new.id)][-2:] == [
        "2024 (illustration)", "2027"]
    d = shared.agreements.deviations.create(agreement_id=new.id, title="Prøve", theme="Test")
    assert [e.action for e in shared.audit.history(d.id)] == ["create"]
