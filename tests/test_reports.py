"""PDF briefs: content (pypdf text), typography, real readers (poppler, qpdf), atomic writes
and the CLI commands."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from brobygger.domain.catalogue import BARRIERS, PLAGUES
from brobygger.domain.errors import BrobyggerError, InputError, ValidationError
from brobygger.reports import charts, document
from brobygger.reports.typography import number_da
from brobygger.services import LogFilter, Services
from brobygger.services.briefs import (
    DEFAULT_CONFIDENTIALITY,
    BriefOptions,
    ExportError,
    handover_brief,
    portfolio_brief,
    status_brief,
)
from tests.conftest import DEMO_TODAY
from tests.conftest import run_cli as run

MAIN_INITIATIVES = [
    "Psykiatriens Hus, Silkeborg",
    "Sundhedsstrategisk ledelse af det nære sundhedsvæsen, Randers",
    "Samarbejdsaftale om patientforløb (SAM:BO), Fyn",
    "Akutsamarbejde, Viborg",
]
OPTIONS = BriefOptions(author="Hanne Bisgaard", today=DEMO_TODAY)
DANISH_DATE = re.compile(r"\b\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|"
                         r"september|oktober|november|december) \d{4}\b")
TOP = document.PAGE_H - document.MARGIN_TOP + 2
BOTTOM = document.MARGIN_BOTTOM - 2


# -- helpers ---------------------------------------------------------------------------------
def squash(text: str) -> str:
    """Text compared without whitespace or soft hyphens: line and page breaks, wrapped
    table cells and long words split across lines all vanish."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def full_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def body_text(path: Path) -> str:
    """The text inside the page frames only (running header and footer left out), so text
    that flows across a page break reads as one."""
    parts: list[str] = []

    def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
        if BOTTOM < y < TOP:
            parts.append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return "".join(parts)


def contains(haystack: str, needle: str) -> bool:
    return squash(needle) in squash(haystack)


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing on CI (.ci/run installs poppler-utils and qpdf)")
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils qpdf)")
    return found


