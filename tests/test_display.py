"""Value → display text in one place (brobygger.domain.display): its rules, and the merge
conflicts, the GDPR person export and the CLI's history showing values through it."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from brobygger.cli import main
from brobygger.domain import display
from brobygger.domain.catalogue import ASK_STATUSES, ENTRY_TYPES
from brobygger.domain.i18n import set_language
from brobygger.exchange import conflicts, records
from brobygger.reports import person_export

SRC = Path(__file__).resolve().parents[1] / "src" / "brobygger"


@pytest.mark.parametrize(("value", "shown"), [
    (None, "–"), ("", "–"), ([], "–"), ({}, "–"),
    (True, "Ja"), (False, "Nej"),
    (12, "12"), (1234.5, "1.234,5"), (2.25, "2,25"),
    (date(2026, 3, 5), "5. marts 2026"), ("2026-03-05", "5. marts 2026"),
    ("tekst", "tekst"), (["a", "b"], "a, b"),
    ("cpr 010190-1234", "cpr 010190-****"),
])
def test_the_rules(value: object, shown: str) -> None:
    assert display.value_text(value) == shown


def test_codes_ids_times_and_english() -> None:
    assert display.field_value_text("log_entry", "type", "moede") == "Møde"
    assert display.field_value_text("ask", "status", "besvaret") == "Besvaret"
    assert display.field_value_text("initiative", "formalisation", {"aftale": 3}) \
        .endswith(": 3")
    assert display.value_text("x1", names={"x1": "Mette Kjær"}) == "Mette Kjær"
    moment = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    assert display.value_text(moment).startswith("5. marts 2026 ")
    assert display.value_text("y" * 300, limit=200) == "y" * 199 + "…"
    assert display.action_text("delete") == "Slettet (lagt i papirkurven)"
    try:
        set_language("en")
        assert display.value_text(True) == "Yes"
        assert display.value_text(1234.5) == "1,234.5"
        assert display.value_text(date(2026, 3, 5)) == "5 March 2026"
        assert display.code_text(ENTRY_TYPES, "moede") == "Meeting"
        assert display.value_text(True, lang="da") == "Ja"  # a Danish document stays Danish
    finally:
        set_language("da")


# (entity, column, value, shown): before one definition, the merge conflicts showed
# 1234.5 as "1234,5", dates as "05-03-2026" and a yes as "ja"; the person export "ja";
# the CLI's history the raw "moede" and "True".
SAME = [
    ("log_entry", "type", "moede", "Møde"),
    ("measurement", "value", 1234.5, "1.234,5"),
    ("log_entry", "entry_date", date(2026, 3, 5), "5. marts 2026"),
    ("person", "is_champion", True, "Ja"),
    ("ask", "status", "besvaret", ASK_STATUSES.label("besvaret")),
]


@pytest.mark.parametrize(("entity", "column", "value", "shown"), SAME)
def test_merge_conflicts_show_values_the_one_way(entity: str, column: str, value: object,
                                                 shown: str) -> None:
    assert conflicts._shown(entity, column, value, None) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(("entity", "column", "value", "shown"), SAME)
def test_the_person_export_shows_values_the_one_way(entity: str, column: str, value: object,
                                                    shown: str) -> None:
    catalogue = display.catalogue_of(entity, column)
    got = (person_export._label(catalogue, value) if catalogue is not None
           else person_export._text(value))
    assert got == shown


def test_the_cli_history_shows_labels_and_danish_values(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    d = str(tmp_path / "w")
    assert main(["init", "--data-dir", d, "--no-encryption"]) == 0
    assert main(["log", "add", "--data-dir", d, "-t", "moede", "--title", "Første"]) == 0
    entry_id = capsys.readouterr().out.split()[-1]
    assert main(["history", entry_id, "--data-dir", d]) == 0
    out = capsys.readouterr().out
    assert "type: – → Møde" in out  # the label, not the code "moede"
    assert "Oprettet (log_entry)" in out
    today = display.date_text(date.today())
    assert f"entry_date: – → {today}" in out  # a Danish date, not ISO


def _constant_name(node: ast.expr | None) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def test_one_table_of_coded_fields() -> None:
    """The exchange validates against the table the display shows labels from, and no other
    module keeps its own field → catalogue table."""
    assert records.CODES is display.CODED_FIELDS
    assert set(records.LINK_CODES) <= set(display.CODED_MAPS)
    own = []
    for path in sorted(SRC.rglob("*.py")):
        if "forms" in path.parts or path.name == "display.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict) and sum(
                    isinstance(k, ast.Tuple) and len(k.elts) == 2
                    and all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                            for e in k.elts)
                    and _constant_name(v).isupper()
                    for k, v in zip(node.keys, node.values, strict=True)) >= 3:
                own.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not own, f"field → catalogue tables outside domain.display: {own}"
