"""The one date parser (domain/dates.py): every format a user types, and what it refuses."""

from __future__ import annotations

from datetime import date

import pytest

from brobygger.domain import dates
from brobygger.domain.errors import ValidationError
from brobygger.domain.rules import parse_date

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8.12.25", date(2025, 12, 8)),
        ("08-12-2025", date(2025, 12, 8)),
        ("8/12/2025", date(2025, 12, 8)),
        ("8/12", date(2026, 12, 8)),
        ("8.12.", date(2026, 12, 8)),
        ("8-12", date(2026, 12, 8)),
        ("2025-12-08", date(2025, 12, 8)),
        ("2025-12-8", date(2025, 12, 8)),
        ("8. december 2025", date(2025, 12, 8)),
        ("8. December 2025", date(2025, 12, 8)),
        ("8 dec 2025", date(2025, 12, 8)),
        ("8. dec. 25", date(2025, 12, 8)),
        ("8. december", date(2026, 12, 8)),
        ("8 December 2025", date(2025, 12, 8)),
        ("December 8, 2025", date(2025, 12, 8)),
        ("5. marts 2026", date(2026, 3, 5)),
        ("1. maj 2027", date(2027, 5, 1)),
        ("3. okt. 2026", date(2026, 10, 3)),
        ("081225", date(2025, 12, 8)),
        ("08122025", date(2025, 12, 8)),
        ("i dag", TODAY),
        ("I DAG", TODAY),
        ("idag", TODAY),
        ("today", TODAY),
        ("i morgen", date(2026, 12, 1)),
        ("i går", date(2026, 11, 29)),
        ("+14", date(2026, 12, 14)),
        ("+ 14", date(2026, 12, 14)),
        ("-3", date(2026, 11, 27)),
        ("+2u", date(2026, 12, 14)),
        ("  8.12.25  ", date(2025, 12, 8)),
    ],
)
def test_parse_formats(text: str, expected: date) -> None:
    assert dates.parse(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [("1.1.00", 2000), ("1.1.25", 2025), ("1.1.69", 2069), ("1.1.70", 1970), ("1.1.99", 1999)],
)
def test_two_digit_years(text: str, year: int) -> None:
    assert dates.parse(text, TODAY) == date(year, 1, 1)


def test_leap_days() -> None:
    assert dates.parse("29.2.28", TODAY) == date(2028, 2, 29)
    assert dates.parse("29. februar 2024", TODAY) == date(2024, 2, 29)
    assert dates.parse("2000-02-29", TODAY) == date(2000, 2, 29)
    for text in ("29.2.26", "29-02-2100", "29. februar 2027", "1900-02-29"):
        with pytest.raises(dates.DateError) as info:
            dates.parse(text, TODAY)
        assert info.value.kind == "impossible"


@pytest.mark.parametrize("text", ["31.2.2026", "32-01-2026", "0.1.2026", "31. april 2026",
                                  "2026-13-01", "1.13", "310226"])
def test_impossible_days(text: str) -> None:
    with pytest.raises(dates.DateError) as info:
        dates.parse(text, TODAY)
    assert info.value.kind == "impossible"


@pytest.mark.parametrize("text", ["marts", "8. smarch 2025", "i overmorgen", "5.3-2026", "12",
                                  "2026-03-05x", "8.12.2025.1", "+", "ab", "8. de 2025"])
def test_unknown(text: str) -> None:
    with pytest.raises(dates.DateError) as info:
        dates.parse(text, TODAY)
    assert info.value.kind == "unknown"


def test_empty() -> None:
    with pytest.raises(dates.DateError) as info:
        dates.parse("   ", TODAY)
    assert info.value.kind == "empty"


def test_long_form_round_trips() -> None:
    d = date(2026, 1, 1)
    while d.year == 2026:
        for lang in ("da", "en"):
            assert dates.parse(dates.format_long(d, lang), TODAY) == d
        d = date.fromordinal(d.toordinal() + 1)
    assert dates.format_long(date(2025, 12, 8)) == "8. december 2025"
    assert dates.format_long(date(2025, 12, 8), "en") == "8 December 2025"


def test_rules_parse_date_uses_the_one_parser() -> None:
    assert parse_date("8.12.25", "d") == date(2025, 12, 8)
    assert parse_date("+1", "d", today=TODAY) == date(2026, 12, 1)
    with pytest.raises(ValidationError) as info:
        parse_date("31.2.26", "due")
    assert info.value.field == "due"
    assert "31.2.26" in info.value.message
