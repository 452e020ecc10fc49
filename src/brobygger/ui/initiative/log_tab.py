"""The Log tab: this initiative's log entries and the selected entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from brobygger.ui import dialogs
from brobygger.ui.common import fit_columns, selected_record
from brobygger.ui.initiative.tab import Detail, Tab, select_row
from brobygger.ui.models import LogTableModel
from brobygger.ui.render import entry_html


class LogTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.log = LogTableModel(self.ctx.svc, self, run=self.ctx.tasks.run)
        detail.setup_views([(ui.logView, self.log, None)])
        ui.logView.setColumnHidden(3, True)  # the initiative is this one
        ui.logSplitter.setSizes([280, 200])
        ui.newEntryButton.clicked.connect(
            lambda: detail.new_record(dialogs.LogEntryDialog, initiative=False,
                                      initiative_id=detail.initiative_id()))
        self.record_list(ui.logView, dialogs.LogEntryDialog, "log", lambda e: e.title,
                         ui.editEntryButton, ui.deleteEntryButton)
        ui.logView.selectionModel().selectionChanged.connect(self._entry_selected)

    def show(self, data: dict[str, Any]) -> None:
        ui = self.ui
        self.log.set_ids(data["log_ids"], self.detail.names)
        fit_columns(ui.logView)
        ui.logView.horizontalHeader().resizeSection(2, 320)
        if not ui.logView.selectionModel().hasSelection():
            select_row(ui.logView, 0)
        self._entry_selected()

    def _entry_selected(self, *_args: object) -> None:
        self.ui.entryDetail.setHtml(entry_html(selected_record(self.ui.logView),
                                               self.detail.names))
