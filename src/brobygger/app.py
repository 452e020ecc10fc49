"""The desktop app's entry point: ``brobygger [--data-dir DIR] [--lang da|en]
[--no-encryption]``.

Start-up opens the laptop workspace (with its single-instance lock); a damaged file offers
the newest good backup (:mod:`brobygger.ui.safety`). :class:`Shell` owns the main window
and rebuilds it when the language changes or another workspace is opened."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from brobygger import paths

# The data layer (SQLAlchemy, SQLCipher, the services) takes about a second to import: it is
# imported after the main window has painted its frame (see main), not here.
if TYPE_CHECKING:
    from brobygger.domain.errors import CorruptWorkspaceError
    from brobygger.services.workspaces import CapturingPrompt, Opened, Workspace, WorkspaceLock
    from brobygger.ui.common import Context
    from brobygger.ui.mainwindow import MainWindow
    from brobygger.ui.tasks import TaskManager

log = logging.getLogger("brobygger")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="brobygger",
        description="Brobygger – sagsstyring for ledere af tværsektorielle samarbejder.")
    parser.add_argument("--data-dir", metavar="MAPPE",
                        help="arbejdsområdets mappe (ellers $BROBYGGER_DATA_DIR eller "
                             "brugerens datamappe)")
    parser.add_argument("--lang", choices=("da", "en"),
                        help="sprog i brugerfladen (da eller en); gemmes i indstillingerne")
    parser.add_argument("--no-encryption", action="store_true",
                        help="opret et NYT arbejdsområde uden kryptering (frarådes; appen "
                             "viser en advarsel, så længe det er ukrypteret)")
    return parser.parse_args(argv)


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Brobygger",
                     "Brobygger")


def passphrase_prompt(parent: QWidget | None = None) -> CapturingPrompt:
    """Asks for the passphrase in a dialog; remembers the answer (see CapturingPrompt)."""
    from brobygger.services.workspaces import CapturingPrompt
    from brobygger.ui import passphrase

    def prompt(new: bool, reason: str) -> str | None:  # typed twice when new (ui.passphrase)
        return passphrase.ask_hook(parent, new, reason)
    return CapturingPrompt(prompt)


class StartCancelled(Exception):
    """The user chose to quit instead of restoring a backup."""


def _recover(directory: Path, error: CorruptWorkspaceError, prompt: CapturingPrompt
             ) -> tuple[Workspace, str] | int | None:
    from brobygger.ui.safety import recover

    return recover(directory, error, prompt)


# Tests may replace this: (directory, error, prompt) -> (ws, message) | RETRY | None.
recovery_hook = _recover


def open_workspace(data_dir: str | None, encryption: str | None = None, *,
                   tasks: TaskManager | None = None) -> tuple[Workspace, WorkspaceLock, str]:
    """Open the laptop workspace under its lock. A damaged file (or a key that does not
    fit) shows the recovery dialog. Returns the workspace, the lock and a message for the
    status bar (what was restored).

    With ``tasks`` the opening itself (migrations, integrity check, decryption) runs on
    the task runner while the window keeps painting; the dialogs stay on the UI thread."""
    from brobygger.domain.errors import (
        CorruptWorkspaceError,
        KeyUnavailableError,
        LostWorkspaceError,
        WrongKeyError,
    )
    from brobygger.services.workspaces import Workspace, WorkspaceLock, has_recovery
    from brobygger.ui import passphrase
    from brobygger.ui.recovery import ask_hook as recovery_ask_hook
    from brobygger.ui.recovery import show_new_recovery_key
    from brobygger.ui.safety import RecoveryDialog
    from brobygger.ui.tasks import GuiCaller

    directory = paths.data_dir(data_dir)
    lock = WorkspaceLock(directory)
    lock.acquire()
    caller = GuiCaller() if tasks is not None else None
    try:
        prompt = passphrase_prompt()
        # asked from the worker that opens the workspace, answered on the UI thread
        asking = caller.wrap(prompt) if caller is not None and prompt is not None else prompt
        recovery_key: str | None = None
        # after an unclean close, a big file is checked in the background (ui.integrity)
        from brobygger.ui.integrity import check_in_background
        background = tasks is not None and check_in_background(settings(), directory)
        while True:
            try:
                def opening(key: str | None = recovery_key) -> Workspace:
                    return Workspace.open(directory, encryption=encryption, passphrase=asking,
                                          recovery_key=key, check_in_background=background)

                ws = tasks.run_and_wait(opening) if tasks is not None else opening()
                show_new_recovery_key(None, ws)
                return ws, lock, " ".join(ws.notices)
            except KeyUnavailableError as exc:
                # the key on this machine is gone: the recovery key opens the workspace
                if recovery_key is None and has_recovery(directory):
                    recovery_key = recovery_ask_hook(None, exc.message)
                    if recovery_key:
                        continue
                raise
            except CorruptWorkspaceError as exc:
                # a lost database is shown in the recovery dialog even with no backup to
                # offer: it says what happened and that nothing new was made
                if not exc.backups and not isinstance(exc, WrongKeyError | LostWorkspaceError):
                    raise
                if isinstance(exc, WrongKeyError) and prompt.last is not None:
                    # a typo is the likely cause: »Forkert adgangsfrase«, Prøv igen first
                    answer = passphrase.wrong_hook(None, bool(exc.backups))
                    if answer == passphrase.RETRY:
                        prompt.last = None
                        continue
                    if answer == passphrase.QUIT:
                        raise StartCancelled() from exc
                outcome = recovery_hook(directory, exc, prompt)
                if outcome == RecoveryDialog.RETRY:
                    prompt.last = None
                    continue
                if not isinstance(outcome, tuple):
                    raise StartCancelled() from exc
                ws, message = outcome
                return ws, lock, message
    except BaseException:
        lock.release()
        raise


def error_dialog(message: str) -> None:
    from brobygger.ui.boxes import MessageBox

    box = MessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("app", "Brobygger kan ikke starte"), message)
    box.setInformativeText(QCoreApplication.translate(
        "app", "Intet er ændret i dine data. Luk vinduet, ret problemet, og start Brobygger "
        "igen."))
    box.exec()


class Shell:
    """Owns the main window and the open workspace (with its lock); rebuilds the window
    when the language changes or another workspace is opened (a restored or encrypted
    one, another laptop workspace, a shared one)."""

    def __init__(self, app: QApplication, ctx: Context, lock: WorkspaceLock | None = None,
                 *, backup_on_close: bool = False, window: MainWindow | None = None) -> None:
        """``window``: the start-up frame, to be attached to ``ctx`` (else a new window)."""
        self.app, self.ctx, self.lock = app, ctx, lock
        self.backup_on_close = backup_on_close
        self._retired: list[tuple[Context, MainWindow]] = []
        if not ctx.svc.ws.is_shared:
            from brobygger.ui.workspaces import remember_laptop

            remember_laptop(ctx.settings, ctx.svc.ws.directory)
        if window is not None:
            window.attach(ctx)
        self.window = self._build(window)

    def _build(self, window: MainWindow | None = None) -> MainWindow:
        from brobygger.ui.mainwindow import MainWindow
        window = window if window is not None else MainWindow(self.ctx)
        window.backup_on_close = self.backup_on_close
        window.language_changed.connect(self.switch_language)
        window.workspace_opened.connect(self.switch_workspace)
        return window

    def _retire(self, old: MainWindow) -> None:
        old.ctx.settings.setValue("window/geometry", old.saveGeometry())
        old.backup_on_close = False
        old.close()
        old.deleteLater()

    def switch_language(self, lang: str) -> None:
        from brobygger.ui import i18n
        old = self.window
        old.ctx.settings.setValue("window/geometry", old.saveGeometry())
        i18n.install(self.app, lang)
        self.window = self._build()
        self.window.show()
        self._retire(old)

    def switch_workspace(self, opened: Opened) -> None:
        """Show ``opened``: a new window (and task runner) on it; the old workspace is
        closed – after its automatic backup – and its lock released."""
        from brobygger.services import Services
        from brobygger.ui.common import Context
        from brobygger.ui.tasks import TaskManager
        from brobygger.ui.workspaces import remember_laptop

        old, old_ctx, old_lock = self.window, self.ctx, self.lock
        old_ws = old_ctx.svc.ws
        old_ctx.tasks.wait(30)
        self.ctx = Context(svc=Services(opened.ws), tasks=TaskManager(),
                           settings=old_ctx.settings, extra=dict(old_ctx.extra))
        if not opened.same_place:
            self.lock = opened.lock
        if not opened.ws.is_shared:
            remember_laptop(self.ctx.settings, opened.ws.directory)
        self.window = self._build()
        self.window.show()
        if opened.message:
            self.window.statusBar().showMessage(opened.message, 30000)
        self._retire(old)
        if opened.same_place:  # the operation closed and reopened the same workspace
            return
        retired = (old_ctx, old)
        self._retired.append(retired)

        def finish(_result: object = None) -> None:
            old_ws.close()
            if old_lock is not None:
                old_lock.release()
            if retired in self._retired:
                self._retired.remove(retired)

        def failed(exc: BaseException) -> None:
            log.warning("Automatic backup of the previous workspace failed: %s", exc)
            finish()

        if self.backup_on_close and not old_ws.is_shared:
            old_ctx.tasks.run(old_ws.backup_if_due, finish, failed)
        else:
            finish()

    def shutdown(self) -> None:
        """After the event loop: let work finish, then close the workspace."""
        from brobygger.domain.errors import BrobyggerError

        self.window.backup_on_close = False
        self.ctx.tasks.wait(30)
        for ctx, _window in list(self._retired):
            ctx.tasks.wait(30)
        ws = self.ctx.svc.ws
        if self.backup_on_close:
            try:
                ws.backup_if_due()  # when the window could not take it (normally a no-op)
            except BrobyggerError as exc:
                log.warning("Automatic backup failed: %s", exc.message)
        ws.close()
        if self.lock is not None:
            self.lock.release()


def main(argv: Sequence[str] | None = None) -> int:
    if "--selftest" in (sys.argv[1:] if argv is None else argv):  # before any window/display
        from brobygger.selftest import main as selftest
        return selftest()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    gc.disable()  # until the window is built (below): start-up makes few cycles
    from brobygger.ui import feature_check

    feature_check.install()  # PySide6 would read (and keep) the source of every import
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Brobygger")
    app.setOrganizationName("Brobygger")
    app.setApplicationDisplayName("Brobygger")

    from brobygger.ui import appearance, i18n
    from brobygger.ui.mainwindow import MainWindow

    store = settings()
    if args.lang:
        store.setValue("language", args.lang)
    i18n.install(app, str(store.value("language", "da") or "da"))
    appearance.apply(app, str(store.value("appearance/contrast", "system") or "system"))
    # Paint the window at once ("Åbner arbejdsområdet …"); then load the data layer and open
    # the workspace (dialogs for a passphrase or a damaged file appear over it).
    frame = MainWindow(settings=store)
    frame.show()
    frame.repaint()
    app.processEvents()

    from brobygger.domain.errors import BrobyggerError, WorkspaceError
    from brobygger.services import Services
    from brobygger.services.workspaces import NONE
    from brobygger.ui.common import Context
    from brobygger.ui.tasks import TaskManager

    tasks = TaskManager()  # the workspace opens on it: the frame keeps painting meanwhile
    try:
        ws, lock, message = open_workspace(args.data_dir, NONE if args.no_encryption else None,
                                           tasks=tasks)
    except (StartCancelled, BrobyggerError, OSError) as exc:
        gc.enable()
        frame.hide()
        if isinstance(exc, BrobyggerError):
            error_dialog(exc.message)
        elif isinstance(exc, OSError):
            error_dialog(str(WorkspaceError(f"Arbejdsområdet kan ikke åbnes: {exc}")))
        frame.deleteLater()
        return 1
    ctx = Context(svc=Services(ws), tasks=tasks, settings=store)
    shell = Shell(app, ctx, lock, backup_on_close=True, window=frame)
    # What start-up made (the imported stack, the open workspace, the window) lives as long
    # as the app: kept out of the garbage collector's full passes, which otherwise traverse
    # it all – ~100 ms each, holding the interpreter lock while the window waits.
    gc.freeze()
    gc.enable()
    if message:
        shell.window.statusBar().showMessage(message, 60000)
    from brobygger.ui import integrity, profile

    integrity.IntegrityWatch(shell.window, ws, store)  # a background check, if one runs

    def then() -> None:
        from brobygger.ui import drafts

        shell.window.offer_start()
        drafts.offer_saved(shell.window)  # a log entry left unsaved by a crash

    profile.ask_at_first_start(shell.window, then)
    try:
        return app.exec()
    finally:
        shell.shutdown()


if __name__ == "__main__":
    raise SystemExit(main())
