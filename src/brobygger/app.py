"""The desktop app's entry point: ``brobygger [--data-dir DIR] [--lang da|en]``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from brobygger import paths
from brobygger.domain.errors import BrobyggerError, WorkspaceError
from brobygger.services import Services
from brobygger.store.lock import WorkspaceLock
from brobygger.store.workspace import Workspace

if TYPE_CHECKING:
    from brobygger.ui.mainwindow import MainWindow

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
    return parser.parse_args(argv)


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Brobygger",
                     "Brobygger")


def passphrase_prompt(parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    def prompt(new: bool, reason: str) -> str | None:
        ask = (QCoreApplication.translate("app", "Vælg en adgangsfrase (mindst 8 tegn):")
               if new else QCoreApplication.translate("app", "Adgangsfrase:"))
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("app", "Adgangsfrase"),
                                        reason + "\n\n" + ask, QLineEdit.EchoMode.Password)
        return text if ok and text else None
    return prompt


def open_workspace(data_dir: str | None) -> tuple[Workspace, WorkspaceLock]:
    directory = paths.data_dir(data_dir)
    lock = WorkspaceLock(directory)
    lock.acquire()
    try:
        ws = Workspace.open(directory, passphrase=passphrase_prompt())
    except BaseException:
        lock.release()
        raise
    return ws, lock


def error_dialog(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("app", "Brobygger kan ikke starte"), message)
    box.setInformativeText(QCoreApplication.translate(
        "app", "Intet er ændret i dine data. Luk vinduet, ret problemet, og start Brobygger "
        "igen."))
    box.exec()


class Shell:
    """Owns the main window; rebuilds it when the language changes."""

    def __init__(self, app: QApplication, ctx: object) -> None:
        self.app, self.ctx = app, ctx
        self.window = self._build()

    def _build(self) -> MainWindow:
        from brobygger.ui.mainwindow import MainWindow
        window = MainWindow(self.ctx)  # type: ignore[arg-type]
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        from brobygger.ui import i18n
        old = self.window
        old.ctx.settings.setValue("window/geometry", old.saveGeometry())
        i18n.install(self.app, lang)
        self.window = self._build()
        self.window.show()
        old.close()
        old.deleteLater()


def main(argv: Sequence[str] | None = None) -> int:
    if "--selftest" in (sys.argv[1:] if argv is None else argv):  # before any window/display
        from brobygger.selftest import main as selftest
        return selftest()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Brobygger")
    app.setOrganizationName("Brobygger")
    app.setApplicationDisplayName("Brobygger")

    from brobygger.ui import i18n, style
    from brobygger.ui.common import Context
    from brobygger.ui.tasks import TaskManager

    store = settings()
    if args.lang:
        store.setValue("language", args.lang)
    i18n.install(app, str(store.value("language", "da") or "da"))
    style.apply(app)
    try:
        ws, lock = open_workspace(args.data_dir)
    except BrobyggerError as exc:
        error_dialog(exc.message)
        return 1
    except OSError as exc:
        error_dialog(str(WorkspaceError(f"Arbejdsområdet kan ikke åbnes: {exc}")))
        return 1
    ctx = Context(svc=Services(ws), tasks=TaskManager(), settings=store)
    shell = Shell(app, ctx)
    shell.window.show()
    shell.window.offer_start()
    try:
        return app.exec()
    finally:
        ctx.tasks.wait(30)
        try:
            ws.backup_if_due()
        except BrobyggerError as exc:
            log.warning("Automatic backup failed: %s", exc.message)
        ws.close()
        lock.release()


if __name__ == "__main__":
    raise SystemExit(main())