def check_in_readers(path: Path, tmp_path: Path) -> None:
    """qpdf finds no structural errors and poppler renders every page."""
    qpdf = require_tool("qpdf")
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    pdftoppm = require_tool("pdftoppm")
    out = tmp_path / f"render-{path.stem}"
    out.mkdir()
    result = subprocess.run([pdftoppm, "-r", "30", "-png", str(path), str(out / "p")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    pngs = sorted(out.glob("p-*.png"))
    assert len(pngs) == page_count(path)
    assert all(p.stat().st_size > 500 for p in pngs)


def initiative(svc: Services, name: str) -> Any:
    return svc.initiatives.find(name)


def expected_content(svc: Services, iid: uuid.UUID, *, since: date | None = None
                     ) -> dict[str, list[str]]:
    """What every brief must show for an initiative, straight from the services."""
    summary = svc.overview.summary(iid, today=DEMO_TODAY)
    entries = svc.log.list(LogFilter(initiative_id=iid, date_from=since, date_to=DEMO_TODAY))
    return {
        "parties": [p.organisation_name for p in summary.parties],
        "plagues": [PLAGUES.label(p.plague) for p in summary.active_plagues],
        "barriers": [BARRIERS.label(b.barrier) for b in summary.open_barriers],
        "asks": [b.ask for b in summary.open_barriers if b.ask],
        "decisions": [e.title for e in entries if e.type in ("beslutning", "aftale")],
        # escalations are asks now: every open one, each once (services.asks)
        "escalations": [a.title for a in summary.open_asks],
    }


def assert_shows(text: str, items: list[str], what: str) -> None:
    missing = [i for i in items if not contains(text, i)]
    assert not missing, f"{what} missing from the brief: {missing}"


def assert_page_numbers(path: Path) -> None:
    n = page_count(path)
    text = full_text(path)
    for k in range(1, n + 1):
        assert f"Side {k} af {n}" in text


# -- the example workspace -----------------------------------------------------------------
@pytest.mark.parametrize("name", MAIN_INITIATIVES)
def test_status_brief_for_each_example_initiative(demo_svc: Services, tmp_path: Path,
                                                  name: str) -> None:
    i = initiative(demo_svc, name)
    out = status_brief(demo_svc, i.id, None, DEMO_TODAY, tmp_path / "status.pdf", OPTIONS)
    assert out == tmp_path / "status.pdf"
    text, body = full_text(out), body_text(out)
    want = expected_content(demo_svc, i.id)
    assert contains(body, name)
    assert_shows(body, want["parties"], "parties")
    assert_shows(body, want["plagues"], "active plagues")
    assert_shows(body, want["barriers"], "open barriers")
    assert_shows(body, want["asks"], "escalation asks")
    assert_shows(body, want["decisions"], "decisions")
    assert_shows(body, want["escalations"], "escalations")
    assert want["plagues"] and want["asks"] and want["decisions"]  # the example is not empty
    assert "Side 1 af" in text and DANISH_DATE.search(text)
    assert "20. november 2026" in text
    for heading in ("Sammenfatning", "Beslutninger, der er brug for", "Resultater",
                    "Relationernes modenhed", "Aktive plager", "Strukturelle barrierer",
                    "Beslutninger og aftaler i perioden", "Handlinger",
                    "Eftertanker til topledelsen"):
        assert heading in text
    assert DEFAULT_CONFIDENTIALITY in text and "Hanne Bisgaard" in text
    assert 2 <= page_count(out) <= 6
    assert_page_numbers(out)


def test_status_brief_period_limits_decisions(demo_svc: Services, tmp_path: Path) -> None:
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    since = DEMO_TODAY - timedelta(days=365)
    out = status_brief(demo_svc, i.id, since, DEMO_TODAY, tmp_path / "s.pdf", OPTIONS)
    body = body_text(out)
    inside = expected_content(demo_svc, i.id, since=since)
    everything = expected_content(demo_svc, i.id)
    assert_shows(body, inside["decisions"], "decisions in the period")
    assert_shows(body, inside["escalations"], "escalations in the period")
    section = body.split("Beslutninger og aftaler i perioden", 1)[1].split("Handlinger")[0]
    older = [t for t in everything["decisions"] if t not in inside["decisions"]]
    assert older and not any(contains(section, t) for t in older)
    assert "20. november 2025 – 20. november 2026" in full_text(out)


@pytest.mark.parametrize("name", MAIN_INITIATIVES)
def test_handover_brief_for_each_example_initiative(demo_svc: Services, tmp_path: Path,
                                                    name: str) -> None:
    i = initiative(demo_svc, name)
    out = handover_brief(demo_svc, i.id, tmp_path / "handover.pdf", OPTIONS)
    text, body = full_text(out), body_text(out)
    want = expected_content(demo_svc, i.id)
    assert contains(body, name)
    for key in ("parties", "plagues", "barriers", "asks", "decisions", "escalations"):
        assert_shows(body, want[key], key)
    for m in demo_svc.members.list(initiative_id=i.id):
        assert contains(body, m.person_name)
    for e in demo_svc.log.list(LogFilter(initiative_id=i.id)):  # the whole timeline
        assert contains(body, e.title) and contains(body, e.body)
    for heading in ("Kort om initiativet", "Tidslinje", "Personer", "Relationernes modenhed",
                    "Aftaler og beslutninger i kraft", "Åbne sager", "Åbne handlinger"):
        assert heading in text
    assert "Side 1 af" in text and DANISH_DATE.search(text)
    assert_page_numbers(out)


def test_portfolio_brief_of_the_example(demo_svc: Services, tmp_path: Path) -> None:
    out = portfolio_brief(demo_svc, None, tmp_path / "portfolio.pdf", OPTIONS)
    text, body = full_text(out), body_text(out)
    initiatives = demo_svc.initiatives.all()
    assert len(initiatives) == 9
    since = DEMO_TODAY - timedelta(days=91)
    for i in initiatives:
        assert contains(body, i.name)
        want = expected_content(demo_svc, i.id, since=since)
        for key in ("parties", "plagues", "barriers", "asks", "decisions", "escalations"):
            assert_shows(body, want[key], f"{i.name}: {key}")
    # compact: initiatives with nothing to report get a line in the table, not a page
    pages = int(re.search(r"INITIATIV 1 AF (\d+)", text).group(1))  # type: ignore[union-attr]
    assert 4 <= pages < 9 and f"INITIATIV {pages} AF {pages}" in text
    assert "uden nyt i perioden står kun her i tabellen" in text
    # Randers' laboratories under their parent, with status and sponsors
    assert "Delinitiativer" in text and contains(body, "Forebyggelse af uhensigtsmæssige")
    assert "Løst på laveste niveau" in text
    # the summary table starts on the first page (a heading never drags a long table over)
    first_page = PdfReader(out).pages[0].extract_text()
    assert "Overblik" in first_page and "Akutsamarbejde, Viborg" in first_page
    assert "Side 1 af" in text and DANISH_DATE.search(text)
    # the summary table comes first, then one part per initiative
    assert text.index("Overblik") < text.index(f"INITIATIV 1 AF {pages}")
    assert_page_numbers(out)


def test_portfolio_of_selected_initiatives_keeps_parents_first(demo_svc: Services,
                                                               tmp_path: Path) -> None:
    randers = initiative(demo_svc, "Sundhedsstrategisk ledelse af det nære sundhedsvæsen")
    lab = initiative(demo_svc, "Laboratorium: Den gode sårbehandling")
    out = portfolio_brief(demo_svc, [lab.id, randers.id, lab.id], tmp_path / "p.pdf", OPTIONS)
    text = squash(full_text(out))
    assert "INITIATIV3AF" not in text  # each once; the quiet laboratory only in the table
    assert squash("INITIATIV 1 AF") in text and squash(randers.name) in text
    assert text.index(squash(randers.name)) < text.index(squash(lab.name))
    viborg = initiative(demo_svc, "Akutsamarbejde, Viborg")
    assert squash(viborg.name) not in text
    with pytest.raises(InputError):
        portfolio_brief(demo_svc, [], tmp_path / "none.pdf", OPTIONS)
    assert not (tmp_path / "none.pdf").exists()


def test_example_briefs_open_in_real_readers(demo_svc: Services, tmp_path: Path) -> None:
    i = initiative(demo_svc, "Psykiatriens Hus, Silkeborg")
    paths = [
        status_brief(demo_svc, i.id, None, None, tmp_path / "status.pdf", OPTIONS),
        handover_brief(demo_svc, i.id, tmp_path / "handover.pdf", OPTIONS),
        portfolio_brief(demo_svc, None, tmp_path / "portfolio.pdf", OPTIONS),
    ]
    for p in paths:
        check_in_readers(p, tmp_path)


def test_metadata_page_size_and_embedded_font(demo_svc: Services, tmp_path: Path) -> None:
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    out = status_brief(demo_svc, i.id, None, None, tmp_path / "s.pdf", OPTIONS)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Statusnotat: Akutsamarbejde, Viborg"
    assert meta.author == "Hanne Bisgaard"
    assert meta.subject == "Statusnotat"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "da-DK"
    for page in reader.pages:  # A4 portrait
        assert abs(float(page.mediabox.width) - 595.28) < 0.5
        assert abs(float(page.mediabox.height) - 841.89) < 0.5
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType
    assert fonts and all("DejaVuSansCondensed" in f for f in fonts), fonts  # shipped font
    pdffonts = shutil.which("pdffonts")
    if pdffonts:
        listing = subprocess.run([pdffonts, str(out)], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[2:]
        assert listing and all(" yes " in line for line in listing), listing  # embedded
    # æ, ø, å and dashes come through as text
    text = full_text(out)
    assert "æ" in text and "ø" in text and "å" in text and "–" in text


# -- no data, long texts --------------------------------------------------------------------
def test_initiative_without_data_gives_valid_briefs(svc: Services, tmp_path: Path) -> None:
    i = svc.initiatives.create(name="Nyt samarbejde om hjemmebehandling")
    opts = BriefOptions(today=date(2026, 3, 5))
    status = status_brief(svc, i.id, None, None, tmp_path / "status.pdf", opts)
    handover = handover_brief(svc, i.id, tmp_path / "handover.pdf", opts)
    portfolio = portfolio_brief(svc, None, tmp_path / "portfolio.pdf", opts)
    for p in (status, handover, portfolio):
        text = full_text(p)
        assert contains(text, "Nyt samarbejde om hjemmebehandling")
        assert "Ingen data endnu" in text
        assert "Side 1 af" in text and "5. marts 2026" in text
        check_in_readers(p, tmp_path)
    text = full_text(status)
    assert "Ingen indikatorer endnu" in text or "ingen indikatorer for initiativet" in text
    assert "Ingen af samarbejdets syv plager" in text
    assert "Ingen åbne handlinger" in text
    assert "Ingen af de otte eftertanker er besvaret" in text  # no readiness answers yet
    assert contains(text, "Ingen beslutninger eller aftaler er registreret i perioden.")
    # each empty section of the handover: its heading, then the note that says so
    text = full_text(handover)
    for heading, note in (("Tidslinje", "Ingen data endnu: loggen er tom."),
                          ("Personer", "Ingen personer er knyttet til initiativet endnu."),
                          ("Aftaler og beslutninger i kraft",
                           "Ingen aftaler eller beslutninger er registreret endnu.")):
        assert contains(text, f"{heading} {note}"), heading


def test_empty_workspace_portfolio(svc: Services, tmp_path: Path) -> None:
    out = portfolio_brief(svc, None, tmp_path / "p.pdf", BriefOptions(today=date(2026, 3, 5)))
    assert "Ingen data endnu" in full_text(out)
    assert page_count(out) == 1


LONG_MITIGATION = " ".join(f"Tiltag-{n}: en fælles instruks om prøvesvar." for n in range(1, 301))


def _long_workspace(svc: Services) -> tuple[Any, str, str, str]:
    """An initiative with a 200-character name, a party with a long name and a
    5,000-character decision body that contains a 120-character word."""
    name = ("Tværsektorielt samarbejde om hjemmebehandling, udskrivning, genoptræning og "
            "opfølgning for ældre medicinske patienter med kronisk sygdom i Nordjylland – "
            "fase to")
    name = (name + " " + "x" * 200)[:200].rstrip()
    assert len(name) == 200
    org_name = ("Region Nordjylland, Aalborg Universitetshospital, Medicinsk Center, "
                "Afdeling for Geriatri og Akut Medicin, Sektion for Udgående Funktioner")
    words = ("Kommunen og hospitalet har aftalt en ny arbejdsgang for udskrivning, hvor "
             "sygeplejersken ringer til hjemmeplejen dagen før, og lægen sender epikrisen "
             "samme dag. ")
    body = (words * 60)[:2400] + "\n\n" + "Lægeordination" * 9 + "\n\n"
    body = (body + words * 60)[:5000]
    assert len(body) == 5000
    i = svc.initiatives.create(name=name, status="drift", start_date=date(2026, 1, 5),
                               purpose="Færre genindlæggelser.")
    org = svc.organisations.create(name=org_name, sector="region_hospital")
    other = svc.organisations.create(name="Aalborg Kommune", sector="kommune")
    svc.parties.create(initiative_id=i.id, organisation_id=org.id, role="Hospital")
    svc.parties.create(initiative_id=i.id, organisation_id=other.id, role="Kommune")
    svc.log.create(initiative_id=i.id, entry_date=date(2026, 2, 10), type="beslutning",
                   title="Ny arbejdsgang ved udskrivning", body=body)
    svc.plagues.create(initiative_id=i.id, plague="graazoner", assessed_on=date(2026, 2, 1),
                       severity=3, note="Ansvar for prøvesvar er uklart. " * 80,
                       mitigation=LONG_MITIGATION)
    svc.barriers.create(initiative_id=i.id, barrier="aftaler_lovgivning",
                        assessed_on=date(2026, 2, 1), impact=3, escalation_level="nationalt",
                        ask="Hjemmel til at dele prøvesvar mellem sektorerne",
                        ask_to="Sundhedsministeriet", status="eskaleret")
    svc.relationships.create(initiative_id=i.id, org_a_id=org.id, org_b_id=other.id,
                             assessed_on=date(2026, 2, 1), kendskab=5, respekt=4, tillid=3)
    return i, name, org_name, body


def test_long_names_and_texts_are_never_cut(svc: Services, tmp_path: Path) -> None:
    i, name, org_name, body = _long_workspace(svc)
    opts = BriefOptions(today=date(2026, 3, 5), author="A" * 150)
    status = status_brief(svc, i.id, None, None, tmp_path / "status.pdf", opts)
    handover = handover_brief(svc, i.id, tmp_path / "handover.pdf", opts)
    portfolio = portfolio_brief(svc, None, tmp_path / "portfolio.pdf", opts)
    assert len(LONG_MITIGATION) > 12_000
    for p in (status, handover, portfolio):
        text = body_text(p)
        assert contains(text, name), p.name
        assert contains(text, org_name), p.name
        check_in_readers(p, tmp_path)
    for p in (status, handover):
        text = body_text(p)
        assert contains(text, body), p.name  # all 5,000 characters, in order
        # a 12,000-character table cell splits across pages (the header row repeats and the
        # neighbouring cell's text interleaves), but every part of it is there, in order
        found = [int(n) for n in re.findall(r"Tiltag-(\d+):", squash(text))]
        assert found == list(range(1, 301)), p.name
    # the running footer shortens the name instead of overflowing
    footer = full_text(status)
    assert "…" in footer


def test_many_entries_make_a_long_valid_brief(svc: Services, tmp_path: Path) -> None:
    i = svc.initiatives.create(name="Travlt initiativ", status="drift")
    for n in range(120):
        svc.log.create(initiative_id=i.id, entry_date=date(2026, 1, 1) + timedelta(days=n),
                       type="aftale" if n % 2 else "moede", title=f"Punkt {n:03d}",
                       body=f"Tekst-{n:03d} om aftalen. " + "Mere tekst. " * 20)
    opts = BriefOptions(today=date(2026, 6, 1))
    out = handover_brief(svc, i.id, tmp_path / "h.pdf", opts)
    text = body_text(out)
    assert all(f"Punkt {n:03d}" in text for n in range(120))
    assert all(f"Tekst-{n:03d}" in text for n in range(120))  # the timeline in full
    assert page_count(out) > 5
    assert_page_numbers(out)
    # the status brief lists every agreement in the period, the ten newest with their text
    status = body_text(status_brief(svc, i.id, None, None, tmp_path / "s.pdf", opts))
    agreements = [n for n in range(120) if n % 2]
    assert all(f"Punkt {n:03d}" in status for n in agreements)
    with_text = [n for n in agreements if f"Tekst-{n:03d}" in status]
    assert with_text == agreements[-10:]


def test_person_relations_only_in_the_handover(svc: Services, tmp_path: Path) -> None:
    i = svc.initiatives.create(name="Relationer", status="drift")
    a = svc.people.create(name="Karen Holm")
    b = svc.people.create(name="Ole Sand")
    svc.relationships.create(initiative_id=i.id, person_a_id=a.id, person_b_id=b.id,
                             assessed_on=date(2026, 1, 1), kendskab=8, respekt=7, tillid=3)
    opts = BriefOptions(today=date(2026, 3, 5))
    status = full_text(status_brief(svc, i.id, None, None, tmp_path / "s.pdf", opts))
    assert "Karen Holm" not in status
    assert contains(status, "vises de ikke i dette notat")
    handover = body_text(handover_brief(svc, i.id, tmp_path / "h.pdf", opts))
    assert (contains(handover, "Karen Holm ↔ Ole Sand")
            or contains(handover, "Ole Sand ↔ Karen Holm"))
    assert "Byg tillid" in handover  # the next step, not a score table alone


# -- options, progress, validation ------------------------------------------------------------
def test_options_and_progress(demo_svc: Services, tmp_path: Path) -> None:
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    calls: list[tuple[int, int]] = []
    out = status_brief(demo_svc, i.id, date(2026, 1, 1), date(2026, 6, 30), tmp_path / "s.pdf",
                       BriefOptions(author="Pia", confidentiality="Kun til direktionen",
                                    today=DEMO_TODAY),
                       progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    text = full_text(out)
    assert "Kun til direktionen" in text and DEFAULT_CONFIDENTIALITY not in text
    assert "1. januar 2026 – 30. juni 2026" in text
    calls.clear()
    portfolio_brief(demo_svc, None, tmp_path / "p.pdf", OPTIONS,
                    progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (calls[-1][1], calls[-1][1]) and len(calls) >= 10
    no_line = status_brief(demo_svc, i.id, None, None, tmp_path / "n.pdf",
                           BriefOptions(confidentiality="", today=DEMO_TODAY))
    assert "Fortroligt" not in full_text(no_line)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the PDFs (``tmp_path`` also holds the workspace copy)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_english_request_still_gives_one_language(demo_svc: Services, tmp_path: Path) -> None:
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    out = status_brief(demo_svc, i.id, None, None, tmp_path / "en.pdf",
                       BriefOptions(today=DEMO_TODAY, lang="en"))
    text = full_text(out)
    assert "Konfliktende styring" in text and "Conflicting governance" not in text


def test_bad_period_and_unknown_initiative_write_nothing(demo_svc: Services,
                                                         out_dir: Path) -> None:
    tmp_path = out_dir
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    out = tmp_path / "s.pdf"
    with pytest.raises(ValidationError, match="slutdato"):
        status_brief(demo_svc, i.id, date(2026, 6, 1), date(2026, 1, 1), out, OPTIONS)
    with pytest.raises(InputError):
        status_brief(demo_svc, uuid.uuid4(), None, None, out, OPTIONS)
    with pytest.raises(InputError):
        handover_brief(demo_svc, uuid.uuid4(), out, OPTIONS)
    with pytest.raises(InputError, match="findes ikke"):
        status_brief(demo_svc, i.id, None, None, tmp_path / "nowhere" / "s.pdf", OPTIONS)
    with pytest.raises(InputError, match="mappe"):
        status_brief(demo_svc, i.id, None, None, tmp_path, OPTIONS)
    assert list(tmp_path.iterdir()) == []


# -- atomic writing ---------------------------------------------------------------------------
def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.mark.parametrize("brief", ["status", "portfolio", "handover"])
def test_failure_mid_build_leaves_no_file(demo_svc: Services, out_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch, brief: str) -> None:
    from brobygger.reports import sections

    tmp_path = out_dir
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    make: dict[str, Callable[[Path], Path]] = {
        "status": lambda p: status_brief(demo_svc, i.id, None, None, p, OPTIONS),
        "portfolio": lambda p: portfolio_brief(demo_svc, None, p, OPTIONS),
        "handover": lambda p: handover_brief(demo_svc, i.id, p, OPTIONS),
    }

    real_draw = sections.WrapTable.draw
    drawn = [0]

    def boom(self: Any) -> None:
        drawn[0] += 1
        if drawn[0] >= 4:  # a few tables (and pages) in: the PDF is half made
            raise RuntimeError("simulated crash while laying out the pages")
        real_draw(self)

    monkeypatch.setattr(sections.WrapTable, "draw", boom)
    target = tmp_path / f"{brief}.pdf"
    with pytest.raises(RuntimeError):
        make[brief](target)
    assert _leftovers(tmp_path) == []
    # an existing file survives a failed export unchanged
    target.write_bytes(b"%PDF-old")
    drawn[0] = 0
    with pytest.raises(RuntimeError):
        make[brief](target)
    assert target.read_bytes() == b"%PDF-old"
    assert _leftovers(tmp_path) == [target.name]


def test_failure_while_writing_leaves_old_file_and_no_temp(demo_svc: Services, out_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    tmp_path = out_dir
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    target = tmp_path / "s.pdf"
    target.write_bytes(b"%PDF-old")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(ExportError) as info:
        status_brief(demo_svc, i.id, None, None, target, OPTIONS)
    assert "kunne ikke gemmes" in info.value.message and "prøv igen" in info.value.message
    assert isinstance(info.value, BrobyggerError)
    assert target.read_bytes() == b"%PDF-old"
    assert _leftovers(tmp_path) == ["s.pdf"]
    monkeypatch.undo()
    status_brief(demo_svc, i.id, None, None, target, OPTIONS)
    assert target.read_bytes().startswith(b"%PDF-1.")
    assert _leftovers(tmp_path) == ["s.pdf"]


def test_unwritable_directory_raises_a_danish_error(demo_svc: Services, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    i = initiative(demo_svc, "Akutsamarbejde, Viborg")
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        locked.chmod(0o500)
        try:
            with pytest.raises(ExportError, match="Vælg en anden mappe"):
                status_brief(demo_svc, i.id, None, None, locked / "s.pdf", OPTIONS)
        finally:
            locked.chmod(0o700)
    # as root the permission bits do not bite: make the temporary file fail instead

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match="prøv igen"):
        status_brief(demo_svc, i.id, None, None, locked / "s.pdf", OPTIONS)
    assert _leftovers(locked) == []


# -- CLI --------------------------------------------------------------------------------------


def test_cli_brief_portfolio_handover(capsys: pytest.CaptureFixture[str], demo_dir: Path,
                                      tmp_path: Path) -> None:
    d = str(demo_dir)
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = run(capsys, "brief", "Akutsamarbejde, Viborg", "--from", "2026-01-01",
                            "--to", "20-11-2026", "--out", str(out / "status.pdf"),
                            "--author", "Hanne Bisgaard", "--confidentiality", "Kun til os",
                            "--data-dir", d)
    assert code == 0, err
    assert "gemt" in stdout
    text = full_text(out / "status.pdf")
    assert "Akutsamarbejde, Viborg" in text and "Hanne Bisgaard" in text
    assert "Kun til os" in text and "1. januar 2026 – 20. november 2026" in text
    code, _, err = run(capsys, "portfolio", "--out", str(out / "portfolio.pdf"),
                       "--initiative", "Viborg", "--initiative", "Silkeborg", "--data-dir", d)
    assert code == 0, err
    text = full_text(out / "portfolio.pdf")
    assert "INITIATIV 2 AF 2" in text and "Psykiatriens Hus, Silkeborg" in text
    code, _, err = run(capsys, "portfolio", "-o", str(out / "all.pdf"), "--data-dir", d)
    assert code == 0 and "INITIATIV 1 AF" in full_text(out / "all.pdf")
    code, _, err = run(capsys, "handover", "SAM:BO", "--out", str(out / "handover.pdf"),
                       "--data-dir", d)
    assert code == 0, err
    assert "Overdragelsesnotat" in full_text(out / "handover.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["all.pdf", "handover.pdf",
                                                     "portfolio.pdf", "status.pdf"]


@pytest.mark.parametrize("args", [
    ["brief", "Findes ikke", "--out", "{out}/x.pdf"],
    ["brief", "Laboratorium", "--out", "{out}/x.pdf"],  # ambiguous name
    ["brief", "Viborg", "--from", "2026-13-01", "--out", "{out}/x.pdf"],
    ["brief", "Viborg", "--from", "2026-06-01", "--to", "2026-01-01", "--out", "{out}/x.pdf"],
    ["brief", "Viborg", "--out", "{out}/x.txt"],
    ["brief", "Viborg", "--out", "{out}/mangler/x.pdf"],
    ["brief", "Viborg"],  # no --out
    ["portfolio", "--initiative", "Findes ikke", "--out", "{out}/x.pdf"],
    ["handover", "Findes ikke", "--out", "{out}/x.pdf"],
    ["handover", "Viborg", "--out", "{out}"],  # a folder, not a file
])
def test_cli_bad_input_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str],
                                                  demo_dir: Path, tmp_path: Path,
                                                  args: list[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, *[a.format(out=out) for a in args], "--data-dir", str(demo_dir))
    assert code == 2
    assert "fejl" in err.lower()
    if "--out" in args:
        assert re.search(r"[æøå]|Angiv|Fandt|Skriv|findes|mappe", err), err  # Danish
    assert list(out.iterdir()) == []


# -- charts and formats -----------------------------------------------------------------------
def _strings(drawing: Any) -> list[str]:
    found: list[str] = []

    def walk(node: Any) -> None:
        if hasattr(node, "text") and isinstance(node.text, str):
            found.append(node.text)
        for child in getattr(node, "contents", []):
            walk(child)

    walk(drawing)
    return found


def _shapes(drawing: Any, kind: type) -> list[Any]:
    found: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, kind):
            found.append(node)
        for child in getattr(node, "contents", []):
            walk(child)

    walk(drawing)
    return found


def test_charts_differ_in_more_than_colour() -> None:
    from reportlab.graphics.shapes import PolyLine

    styles = charts.SERIES_STYLES
    assert len({s.dash for s in styles}) == len(styles)
    assert len({s.marker for s in styles}) == len(styles)
    d = charts.relationship_chart([(date(2025, 1, 1), 3, 3, 2), (date(2025, 9, 1), 6, 5, 4),
                                   (date(2026, 6, 1), 9, 8, 8)], width=240, height=140)
    lines = _shapes(d, PolyLine)
    assert len(lines) == 3
    assert len({tuple(line.strokeDashArray or ()) for line in lines}) == 3
    text = _strings(d)
    assert {"Kendskab", "Respekt", "Tillid"} <= set(text)
    assert "Trin nået fra: 7" in text and "10" in text


def test_indicator_chart_shows_baseline_target_and_empty_state() -> None:
    d = charts.indicator_chart([(date(2025, 3, 31), 23.6), (date(2025, 6, 30), 21.4)],
                               baseline=24.0, target=15.0, unit="%", width=240, height=140)
    text = _strings(d)
    assert "Udgangspunkt: 24 %" in text and "Mål: 15 %" in text and "Målt" in text
    assert any(re.fullmatch(r"(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec) 2025", t)
               for t in text), text
    empty = charts.indicator_chart([], baseline=None, target=10, unit="antal", width=240,
                                   height=140)
    assert "Ingen målinger endnu" in _strings(empty)
    single = charts.indicator_chart([(date(2026, 1, 1), 5.0)], baseline=5, target=5, unit="",
                                    width=240, height=140)
    assert _strings(single)


def test_danish_number_format() -> None:
    assert number_da(1234.5, "%") == "1.234,5 %"
    assert number_da(5000.0, "") == "5.000"
    assert number_da(12.0, "antal") == "12"
    assert number_da(3.75, "dage") == "3,8 dage"
    assert number_da(None) == "–"
