"""The keyboard shortcuts that are not menu commands – one source of truth.

The menu commands carry their own shortcuts (Designer's ``mainwindow.ui`` and the actions
added in code); *Hjælp → Tastaturgenveje* reads those from the window. The keys below are
the ones lists, tabs and fields react to: the code that binds them reads them from here, and
the overview lists them from here, so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True, slots=True)
class Keys:
    keys: tuple[str, ...]  # portable key sequences ("Shift+F10")
    where: object  # QT_TRANSLATE_NOOP("shortcuts", …)
    what: object  # QT_TRANSLATE_NOOP("shortcuts", …)

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def label(self) -> str:
        """"Shift+F10 / Menu" in the platform's words."""
        return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                          for k in self.keys)

    def where_text(self) -> str:
        return QCoreApplication.translate("shortcuts", str(self.where))

    def what_text(self) -> str:
        return QCoreApplication.translate("shortcuts", str(self.what))


LIST, TABS, DATE = (QT_TRANSLATE_NOOP("shortcuts", "Lister"),
                    QT_TRANSLATE_NOOP("shortcuts", "Faner"),
                    QT_TRANSLATE_NOOP("shortcuts", "Datofelter"))

DELETE_ROW = Keys(("Del",), LIST, QT_TRANSLATE_NOOP("shortcuts",
                                                    "Slet den valgte række (spørger først)"))
HISTORY_MENU = Keys(("Shift+F10", "Menu"), LIST, QT_TRANSLATE_NOOP(
    "shortcuts", "Menu med historikken for den valgte række"))
NEXT_TAB = Keys(("Ctrl+Tab", "Ctrl+PgDown"), TABS, QT_TRANSLATE_NOOP("shortcuts",
                                                                      "Næste fane"))
PREVIOUS_TAB = Keys(("Ctrl+Shift+Tab", "Ctrl+PgUp"), TABS, QT_TRANSLATE_NOOP(
    "shortcuts", "Forrige fane"))
OPEN_CALENDAR = Keys(("Alt+Down", "F4"), DATE, QT_TRANSLATE_NOOP("shortcuts",
                                                                  "Åbn kalenderen"))
CLEAR_DATE = Keys(("Ctrl+Del",), DATE, QT_TRANSLATE_NOOP("shortcuts",
                                                         "Ryd en valgfri dato"))

OTHER_KEYS: tuple[Keys, ...] = (DELETE_ROW, HISTORY_MENU, NEXT_TAB, PREVIOUS_TAB,
                                OPEN_CALENDAR, CLEAR_DATE)


def matches(keys: Keys, key: int, modifiers: int) -> bool:
    """Does a key press (``event.key()``, ``int(event.modifiers().value)``) match ``keys``?"""
    modifiers &= ~Qt.KeyboardModifier.KeypadModifier.value  # arrows on some keyboards
    pressed = QKeySequence(key | modifiers)
    return any(pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
               for seq in keys.sequences())
