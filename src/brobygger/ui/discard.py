"""»Kassér ændringerne?« – a dialog with changes is never closed without asking.

:class:`DiscardGuard` remembers what a dialog's fields held when it was filled
(:meth:`DiscardGuard.mark_clean`) and, when Escape, the window's close button or Annuller
would close it with something changed, asks: Gem / Kassér / Fortsæt redigering (the default,
so a stray Enter loses nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from brobygger.ui.boxes import MessageBox
from brobygger.ui.i18n import tr as _tr

SAVE, DISCARD, CONTINUE = "save", "discard", "continue"



def _ask_dialog(parent: QWidget | None) -> str:
    box = MessageBox(QMessageBox.Icon.Question, _tr("discard", "Kassér ændringerne?"),
                      _tr("discard", "Du har ændret noget, som ikke er gemt. Vil du gemme det, "
                          "kassere det eller redigere videre?"), parent=parent)
    save = box.addButton(_tr("discard", "Gem"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("discard", "Kassér"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("discard", "Fortsæt redigering"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CONTINUE


# Tests replace this: (parent) -> "save" | "discard" | "continue".
discard_hook: Callable[[QWidget | None], str] = _ask_dialog


def _value(w: QWidget) -> Any:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        data = w.currentData()
        return str(data) if data is not None else w.currentText()
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QSlider):
        return w.value()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    text = getattr(w, "text", None)  # the date field
    return text() if callable(text) else None


def snapshot(widgets: list[QWidget], extra: Any = None) -> tuple[Any, ...]:
    """What the user can change in ``widgets`` (the dialog's fields), comparable."""
    return (*(_value(w) for w in widgets), ("extra", extra))


class DiscardGuard:
    """Mixin for a QDialog with ``save()``: ask before changes are thrown away."""

    _clean_state: tuple[Any, ...] | None = None

    def guard_extra(self) -> Any:
        """State not held in the field widgets (check lists …)."""
        return None

    def guard_widgets(self) -> list[QWidget]:
        """The widgets whose values count as the user's changes."""
        return []

    def mark_clean(self) -> None:
        self._clean_state = snapshot(self.guard_widgets(), self.guard_extra())

    def has_changes(self) -> bool:
        if self._clean_state is None:
            return False
        return snapshot(self.guard_widgets(), self.guard_extra()) != self._clean_state

    def may_close(self) -> bool:
        """True when the dialog may close now; asks first when something changed."""
        if not self.has_changes():
            return True
        answer = discard_hook(self)  # type: ignore[arg-type]
        if answer == SAVE:
            self.save()  # type: ignore[attr-defined]
            return False  # it closes itself once saved
        return answer == DISCARD
