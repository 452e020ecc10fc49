"""How strong a passphrase is – a hint for the user, not a rule (the rule is the minimum
length, :data:`MIN_LENGTH`). Long phrases of several words beat short clever ones."""

from __future__ import annotations

import re

__all__ = ["MIN_LENGTH", "strength"]

MIN_LENGTH = 8
_COMMON = {"password", "adgangskode", "kodeord", "12345678", "123456789", "qwertyui",
           "brobygger", "sommer2026", "vinter2026"}


def strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 good, 4 strong."""
    if len(text) < MIN_LENGTH:
        return 0
    if text.lower() in _COMMON or len(set(text)) <= 3:
        return 1
    kinds = sum(bool(re.search(p, text)) for p in (r"[a-zæøå]", r"[A-ZÆØÅ]", r"\d", r"[^\w]"))
    words = len([w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3])
    score = 1
    if len(text) >= 12 or kinds >= 3:
        score = 2
    if len(text) >= 16 or (len(text) >= 12 and kinds >= 3) or words >= 3:
        score = 3
    if len(text) >= 24 or (words >= 4 and len(text) >= 20):
        score = 4
    return score
