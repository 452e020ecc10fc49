"""Agreements on the command line, in the follow-up brief and in the status brief (issue
17): the example's SAM:BO versions, the flag for a transfer without a medical responsible
in the status brief and in ``review`` (``check`` keeps its meaning), bad input refused in
Danish with nothing saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from brobygger.services import Services
from brobygger.services.agreement_brief import agreement_brief
from brobygger.services.briefs import status_brief
from brobygger.store.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.conftest import run_cli as run


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _svc(d: Path) -> Services:
    return Services(Workspace.open(d), user="t")


def test_example_register(demo_svc: Services) -> None:
    lines = {ln.agreement.title: ln for ln in demo_svc.agreements.register(DEMO_TODAY)}
    sambo = lines["Samarbejdsaftale om patientforløb (SAM:BO)"]
    assert sambo.versions == 3 and sambo.in_force and sambo.deviations == 3
    versions = demo_svc.agreements.versions(sambo.agreement.id)
    assert versions[0].in_force_from == date(2008, 9, 1)  # the source's year stays
    iv = lines["Aftale om overdragelse af IV-behandling fra hospital til kommune"]
    assert iv.review_due and iv.transfers_flagged == 0
    assert "Driftsaftale for Psykiatriens Hus, Silkeborg" in lines
    transfer = demo_svc.agreements.transfers.list(agreement_ids=[iv.agreement.id])[0]
    indicator = demo_svc.indicators.get(transfer.indicator_id)
    assert "forebygger indlæggelse" in indicator.name
    assert "Hospitalets læger" in transfer.medical_responsible
    assert {a.title for a in demo_svc.agreements.reviews_due(DEMO_TODAY)} == {
        "Samarbejdsaftale om patientforløb (SAM:BO)",
        "Aftale om overdragelse af IV-behandling fra hospital til kommune"}


def test_brief_shows_the_version_in_force_on_its_end_date(demo_svc: Services,
                                                          tmp_path: Path) -> None:
    sambo = demo_svc.agreements.agreements.find("SAM:BO")
    old = agreement_brief(demo_svc, tmp_path / "2012.pdf", agreement_id=sambo.id,
                          start=date(2011, 1, 1), end=date(2012, 1, 1), today=DEMO_TODAY)
    text = _text(old)
    assert "Version 2008 var i kraft 1. januar 2012" in text
    assert "1. september 2008 – 31. december 2014" in text
    now = agreement_brief(demo_svc, tmp_path / "now.pdf", agreement_id=sambo.id,
                          end=DEMO_TODAY, today=DEMO_TODAY)
    text = _text(now)
    assert "Version 2024 (illustration) var i kraft 20. november 2026" in text
    assert "Udskrivelse (2)" in text and "Indlæggelse (1)" in text  # grouped by theme
    assert "Spørgsmål til den årlige revision" in text
    assert "reglerne er brudt 2 gange" in text
    assert "EKSEMPELDATA" in text


def test_forum_brief_and_flagged_transfer(demo_svc: Services, tmp_path: Path) -> None:
    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    iv = demo_svc.agreements.agreements.find("IV-behandling")
    demo_svc.agreements.transfers.create(agreement_id=iv.id, initiative_id=viborg.id,
                                         task="Blodprøvetagning i eget hjem")
    forum = demo_svc.meetings.forums.find("Arbejdsgruppen med praksiskonsulenter, Viborg")
    text = _text(agreement_brief(demo_svc, tmp_path / "f.pdf", forum_id=forum.id,
                                 end=DEMO_TODAY, today=DEMO_TODAY))
    assert "IV-behandling i eget hjem" in text and "Hospitalets læger" in text
    assert "INGEN LÆGELIGT ANSVARLIG" in text
    # the transfer's indicator with each party's series beside the whole (Viborg, Skive)
    assert "forebygger indlæggelse – Viborg" in text and "21,7 % (31-10-2026)" in text
    assert "forebygger indlæggelse – Skive" in text and "16,5 % (31-10-2026)" in text
    assert "Hvem har det lægelige ansvar for »Blodprøvetagning i eget hjem«?" in text
    status = _text(status_brief(demo_svc, viborg.id, date(2026, 1, 1), DEMO_TODAY,
                                tmp_path / "s.pdf"))
    assert ("Aftaler: 1 i kraft, 1 til revision, 1 afvigelser i perioden; "
            "1 opgaveoverdragelse uden lægeligt ansvarlig") in status


def test_cli_agreements_and_review(capsys: pytest.CaptureFixture[str],
                                   demo_dir: Path) -> None:
    d = str(demo_dir)
    code, out, _ = run(capsys, "agreements", "list", "--data-dir", d)
    assert code == 0 and "SAM:BO" in out and "3 aftaler" in out and "TIL REVISION" in out
    code, out, err = run(capsys, "agreements", "add", "--kind", "forloebsbeskrivelse",
                         "--title", "Forløb for KOL", "--status", "i_kraft", "--from",
                         "2026-01-01", "--review", "2026-02-01", "--party",
                         "Regionshospitalet Viborg", "-i", "Viborg", "--data-dir", d)
    assert code == 0 and "Advarsel" in err and "fortiden" in err, err
    code, out, err = run(capsys, "agreements", "deviation", "Forløb for KOL", "--title",
                         "Hjemmebesøg sprunget over", "--theme", "Opfølgning", "--data-dir", d)
    assert code == 0 and "Afvigelsen er gemt" in out, err
    with Workspace.open(demo_dir) as ws:
        svc = Services(ws)
        entry = svc.log.create(entry_date="2026-11-02", type="haendelse",
                               title="Hjemmebesøg ikke gennemført",
                               initiative_id=svc.initiatives.find("Viborg").id)
        dev = next(x for x in svc.agreements.deviations.list()
                   if x.title != "Hjemmebesøg sprunget over")
    code, out, err = run(capsys, "agreements", "link", "Forløb for KOL", "--entry",
                         str(entry.id)[:8], "--deviation", str(dev.id)[:8], "--data-dir", d)
    assert code == 2 and "Fandt ingen afvigelser" in err  # that deviation is another's
    with Workspace.open(demo_dir) as ws:
        own = next(x for x in Services(ws).agreements.deviations.list()
                   if x.title == "Hjemmebesøg sprunget over")
    code, out, err = run(capsys, "agreements", "link", "Forløb for KOL", "--entry",
                         str(entry.id)[:8], "--deviation", str(own.id)[:8], "--data-dir", d)
    assert code == 0 and "er knyttet til" in out, err
    code, out, err = run(capsys, "agreements", "version", "Forløb for KOL", "--from",
                         "2026-06-01", "--data-dir", d)
    assert code == 0 and "begge er bevaret" in out, err
    code, out, _ = run(capsys, "review", "--data-dir", d)
    assert code == 0 and "Ingen fund" not in out and "revideret" in out
    code, out, err = run(capsys, "agreements", "transfer", "--task", "Sårpleje",
                         "--agreement", "Forløb for KOL", "--data-dir", d)
    assert code == 0 and "lægelige ansvar" in err
    code, out, _ = run(capsys, "review", "--data-dir", d)
    assert code == 0 and "»Sårpleje« har ingen lægeligt ansvarlig" in out
    code, out, _ = run(capsys, "check", "--data-dir", d)
    assert code == 0 and "Integritet: ok" in out
    pdf = Path(d) / "f.pdf"
    code, out, err = run(capsys, "brief-agreements", "--forum", "Driftsmøde i Psykiatriens Hus",
                         "--out", str(pdf), "--data-dir", d)
    assert code == 0 and pdf.exists(), err
    assert "Driftsaftale for Psykiatriens Hus" in _text(pdf)


def test_cli_bad_input_is_danish_and_saves_nothing(capsys: pytest.CaptureFixture[str],
                                                   demo_dir: Path) -> None:
    d = str(demo_dir)
    code, _, err = run(capsys, "agreements", "add", "--kind", "hemmelig", "--title", "X",
                       "--data-dir", d)
    assert code == 2 and "Ukendt værdi 'hemmelig' for aftaletype" in err
    code, _, err = run(capsys, "agreements", "add", "--kind", "lokal_aftale", "--title", "X",
                       "--from", "2026-03-01", "--to", "2026-02-01", "--data-dir", d)
    assert code == 2 and "før den træder i kraft" in err
    with Workspace.open(demo_dir) as ws:
        assert len(Services(ws).agreements.register(DEMO_TODAY)) == 3


def test_reviews_due_in_min_uge_and_the_agenda_builder(demo_svc: Services) -> None:
    """Min uge and the agenda builder list the agreements due for review – the services'
    one definition (``reviews_due``)."""
    from brobygger.services.myweek import my_week

    due = {a.id for a in demo_svc.agreements.reviews_due(DEMO_TODAY)}
    rasmus = next(p for p in demo_svc.people.all() if p.name == "Rasmus Bach")
    week = my_week(demo_svc, DEMO_TODAY, rasmus.id)
    lines = week.section("agreements")
    iv = demo_svc.agreements.agreements.find("IV-behandling")
    assert [line.record_id for line in lines] == [iv.id] and iv.id in due
    assert "revideres senest 4. december 2026" in lines[0].detail
    annette = next(p for p in demo_svc.people.all() if p.name == "Annette Juhl")
    sambo = demo_svc.agreements.agreements.find("SAM:BO")
    assert [line.record_id for line in my_week(demo_svc, DEMO_TODAY, annette.id)
            .section("agreements")] == [sambo.id]
    assert due == {iv.id, sambo.id}
    ms = demo_svc.meetings
    forum = ms.forums.find("Arbejdsgruppen med praksiskonsulenter, Viborg")
    nxt = ms.schedule(forum.id, date(2026, 11, 30))
    proposals = {p.kind: p for p in ms.propose_agenda(nxt.id, today=DEMO_TODAY)}
    assert [lk.record_id for lk in proposals["aftaler"].links] == [iv.id]
    assert proposals["aftaler"].links[0].entity == "agreement"
    randers = ms.forums.find("Styregruppen for Sundhedsstrategisk ledelse")
    other = next(m for m in ms.meetings.list(forum_id=randers.id) if m.status == "planlagt")
    assert "aftaler" not in {p.kind for p in ms.propose_agenda(other.id, today=DEMO_TODAY)}


def test_cli_free_texts_reach_the_records(capsys: pytest.CaptureFixture[str],
                                          demo_dir: Path) -> None:
    """Every free-text option of ``deviation`` and ``transfer`` is stored in its field
    (one table drives the options and the service call)."""
    d = str(demo_dir)
    code, _out, err = run(capsys, "agreements", "deviation", "SAM:BO", "--title", "Brudt",
                          "--theme", "T", "--rule", "R", "--reason", "Å", "--effect", "E",
                          "--proposal", "P", "--data-dir", d)
    assert code == 0, err
    code, _out, err = run(capsys, "agreements", "transfer", "--task", "Blodprøver",
                          "--from-profession", "læger", "--to-profession", "sygeplejersker",
                          "--competencies", "K", "--assurance", "A", "--medical", "M",
                          "--data-dir", d)
    assert code == 0, err
    with Workspace.open(demo_dir) as ws:
        svc = Services(ws)
        dev = next(x for x in svc.agreements.deviations.list() if x.title == "Brudt")
        t = next(x for x in svc.agreements.transfers.list() if x.task == "Blodprøver")
    assert (dev.theme, dev.rule, dev.reason, dev.effect, dev.proposal) == (
        "T", "R", "Å", "E", "P")
    assert (t.from_profession, t.to_profession, t.competencies, t.assurance,
            t.medical_responsible) == ("læger", "sygeplejersker", "K", "A", "M")
