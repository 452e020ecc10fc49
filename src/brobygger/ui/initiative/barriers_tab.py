"""The Barrierer tab: structural barriers, their escalation and what is asked for."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from brobygger.domain.catalogue import BARRIER_STATUSES, BARRIERS, ESCALATION_LEVELS
from brobygger.services import dto
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.common import esc, selected_record
from brobygger.ui.initiative.tab import Detail, Tab, fill_list
from brobygger.ui.models import CENTER, Column, RecordTableModel
from brobygger.ui.render import CSS


class BarriersTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.barriers = RecordTableModel([
            Column(self.tr("Dato"), lambda b: i18n.fmt_date_short(b.assessed_on)),
            Column(self.tr("Barriere"), lambda b: i18n.label(BARRIERS, b.barrier)),
            Column(self.tr("Betydning"), lambda b: b.impact, CENTER,
                   background=lambda b: style.SEVERITY_BG.get(b.impact)),
            Column(self.tr("Eskaleret til"),
                   lambda b: i18n.label(ESCALATION_LEVELS, b.escalation_level)),
            Column(self.tr("Status"), lambda b: i18n.label(BARRIER_STATUSES, b.status)),
            Column(self.tr("Hvad bedes der om"), lambda b: b.ask),
        ], self)
        detail.setup_views([(ui.barriersView, self.barriers, 5)])
        ui.barriersSplitter.setSizes([260, 160])
        ui.newBarrierButton.clicked.connect(lambda: detail.new_record(dialogs.BarrierDialog))
        self.record_list(ui.barriersView, dialogs.BarrierDialog, "barriers",
                         lambda b: self.tr("vurderingen af {b}").format(
                             b=i18n.label(BARRIERS, b.barrier)),
                         ui.editBarrierButton, ui.deleteBarrierButton)
        ui.barriersView.selectionModel().selectionChanged.connect(self._barrier_selected)

    def show(self, data: dict[str, Any]) -> None:
        fill_list(self.ui.barriersView, self.barriers,
                  sorted(data["barriers"], key=lambda b: b.assessed_on, reverse=True))
        self._barrier_selected()

    def _barrier_selected(self, *_args: object) -> None:
        b: dto.BarrierAssessment | None = selected_record(self.ui.barriersView)
        if b is None:
            self.ui.barrierDetail.setHtml(CSS + "<p class='muted'>" + esc(self.tr(
                "Ingen barriere valgt. Tryk »Ny vurdering…« for at registrere en strukturel "
                "barriere og det, der bedes om.")) + "</p>")
            return
        item = BARRIERS.get(b.barrier)
        asked, to_whom = self.tr("Hvad bedes der om"), self.tr("Til hvem")
        self.ui.barrierDetail.setHtml("".join([
            CSS, f"<h3>{esc(item.label(i18n.lang()))}</h3>",
            f"<p class='muted'>{esc(item.description())}</p>",
            f"<p><b>{esc(asked)}:</b> {esc(b.ask) or '–'}</p>",
            f"<p><b>{esc(to_whom)}:</b> {esc(b.ask_to) or '–'} · "
            f"{esc(i18n.label(ESCALATION_LEVELS, b.escalation_level))} · "
            f"{esc(i18n.label(BARRIER_STATUSES, b.status))}</p>"]))
