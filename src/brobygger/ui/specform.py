"""Rows of a code-built form from a spec: ``(attribute, label, kind)`` → a named, labelled,
accessible widget set on the owner (the shape of a compiled ``setupUi``). One builder for
the asks' and the agreements' dialogs, and one form class (:class:`SpecForm`) they derive
from."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brobygger.ui.form_setup import add_text

Spec = tuple[tuple[str, object, str], ...]


def _widget(kind: str, parent: QWidget) -> QWidget:
    w: QWidget
    if kind == "line":
        w = QLineEdit(parent)
    elif kind == "text":
        w = QPlainTextEdit(parent)
        w.setTabChangesFocus(True)
        w.setMinimumHeight(66)
    elif kind == "combo":
        w = QComboBox(parent)
    elif kind == "check":
        w = QCheckBox(parent)
    elif kind in ("list", "checks"):
        w = QListView(parent)
        w.setMinimumHeight(88)
    else:
        w = QDateEdit(parent)
    return w


def add_rows(owner: object, form: QFormLayout, spec: Spec, context: str,
             parent: QWidget) -> None:
    """One row per spec entry: the widget is named (object name and accessible name from
    the translated label without its mnemonic), its caption is its buddy, and it becomes
    ``owner.<attribute>``."""
    for name, label, kind in spec:
        w = _widget(kind, parent)
        w.setObjectName(name)
        text = QCoreApplication.translate(context, str(label))
        caption = QLabel(text, parent)
        caption.setBuddy(w)
        w.setAccessibleName(text.replace("&", ""))
        setattr(owner, name, w)
        form.addRow(caption, w)


class SpecForm:
    """A code-built form in the shape of a compiled one: ``setupUi`` makes an intro line, the
    named widgets of :attr:`spec` in a form layout (in a scroll area when :attr:`scrolls`: a
    long form), a warning line when :attr:`warns` and the Save/Cancel buttons."""

    spec: ClassVar[Spec] = ()
    context: ClassVar[str] = ""
    scrolls: ClassVar[bool] = False
    warns: ClassVar[bool] = False
    size: ClassVar[tuple[int, int]] = (560, 0)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The attributes of :attr:`spec` in form order: the fields a dialog on this form
        reads and writes (one list, so a row added to the form is saved, too)."""
        return tuple(name for name, _label, _kind in cls.spec)

    def setupUi(self, dialog: QWidget) -> None:
        box = QVBoxLayout(dialog)
        self.intro = add_text(box, "", dialog)
        if self.scrolls:
            scroll = QScrollArea(dialog)
            scroll.setWidgetResizable(True)
            body = QWidget(scroll)
            self.form = QFormLayout(body)
            add_rows(self, self.form, self.spec, self.context, body)
            scroll.setWidget(body)
            box.addWidget(scroll, 1)
        else:
            self.form = QFormLayout()
            add_rows(self, self.form, self.spec, self.context, dialog)
            box.addLayout(self.form)
        if self.warns:
            self.warning = add_text(box, "", dialog, "error")
            self.warning.setObjectName("warning")
            self.warning.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            dialog)
        box.addWidget(self.buttons)
        dialog.resize(*self.size)
