"""The main window: navigation, the six views, menus, shortcuts, the banners (example
workspace, no encryption) and the status bar with where the workspace lives.

Replacing the workspace (restore a backup, encrypt it, switch to another or to a shared
one) ends in ``workspace_opened``: the app's shell then builds a new window on it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from brobygger import paths
from brobygger.ui import i18n
from brobygger.ui.boxes import MessageBox
from brobygger.ui.forms.ui_mainwindow import Ui_MainWindow
from brobygger.ui.pagestack import PagesMixin

# The data layer and the pages are imported when a workspace is attached (see
# MainWindow.attach): start-up paints the window first, then loads them.
if TYPE_CHECKING:
    from brobygger.services.unit_of_work import Changes
    from brobygger.services.watch import ChangeWatcher
    from brobygger.services.workspaces import BackupInfo
    from brobygger.ui import dialogs, workspaces
    from brobygger.ui.about import AboutDialog
    from brobygger.ui.common import Context
    from brobygger.ui.connection import ConnectionDialog
    from brobygger.ui.safety import BackupsDialog, EncryptDialog
    from brobygger.ui.small_dialogs import SettingsDialog, TrashDialog

log = logging.getLogger(__name__)

PAGES = ("overview", "initiatives", "log", "directory", "actions", "asks", "briefs",
         "meetings", "myweek", "agreements")
ICONS = ("overview", "initiatives", "log", "people", "actions", "asks", "briefs",
         "meetings", "myweek", "agreements")


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resource_dir() / "icons" / f"{name}.svg"))


class _Relay(QObject):
    """Hands the change watcher's news (its own thread) to the UI thread."""

    arrived = Signal(object)


