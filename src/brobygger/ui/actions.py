"""Handlinger: open and overdue actions across initiatives; mark done."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from brobygger.domain.catalogue import ACTION_STATUSES
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.common import (
    Context,
    combo_value,
    fill_combo,
    fit_columns,
    fit_combo,
    selected_record,
    setup_table,
    show_error,
)
from brobygger.ui.form_setup import hints, page_form
from brobygger.ui.forms.ui_actionspage import Ui_ActionsPage
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.name_book import name_book
from brobygger.ui.page import PARTY_TABLES, Page
from brobygger.ui.record_table import RecordTable


class ActionsPage(Page):
    tables = PARTY_TABLES | frozenset({"action", "initiative"})
    # »Markér som udført« shows its result itself (the row leaves the open list); the
    # change still reaches every other view.
    skips_own = True

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = page_form(self, Ui_ActionsPage())
        hints(ui.summaryLabel)
        self.names: Mapping[uuid.UUID, str] = {}
        today = date.today
        self.model = RecordTableModel([
            Column(self.tr("Frist"), lambda a: i18n.fmt_date_short(a.due_date) or "–",
                   foreground=lambda a: style.OVERDUE if a.is_overdue(today()) else None),
            Column(self.tr("Handling"), lambda a: a.title),
            Column(self.tr("Initiativ"), lambda a: self.names.get(a.initiative_id, "")),
            Column(self.tr("Ansvarlig"), lambda a: self.names.get(a.owner_id, "")),
            Column(self.tr("Status"), lambda a: (self.tr("Forfalden") if a.is_overdue(today())
                                                 else i18n.label(ACTION_STATUSES, a.status)),
                   foreground=lambda a: style.OVERDUE if a.is_overdue(today()) else None),
        ], self)
        ui.actionsView.setModel(self.model)
        setup_table(ui.actionsView, stretch=1)
        fill_combo(ui.showFilter, [("open", self.tr("Åbne")), ("overdue", self.tr("Forfaldne")),
                                   ("all", self.tr("Alle"))])
        fit_combo(ui.initiativeFilter, 18)
        ui.showFilter.currentIndexChanged.connect(self.refresh)
        ui.initiativeFilter.currentIndexChanged.connect(self.refresh)
        ui.newButton.clicked.connect(
            lambda: dialogs.open_dialog(dialogs.ActionDialog(
                self.ctx, None, self.window(),
                **({"initiative_id": combo_value(ui.initiativeFilter)}
                   if combo_value(ui.initiativeFilter) else {}))))
        ui.doneButton.clicked.connect(self.mark_done)
        self.records = RecordTable(
            self, ctx, ui.actionsView, service="actions",
            open=lambda action: dialogs.open_dialog(
                dialogs.ActionDialog(self.ctx, action, self.window())),
            what=lambda action: self.tr("handlingen »{t}«").format(t=action.title))
        self.records.buttons(ui.editButton, ui.deleteButton, ui.historyButton)

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc
        show = combo_value(self.ui.showFilter)
        initiative_id = combo_value(self.ui.initiativeFilter)
        book = name_book(self.ctx)

        def work() -> dict[str, Any]:
            today = date.today()
            actions = svc.actions.list(initiative_id=initiative_id, open_only=show != "all")
            # the open ones of every initiative are already here: count them, not read twice
            counts = (self._counted(actions, today) if initiative_id is None and show != "all"
                      else self._counts(svc))
            if show == "overdue":
                actions = [a for a in actions if a.is_overdue(today)]
            names = book.with_initiatives(svc)  # shared with the other views, not a copy
            initiatives = svc.initiatives.all()
            return {"actions": actions, "names": names, "initiatives": initiatives,
                    **counts}

        def done(data: dict[str, Any]) -> None:
            if not self.is_current(generation):
                return
            self.names = data["names"]
            fill_combo(self.ui.initiativeFilter,
                       [(i.id, i.name) for i in data["initiatives"]],
                       none_label=self.tr("Alle initiativer"))
            self.model.set_rows(data["actions"])
            fit_columns(self.ui.actionsView, {1: 420, 2: 260})
            self._show_counts(data)

        self.ctx.tasks.run(work, done)

    @staticmethod
    def _counts(svc: Any) -> dict[str, int]:
        return ActionsPage._counted(svc.actions.list(open_only=True), date.today())

    @staticmethod
    def _counted(all_open: list[Any], today: date) -> dict[str, int]:
        return {"open": len(all_open),
                "overdue": sum(1 for a in all_open if a.is_overdue(today))}

    def _show_counts(self, data: dict[str, Any]) -> None:
        if data["open"] == 0:
            self.ui.summaryLabel.setText(self.tr(
                "Ingen åbne handlinger. Opret en handling, når et møde eller en beslutning "
                "kræver, at nogen gør noget."))
        else:
            self.ui.summaryLabel.setText(self.tr("{open}, heraf {overdue}.").format(
                open=i18n.count(data["open"], self.tr("åben handling"),
                                self.tr("åbne handlinger")),
                overdue=i18n.count(data["overdue"], self.tr("forfalden"),
                                   self.tr("forfaldne"))))

    def mark_done(self) -> None:
        action = selected_record(self.ui.actionsView)
        if action is None:
            return
        svc = self.ctx.svc

        def work() -> tuple[Any, dict[str, int]]:
            return svc.actions.mark_done(action.id), self._counts(svc)

        self.ctx.tasks.run(work, self._marked_done, lambda exc: show_error(self, exc),
                           write=True, initiator=self)

    def _marked_done(self, result: tuple[Any, dict[str, int]]) -> None:
        """The page shows its own change (it skips the reload the change would cause): the
        action leaves the list of open ones, or shows its new status under »Alle«."""
        done, counts = result
        keep_done = combo_value(self.ui.showFilter) == "all"
        self.model.set_rows([done if a.id == done.id else a for a in self.model.rows
                             if keep_done or a.id != done.id])
        self._show_counts(counts)

