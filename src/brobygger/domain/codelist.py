"""The machinery of the code lists: a :class:`Catalogue` pairs a :class:`~enum.StrEnum` (for
typed code) with a tuple of :class:`CatalogueItem` (labels, explanations and the
:class:`Rule` s an item carries). The lists themselves are in :mod:`.framework` and
:mod:`.workflow`; import them from :mod:`brobygger.domain.catalogue`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _


class Rule(StrEnum):
    """What a catalogue item means for the app's rules – kept on the item, so code asks the
    catalogue (``ENTRY_TYPES.having(Rule.DECISION)``) instead of repeating code lists."""

    DECISION = "decision"
    """An entry type that records a decision and so takes a decision status."""
    OPEN = "open"
    """An action or barrier status that counts as open (still to be done or removed)."""
    TOP = "top"
    """An escalation level only top management, politicians or the nation can act on."""


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    """One entry of a catalogue: a stable code plus Danish/English labels."""

    code: str
    label_da: str
    label_en: str
    description_da: str
    rules: frozenset[Rule] = frozenset()

    def label(self, lang: str = "da") -> str:
        """The label in ``lang`` ("en" gives English; anything else Danish)."""
        return self.label_en if lang == "en" else self.label_da

    def description(self) -> str:
        """The description in the current language (:mod:`brobygger.domain.i18n`; the
        Danish ``description_da`` is the gettext source, extracted from ``_item(…)``)."""
        return _(self.description_da)


E = TypeVar("E", bound=StrEnum)


class Catalogue(Generic[E]):
    """An ordered, immutable code list backed by the enum ``enum``.

    The constructor checks that the enum members and the items match one to one and
    in the same order, and that each member's name is its code upper-cased; a mismatch
    is a programming error and raises :class:`ValueError` at import time.
    """

    __slots__ = ("_by_code", "default", "enum", "items", "name", "title_da")

    def __init__(
        self, name: str, enum: type[E], items: Iterable[CatalogueItem], *, title_da: str = "",
        default: str | None = None,
    ) -> None:
        self.name = name
        self.enum = enum
        self.items: tuple[CatalogueItem, ...] = tuple(items)
        self.title_da = title_da or name
        members = list(enum)
        item_codes = [item.code for item in self.items]
        member_codes = [str(m.value) for m in members]
        if member_codes != item_codes:
            raise ValueError(
                f"Catalogue {name!r}: enum {enum.__name__} has codes {member_codes}, "
                f"items have {item_codes}"
            )
        for member in members:
            if member.name != member.value.upper():
                raise ValueError(
                    f"Catalogue {name!r}: member {member.name} should be {member.value.upper()}"
                )
        for item in self.items:
            if not (item.label_da and item.label_en and item.description_da):
                raise ValueError(f"Catalogue {name!r}: item {item.code!r} lacks a text")
        self._by_code: dict[str, CatalogueItem] = {item.code: item for item in self.items}
        self.default: E | None = enum(default) if default is not None else None
        """The code a new record gets when none is chosen (the model, the services and
        the dialogs all use it)."""

    def _unknown(self, code: object, field: str | None) -> ValidationError:
        valid = ", ".join(self.codes())
        return ValidationError(
            field or self.name,
            _("Ukendt værdi '{code}' for {title}. Gyldige værdier er: {valid}.", code=code,
              title=_(self.title_da), valid=valid),
        )

    def get(self, code: str, field: str | None = None) -> CatalogueItem:
        """The item with ``code``; :class:`ValidationError` (Danish) naming ``field`` (the
        record's field the code came from; the catalogue's name without one) if unknown."""
        item = self._by_code.get(code) if isinstance(code, str) else None
        if item is None:
            raise self._unknown(code, field)
        return item

    def having(self, rule: Rule) -> tuple[E, ...]:
        """The members whose items carry ``rule``, in canonical order."""
        return tuple(self.enum(item.code) for item in self.items if rule in item.rules)

    def has(self, code: str | None, rule: Rule) -> bool:
        """Whether ``code`` is known and its item carries ``rule``."""
        item = self._by_code.get(code) if isinstance(code, str) else None
        return item is not None and rule in item.rules

    def label(self, code: str, lang: str = "da") -> str:
        """The label of ``code`` in ``lang``."""
        return self.get(code).label(lang)

    def codes(self) -> tuple[str, ...]:
        """All codes in canonical order."""
        return tuple(item.code for item in self.items)

    def choices(self, lang: str = "da") -> tuple[tuple[str, str], ...]:
        """(code, label) pairs in canonical order, e.g. for a combo box."""
        return tuple((item.code, item.label(lang)) for item in self.items)

    def parse(self, code: str, field: str | None = None) -> E:
        """The enum member for ``code``; :class:`ValidationError` (Danish) naming ``field``
        if unknown."""
        return self.enum(self.get(code, field).code)

    def __iter__(self) -> Iterator[CatalogueItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def __repr__(self) -> str:
        return f"Catalogue({self.name!r}, {len(self)} items)"


def _item(code: str, label_da: str, label_en: str, description_da: str,
          *rules: Rule) -> CatalogueItem:
    return CatalogueItem(code, label_da, label_en, description_da, frozenset(rules))
