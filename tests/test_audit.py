"""The audit trail: field-level old → new for create, update, delete and restore."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from brobygger.cli import main
from brobygger.domain.errors import ValidationError
from brobygger.services import Services
from brobygger.store import models


def test_create_update_delete_restore(svc: Services) -> None:
    start = datetime.now(UTC)
    org = svc.organisations.create(name="Viborg Kommune", sector="kommune")
    anne = svc.people.create(name="Anne Kjær", organisation_id=org.id, title="Sundhedschef")
    ini = svc.initiatives.create(name="Akutsamarbejde", start_date="2024-01-01")
    e = svc.log.create(initiative_id=ini.id, entry_date="05-03-2026", type="beslutning",
                       title="Akutpladser", body="Fire nye pladser.", tags="akut",
                       participants=[anne.id], plagues=["graazoner"])

    [created] = svc.audit.history(e.id)
    assert created.action == "create" and created.entity == "log_entry"
    assert created.user == "tester" and created.record_id == e.id
    assert start <= created.at <= datetime.now(UTC) and created.at.tzinfo is not None
    assert created.changes["title"] == (None, "Akutpladser")
    assert created.changes["entry_date"] == (None, "2026-03-05")  # dates ISO
    assert created.changes["initiative_id"] == (None, str(ini.id))  # ids as strings
    assert created.changes["participants"] == (None, [str(anne.id)])
    assert created.changes["decision_status"] == (None, "aftalt")
    assert "escalation_level" not in created.changes  # empty values left out

    svc.log.update(e.id, title="Akutpladser udvides", decision_status="implementeret")
    svc.log.update(e.id, title="Akutpladser udvides")  # no change: no event
    svc.log.delete(e.id)
    svc.log.restore(e.id)

    events = svc.audit.history(e.id)
    assert [ev.action for ev in events] == ["restore", "delete", "update", "create"]
    update = events[2]
    assert update.changes == {"title": ("Akutpladser", "Akutpladser udvides"),
                              "decision_status": ("aftalt", "implementeret")}
    deleted_at = events[1].changes["deleted_at"][1]
    assert events[1].changes == {"deleted_at": (None, deleted_at)}
    assert datetime.fromisoformat(deleted_at).tzinfo is not None
    assert events[0].changes == {"deleted_at": (deleted_at, None)}
    assert [ev.at for ev in events] == sorted((ev.at for ev in events), reverse=True)

    # links, numbers and dates on other entities
    svc.people.update(anne.id, title="Direktør", active_from="2025-02-01")
    [upd, _] = svc.audit.history(anne.id)
    assert upd.changes == {"title": ("Sundhedschef", "Direktør"),
                           "active_from": (None, "2025-02-01")}
    svc.log.update(e.id, participants=[], plagues=["graazoner", "usynlige_resultater"])
    changes = svc.audit.history(e.id)[0].changes
    assert changes["participants"] == ([str(anne.id)], [])
    assert changes["plagues"] == (["graazoner"], ["graazoner", "usynlige_resultater"])
    ind = svc.indicators.create(initiative_id=ini.id, name="Genindlæggelser", baseline=12)
    svc.indicators.update(ind.id, baseline="10,5")
    assert svc.audit.history(ind.id)[0].changes == {"baseline": (12.0, 10.5)}

    recent = svc.audit.recent(3)
    assert len(recent) == 3 and recent[0].record_id == ind.id
    assert recent == svc.audit.recent(50)[:3]


def test_events_are_json_in_the_database(svc: Services) -> None:
    ini = svc.initiatives.create(name="Akut", formalisation={"autonomi": 3},
                                 start_date="2024-01-01")
    with svc.ws.read() as s:
        raw = s.connection().exec_driver_sql(
            "SELECT changes FROM audit_event WHERE record_id = ?",
            (ini.id.hex,)).scalar_one()
    data = json.loads(raw)
    assert data["formalisation"] == [None, {"autonomi": 3}]
    assert data["start_date"] == [None, "2024-01-01"]


def test_failed_change_leaves_no_event(svc: Services) -> None:
    ini = svc.initiatives.create(name="Akut")
    with pytest.raises(ValidationError):
        svc.initiatives.update(ini.id, name=" ")
    assert [ev.action for ev in svc.audit.history(ini.id)] == ["create"]


def test_event_and_change_share_one_transaction(svc: Services) -> None:
    """A multi-step use case that fails leaves neither rows nor audit events."""
    class Boom(Exception):
        pass

    with pytest.raises(Boom), svc.ws.write():
        svc.organisations.create(name="Midlertidig")
        raise Boom
    with svc.ws.read() as s:
        assert list(s.scalars(select(models.AuditEvent))) == []
        assert list(s.scalars(select(models.Organisation))) == []


def test_history_of_unknown_record_is_empty(svc: Services) -> None:
    assert svc.audit.history(uuid.uuid4()) == []
    with pytest.raises(ValidationError):
        svc.audit.history("not-an-id")


def test_cli_history(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = str(tmp_path / "w")
    assert main(["init", "--data-dir", d, "--no-encryption"]) == 0
    assert main(["log", "add", "--data-dir", d, "-t", "moede", "--title", "Første"]) == 0
    entry_id = capsys.readouterr().out.split()[-1]
    code = main(["history", entry_id, "--data-dir", d])
    out = capsys.readouterr().out
    assert code == 0
    assert "Oprettet (log_entry)" in out and "title: – → Første" in out
    code = main(["history", str(uuid.uuid4()), "--data-dir", d])
    assert code == 0 and "Ingen ændringer" in capsys.readouterr().out
    assert main(["history", "nonsens", "--data-dir", d]) == 2
