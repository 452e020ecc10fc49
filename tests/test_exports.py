"""Exports: CSV and XLSX for Danish Excel (and LibreOffice), iCalendar for Outlook."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from brobygger.domain.errors import InputError
from brobygger.exchange import export_ics, export_table, files
from brobygger.exchange.calendar import TimeOfDay, build_calendar, parse_time_of_day
from brobygger.exchange.tables import csv_bytes
from brobygger.services import Services
from tests.conftest import run_cli as run

AKUT = "Akutsamarbejde, Viborg"
CPH = ZoneInfo("Europe/Copenhagen")
DANISH = "Ærø-færgen, Søby og Åbenrå: ærlig snak om øget tillid"


@pytest.fixture
def svc_x(demo_svc: Services) -> Services:
    """The example workspace plus entries with æ, ø, å, a formula-like text and two timed
    meetings – one in summer time, one in winter time."""
    akut = demo_svc.initiatives.find(AKUT)
    person = demo_svc.members.list(initiative_id=akut.id)[0].person_id
    demo_svc.log.create(initiative_id=akut.id, entry_date="2026-07-01", type="moede",
                        title="Styregruppemøde kl. 14.00–15.30", body=DANISH,
                        participants=[person], plagues=["graazoner"])
    demo_svc.log.create(initiative_id=akut.id, entry_date="2026-01-15", type="moede",
                        title="Driftsmøde på Skive Sygehus", body="kl. 9.30\nDagsorden følger")
    demo_svc.log.create(initiative_id=akut.id, entry_date="2026-03-02", type="observation",
                        title="=HYPERLINK(\"http://x\")", body="-1 seng i weekenden")
    demo_svc.actions.create(initiative_id=akut.id, title="Send kriseplan til Ørum",
                            owner_id=person, due_date="2026-12-03")
    done = demo_svc.actions.create(initiative_id=akut.id, title="Færdig opgave",
                                   due_date="2026-12-04")
    demo_svc.actions.mark_done(done.id)
    return demo_svc


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Danish Excel reads UTF-8
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


# -- CSV ---------------------------------------------------------------------------------------
def test_log_csv(svc_x: Services, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    summary = export_table(svc_x, "csv", "log", out, AKUT)
    rows = read_csv(out)
    header, body = rows[0], rows[1:]
    assert header[:5] == ["Dato", "Type", "Initiativ", "Titel", "Tekst"]
    assert summary.rows == len(body) and all(len(r) == len(header) for r in body)
    meeting = next(r for r in body if r[4] == DANISH)
    assert meeting[0] == "01-07-2026" and meeting[1] == "Møde" and meeting[2] == AKUT
    assert meeting[header.index("Plager")] == "Gråzoner i opgaver og ansvar"
    assert meeting[header.index("Deltagere")]
    dates = [datetime.strptime(r[0], "%d-%m-%Y").date() for r in body]
    assert dates == sorted(dates)  # oldest first
    # text a spreadsheet would run as a formula is defused
    formula = next(r for r in body if "HYPERLINK" in r[3])
    assert formula[3].startswith("'=") and formula[4].startswith("'-1")


def test_actions_and_assessments_csv(svc_x: Services, tmp_path: Path) -> None:
    export_table(svc_x, "csv", "actions", tmp_path / "a.csv")
    rows = read_csv(tmp_path / "a.csv")
    assert rows[0][:6] == ["Titel", "Initiativ", "Ansvarlig", "Frist", "Status", "Udført"]
    krise = next(r for r in rows if r[0] == "Send kriseplan til Ørum")
    assert krise[3] == "03-12-2026" and krise[4] == "Åben" and krise[2]
    done = next(r for r in rows if r[0] == "Færdig opgave")
    assert done[4] == "Udført"

    export_table(svc_x, "csv", "assessments", tmp_path / "v.csv", AKUT)
    rows = read_csv(tmp_path / "v.csv")
    kinds = {r[0] for r in rows[1:]}
    assert kinds == {"Relation", "Plage", "Barriere"}
    plague = next(r for r in rows[1:] if r[0] == "Plage")
    assert plague[3] in {"Konfliktende styring", "Usynlige resultater", "Tidskrævende processer",
                         "Kritiske it-problemer", "Gråzoner i opgaver og ansvar",
                         "Svær implementering og spredning", "Manglende intern koordination"}
    assert plague[7] in {"0", "1", "2", "3"}


def test_csv_cells() -> None:
    from brobygger.exchange.tables import Column, Sheet

    sheet = Sheet("x", (Column("Tal"), Column("Tekst")),
                  ((1.5, "a;b \"c\"\nd"), (None, "@SUM(A1)")))
    rows = list(csv.reader(io.StringIO(csv_bytes(sheet).decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert rows[1] == ["1,5", "a;b \"c\"\nd"] and rows[2] == ["", "'@SUM(A1)"]


# -- XLSX --------------------------------------------------------------------------------------
def test_xlsx_typed_cells_header_and_filter(svc_x: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "log.xlsx"
    export_table(svc_x, "xlsx", "log", out, AKUT)
    wb = load_workbook(out)
    ws = wb["Logbog"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Dato", "Type", "Initiativ", "Titel"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{ws.max_row}"
    row = next(r for r in ws.iter_rows(min_row=2) if r[4].value == DANISH)
    assert isinstance(row[0].value, datetime) and row[0].value.date() == date(2026, 7, 1)
    assert row[0].number_format == "DD-MM-YYYY"
    formula = next(r for r in ws.iter_rows(min_row=2) if "HYPERLINK" in str(r[3].value))
    assert formula[3].data_type == "s"  # text, never a formula
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
    assert all(8 <= w <= 62 for w in widths)

    export_table(svc_x, "xlsx", "assessments", tmp_path / "v.xlsx")
    wb = load_workbook(tmp_path / "v.xlsx")
    assert wb.sheetnames == ["Relationer", "Plager", "Barrierer"]
    rel = wb["Relationer"]
    scores = [c.value for c in next(rel.iter_rows(min_row=2, max_row=2))][4:7]
    assert all(isinstance(v, int) and 1 <= v <= 10 for v in scores)


def test_unknown_export_choices_are_input_errors(svc_x: Services, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(InputError):
        export_table(svc_x, "pdf", "log", tmp_path / "x.pdf")
    with pytest.raises(InputError):
        export_table(svc_x, "csv", "people", tmp_path / "x.csv")
    with pytest.raises(InputError):
        export_ics(svc_x, "assessments", tmp_path / "x.ics")
    with pytest.raises(InputError, match="findes ikke"):
        export_table(svc_x, "csv", "log", tmp_path / "nope" / "x.csv")
    assert not list(tmp_path.iterdir())


def test_writes_are_atomic(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")

    def half(f: object) -> None:
        f.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("crash")

    with pytest.raises(RuntimeError):
        files.write_with(target, half)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


# -- LibreOffice -------------------------------------------------------------------------------
def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing on CI: .ci/run installs it")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    return exe


def convert(src: Path, target: str, outdir: Path, infilter: str | None = None) -> None:
    cmd = [soffice(), f"-env:UserInstallation={(outdir / 'profile').as_uri()}", "--headless",
           "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr, done.stderr


def test_libreoffice_opens_the_csv(svc_x: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    src = tmp_path / "log.csv"
    export_table(svc_x, "csv", "log", src, AKUT)
    outdir = tmp_path / "lo"
    outdir.mkdir()
    # ';' separator, '"' quotes, UTF-8 (76), from line 1 – as Danish Excel reads it
    convert(src, "xlsx", outdir, infilter="CSV:59,34,76,1")
    wb = load_workbook(outdir / "log.xlsx")
    rows = [[c.value for c in r] for r in wb.active.iter_rows()]
    assert rows[0][:4] == ["Dato", "Type", "Initiativ", "Titel"]  # no BOM debris, split on ';'
    assert any(r[4] == DANISH for r in rows)
    assert any(r[1] == "Møde" for r in rows)


def test_libreoffice_opens_the_xlsx(svc_x: Services, tmp_path: Path) -> None:
    src = tmp_path / "vurderinger.xlsx"
    export_table(svc_x, "xlsx", "assessments", src)
    export_table(svc_x, "xlsx", "log", tmp_path / "log.xlsx")
    outdir = tmp_path / "lo"
    outdir.mkdir()
    # all sheets, UTF-8, values as shown (so the date format is the file's own)
    convert(src, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            outdir)
    plager = (outdir / "vurderinger-Plager.csv").read_text(encoding="utf-8")
    assert plager.startswith("Initiativ,Dato,Plage,Alvor (0–3)")
    assert "Svær implementering og spredning" in plager or "Tidskrævende processer" in plager
    relationer = (outdir / "vurderinger-Relationer.csv").read_text(encoding="utf-8")
    first = next(csv.reader(io.StringIO(relationer.splitlines()[1])))
    datetime.strptime(first[1], "%d-%m-%Y")  # a real date shown DD-MM-ÅÅÅÅ
    assert "æ" in relationer or "ø" in relationer or "å" in relationer
    convert(tmp_path / "log.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
            "true,false,false,-1", outdir)
    log = (outdir / "log-Logbog.csv").read_text(encoding="utf-8")
    assert DANISH in log and "01-07-2026" in log


# -- iCalendar ---------------------------------------------------------------------------------
def test_parse_time_of_day() -> None:
    assert parse_time_of_day("Møde kl. 14") == TimeOfDay(time(14), None)
    assert parse_time_of_day("kl. 9.30–11") == TimeOfDay(time(9, 30), time(11))
    assert parse_time_of_day("Kl 13:00-15:30 i Viborg") == TimeOfDay(time(13), time(15, 30))
    assert parse_time_of_day("Workshop 10.00 – 11.30") == TimeOfDay(time(10), time(11, 30))
    assert parse_time_of_day("kl. 16-15") == TimeOfDay(time(16), None)  # end before start
    assert parse_time_of_day("Budget 2027 og 5.000 medarbejdere") is None
    assert parse_time_of_day("Version 1.2-3.4") is None
    assert parse_time_of_day("kl. 25") is None


def test_ics_meetings_in_copenhagen_time(svc_x: Services, tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "moeder.ics"
    summary = export_ics(svc_x, "log", out, AKUT)
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Copenhagen"
    zones = cal.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Copenhagen"]
    assert zones[0].walk("DAYLIGHT") and zones[0].walk("STANDARD")
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert len(events) == summary.events
    meetings = [e for e in svc_x.log.list() if e.type == "moede"
                and e.initiative_id == svc_x.initiatives.find(AKUT).id]
    assert summary.events == len(meetings)

    summer = events["Styregruppemøde kl. 14.00–15.30"]
    start, end = summer.decoded("DTSTART"), summer.decoded("DTEND")
    assert summer["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert start == datetime(2026, 7, 1, 14, 0, tzinfo=CPH)
    assert start.utcoffset() == timedelta(hours=2)  # CEST
    assert start.astimezone(UTC) == datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 7, 1, 13, 30, tzinfo=UTC)
    assert DANISH in str(summer["DESCRIPTION"])

    winter = events["Driftsmøde på Skive Sygehus"]
    start, end = winter.decoded("DTSTART"), winter.decoded("DTEND")
    assert start.utcoffset() == timedelta(hours=1)  # CET
    assert start.astimezone(UTC) == datetime(2026, 1, 15, 8, 30, tzinfo=UTC)
    assert end - start == timedelta(hours=1)  # no end given: one hour

    # a meeting with only a date is an all-day event
    all_day = [e for e in cal.walk("VEVENT") if not isinstance(e.decoded("DTSTART"), datetime)]
    assert all_day
    for e in all_day:
        assert e.decoded("DTEND") - e.decoded("DTSTART") == timedelta(days=1)
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert len(set(uids)) == len(uids) and all(u.endswith("@brobygger") for u in uids)


def test_ics_actions_are_all_day_on_their_due_date(svc_x: Services, tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "handlinger.ics"
    export_ics(svc_x, "actions", out)
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    krise = events["Frist: Send kriseplan til Ørum"]
    assert krise.decoded("DTSTART") == date(2026, 12, 3)
    assert krise.decoded("DTEND") == date(2026, 12, 4)
    assert "Status: Åben" in str(krise["DESCRIPTION"])
    assert "Frist: Færdig opgave" not in events  # done actions stay out of the calendar
    open_with_due = [a for a in svc_x.actions.list(open_only=True) if a.due_date]
    assert len(events) == len(open_with_due)


def test_ics_is_stable_for_the_same_data(svc_x: Services) -> None:
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    first, _ = build_calendar(svc_x, "actions", now=moment)
    second, _ = build_calendar(svc_x, "actions", now=moment)
    assert first.to_ical() == second.to_ical()


# -- CLI ---------------------------------------------------------------------------------------


def test_cli_export(capsys: pytest.CaptureFixture[str], svc_x: Services, tmp_path: Path) -> None:
    d = str(svc_x.ws.directory)
    for fmt, what in (("csv", "log"), ("xlsx", "assessments"), ("ics", "actions"),
                      ("ics", "log")):
        out = tmp_path / f"{what}.{fmt}"
        code, stdout, err = run(capsys, "export", "--data-dir", d, "--format", fmt, "--what",
                                what, "--out", str(out), "--initiative", AKUT)
        assert code == 0, err
        assert out.exists() and "Gemt" in stdout
    code, stdout, _ = run(capsys, "export", "--data-dir", d, "--what", "actions", "--out",
                          str(tmp_path / "inferred.xlsx"))
    assert code == 0 and (tmp_path / "inferred.xlsx").exists()
    code, _, err = run(capsys, "export", "--data-dir", d, "--format", "ics", "--what",
                       "assessments", "--out", str(tmp_path / "x.ics"))
    assert code == 2 and "kalenderen" in err
    code, _, err = run(capsys, "export", "--data-dir", d, "--what", "log", "--out",
                       str(tmp_path / "x.txt"))
    assert code == 2 and "--format" in err
