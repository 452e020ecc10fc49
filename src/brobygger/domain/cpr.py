"""Detecting and masking CPR-like numbers in free text (DOMAIN.md §5).

A leadership log must not hold patient identifiers. A CPR number is six digits forming a
date DDMMYY, an optional separator and four serial digits. The modulus-11 check is *not*
used: numbers without it have been issued since 2007, so every valid date counts.

Not flagged:

* impossible dates (``320190-1234``, ``290201-1234`` – 1901 and 2001 were no leap years;
  ``290200`` is valid because 2000 was);
* runs of 11 or more digits: no digit may directly precede or follow the match, also not
  across a hyphen (``1234-0101901234`` is an account number, ``010190-1234-56`` some other
  code). A space does not join: ``010190-1234 020290-4321`` is two numbers;
* Danish phone numbers: 8 digits, ``12 34 56 78``, ``+45 12 34 56 78``, ``+4512345678``
  (never ten free-standing digits starting with a valid date – ``45`` is no day).

Pure standard library: used by the services' CPR guard, the CLI and the GUI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# '-' or a single space; also the typographic hyphens and the no-break space that a text
# pasted from a word processor carries. Each is normalised to '-' when masking.
HYPHENS = "-\u2010\u2011\u2012\u2013"
SEPARATORS = HYPHENS + " \u00a0"

_H = re.escape(HYPHENS)
_CANDIDATE = re.compile(
    # not inside a longer digit run – directly, or joined by a hyphen ("1234-0101901234")
    r"(?<![0-9])(?<![0-9][" + _H + r"])"
    r"([0-9]{2})([0-9]{2})([0-9]{2})([" + re.escape(SEPARATORS) + r"]?)([0-9]{4})"
    r"(?![0-9])(?![" + _H + r"][0-9])"
)

MASK = "****"


@dataclass(frozen=True, slots=True)
class CprMatch:
    """One CPR-like number in a text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def date_part(self) -> str:
        return self.text[:6]

    @property
    def masked(self) -> str:
        """The number with its serial digits hidden, e.g. ``010190-****``."""
        return f"{self.date_part}-{MASK}"


def is_cpr_date(day: int, month: int, yy: int) -> bool:
    """True when DD MM YY is a real day in 19YY or in 20YY."""
    for century in (1900, 2000):
        try:
            date(century + yy, month, day)
        except ValueError:
            continue
        return True
    return False


def find_cpr(text: str) -> list[CprMatch]:
    """Every CPR-like number in ``text``, in order of position."""
    if not text:
        return []
    found: list[CprMatch] = []
    for m in _CANDIDATE.finditer(text):
        day, month, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if is_cpr_date(day, month, yy):
            found.append(CprMatch(m.start(), m.end(), m.group(0)))
    return found


def contains_cpr(text: str) -> bool:
    return bool(find_cpr(text))


def mask_cpr(text: str) -> str:
    """``text`` with the serial digits of every CPR-like number replaced by ``****`` and
    the separator normalised to '-': ``"cpr 0101901234"`` → ``"cpr 010190-****"``."""
    matches = find_cpr(text)
    if not matches:
        return text
    parts: list[str] = []
    pos = 0
    for m in matches:
        parts.append(text[pos:m.start])
        parts.append(m.masked)
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)
