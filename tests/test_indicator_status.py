"""Indicator status from direction and trend: a falling "op" indicator is never "på vej"
(and a rising "ned" indicator neither)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brobygger.domain.indicators import Change, Verdict, assess, change

TODAY = date(2026, 11, 20)
Q = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 6, 30), date(2026, 9, 30)]


def series(*values: float) -> list[tuple[date, float]]:
    return list(zip(Q[-len(values):], values, strict=True))


def test_sambo_key_persons_go_the_wrong_way() -> None:
    """505 → 496 → 421 → 436 against a target of 500 ("op"): not on track."""
    a = assess("op", 0.0, 500.0, series(505, 496, 421, 436), TODAY)
    assert a.verdict is Verdict.FORKERT_VEJ
    assert a.since_previous is Change.BEDRE and a.recent is Change.VAERRE
    assert a.since_baseline is Change.BEDRE


@pytest.mark.parametrize(("direction", "values", "verdict"), [
    ("op", (10, 12, 14), Verdict.PAA_VEJ),
    ("op", (14, 12, 10), Verdict.FORKERT_VEJ),
    ("op", (10, 12, 21), Verdict.NAAET),
    ("op", (12, 12, 12), Verdict.UAENDRET),
    ("ned", (24, 20, 18), Verdict.PAA_VEJ),
    ("ned", (18, 20, 24), Verdict.FORKERT_VEJ),
    ("ned", (18, 16, 14), Verdict.NAAET),
    ("ned", (18, 18, 18), Verdict.UAENDRET),
])
def test_verdict_per_direction(direction: str, values: tuple[float, ...],
                               verdict: Verdict) -> None:
    baseline, target = (8.0, 20.0) if direction == "op" else (25.0, 15.0)
    assert assess(direction, baseline, target, series(*values), TODAY).verdict is verdict


def test_old_measurements_are_not_current() -> None:
    a = assess("op", 0.0, 10.0, [(date(2025, 1, 1), 5.0), (date(2025, 3, 1), 6.0)], TODAY)
    assert a.verdict is Verdict.INGEN_NYE
    assert a.label("da") == "Ingen nye målinger siden 2025-03-01"
    assert assess("op", 0, 1, [], TODAY).verdict is Verdict.INGEN_MAALINGER


@given(st.lists(st.floats(min_value=0, max_value=1000, allow_nan=False), min_size=2,
                max_size=8),
       st.sampled_from(["op", "ned"]))
def test_a_worsening_indicator_is_never_on_track(values: list[float], direction: str) -> None:
    days = [date(2026, 1 + i, 1) for i in range(len(values))]
    ms = list(zip(days, values, strict=True))
    a = assess(direction, None, None, ms, date(2026, 10, 1))
    if change(direction, values[-2], values[-1]) is Change.VAERRE:
        assert a.verdict is not Verdict.PAA_VEJ
