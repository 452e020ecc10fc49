"""The one person picker of the app.

Every dialog that chooses a person (an action's or a plague's owner, a member, the other
side of a relation, a meeting action's owner, "me") uses :class:`PersonPicker`: the
initiative's members first (under their own heading), each person shown with the
organisation beside the name, and a search that matches name, title and organisation
("sygeplejerske", "Silkeborg") while typing. The choices come from one service
(:func:`brobygger.services.person_choices.person_choices`), read in the background.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLineEdit, QWidget

from brobygger.services.person_choices import PersonChoice, ordered_for
from brobygger.ui.common import combo_value, set_combo_value
from brobygger.ui.i18n import tr as _tr

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7


def person_label(choice: PersonChoice) -> str:
    """"Anne Holm (Silkeborg Kommune)" – the organisation beside the name."""
    return f"{choice.name} ({choice.organisation})" if choice.organisation else choice.name


def person_tooltip(choice: PersonChoice) -> str:
    return " · ".join(x for x in (choice.name, choice.title, choice.organisation) if x)


def person_items(choices: Sequence[PersonChoice], initiative_id: uuid.UUID | None = None
                 ) -> list[tuple[uuid.UUID, str]]:
    """(id, label) pairs, the initiative's members first – for check lists of people."""
    members, others = ordered_for(list(choices), initiative_id)
    return [(c.id, person_label(c)) for c in members + others]


class PersonPicker(QComboBox):
    """A combo box of people: members of the initiative first, organisation beside the
    name, type to search by name, title or organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[PersonChoice] = []
        self._none_label: str | None = None
        self._initiative_id: uuid.UUID | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        line = self.lineEdit()
        assert line is not None
        self._line: QLineEdit = line
        line.setPlaceholderText(_tr("pickers", "Søg på navn, titel eller organisation"))
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model())
        self._proxy.setFilterRole(SEARCH_ROLE)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer = QCompleter(self._proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self._completer = completer
        line.textEdited.connect(self._search)
        line.editingFinished.connect(self.settle)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Tab while the search pop-up is open
            app.focusChanged.connect(self._focus_changed)

    # -- filling -------------------------------------------------------------------------
    def set_people(self, choices: Sequence[PersonChoice], none_label: str | None = None,
                   initiative_id: uuid.UUID | None = None) -> None:
        """Replace the people (keeps the chosen one when it is still there)."""
        self._choices, self._none_label = list(choices), none_label
        self._initiative_id = initiative_id
        self._fill()

    def set_plain(self, items: Sequence[tuple[Any, str]], none_label: str | None = None
                  ) -> None:
        """Other choices than people (the relation dialog's organisations), searchable by
        their label."""
        self._choices, self._none_label, self._initiative_id = [], none_label, None
        self.blockSignals(True)
        self.clear()
        if none_label is not None:
            self.addItem(none_label, None)
        for value, text in items:
            self.addItem(text, value)
            self.setItemData(self.count() - 1, text, SEARCH_ROLE)
        self.setCurrentIndex(0 if self.count() else -1)
        self.blockSignals(False)
        self._line.setText(self.chosen_text())

    def set_initiative(self, initiative_id: uuid.UUID | None) -> None:
        """Put this initiative's members first."""
        if initiative_id != self._initiative_id:
            self._initiative_id = initiative_id
            self._fill()

    def _fill(self) -> None:
        current = combo_value(self) if self.count() else None
        self.blockSignals(True)
        self.clear()
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        members, others = ordered_for(self._choices, self._initiative_id)
        # one insertion of all rows: item by item, the search proxy re-filtered at each
        # (5,000 people: ~70 ms on the UI thread)
        items: list[QStandardItem] = []
        for heading, group in ((_tr("pickers", "Medlemmer af initiativet"), members),
                               (_tr("pickers", "Andre personer"), others if members else [])):
            if group:
                head = QStandardItem(heading)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                items.append(head)
            items += [self._item(c) for c in group]
        if not members:
            items += [self._item(c) for c in others]
        if items:
            model.invisibleRootItem().appendRows(items)
        if current is None or not set_combo_value(self, current):
            self.setCurrentIndex(0 if self._none_label is not None or self.count() else -1)
            if self._none_label is None and members:
                self.setCurrentIndex(1)
        self.blockSignals(False)
        self._line.setText(self.chosen_text())

    def chosen_text(self) -> str:
        """The chosen item's label (``currentText`` is whatever is typed in the field)."""
        return self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""

    @staticmethod
    def _item(c: PersonChoice) -> QStandardItem:
        """The row of ``c`` as ``addItem`` would make it, with its tooltip and search text."""
        item = QStandardItem(person_label(c))
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        item.setData(c.id, Qt.ItemDataRole.UserRole)
        item.setData(person_tooltip(c), Qt.ItemDataRole.ToolTipRole)
        item.setData(c.search_text, SEARCH_ROLE)
        return item

    # -- searching -----------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if text.strip():
            self._completer.complete()

    def _chosen(self, index: Any) -> None:
        if hasattr(index, "isValid") and index.isValid():
            source = self._proxy.mapToSource(index)
            self.setCurrentIndex(source.row())
        self._line.setText(self.chosen_text())

    def matches(self, text: str) -> list[str]:
        """The labels a search for ``text`` offers (what the pop-up lists)."""
        self._proxy.setFilterFixedString(text.strip())
        out = [str(self._proxy.index(r, 0).data()) for r in range(self._proxy.rowCount())
               if self._proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) is not None]
        return out

    def choose_first_match(self, text: str) -> bool:
        """Choose the first person a search for ``text`` finds (Enter in the field)."""
        self._proxy.setFilterFixedString(text.strip())
        for r in range(self._proxy.rowCount()):
            index = self._proxy.index(r, 0)
            if index.data(Qt.ItemDataRole.UserRole) is not None:
                self._chosen(index)
                return True
        return False

    def _focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if old in (self, self._line) and now is not None and now is not self \
                and not self.isAncestorOf(now) and now is not self._completer.popup():
            self.settle()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.settle()

    def settle(self) -> None:
        """Leaving the field: a typed search chooses the first person it finds; a search
        that finds no one gives the chosen person back (it never stands for a person)."""
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()
        typed = self._line.text()
        if typed != self.chosen_text() and not (typed.strip()
                                                and self.choose_first_match(typed)):
            self._line.setText(self.chosen_text())
        self._proxy.setFilterFixedString("")

    def _popup_open(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self._line.text() != self.chosen_text() \
                and not self._popup_open():
            self.choose_first_match(self._line.text())
            return
        super().keyPressEvent(event)


def replace_combo(combo: QComboBox) -> PersonPicker:
    """Put a :class:`PersonPicker` where a Designer form has a plain combo box (same name,
    label buddy and place in the tab order)."""
    from brobygger.ui.datefield import swap_widget

    picker = PersonPicker(combo.parentWidget())
    name = swap_widget(combo, picker)
    if name:
        picker.setAccessibleName(name)
    return picker
