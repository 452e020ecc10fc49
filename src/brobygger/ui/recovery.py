"""The recovery key (gendannelsesnøgle) in the app: shown once when an encrypted workspace
is created, made anew for an older workspace (after re-authentication), and asked for when
the key on this machine is gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.errors import BrobyggerError, InputError
from brobygger.services.workspaces import Workspace
from brobygger.ui.i18n import tr as _tr


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once: copy it, save it as a PDF to print (with a warning), or
    confirm it is written down."""

    def __init__(self, recovery_key: str, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key, self.location = recovery_key, location
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(_tr("recovery", "Gendannelsesnøgle"))
        self.setAccessibleName(_tr("recovery", "Gendannelsesnøgle"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("recovery",
            "Skriv gendannelsesnøglen ned, eller print den, og gem den et sikkert sted. Den "
            "åbner arbejdsområdet, hvis nøglen på denne computer går tabt – en ny computer, "
            "en geninstallation, en glemt adgangsfrase. Den vises kun denne ene gang."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAccessibleName(_tr("recovery", "Gendannelsesnøglen"))
        layout.addWidget(self.key_label)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(_tr("recovery", "Kopiér"), self)
        self.pdf_button = QPushButton(_tr("recovery", "Gem som PDF til print…"), self)
        self.done_button = QPushButton(_tr("recovery", "Jeg har gemt den"), self)
        for button, role in ((self.copy_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)):
            button.setAccessibleName(button.text().replace("…", ""))
            buttons.addButton(button, role)
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.done_button.setDefault(True)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.status.setText(_tr("recovery",
                                "Kopieret. Sæt den ind et sikkert sted – ikke i en mail."))

    def save_pdf(self) -> Path | None:
        from brobygger.reports.recovery_sheet import write_recovery_sheet
        from brobygger.ui.common import ask, documents_dir, save_path_hook, show_error

        if not ask(self, _tr("recovery", "Gem gendannelsesnøglen som PDF"), _tr("recovery",
                "Den, der har PDF-filen, kan åbne arbejdsområdet. Print den, og slet filen "
                "bagefter."), _tr("recovery", "Gem PDF")):
            return None
        path = save_path_hook(self, _tr("recovery", "Gem gendannelsesnøglen"),
                              documents_dir() / "brobygger-gendannelsesnoegle.pdf",
                              _tr("recovery", "PDF-filer (*.pdf)"))
        if path is None:
            return None
        try:
            write_recovery_sheet(path, self.recovery_key, self.location)
        except BrobyggerError as exc:
            show_error(self, exc)
            return None
        self.status.setText(_tr("recovery", "Gemt i {path}. Print den, og slet filen bagefter.")
                            .format(path=path))
        return path


def _show(parent: QWidget | None, recovery_key: str, location: str) -> None:
    RecoveryKeyDialog(recovery_key, location, parent).exec()


# Tests replace this: (parent, recovery key, location) -> None.
show_hook: Callable[[QWidget | None, str, str], None] = _show


def show_new_recovery_key(parent: QWidget | None, ws: Workspace) -> None:
    """After creating an encrypted workspace: show its recovery key once."""
    text, ws.new_recovery_key = ws.new_recovery_key, None
    if text:
        show_hook(parent, text, ws.location)


def _ask_recovery_key(parent: QWidget | None, reason: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, _tr("recovery", "Gendannelsesnøgle"),
        reason + "\n\n" + _tr("recovery", "Skriv gendannelsesnøglen (fx ABCD-EFGH-…):"),
        QLineEdit.EchoMode.Normal)
    return text.strip() if ok and text.strip() else None


# Tests replace this: (parent, reason) -> recovery key or None.
ask_hook: Callable[[QWidget | None, str], str | None] = _ask_recovery_key


def reauthenticate(parent: QWidget | None, ws: Workspace) -> bool:
    """Before a new recovery key is shown: the key must still be obtainable the way it
    normally is – the passphrase typed again, or the keyring's entry present."""
    from brobygger.services import workspaces
    from brobygger.ui.safety import gui_prompt

    assert ws.key is not None and ws.settings is not None
    kind, secret = workspaces.key_secret(ws.key)
    if ws.settings.encryption == workspaces.KEYRING and kind == "raw":
        return workspaces.keyring_get(ws.settings.workspace_id) == secret
    typed = gui_prompt(parent)(False, _tr("recovery", "Skriv adgangsfrasen igen for at lave en ny "
                                          "gendannelsesnøgle."))
    return typed is not None and typed == secret


def make_new_recovery_key(parent: QWidget | None, ws: Workspace) -> str | None:
    """*Vis/lav gendannelsesnøgle*: a new recovery key (the old one stops working)."""
    from brobygger.services.workspaces import make_recovery_key
    from brobygger.ui.common import ask, show_error

    if ws.is_shared or ws.key is None or ws.settings is None:
        QMessageBox.information(parent, _tr("recovery", "Gendannelsesnøgle"), _tr("recovery",
            "Kun et krypteret arbejdsområde på denne computer har en gendannelsesnøgle."))
        return None
    if not ask(parent, _tr("recovery", "Lav en ny gendannelsesnøgle"), _tr("recovery",
            "En ny gendannelsesnøgle erstatter den tidligere, som derefter ikke virker mere."),
            _tr("recovery", "Lav ny nøgle")):
        return None
    if not reauthenticate(parent, ws):
        show_error(parent, InputError(_tr("recovery",
            "Adgangsfrasen passer ikke. Der er ikke lavet en ny gendannelsesnøgle.")))
        return None
    text = make_recovery_key(ws.directory, ws.key, ws.settings)
    show_hook(parent, text, ws.location)
    return text
