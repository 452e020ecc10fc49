"""List models for combo boxes of thousands of choices (issue 21).

A person picker offers every person – 5,000 at scale 1, 50,000 at scale 10. Filled item by
item (``addItem`` or a ``QStandardItem`` per person) that cost ~50 MB and one of the longest
blocks of the GUI thread. :class:`ChoiceListModel` is a ``QAbstractListModel`` over the
Python list the service already returned: nothing is created per row, a label is made only
when a row is shown. :class:`MatchModel` is the search's result (row numbers into the
choices) for the picker's completer, found by one pass over case-folded search texts
instead of a ``QSortFilterProxyModel`` that calls into Python once per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QListView

from brobygger.services.person_choices import PersonChoice

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Heading:
    """A group heading ("Medlemmer af initiativet"): bold, not selectable."""

    text: str


# a row: a person, a heading, or a plain (value, label) choice – (None, label) is "(ingen)"
Row = PersonChoice | Heading | tuple[Any, str]


def person_label(choice: PersonChoice) -> str:
    """"Anne Holm (Silkeborg Kommune)" – the organisation beside the name."""
    return f"{choice.name} ({choice.organisation})" if choice.organisation else choice.name


def person_tooltip(choice: PersonChoice) -> str:
    return " · ".join(x for x in (choice.name, choice.title, choice.organisation) if x)


def row_value(row: Row) -> Any:
    if isinstance(row, PersonChoice):
        return row.id
    return None if isinstance(row, Heading) else row[0]


def row_search(row: Row) -> str | None:
    """What a search matches (name, title and organisation); None: never matched."""
    if isinstance(row, PersonChoice):
        return row.search_text
    if isinstance(row, Heading) or row[0] is None:
        return None
    return row[1]


def row_text(row: Row) -> str:
    """What a row shows: a person with the organisation, a heading, a choice's label."""
    if isinstance(row, PersonChoice):
        return person_label(row)
    return row.text if isinstance(row, Heading) else row[1]


class _PythonListModel(QAbstractListModel):
    """A flat list model over one Python list; nothing is made per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _replace(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        """Drop what was worked out from the old rows (a subclass's caches)."""

    def _listed(self, index: _Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class ChoiceListModel(_PythonListModel):
    """The rows of a combo box as one Python list (see the module's doc)."""

    _rows: list[Row]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._row_of: dict[Any, int] | None = None  # value → row, made when first asked
        self._keys: list[str | None] | None = None  # case-folded search texts, likewise
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[Row]) -> None:
        self._replace(rows)

    def _forget(self) -> None:
        self._row_of, self._keys = None, None

    def row(self, r: int) -> Row:
        return self._rows[r]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], Heading):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._listed(index):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return row_text(row)
        if role == Qt.ItemDataRole.UserRole:
            return row_value(row)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(row, PersonChoice):
            return person_tooltip(row)
        if role == Qt.ItemDataRole.FontRole and isinstance(row, Heading):
            return self._bold
        if role == SEARCH_ROLE:
            return row_search(row)
        return None

    def row_of(self, value: Any) -> int | None:
        """The row whose value is ``value`` (the first such), without a pass per call."""
        if self._row_of is None:
            self._row_of = {}
            for r, row in enumerate(self._rows):
                v = row_value(row)
                if v is not None and not isinstance(row, Heading):
                    self._row_of.setdefault(v, r)
        try:
            return self._row_of.get(value)
        except TypeError:  # an unhashable value is no row's value
            return None

    def find(self, text: str) -> list[int]:
        """The rows a search for ``text`` matches (case-insensitive, in order)."""
        needle = text.strip().casefold()
        if self._keys is None:
            self._keys = [None if (s := row_search(row)) is None else s.casefold()
                          for row in self._rows]
        if not needle:
            return list(range(len(self._rows)))
        return [r for r, key in enumerate(self._keys) if key is not None and needle in key]


class MatchModel(_PythonListModel):
    """The rows of a :class:`ChoiceListModel` a search found – the completer's model."""

    _rows: list[int]

    def __init__(self, source: ChoiceListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source

    def set_matches(self, rows: list[int]) -> None:
        self._replace(rows)

    def source_row(self, r: int) -> int:
        return self._rows[r]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # a search never finds a heading: every hit can be chosen (asked once per hit)
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled \
            if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._listed(index):
            return None
        row = self.source.row(self._rows[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):  # the common ask
            return row_text(row)
        return self.source.data(self.source.index(self._rows[index.row()]), role)


def set_choices(combo: QComboBox, items: Sequence[tuple[Any, str]],
                none_label: str | None = None) -> None:
    """Fill a plain combo box with many ``(value, label)`` choices as one list model (the
    Logbog's person filter: every person). Signals are blocked; the caller keeps the value."""
    model = combo.model()
    if not isinstance(model, ChoiceListModel):
        model = ChoiceListModel(combo)
        combo.setModel(model)
    rows: list[Row] = [(None, none_label)] if none_label is not None else []
    rows += items
    was = combo.blockSignals(True)
    model.set_rows(rows)
    combo.setCurrentIndex(0 if rows else -1)
    combo.blockSignals(was)
    view = combo.view()
    if isinstance(view, QListView):
        view.setUniformItemSizes(True)  # no per-row size pass
    widen_popup(combo)


def widen_popup(combo: QComboBox, sample: int = 300) -> None:
    """The pop-up list wide enough for the choices (not elided to the field's width),
    measured on the first ``sample`` rows only – not on every one of 50,000 people."""
    view, model = combo.view(), combo.model()
    if view is None or model is None:
        return
    fm = view.fontMetrics()
    rows = min(model.rowCount(), sample)
    widest = max((fm.horizontalAdvance(str(model.index(r, 0).data() or ""))
                  for r in range(rows)), default=0)
    view.setMinimumWidth(min(widest + 40, 640))
