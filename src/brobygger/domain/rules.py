"""Pure domain rules: validation, the relationship ladder, trends and Danish dates.

Nothing here touches the database or the GUI. Every rejected value raises
:class:`~brobygger.domain.errors.ValidationError` with a Danish message that says
what is wrong and what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from brobygger.domain import dates
from brobygger.domain.catalogue import ENTRY_TYPES, LADDER, EntryType, LadderStep, Rule
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import N_, _

__all__ = [
    "DATE_FORMATS_DA",
    "MONTHS_DA",
    "SCORE_MAX",
    "SCORE_MIN",
    "STEP_REACHED",
    "TREND_LABELS",
    "Trend",
    "format_date_da",
    "format_date_short",
    "ladder_stage",
    "next_step",
    "parse_date",
    "require_text",
    "stage_label",
    "takes_decision",
    "takes_escalation",
    "trend",
    "trend_label",
    "validate_range",
    "validate_score",
]

SCORE_MIN = 1
SCORE_MAX = 10
STEP_REACHED = 7
"""A step of the relationship ladder counts as reached at this score (and above)."""

_INT_RE = re.compile(r"[+-]?\d+", re.ASCII)


# -- numbers -------------------------------------------------------------------------------
def _shown(value: object) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return _("feltet er tomt")
    if isinstance(value, str):
        return _("fik '{value}'", value=value.strip())
    return _("fik {value}", value=value)


def validate_range(value: object, field: str, lo: int, hi: int, label_da: str) -> int:
    """``value`` as an int in ``lo``..``hi`` (inclusive).

    Accepts ints, floats without a fraction and int-like strings (" 7 "). Rejects
    bools, fractions, other types and values outside the range.
    """
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    elif isinstance(value, str):
        text = value.strip()
        number = int(text) if _INT_RE.fullmatch(text) else None
    if number is None or not lo <= number <= hi:
        raise ValidationError(
            field, _("{label} skal være et helt tal fra {lo} til {hi} ({shown}).",
                     label=_(label_da), lo=lo, hi=hi, shown=_shown(value)))
    return number


def validate_score(value: object, field: str) -> int:
    """A relationship score 1–10; ``field`` is usually a ladder code (kendskab, …)."""
    label = LADDER.label(field) if field in LADDER else field
    return validate_range(value, field, SCORE_MIN, SCORE_MAX, label)


# -- the relationship ladder ---------------------------------------------------------------
def _reached_steps(kendskab: float, respekt: float, tillid: float) -> int:
    """How many steps, counted from the bottom, are reached without a gap."""
    count = 0
    for score in (kendskab, respekt, tillid):
        if score < STEP_REACHED:
            break
        count += 1
    return count


def ladder_stage(kendskab: float, respekt: float, tillid: float) -> LadderStep | None:
    """The highest step reached; a step counts only when all steps below it are reached.

    ``None`` when not even kendskab is reached.
    """
    reached = _reached_steps(kendskab, respekt, tillid)
    return LADDER.parse(LADDER.items[reached - 1].code) if reached else None


def next_step(kendskab: float, respekt: float, tillid: float) -> LadderStep | None:
    """The first step not yet reached; ``None`` when tillid is reached."""
    reached = _reached_steps(kendskab, respekt, tillid)
    return LADDER.parse(LADDER.items[reached].code) if reached < len(LADDER) else None


def stage_label(stage: LadderStep | None, lang: str = "da") -> str:
    """A label for the result of :func:`ladder_stage`."""
    if stage is None:
        return "Before acquaintance" if lang == "en" else "Før kendskab"
    return LADDER.label(stage, lang)


# -- trends --------------------------------------------------------------------------------
class Trend(StrEnum):
    OP = "op"
    NED = "ned"
    STABIL = "stabil"


TREND_LABELS: dict[str, dict[Trend, str]] = {
    "da": {Trend.OP: "Stigende", Trend.NED: "Faldende", Trend.STABIL: "Stabil"},
    "en": {Trend.OP: "Rising", Trend.NED: "Falling", Trend.STABIL: "Stable"},
}
_NO_TREND = {"da": "Ingen udvikling endnu", "en": "No trend yet"}


def trend(values: Sequence[float], tolerance: float = 0.5) -> Trend | None:
    """Compare the last value with the one before; ``None`` with fewer than two values.

    A change no larger than ``tolerance`` counts as stable.
    """
    if len(values) < 2:
        return None
    change = values[-1] - values[-2]
    if change > tolerance:
        return Trend.OP
    if change < -tolerance:
        return Trend.NED
    return Trend.STABIL


def trend_label(t: Trend | None, lang: str = "da") -> str:
    """Danish (default) or English ("en") label of a trend; ``None`` means no trend yet."""
    key = "en" if lang == "en" else "da"
    if t is None:
        return _NO_TREND[key]
    return TREND_LABELS[key][Trend(t)]


# -- dates ---------------------------------------------------------------------------------
MONTHS_DA = dates.MONTHS_DA
DATE_FORMATS_DA = N_("DD-MM-ÅÅÅÅ, ÅÅÅÅ-MM-DD, 8. december 2025, i dag eller +14")


def parse_date(text: str, field: str, today: date | None = None) -> date:
    """A typed date (see :mod:`brobygger.domain.dates`: "8.12.25", "2025-12-08",
    "8. december 2025", "i dag", "+14", …). Impossible dates (31-02-2026) are rejected."""
    raw = text.strip() if isinstance(text, str) else ""
    try:
        return dates.parse(raw, today)
    except dates.DateError as exc:
        if exc.kind == "empty":
            raise ValidationError(
                field, _("Datoen mangler. Skriv datoen som {formats}.",
                         formats=_(DATE_FORMATS_DA))) from None
        raise ValidationError(
            field, _("Ugyldig dato '{value}'. Skriv datoen som {formats}.", value=raw,
                     formats=_(DATE_FORMATS_DA))) from None


def format_date_da(d: date) -> str:
    """Long Danish date: ``5. marts 2026``."""
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"


def format_date_short(d: date) -> str:
    """Short Danish date: ``05-03-2026``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


