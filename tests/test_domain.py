"""Tests for the pure domain layer: catalogues and rules."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from brobygger.domain.catalogue import (
    BARRIERS,
    CATALOGUES,
    CORNERSTONES,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    FORMALISATION,
    INITIATIVE_STATUSES,
    LADDER,
    LEVELS,
    MEANINGS,
    PLAGUES,
    REFLECTIONS,
    SECTORS,
    Catalogue,
    CatalogueItem,
    LadderStep,
    Plague,
)
from brobygger.domain.errors import InputError, ValidationError
from brobygger.domain.rules import (
    Trend,
    format_date_da,
    format_date_short,
    ladder_stage,
    next_step,
    parse_date,
    require_text,
    stage_label,
    takes_decision,
    takes_escalation,
    trend,
    trend_label,
    validate_range,
    validate_score,
)

EXPECTED_NAMES = {
    "plagues", "barriers", "ladder", "cornerstones", "meanings", "formalisation", "levels",
    "sectors", "entry_types", "initiative_statuses", "escalation_levels", "reflections",
    "member_roles", "decision_statuses", "action_statuses", "barrier_statuses", "directions",
    "chief_tasks", "competencies", "ask_levels", "ask_statuses", "readiness_answers",
    "general_barriers", "organisation_kinds", "initiative_kinds", "person_roles",
}

ALL = sorted(CATALOGUES.values(), key=lambda c: c.name)


# -- catalogues ----------------------------------------------------------------------------
def test_catalogue_registry_names() -> None:
    assert set(CATALOGUES) == EXPECTED_NAMES
    for name, cat in CATALOGUES.items():
        assert cat.name == name


@pytest.mark.parametrize("cat", ALL, ids=lambda c: c.name)
def test_catalogue_items_are_complete(cat: Catalogue[Any]) -> None:
    codes = cat.codes()
    assert len(codes) == len(set(codes)) == len(cat) > 0
    for item in cat:
        assert item.code == item.code.strip().lower()
        assert item.code.isascii()
        assert item.label_da.strip() and item.label_en.strip()
        assert item.description_da.strip()
        assert item.label("da") == item.label_da
        assert item.label("en") == item.label_en
        assert cat.get(item.code) is item
        assert item.code in cat
        assert cat.parse(item.code) == item.code
        assert isinstance(cat.parse(item.code), cat.enum)
    assert [m.value for m in cat.enum] == list(codes)
    assert [m.name for m in cat.enum] == [c.upper() for c in codes]


@pytest.mark.parametrize(
    ("cat", "size"),
    [
        (PLAGUES, 7), (BARRIERS, 5), (LADDER, 3), (CORNERSTONES, 4), (MEANINGS, 3),
        (FORMALISATION, 5), (REFLECTIONS, 8), (LEVELS, 6), (SECTORS, 8), (ENTRY_TYPES, 8),
        (INITIATIVE_STATUSES, 6), (ESCALATION_LEVELS, 7),
    ],
    ids=lambda v: v.name if isinstance(v, Catalogue) else str(v),
)
def test_catalogue_sizes(cat: Catalogue[Any], size: int) -> None:
    assert len(cat) == size


def test_canonical_order_and_labels() -> None:
    assert LADDER.codes() == ("kendskab", "respekt", "tillid")
    assert PLAGUES.codes()[0] == "konfliktende_styring"
    assert PLAGUES.label("graazoner") == "Gråzoner i opgaver og ansvar"
    assert PLAGUES.label("tidskraevende_processer") == "Tidskrævende processer"
    assert PLAGUES.label("kritiske_it_problemer", "en") == "Critical IT problems"
    assert ESCALATION_LEVELS.codes()[0] == "lokalt"
    assert Plague.GRAAZONER.value == "graazoner"
    assert PLAGUES.parse("graazoner") is Plague.GRAAZONER


def test_formalisation_descriptions_name_both_poles() -> None:
    for item in FORMALISATION:
        assert "samarbejde" in item.description_da.lower()
        assert "samordning" in item.description_da.lower()


def test_danish_labels_use_danish_letters() -> None:
    labels = " ".join(item.label_da for cat in ALL for item in cat)
    assert "æ" in labels and "ø" in labels and "å" in labels
    assert "ae " not in labels.lower() and "oe " not in labels.lower()


@pytest.mark.parametrize("bad", ["pest", "", "Graazoner", " graazoner"])
def test_unknown_code_raises_danish_validation_error(bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        PLAGUES.get(bad)
    err = info.value
    assert isinstance(err, InputError)
    assert err.field == "plagues"
    assert "Ukendt værdi" in err.message
    assert "konfliktende_styring" in err.message and "graazoner" in err.message
    with pytest.raises(ValidationError):
        PLAGUES.parse(bad)
    with pytest.raises(ValidationError):
        PLAGUES.label(bad)
    assert bad not in PLAGUES


def test_contains_rejects_non_strings() -> None:
    assert 1 not in LADDER
    assert None not in LADDER
    assert LadderStep.TILLID in LADDER


def test_catalogue_constructor_checks_enum_matches_items() -> None:
    class Two(StrEnum):
        A = "a"
        B = "b"

    a = CatalogueItem("a", "A", "A", "Beskrivelse.")
    b = CatalogueItem("b", "B", "B", "Beskrivelse.")
    assert Catalogue("two", Two, [a, b]).codes() == ("a", "b")
    with pytest.raises(ValueError):
        Catalogue("two", Two, [b, a])
    with pytest.raises(ValueError):
        Catalogue("two", Two, [a])
    with pytest.raises(ValueError):
        Catalogue("two", Two, [a, CatalogueItem("b", "", "B", "Beskrivelse.")])


# -- scores --------------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "expected"), [(1, 1), (10, 10), ("7", 7), (" 7 ", 7), (5.0, 5)])
def test_validate_score_accepts(value: object, expected: int) -> None:
    result = validate_score(value, "respekt")
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("value", [0, 11, -3, "11", True, False, 7.5, "abc", "7.5", "", None, [7]])
def test_validate_score_rejects(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        validate_score(value, "kendskab")
    assert info.value.field == "kendskab"
    assert info.value.message.startswith("Kendskab skal være et helt tal fra 1 til 10")


def test_validate_score_message() -> None:
    with pytest.raises(ValidationError) as info:
        validate_score(11, "kendskab")
    assert info.value.message == "Kendskab skal være et helt tal fra 1 til 10 (fik 11)."
    with pytest.raises(ValidationError) as info:
        validate_score("x", "score")
    assert info.value.message.startswith("score skal være")


def test_validate_range_general() -> None:
    assert validate_range(0, "severity", 0, 3, "Alvor") == 0
    assert validate_range("3", "severity", 0, 3, "Alvor") == 3
    with pytest.raises(ValidationError) as info:
        validate_range(4, "severity", 0, 3, "Alvor")
    assert info.value.field == "severity"
    assert "Alvor skal være et helt tal fra 0 til 3" in info.value.message


# -- the ladder ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("scores", "stage", "nxt"),
    [
        ((1, 1, 1), None, LadderStep.KENDSKAB),
        ((6, 10, 10), None, LadderStep.KENDSKAB),
        ((7, 1, 1), LadderStep.KENDSKAB, LadderStep.RESPEKT),
        ((9, 6, 10), LadderStep.KENDSKAB, LadderStep.RESPEKT),
        ((8, 7, 6), LadderStep.RESPEKT, LadderStep.TILLID),
        ((7, 7, 7), LadderStep.TILLID, None),
        ((10, 10, 10), LadderStep.TILLID, None),
    ],
)
def test_ladder_stage_and_next_step(
    scores: tuple[int, int, int], stage: LadderStep | None, nxt: LadderStep | None
) -> None:
    assert ladder_stage(*scores) == stage
    assert next_step(*scores) == nxt


def test_stage_label() -> None:
    assert stage_label(None) == "Før kendskab"
    assert stage_label(None, "en") == "Before acquaintance"
    assert stage_label(LadderStep.RESPEKT) == "Respekt"
    assert stage_label(LadderStep.TILLID, "en") == "Trust"


# -- trend ---------------------------------------------------------------------------------
def test_trend() -> None:
    assert trend([]) is None
    assert trend([5.0]) is None
    assert trend([3.0, 5.0]) is Trend.OP
    assert trend([8.0, 3.0, 5.0]) is Trend.OP
    assert trend([5.0, 4.0]) is Trend.NED
    assert trend([5.0, 5.4]) is Trend.STABIL
    assert trend([5.0, 5.5]) is Trend.STABIL
    assert trend([5.0, 5.4], tolerance=0.1) is Trend.OP


def test_trend_label() -> None:
    assert trend_label(Trend.OP) == "Stigende"
    assert trend_label(Trend.NED, "en") == "Falling"
    assert trend_label(Trend.STABIL) == "Stabil"
    assert trend_label(None)


# -- dates ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["2026-03-05", "5.3.2026", "05.03.2026", "05-03-2026", "5/3/2026", " 2026-3-5 "]
)
def test_parse_date_valid(text: str) -> None:
    assert parse_date(text, "entry_date") == date(2026, 3, 5)


def test_parse_date_leap_day() -> None:
    assert parse_date("29-02-2028", "d") == date(2028, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["31-02-2026", "", "   ", "2026-13-01", "29-02-2026", "5.3-2026", "marts", "2026-03-05x",
     "0-03-2026", "05-03-1x"],
)
def test_parse_date_invalid(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, "entry_date")
    assert info.value.field == "entry_date"
    assert "ÅÅÅÅ-MM-DD" in info.value.message
    assert "DD-MM-ÅÅÅÅ" in info.value.message


def test_parse_date_message() -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("31-02-2026", "d")
    assert info.value.message == (
        "Ugyldig dato '31-02-2026'. Skriv datoen som DD-MM-ÅÅÅÅ, ÅÅÅÅ-MM-DD, "
        "8. december 2025, i dag eller +14."
    )


def test_format_dates() -> None:
    assert format_date_da(date(2026, 3, 5)) == "5. marts 2026"
    assert format_date_da(date(2026, 12, 24)) == "24. december 2026"
    assert format_date_da(date(2027, 5, 1)) == "1. maj 2027"
    assert format_date_short(date(2026, 3, 5)) == "05-03-2026"
    d = date(2026, 11, 20)
    assert parse_date(format_date_short(d), "d") == d


# -- text ----------------------------------------------------------------------------------
def test_require_text() -> None:
    assert require_text("  Akutteam  ", "title", "Titel") == "Akutteam"
    for empty in (None, "", "   \n"):
        with pytest.raises(ValidationError) as info:
            require_text(empty, "title", "Titel")
        assert info.value.field == "title"
        assert info.value.message == "Titlen må ikke være tom."
    assert require_text("x" * 10, "title", "Titel", max_len=10) == "x" * 10
    with pytest.raises(ValidationError) as info:
        require_text("x" * 11, "title", "Titel", max_len=10)
    assert "for lang" in info.value.message and "10" in info.value.message


def test_entry_type_fields_for_the_dialog_and_the_service() -> None:
    # one rule for both: the dialog shows the fields a type takes, the service keeps them
    assert {t for t in ENTRY_TYPES.codes() if takes_decision(t)} == {"beslutning", "aftale"}
    assert [t for t in ENTRY_TYPES.codes() if takes_escalation(t)] == ["eskalering"]
    for unknown in (None, "", "BESLUTNING", "ukendt"):
        assert not takes_decision(unknown) and not takes_escalation(unknown)


# -- purity --------------------------------------------------------------------------------
def test_domain_imports_no_qt_or_database() -> None:
    code = (
        "import importlib, pkgutil, sys, brobygger.domain as d\n"
        "for m in pkgutil.iter_modules(d.__path__):\n"
        "    importlib.import_module(f'brobygger.domain.{m.name}')\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.split('.')[0] in {'PySide6', 'sqlalchemy', 'sqlmodel', 'alembic'})\n"
        "print(','.join(bad))\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip() == ""
