"""Initiativer: the list and the detail view with its seven tabs."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QTableView, QWidget

from brobygger.domain import rules
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    BARRIER_STATUSES,
    BARRIERS,
    CORNERSTONES,
    DIRECTIONS,
    ESCALATION_LEVELS,
    FORMALISATION,
    INITIATIVE_STATUSES,
    LADDER,
    MEANINGS,
    MEMBER_ROLES,
    PLAGUES,
    SECTORS,
)
from brobygger.services import LogFilter, dto
from brobygger.services.overview import PairSeries
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.charts import ChartData, ChartPanel, Guide, LevelBar, ScaleBar, Series
from brobygger.ui.common import (
    Context,
    chip,
    combo_value,
    confirm_delete,
    esc,
    fill_combo,
    fit_columns,
    on_delete_key,
    paragraphs,
    selected_record,
    setup_table,
    show_error,
)
from brobygger.ui.forms.ui_initiativedetail import Ui_InitiativeDetail
from brobygger.ui.forms.ui_initiativespage import Ui_InitiativesPage
from brobygger.ui.history import add_history_menu, open_history
from brobygger.ui.models import (
    CENTER,
    RIGHT,
    Column,
    LogTableModel,
    PlagueMatrixModel,
    RecordTableModel,
)
from brobygger.ui.page import Page
from brobygger.ui.render import CSS, entry_html


def select_row(view: QTableView, row: int) -> None:
    if row >= 0 and view.model() is not None and row < view.model().rowCount():
        view.selectRow(row)


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
        self.names: dict[uuid.UUID, str] = {}
        self.pairs: list[PairSeries] = []
        self.measurements: dict[uuid.UUID, list[dto.Measurement]] = {}
        self._generation = 0
        style.set_role(ui.nameLabel, "title")
        ui.nameLabel.setWordWrap(False)
        ui.nameLabel.setMinimumWidth(120)
        ui.headerLayout.setAlignment(ui.statusLabel, Qt.AlignmentFlag.AlignVCenter)
        for hint in (ui.relationsHint, ui.plaguesHint, ui.barriersHint, ui.stageLabel):
            style.set_role(hint, "hint")
        # models
        self.parties = RecordTableModel([
            Column(self.tr("Organisation"), lambda p: p.organisation_name),
            Column(self.tr("Sektor"), lambda p: i18n.label(SECTORS, p.sector)),
            Column(self.tr("Rolle"), lambda p: p.role),
        ], self)
        self.members = RecordTableModel([
            Column(self.tr("Navn"), lambda m: m.person_name),
            Column(self.tr("Titel"), lambda m: m.person_title),
            Column(self.tr("Rolle"), lambda m: i18n.label(MEMBER_ROLES, m.role)),
        ], self)
        self.pair_model = RecordTableModel([
            Column(self.tr("Parter"), lambda s: s.label),
            Column(self.tr("Kendskab"), lambda s: s.latest.kendskab, CENTER),
            Column(self.tr("Respekt"), lambda s: s.latest.respekt, CENTER),
            Column(self.tr("Tillid"), lambda s: s.latest.tillid, CENTER),
            Column(self.tr("Trin"), lambda s: rules.stage_label(s.stage, i18n.lang()),
                   foreground=lambda s: style.STAGE_COLOURS.get(
                       s.stage.value if s.stage else None)),
            Column(self.tr("Udvikling"), lambda s: rules.trend_label(s.trend, i18n.lang())),
            Column(self.tr("Senest"), lambda s: i18n.fmt_date_short(s.latest.assessed_on)),
        ], self)
        self.assessments = RecordTableModel([
            Column(self.tr("Dato"), lambda a: i18n.fmt_date_short(a.assessed_on)),
            Column(self.tr("K"), lambda a: a.kendskab, CENTER),
            Column(self.tr("R"), lambda a: a.respekt, CENTER),
            Column(self.tr("T"), lambda a: a.tillid, CENTER),
            Column(self.tr("Note"), lambda a: a.note),
        ], self)
        self.matrix = PlagueMatrixModel(self)
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
        self.indicators = RecordTableModel([
            Column(self.tr("Indikator"), lambda i: i.name),
            Column(self.tr("Enhed"), lambda i: i.unit),
            Column(self.tr("Udgangspunkt"), lambda i: i18n.fmt_number(i.baseline), RIGHT),
            Column(self.tr("Mål"), lambda i: i18n.fmt_number(i.target), RIGHT),
            Column(self.tr("Seneste"), lambda i: self._latest_value(i), RIGHT),
            Column(self.tr("Retning"), lambda i: i18n.label(DIRECTIONS, i.direction)),
        ], self)
        self.measurement_model = RecordTableModel([
            Column(self.tr("Dato"), lambda m: i18n.fmt_date_short(m.measured_on)),
            Column(self.tr("Værdi"), lambda m: i18n.fmt_number(m.value), RIGHT),
            Column(self.tr("Kilde"), lambda m: m.source),
        ], self)
        self.log = LogTableModel(ctx.svc, self)
        self.action_model = RecordTableModel([
            Column(self.tr("Frist"), lambda a: i18n.fmt_date_short(a.due_date),
                   foreground=lambda a: style.OVERDUE if a.is_overdue(date.today()) else None),
            Column(self.tr("Handling"), lambda a: a.title),
            Column(self.tr("Ansvarlig"), lambda a: self.names.get(a.owner_id, "")),
            Column(self.tr("Status"), lambda a: i18n.label(ACTION_STATUSES, a.status)),
        ], self)
        views: list[tuple[QTableView, Any, int | None]] = [
            (ui.partiesView, self.parties, None), (ui.membersView, self.members, None),
            (ui.pairsView, self.pair_model, 0), (ui.assessmentsView, self.assessments, 4),
            (ui.plagueMatrixView, self.matrix, None), (ui.barriersView, self.barriers, 5),
            (ui.indicatorsView, self.indicators, 0),
            (ui.measurementsView, self.measurement_model, 2), (ui.logView, self.log, None),
            (ui.actionsView, self.action_model, 1)]
        for view, model, stretch in views:
            view.setModel(model)
            setup_table(view, stretch=stretch)
        ui.logView.setColumnHidden(3, True)  # the initiative is this one
        ui.plagueMatrixView.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        for view in (ui.partiesView, ui.membersView):
            view.setMinimumHeight(130)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.relations_chart = ChartPanel()
        ui.relationsChartLayout.addWidget(self.relations_chart)
        self.results_chart = ChartPanel()
        ui.resultsChartLayout.addWidget(self.results_chart)
        ui.relationsSplitter.setSizes([160, 320])
        ui.relationsBottom.setSizes([480, 360])
        ui.resultsSplitter.setSizes([150, 330])
        ui.resultsBottom.setSizes([480, 320])
        ui.plaguesSplitter.setSizes([300, 140])
        ui.barriersSplitter.setSizes([260, 160])
        ui.logSplitter.setSizes([280, 200])
        # connections
        ui.backButton.clicked.connect(self.back)
        ui.editButton.clicked.connect(self.edit_initiative)
        ui.deleteButton.clicked.connect(self.delete_initiative)
        ui.historyButton.clicked.connect(self.show_history)
        for view, describe in self._history_views():
            add_history_menu(view, ctx, describe)
        ui.addPartyButton.clicked.connect(lambda: self._new(dialogs.PartyDialog))
        ui.editPartyButton.clicked.connect(lambda: self._edit(ui.partiesView, dialogs.PartyDialog))
        ui.removePartyButton.clicked.connect(
            lambda: self._delete(ui.partiesView, "parties", lambda p: p.organisation_name))
        ui.addMemberButton.clicked.connect(lambda: self._new(dialogs.MemberDialog))
        ui.editMemberButton.clicked.connect(
            lambda: self._edit(ui.membersView, dialogs.MemberDialog))
        ui.removeMemberButton.clicked.connect(
            lambda: self._delete(ui.membersView, "members", lambda m: m.person_name))
        ui.newAssessmentButton.clicked.connect(self.new_assessment)
        ui.editAssessmentButton.clicked.connect(
            lambda: self._edit(ui.assessmentsView, dialogs.RelationshipDialog))
        ui.deleteAssessmentButton.clicked.connect(
            lambda: self._delete(ui.assessmentsView, "relationships",
                                 lambda a: self.tr("vurderingen fra {d}").format(
                                     d=i18n.fmt_date(a.assessed_on))))
        ui.pairsView.selectionModel().selectionChanged.connect(self._pair_selected)
        ui.newPlagueButton.clicked.connect(self.new_plague)
        ui.editPlagueButton.clicked.connect(self.edit_plague)
        ui.deletePlagueButton.clicked.connect(self.delete_plague)
        ui.plagueMatrixView.selectionModel().selectionChanged.connect(self._plague_selected)
        ui.plagueMatrixView.doubleClicked.connect(lambda _i: self.edit_plague())
        ui.newBarrierButton.clicked.connect(lambda: self._new(dialogs.BarrierDialog))
        ui.editBarrierButton.clicked.connect(
            lambda: self._edit(ui.barriersView, dialogs.BarrierDialog))
        ui.deleteBarrierButton.clicked.connect(
            lambda: self._delete(ui.barriersView, "barriers",
                                 lambda b: self.tr("vurderingen af {b}").format(
                                     b=i18n.label(BARRIERS, b.barrier))))
        ui.barriersView.selectionModel().selectionChanged.connect(self._barrier_selected)
        ui.newIndicatorButton.clicked.connect(lambda: self._new(dialogs.IndicatorDialog))
        ui.editIndicatorButton.clicked.connect(
            lambda: self._edit(ui.indicatorsView, dialogs.IndicatorDialog))
        ui.deleteIndicatorButton.clicked.connect(
            lambda: self._delete(ui.indicatorsView, "indicators", lambda i: i.name))
        ui.newMeasurementButton.clicked.connect(self.new_measurement)
        ui.deleteMeasurementButton.clicked.connect(
            lambda: self._delete(ui.measurementsView, "measurements",
                                 lambda m: self.tr("målingen fra {d}").format(
                                     d=i18n.fmt_date(m.measured_on))))
        ui.indicatorsView.selectionModel().selectionChanged.connect(self._indicator_selected)
        ui.newEntryButton.clicked.connect(
            lambda: self._new(dialogs.LogEntryDialog, initiative=False,
                              initiative_id=self._id()))
        ui.editEntryButton.clicked.connect(
            lambda: self._edit(ui.logView, dialogs.LogEntryDialog))
        ui.deleteEntryButton.clicked.connect(
            lambda: self._delete(ui.logView, "log", lambda e: e.title))
        ui.logView.selectionModel().selectionChanged.connect(self._entry_selected)
        ui.logView.doubleClicked.connect(
            lambda _i: self._edit(ui.logView, dialogs.LogEntryDialog))
        ui.newActionButton.clicked.connect(
            lambda: self._new(dialogs.ActionDialog, initiative=False, initiative_id=self._id()))
        ui.editActionButton.clicked.connect(
            lambda: self._edit(ui.actionsView, dialogs.ActionDialog))
        ui.doneActionButton.clicked.connect(self.mark_done)
        ui.deleteActionButton.clicked.connect(
            lambda: self._delete(ui.actionsView, "actions", lambda a: a.title))
        deletable: list[tuple[QTableView, str, Callable[[Any], str]]] = [
                (ui.logView, "log", lambda e: e.title),
                (ui.actionsView, "actions", lambda a: a.title),
                (ui.barriersView, "barriers", lambda b: i18n.label(BARRIERS, b.barrier)),
                (ui.indicatorsView, "indicators", lambda i: i.name),
                (ui.assessmentsView, "relationships", lambda a: i18n.fmt_date(a.assessed_on))]
        for view, service, describe in deletable:
            on_delete_key(view, functools.partial(self._delete, view, service, describe))
        for view, cls in ((ui.partiesView, dialogs.PartyDialog),
                          (ui.membersView, dialogs.MemberDialog),
                          (ui.assessmentsView, dialogs.RelationshipDialog),
                          (ui.barriersView, dialogs.BarrierDialog),
                          (ui.indicatorsView, dialogs.IndicatorDialog),
                          (ui.actionsView, dialogs.ActionDialog)):
            view.doubleClicked.connect(lambda _i, v=view, c=cls: self._edit(v, c))
        ctx.tasks.changed.connect(self._changed)

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
            (ui.plagueMatrixView, lambda a: (a.id, self.tr("{plague} fra {date}").format(
                plague=i18n.label(PLAGUES, a.plague), date=i18n.fmt_date(a.assessed_on)))
             if isinstance(a, dto.PlagueAssessment) else None),
        ]

    def show_history(self) -> None:
        if self.initiative is not None:
            open_history(self.ctx, self.window(), self.initiative.id, self.initiative.name)

    # -- loading ----------------------------------------------------------------------------
    def _id(self) -> uuid.UUID | None:
        return self.initiative.id if self.initiative else None

    def _changed(self) -> None:
        if self.initiative is not None and self.isVisible():
            self.load(self.initiative.id)

    def load(self, initiative_id: uuid.UUID) -> None:
        self._generation += 1
        generation = self._generation
        svc = self.ctx.svc

        def work() -> dict[str, Any]:
            names = svc.overview.party_names()
            names.update({i.id: i.name for i in svc.initiatives.all(include_deleted=True)})
            summary = svc.overview.summary(initiative_id, names=names)
            indicators = svc.indicators.list(initiative_id)
            return {
                "summary": summary, "names": names,
                "members": svc.members.list(initiative_id=initiative_id),
                "plagues": svc.plagues.list(initiative_id),
                "barriers": svc.barriers.list(initiative_id),
                "indicators": indicators,
                "measurements": {i.id: svc.measurements.list(i.id) for i in indicators},
                "log_ids": svc.log.ids(LogFilter(initiative_id=initiative_id)),
                "actions": svc.actions.list(initiative_id=initiative_id),
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
        ui = self.ui
        summary = data["summary"]
        ini: dto.Initiative = summary.initiative
        first = self.initiative is None or self.initiative.id != ini.id
        self.initiative = ini
        self.names = data["names"]
        ui.nameLabel.setText(ini.name)
        ui.nameLabel.setToolTip(ini.name)
        ui.statusLabel.setText(i18n.label(INITIATIVE_STATUSES, ini.status))
        ui.statusLabel.setStyleSheet(f"background:{style.STATUS_BG.get(ini.status, '#eee')};"
                                     "border-radius:8px; padding:2px 10px;")
        if summary.pairs:
            ui.stageLabel.setText(self.tr("Relationstrin (svageste relation): {stage} · {n} "
                                          "vurderede relationer · {p} aktive plager · {e} åbne "
                                          "anmodninger").format(
                stage=rules.stage_label(summary.stage, i18n.lang()), n=len(summary.pairs),
                p=len(summary.active_plagues), e=len(summary.open_escalations)))
        else:
            ui.stageLabel.setText(self.tr("Relationerne er ikke vurderet endnu – se fanen "
                                          "Relationer."))
        # overview tab
        ui.purposeLabel.setText(
            f"<b>{esc(self.tr('Formål'))}</b>" + (paragraphs(ini.purpose) or
                                                 f"<p>{esc(self.tr('Ikke beskrevet endnu.'))}</p>"))
        ui.triggerLabel.setText(
            f"<b>{esc(self.tr('Brændende platform'))}</b>" + (
                paragraphs(ini.trigger) or f"<p>{esc(self.tr('Ikke beskrevet endnu.'))}</p>"))
        period = " – ".join(x for x in (i18n.fmt_date(ini.start_date),
                                        i18n.fmt_date(ini.end_date)) if x)
        ui.periodLabel.setText(self.tr("Periode: {p}").format(p=period) if period else "")
        ui.periodLabel.setVisible(bool(period))
        self.parties.set_rows(summary.parties)
        self.members.set_rows(data["members"])
        self._fill_profile(ini)
        # relations
        self.pairs = list(summary.pairs)
        self.pair_model.set_rows(self.pairs)
        # plagues, barriers
        self.matrix.set_assessments(data["plagues"])
        self.barriers.set_rows(sorted(data["barriers"], key=lambda b: b.assessed_on,
                                      reverse=True))
        # results
        self.measurements = data["measurements"]
        self.indicators.set_rows(data["indicators"])
        # log and actions
        self.log.set_ids(data["log_ids"], self.names)
        self.action_model.set_rows(data["actions"])
        for view in (ui.pairsView, ui.barriersView, ui.indicatorsView, ui.logView,
                     ui.actionsView, ui.plagueMatrixView):
            fit_columns(view)
        for view in (ui.partiesView, ui.membersView):
            fit_columns(view, cap=190)
        header = ui.plagueMatrixView.horizontalHeader()
        for col in range(1, self.matrix.columnCount() - 1):
            header.resizeSection(col, 96)
        header.setStretchLastSection(True)
        if not ui.plagueMatrixView.selectionModel().hasSelection():
            ui.plagueMatrixView.setCurrentIndex(self.matrix.index(0, 0))
        if first:
            ui.tabs.setCurrentIndex(0)
        ui.logView.horizontalHeader().resizeSection(2, 320)
        for view in (ui.pairsView, ui.indicatorsView, ui.barriersView, ui.logView):
            if not view.selectionModel().hasSelection():
                select_row(view, 0)
        if not self.pairs:
            self._pair_selected()
        if not data["indicators"]:
            self._indicator_selected()
        self._plague_selected()
        self._barrier_selected()
        self._entry_selected()

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
            name.setToolTip(item.description_da)
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
                name.setToolTip(entry.description_da)
                layout.addWidget(name, row, 0)
                value = values.get(entry.code)
                layout.addWidget(LevelBar(value), row, 1)
                layout.addWidget(QLabel(f"{value}/3" if value is not None else "–"), row, 2)
            layout.setColumnStretch(0, 1)
            layout.setRowStretch(len(catalogue.items), 1)

    def _latest_value(self, indicator: dto.Indicator) -> str:
        series = self.measurements.get(indicator.id) or []
        return i18n.fmt_number(series[-1].value) if series else ""

    # -- selection -----------------------------------------------------------------------
    def _pair_selected(self, *_args: object) -> None:
        pair: PairSeries | None = selected_record(self.ui.pairsView)
        if pair is None:
            self.assessments.set_rows([])
            self.relations_chart.set_data(ChartData(
                empty_text=self.tr("Ingen vurderinger endnu. Tryk »Ny vurdering…« for at "
                                   "vurdere relationen mellem to parter.")))
            return
        self.assessments.set_rows(list(reversed(pair.assessments)))
        fit_columns(self.ui.assessmentsView)
        series = [Series(i18n.label(LADDER, code),
                         [(a.assessed_on, float(getattr(a, code))) for a in pair.assessments],
                         style.SERIES[code]) for code in ("kendskab", "respekt", "tillid")]
        self.relations_chart.set_data(ChartData(
            title=pair.label, series=series, y_min=0, y_max=10,
            guides=[Guide(rules.STEP_REACHED, self.tr("trin nået"), QColor("#9aa5ae"))]))

    def _plague_selected(self, *_args: object) -> None:
        indexes = self.ui.plagueMatrixView.selectionModel().selectedIndexes()
        row = indexes[0].row() if indexes else -1
        col = indexes[0].column() if indexes else 0
        plague = self.matrix.plague_at(row)
        if plague is None:
            self.ui.plagueDetail.setHtml(CSS + "<p class='muted'>" + esc(self.tr(
                "Vælg en plage i tabellen. Tryk »Ny vurdering…« for at vurdere, hvor meget "
                "plagen fylder lige nu.")) + "</p>")
            return
        a = self.matrix.assessment(row, col - 1) if col >= 1 else self.matrix.assessment(
            row, self.matrix.columnCount() - 2)
        item = PLAGUES.get(plague)
        parts = [CSS, f"<h3>{esc(item.label(i18n.lang()))}</h3>",
                 f"<p class='muted'>{esc(item.description_da)}</p>"]
        if a is not None:
            badge = chip(self.tr("Alvor {s} af 3").format(s=a.severity),
                         style.SEVERITY_BG[a.severity])
            parts.append(f"<p>{badge}"
                         f" &nbsp;{esc(i18n.fmt_date(a.assessed_on))}"
                         + (f" · {esc(self.tr('ansvarlig'))}: {esc(self.names.get(a.owner_id, ''))}"
                            if a.owner_id else "") + "</p>")
            if a.note:
                parts.append(f"<p><b>{esc(self.tr('Note'))}:</b> {esc(a.note)}</p>")
            if a.mitigation:
                parts.append(f"<p><b>{esc(self.tr('Modtræk'))}:</b> {esc(a.mitigation)}</p>")
        else:
            parts.append(f"<p class='muted'>{esc(self.tr('Ikke vurderet på denne dato.'))}</p>")
        self.ui.plagueDetail.setHtml("".join(parts))

    def _selected_plague_assessment(self) -> dto.PlagueAssessment | None:
        indexes = self.ui.plagueMatrixView.selectionModel().selectedIndexes()
        if not indexes:
            return None
        row, col = indexes[0].row(), indexes[0].column()
        if col >= 1:
            found = self.matrix.assessment(row, col - 1)
            if found is not None:
                return found
        return self.matrix.assessment(row, self.matrix.columnCount() - 2)

    def _barrier_selected(self, *_args: object) -> None:
        b: dto.BarrierAssessment | None = selected_record(self.ui.barriersView)
        if b is None:
            self.ui.barrierDetail.setHtml(CSS + "<p class='muted'>" + esc(self.tr(
                "Ingen barriere valgt. Tryk »Ny vurdering…« for at registrere en strukturel "
                "barriere og det, der bedes om.")) + "</p>")
            return
        item = BARRIERS.get(b.barrier)
        self.ui.barrierDetail.setHtml("".join([
            CSS, f"<h3>{esc(item.label(i18n.lang()))}</h3>",
            f"<p class='muted'>{esc(item.description_da)}</p>",
            f"<p><b>{esc(self.tr('Hvad bedes der om'))}:</b> {esc(b.ask) or '–'}</p>",
            f"<p><b>{esc(self.tr('Til hvem'))}:</b> {esc(b.ask_to) or '–'} · "
            f"{esc(i18n.label(ESCALATION_LEVELS, b.escalation_level))} · "
            f"{esc(i18n.label(BARRIER_STATUSES, b.status))}</p>"]))

    def _indicator_selected(self, *_args: object) -> None:
        ind: dto.Indicator | None = selected_record(self.ui.indicatorsView)
        if ind is None:
            self.measurement_model.set_rows([])
            self.results_chart.set_data(ChartData(empty_text=self.tr(
                "Ingen indikatorer endnu. Resultater bliver synlige, når der er et "
                "udgangspunkt, et mål og målinger.")))
            return
        series = self.measurements.get(ind.id) or []
        self.measurement_model.set_rows(list(reversed(series)))
        fit_columns(self.ui.measurementsView)
        guides = []
        if ind.baseline is not None:
            guides.append(Guide(ind.baseline, self.tr("udgangspunkt"), QColor("#9aa5ae")))
        if ind.target is not None:
            guides.append(Guide(ind.target, self.tr("mål"), QColor("#2e9a55")))
        title = ind.name + (f" ({ind.unit})" if ind.unit else "")
        self.results_chart.set_data(ChartData(
            title=title, guides=guides,
            series=[Series(self.tr("Målt"), [(m.measured_on, m.value) for m in series],
                           QColor(style.ACCENT))],
            empty_text=self.tr("Ingen målinger endnu. Tryk »Ny måling…«.")))

    def _entry_selected(self, *_args: object) -> None:
        self.ui.entryDetail.setHtml(entry_html(selected_record(self.ui.logView), self.names))

    # -- editing ---------------------------------------------------------------------------
    def _new(self, cls: type[dialogs.RecordDialog], initiative: bool = True,
             **defaults: Any) -> dialogs.RecordDialog | None:
        if self.initiative is None:
            return None
        if initiative:
            defaults.setdefault("initiative_id", self.initiative.id)
        dlg = cls(self.ctx, None, self, **defaults)
        dialogs.open_dialog(dlg)
        return dlg

    def _edit(self, view: QTableView, cls: type[dialogs.RecordDialog]) -> None:
        record = selected_record(view)
        if record is None:
            return
        dialogs.open_dialog(cls(self.ctx, record, self))

    def _delete(self, view: QTableView, service: str, describe: Callable[[Any], str]) -> None:
        record = selected_record(view)
        if record is None or not confirm_delete(self, describe(record)):
            return
        svc = getattr(self.ctx.svc, service)
        self.ctx.tasks.run(lambda: svc.delete(record.id, expected_version=record.version), None,
                           lambda exc: show_error(self, exc), write=True)

    def new_assessment(self) -> None:
        pair: PairSeries | None = selected_record(self.ui.pairsView)
        defaults: dict[str, Any] = {}
        if pair is not None:
            latest = pair.latest
            defaults = {"party_a": latest.org_a_id or latest.person_a_id,
                        "party_b": latest.org_b_id or latest.person_b_id,
                        "kendskab": latest.kendskab, "respekt": latest.respekt,
                        "tillid": latest.tillid}
        elif len(self.parties.rows) >= 2:
            defaults = {"party_a": self.parties.rows[0].organisation_id,
                        "party_b": self.parties.rows[1].organisation_id}
        self._new(dialogs.RelationshipDialog, **defaults)

    def new_plague(self) -> None:
        indexes = self.ui.plagueMatrixView.selectionModel().selectedIndexes()
        plague = self.matrix.plague_at(indexes[0].row()) if indexes else None
        defaults: dict[str, Any] = {"plague": plague} if plague else {}
        self._new(dialogs.PlagueDialog, True, **defaults)

    def edit_plague(self) -> None:
        a = self._selected_plague_assessment()
        if a is None:
            self.new_plague()
            return
        dialogs.open_dialog(dialogs.PlagueDialog(self.ctx, a, self))

    def delete_plague(self) -> None:
        a = self._selected_plague_assessment()
        if a is None or not confirm_delete(self, self.tr("vurderingen af {p} fra {d}").format(
                p=i18n.label(PLAGUES, a.plague), d=i18n.fmt_date(a.assessed_on))):
            return
        self.ctx.tasks.run(lambda: self.ctx.svc.plagues.delete(
            a.id, expected_version=a.version), None,
                           lambda exc: show_error(self, exc), write=True)

    def new_measurement(self) -> None:
        ind: dto.Indicator | None = selected_record(self.ui.indicatorsView)
        if ind is None:
            return
        self._new(dialogs.MeasurementDialog, initiative=False, indicator_id=ind.id)

    def mark_done(self) -> None:
        action: dto.Action | None = selected_record(self.ui.actionsView)
        if action is None:
            return
        self.ctx.tasks.run(lambda: self.ctx.svc.actions.mark_done(action.id), None,
                           lambda exc: show_error(self, exc), write=True)

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


class InitiativesPage(Page):
    """The list of initiatives; opening one shows :class:`InitiativeDetail`."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_InitiativesPage()
        ui.setupUi(self)
        style.set_role(ui.title, "title")
        style.set_role(ui.hint, "hint")
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
        self.detail = InitiativeDetail(ctx, ui.detailPage)
        ui.detailLayout.addWidget(self.detail)
        self.detail.back.connect(self.show_list)
        self.detail.deleted.connect(self.show_list)
        ui.newButton.clicked.connect(self.new_initiative)
        ui.openButton.clicked.connect(self.open_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.listView.doubleClicked.connect(lambda _i: self.open_selected())
        ui.listView.activated.connect(lambda _i: self.open_selected())
        on_delete_key(ui.listView, self.delete_selected)
        add_history_menu(ui.listView, ctx)

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc
        status = combo_value(self.ui.statusFilter)

        def work() -> list[dict[str, Any]]:
            found = svc.initiatives.list(status=status)
            ids = {i.id for i in found}
            children: dict[uuid.UUID | None, list[dto.Initiative]] = {}
            for ini in found:
                parent = ini.parent_id if ini.parent_id in ids else None
                children.setdefault(parent, []).append(ini)
            rows: list[dict[str, Any]] = []

            def add(parent: uuid.UUID | None, depth: int) -> None:
                for ini in children.get(parent, []):
                    rows.append({"id": ini.id, "initiative": ini, "depth": depth,
                                 "parties": [p.organisation_name
                                             for p in svc.parties.list(ini.id)]})
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
        if self.ui.pages.currentIndex() == 1 and self.detail.initiative is not None:
            return self.detail.initiative.id
        return None

    def open_selected(self) -> None:
        row = selected_record(self.ui.listView)
        if row is not None:
            self.show_initiative(row["id"])

    def new_initiative(self) -> dialogs.RecordDialog:
        dlg = dialogs.InitiativeDialog(self.ctx, None, self)
        dialogs.open_dialog(dlg, lambda ini: self.show_initiative(ini.id))
        return dlg

    def delete_selected(self) -> None:
        row = selected_record(self.ui.listView)
        if row is None:
            return
        ini = row["initiative"]
        if not confirm_delete(self, self.tr("initiativet »{name}«").format(name=ini.name)):
            return
        self.ctx.tasks.run(lambda: self.ctx.svc.initiatives.delete(
            ini.id, expected_version=ini.version), None,
                           lambda exc: show_error(self, exc), write=True)


__all__ = ["InitiativeDetail", "InitiativesPage", "Qt"]