# -- text ----------------------------------------------------------------------------------
_DEFINITE = {"Navn": (N_("Navnet må ikke være tomt."),
                      N_("Navnet er for langt ({n} tegn). Der må højst være {max} tegn.")),
             "Titel": (N_("Titlen må ikke være tom."),
                       N_("Titlen er for lang ({n} tegn). Der må højst være {max} tegn."))}
"""Danish grammar: "Navnet må ikke være tomt", "Titlen må ikke være tom"."""


def require_text(value: str | None, field: str, label_da: str, max_len: int = 500) -> str:
    """``value`` stripped; empty or longer than ``max_len`` characters is refused."""
    text = "" if value is None else str(value).strip()
    empty, long_ = _DEFINITE.get(label_da, (
        N_("{label} må ikke være tom."),
        N_("{label} er for lang ({n} tegn). Der må højst være {max} tegn.")))
    if not text:
        raise ValidationError(field, _(empty, label=_(label_da)))
    if len(text) > max_len:
        raise ValidationError(field, _(long_, label=_(label_da), n=len(text), max=max_len))
    return text


# -- log entry types -------------------------------------------------------------------------
def takes_decision(entry_type: str | None) -> bool:
    """Whether a log entry of this type records a decision and so takes a decision status
    (the dialog shows the field, the service keeps it)."""
    return ENTRY_TYPES.has(entry_type, Rule.DECISION)


def takes_escalation(entry_type: str | None) -> bool:
    """Whether a log entry of this type is an escalation and so takes the level it is
    escalated to and to whom (the dialog shows the fields, the service keeps them)."""
    return entry_type == EntryType.ESKALERING
