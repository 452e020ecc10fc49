"""One initiative: the header, loading in the background, and the seven tabs (one module
each) that show it."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import QTableView, QWidget

from brobygger.domain import rules
from brobygger.domain.catalogue import BARRIERS, INITIATIVE_STATUSES
from brobygger.services import LogFilter, dto
from brobygger.services.person_choices import member_organisations
from brobygger.services.unit_of_work import Changes
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.common import (
    Context,
    confirm_delete,
    on_delete_key,
    selected_record,
    setup_table,
    show_error,
)
from brobygger.ui.forms.ui_initiativedetail import Ui_InitiativeDetail
from brobygger.ui.history import add_history_menu, open_history
from brobygger.ui.initiative.actions_tab import ActionsTab
from brobygger.ui.initiative.asks_tab import AsksTab, ReadinessTab, load_extra
from brobygger.ui.initiative.barriers_tab import BarriersTab
from brobygger.ui.initiative.log_tab import LogTab
from brobygger.ui.initiative.overview_tab import OverviewTab
from brobygger.ui.initiative.plagues_tab import PlaguesTab
from brobygger.ui.initiative.relations_tab import RelationsTab
from brobygger.ui.initiative.results_tab import ResultsTab
from brobygger.ui.initiative.tab import Tab
from brobygger.ui.name_book import name_book


class InitiativeDetail(QWidget):
    """One initiative. ``load(id)`` reads everything in the background."""

    back = Signal()
    deleted = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_InitiativeDetail()
        ui.setupUi(self)
        self.initiative: dto.Initiative | None = None
        self.names: Mapping[uuid.UUID, str] = {}
        self._generation = 0
        style.set_role(ui.nameLabel, "title")
        from brobygger.ui.columns import elide_label

        elide_label(ui.nameLabel)  # a long name ends in "…" with the whole name as tooltip
        ui.headerLayout.setAlignment(ui.statusLabel, Qt.AlignmentFlag.AlignVCenter)
        for hint in (ui.relationsHint, ui.plaguesHint, ui.barriersHint, ui.stageLabel):
            style.set_role(hint, "hint")
        self.overview_tab = OverviewTab(self)
        self.relations_tab = RelationsTab(self)
        self.plagues_tab = PlaguesTab(self)
        self.barriers_tab = BarriersTab(self)
        self.results_tab = ResultsTab(self)
        self.log_tab = LogTab(self)
        self.actions_tab = ActionsTab(self)
        self.asks_tab = AsksTab(self)
        self.readiness_tab = ReadinessTab(self)
        self.tabs: list[Tab] = [self.overview_tab, self.relations_tab, self.plagues_tab,
                                self.barriers_tab, self.results_tab, self.log_tab,
                                self.actions_tab, self.asks_tab, self.readiness_tab]
        self._unshown: list[Tab] = []  # tabs still to be filled with _tab_data
        self._tab_data: dict[str, Any] = {}
        ui.tabs.currentChanged.connect(self._tab_opened)
        ui.backButton.clicked.connect(self.back)
        ui.editButton.clicked.connect(self.edit_initiative)
        ui.deleteButton.clicked.connect(self.delete_initiative)
        ui.historyButton.clicked.connect(self.show_history)
        for view, describe in self._history_views():
            add_history_menu(view, ctx, describe)
        ctx.tasks.changed.connect(self._changed)

    # -- what the tabs use -----------------------------------------------------------------
    def setup_views(self, views: Sequence[tuple[QTableView, QAbstractItemModel, int | None]]
                    ) -> None:
        for view, model, stretch in views:
            view.setModel(model)
            setup_table(view, stretch=stretch)

    def edit_on_double_click(self, view: QTableView, cls: type[dialogs.RecordDialog]) -> None:
        view.doubleClicked.connect(lambda _i: self.edit_selected(view, cls))

    def delete_on_key(self, view: QTableView, service: str,
                      describe: Callable[[Any], str]) -> None:
        on_delete_key(view, functools.partial(self.delete_selected, view, service, describe))

    def initiative_id(self) -> uuid.UUID | None:
        return self.initiative.id if self.initiative else None

    def new_record(self, cls: type[dialogs.RecordDialog], initiative: bool = True,
                   **defaults: Any) -> dialogs.RecordDialog | None:
        if self.initiative is None:
            return None
        if initiative:
            defaults.setdefault("initiative_id", self.initiative.id)
        dlg = cls(self.ctx, None, self, **defaults)
        dialogs.open_dialog(dlg)
        return dlg

    def edit_selected(self, view: QTableView, cls: type[dialogs.RecordDialog]) -> None:
        record = selected_record(view)
        if record is None:
            return
        dialogs.open_dialog(cls(self.ctx, record, self))

    def delete_selected(self, view: QTableView, service: str,
                        describe: Callable[[Any], str]) -> None:
        record = selected_record(view)
        if record is None or not confirm_delete(self, describe(record)):
            return
        svc = getattr(self.ctx.svc, service)
        self.ctx.tasks.run(lambda: svc.delete(record.id, expected_version=record.version), None,
                           lambda exc: show_error(self, exc), write=True)

    # -- history ---------------------------------------------------------------------------
    def _history_views(self) -> list[tuple[QTableView, Callable[[Any], Any] | None]]:
        ui = self.ui

        def dated(what: str, date_of: Callable[[Any], date]) -> Callable[[Any], Any]:
            return lambda r: (r.id, self.tr("{what} fra {date}").format(
                what=what, date=i18n.fmt_date(date_of(r)))) if r is not None else None

        return [
            (ui.partiesView, None), (ui.membersView, None), (ui.logView, None),
            (ui.actionsView, None), (ui.indicatorsView, None),
            (ui.assessmentsView, dated(self.tr("Relationsvurdering"),
                                       lambda a: a.assessed_on)),
            (ui.barriersView, lambda b: (b.id, i18n.label(BARRIERS, b.barrier)) if b else None),
            (ui.measurementsView, dated(self.tr("Måling"), lambda m: m.measured_on)),
            (ui.plagueMatrixView, self.plagues_tab.history_target),
        ]

    def show_history(self) -> None:
        if self.initiative is not None:
            open_history(self.ctx, self.window(), self.initiative.id, self.initiative.name)

    # -- loading ----------------------------------------------------------------------------
    def _changed(self, changes: Changes | None = None) -> None:
        # another initiative's entries (another user's save, named in its notice) do not
        # reload this one
        if self.initiative is not None and self.isVisible() and (
                changes is None or changes.concerns(self.initiative.id)):
            self.load(self.initiative.id)

    def load(self, initiative_id: uuid.UUID) -> None:
        self._generation += 1
        generation = self._generation
        svc = self.ctx.svc
        book = name_book(self.ctx)

        def work() -> dict[str, Any]:
            names = book.with_initiatives(svc)  # shared with the other views, not a copy
            summary = svc.overview.summary(initiative_id, names=names)
            indicators = svc.indicators.list(initiative_id)
            members = svc.members.list(initiative_id=initiative_id)
            return {
                "summary": summary, "names": names, "members": members,
                "member_orgs": member_organisations(svc, members),
                "plagues": svc.plagues.list(initiative_id),
                "barriers": svc.barriers.list(initiative_id),
                "indicators": indicators,
                "measurements": {i.id: svc.measurements.list(i.id, with_parties=True)
                                 for i in indicators},
                "log_ids": svc.log.ids(LogFilter(initiative_id=initiative_id)),
                "actions": svc.actions.list(initiative_id=initiative_id),
                **load_extra(svc, initiative_id),
            }

        def done(data: dict[str, Any]) -> None:
            if generation == self._generation:
                self.show_data(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self, exc)
                self.back.emit()

        self.ctx.tasks.run(work, done, failed)

    def show_data(self, data: dict[str, Any]) -> None:
        summary = data["summary"]
        ini: dto.Initiative = summary.initiative
        first = self.initiative is None or self.initiative.id != ini.id
        self.initiative = ini
        self.names = data["names"]
        self._show_header(summary)
        if first:
            self.ui.tabs.setCurrentIndex(0)
        # the open tab now, each other one when it is first opened (filling all nine, even
        # a few per turn of the event loop, blocked the window ~60 ms per turn on a big
        # initiative while the user looked at one tab)
        tabs = list(self.tabs)
        current = self.ui.tabs.currentIndex()
        if len(tabs) == self.ui.tabs.count() and 0 <= current < len(tabs):
            tabs.insert(0, tabs.pop(current))
        self._unshown, self._tab_data = tabs[1:], data
        tabs[0].show(data)

    def _tab_opened(self, index: int) -> None:
        if len(self.tabs) == self.ui.tabs.count() and 0 <= index < len(self.tabs) and \
                self.tabs[index] in self._unshown:
            self._unshown.remove(self.tabs[index])
            self.tabs[index].show(self._tab_data)

    def _show_header(self, summary: Any) -> None:
        ui = self.ui
        ini: dto.Initiative = summary.initiative
        from brobygger.ui.columns import set_elided_text

        set_elided_text(ui.nameLabel, ini.name)
        ui.statusLabel.setText(i18n.label(INITIATIVE_STATUSES, ini.status))
        ui.statusLabel.setStyleSheet(f"background:{style.STATUS_BG.get(ini.status, '#eee')};"
                                     "border-radius:8px; padding:2px 10px;")
        if summary.pairs:
            ui.stageLabel.setText(" · ".join([
                self.tr("Relationstrin (svageste relation): {stage}").format(
                    stage=rules.stage_label(summary.stage, i18n.lang())),
                i18n.count(len(summary.pairs), self.tr("vurderet relation"),
                           self.tr("vurderede relationer")),
                i18n.count(len(summary.active_plagues), self.tr("aktiv plage"),
                           self.tr("aktive plager")),
                i18n.count(len(summary.open_escalations), self.tr("åben anmodning"),
                           self.tr("åbne anmodninger"))]))
        else:
            ui.stageLabel.setText(self.tr("Relationerne er ikke vurderet endnu – se fanen "
                                          "Relationer."))

    # -- the initiative itself ----------------------------------------------------------------
    def edit_initiative(self) -> None:
        if self.initiative is not None:
            dialogs.open_dialog(dialogs.InitiativeDialog(self.ctx, self.initiative, self))

    def delete_initiative(self) -> None:
        ini = self.initiative
        if ini is None or not confirm_delete(self, self.tr("initiativet »{name}«").format(
                name=ini.name)):
            return

        def done(_: object) -> None:
            self.initiative = None
            self.deleted.emit()

        self.ctx.tasks.run(lambda: self.ctx.svc.initiatives.delete(
            ini.id, expected_version=ini.version), done,
                           lambda exc: show_error(self, exc), write=True)
