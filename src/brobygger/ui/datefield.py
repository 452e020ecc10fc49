"""The one date field of the UI.

A line edit you can type into ("8.12.25", "08-12-2025", "8/12", "2025-12-08",
"8. december 2025", "i dag", "+14" – parsed by :mod:`brobygger.domain.dates`), shown in the
long form ("8. december 2025") once you leave it, with a calendar button that opens at the
field's date or today, and – for optional dates – a clear button. A text that is not a date
stays as typed with a message under the field; nothing is silently changed.

Keyboard: the field is one Tab stop (the buttons take no focus, so one Tab leaves it);
Alt+Down or F4 opens the calendar, Ctrl+Delete clears an optional date.

Designer forms still hold ``QDateEdit``; dialogs swap them for this widget with
:func:`replace_date_edit`, which keeps the object name, the label's buddy and the tab order.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain import dates
from brobygger.domain.errors import ValidationError
from brobygger.ui import i18n, style
from brobygger.ui.i18n import tr as _tr


def error_message(exc: dates.DateError) -> str:
    """What to tell the user about a text that is not a date (in the UI's language)."""
    if exc.kind == "empty":
        return _tr("datefield", "Skriv en dato, fx 8.12.25, 8. december 2025, i dag eller +14.")
    if exc.kind == "impossible":
        return _tr("datefield", "Den dato findes ikke: »{text}«. Tjek dag og måned.").format(
            text=exc.text.strip())
    return _tr("datefield", "»{text}« er ikke en dato, jeg kender. Skriv fx 8.12.25, 2025-12-08, "
               "8. december 2025, i dag eller +14.").format(text=exc.text.strip())


class _CalendarPopup(QCalendarWidget):
    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setLocale(i18n.locale())
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setAccessibleName(_tr("datefield", "Kalender"))
        self.setMinimumWidth(300)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, qd: QDate) -> None:
        self.picked.emit(dt.date(qd.year(), qd.month(), qd.day()))
        self.close()


