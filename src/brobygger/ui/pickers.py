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

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLineEdit, QListView, QWidget

from brobygger.services.person_choices import PersonChoice, ordered_for
from brobygger.ui.choice_model import (
    SEARCH_ROLE,
    ChoiceListModel,
    Heading,
    MatchModel,
    Row,
    person_label,
    person_tooltip,
    widen_popup,
)
from brobygger.ui.common import combo_value, set_combo_value
from brobygger.ui.i18n import tr as _tr

__all__ = ["SEARCH_ROLE", "PersonPicker", "person_items", "person_label", "person_tooltip",
           "replace_combo"]

MAX_SHOWN = 500  # hits the search pop-up lists


def person_items(choices: Sequence[PersonChoice], initiative_id: uuid.UUID | None = None
                 ) -> list[tuple[uuid.UUID, str]]:
    """(id, label) pairs, the initiative's members first – for check lists of people."""
    members, others = ordered_for(list(choices), initiative_id)
    return [(c.id, person_label(c)) for c in members + others]


class PersonPicker(QComboBox):
    """A combo box of people: members of the initiative first, organisation beside the
    name, type to search by name, title or organisation.

    The rows are a :class:`~brobygger.ui.choice_model.ChoiceListModel` over the list of
    :class:`PersonChoice` (no item per person); the search pop-up lists a
    :class:`~brobygger.ui.choice_model.MatchModel` of the rows found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[PersonChoice] = []
        self._none_label: str | None = None
        self._initiative_id: uuid.UUID | None = None
        self.choice_model = ChoiceListModel(self)
        self.setModel(self.choice_model)
        view = self.view()
        if isinstance(view, QListView):  # 50,000 rows: no per-row size pass
            view.setUniformItemSizes(True)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        line = self.lineEdit()
        assert line is not None
        self._line: QLineEdit = line
        line.setPlaceholderText(_tr("pickers", "Søg på navn, titel eller organisation"))
        self._found = MatchModel(self.choice_model, self)
        completer = QCompleter(self._found, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self._completer = completer
        popup = completer.popup()
        if isinstance(popup, QListView):  # thousands of hits: no size pass per row
            popup.setUniformItemSizes(True)
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
        rows: list[Row] = [(None, none_label)] if none_label is not None else []
        rows += items
        self.blockSignals(True)
        self.choice_model.set_rows(rows)
        self._found.set_matches([])
        widen_popup(self)
        self.setCurrentIndex(0 if rows else -1)
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
        rows: list[Row] = [(None, self._none_label)] if self._none_label is not None else []
        members, others = ordered_for(self._choices, self._initiative_id)
        if members:  # the members under their heading, then everyone else under theirs
            rows.append(Heading(_tr("pickers", "Medlemmer af initiativet")))
            rows += members
            if others:
                rows.append(Heading(_tr("pickers", "Andre personer")))
        rows += others
        self.choice_model.set_rows(rows)
        self._found.set_matches([])
        widen_popup(self)
        if current is None or not set_combo_value(self, current):
            self.setCurrentIndex(0 if rows else -1)
            if self._none_label is None and members:
                self.setCurrentIndex(1)
        self.blockSignals(False)
        self._line.setText(self.chosen_text())

    def chosen_text(self) -> str:
        """The chosen item's label (``currentText`` is whatever is typed in the field)."""
        return self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""

    # -- searching -----------------------------------------------------------------------
    def _find(self, text: str) -> list[int]:
        """The rows a search for ``text`` finds (people and plain choices, no headings)."""
        return self.choice_model.find(text) if text.strip() else []

    def _search(self, text: str) -> None:
        # the pop-up lists the first MAX_SHOWN hits: Qt's completer asks every hit in
        # Python (50,000 people, two letters typed: a second); more letters narrow it
        self._found.set_matches(self._find(text)[:MAX_SHOWN])
        if text.strip():
            self._completer.complete()

    def _chosen(self, index: Any) -> None:
        if hasattr(index, "isValid") and index.isValid():
            model = index.model()
            row = self._found.source_row(index.row()) if model is self._found else index.row()
            self.setCurrentIndex(row)
        self._line.setText(self.chosen_text())

    def matches(self, text: str) -> list[str]:
        """The labels a search for ``text`` offers (what the pop-up lists)."""
        return [self.itemText(r) for r in self._find(text)]

    def choose_first_match(self, text: str) -> bool:
        """Choose the first person a search for ``text`` finds (Enter in the field)."""
        found = self._find(text)
        if found:
            self.setCurrentIndex(found[0])
            self._line.setText(self.chosen_text())
        return bool(found)

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
        self._found.set_matches([])

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
