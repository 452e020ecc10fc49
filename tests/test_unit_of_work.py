"""The one write path: every write goes through a unit of work and reports its Changes."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from brobygger.domain.errors import CprFoundError, ValidationError
from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle
from brobygger.exchange.bundle import KdfCost
from brobygger.services import Services
from brobygger.services.unit_of_work import Changes, collect
from brobygger.store import models
from brobygger.store.workspace import Workspace
from tests.conftest import PASS

FAST = KdfCost(n=2**8)


def test_create_update_delete_restore_report_what_changed(svc: Services) -> None:
    with collect() as box:
        org = svc.organisations.create(name="Region Midt", sector="region_hospital")
    assert box.changes == Changes.of(created={"organisation": {org.id}}, user="tester")
    assert box.changes.touches({"organisation"}) and not box.changes.touches({"log_entry"})

    with collect() as box:
        svc.organisations.update(org.id, name="Region Midtjylland")
    assert box.changes.updated == {"organisation": frozenset({org.id})}
    assert not box.changes.created and not box.changes.deleted

    with collect() as box:
        svc.organisations.delete(org.id)
    assert box.changes.deleted == {"organisation": frozenset({org.id})}

    with collect() as box:
        svc.organisations.restore(org.id)
    assert box.changes.updated == {"organisation": frozenset({org.id})}
    assert svc.organisations.get(org.id).version == 4  # one bump per write


def test_nested_writes_commit_once_and_report_together(svc: Services) -> None:
    with collect() as box, svc.unit_of_work() as uow:
        org = svc.organisations.create(name="Kommune", sector="kommune")
        person = svc.people.create(name="Anne Kjær", organisation_id=org.id)
        uow.set_meta("is_example", "1")
        assert not uow.changes  # not committed yet
    assert len(box.parts) == 1
    assert box.changes.created == {"organisation": frozenset({org.id}),
                                   "person": frozenset({person.id})}
    assert box.changes.meta == {"is_example": "1"}
    assert svc.is_example()


def test_a_failed_write_reports_nothing_and_writes_nothing(svc: Services) -> None:
    with collect() as box, pytest.raises(ValidationError), svc.unit_of_work():
        svc.organisations.create(name="Skal ikke gemmes", sector="region_hospital")
        svc.organisations.create(name="", sector="region_hospital")
    assert not box.changes and box.parts == []
    assert svc.organisations.all() == []


def test_the_cpr_guard_and_the_audit_trail_are_in_the_write_path(svc: Services) -> None:
    with pytest.raises(CprFoundError):
        svc.organisations.create(name="Patient 010203-1234", sector="region_hospital")
    org = svc.organisations.create(name="Region", sector="region_hospital")
    svc.organisations.update(org.id, notes="ny note")
    actions = [e.action for e in reversed(svc.audit.history(org.id))]
    assert actions == ["create", "update"]
    assert all(e.user == "tester" for e in svc.audit.history(org.id))


def test_anonymisation_goes_through_the_write_path(svc: Services) -> None:
    person = svc.people.create(name="Anne Kjær Madsen", phone="12345678")
    entry = svc.log.create(entry_date="2026-11-01", type="observation", title="Møde",
                           body="Anne Kjær Madsen fortalte om planen.")
    with collect() as box:
        svc.gdpr.anonymise_person(person.id, compact=False)
    changes = box.changes
    assert changes.updated["person"] == {person.id}
    assert changes.updated["log_entry"] == {entry.id}
    assert svc.people.get(person.id).version == 2  # the one bump helper
    assert svc.log.get(entry.id).version == 2


def test_an_import_reports_created_and_updated_records(demo_svc: Services,
                                                        tmp_path: Path) -> None:
    ws_b = Workspace.open(tmp_path / "b")
    other = Services(ws_b, user="modpart")
    try:
        akut = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
        path = export_bundle(demo_svc, [akut.id], tmp_path / "a.brobygger", PASS,
                             kdf_cost=FAST).path
        with collect() as box:
            apply_import(other, plan_import(other, read_bundle(path, PASS)))
        assert akut.id in box.changes.created["initiative"]
        assert box.changes.created["log_entry"]
        assert box.changes.user == "modpart"
        # the audit rows were written by the unit of work, one per record
        with ws_b.read() as s:
            audited = set(s.scalars(select(col(models.AuditEvent.record_id)).where(
                col(models.AuditEvent.entity) == "initiative")))
        assert akut.id in audited

        entry = next(e for e in demo_svc.log.list() if e.initiative_id == akut.id)
        demo_svc.log.update(entry.id, title="Ændret hos A")
        path = export_bundle(demo_svc, [akut.id], tmp_path / "a2.brobygger", PASS,
                             kdf_cost=FAST).path
        before = other.log.get(entry.id).version
        with collect() as box:
            apply_import(other, plan_import(other, read_bundle(path, PASS)))
        assert box.changes.updated == {"log_entry": frozenset({entry.id})}
        assert other.log.get(entry.id).version == before + 1
    finally:
        ws_b.close()


def test_changes_merge_and_payload() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    one = Changes.of(created={"log_entry": {a}}, user="x", initiator="page")
    two = Changes.of(updated={"log_entry": {b}}, deleted={"action": {a}})
    both = one.merged(two)
    assert both.ids("log_entry") == {a, b} and both.tables == {"log_entry", "action"}
    assert both.initiator == "page" and both.user == "x"
    assert Changes.unknown().touches({"anything"}) and not Changes()
    assert '"tables":["action","log_entry"]' in both.to_payload()
