"""Rows of a code-built form from a spec: ``(attribute, label, kind)`` → a named, labelled,
accessible widget set on the owner (the shape of a compiled ``setupUi``). One builder for
the asks' and the agreements' dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)

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
