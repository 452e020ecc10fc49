"""Imports (issue 20): contacts, a log from a spreadsheet, meetings from a calendar –
real-shaped files, the plan (preview), one transaction, re-import without duplicates,
CPR guard, audit trail, undo."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brobygger.domain.errors import InputError
from brobygger.exchange import importing as imp
from brobygger.exchange.importing.ics import read_events
from brobygger.exchange.importing.source import read_source
from brobygger.services import LogFilter, Services
from brobygger.services.imports import (
    CPR_MASK,
    CPR_SKIP,
    CREATE,
    ERROR,
    MATCH,
    SUGGEST,
    UNCHANGED,
    ImportCancelled,
    apply_import,
)
from brobygger.store import models
from tests.helpers import import_files as F


def count(svc: Services, model: type[models.SQLModel]) -> int:
    with svc.ws.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def everything(svc: Services) -> tuple[int, ...]:
    return tuple(count(svc, m) for m in (models.Organisation, models.Person, models.LogEntry,
                                         models.LogEntryPerson, models.AuditEvent,
                                         models.ImportBatch, models.ImportItem))


@pytest.fixture
def viborg(svc: Services) -> Services:
    svc.initiatives.create(name="Akutsamarbejde, Viborg", status="drift")
    return svc


# -- contacts --------------------------------------------------------------------------------
def test_multi_contact_vcard_with_danish_letters_and_folded_lines(svc: Services,
                                                                  tmp_path: Path) -> None:
    plan = imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "kontakter.vcf"))
    result = apply_import(svc, plan)
    assert result.created == {"organisation": 4, "person": 3}
    people = {p.name: p for p in svc.people.all()}
    orgs = {o.id: o for o in svc.organisations.all()}
    hanne = people["Hanne Bisgaard"]
    assert hanne.email == "hanne.bisgaard@viborg.dk" and hanne.phone == "+45 87 87 12 34"
    assert hanne.notes.endswith("fælles vagtplan for akutpladserne. Foretrækker sms før møder.")
    assert orgs[hanne.organisation_id].name == "Viborg Kommune"
    assert orgs[hanne.organisation_id].sector == "kommune"
    assert hanne.level == "chef"
    soeren = people["Søren Ærø-Østergård"]  # vCard 4.0
    assert soeren.level == "chef" and soeren.phone == "+45-78-44-00-00"
    assert orgs[soeren.organisation_id].sector == "region_hospital"
    aase = people["Åse Åberg"]
    assert aase.title.endswith("i Region Midtjylland")  # the folded line is one again
    assert orgs[aase.organisation_id].sector == "almen_praksis"
    assert "Sundhedsrådet Midt" in {o.name for o in orgs.values()}  # KIND:org – no person


def test_outlook_csv_danish_headers_windows_1252(svc: Services, tmp_path: Path) -> None:
    path = F.write_outlook_csv(tmp_path / "outlook.csv")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really Windows-1252
    apply_import(svc, imp.plan_contacts_file(svc, path))
    people = {p.name: p for p in svc.people.all()}
    assert set(people) == {"Jørgen Mølgaard", "Birthe K. Lærkholm", "Ove Sønderby"}
    assert people["Jørgen Mølgaard"].title == "Områdeleder"  # "Titel" (Hr.) is no job title
    assert people["Jørgen Mølgaard"].level == "funktionsleder"
    assert people["Birthe K. Lærkholm"].phone == "21 22 23 24"
    assert people["Birthe K. Lærkholm"].notes == "Kontakt om udskrivelser"
    assert {o.name for o in svc.organisations.all()} == {
        "Skive Kommune", "Regionshospitalet Viborg", "Silkeborg Kommune"}


def test_reimporting_contacts_matches_by_email_then_name(svc: Services, tmp_path: Path) -> None:
    vcf = F.write_vcard(tmp_path / "k.vcf")
    apply_import(svc, imp.plan_contacts_file(svc, vcf))
    before = (count(svc, models.Person), count(svc, models.Organisation))
    plan = imp.plan_contacts_file(svc, vcf)
    assert {r.action for r in plan.records} == {MATCH}
    assert "samme e-mail" in next(r for r in plan.records if r.entity == "person").reason
    apply_import(svc, plan)
    assert (count(svc, models.Person), count(svc, models.Organisation)) == before


def test_a_near_miss_is_only_a_suggestion(svc: Services, tmp_path: Path) -> None:
    svc.people.create(name="Hanne Bisgaard", level="chef")
    rows = [["Hanne", "", "Bisgård", "", "", "", "", "", "", "", "", ""]]
    path = F.write_outlook_csv(tmp_path / "o.csv", rows)
    plan = imp.plan_contacts_file(svc, path)
    (rec,) = [r for r in plan.records if r.entity == "person"]
    assert rec.action == SUGGEST and rec.target_label == "Hanne Bisgaard"
    assert "ligner" in rec.describe_da().lower()
    apply_import(svc, plan, accept_suggestions=True)
    assert [p.name for p in svc.people.all()] == ["Hanne Bisgaard"]
    plan = imp.plan_contacts_file(svc, path)
    apply_import(svc, plan)  # not confirmed: a new person, the suggestion not applied
    assert sorted(p.name for p in svc.people.all()) == ["Hanne Bisgaard", "Hanne Bisgård"]


# -- the log from a spreadsheet ----------------------------------------------------------------
def test_excel_log_with_merged_headers_and_danish_dates(viborg: Services,
                                                        tmp_path: Path) -> None:
    svc = viborg
    apply_import(svc, imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "k.vcf")))
    src, sheet = imp.read_sheet(F.write_excel_log(tmp_path / "log.xlsx"))
    assert sheet.header_row == 3 and sheet.headers == F.LOG_HEADERS
    mapping = imp.suggest_mapping(svc, sheet)
    assert dict(mapping.columns) == {"Dato": "date", "Type": "type", "Emne": "title",
                                     "Referat": "text", "Projekt": "initiative",
                                     "Deltagere": "participants", "Nøgleord": "tags"}
    assert mapping.types == {"Møde": "moede", "Beslutning": "beslutning", "Aftale": "aftale",
                             "Referat": "moede"}
    plan = imp.plan_log(svc, sheet, mapping, src)
    assert [r.row for r in plan.records] == [4, 5, 6, 7]
    apply_import(svc, plan)
    entries = {e.title: e for e in svc.log.list()}
    assert {t: (e.entry_date, e.type) for t, e in entries.items()} == {
        "Styregruppemøde om akutpladser": (date(2025, 3, 5), "moede"),
        "Fælles vagtplan for akutteamet": (date(2025, 3, 12), "beslutning"),
        "IV-behandling i eget hjem": (date(2025, 4, 2), "aftale"),
        "Driftsmøde": (date(2025, 4, 24), "moede")}
    first = entries["Styregruppemøde om akutpladser"]
    names = {p.id: p.name for p in svc.people.all()}
    assert {names[p] for p in first.participants} == {"Hanne Bisgaard", "Søren Ærø-Østergård"}
    assert first.initiative_id == svc.initiatives.find("Akutsamarbejde, Viborg").id
    assert first.tags == ("akutpladser", "styregruppe")
    assert "Øvrige deltagere: Ukendt Person" in entries["IV-behandling i eget hjem"].body
    assert "1,5 time" in entries["Driftsmøde"].body


def test_reimporting_the_same_sheet_adds_nothing(viborg: Services, tmp_path: Path) -> None:
    path = F.write_excel_log(tmp_path / "log.xlsx")
    src, sheet = imp.read_sheet(path)
    apply_import(viborg, imp.plan_log(viborg, sheet, imp.suggest_mapping(viborg, sheet), src))
    before = everything(viborg)[:4]
    src, sheet = imp.read_sheet(path)
    plan = imp.plan_log(viborg, sheet, imp.suggest_mapping(viborg, sheet), src)
    assert {r.action for r in plan.records} == {UNCHANGED}
    apply_import(viborg, plan)
    assert everything(viborg)[:4] == before


def test_csv_log_semicolons_windows_1252_decimal_commas_and_type_words(
        svc: Services, tmp_path: Path) -> None:
    text = ("Dato;Kategori;Overskrift;Beskrivelse;Timer\r\n"
            "03.02.2025;Styregruppe;Budget for akutteam;Godkendt – 1.250.000 kr.;2,5\r\n"
            "4/2/2025;Ukendt ord;Noget andet;Tekst;0,75\r\n")
    path = tmp_path / "log.csv"
    path.write_bytes(text.encode("cp1252"))
    src, sheet = imp.read_sheet(path)
    mapping = imp.suggest_mapping(svc, sheet).with_type("Styregruppe", "beslutning")
    assert mapping.columns["Timer"] == "extra"
    plan = imp.plan_log(svc, sheet, mapping, src)
    assert plan.records[1].reason.startswith("ukendt type »Ukendt ord«")
    apply_import(svc, plan)
    entries = {e.title: e for e in svc.log.list()}
    assert entries["Budget for akutteam"].type == "beslutning"
    assert entries["Budget for akutteam"].entry_date == date(2025, 2, 3)
    assert entries["Budget for akutteam"].body == "Godkendt – 1.250.000 kr.\n\nTimer: 2,5"
    assert entries["Noget andet"].type == "observation"  # the default type


def test_the_mapping_is_remembered_for_the_same_headers(svc: Services, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Dato,Emne,Noter\n2025-01-02,Møde med PLO,Kort\n", encoding="utf-8")
    _src, sheet = imp.read_sheet(path)
    mapping = imp.suggest_mapping(svc, sheet).with_column("Noter", "ignore")
    imp.remember(svc, sheet, mapping)
    other = tmp_path / "b.csv"
    other.write_text("emne,DATO,noter\nX,2025-02-03,Y\n", encoding="utf-8")
    _src, sheet2 = imp.read_sheet(other)
    assert imp.suggest_mapping(svc, sheet2).columns["noter"] == "ignore"
    round_trip = imp.LogMapping.from_json(json.loads(json.dumps(mapping.to_json())))
    assert round_trip == mapping


# -- the calendar ------------------------------------------------------------------------------
def test_recurring_events_expanded_across_the_dst_change(tmp_path: Path) -> None:
    src = read_source(F.write_ics(tmp_path / "k.ics"), (".ics",), "kalender")
    events = read_events(src, date(2025, 3, 1), date(2025, 6, 30))
    assert [(e.day, e.start, e.end) for e in events] == [
        (date(2025, 3, 17), time(14), time(15, 30)),   # winter time (CET)
        # 24 March: EXDATE
        (date(2025, 3, 31), time(14), time(15, 30)),   # summer time (CEST): still 14.00
        (date(2025, 4, 8), time(9), time(10)),         # the moved occurrence of 7 April
        (date(2025, 4, 14), time(14), time(15, 30)),
        (date(2025, 5, 15), None, None)]               # an all-day event
    keys = [e.key for e in events]
    assert len(set(keys)) == 5
    assert keys[2].endswith("|20250407T120000Z")  # UID + the original occurrence (UTC)
    assert keys[4] == "heldags-seminar-2025@example.dk"
    assert [e.day for e in read_events(src, date(2025, 4, 1), date(2025, 4, 10))] == [
        date(2025, 4, 8)]


def test_calendar_import_then_reimport_update_and_conflict(svc: Services,
                                                           tmp_path: Path) -> None:
    svc.people.create(name="Hanne Bisgaard", email="hanne.bisgaard@viborg.dk")
    path = F.write_ics(tmp_path / "k.ics")
    span = (date(2025, 1, 1), date(2025, 12, 31))
    apply_import(svc, imp.plan_calendar_file(svc, path, *span))
    meetings = svc.log.list(LogFilter(type="moede"))
    assert len(meetings) == 5
    first = next(e for e in meetings if e.entry_date == date(2025, 3, 17))
    assert first.body.startswith("kl. 14.00–15.30\nSted: Regionshospitalet Viborg, mødelokale 3")
    assert "Øvrige deltagere: Anders Ny <anders.ny@example.dk>" in first.body
    assert len(first.participants) == 1  # Hanne, by e-mail
    # the same file again: nothing new
    plan = imp.plan_calendar_file(svc, path, *span)
    assert {r.action for r in plan.records} == {UNCHANGED}
    # changed in the calendar, not edited here: updated
    changed = F.ICS.replace("Tværsektorielt ledelsesseminar", "Ledelsesseminar (ny titel)")
    plan = imp.plan_calendar_file(svc, F.write_ics(path, changed), *span)
    assert [r.action for r in plan.records].count("update") == 1
    apply_import(svc, plan)
    seminar = next(e for e in svc.log.list() if e.entry_date == date(2025, 5, 15))
    assert seminar.title == "Ledelsesseminar (ny titel)"
    assert len(svc.log.list()) == 5
    # edited here, then changed in the calendar again: a conflict, never overwritten
    svc.log.update(seminar.id, title="Seminar – min egen titel")
    again = F.ICS.replace("Tværsektorielt ledelsesseminar", "Seminar flyttet til Aarhus")
    plan = imp.plan_calendar_file(svc, F.write_ics(path, again), *span)
    conflict = next(r for r in plan.records if r.action == "conflict")
    assert "rettet her" in conflict.reason
    result = apply_import(svc, plan)
    assert result.conflicts == 1
    assert svc.log.get(seminar.id).title == "Seminar – min egen titel"


def test_brobyggers_own_ics_export_is_recognised(svc: Services, tmp_path: Path) -> None:
    from brobygger.exchange.calendar import export_ics

    svc.log.create(entry_date=date(2025, 6, 2), type="moede", title="Styregruppe kl. 10-12")
    export_ics(svc, "log", tmp_path / "egne.ics")
    plan = imp.plan_calendar_file(svc, tmp_path / "egne.ics", date(2025, 1, 1),
                                  date(2025, 12, 31))
    assert [r.action for r in plan.records] == [MATCH]
    apply_import(svc, plan)
    assert len(svc.log.list()) == 1


# -- safety --------------------------------------------------------------------------------------
def test_audit_backup_and_one_batch(svc: Services, tmp_path: Path) -> None:
    path = F.write_vcard(tmp_path / "kontakter.vcf")
    plan = imp.plan_contacts_file(svc, path)
    result = apply_import(svc, plan)
    assert result.backup is not None and result.backup.exists()
    assert "foer-import" in result.backup.name
    (event,) = [e for e in svc.audit.recent(100) if e.action == "import"]
    assert event.changes["source_name"][1] == "kontakter.vcf"
    import hashlib
    assert event.changes["source_hash"][1] == hashlib.sha256(path.read_bytes()).hexdigest()
    creates = [e for e in svc.audit.recent(100) if e.action == "create"]
    assert len(creates) == 7


def test_cpr_numbers_are_masked_or_skipped_as_chosen(svc: Services, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Dato;Titel;Tekst\n01-02-2025;Udskrivelse;Borger 010190-1234 blev sendt "
                    "hjem for tidligt\n02-02-2025;Møde;Intet følsomt\n", encoding="utf-8")
    src, sheet = imp.read_sheet(path)
    plan = imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src)
    assert plan.records[0].cpr == ("010190-****",)
    before = everything(svc)
    with pytest.raises(InputError, match="CPR"):
        apply_import(svc, plan)
    assert everything(svc) == before
    apply_import(svc, plan, cpr=CPR_SKIP)
    assert [e.title for e in svc.log.list()] == ["Møde"]
    svc2_plan = imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src)
    apply_import(svc, svc2_plan, cpr=CPR_MASK)
    masked = next(e for e in svc.log.list() if e.title == "Udskrivelse")
    assert "010190-****" in masked.body and "1234" not in masked.body


def test_cancelling_writes_nothing(svc: Services, tmp_path: Path) -> None:
    path = F.write_excel_log(tmp_path / "big.xlsx", F.big_log_rows(3000))
    src, sheet = imp.read_sheet(path)
    plan = imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src)
    seen: list[int] = []
    before = everything(svc)
    with pytest.raises(ImportCancelled, match="afbrudt"):
        apply_import(svc, plan, progress=lambda done, total: seen.append(done),
                     cancelled=lambda: len(seen) >= 4)
    assert everything(svc) == before
    seen.clear()
    apply_import(svc, plan, progress=lambda done, total: seen.append(done))
    assert seen == sorted(seen) and seen[-1] == len(plan.records) == 3000
    assert len(svc.log.list()) == 3000


# -- undo ----------------------------------------------------------------------------------------
def test_undo_moves_exactly_what_the_import_created(viborg: Services, tmp_path: Path) -> None:
    from brobygger.services.import_undo import list_imports, undo_blockers, undo_import

    svc = viborg
    existing = svc.people.create(name="Hanne Bisgaard", email="hanne.bisgaard@viborg.dk")
    result = apply_import(svc, imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "k.vcf")))
    assert result.created == {"organisation": 4, "person": 2}
    (batch,) = list_imports(svc)
    assert batch.created == 6 and batch.source_name == "k.vcf"
    assert undo_blockers(svc, batch.id) == []
    assert undo_import(svc, batch.id) == 6
    assert [p.name for p in svc.people.all()] == ["Hanne Bisgaard"]  # the matched one stays
    assert svc.people.get(existing.id).deleted_at is None
    assert len(svc.people.trash()) == 2 and len(svc.organisations.trash()) == 4
    with pytest.raises(InputError, match="allerede fortrudt"):
        undo_import(svc, batch.id)


def test_undo_is_blocked_by_edits_and_references(svc: Services, tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_blockers, undo_import

    result = apply_import(svc, imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "k.vcf")))
    soeren = next(p for p in svc.people.all() if p.name.startswith("Søren"))
    svc.log.create(entry_date=date(2025, 1, 1), type="moede", title="Møde",
                   participants=[soeren.id])
    hanne = next(p for p in svc.people.all() if p.name == "Hanne Bisgaard")
    svc.people.update(hanne.id, phone="12345678")
    blockers = undo_blockers(svc, result.batch_id)
    assert any("»Hanne Bisgaard« er ændret" in b for b in blockers)
    assert any("logindførsel" in b for b in blockers)
    before = everything(svc)
    with pytest.raises(InputError, match="kan ikke fortrydes"):
        undo_import(svc, result.batch_id)
    assert everything(svc) == before


def test_after_undo_the_calendar_imports_again(svc: Services, tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_import

    path = F.write_ics(tmp_path / "k.ics")
    span = (date(2025, 1, 1), date(2025, 12, 31))
    result = apply_import(svc, imp.plan_calendar_file(svc, path, *span))
    undo_import(svc, result.batch_id)
    assert svc.log.list() == []
    plan = imp.plan_calendar_file(svc, path, *span)
    assert {r.action for r in plan.records} == {CREATE}


# -- bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "data", "message"), [
    ("tom.xlsx", b"", "er tom"),
    ("tom.vcf", b"", "er tom"),
    ("billede.xlsx", bytes(range(256)) * 40, "ikke en Excel-fil"),
    ("kalender.ics", b"BEGIN:VCARD\r\nEND:VCARD\r\n", "ikke en kalenderfil"),
    ("kontakter.vcf", b"Bare noget tekst\n", "ingen kontakter"),
])
def test_bad_files_are_refused_with_a_danish_message(svc: Services, tmp_path: Path,
                                                     name: str, data: bytes,
                                                     message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = everything(svc)
    with pytest.raises(imp.ImportFileError, match=message) as info:
        if name.endswith(".xlsx"):
            imp.read_sheet(path)
        elif name.endswith(".ics"):
            imp.plan_calendar_file(svc, path, date(2025, 1, 1), date(2025, 2, 1))
        else:
            imp.plan_contacts_file(svc, path)
    assert "Intet er skrevet" in info.value.message
    assert everything(svc) == before


def test_a_ragged_csv_row_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Dato;Titel;Tekst\n01-02-2025;A;B\n02-02-2025;C;D;ekstra;felt\n",
                    encoding="utf-8")
    with pytest.raises(imp.ImportFileError, match=r"^Række 3: rækken har 5 felter") as info:
        imp.read_sheet(path)
    assert info.value.row == 3


def test_an_impossible_date_refuses_the_file_with_its_row(svc: Services,
                                                          tmp_path: Path) -> None:
    path = F.write_excel_log(tmp_path / "log.xlsx", [
        ("01-02-2025", "Møde", "Godt møde", "", "", "", ""),
        ("31-02-2025", "Møde", "Umuligt møde", "", "", "", "")])
    src, sheet = imp.read_sheet(path)
    plan = imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src)
    bad = plan.records[1]
    assert bad.action == ERROR and bad.row == 5
    assert bad.reason == "ugyldig dato »31-02-2025« i kolonnen »Dato«"
    before = everything(svc)
    with pytest.raises(InputError, match="række 5: ugyldig dato »31-02-2025«"):
        apply_import(svc, plan)
    assert everything(svc) == before
    apply_import(svc, plan, skip_invalid=True)
    assert [e.title for e in svc.log.list()] == ["Godt møde"]


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stor.xlsx"
    with path.open("wb") as f:  # a sparse file: 200 MB on paper, no disk used
        f.truncate(200 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(imp.ImportFileError, match=r"for stor \(200 MB; højst 50 MB"):
        imp.read_sheet(path)


def test_the_import_reports_its_changes_through_the_unit_of_work(svc: Services,
                                                                 tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_import
    from brobygger.services.unit_of_work import collect

    with collect() as box:
        result = apply_import(svc, imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "k.vcf")))
    changes = box.changes
    assert len(changes.ids("person")) == 3 and len(changes.ids("organisation")) == 4
    assert changes.user == "tester"
    with collect() as box:
        undo_import(svc, result.batch_id)
    assert box.changes.deleted["person"] == changes.created["person"]


def test_imports_and_undo_on_postgresql(pg_ws: object, tmp_path: Path) -> None:
    from brobygger.services.import_undo import undo_blockers, undo_import

    svc = Services(pg_ws, user="anne")  # type: ignore[arg-type]
    apply_import(svc, imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "k.vcf")))
    span = (date(2025, 1, 1), date(2025, 12, 31))
    path = F.write_ics(tmp_path / "k.ics")
    result = apply_import(svc, imp.plan_calendar_file(svc, path, *span))
    assert result.created == {"log_entry": 5}
    assert {r.action for r in imp.plan_calendar_file(svc, path, *span).records} == {UNCHANGED}
    hanne = next(e for e in svc.log.list() if e.entry_date == date(2025, 3, 17))
    assert len(hanne.participants) == 1  # matched by e-mail
    assert undo_blockers(svc, result.batch_id) == []
    assert undo_import(svc, result.batch_id) == 5
    assert svc.log.list() == []
