"""Data safety in the app: the backups dialog (back up now, restore), encrypting an
unencrypted workspace, and the start-up recovery when the workspace file is damaged.

Restoring and encrypting replace the database file, so the workspace is closed first and
opened again afterwards (:mod:`brobygger.ui.workspaces`); the main window then rebuilds
itself on the reopened workspace. Nothing here blocks the UI thread with database work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from brobygger.domain.errors import (
    BrobyggerError,
    CorruptWorkspaceError,
    WorkspaceError,
    WrongKeyError,
)
from brobygger.services import workspaces as wss
from brobygger.services.workspaces import BackupInfo, Workspace, workspace_key
from brobygger.ui import i18n, style
from brobygger.ui.common import (
    Context,
    InlineErrors,
    ask,
    error_text,
    fit_columns,
    selected_record,
    setup_table,
)
from brobygger.ui.form_setup import BusyDialog, dialog_form, enlarge, hints, standard_buttons
from brobygger.ui.forms.ui_backupsdialog import Ui_BackupsDialog
from brobygger.ui.forms.ui_encryptdialog import Ui_EncryptDialog
from brobygger.ui.forms.ui_recoverydialog import Ui_RecoveryDialog
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import RIGHT, Column, RecordTableModel
from brobygger.ui.tasks import TaskManager
from brobygger.ui.workspaces import CapturingPrompt

# The backups' reasons (brobygger.store.backup.REASON_LABELS), for the translation.
REASONS = {
    wss.AUTO: QT_TRANSLATE_NOOP("safety", "automatisk"),
    wss.MANUAL: QT_TRANSLATE_NOOP("safety", "manuel"),
    wss.PRE_MIGRATION: QT_TRANSLATE_NOOP("safety", "før opgradering"),
    wss.PRE_IMPORT: QT_TRANSLATE_NOOP("safety", "før import"),
    wss.PRE_RESTORE: QT_TRANSLATE_NOOP("safety", "før gendannelse"),
    wss.PRE_ENCRYPTION: QT_TRANSLATE_NOOP("safety", "før kryptering"),
}



def reason_label(info: BackupInfo) -> str:
    source = REASONS.get(info.reason)
    return _tr("safety", str(source)) if source else info.reason_label


def backup_columns() -> list[Column]:
    return [Column(_tr("safety", "Taget"), lambda b: i18n.fmt_datetime(b.taken_at)),
            Column(_tr("safety", "Hvorfor"), reason_label),
            Column(_tr("safety", "Størrelse"), lambda b: i18n.fmt_size(b.size), RIGHT),
            Column(_tr("safety", "Fil"), lambda b: b.path.name)]


def describe_backup(info: BackupInfo) -> str:
    return _tr("safety", "sikkerhedskopien fra {when} ({reason})").format(
        when=i18n.fmt_datetime(info.taken_at), reason=reason_label(info))


class BackupsDialog(QDialog):
    """The workspace's backups, newest first: take one now, or restore the selected one
    (``restore_requested``; the main window closes, restores and reopens)."""

    restore_requested = Signal(object)  # BackupInfo

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = dialog_form(self, Ui_BackupsDialog())
        hints(ui.intro)
        self.model = RecordTableModel(backup_columns(), self)
        ui.backupsView.setModel(self.model)
        setup_table(ui.backupsView, stretch=3)
        standard_buttons(self, ui.buttons)
        ui.backupNowButton.clicked.connect(self.backup_now)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.folderButton.clicked.connect(self.open_folder)
        ui.backupsView.selectionModel().selectionChanged.connect(self._selected)
        ui.backupsView.doubleClicked.connect(lambda _i: self.restore_selected())
        self.shared_message = shared_backup_message(ctx.svc.ws)
        if self.shared_message:
            ui.intro.setText(self.shared_message)
            style.set_role(ui.intro, "")
            for w in (ui.backupNowButton, ui.restoreButton, ui.folderButton, ui.backupsView,
                      ui.statusLabel):
                w.setEnabled(False)
                w.hide()
            ui.intro.setWordWrap(True)
            self.resize(560, 140)
        else:
            self.reload()
        self._selected()

    def reload(self, select: Path | None = None) -> None:
        directory = self.ctx.svc.ws.directory

        def done(items: list[BackupInfo]) -> None:
            self.model.set_rows(items)
            fit_columns(self.ui.backupsView)
            rows = [i for i, b in enumerate(items) if b.path == select]
            if rows:
                self.ui.backupsView.selectRow(rows[0])
            if not items:
                self.ui.statusLabel.setText(self.tr(
                    "Der er ingen sikkerhedskopier endnu. Tryk »Tag sikkerhedskopi nu«."))
            self._selected()

        self.ctx.tasks.run(lambda: wss.list_backups(directory), done)

    def _selected(self, *_args: object) -> None:
        self.ui.restoreButton.setEnabled(not self.shared_message and
                                         selected_record(self.ui.backupsView) is not None)

    def _status(self, text: str, error: bool = False) -> None:
        style.set_role(self.ui.statusLabel, "error" if error else "")
        self.ui.statusLabel.setText(text)

    def backup_now(self) -> None:
        ws = self.ctx.svc.ws
        self.ui.backupNowButton.setEnabled(False)
        self._status(self.tr("Tager en sikkerhedskopi …"))

        def done(path: Path) -> None:
            self.ui.backupNowButton.setEnabled(True)
            self._status(self.tr("Sikkerhedskopien er gemt: {name}").format(name=path.name))
            self.reload(select=path)

        def failed(exc: BaseException) -> None:
            self.ui.backupNowButton.setEnabled(True)
            self._status(error_text(exc), error=True)

        self.ctx.tasks.run(ws.backup, done, failed, write=True)

    def restore_selected(self) -> None:
        info: BackupInfo | None = selected_record(self.ui.backupsView)
        if info is None or self.shared_message:
            return
        text = self.tr(
            "Arbejdsområdet bliver erstattet af {what}. Ændringer, der er lavet siden, "
            "forsvinder fra arbejdsområdet.\n\nDen nuværende tilstand gemmes først som en ny "
            "sikkerhedskopi (»før gendannelse«), så du kan fortryde.").format(
            what=describe_backup(info))
        if not ask(self, self.tr("Gendan sikkerhedskopi"), text, self.tr("Gendan")):
            return
        self.restore_requested.emit(info)
        self.accept()

    def open_folder(self) -> None:
        folder = wss.backup_dir(self.ctx.svc.ws.directory)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def shared_backup_message(ws: Workspace) -> str:
    """The explanation a shared workspace gives instead of a backup ('' on a laptop)."""
    if not ws.is_shared:
        return ""
    try:
        ws.backup()  # a shared workspace refuses at once, saying who backs it up
    except WorkspaceError as exc:
        return exc.message
    return ""  # pragma: no cover - a shared workspace never backs up here


class EncryptDialog(QDialog):
    """How to encrypt: a key in the OS keyring (default) or a passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None, keyring_usable: bool | None = None
                 ) -> None:
        super().__init__(parent)
        self.ui = ui = dialog_form(self, Ui_EncryptDialog())
        self.errors = InlineErrors(self, ui.errorLabel)
        hints(ui.intro, ui.keyringHint, ui.passphraseHint)
        usable = wss.keyring_usable() if keyring_usable is None else keyring_usable
        if not usable:
            ui.keyringRadio.setEnabled(False)
            ui.keyringHint.setText(self.tr("Der er ingen nøglering på denne computer, så "
                                           "krypteringen skal bruge en adgangsfrase."))
            ui.passphraseRadio.setChecked(True)
        standard_buttons(self, ui.buttons, self.tr("&Kryptér"))
        ui.passphraseRadio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self, *_args: object) -> None:
        on = self.ui.passphraseRadio.isChecked()
        for w in (self.ui.passphrase, self.ui.repeat, self.ui.passphrase_label,
                  self.ui.repeat_label, self.ui.passphraseHint):
            w.setEnabled(on)
        if on:
            self.ui.passphrase.setFocus()

    def choice(self) -> tuple[str | None, str | None]:
        """(encryption for :func:`encrypt_in_place`, passphrase)."""
        if self.ui.passphraseRadio.isChecked():
            return wss.PASSPHRASE, self.ui.passphrase.text()
        return None, None

    def accept(self) -> None:
        self.errors.clear()
        if self.ui.passphraseRadio.isChecked():
            text, again = self.ui.passphrase.text(), self.ui.repeat.text()
            if len(text) < wss.MIN_PASSPHRASE:
                self.errors.show(self.ui.passphrase, self.tr(
                    "Adgangsfrasen er for kort: brug mindst {n} tegn.").format(
                    n=wss.MIN_PASSPHRASE))
                return
            if again != text:
                self.errors.show(self.ui.repeat, self.tr(
                    "De to adgangsfraser er ikke ens. Skriv den samme to gange."))
                return
        super().accept()


