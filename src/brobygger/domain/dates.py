"""One parser for dates as people type them, and one formatter (screen and PDF).

Accepted (Danish first, English too – the English UI shows "8 December 2025"):

* ``2025-12-08`` (ISO), ``8.12.2025``, ``08-12-2025``, ``8/12/2025``, with a two-digit year
  ``8.12.25`` (00–69 → 2000–2069, 70–99 → 1970–1999) and without a year ``8/12`` or ``8.12.``
  (this year);
* compact digits ``081225`` and ``08122025`` (day, month, year);
* a month name: ``8. december 2025``, ``8 dec. 2025``, ``8. december`` (this year),
  ``8 December 2025``, ``December 8, 2025``;
* words and offsets: ``i dag``/``today``, ``i morgen``/``tomorrow``, ``i går``/``yesterday``,
  ``+14`` / ``-3`` days from today (``+2u`` / ``+2w`` weeks).

Nothing here knows about Qt or the database. :func:`parse` raises :class:`DateError` whose
``kind`` says what went wrong so each caller words the message in its own language.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["MONTHS_DA", "MONTHS_EN", "DateError", "format_long", "parse", "two_digit_year"]

MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)
MONTHS_EN = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

_WORDS = {
    "i dag": 0, "idag": 0, "today": 0, "dd": 0,
    "i morgen": 1, "imorgen": 1, "tomorrow": 1,
    "i går": -1, "igår": -1, "yesterday": -1,
}
_ISO = re.compile(r"(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})", re.ASCII)
_NUMERIC = re.compile(r"(\d{1,2})\s*([-./])\s*(\d{1,2})(?:\s*\2\s*(\d{2}|\d{4}))?\s*\.?",
                      re.ASCII)
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})", re.ASCII)
_OFFSET = re.compile(r"([+-])\s*(\d{1,4})\s*([duw]?)", re.ASCII)
_DAY_MONTH = re.compile(r"(\d{1,2})\s*\.?\s*([^\W\d_]+)\.?(?:\s*,?\s*(\d{2}|\d{4}))?")
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})?")


class DateError(ValueError):
    """A text that is not a date. ``kind``: ``empty``, ``unknown`` (not a date format we
    know) or ``impossible`` (a format we know, but no such day, e.g. 31.2.2026)."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(f"{kind}: {text!r}")
        self.kind, self.text = kind, text


def two_digit_year(yy: int) -> int:
    """00–69 → 2000–2069, 70–99 → 1970–1999."""
    return 2000 + yy if yy < 70 else 1900 + yy


def _month(name: str) -> int | None:
    word = name.lower().rstrip(".")
    if len(word) < 3:
        return None
    for names in (MONTHS_DA, MONTHS_EN):
        for number, full in enumerate(names, start=1):
            if full.startswith(word):
                return number
    # Danish "okt" and "maj" are covered above; English "sept"
    return 9 if word == "sept" else None


def _year(text: str | None, today: date) -> int:
    if not text:
        return today.year
    return two_digit_year(int(text)) if len(text) == 2 else int(text)


def _build(raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError("impossible", raw) from None


def _relative(text: str, today: date) -> date | None:
    if text in _WORDS:
        return today + timedelta(days=_WORDS[text])
    if m := _OFFSET.fullmatch(text):
        days = int(m[2]) * (7 if m[3] in ("u", "w") else 1)
        return today + timedelta(days=days if m[1] == "+" else -days)
    return None


def parse(text: str, today: date | None = None) -> date:
    """The date ``text`` means (see the module doc); raises :class:`DateError`."""
    raw = text if isinstance(text, str) else ""
    norm = " ".join(raw.strip().lower().split())
    if not norm:
        raise DateError("empty", raw)
    today = today or date.today()
    if (rel := _relative(norm, today)) is not None:
        return rel
    if m := _ISO.fullmatch(norm):
        return _build(raw, int(m[1]), int(m[3]), int(m[4]))
    if m := _NUMERIC.fullmatch(norm):
        return _build(raw, _year(m[4], today), int(m[3]), int(m[1]))
    if m := _COMPACT.fullmatch(norm):
        return _build(raw, _year(m[3], today), int(m[2]), int(m[1]))
    if (m := _DAY_MONTH.fullmatch(norm)) and (month := _month(m[2])):
        return _build(raw, _year(m[3], today), month, int(m[1]))
    if (m := _MONTH_DAY.fullmatch(norm)) and (month := _month(m[1])):
        return _build(raw, _year(m[3], today), month, int(m[2]))
    raise DateError("unknown", raw)


def format_long(d: date, lang: str = "da") -> str:
    """"8. december 2025" (Danish) or "8 December 2025" – parsed back by :func:`parse`."""
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1].capitalize()} {d.year}"
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"
