"""Forums and meetings (issue 16): the agenda builder proposes exactly the open items of
each kind, minutes create linked records, the next meeting starts from the last one, the
PDFs and the .ics invitation (across a DST change)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from brobygger.domain.errors import ValidationError
from brobygger.exchange.meeting_ics import build_invitation, export_invitation, meeting_uid
from brobygger.reports.meetings import MeetingPdfOptions, agenda_pdf, minutes_pdf
from brobygger.services import Services
from tests import meeting_fixture as mf


@pytest.fixture
def fx(svc: Services) -> mf.Fixture:
    return mf.build(svc)


def _proposed(svc: Services, fx: mf.Fixture) -> dict[str, set[object]]:
    return {p.kind: {lk.record_id for lk in p.links}
            for p in svc.meetings.propose_agenda(fx.next)}


@pytest.mark.parametrize("kind", ["godkendelse", "opfoelgning", "anmodninger", "svar",
                                  "plager", "barrierer", "indikatorer", "beslutninger",
                                  "relationer"])
def test_agenda_proposes_exactly_the_open_items_of_each_kind(svc: Services, fx: mf.Fixture,
                                                             kind: str) -> None:
    proposed = _proposed(svc, fx)
    assert fx.expect[kind], "the fixture must hold this kind"
    assert proposed[kind] == fx.expect[kind]
    assert not (proposed[kind] & fx.decoys)


def test_agenda_kinds_in_order_and_nothing_else(svc: Services, fx: mf.Fixture) -> None:
    kinds = [p.kind for p in svc.meetings.propose_agenda(fx.next)]
    assert kinds == ["godkendelse", "opfoelgning", "anmodninger", "svar", "plager",
                     "barrierer", "indikatorer", "beslutninger", "relationer"]


def test_follow_up_states_from_the_last_minutes(svc: Services, fx: mf.Fixture) -> None:
    follow = next(p for p in svc.meetings.propose_agenda(fx.next) if p.kind == "opfoelgning")
    states = {lk.label.split(" (")[0]: lk.state for lk in follow.links}
    assert states == {"Send vagtplanen ud": "done", "Aftal IV-oplæring": "overdue",
                      "Evaluer efter tre måneder": "open",
                      "Udkast til fælles instruks": "overdue"}


def test_approved_minutes_are_not_proposed_for_approval(svc: Services,
                                                        fx: mf.Fixture) -> None:
    svc.meetings.set_status(fx.last, "godkendt")
    assert "godkendelse" not in _proposed(svc, fx)


def test_next_meeting_starts_from_the_last(svc: Services, fx: mf.Fixture) -> None:
    ms = svc.meetings
    nxt = ms.meetings.get(fx.next)
    last = ms.meetings.get(fx.last)
    assert nxt.meeting_date == date(2026, 4, 13)  # six weeks' rhythm
    assert (nxt.start_time, nxt.end_time, nxt.place) == (last.start_time, last.end_time,
                                                         last.place)
    assert {a.person_id for a in ms.attendees.list(nxt.id)} == set(fx.people.values())
    # minutes of this meeting: the next one after it pulls its open actions
    items = ms.save_agenda(fx.next, ms.propose_agenda(fx.next))
    action = ms.record_action(items[0].id, title="Ny opgave", owner_id=fx.people["jens"],
                              due_date=date(2026, 5, 1))
    third = ms.plan_next(fx.forum)
    follow = next(p for p in ms.propose_agenda(third.id) if p.kind == "opfoelgning")
    assert action.id in {lk.record_id for lk in follow.links}


def test_minutes_create_linked_records_and_pdfs(svc: Services, fx: mf.Fixture,
                                                tmp_path: Path) -> None:
    ms = svc.meetings
    items = ms.save_agenda(fx.next, ms.propose_agenda(fx.next))
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    ms.set_presence(fx.next, fx.people["hanne"], True)
    ms.set_presence(fx.next, fx.people["jens"], False)
    ms.set_notes(items[2].id, "Gråzonerne om lægeansvaret er vokset.")
    decision = ms.record_decision(items[2].id, title="Lægeansvar skrives ind i instruksen",
                                  body="Hospitalets læger beholder ansvaret.")
    action = ms.record_action(items[2].id, title="Skriv instruksen",
                              owner_id=fx.people["jens"], due_date="2026-05-04",
                              decision_id=decision.id)
    reassessed = ms.record_plague(items[2].id, plague="graazoner", severity=2)
    ask = ms.record_ask(items[3].id, title="Fælles finansiering af weekendlæger",
                        addressee="Regionsrådet", level="politisk", due_date="2026-06-15")
    assert (ask.raised_on, ask.status, ask.initiative_id) == (date(2026, 4, 13), "aaben",
                                                              fx.initiative)
    assert decision.type == "beslutning" and decision.entry_date == date(2026, 4, 13)
    assert decision.participants == (fx.people["hanne"],)  # the present only
    assert action.source_entry_id == decision.id
    view = ms.view(fx.next)
    created = {lk.record_id for lk in view.items[2].created}
    assert created == {decision.id, action.id, reassessed.id}
    assert view.running_minutes == sum(i.minutes for i in items)
    out = minutes_pdf(view, tmp_path / "referat.pdf", MeetingPdfOptions(author="Hanne"))
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert [lk.record_id for lk in view.items[3].created] == [ask.id]
    for expected in ("Referat", "Gråzonerne om lægeansvaret er vokset",
                     "Fælles finansiering af weekendlæger", "Regionsrådet", "15. juni 2026",
                     "Anmodninger fra mødet",
                     "Lægeansvar skrives ind i instruksen", "Skriv instruksen", "Jens Krogh",
                     "4. maj 2026", "Fortroligt", "Side 1 af", "Til stede"):
        assert expected in text, expected
    out = agenda_pdf(view, tmp_path / "dagsorden.pdf")
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert "Opfølgning fra sidst" in text and "Aftal IV-oplæring" in text
    assert "Side 1 af" in text


def test_minutes_refuse_cpr(svc: Services, fx: mf.Fixture) -> None:
    from brobygger.domain.errors import CprFoundError
    ms = svc.meetings
    items = ms.save_agenda(fx.next, ms.propose_agenda(fx.next))
    with pytest.raises(CprFoundError):
        ms.set_notes(items[0].id, "Borger 010190-1234 blev genindlagt")
    assert ms.items.get(items[0].id).notes == ""


def test_search_in_agenda_and_minutes(svc: Services, fx: mf.Fixture) -> None:
    ms = svc.meetings
    items = ms.save_agenda(fx.next, ms.propose_agenda(fx.next))
    ms.set_notes(items[1].id, "Ferieplanen forsinker oplæringen")
    hits = ms.search("ferieplan")
    assert [(m.id, i.id if i else None) for m, i in hits] == [(fx.next, items[1].id)]
    assert ms.search("vagtplan")  # an agenda item title of the last meeting


# -- .ics ------------------------------------------------------------------------------------
def test_ics_local_time_across_dst(svc: Services, fx: mf.Fixture, tmp_path: Path) -> None:
    from icalendar import Calendar

    ms = svc.meetings
    winter = ms.schedule(fx.forum, date(2026, 3, 27), start_time="09:00", end_time="11:00")
    summer = ms.schedule(fx.forum, date(2026, 3, 30), start_time="09:00", end_time="11:00")
    ms.save_agenda(summer.id, ms.propose_agenda(summer.id))
    utc_hours = []
    for meeting in (winter, summer):
        path = export_invitation(ms.view(meeting.id), tmp_path / f"{meeting.id}.ics")
        cal = Calendar.from_ical(path.read_bytes())
        assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
        ev = cal.walk("VEVENT")[0]
        start, end = ev.decoded("dtstart"), ev.decoded("dtend")
        assert (start.hour, end.hour) == (9, 11)
        assert str(start.tzinfo) == "Europe/Copenhagen"
        assert str(ev["uid"]) == f"meeting-{meeting.id}@brobygger"
        attendees = sorted(str(a) for a in ev.get("attendee"))
        assert attendees == ["mailto:hanne@viborg.example", "mailto:jens@rhv.example"]
        utc_hours.append(start.astimezone(UTC).hour)
    assert utc_hours == [8, 7]  # CET then CEST
    description = str(Calendar.from_ical((tmp_path / f"{summer.id}.ics").read_bytes())
                      .walk("VEVENT")[0]["description"])
    assert "1. Godkendelse af referat" in description and "Opfølgning fra sidst" in description


def test_ics_uid_is_stable_and_sequence_grows(svc: Services, fx: mf.Fixture) -> None:
    from icalendar import Calendar

    ms = svc.meetings
    first = Calendar.from_ical(build_invitation(ms.view(fx.next)).to_ical()).walk("VEVENT")[0]
    ms.meetings.update(fx.next, start_time="15:00", end_time="17:00")
    second = Calendar.from_ical(build_invitation(ms.view(fx.next)).to_ical()).walk("VEVENT")[0]
    assert first["uid"] == second["uid"] == meeting_uid(ms.view(fx.next))
    assert int(second["sequence"]) >= int(first["sequence"])
    assert second.decoded("dtstart").hour == 15


def test_nonexistent_spring_forward_time_is_refused(svc: Services, fx: mf.Fixture,
                                                    tmp_path: Path) -> None:
    ms = svc.meetings
    with pytest.raises(ValidationError, match="findes ikke"):
        ms.schedule(fx.forum, date(2026, 3, 29), start_time="02:30")
    # a meeting that somehow holds such a time is never exported (no zero-length event)
    view = ms.view(fx.next)
    bad = dataclasses.replace(view, meeting=dataclasses.replace(
        view.meeting, meeting_date=date(2026, 3, 29), start_time=time(2, 30),
        end_time=time(3, 30)))
    target = tmp_path / "x.ics"
    with pytest.raises(ValidationError, match="sommertid"):
        export_invitation(bad, target)
    assert not target.exists()


def test_ambiguous_autumn_time_is_kept(svc: Services, fx: mf.Fixture) -> None:
    from icalendar import Calendar

    ms = svc.meetings
    m = ms.schedule(fx.forum, date(2026, 10, 25), start_time="02:30", end_time="03:30")
    ev = Calendar.from_ical(build_invitation(ms.view(m.id)).to_ical()).walk("VEVENT")[0]
    assert ev.decoded("dtend") > ev.decoded("dtstart")
    assert datetime(2026, 10, 25).date() == ev.decoded("dtstart").date()


def test_example_workspace_next_steering_group(demo_svc: Services) -> None:
    """The example's Randers steering group: its next agenda approves the minutes of the
    last meeting and follows up exactly the actions those minutes created."""
    from tests.conftest import DEMO_TODAY

    ms = demo_svc.meetings
    forum = ms.forums.find("Styregruppen for Sundhedsstrategisk ledelse")
    meetings = ms.meetings.list(forum_id=forum.id)
    last = next(m for m in meetings if m.status == "afholdt")
    nxt = next(m for m in meetings if m.status == "planlagt")
    proposals = {p.kind: p for p in ms.propose_agenda(nxt.id, today=DEMO_TODAY)}
    assert [lk.record_id for lk in proposals["godkendelse"].links] == [last.id]
    created = set(ms.created_records([last.id], "action"))
    assert len(created) == 2
    assert {lk.record_id for lk in proposals["opfoelgning"].links} == created
    decisions = {lk.label for lk in proposals["beslutninger"].links}
    assert "To nye laboratorier foreslås for 2027" in decisions  # from the last minutes
    assert "Styregruppe og projektleder for Sundhedsstrategisk ledelse" not in decisions
    # each case has its real forums
    kinds = {f.name: f.kind for f in ms.forums.all()}
    assert kinds["Driftsmøde i Psykiatriens Hus"] == "driftsmoede"
    assert kinds["Udviklingsmøde i Psykiatriens Hus"] == "udviklingsmoede"
    assert kinds["Årligt tværsektorielt ledelsesseminar, Randers"] == "seminar"
    assert kinds["Arbejdsgruppen med praksiskonsulenter, Viborg"] == "arbejdsgruppe"
