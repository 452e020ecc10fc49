"""The Overblik tab: purpose, burning platform, period, parties, members and the profile
(formalisation, shared meaning, cornerstones)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from brobygger.domain.catalogue import CORNERSTONES, FORMALISATION, MEANINGS, MEMBER_ROLES, SECTORS
from brobygger.services import dto
from brobygger.ui import dialogs, i18n
from brobygger.ui.charts import LevelBar, ScaleBar
from brobygger.ui.common import esc, fit_columns, paragraphs
from brobygger.ui.initiative.tab import Detail, Tab
from brobygger.ui.models import Column, RecordTableModel


class OverviewTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.member_orgs: dict[Any, str] = {}
        self.parties = RecordTableModel([
            Column(self.tr("Organisation"), lambda p: p.organisation_name),
            Column(self.tr("Sektor"), lambda p: i18n.label(SECTORS, p.sector)),
            Column(self.tr("Rolle"), lambda p: p.role),
        ], self)
        self.members = RecordTableModel([
            Column(self.tr("Navn"), lambda m: m.person_name),
            Column(self.tr("Organisation"), lambda m: self.member_orgs.get(m.person_id, "")),
            Column(self.tr("Titel"), lambda m: m.person_title),
            Column(self.tr("Rolle"), lambda m: i18n.label(MEMBER_ROLES, m.role)),
        ], self)
        detail.setup_views([(ui.partiesView, self.parties, None),
                            (ui.membersView, self.members, None)])
        for view in (ui.partiesView, ui.membersView):
            view.setMinimumHeight(130)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.addPartyButton.clicked.connect(lambda: detail.new_record(dialogs.PartyDialog))
        self.record_list(ui.partiesView, dialogs.PartyDialog, "parties", lambda p: self.tr(
            "»{org}« som part i initiativet (organisationen bliver i kartoteket)").format(
            org=p.organisation_name), ui.editPartyButton, ui.removePartyButton, delete_key=False)
        ui.addMemberButton.clicked.connect(lambda: detail.new_record(dialogs.MemberDialog))
        self.record_list(ui.membersView, dialogs.MemberDialog, "members",
                         lambda m: m.person_name, ui.editMemberButton, ui.removeMemberButton,
                         delete_key=False)

    def show(self, data: dict[str, Any]) -> None:
        ui = self.ui
        summary = data["summary"]
        ini: dto.Initiative = summary.initiative
        # (tr() outside the f-strings: the translation tool cannot read into them)
        purpose, trigger = self.tr("Formål"), self.tr("Brændende platform")
        missing = "<p>" + esc(self.tr("Ikke beskrevet endnu.")) + "</p>"
        ui.purposeLabel.setText(f"<b>{esc(purpose)}</b>" + (paragraphs(ini.purpose) or missing))
        ui.triggerLabel.setText(f"<b>{esc(trigger)}</b>" + (paragraphs(ini.trigger) or missing))
        period = " – ".join(x for x in (i18n.fmt_date(ini.start_date),
                                        i18n.fmt_date(ini.end_date)) if x)
        ui.periodLabel.setText(self.tr("Periode: {p}").format(p=period) if period else "")
        ui.periodLabel.setVisible(bool(period))
        self.parties.set_rows(summary.parties)
        self.member_orgs = data.get("member_orgs", {})
        self.members.set_rows(data["members"])
        self._fill_profile(ini)
        for view in (ui.partiesView, ui.membersView):
            fit_columns(view, cap=190)

    def _fill_profile(self, ini: dto.Initiative) -> None:
        ui = self.ui
        for grid in (ui.formalisationLayout, ui.meaningLayout, ui.cornerstonesLayout):
            while grid.count():
                taken = grid.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
        form_grid: QGridLayout = ui.formalisationLayout
        for row, item in enumerate(FORMALISATION.items):
            name = QLabel(item.label(i18n.lang()))
            name.setToolTip(item.description())
            form_grid.addWidget(name, row, 0)
            form_grid.addWidget(ScaleBar(ini.formalisation.get(item.code), self.tr("samarbejde"),
                                         self.tr("samordning")), row, 1)
        form_grid.setColumnStretch(1, 1)
        form_grid.setRowStretch(len(FORMALISATION.items), 1)
        for layout, catalogue, values in ((ui.meaningLayout, MEANINGS, ini.meaning),
                                          (ui.cornerstonesLayout, CORNERSTONES,
                                           ini.cornerstones)):
            for row, entry in enumerate(catalogue.items):
                name = QLabel(entry.label(i18n.lang()))
                name.setToolTip(entry.description())
                layout.addWidget(name, row, 0)
                value = values.get(entry.code)
                layout.addWidget(LevelBar(value), row, 1)
                layout.addWidget(QLabel(f"{value}/3" if value is not None else "–"), row, 2)
            layout.setColumnStretch(0, 1)
            layout.setRowStretch(len(catalogue.items), 1)