class MainWindow(PagesMixin, QMainWindow):
    language_changed = Signal(str)
    workspace_opened = Signal(object)  # workspaces.Opened: rebuild the window on it

    def __init__(self, ctx: Context | None = None, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        """The window with its menus and navigation; with ``ctx`` also its pages. Without
        one it is the start-up frame – "Åbner arbejdsområdet …" – until :meth:`attach`."""
        super().__init__(parent)
        # The app sets this: closing then takes the automatic (daily) backup first.
        self.backup_on_close = False
        self._closing = False
        self._keep: list[QWidget] = []  # open dialogs the tests (and Python) keep alive
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setWindowIcon(icon("brobygger"))
        labels = (self.tr("Overblik"), self.tr("Initiativer"), self.tr("Logbog"),
                  self.tr("Personer og organisationer"), self.tr("Handlinger"),
                  self.tr("Anmodninger"), self.tr("Briefs"), self.tr("Møder"),
                  self.tr("Min uge"), self.tr("Aftaler"))
        ui.nav.setIconSize(QSize(22, 22))
        ui.nav.setFixedWidth(205)
        for label, icon_name in zip(labels, ICONS, strict=True):
            item = QListWidgetItem(icon(icon_name), label)
            item.setToolTip(label)
            ui.nav.addItem(item)
        ui.nav.setWordWrap(True)
        ui.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        ui.exampleBanner.setVisible(False)
        ui.encryptionBanner.setVisible(False)
        self.location_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.location_label)
        self._restore_geometry(ctx.settings if ctx is not None else settings)
        if ctx is not None:
            self.attach(ctx)
            return
        self._opening = QLabel(self.tr("Åbner arbejdsområdet …"), self)
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.stack.addWidget(self._opening)
        ui.nav.setEnabled(False)
        self.menuBar().setEnabled(False)

    def attach(self, ctx: Context) -> None:
        """Connect the commands on the open workspace. The views are built when first shown
        (:mod:`brobygger.ui.pagestack`): the start view now, the others on their first visit."""
        from brobygger.ui.common import show_error
        from brobygger.ui.pagestack import LazyPages

        self.ctx = ctx
        ui = self.ui
        opening = getattr(self, "_opening", None)
        if opening is not None:
            ui.stack.removeWidget(opening)
            opening.deleteLater()
            del self._opening
        ui.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.pages = LazyPages(PAGES, ui.stack, self._make_page, self._page_built)
        ui.nav.currentRowChanged.connect(self._show_row)
        ui.nav.currentRowChanged.connect(self._remember_page)
        self._connect_actions()
        from brobygger.ui import profile

        profile.install(self)  # Filer → Min profil…; the profile is the author
        from brobygger.ui import workspace_menu

        workspace_menu.install(self)  # Nyt/Åbn arbejdsområde, the example, recent, Fjern
        from brobygger.ui.import_menu import install_menu  # Filer → Importér eksisterende data

        install_menu(self)
        from brobygger.ui import help as help_menu

        help_menu.install(self)  # Hjælp → Brugervejledning (F1), Tastaturgenveje
        ctx.tasks.failed.connect(lambda exc: show_error(self, exc))
        ctx.tasks.changed.connect(self._update_banner)
        self._show_location()
        self._update_banner()
        page = str(ctx.settings.value("window/page", "overview") or "overview")
        self.show_page(page if page in PAGES else "overview")
        from brobygger.ui.wiring import wire
        wire(self)  # Møder and Min uge: menu, start view, notification (issue 16)
        # notice changes made by others (a second window, a shared workspace)
        self._relay = _Relay(self)
        self._relay.arrived.connect(ctx.tasks.announce)
        self._watcher: ChangeWatcher | None = None
        self._start_watching()
        if getattr(self, "_close_requested", False):
            QTimer.singleShot(0, self.close)

    def _make_page(self, name: str) -> QWidget:
        from brobygger.ui.pagestack import _make

        return self._make_briefs() if name == "briefs" else _make(name, self.ctx)

    def _page_built(self, name: str, page: QWidget) -> None:
        """Connect a view's signals when it is built."""
        if name == "overview":
            overview = self.overview
            overview.open_initiative.connect(self.open_initiative)
            overview.new_initiative.connect(self.new_initiative)
            overview.new_entry.connect(self.new_entry)
            overview.open_directory.connect(lambda: self.show_page("directory"))
            overview.open_example.connect(self.open_example)
            overview.open_entry.connect(self._open_entry)
        from brobygger.ui.wiring import wire_page

        wire_page(self, name, page)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.pages[PAGES[row]]  # built on its first visit
        self.ui.stack.setCurrentIndex(row)

    def _make_briefs(self) -> QWidget:
        from brobygger.ui.briefs import BriefsPage
        return BriefsPage(self.ctx)

    # -- state -----------------------------------------------------------------------------
    def _restore_geometry(self, settings: QSettings | None) -> None:
        geometry = settings.value("window/geometry") if settings is not None else None
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 820)

    def _remember_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.ctx.settings.setValue("window/page", PAGES[row])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not hasattr(self, "ctx"):  # the start-up frame: close once the workspace is open
            self._close_requested = True
            event.ignore()
            return
        ws = self.ctx.svc.ws
        if self.backup_on_close and not self._closing and not ws.is_shared:
            # the automatic backup (at most daily) in the background, then close for real
            self._closing = True
            event.ignore()
            self._stop_watching()
            self.ctx.tasks.wait(15)
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Tager den daglige sikkerhedskopi …"))

            def done(_path: object) -> None:
                self.close()

            def failed(exc: BaseException) -> None:
                log.warning("Automatic backup failed: %s", exc)
                self.close()

            self.ctx.tasks.run(ws.backup_if_due, done, failed)
            return
        self._closing = True
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/page", self.current_page())
        self.ctx.settings.sync()
        self._stop_watching()
        self.ctx.tasks.wait(15)
        super().closeEvent(event)

    def current_page(self) -> str:
        row = self.ui.nav.currentRow()
        return PAGES[row] if 0 <= row < len(PAGES) else "overview"

    def _connect_actions(self) -> None:
        """The menu and toolbar commands of the window."""
        ui = self.ui
        for action, name in ((ui.actionOverview, "overview"),
                             (ui.actionInitiatives, "initiatives"), (ui.actionLog, "log"),
                             (ui.actionDirectory, "directory"), (ui.actionActions, "actions"),
                             (ui.actionBriefs, "briefs")):
            action.triggered.connect(lambda _c=False, n=name: self.show_page(n))
        ui.actionNewEntry.triggered.connect(lambda: self.new_entry())
        ui.actionNewInitiative.triggered.connect(lambda: self.new_initiative())
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionExport.triggered.connect(self.export_brief)
        ui.actionTrash.triggered.connect(self.open_trash)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(lambda: self.about())
        ui.actionOpenShared.triggered.connect(lambda: self.open_shared())
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        ui.actionBackupNow.triggered.connect(self.backup_now)
        ui.actionBackups.triggered.connect(lambda: self.open_backups())
        ui.actionEncrypt.triggered.connect(lambda: self.encrypt_now())
        ui.encryptButton.clicked.connect(lambda: self.encrypt_now())
        ui.actionExportBundle.triggered.connect(lambda: self.export_bundle())
        ui.actionImportBundle.triggered.connect(lambda: self.import_bundle())
        ui.actionExportData.triggered.connect(lambda: self.export_data())

    def show_page(self, name: str) -> QWidget:
        page = self.pages[name]  # built (on its first visit) before it is shown
        self.ui.nav.setCurrentRow(PAGES.index(name))
        return page

    def _update_banner(self, changes: Changes | None = None) -> None:
        """The example banner follows the ``is_example`` setting: read once in the
        background, then from the Changes that set it."""
        if changes is not None and "is_example" in changes.meta:
            self.ui.exampleBanner.setVisible(changes.meta["is_example"] == "1")
        elif changes is None or changes.everything:
            self.ctx.tasks.run(self.ctx.svc.is_example, self.ui.exampleBanner.setVisible)
        unencrypted = self.unencrypted()
        self.ui.encryptionBanner.setVisible(unencrypted)
        self.ui.actionEncrypt.setVisible(unencrypted)

    def unencrypted(self) -> bool:
        """A laptop workspace without encryption (the user chose --no-encryption)."""
        from brobygger.services.workspaces import is_unencrypted

        return is_unencrypted(self.ctx.svc.ws)

    def _show_location(self) -> None:
        from brobygger.ui import workspaces

        ws = self.ctx.svc.ws
        where = workspaces.describe(ws)
        if ws.is_shared:
            text = self.tr("Delt arbejdsområde: {where}").format(where=where)
        else:
            text = self.tr("Arbejdsområde: {where}").format(where=where)
        self.location_label.setText(text)
        self.location_label.setToolTip(text)

    def _start_watching(self) -> None:
        """Notice others' commits (PRAGMA data_version / LISTEN): views reload as if this
        window had written."""
        from brobygger.services.watch import ChangeWatcher

        self._watcher = ChangeWatcher(self.ctx.svc.ws, self._relay.arrived.emit).start()

    def _stop_watching(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    # -- commands ----------------------------------------------------------------------------
    def current_initiative_id(self) -> uuid.UUID | None:
        if self.current_page() == "initiatives":
            return self.initiatives.current_initiative_id()
        return None

    def new_entry(self, **defaults: Any) -> dialogs.RecordDialog:
        from brobygger.ui import dialogs

        initiative_id = self.current_initiative_id()
        if initiative_id is not None:
            defaults.setdefault("initiative_id", initiative_id)
        dlg = dialogs.LogEntryDialog(self.ctx, None, self, **defaults)
        dialogs.open_dialog(dlg)
        return dlg

    def new_initiative(self) -> dialogs.RecordDialog:
        self.show_page("initiatives")
        return self.initiatives.new_initiative()

    def open_initiative(self, initiative_id: uuid.UUID) -> None:
        self.show_page("initiatives")
        self.initiatives.show_initiative(initiative_id)

    def _open_entry(self, entry: Any) -> None:
        if entry is not None:
            self.show_page("log")
            self.log.edit_entry(entry)

    def focus_search(self) -> None:
        self.show_page("log")
        self.log.focus_search()

    def export_brief(self) -> None:
        initiative_id = self.current_initiative_id()
        page = self.show_page("briefs")
        if initiative_id is not None and hasattr(page, "select_initiative"):
            page.select_initiative(initiative_id)

    def open_trash(self) -> TrashDialog:
        from brobygger.ui.small_dialogs import TrashDialog

        dlg = TrashDialog(self.ctx, self)
        dlg.open()
        return dlg

    def open_settings(self) -> SettingsDialog:
        from brobygger.ui.small_dialogs import SettingsDialog

        dlg = SettingsDialog(self.ctx, self)
        dlg.language_changed.connect(self.language_changed)
        dlg.open()
        return dlg

    def about(self) -> AboutDialog:
        from brobygger.ui.about import AboutDialog

        dlg = AboutDialog(self.ctx, self)
        dlg.open()
        return dlg

    # -- workspaces ------------------------------------------------------------------------
    def _keep_alive(self, dlg: QWidget) -> None:
        self._keep = [d for d in self._keep if _alive(d)] + [dlg]

    def open_shared(self, url: str | None = None, connect: bool = False) -> ConnectionDialog:
        """Filer → Åbn delt arbejdsområde…; ``connect`` tries at once (password known)."""
        from brobygger.ui import workspaces
        from brobygger.ui.connection import ConnectionDialog

        recent = workspaces.recent_shared(self.ctx.settings)
        dlg = ConnectionDialog(self.ctx, self, url or (recent[0] if recent else None))
        dlg.opened.connect(lambda opened: self._opened(opened, self.tr(
            "Forbundet til det delte arbejdsområde.")))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.open()
        self._keep_alive(dlg)
        if connect and dlg.validate():
            dlg.connect_to_server()
        return dlg

    def _opened(self, opened: workspaces.Opened, message: str) -> None:
        from brobygger.ui.recovery import show_new_recovery_key

        if not opened.message:
            opened.message = message
        show_new_recovery_key(self, opened.ws)
        self.workspace_opened.emit(opened)

    def _fill_recent(self) -> None:
        from brobygger.ui import workspace_menu

        workspace_menu.fill_recent(self)

    def open_laptop(self, directory: Path) -> None:
        """Switch to the workspace on this computer (its key asked for here, if needed)."""
        from brobygger.ui import workspace_menu

        workspace_menu.open_in_place(self, directory, None, self.tr(
            "Arbejdsområdet på denne computer er åbnet."))

    def _reopen(self, work: Callable[[], Any], text: str,
                on_done: Callable[[Any], workspaces.Opened]) -> None:
        """Close the workspace, run ``work`` (restore, encrypt) in the background with a
        busy dialog, and hand the reopened workspace on."""
        from brobygger.ui.common import show_error

        self._stop_watching()
        self.ctx.tasks.wait(30)
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle("Brobygger")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self._keep_alive(progress)

        def done(result: Any) -> None:
            progress.close()
            self.workspace_opened.emit(on_done(result))

        def failed(exc: BaseException) -> None:
            progress.close()
            self._start_watching()
            show_error(self, exc)

        # Not as a "write": every task has finished, and the write's ``changed`` signal would
        # make this (retiring) window read the replaced file.
        self.ctx.tasks.run(work, done, failed)

    # -- backups and encryption --------------------------------------------------------------
    def backup_now(self) -> None:
        from brobygger.ui.common import show_error
        from brobygger.ui.safety import shared_backup_message

        ws = self.ctx.svc.ws
        message = shared_backup_message(ws)
        if message:
            box = MessageBox(QMessageBox.Icon.Information, self.tr("Sikkerhedskopi"), message,
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self._keep_alive(box)
            return
        self.statusBar().showMessage(self.tr("Tager en sikkerhedskopi …"))

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Sikkerhedskopien er gemt: {path}").format(
                path=path), 10000)

        self.ctx.tasks.run(ws.backup, done, lambda exc: show_error(self, exc), write=True)

    def open_backups(self) -> BackupsDialog:
        from brobygger.ui.safety import BackupsDialog

        dlg = BackupsDialog(self.ctx, self)
        dlg.restore_requested.connect(self.restore_backup)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.open()
        self._keep_alive(dlg)
        return dlg

    def restore_backup(self, info: BackupInfo) -> None:
        """Close the workspace, restore ``info`` (the current state is saved first) and
        reopen it."""
        from brobygger.ui import workspaces

        ws = self.ctx.svc.ws

        def done(result: tuple[workspaces.Opened, Path | None]) -> workspaces.Opened:
            opened, safety = result
            opened.message = self.tr("Sikkerhedskopien er gendannet.") + (
                " " + self.tr("Tilstanden før gendannelsen er gemt som {name}.").format(
                    name=safety.name) if safety is not None else "")
            return opened

        self._reopen(lambda: workspaces.restore_backup(ws, info.path),
                     self.tr("Gendanner sikkerhedskopien …"), done)

    def encrypt_now(self) -> EncryptDialog | None:
        """Kryptér nu…: choose keyring or passphrase, then close, encrypt and reopen."""
        from brobygger.ui import workspaces
        from brobygger.ui.safety import EncryptDialog

        if not self.unencrypted():
            return None
        dlg = EncryptDialog(self)
        ws = self.ctx.svc.ws

        def start() -> None:
            encryption, passphrase = dlg.choice()

            def done(result: tuple[workspaces.Opened, Path]) -> workspaces.Opened:
                opened, safety = result
                opened.message = self.tr(
                    "Arbejdsområdet er nu krypteret. Kopien fra før krypteringen ({name}) og "
                    "ældre sikkerhedskopier i mappen backups er ikke krypterede.").format(
                    name=safety.name)
                return opened

            self._reopen(lambda: workspaces.encrypt_workspace(ws, encryption, passphrase),
                         self.tr("Krypterer arbejdsområdet …"), done)

        dlg.accepted.connect(start)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.open()
        self._keep_alive(dlg)
        return dlg

    # -- exchange ----------------------------------------------------------------------------
    def export_bundle(self) -> QWidget:
        from brobygger.ui import exchange_menu

        current = self.current_initiative_id()
        dlg = exchange_menu.export_to_counterpart(self.ctx, self,
                                                  [current] if current else [])
        self._keep_alive(dlg)
        return dlg

    def import_bundle(self) -> Any:
        from brobygger.ui import exchange_menu

        return exchange_menu.import_from_counterpart(self.ctx, self)

    def export_data(self) -> QWidget:
        from brobygger.ui import exchange_menu

        dlg = exchange_menu.export_data(self.ctx, self, self.current_initiative_id())
        self._keep_alive(dlg)
        return dlg

    def load_example(self) -> None:
        from brobygger.services.demo import load_demo
        from brobygger.ui.common import show_error

        svc = self.ctx.svc
        self.statusBar().showMessage(self.tr("Indlæser eksemplet …"))
        self.ctx.tasks.run(lambda: load_demo(svc),
                           lambda _n: self.statusBar().showMessage(
                               self.tr("Eksemplet er indlæst."), 5000),
                           lambda exc: show_error(self, exc), write=True)

    def open_example(self) -> None:
        """The example in its own workspace and folder, never mixed with the user's data."""
        from brobygger.ui import workspace_menu

        workspace_menu.open_example(self)

    def offer_start(self) -> None:
        """First start with an empty workspace: start empty or open the example."""
        from brobygger.ui.small_dialogs import WelcomeDialog

        svc = self.ctx.svc

        def welcome(needed: bool) -> None:
            if not needed:
                return
            dlg = WelcomeDialog(self)

            def chosen() -> None:
                self.ctx.tasks.run(lambda: svc.set_meta("welcomed", "1"), write=True,
                                   initiator=self)
                if dlg.choice == WelcomeDialog.EXAMPLE:
                    self.open_example()  # its own workspace, beside the user's

            dlg.finished.connect(lambda _r: chosen())
            dlg.open()
            self._welcome = dlg

        self.ctx.tasks.run(lambda: svc.is_empty() and svc.ws.get_meta("welcomed") != "1",
                           welcome)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget) and widget.isVisible()


__all__ = ["MainWindow", "Qt", "i18n"]
