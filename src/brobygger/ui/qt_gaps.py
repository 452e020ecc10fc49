"""Danish for the texts of Qt's own dialogs that ``qtbase_da.qm`` lacks.

Qt's file dialog asks for "&Look in:" and "Files of &type:" (with their accelerators), its
file list for "Folder" and "Computer", and so on; the shipped Danish catalogue has only some of
them, so a Danish file dialog came out half English. This translator is installed after
``qtbase_da`` in Danish (it is asked first) and answers only for these texts; everything
else falls through to Qt's catalogue. In English Qt's own texts are already English.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

DANISH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Kig i:",
    ("QFileDialog", "Files of &type:"): "Fil&type:",
    ("QFileDialog", "Cancel"): "Annuller",
    ("QFileDialog", "Alias"): "Alias",
    ("QFileDialog", "Confirm Delete"): "Bekræft sletning",
    ("QFileDialog", "Computer"): "Computer",
    ("QFileSystemModel", "Type"): "Type",
    ("QFileSystemModel", "Computer"): "Computer",
    ("QFileSystemModel", "%1 KB"): "%1 KB",
    ("QFileSystemModel", "%1 bytes"): "%1 byte",
    ("QFileSystemModel", "Size"): "Størrelse",
    ("QFileIconProvider", "Folder"): "Mappe",
    ("QFileIconProvider", "Drive"): "Drev",
    ("QFileIconProvider", "File"): "Fil",
    ("QFileIconProvider", "Computer"): "Computer",
    ("QFileIconProvider", "Unknown"): "Ukendt",
    ("QFileIconProvider", "File Folder"): "Filmappe",
    ("QAbstractFileIconProvider", "Folder"): "Mappe",
    ("QAbstractFileIconProvider", "Drive"): "Drev",
    ("QAbstractFileIconProvider", "File"): "Fil",
    ("QAbstractFileIconProvider", "Computer"): "Computer",
    ("QAbstractFileIconProvider", "Unknown"): "Ukendt",
    ("QDialogButtonBox", "&OK"): "&OK",
    ("QDialogButtonBox", "&Save"): "&Gem",
    ("QDialogButtonBox", "Save"): "Gem",
    ("QDialogButtonBox", "Cancel"): "Annuller",
    ("QDialogButtonBox", "&Cancel"): "&Annuller",
    ("QDialogButtonBox", "Open"): "Åbn",
    ("QDialogButtonBox", "Close"): "Luk",
    ("QPlatformTheme", "OK"): "OK",
    ("QGnomeTheme", "&OK"): "&OK",
}


class QtGaps(QTranslator):
    """Answers :data:`DANISH`; no answer (a null string) lets the next catalogue try."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return DANISH.get((context, source))  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False
