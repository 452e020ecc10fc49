"""Find a catalogue item from what a person types: the code (``moede``), the Danish label
(``møde``, ``Møde``), the English label (``meeting``) – case and æ/ø/å spelling do not
matter (``haendelse`` = ``hændelse``, ``udfoert`` = ``udført``)."""

from __future__ import annotations

import re
from typing import Any

from brobygger.domain.catalogue import CatalogueItem
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _, language

__all__ = ["find_item", "fold"]

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})


def fold(text: str) -> str:
    """``"Fulgt op"`` → ``"fulgt_op"``, ``"Møde"`` → ``"moede"``."""
    t = text.strip().lower().translate(_FOLD)
    return re.sub(r"[\s\-/]+", "_", t)


def find_item(catalogue: Any, text: str) -> CatalogueItem:
    """The item ``text`` names; a Danish :class:`ValidationError` listing the labels if none."""
    wanted = fold(text or "")
    for item in catalogue.items:
        if wanted in (fold(item.code), fold(item.label_da), fold(item.label_en)):
            found: CatalogueItem = item
            return found
    lang = language()
    labels = ", ".join(item.label(lang).lower() for item in catalogue.items)
    raise ValidationError(catalogue.name, _("Ukendt værdi '{value}' for {title}. Skriv en af: "
                                            "{labels}.", value=text,
                                            title=_(catalogue.title_da), labels=labels))