class DateField(QWidget):
    """Type a date or pick it; ``date()`` is the value (None when empty or invalid)."""

    dateChanged = Signal(object)
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 value: dt.date | None = None, accessible_name: str = "") -> None:
        super().__init__(parent)
        self._optional = optional
        self._date: dt.date | None = None
        self._error = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        outer.addLayout(row)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_tr("datefield", "fx 8.12.25, i dag, +14"))
        self.edit.setMinimumWidth(150)
        self.edit.setClearButtonEnabled(False)
        self.edit.editingFinished.connect(self._commit)
        self.edit.textEdited.connect(self._typing)
        self.edit.installEventFilter(self)
        row.addWidget(self.edit, 1)
        self.calendar_button = self._tool_button("▾", _tr("datefield", "Vælg dato i kalenderen"),
                                                 _tr("datefield", "Vis kalender (Alt+Ned)"))
        self.calendar_button.clicked.connect(self.open_calendar)
        row.addWidget(self.calendar_button)
        self.clear_button = self._tool_button("×", _tr("datefield", "Ryd datoen"),
                                              _tr("datefield", "Ryd datoen (Ctrl+Delete)"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        row.addWidget(self.clear_button)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        style.set_role(self.error_label, "error")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.setFocusProxy(self.edit)
        # Only the line edit is a Tab stop (the field itself would be a second one, at the
        # end of the window's chain, and Tab would cycle without reaching the buttons).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_accessible_name(accessible_name or _tr("datefield", "Dato"))
        self.popup: _CalendarPopup | None = None
        self.setDate(value if value is not None or optional else dt.date.today())

    def _tool_button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        # One Tab leaves the field: the buttons have keyboard shortcuts instead of a Tab stop.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        return button

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(_tr(
            "datefield", "Skriv en dato, fx 8.12.25, 8. december 2025, i dag eller +14. "
            "Alt+Ned åbner kalenderen."))

    # -- value ----------------------------------------------------------------------------
    def isOptional(self) -> bool:
        return self._optional

    def setOptional(self, optional: bool) -> None:
        self._optional = optional
        self.clear_button.setVisible(optional)

    def date(self) -> dt.date | None:
        """The date shown (None when empty – or when the text is not a date)."""
        return None if self._error else self._date

    def setDate(self, value: dt.date | None) -> None:
        self._set(value)
        self._show_error("")

    def clear(self) -> None:
        if self._optional:
            self.setDate(None)
            self.editingFinished.emit()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """As if typed: parsed, shown in the long form (or kept with a message)."""
        self.edit.setText(text)
        self._commit()

    def error(self) -> str:
        return self._error

    def value(self, field: str = "date") -> dt.date | None:
        """The date for saving; an untyped text raises :class:`ValidationError` (the
        dialog shows it), an empty required field too."""
        self._commit()
        if self._error:
            raise ValidationError(field, self._error)
        if self._date is None and not self._optional:
            message = error_message(dates.DateError("empty", ""))
            self._show_error(message)
            raise ValidationError(field, message)
        return self._date

    def _set(self, value: dt.date | None) -> None:
        changed = value != self._date
        self._date = value
        self.edit.setText(dates.format_long(value, i18n.lang()) if value else "")
        self.edit.setCursorPosition(0)
        if changed:
            self.dateChanged.emit(value)

    # -- typing ---------------------------------------------------------------------------
    def _typing(self, _text: str) -> None:
        if self._error:  # the mark goes as soon as the text is a date again
            try:
                dates.parse(self.edit.text())
            except dates.DateError:
                return
            self._show_error("")

    def _commit(self) -> None:
        text = self.edit.text()
        if not text.strip():
            if self._optional:
                self._set(None)
                self._show_error("")
            return
        try:
            value = dates.parse(text)
        except dates.DateError as exc:
            self._show_error(error_message(exc))
            return
        self._set(value)
        self._show_error("")
        self.editingFinished.emit()

    def _show_error(self, message: str) -> None:
        self._error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.edit.setProperty("invalid", bool(message))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.edit.setAccessibleDescription(message or self.edit.accessibleDescription())

    # -- calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        start = self._date or dt.date.today()
        self.popup.setSelectedDate(i18n.qdate(start))
        self.popup.setCurrentPage(start.year, start.month)
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        self.popup.move(below)
        self.popup.show()
        self.popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, value: dt.date) -> None:
        self.setDate(value)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from brobygger.ui import shortcuts

            key, mods = event.key(), event.modifiers().value
            if shortcuts.matches(shortcuts.OPEN_CALENDAR, key, mods):
                self.open_calendar()
                return True
            if self._optional and shortcuts.matches(shortcuts.CLEAR_DATE, key, mods):
                self.clear()
                return True
        return super().eventFilter(watched, event)


def swap_widget(old: QWidget, new: QWidget, focus: QWidget | None = None) -> str:
    """Put ``new`` where ``old`` is in its layout: same object name, tooltip, label buddy and
    place in the tab order (``focus``: the part of ``new`` that takes focus); ``old`` goes.
    Returns the accessible name to use: ``old``'s, else its label's text."""
    parent = old.parentWidget()
    focus = focus or new
    name = old.accessibleName()
    new.setObjectName(old.objectName())
    if old.toolTip():
        new.setToolTip(old.toolTip())
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.replaceWidget(old, new)
    if parent is not None:
        for label in parent.window().findChildren(QLabel):
            if label.buddy() is old:
                label.setBuddy(focus)
                name = name or label.text().replace("&", "").rstrip(":")
    QWidget.setTabOrder(old, focus)
    old.hide()
    old.setParent(None)
    old.deleteLater()
    return name


def replace_date_edit(edit: QDateEdit, *, optional: bool = False) -> DateField:
    """Put a :class:`DateField` where ``edit`` is: same name, label buddy and tab order."""
    field = DateField(edit.parentWidget(), optional=optional)
    name = swap_widget(edit, field, field.edit)
    if name:
        field.set_accessible_name(name)
    return field
