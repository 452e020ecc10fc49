"""A CSV export's cells are written as the import reads them (one formatter for both):
yes/no, dd-mm-yyyy, a decimal comma with no exponent; texts masked and defused."""

from __future__ import annotations

from datetime import date

from brobygger.exchange.cells import cell_text
from brobygger.exchange.tables import _csv_cell


def test_csv_cells_are_what_the_import_reads() -> None:
    for value in (None, True, False, date(2026, 3, 5), 7, 19.0, 2.5, 1234567.5):
        assert _csv_cell(value) == cell_text(value)
    assert _csv_cell(1234567.5) == "1234567,5"  # not "1,23457e+06"
    assert _csv_cell(date(2026, 3, 5)) == "05-03-2026"
    assert _csv_cell(True) == "ja"


def test_csv_texts_are_masked_and_defused() -> None:
    assert "010190-1234" not in _csv_cell("ring 010190-1234")
    assert _csv_cell("=SUM(A1)").startswith("'")
