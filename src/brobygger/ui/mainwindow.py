"""The main window: navigation, the six views, menus, shortcuts and the example banner."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from brobygger import __version__, paths
from brobygger.ui import dialogs, i18n
from brobygger.ui.actions import ActionsPage
from brobygger.ui.common import Context, show_error
from brobygger.ui.directory import DirectoryPage
from brobygger.ui.forms.ui_mainwindow import Ui_MainWindow
from brobygger.ui.initiatives import InitiativesPage
from brobygger.ui.logbook import LogPage
from brobygger.ui.overview import OverviewPage
from brobygger.ui.small_dialogs import SettingsDialog, TrashDialog, WelcomeDialog

PAGES = ("overview", "initiatives", "log", "directory", "actions", "briefs")
ICONS = ("overview", "initiatives", "log", "people", "actions", "briefs")
POLL_MS = 5000


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resource_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setWindowIcon(icon("brobygger"))
        self.overview = OverviewPage(ctx)
        self.initiatives = InitiativesPage(ctx)
        self.log = LogPage(ctx)
        self.directory = DirectoryPage(ctx)
        self.actions_page = ActionsPage(ctx)
        self.briefs = self._make_briefs()
        self.pages: dict[str, QWidget] = dict(zip(PAGES, (
            self.overview, self.initiatives, self.log, self.directory, self.actions_page,
            self.briefs), strict=True))
        labels = (self.tr("Overblik"), self.tr("Initiativer"), self.tr("Logbog"),
                  self.tr("Personer og organisationer"), self.tr("Handlinger"),
                  self.tr("Briefs"))
        ui.nav.setIconSize(QSize(22, 22))
        ui.nav.setFixedWidth(205)
        for name, label, icon_name in zip(PAGES, labels, ICONS, strict=True):
            ui.stack.addWidget(self.pages[name])
            item = QListWidgetItem(icon(icon_name), label)
            item.setToolTip(label)
            ui.nav.addItem(item)
        ui.nav.setWordWrap(True)
        ui.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        ui.nav.currentRowChanged.connect(ui.stack.setCurrentIndex)
        ui.nav.currentRowChanged.connect(self._remember_page)
        # actions
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
        ui.actionAbout.triggered.connect(self.about)
        # page signals
        self.overview.open_initiative.connect(self.open_initiative)
        self.overview.new_initiative.connect(self.new_initiative)
        self.overview.new_entry.connect(self.new_entry)
        self.overview.open_directory.connect(lambda: self.show_page("directory"))
        self.overview.open_example.connect(self.load_example)
        self.overview.open_entry.connect(self._open_entry)
        ctx.tasks.failed.connect(lambda exc: show_error(self, exc))
        ctx.tasks.changed.connect(self._update_banner)
        ctx.tasks.changed.connect(self._refresh_token)
        self._update_banner()
        self.statusBar().showMessage(self.tr("Arbejdsområde: {where}").format(
            where=ctx.svc.ws.location))
        self._restore()
        # notice changes made by others (a second window, a shared workspace)
        self._token: str | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_token)
        self._poll.start()
        self._refresh_token()

    def _make_briefs(self) -> QWidget:
        from brobygger.ui.briefs import BriefsPage
        return BriefsPage(self.ctx)

    # -- state -----------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.ctx.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 820)
        page = str(s.value("window/page", "overview") or "overview")
        self.show_page(page if page in PAGES else "overview")

    def _remember_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.ctx.settings.setValue("window/page", PAGES[row])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/page", self.current_page())
        self.ctx.settings.sync()
        self._poll.stop()
        self.ctx.tasks.wait(15)
        super().closeEvent(event)

    def current_page(self) -> str:
        row = self.ui.nav.currentRow()
        return PAGES[row] if 0 <= row < len(PAGES) else "overview"

    def show_page(self, name: str) -> QWidget:
        self.ui.nav.setCurrentRow(PAGES.index(name))
        return self.pages[name]

    def _update_banner(self) -> None:
        self.ui.exampleBanner.setVisible(self.ctx.svc.is_example())

    def _refresh_token(self) -> None:
        def done(token: str) -> None:
            self._token = token
        self.ctx.tasks.run(self.ctx.svc.ws.change_token, done, lambda _e: None)

    def _check_token(self) -> None:
        if self.ctx.tasks.busy:
            return

        def done(token: str) -> None:
            if self._token is not None and token != self._token:
                self._token = token
                self.ctx.tasks.changed.emit()
            self._token = token

        self.ctx.tasks.run(self.ctx.svc.ws.change_token, done, lambda _e: None)

    # -- commands ----------------------------------------------------------------------------
    def current_initiative_id(self) -> uuid.UUID | None:
        if self.current_page() == "initiatives":
            return self.initiatives.current_initiative_id()
        return None

    def new_entry(self, **defaults: Any) -> dialogs.RecordDialog:
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
        dlg = TrashDialog(self.ctx, self)
        dlg.open()
        return dlg

    def open_settings(self) -> SettingsDialog:
        dlg = SettingsDialog(self.ctx, self)
        dlg.language_changed.connect(self.language_changed)
        dlg.open()
        return dlg

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Om Brobygger"), self.tr(
            "<h3>Brobygger {version}</h3><p>Sagsstyring for ledere af tværsektorielle "
            "samarbejder i det danske sundhedsvæsen.</p><p>Rammen – de syv plager, "
            "relationstrappen, hjørnestenene og de strukturelle barrierer – bygger på "
            "<i>Ledelse over grænser</i>.</p><p>Data bliver på denne computer.</p>").format(
            version=__version__))

    def load_example(self) -> None:
        from brobygger.services.demo import load_demo

        svc = self.ctx.svc
        self.statusBar().showMessage(self.tr("Indlæser eksemplet …"))
        self.ctx.tasks.run(lambda: load_demo(svc),
                           lambda _n: self.statusBar().showMessage(
                               self.tr("Eksemplet er indlæst."), 5000),
                           lambda exc: show_error(self, exc), write=True)

    def offer_start(self) -> None:
        """First start with an empty workspace: start empty or open the example."""
        ws = self.ctx.svc.ws
        if not self.ctx.svc.is_empty() or ws.get_meta("welcomed") == "1":
            return
        dlg = WelcomeDialog(self)

        def chosen() -> None:
            self.ctx.tasks.run(lambda: ws.set_meta("welcomed", "1"), write=True)
            if dlg.choice == WelcomeDialog.EXAMPLE:
                self.load_example()

        dlg.finished.connect(lambda _r: chosen())
        dlg.open()
        self._welcome = dlg


__all__ = ["MainWindow", "Qt", "i18n"]
