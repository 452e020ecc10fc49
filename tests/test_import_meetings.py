"""Calendar events imported as meetings of a forum (issues 20 + 16): the meeting record
with its times, place and notes, attendees matched to people as invited people, re-import
without duplicates (UID + occurrence), update vs conflict after a local edit, Brobygger's
own meeting invitations recognised, undo – and the CLI's --forum."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from brobygger.cli import main
from brobygger.exchange import importing as imp
from brobygger.services import Services
from brobygger.services.imports import CONFLICT, CREATE, MATCH, SKIP, UNCHANGED, apply_import
from brobygger.store import models
from tests.helpers import import_files as F

SPAN = (date(2025, 1, 1), date(2025, 12, 31))


def live(svc: Services, model: Any) -> int:
    with svc.ws.read() as s:
        return int(s.execute(select(func.count()).select_from(model).where(
            model.deleted_at.is_(None))).scalar_one())


@pytest.fixture
def forum(svc: Services) -> models.Forum:
    return svc.meetings.create_forum(name="Styregruppen for akutsamarbejdet")  # type: ignore[return-value]


def test_events_become_meetings_with_invited_people(svc: Services, forum: models.Forum,
                                                    tmp_path: Path) -> None:
    hanne = svc.people.create(name="Hanne Bisgaard", email="hanne.bisgaard@viborg.dk")
    path = F.write_ics(tmp_path / "k.ics")
    plan = imp.plan_calendar_file(svc, path, *SPAN, forum_id=forum.id)
    assert {r.entity for r in plan.records} == {"meeting"}
    assert [r.action for r in plan.records] == [CREATE] * 5
    result = apply_import(svc, plan)
    assert result.created == {"meeting": 5}
    assert svc.log.list() == []  # meetings, not log entries
    meetings = svc.meetings.meetings.list(forum_id=forum.id)
    assert [(m.meeting_date, m.start_time, m.end_time) for m in meetings] == [
        (date(2025, 3, 17), time(14), time(15, 30)),
        (date(2025, 3, 31), time(14), time(15, 30)),  # summer time: still 14.00 local
        (date(2025, 4, 8), time(9), time(10)),        # the moved occurrence
        (date(2025, 4, 14), time(14), time(15, 30)),
        (date(2025, 5, 15), None, None)]              # all day
    first = meetings[0]
    assert first.title == "Styregruppe – akutsamarbejdet"
    assert first.place == "Regionshospitalet Viborg, mødelokale 3"
    assert first.status == "afholdt"  # in the past
    assert first.notes.startswith("Dagsorden: belægning, vagtplan og IV-behandling.")
    assert "Øvrige deltagere: Anders Ny <anders.ny@example.dk>" in first.notes
    assert [a.person_id for a in svc.meetings.attendees.list(first.id)] == [hanne.id]
    assert live(svc, models.MeetingAttendee) == 3  # Hanne (the moved one names nobody)
    # the same file again: nothing new, not even an attendee
    again = imp.plan_calendar_file(svc, path, *SPAN, forum_id=forum.id)
    assert {r.action for r in again.records} == {UNCHANGED}
    apply_import(svc, again)
    assert (live(svc, models.Meeting), live(svc, models.MeetingAttendee)) == (5, 3)
    # as log entries after it came in as meetings: skipped, said why
    as_log = imp.plan_calendar_file(svc, path, *SPAN)
    assert {r.action for r in as_log.records} == {SKIP}
    assert as_log.records[0].reason == "importeret før som møde"


def test_changed_in_the_calendar_updates_an_edited_meeting_conflicts(
        svc: Services, forum: models.Forum, tmp_path: Path) -> None:
    path = F.write_ics(tmp_path / "k.ics")
    apply_import(svc, imp.plan_calendar_file(svc, path, *SPAN, forum_id=forum.id))
    changed = F.ICS.replace("Tværsektorielt ledelsesseminar", "Ledelsesseminar (ny titel)")
    plan = imp.plan_calendar_file(svc, F.write_ics(path, changed), *SPAN, forum_id=forum.id)
    assert [r.action for r in plan.records].count("update") == 1
    apply_import(svc, plan)
    seminar = next(m for m in svc.meetings.meetings.list() if m.meeting_date == date(2025, 5, 15))
    assert seminar.title == "Ledelsesseminar (ny titel)"
    assert live(svc, models.Meeting) == 5
    svc.meetings.meetings.update(seminar.id, title="Seminar – min egen titel")
    moved = F.ICS.replace("Tværsektorielt ledelsesseminar", "Seminar flyttet til Aarhus")
    plan = imp.plan_calendar_file(svc, F.write_ics(path, moved), *SPAN, forum_id=forum.id)
    conflict = next(r for r in plan.records if r.action == CONFLICT)
    assert "mødet er rettet her" in conflict.reason
    assert apply_import(svc, plan).conflicts == 1
    assert svc.meetings.meetings.get(seminar.id).title == "Seminar – min egen titel"


def test_brobyggers_own_meeting_invitation_is_matched_to_its_meeting(
        svc: Services, forum: models.Forum, tmp_path: Path) -> None:
    from brobygger.exchange.meeting_ics import export_invitation

    meeting = svc.meetings.schedule(forum.id, date(2025, 6, 2), start_time="10:00",
                                    end_time="12:00", title="Styregruppemøde juni")
    export_invitation(svc.meetings.view(meeting.id), tmp_path / "invitation.ics")
    for forum_id in (forum.id, None):  # as meetings or as log entries: the same meeting
        plan = imp.plan_calendar_file(svc, tmp_path / "invitation.ics", *SPAN,
                                      forum_id=forum_id)
        (rec,) = plan.records
        assert (rec.action, rec.target_id) == (MATCH, meeting.id)
        assert rec.reason.endswith("findes som møde")
        apply_import(svc, plan)
    assert live(svc, models.Meeting) == 1 and svc.log.list() == []


def test_undo_removes_the_meetings_and_their_invitations(svc: Services, forum: models.Forum,
                                                         tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_blockers, undo_import

    svc.people.create(name="Hanne Bisgaard", email="hanne.bisgaard@viborg.dk")
    result = apply_import(svc, imp.plan_calendar_file(svc, F.write_ics(tmp_path / "k.ics"),
                                                      *SPAN, forum_id=forum.id))
    assert undo_blockers(svc, result.batch_id) == []
    assert undo_import(svc, result.batch_id) == 8  # 5 meetings + 3 invitations
    assert (live(svc, models.Meeting), live(svc, models.MeetingAttendee)) == (0, 0)
    plan = imp.plan_calendar_file(svc, tmp_path / "k.ics", *SPAN, forum_id=forum.id)
    assert {r.action for r in plan.records} == {CREATE}  # it may come in again


def test_an_agenda_on_an_imported_meeting_blocks_undo(svc: Services, forum: models.Forum,
                                                      tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_blockers
    from brobygger.services.meetings import Proposal

    result = apply_import(svc, imp.plan_calendar_file(svc, F.write_ics(tmp_path / "k.ics"),
                                                      *SPAN, forum_id=forum.id))
    meeting = svc.meetings.meetings.list()[0]
    svc.meetings.add_item(meeting.id, Proposal(kind="andet", title="Eventuelt",
                                                    purpose="orientering", minutes=5))
    assert any("dagsordenspunkt" in b for b in undo_blockers(svc, result.batch_id))


def test_cli_import_calendar_as_meetings(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    d = str(tmp_path / "w")
    assert main(["init", "--data-dir", d]) == 0
    ics = str(F.write_ics(tmp_path / "k.ics"))
    span = ["--from", "2025-01-01", "--to", "2025-12-31", "--data-dir", d]
    code = main(["import-calendar", ics, "--forum", "Styregruppen", *span])
    assert code == 2 and "Styregruppen" in capsys.readouterr().err  # no such forum yet
    assert main(["meetings", "add-forum", "Styregruppen", "--data-dir", d]) == 0
    capsys.readouterr()
    assert main(["import-calendar", ics, "--forum", "Styregruppen", "--dry-run", *span]) == 0
    out = capsys.readouterr().out
    assert "møder i forummet »Styregruppen«" in out and "Prøvekørsel" in out
    assert main(["import-calendar", ics, "--forum", "Styregruppen", *span]) == 0
    assert "Oprettet: 5 møder." in capsys.readouterr().out
    assert main(["import-calendar", ics, "--forum", "Styregruppen", *span]) == 0
    assert "allerede importeret: 5" in capsys.readouterr().out


def test_meetings_import_and_undo_on_postgresql(pg_ws: object, tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_import

    svc = Services(pg_ws, user="anne")  # type: ignore[arg-type]
    forum = svc.meetings.create_forum(name="Styregruppen")
    svc.people.create(name="Hanne Bisgaard", email="hanne.bisgaard@viborg.dk")
    path = F.write_ics(tmp_path / "k.ics")
    result = apply_import(svc, imp.plan_calendar_file(svc, path, *SPAN, forum_id=forum.id))
    assert result.created == {"meeting": 5}
    first = svc.meetings.meetings.list(forum_id=forum.id)[0]
    assert (first.start_time, first.end_time) == (time(14), time(15, 30))
    assert len(svc.meetings.attendees.list(first.id)) == 1
    plan = imp.plan_calendar_file(svc, path, *SPAN, forum_id=forum.id)
    assert {r.action for r in plan.records} == {UNCHANGED}
    assert undo_import(svc, result.batch_id) == 8
    assert svc.meetings.meetings.list() == []
