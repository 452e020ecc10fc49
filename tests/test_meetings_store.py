"""Migration 0005 (forums and meetings) on a workspace of the previous version, the
meetings on PostgreSQL, the CLI commands and Min uge."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader

from brobygger import paths
from brobygger.cli import main
from brobygger.services import Services
from brobygger.services.myweek import due_today, my_week, set_profile_person
from brobygger.store.workspace import Workspace, alembic_config, head_revision
from tests import meeting_fixture as mf


def test_previous_version_workspace_migrates(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = data_dir / paths.DB_FILENAME
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.upgrade(cfg, "0004")
    org = uuid.uuid4()
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO organisation (id, created_at, updated_at, version, name, "
                    "sector, notes) VALUES (?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', "
                    "1, 'Viborg Kommune', 'kommune', '')", (org.hex,))
    with Workspace.open(data_dir, encryption="none") as ws:
        assert ws.schema_revision() == head_revision()
        svc = Services(ws, user="t")
        assert [o.name for o in svc.organisations.all()] == ["Viborg Kommune"]
        forum = svc.meetings.create_forum(name="Styregruppen", rhythm_weeks=6)
        assert svc.meetings.schedule(forum.id, date(2026, 12, 7)).forum_id == forum.id


@pytest.fixture
def pg_svc(pg_ws: Workspace) -> Iterator[Services]:
    yield Services(pg_ws, user="i16_pg")


def test_meetings_on_postgresql(pg_svc: Services) -> None:
    fx = mf.build(pg_svc)
    proposed = {p.kind: {lk.record_id for lk in p.links}
                for p in pg_svc.meetings.propose_agenda(fx.next)}
    assert proposed["opfoelgning"] == fx.expect["opfoelgning"]
    assert proposed["plager"] == fx.expect["plager"]
    items = pg_svc.meetings.save_agenda(fx.next, pg_svc.meetings.propose_agenda(fx.next))
    pg_svc.meetings.set_notes(items[1].id, "Ferieplanen forsinker oplæringen")
    assert pg_svc.meetings.search("ferieplan")[0][1].id == items[1].id  # type: ignore[union-attr]
    m = pg_svc.meetings.meetings.get(fx.next)
    assert (m.start_time, m.end_time) == (mf.time_of("14:00"), mf.time_of("16:00"))


def _cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "--no-encryption", *args])


def test_cli_meetings_agenda_minutes(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    d = tmp_path / "ws"
    assert _cli(d, "init") == 0
    with Workspace.open(d) as ws:
        svc = Services(ws, user="t")
        fx = mf.build(svc)
    assert _cli(d, "meetings", "forums") == 0
    assert "Styregruppen for akutsamarbejdet" in capsys.readouterr().out
    assert _cli(d, "meetings", "add", "-f", "Styregruppen for akutsamarbejdet",
                "-d", "29-03-2026", "--time", "02:30-04:00") == 2
    assert "findes ikke" in capsys.readouterr().err
    assert _cli(d, "meetings", "add", "-f", "Styregruppen for akutsamarbejdet",
                "-d", "2026-06-01", "--time", "10:00-12:00", "--place", "Skive") == 0
    assert _cli(d, "meetings", "list") == 0
    assert "1. juni 2026 kl. 10.00–12.00" in capsys.readouterr().out
    pdf, ics = tmp_path / "dagsorden.pdf", tmp_path / "invitation.ics"
    assert _cli(d, "agenda", str(fx.next), "--out", str(pdf), "--ics", str(ics),
                "--mark-sent") == 0
    with Workspace.open(d) as ws:
        assert Services(ws).meetings.meetings.get(fx.next).status == "udsendt"
    text = " ".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert "Opfølgning fra sidst" in text and "Side 1 af" in text
    assert b"BEGIN:VTIMEZONE" in ics.read_bytes()
    assert _cli(d, "minutes", "Styregruppen for akutsamarbejdet", "-d", "2026-03-02",
                "--out", str(tmp_path / "referat.pdf")) == 0
    text = " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "referat.pdf").pages)
    assert "Fælles vagtplan vedtaget" in text and "Send vagtplanen ud" in text
    assert _cli(d, "meetings", "search", "vagtplan") == 0
    assert "Fælles vagtplan" in capsys.readouterr().out
    assert _cli(d, "minutes", "Ukendt forum", "--out", str(tmp_path / "x.pdf")) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_my_week(svc: Services) -> None:
    fx = mf.build(svc)
    jens = fx.people["jens"]
    set_profile_person(svc, jens)
    svc.meetings.contacts.set(fx.people["hanne"], 14)
    week = my_week(svc, today=date(2026, 4, 2))
    meetings = week.section("meetings")
    assert [w.record_id for w in meetings] == [fx.next]
    assert "ingen dagsorden" in meetings[0].detail and meetings[0].urgent
    actions = {w.text for w in week.section("actions")}
    assert actions == {"Aftal IV-oplæring", "Udkast til fælles instruks"}  # Jens' overdue
    assert week.section("contacts") == []  # Hanne is in no initiative with Jens here
    svc.members.create(initiative_id=fx.initiative, person_id=jens, role="medlem")
    svc.members.create(initiative_id=fx.initiative, person_id=fx.people["hanne"],
                       role="leder")
    contacts = my_week(svc, today=date(2026, 4, 2)).section("contacts")
    assert [w.record_id for w in contacts] == [fx.people["hanne"]]  # last met 2 March
    assert "2 handling(er)" in due_today(svc, today=date(2026, 4, 2))
    # asks: to me (by person or by name) and raised by me past their answer date
    to_me = svc.asks.create(initiative_id=fx.initiative, title="Lægedækning i weekenden",
                            raised_on=date(2026, 3, 1), level="chef",
                            addressee_person_id=jens, due_date=date(2026, 4, 20)).id
    mine = svc.asks.create(initiative_id=fx.initiative, title="Data fra akutteamet",
                           raised_on=date(2026, 3, 1), raised_by="Jens Krogh", level="chef",
                           addressee="Viborg Kommune", due_date=date(2026, 3, 30)).id
    week = my_week(svc, today=date(2026, 4, 2))
    assert [w.record_id for w in week.section("asks_to_me")] == [to_me]
    assert [w.record_id for w in week.section("asks_raised")] == [mine]
    svc.asks.answer(mine, answer="Sendes i april", answered_on=date(2026, 4, 1))
    assert my_week(svc, today=date(2026, 4, 2)).section("asks_raised") == []
