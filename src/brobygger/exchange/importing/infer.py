"""Guessing a new organisation's sector from its name and a new person's leadership level
from their title – only where the words make it clear; otherwise the preview asks."""

from __future__ import annotations

import re

_SECTOR_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("socialpsykiatri", ("socialpsykiatri", "bosted", "botilbud", "støttecenter")),
    ("psykiatri", ("psykiatri", "psykiatrisk")),
    ("almen_praksis", ("lægehus", "lægepraksis", "lægerne", "almen praksis", "lægeklinik",
                       "praktiserende læge", "plo", "kap-enhed", "kap enhed")),
    ("speciallaege", ("speciallæge", "øjenlæge", "ørelæge", "hudlæge")),
    ("stat", ("sundhedsstyrelsen", "ministeriet", "styrelsen", "sundhedsdatastyrelsen",
              "danske regioner", "kl ", "kommunernes landsforening", "staten")),
    ("region_hospital", ("hospital", "sygehus", "region ", "regionshospital",
                         "universitetshospital", "præhospital", "akutmodtagelse")),
    ("kommune", ("kommune", "hjemmepleje", "hjemmesygepleje", "sundhedscenter",
                 "akutteam", "plejecenter", "rehabilitering")),
)

_LEVEL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("nationalt", ("minister", "folketing", "direktør for sundhedsstyrelsen")),
    ("politisk", ("borgmester", "rådmand", "udvalgsformand", "regionsrådsformand",
                  "regionsrådsmedlem", "byrådsmedlem", "kommunalbestyrelsesmedlem",
                  "formand for", "politiker")),
    ("topleder", ("direktør", "direktion", "adm. dir", "hospitalsdirektør", "kommunaldirektør")),
    ("chef", ("chef", "ledende overlæge", "ledende oversygeplejerske", "cheflæge",
              "oversygeplejerske", "centerleder", "vicedirektør")),
    ("funktionsleder", ("leder", "afdelingssygeplejerske", "områdeleder", "teamleder",
                        "afsnitsleder", "koordinerende sygeplejerske", "klinikleder")),
    ("medarbejder", ("sygeplejerske", "læge", "terapeut", "konsulent", "koordinator",
                     "medarbejder", "assistent", "sekretær", "fuldmægtig", "specialist",
                     "overlæge", "praksiskonsulent", "projektmedarbejder", "hjælper")),
)


def _find(table: tuple[tuple[str, tuple[str, ...]], ...], text: str) -> str | None:
    padded = f" {re.sub(r'[^0-9a-zæøå-]+', ' ', text.casefold())} "
    for code, words in table:
        if any(w in padded for w in words):
            return code
    return None


def sector_from_name(name: str) -> str | None:
    """The sector an organisation's name makes clear ("Viborg Kommune" → kommune)."""
    return _find(_SECTOR_WORDS, name)


def level_from_title(title: str) -> str | None:
    """The leadership level a title makes clear ("Ledende oversygeplejerske" → chef)."""
    return _find(_LEVEL_WORDS, title) if title.strip() else None
