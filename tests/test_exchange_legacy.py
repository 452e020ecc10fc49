"""Bundles from the previous version carry content hashes of the previous data model (an
indicator without ``target_date``): a record changed only on the other side must be an
update, not a conflict; a record changed on both sides stays one conflict."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from brobygger.exchange import plan_import, read_bundle, records
from brobygger.exchange.bundle import KdfCost, open_sealed, seal
from brobygger.services import Services
from brobygger.store.workspace import Workspace
from tests.conftest import FIXTURES, PASS, old_example_workspace


def _old_hash(entity: str, raw: dict[str, Any]) -> str:
    """The content hash the previous version computed (its columns only)."""
    return records.content_hash(entity, raw)


def _v1_bundle_with_an_edited_indicator(tmp_path: Path) -> tuple[Path, uuid.UUID]:
    """What the previous version writes after its user renamed one indicator: the record
    with the new name, the new hash first in its history."""
    doc = json.loads(open_sealed((FIXTURES / "bundle_v1_viborg.brobygger").read_bytes(), PASS))
    assert doc["format"] == 1
    raw = doc["records"]["indicator"][0]
    assert "target_date" not in raw
    raw["name"] = raw["name"] + " (ændret derovre)"
    doc["known"][raw["id"]] = [_old_hash("indicator", raw), *doc["known"][raw["id"]]]
    path = tmp_path / "v1-edited.brobygger"
    path.write_bytes(seal(records.canonical(doc), PASS, KdfCost(n=2**8)))
    return path, uuid.UUID(raw["id"])


def test_changed_only_over_there_is_an_update_not_a_conflict(tmp_path: Path) -> None:
    bundle, rid = _v1_bundle_with_an_edited_indicator(tmp_path)
    with Workspace.open(old_example_workspace(tmp_path / "ws")) as ws:
        svc = Services(ws, user="tester")
        plan = plan_import(svc, read_bundle(bundle, PASS))
        assert not plan.conflicts, [c.title for c in plan.conflicts]
        assert [r.record_id for r in plan.updated] == [rid]


def test_changed_on_both_sides_is_still_one_conflict(tmp_path: Path) -> None:
    bundle, rid = _v1_bundle_with_an_edited_indicator(tmp_path)
    with Workspace.open(old_example_workspace(tmp_path / "ws")) as ws:
        svc = Services(ws, user="tester")
        svc.indicators.update(rid, name="Ændret herovre")
        plan = plan_import(svc, read_bundle(bundle, PASS))
        assert [c.record_id for c in plan.conflicts] == [rid]


def test_changed_only_here_is_mine_newer(tmp_path: Path) -> None:
    with Workspace.open(old_example_workspace(tmp_path / "ws")) as ws:
        svc = Services(ws, user="tester")
        preview = read_bundle(FIXTURES / "bundle_v1_viborg.brobygger", PASS)
        rid = next(iter(preview.records["indicator"]))
        svc.indicators.update(rid, name="Ændret herovre")
        plan = plan_import(svc, preview)
        assert not plan.conflicts
        assert [r.record_id for r in plan.mine_newer] == [rid]