# -- start-up recovery ----------------------------------------------------------------------------
class RecoveryDialog(BusyDialog):
    """The workspace cannot be opened (damaged file, or a key that does not fit): what
    happened, and the way out – restore the newest good backup, another one, try the
    passphrase again, or quit. After a restore the workspace is opened here
    (``workspace``, ``message``)."""

    RESTORED, RETRY = 1, 2

    def __init__(self, directory: Path, error: CorruptWorkspaceError, prompt: CapturingPrompt,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory, self.error, self.prompt = directory, error, prompt
        self.ui = ui = Ui_RecoveryDialog()
        ui.setupUi(self)
        self.errors = InlineErrors(self, ui.errorLabel)
        self.tasks = TaskManager(self)
        self.choice = 0
        self.workspace: Workspace | None = None
        self.message = ""
        enlarge(ui.heading, 4)
        ui.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RecordTableModel(backup_columns(), self)
        ui.backupsView.setModel(self.model)
        setup_table(ui.backupsView, stretch=3)
        ui.restoreNewestButton.clicked.connect(self.restore_newest)
        ui.restoreSelectedButton.clicked.connect(self.restore_selected)
        ui.retryButton.clicked.connect(self.retry)
        ui.quitButton.clicked.connect(self.reject)
        ui.backupsView.selectionModel().selectionChanged.connect(self._update_buttons)
        # a passphrase was typed and did not fit: it can be typed again
        ui.retryButton.setVisible(isinstance(error, WrongKeyError) and prompt.last is not None)
        # a restore is never the default answer to a typo; the default button has the
        # focus too (focus on another button would make that one the default for Enter)
        default = ui.retryButton if ui.retryButton.isVisibleTo(self) else \
            ui.restoreNewestButton
        default.setDefault(True)
        default.setFocus()
        self.show_error(error)

    def show_error(self, error: CorruptWorkspaceError) -> None:
        self.error = error
        self.ui.message.setText(error.message)
        backups = [b for b in error.backups if isinstance(b, BackupInfo)]
        self.model.set_rows(backups)
        fit_columns(self.ui.backupsView)
        if backups:
            self.ui.backupsView.selectRow(0)
        else:
            self.ui.question.setText(self.tr(
                "Der er ingen sikkerhedskopier af arbejdsområdet i {folder}.").format(
                folder=wss.backup_dir(self.directory)))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        has = self.model.rowCount() > 0
        selected = selected_record(ui.backupsView)
        ui.restoreNewestButton.setEnabled(has and not self.busy)
        ui.restoreSelectedButton.setEnabled(selected is not None and not self.busy
                                            and selected is not self.model.record(0))
        ui.retryButton.setEnabled(not self.busy)
        ui.quitButton.setEnabled(not self.busy)
        ui.backupsLabel.setVisible(has)
        ui.backupsView.setVisible(has)

    # -- actions ------------------------------------------------------------------------------
    def restore_newest(self) -> None:
        """The newest backup that opens and passes its check (a damaged one is skipped)."""
        self._restore(self.model.rows)

    def restore_selected(self) -> None:
        info = selected_record(self.ui.backupsView)
        if info is not None:
            self._restore([info])

    def retry(self) -> None:
        self.prompt.last = None
        self.choice = self.RETRY
        self.accept()

    def _restore(self, candidates: list[BackupInfo]) -> None:
        if not candidates:
            return
        self.errors.clear()
        if isinstance(self.error, WrongKeyError):
            self.prompt.last = None  # the passphrase that did not fit: ask again
        try:  # the key is found (or asked for) here, on the UI thread
            key, _settings = workspace_key(self.directory, self.prompt)
        except BrobyggerError as exc:
            self.errors.show(None, exc.message)
            return
        directory, reopen = self.directory, self.prompt.replay()

        def work() -> tuple[Workspace, BackupInfo, Path | None]:
            failures: list[BrobyggerError] = []
            for info in candidates:
                try:
                    safety = wss.restore_file(directory, info.path, key)
                except BrobyggerError as exc:  # unreadable or damaged: nothing was changed
                    failures.append(exc)
                    continue
                return Workspace.open(directory, create=False, passphrase=reopen), info, safety
            raise failures[0]

        self.busy = True
        self._update_buttons()
        self.errors.show(None, self.tr("Gendanner sikkerhedskopien og tjekker den …"))
        style.set_role(self.ui.errorLabel, "hint")
        self.tasks.run(work, self._restored, self._failed, write=True)

    def _restored(self, result: tuple[Workspace, BackupInfo, Path | None]) -> None:
        self.busy = False
        self.workspace, info, safety = result
        self.message = self.tr("{what} er gendannet.").format(
            what=describe_backup(info)[:1].upper() + describe_backup(info)[1:])
        if safety is not None:
            self.message += " " + self.tr(
                "Den tidligere fil er gemt som {name} i mappen backups.").format(name=safety.name)
        self.choice = self.RESTORED
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        style.set_role(self.ui.errorLabel, "error")
        self.errors.clear()
        if isinstance(exc, CorruptWorkspaceError):
            self.show_error(exc)
        self.errors.show(None, error_text(exc))
        self._update_buttons()



def recover(directory: Path, error: CorruptWorkspaceError, prompt: CapturingPrompt,
            parent: QWidget | None = None) -> tuple[Workspace, str] | int | None:
    """Show :class:`RecoveryDialog` (modal). Returns the restored workspace and what to
    tell the user, ``RecoveryDialog.RETRY`` to try the passphrase again, or None (quit)."""
    dlg = RecoveryDialog(directory, error, prompt, parent)
    try:
        dlg.exec()
        dlg.tasks.wait(60)
        if dlg.choice == RecoveryDialog.RESTORED and dlg.workspace is not None:
            return dlg.workspace, dlg.message
        if dlg.choice == RecoveryDialog.RETRY:
            return RecoveryDialog.RETRY
        return None
    finally:
        # deleted by Qt on this (the UI) thread: left to Python, a reference cycle let the
        # garbage collector delete it on a worker thread, which crashed Qt
        dlg.deleteLater()


def gui_prompt(parent: QWidget | None) -> CapturingPrompt:
    """Asks for a workspace's passphrase in a dialog (and remembers the answer); a new one
    is typed twice with a strength hint (:mod:`brobygger.ui.passphrase`)."""
    from brobygger.ui import passphrase

    def prompt(new: bool, reason: str) -> str | None:
        return passphrase.ask_hook(parent, new, reason)

    return CapturingPrompt(prompt)
