"""Is it working? An indicator's status from its direction and trend.

A status is never only the distance from the baseline: an indicator where higher is better
("op") that has fallen recently goes the wrong way, even when it is still above the baseline
(SAM:BO's active key persons: 505 → 496 → 421 → 436, target 500).

The recent trend compares the newest value with the value two measurements earlier (or the
previous one when there are only two): one good quarter after two bad ones does not turn a
fall into progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Change(StrEnum):
    BEDRE = "bedre"
    VAERRE = "vaerre"
    UAENDRET = "uaendret"


class Verdict(StrEnum):
    NAAET = "naaet"
    PAA_VEJ = "paa_vej"
    FORKERT_VEJ = "forkert_vej"
    UAENDRET = "uaendret"
    INGEN_NYE = "ingen_nye"
    INGEN_MAALINGER = "ingen_maalinger"


VERDICT_LABELS: dict[str, dict[Verdict, str]] = {
    "da": {Verdict.NAAET: "Nået", Verdict.PAA_VEJ: "På vej",
           Verdict.FORKERT_VEJ: "Går den forkerte vej", Verdict.UAENDRET: "Uændret",
           Verdict.INGEN_NYE: "Ingen nye målinger siden {day}",
           Verdict.INGEN_MAALINGER: "Ingen målinger endnu"},
    "en": {Verdict.NAAET: "Reached", Verdict.PAA_VEJ: "On track",
           Verdict.FORKERT_VEJ: "Going the wrong way", Verdict.UAENDRET: "Unchanged",
           Verdict.INGEN_NYE: "No new measurements since {day}",
           Verdict.INGEN_MAALINGER: "No measurements yet"},
}
CHANGE_LABELS: dict[str, dict[Change, str]] = {
    "da": {Change.BEDRE: "bedre", Change.VAERRE: "værre", Change.UAENDRET: "uændret"},
    "en": {Change.BEDRE: "better", Change.VAERRE: "worse", Change.UAENDRET: "unchanged"},
}


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    latest: tuple[date, float] | None
    since_previous: Change | None
    since_baseline: Change | None
    recent: Change | None

    def label(self, lang: str = "da", format_day: object = None) -> str:
        key = "en" if lang == "en" else "da"
        text = VERDICT_LABELS[key][self.verdict]
        if self.verdict is Verdict.INGEN_NYE and self.latest is not None:
            day = format_day(self.latest[0]) if callable(format_day) else \
                self.latest[0].isoformat()
            text = text.format(day=day)
        return text


def change(direction: str, old: float, new: float, tolerance: float = 0.0) -> Change:
    """Better, worse or unchanged going from ``old`` to ``new`` (``direction`` "op": higher
    is better; "ned": lower is better)."""
    delta = new - old
    if abs(delta) <= tolerance:
        return Change.UAENDRET
    better = delta > 0 if direction != "ned" else delta < 0
    return Change.BEDRE if better else Change.VAERRE


def reached(direction: str, value: float, target: float | None) -> bool:
    if target is None:
        return False
    return value <= target if direction == "ned" else value >= target


def assess(direction: str, baseline: float | None, target: float | None,
           measurements: Sequence[tuple[date, float]], today: date,
           stale_after_days: int = 183) -> Assessment:
    """The status of one indicator from its measurements (any order)."""
    ms = sorted(measurements)
    if not ms:
        return Assessment(Verdict.INGEN_MAALINGER, None, None, None, None)
    latest_day, latest = ms[-1]
    span = abs(target - baseline) if target is not None and baseline is not None else 0.0
    tol = span * 0.005
    previous = change(direction, ms[-2][1], latest, tol) if len(ms) >= 2 else None
    recent = change(direction, ms[-3 if len(ms) >= 3 else -2][1], latest, tol) \
        if len(ms) >= 2 else None
    from_base = change(direction, baseline, latest, tol) if baseline is not None else None
    if (today - latest_day).days > stale_after_days:
        verdict = Verdict.INGEN_NYE
    elif reached(direction, latest, target):
        verdict = Verdict.NAAET
    elif Change.VAERRE in (recent, previous) or from_base is Change.VAERRE:
        verdict = Verdict.FORKERT_VEJ
    elif recent is Change.BEDRE or (recent is None and from_base is Change.BEDRE):
        verdict = Verdict.PAA_VEJ
    else:
        verdict = Verdict.UAENDRET
    return Assessment(verdict, (latest_day, latest), previous, from_base, recent)
