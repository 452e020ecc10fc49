"""The Handlinger tab: the initiative's actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from brobygger.domain.catalogue import ACTION_STATUSES
from brobygger.services import dto
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.common import fit_columns, selected_record, show_error
from brobygger.ui.initiative.tab import Detail, Tab
from brobygger.ui.models import Column, RecordTableModel


class ActionsTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.action_model = RecordTableModel([
            Column(self.tr("Frist"), lambda a: i18n.fmt_date_short(a.due_date),
                   foreground=lambda a: style.OVERDUE if a.is_overdue(date.today()) else None),
            Column(self.tr("Handling"), lambda a: a.title),
            Column(self.tr("Ansvarlig"), lambda a: detail.names.get(a.owner_id, "")),
            Column(self.tr("Status"), lambda a: (  # the same word as on Handlinger
                self.tr("Forfalden") if a.is_overdue(date.today())
                else i18n.label(ACTION_STATUSES, a.status))),
        ], self)
        detail.setup_views([(ui.actionsView, self.action_model, 1)])
        ui.newActionButton.clicked.connect(
            lambda: detail.new_record(dialogs.ActionDialog, initiative=False,
                                      initiative_id=detail.initiative_id()))
        ui.doneActionButton.clicked.connect(self.mark_done)
        self.record_list(ui.actionsView, dialogs.ActionDialog, "actions", lambda a: a.title,
                         ui.editActionButton, ui.deleteActionButton)

    def show(self, data: dict[str, Any]) -> None:
        self.action_model.set_rows(data["actions"])
        fit_columns(self.ui.actionsView)

    def mark_done(self) -> None:
        action: dto.Action | None = selected_record(self.ui.actionsView)
        if action is None:
            return
        self.ctx.tasks.run(lambda: self.ctx.svc.actions.mark_done(action.id), None,
                           lambda exc: show_error(self.widget, exc), write=True)
