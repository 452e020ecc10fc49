"""Building a Qt Designer form (``ui/forms/ui_*.py``) into a page or a dialog, and the texts
and wiring of a dialog's standard buttons – the set-up every page and dialog used to repeat
line for line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from brobygger.ui import style
from brobygger.ui.i18n import tr as _tr


class Form(Protocol):
    """A generated Designer form (``Ui_…``)."""

    def setupUi(self, widget: Any) -> None: ...


class PageForm(Form, Protocol):
    """A main view's form: it has a ``title`` label at the top."""

    title: QLabel


F = TypeVar("F", bound=Form)
P = TypeVar("P", bound=PageForm)


class BusyDialog(QDialog):
    """A dialog that stays open while its work runs (``busy``): Esc, Annuller and the
    window's close button wait until it is done."""

    busy = False

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def page_form(page: QWidget, form: P) -> P:
    """``form`` built into ``page``, its ``title`` styled as the page's heading."""
    form.setupUi(page)
    style.set_role(form.title, "title")
    return form


def dialog_form(dialog: QDialog, form: F) -> F:
    """``form`` built into ``dialog``, which is deleted when it closes."""
    form.setupUi(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return form


def hints(*labels: QWidget) -> None:
    """Style ``labels`` as hints (the muted text under a heading or beside a field)."""
    for label in labels:
        style.set_role(label, "hint")


def add_text(layout: QBoxLayout, text: str, parent: QWidget, role: str = "") -> QLabel:
    """A word-wrapped label with ``text`` at the end of ``layout`` (styled as ``role``:
    "hint", "subtitle", …) – the intro or status line of a hand-made dialog."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        style.set_role(label, role)
    layout.addWidget(label)
    return label


def enlarge(heading: QLabel, points: float) -> None:
    """A dialog's heading ``points`` larger than the text, and bold."""
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() + points)
    font.setBold(True)
    heading.setFont(font)


def standard_buttons(dialog: QDialog, box: QDialogButtonBox, ok: str | None = None,
                     on_ok: Callable[[], object] | None = None) -> QPushButton | None:
    """The texts of ``box``'s standard buttons in the UI's language – ``ok`` on OK or Save
    (then the default button), »Annuller« on Cancel, »Luk« on Close – with OK/Save running
    ``on_ok`` (the dialog's ``accept`` when None) and Cancel, Close and Esc rejecting the
    dialog. Returns the OK or Save button (None when the box has neither)."""
    button = QDialogButtonBox.StandardButton
    ok_button = box.button(button.Ok) or box.button(button.Save)
    if ok_button is not None and ok is not None:
        ok_button.setText(ok)
        ok_button.setDefault(True)
    for which, text in ((button.Cancel, _tr("common", "Annuller")),
                        (button.Close, _tr("common", "Luk"))):
        other = box.button(which)
        if other is not None:
            other.setText(text)
    box.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    box.rejected.connect(dialog.reject)
    return ok_button
