"""Cell values as Danish spreadsheets hold them: dates written the Danish way (or real
date cells), decimal commas, and text."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from brobygger.domain.rules import MONTHS_DA
from brobygger.exchange.cells import cell_text as cell_text  # the one formatter (re-exported)

_MONTHS = {name: i for i, name in enumerate(MONTHS_DA, 1)}
_MONTHS.update({name[:3]: i for i, name in enumerate(MONTHS_DA, 1)})
_MONTHS.update({"maj": 5, "okt": 10, "sept": 9})
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_MONTHS.update({name: i for i, name in enumerate(_EN_MONTHS, 1)})
_MONTHS.update({name[:3]: i for i, name in enumerate(_EN_MONTHS, 1)})

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?")
_DMY = re.compile(r"(\d{1,2})\s*([.\-/])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})"
                  r"(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?")
_LONG = re.compile(r"(?:[a-zæøå]+dag\s+(?:d(?:en)?\.?\s+)?)?"
                   r"(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})")
_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)


class BadDate(ValueError):
    """A text that looks like a date but is none (31-02-2025), or no date at all."""


def parse_date(value: object) -> date:
    """A date from a cell: a date/datetime cell, an Excel serial number, ISO
    (2025-03-05), Danish day-first (5-3-2025, 05.03.25, 5/3/2025) or written out
    ("5. marts 2025", "onsdag den 5. marts 2025"). :class:`BadDate` otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 < value < 80_000:  # an Excel serial date read from a CSV
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise BadDate(str(value))
    text = str(value or "").strip().casefold()
    if not text:
        raise BadDate("")
    year = month = day = 0
    if m := _ISO.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.fullmatch(text):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
        if len(m[4]) == 2:
            year += 2000 if year < 70 else 1900
    elif (m := _LONG.fullmatch(text)) and m[2] in _MONTHS:
        day, month, year = int(m[1]), _MONTHS[m[2]], int(m[3])
    else:
        raise BadDate(str(value))
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(str(value)) from None


def parse_number(text: str) -> float | None:
    """A Danish number ("1.234,5", "12,75", "-3") or ``None`` when the text is none."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if not _NUMBER.fullmatch(raw):
        return None
    return float(raw.replace(".", "").replace(",", "."))
