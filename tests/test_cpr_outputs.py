"""CPR numbers never leave in full: CSV, XLSX and ICS exports and the message refusing a
bundle mask them; disguised forms are found; 8,400 look-alikes are not; the guard checks
what a save changes."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from brobygger.domain.cpr import contains_cpr, find_cpr, mask_cpr
from brobygger.domain.errors import CprFoundError
from brobygger.exchange.calendar import export_ics
from brobygger.exchange.tables import export_table
from brobygger.services import Services
from brobygger.store.workspace import Workspace
from tests.helpers.cpr_lookalikes import lookalikes

FULL = "0101901234"


@pytest.fixture
def with_cpr(ws: Workspace) -> Services:
    """A workspace holding a CPR number (saved with --allow-cpr, as an old record might)."""
    svc = Services(ws, user="tester", allow_cpr=True)
    initiative = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    svc.log.create(initiative_id=initiative.id, entry_date=date(2026, 3, 5), type="moede",
                   title="Møde kl. 10 om borger 010190-1234",
                   body=f"Borgeren {FULL} blev drøftet.", tags="cpr 010190 1234")
    return svc


def test_csv_xlsx_and_ics_exports_mask_cpr(with_cpr: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    export_table(with_cpr, "csv", "log", tmp_path / "log.csv")
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    export_table(with_cpr, "xlsx", "log", tmp_path / "log.xlsx")
    cells = [str(c.value) for ws in load_workbook(tmp_path / "log.xlsx").worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    export_ics(with_cpr, "log", tmp_path / "log.ics")
    ics = (tmp_path / "log.ics").read_text(encoding="utf-8").replace("\r\n ", "")
    for output in (text, "\n".join(cells), ics):
        assert "1234" not in output and FULL not in output
        assert "010190-****" in output
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert any("010190-****" in cell for row in rows for cell in row)


@pytest.mark.parametrize("text", [
    "cpr ０１０１９０-１２３４",             # fullwidth digits (NFKC)
    "cpr ٠١٠١٩٠-١٢٣٤",                      # Arabic-Indic digits
    "cpr 010190\u200b-1234",                # zero-width space
    "cpr 0101\u200d901234",                 # zero-width joiner inside
    "cpr 010190\u00a01234",                 # no-break space
    "cpr 010190\u202f1234",                 # narrow no-break space
    "cpr 010190  1234",                     # doubled space
    "cpr 010190 \u00a0 1234",               # mixed spaces
    "cpr \ufeff0101901234",                 # BOM in front
])
def test_disguised_cpr_is_found_and_masked(text: str) -> None:
    assert [m.masked for m in find_cpr(text)] == ["010190-****"]
    masked = mask_cpr(text)
    assert masked.startswith("cpr ") and masked.endswith("010190-****")
    assert "1234" not in masked and "١٢٣٤" not in masked and "１２３４" not in masked


def test_lookalike_corpus_has_no_false_positives() -> None:
    corpus = lookalikes()
    assert len(corpus) == 8_400
    flagged = [t for t in corpus if contains_cpr(t)]
    assert flagged == []


def test_guard_checks_only_what_a_save_changes(with_cpr: Services) -> None:
    entry = with_cpr.log.all()[0]
    guarded = Services(with_cpr.ws, user="tester")
    # the stored body still holds the number; changing the status is allowed …
    changed = guarded.log.update(entry.id, tags="opfølgning")
    assert changed.tags == ("opfølgning",) and FULL in changed.body
    # … but a change that brings a number in is refused
    with pytest.raises(CprFoundError):
        guarded.log.update(entry.id, title="Ny: 020290 4321")


def test_bundle_refusal_masks_the_title(with_cpr: Services, tmp_path: Path) -> None:
    from brobygger.domain.errors import InputError
    from brobygger.exchange.bundle import KdfCost, export_bundle, read_bundle
    from brobygger.exchange.merge import apply_import, plan_import

    secret = "en lang hemmelig frase"
    ids = [i.id for i in with_cpr.initiatives.all()]
    path = export_bundle(with_cpr, ids, tmp_path / "b.brobygger", secret,
                         kdf_cost=KdfCost(n=2**8)).path
    with Workspace.open(tmp_path / "other") as other:
        svc = Services(other, user="tester")
        plan = plan_import(svc, read_bundle(path, secret))
        with pytest.raises(InputError) as info:
            apply_import(svc, plan)
    assert "010190-****" in info.value.message
    assert "1234" not in info.value.message
