"""The integrity check in the background, as the window shows it (issue 21).

After an unclean close a big workspace opens read-only at once and is checked in the
background (:mod:`brobygger.store.deferred_check`). Meanwhile the status bar says so; a save
waits (its dialog stays open, its buttons disabled) and goes through when the check has
passed. When the check finds damage, the window says so plainly: nothing was written in the
file, and what was typed since is still in its window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from brobygger.services.workspaces import Workspace
from brobygger.ui.boxes import MessageBox
from brobygger.ui.i18n import tr as _tr

CHECKING_MS = 0  # shown until the check ends
PASSED_MS = 10_000


def _failed_key(directory: Path | str) -> str:
    return "integrity/failed-" + hashlib.sha256(str(directory).encode()).hexdigest()[:16]


def check_in_background(store: QSettings, directory: Path | str) -> bool:
    """Whether the next open may check in the background: not when the last background
    check of this workspace failed – then the open checks first and refuses the file
    with the recovery dialog, exactly as before."""
    return not bool(store.value(_failed_key(directory), False, type=bool))


def checking_text() -> str:
    return _tr("integrity", "Tjekker arbejdsområdet … Du kan læse og skrive; det, du gemmer, "
                            "bliver gemt, så snart tjekket er bestået.")


class IntegrityWatch(QObject):
    """Shows a running background check in ``window``'s status bar and its end."""

    _ended = Signal(str)

    def __init__(self, window: QMainWindow, ws: Workspace, store: QSettings) -> None:
        super().__init__(window)
        self.window, self.ws, self.store = window, ws, store
        self._ended.connect(self._show_end)
        if ws.integrity == "checking":
            window.statusBar().showMessage(checking_text(), CHECKING_MS)
            ws.on_checked(self._ended.emit)  # on the checking thread: queued to the GUI

    @Slot(str)
    def _show_end(self, state: str) -> None:
        bar = self.window.statusBar()
        if bar.currentMessage() == checking_text():
            bar.clearMessage()
        key = _failed_key(self.ws.directory) if self.ws.path is not None else ""
        if state == "passed":
            if key:
                self.store.remove(key)
            bar.showMessage(_tr("integrity", "Arbejdsområdet er tjekket – alt er i orden."),
                            PASSED_MS)
        elif state == "failed":
            if key:
                self.store.setValue(key, True)
            error = self.ws.integrity_error
            box = MessageBox(QMessageBox.Icon.Critical,
                              _tr("integrity", "Arbejdsområdet er beskadiget"),
                              error.message if error is not None else "", parent=self.window)
            box.setInformativeText(_tr(
                "integrity", "Intet er skrevet i filen, og intet kan gemmes i den. Det, du har "
                             "skrevet siden starten, står stadig i sit vindue. Luk Brobygger, "
                             "og start igen: så kan du gendanne den nyeste gode "
                             "sikkerhedskopi."))
            box.setAccessibleName(_tr("integrity", "Arbejdsområdet er beskadiget"))
            box.open()
