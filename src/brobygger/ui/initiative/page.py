"""Initiativer: the list of initiatives; opening one shows
:class:`~brobygger.ui.initiative.detail.InitiativeDetail` (one module per tab)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from brobygger.domain.catalogue import INITIATIVE_STATUSES
from brobygger.services import dto
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.common import (
    Context,
    combo_value,
    fill_combo,
    fit_columns,
    setup_table,
)
from brobygger.ui.form_setup import hints, page_form
from brobygger.ui.forms.ui_initiativespage import Ui_InitiativesPage
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.page import Page
from brobygger.ui.record_table import RecordTable

if TYPE_CHECKING:
    from brobygger.ui.initiative.detail import InitiativeDetail


class InitiativesPage(Page):
    """The list of initiatives; opening one shows :class:`InitiativeDetail`."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = page_form(self, Ui_InitiativesPage())
        hints(ui.hint)
        self.names: dict[uuid.UUID, str] = {}
        self.model = RecordTableModel([
            Column(self.tr("Navn"), lambda r: "    " * r["depth"] + ("↳ " if r["depth"] else "")
                   + r["initiative"].name),
            Column(self.tr("Status"), lambda r: i18n.label(INITIATIVE_STATUSES,
                                                           r["initiative"].status),
                   background=lambda r: style.STATUS_BG.get(r["initiative"].status)),
            Column(self.tr("Parter"), lambda r: ", ".join(r["parties"])),
            Column(self.tr("Start"), lambda r: i18n.fmt_date_short(r["initiative"].start_date)),
            Column(self.tr("Formål"), lambda r: r["initiative"].purpose.split("\n")[0]),
        ], self)
        ui.listView.setModel(self.model)
        setup_table(ui.listView, stretch=4)
        fill_combo(ui.statusFilter, i18n.choices(INITIATIVE_STATUSES),
                   none_label=self.tr("Alle"))
        ui.statusFilter.currentIndexChanged.connect(self.refresh)
        self._detail: InitiativeDetail | None = None  # built when first opened
        ui.newButton.clicked.connect(self.new_initiative)
        self.records = RecordTable(
            self, ctx, ui.listView, service="initiatives",
            open=lambda row: self.show_initiative(row["id"]), record=lambda row: row["initiative"],
            what=lambda ini: self.tr("initiativet »{name}«").format(name=ini.name))
        self.records.buttons(ui.openButton, ui.deleteButton)
        ui.listView.activated.connect(lambda _i: self.records.open())

    @property
    def detail(self) -> InitiativeDetail:
        """An initiative's page (its tabs): built the first time one is opened."""
        if self._detail is None:
            from brobygger.ui.initiative.detail import InitiativeDetail

            self._detail = detail = InitiativeDetail(self.ctx, self.ui.detailPage)
            self.ui.detailLayout.addWidget(detail)
            detail.back.connect(self.show_list)
            detail.deleted.connect(self.show_list)
            from brobygger.ui import accessibility

            accessibility.prepare(detail)  # as the page was when it was first shown
        return self._detail

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc
        status = combo_value(self.ui.statusFilter)

        def work() -> list[dict[str, Any]]:
            found = svc.initiatives.list(status=status)
            ids = {i.id for i in found}
            parties: dict[uuid.UUID, list[str]] = {}  # one query, not one per initiative
            for party in svc.parties.all():
                parties.setdefault(party.initiative_id, []).append(party.organisation_name)
            children: dict[uuid.UUID | None, list[dto.Initiative]] = {}
            for ini in found:
                parent = ini.parent_id if ini.parent_id in ids else None
                children.setdefault(parent, []).append(ini)
            rows: list[dict[str, Any]] = []

            def add(parent: uuid.UUID | None, depth: int) -> None:
                for ini in children.get(parent, []):
                    rows.append({"id": ini.id, "initiative": ini, "depth": depth,
                                 "parties": parties.get(ini.id, [])})
                    add(ini.id, depth + 1)

            add(None, 0)
            return rows

        def done(rows: list[dict[str, Any]]) -> None:
            if self.is_current(generation):
                self.model.set_rows(rows)
                fit_columns(self.ui.listView, {0: 380, 2: 260})

        self.ctx.tasks.run(work, done)

    def show_list(self) -> None:
        self.ui.pages.setCurrentIndex(0)
        self.refresh()

    def show_initiative(self, initiative_id: uuid.UUID) -> None:
        self.ui.pages.setCurrentIndex(1)
        self.detail.load(initiative_id)

    def current_initiative_id(self) -> uuid.UUID | None:
        detail = self._detail
        if self.ui.pages.currentIndex() == 1 and detail is not None and \
                detail.initiative is not None:
            return detail.initiative.id
        return None

    def new_initiative(self) -> dialogs.RecordDialog:
        dlg = dialogs.InitiativeDialog(self.ctx, None, self)
        dialogs.open_dialog(dlg, lambda ini: self.show_initiative(ini.id))
        return dlg

__all__ = ["InitiativesPage"]
