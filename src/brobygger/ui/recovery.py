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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.errors import BrobyggerError, InputError
from brobygger.services.workspaces import Workspace
from brobygger.ui import boxes
from brobygger.ui.form_setup import add_text
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
        add_text(layout, _tr("recovery",
            "Skriv gendannelsesnøglen ned, eller print den, og gem den et sikkert sted. Den "
            "åbner arbejdsområdet, hvis nøglen på denne computer går tabt – en ny computer, "
            "en geninstallation, en glemt adgangsfrase. Den vises kun denne ene gang."), self)
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
        self.status = add_text(layout, "", self)
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


def secret_dialog(parent: QWidget | None, title: str, text: str) -> QInputDialog:
    """A password field under a wrapped explanation (QInputDialog's label does not wrap)."""
    dlg = QInputDialog(parent)
    dlg.setObjectName("reauthDialog")
    dlg.setWindowTitle(title)
    dlg.setLabelText(text)
    dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
    for label in dlg.findChildren(QLabel):
        label.setWordWrap(True)
        label.setMinimumWidth(420)
    for field in dlg.findChildren(QLineEdit):
        field.setAccessibleName(title)
    return dlg


def _ask_secret(parent: QWidget | None, title: str, text: str) -> str | None:
    dlg = secret_dialog(parent, title, text)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    answer = dlg.textValue()
    return answer if ok and answer else None


# Tests replace this: (parent, title, text) -> the typed password/passphrase or None.
secret_hook: Callable[[QWidget | None, str, str], str | None] = _ask_secret


def reauthenticate(parent: QWidget | None, ws: Workspace) -> bool | None:
    """Before a new recovery key is made (:mod:`brobygger.services.reauth`): the passphrase
    typed again, or – for a keyring workspace – the computer's login password, which the
    operating system checks; the current recovery key is accepted too. Where the computer
    cannot check a password the user is told so plainly and confirms. True: proven;
    False: the answer did not fit; None: cancelled."""
    from brobygger.services import reauth
    from brobygger.ui.common import ask

    assert ws.key is not None and ws.settings is not None
    how = reauth.method(ws.key, ws.settings)
    title = _tr("recovery", "Bekræft, at det er dig")
    if how == reauth.CONFIRM:
        return ask(parent, title, _tr("recovery",
            "Denne computer kan ikke bekræfte din adgangskode over for Brobygger. Nøglen til "
            "arbejdsområdet ligger i styresystemets nøglering og er kun beskyttet af dit "
            "login: den, der er logget ind som dig, kan åbne arbejdsområdet – og altså også "
            "lave en gendannelsesnøgle. Lav kun en ny, hvis det er dig, der sidder ved "
            "computeren."), _tr("recovery", "Det er mig – lav ny nøgle")) or None
    if how == reauth.PASSPHRASE:
        text = _tr("recovery", "Skriv adgangsfrasen til arbejdsområdet igen for at lave en ny "
                               "gendannelsesnøgle (eller skriv den nuværende "
                               "gendannelsesnøgle).")
    else:
        text = _tr("recovery", "Skriv din adgangskode til computeren (brugeren {user}) for at "
                               "lave en ny gendannelsesnøgle. Styresystemet tjekker den; "
                               "Brobygger gemmer den ikke. Du kan også skrive den nuværende "
                               "gendannelsesnøgle.").format(user=reauth.login_name())
    answer = secret_hook(parent, title, text)
    if answer is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:  # the OS takes a few seconds to turn down a wrong password
        return reauth.confirm(ws.directory, ws.key, ws.settings, answer)
    finally:
        QGuiApplication.restoreOverrideCursor()


def make_new_recovery_key(parent: QWidget | None, ws: Workspace) -> str | None:
    """*Vis/lav gendannelsesnøgle*: a new recovery key (the old one stops working)."""
    from brobygger.services.workspaces import make_recovery_key
    from brobygger.ui.common import ask, show_error

    if ws.is_shared or ws.key is None or ws.settings is None:
        boxes.information(parent, _tr("recovery", "Gendannelsesnøgle"), _tr("recovery",
            "Kun et krypteret arbejdsområde på denne computer har en gendannelsesnøgle."))
        return None
    if not ask(parent, _tr("recovery", "Lav en ny gendannelsesnøgle"), _tr("recovery",
            "En ny gendannelsesnøgle erstatter den tidligere, som derefter ikke virker mere."),
            _tr("recovery", "Lav ny nøgle")):
        return None
    proven = reauthenticate(parent, ws)
    if proven is None:
        return None
    if not proven:
        show_error(parent, InputError(_tr("recovery",
            "Det var ikke den rigtige adgangskode, adgangsfrase eller gendannelsesnøgle. Der "
            "er ikke lavet en ny gendannelsesnøgle.")))
        return None
    text = make_recovery_key(ws.directory, ws.key, ws.settings)
    show_hook(parent, text, ws.location)
    return text
