"""Qt's own file dialog speaks the app's language (issue 18, 9): every label, button, column
and the type of a folder in Danish when the app is Danish, in English when it is English;
the app uses Qt's dialog, not the platform's (which follows the system's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView

from brobygger.ui import i18n
from tests.ui.conftest import shoot

LABELS = (QFileDialog.DialogLabel.LookIn, QFileDialog.DialogLabel.FileName,
          QFileDialog.DialogLabel.FileType, QFileDialog.DialogLabel.Accept,
          QFileDialog.DialogLabel.Reject)


def _open(qtbot, folder) -> tuple[QFileDialog, list[str], str]:
    dlg = QFileDialog(None, "Brobygger", str(folder), "PDF (*.pdf)")
    qtbot.addWidget(dlg)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.resize(800, 500)
    dlg.show()
    model = dlg.findChild(QFileSystemModel)
    tree = dlg.findChild(QTreeView, "treeView")
    dlg.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) > 0)
    heads = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)]
    kind = str(model.index(str(folder / "Referater")).siblingAtColumn(2).data())
    assert tree is not None
    return dlg, [dlg.labelText(label) for label in LABELS] + heads, kind


def test_the_file_dialog_is_danish_or_english_as_chosen(qapp, qtbot, tmp_path):
    (tmp_path / "Referater").mkdir()
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dlg, texts, kind = _open(qtbot, tmp_path)
    assert texts == ["&Kig i:", "&Filnavn:", "Fil&type:", "&Gem", "Annuller",
                     "Navn", "Størrelse", "Type", "Ændringsdato"]
    assert kind == "Mappe"
    shoot(dlg, "file-dialog-da")
    dlg.close()
    i18n.install(qapp, "en")
    try:
        dlg, texts, kind = _open(qtbot, tmp_path)
        assert texts == ["&Look in:", "File &name:", "Files of &type:", "&Save", "Cancel",
                         "Name", "Size", "Type", "Date Modified"]
        assert kind == "Folder"
        shoot(dlg, "file-dialog-en")
        dlg.close()
    finally:
        i18n.install(qapp, "da")
