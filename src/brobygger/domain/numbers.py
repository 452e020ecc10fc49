"""Numbers as people type them, and how many decimals to show.

``parse`` accepts a decimal comma or point ("16,5", "16.5"), Danish thousands separators
("1.234,5", "1 234"), a percent sign ("18 %" → 18) and a typographic minus; anything else
raises :class:`NumberError` – a typed value is never silently changed into another.

``common_decimals`` decides how many decimals a series is shown with (the most any of its
values has, at most 2), so measurements of one indicator line up ("16,0", "16,5").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["NumberError", "common_decimals", "format_da", "parse", "parse_int"]

_PLAIN = re.compile(r"[+-]?\d+(?:[.,]\d+)?", re.ASCII)
_THOUSANDS_DOT = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?", re.ASCII)
_THOUSANDS_SPACE = re.compile(r"[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?", re.ASCII)


class NumberError(ValueError):
    """``kind``: ``empty``, ``not_a_number`` or ``not_whole`` (a fraction where a whole number
    is wanted)."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(f"{kind}: {text!r}")
        self.kind, self.text = kind, text


def _normalise(text: str) -> str:
    t = text.strip().replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    if t.endswith("%"):
        t = t[:-1].rstrip()
    return t


def parse(text: str) -> float:
    """The number ``text`` means (see the module doc)."""
    raw = text if isinstance(text, str) else ""
    t = _normalise(raw)
    if not t:
        raise NumberError("empty", raw)
    if _PLAIN.fullmatch(t):
        return float(t.replace(",", "."))
    if _THOUSANDS_DOT.fullmatch(t):
        return float(t.replace(".", "").replace(",", "."))
    if _THOUSANDS_SPACE.fullmatch(t):
        return float(t.replace(" ", "").replace(",", "."))
    raise NumberError("not_a_number", raw)


def parse_int(text: str) -> int:
    """A whole number ("7", " 7 ", "7,0"); "7,5" raises ``not_whole``."""
    value = parse(text)
    if not value.is_integer():
        raise NumberError("not_whole", text)
    return int(value)


def decimals_of(value: float) -> int:
    """How many decimals ``value`` needs (at most 2): 16.0 → 0, 16.5 → 1, 16.25 → 2."""
    for places in (0, 1):
        if abs(round(value, places) - value) < 1e-9:
            return places
    return 2


def common_decimals(values: Iterable[float | None]) -> int:
    """The decimals a series is shown with: the most any of its values needs (at most 2)."""
    return max((decimals_of(v) for v in values if v is not None), default=0)


def format_da(value: float, decimals: int | None = None) -> str:
    """1234.5 → "1.234,5"; ``decimals`` fixes the places ("16,0"), else as many as needed."""
    places = decimals_of(value) if decimals is None else decimals
    text = f"{value:,.{places}f}"
    return text.replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")
