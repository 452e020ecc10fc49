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
import unicodedata
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


@dataclass(frozen=True, slots=True)
class DisguisedMatch(CprMatch):
    """A CPR-like number written with Unicode digits, invisible characters or extra
    spaces; ``plain`` is the number with the disguise undone."""

    plain: str = ""

    @property
    def date_part(self) -> str:
        return self.plain[:6]


def is_cpr_date(day: int, month: int, yy: int) -> bool:
    """True when DD MM YY is a real day in 19YY or in 20YY."""
    for century in (1900, 2000):
        try:
            date(century + yy, month, day)
        except ValueError:
            continue
        return True
    return False


# Disguised forms: characters that hide nothing from a reader but would hide the number
# from a plain pattern. Invisible ones are dropped, odd spaces become one space, and any
# Unicode decimal digit (fullwidth '１', Arabic-Indic '١', …) counts as its ASCII digit.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
_SPACES = frozenset(" \u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006"
                    "\u2008\u205f\u3000\t")
_PLAIN = re.compile(r"[\x00-\x7f]*")
# a CPR-like number has ten digits (``\d`` is any Unicode decimal digit, as _shadow reads
# them): a text with fewer holds none – the quick answer for almost every text
_TEN_DIGITS = re.compile(r"\d(?:\D*\d){9}")


def _shadow(text: str) -> tuple[str, list[int]] | None:
    """``text`` with disguises undone, and for every character of it the index of the
    original character it came from; None when there is nothing to undo."""
    if _PLAIN.fullmatch(text) and "  " not in text and "\t" not in text:
        return None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch in _SPACES:
            if out and out[-1] == " ":
                continue  # a run of spaces counts as one
            out.append(" ")
        elif not ch.isascii() and ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        else:
            folded = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
            out.append(folded if len(folded) == 1 and folded in HYPHENS else ch)
        where.append(i)
    return "".join(out), where


def find_cpr(text: str) -> list[CprMatch]:
    """Every CPR-like number in ``text``, in order of position – also disguised with
    Unicode digits, invisible characters or extra spaces (``text`` of a match is then the
    original characters; its date part is given in ASCII digits)."""
    if not text or _TEN_DIGITS.search(text) is None:
        return []
    shadow = _shadow(text)
    plain, where = shadow if shadow is not None else (text, [])
    found: list[CprMatch] = []
    for m in _CANDIDATE.finditer(plain):
        day, month, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not is_cpr_date(day, month, yy):
            continue
        if shadow is None:
            found.append(CprMatch(m.start(), m.end(), m.group(0)))
        else:
            start, end = where[m.start()], where[m.end() - 1] + 1
            found.append(DisguisedMatch(start, end, text[start:end], m.group(0)))
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
