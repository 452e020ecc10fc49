"""Matching what a file names to what the workspace holds: people by e-mail, then by name;
organisations and initiatives by name. A near-miss (``rapidfuzz``) is only a suggestion
that the user confirms – never applied by itself."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from brobygger.domain.i18n import N_, _

FUZZY_CUTOFF = 88  # similarity (0–100) from which a name is suggested

EMAIL, NAME, FUZZY = "email", "name", "fuzzy"
HOW_DA = {EMAIL: N_("samme e-mail"), NAME: N_("samme navn"), FUZZY: N_("ligner")}


@dataclass(frozen=True, slots=True)
class Match:
    """``how`` is :data:`EMAIL`, :data:`NAME` or :data:`FUZZY` (a suggestion)."""

    how: str
    id: uuid.UUID
    label: str
    score: int = 100

    @property
    def certain(self) -> bool:
        return self.how != FUZZY

    def describe_da(self) -> str:
        if self.how == FUZZY:
            return _("ligner »{label}« ({score} %)", label=self.label, score=self.score)
        return _("{label} ({how})", label=self.label, how=_(HOW_DA[self.how]))


def name_key(text: str) -> str:
    """Case, accents of foreign letters, punctuation and word order do not matter
    ("Bisgaard, Hanne" = "hanne bisgaard"); æ, ø and å stay letters of their own."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[^\wæøå]+", " ", text)
    return " ".join(sorted(text.split()))


class Index:
    """Names (and e-mails) → ids of one kind of record, with fuzzy suggestions."""

    def __init__(self, items: Iterable[tuple[uuid.UUID, str, str]]) -> None:
        self.by_email: dict[str, tuple[uuid.UUID, str]] = {}
        self.by_name: dict[str, tuple[uuid.UUID, str]] = {}
        for id_, name, email in items:
            self.add(id_, name, email)

    def add(self, id_: uuid.UUID, name: str, email: str = "") -> None:
        if email:
            self.by_email.setdefault(email.strip().casefold(), (id_, name))
        key = name_key(name)
        if key:
            self.by_name.setdefault(key, (id_, name))

    def exact(self, name: str, email: str = "") -> Match | None:
        if email and (hit := self.by_email.get(email.strip().casefold())) is not None:
            return Match(EMAIL, hit[0], hit[1])
        if (hit := self.by_name.get(name_key(name))) is not None:
            return Match(NAME, hit[0], hit[1])
        return None

    def fuzzy(self, names: Sequence[str]) -> list[Match | None]:
        """The best near-miss for each name (``None`` below :data:`FUZZY_CUTOFF`)."""
        if not names or not self.by_name:
            return [None] * len(names)
        from rapidfuzz import fuzz, process

        keys = list(self.by_name)
        out: list[Match | None] = []
        for name in names:
            query = name_key(name)
            hit = process.extractOne(query, keys, scorer=fuzz.ratio, processor=None,
                                     score_cutoff=FUZZY_CUTOFF) if query else None
            if hit is None:
                out.append(None)
                continue
            id_, label = self.by_name[hit[0]]
            out.append(Match(FUZZY, id_, label, round(hit[1])))
        return out

    def find(self, name: str, email: str = "") -> Match | None:
        return self.exact(name, email) or self.fuzzy([name])[0]


class Directory:
    """The workspace's people, organisations and initiatives (live records), read once."""

    def __init__(self, svc: Any) -> None:
        self.people = Index((p.id, p.name, p.email) for p in svc.people.all())
        self.organisations = Index((o.id, o.name, "") for o in svc.organisations.all())
        self.initiatives = Index((i.id, i.name, "") for i in svc.initiatives.all())
