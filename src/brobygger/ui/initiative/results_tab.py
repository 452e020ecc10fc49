"""The Resultater tab: indicators, their measurements and the chart."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from brobygger.domain import numbers
from brobygger.domain.catalogue import DIRECTIONS
from brobygger.services import dto
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.charts import ChartData, ChartPanel, Guide, Series
from brobygger.ui.common import fit_columns, selected_record
from brobygger.ui.initiative.tab import Detail, Tab, select_row
from brobygger.ui.models import RIGHT, Column, RecordTableModel


class ResultsTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.measurements: dict[uuid.UUID, list[dto.Measurement]] = {}
        self.decimals_by_indicator: dict[uuid.UUID, int] = {}
        self.indicators = RecordTableModel([
            Column(self.tr("Indikator"), lambda i: i.name),
            Column(self.tr("Enhed"), lambda i: i.unit),
            Column(self.tr("Udgangspunkt"),
                   lambda i: i18n.fmt_number(i.baseline, self._decimals(i)), RIGHT),
            Column(self.tr("Mål"), lambda i: i18n.fmt_number(i.target, self._decimals(i)),
                   RIGHT),
            Column(self.tr("Seneste"), lambda i: self._latest_value(i), RIGHT),
            Column(self.tr("Retning"), lambda i: i18n.label(DIRECTIONS, i.direction)),
        ], self)
        self.measurement_model = RecordTableModel([
            Column(self.tr("Dato"), lambda m: i18n.fmt_date_short(m.measured_on)),
            Column(self.tr("Værdi"), lambda m: i18n.fmt_number(
                m.value, self.decimals_by_indicator.get(m.indicator_id)), RIGHT),
            Column(self.tr("Kilde"), lambda m: m.source),
        ], self)
        detail.setup_views([(ui.indicatorsView, self.indicators, 0),
                            (ui.measurementsView, self.measurement_model, 2)])
        self.results_chart = ChartPanel()
        ui.resultsChartLayout.addWidget(self.results_chart)
        ui.resultsSplitter.setSizes([150, 330])
        ui.resultsBottom.setSizes([480, 320])
        ui.newIndicatorButton.clicked.connect(lambda: detail.new_record(dialogs.IndicatorDialog))
        ui.editIndicatorButton.clicked.connect(
            lambda: detail.edit_selected(ui.indicatorsView, dialogs.IndicatorDialog))
        ui.deleteIndicatorButton.clicked.connect(
            lambda: detail.delete_selected(ui.indicatorsView, "indicators", lambda i: i.name))
        ui.newMeasurementButton.clicked.connect(self.new_measurement)
        ui.deleteMeasurementButton.clicked.connect(
            lambda: detail.delete_selected(ui.measurementsView, "measurements",
                                           lambda m: self.tr("målingen fra {d}").format(
                                               d=i18n.fmt_date(m.measured_on))))
        ui.indicatorsView.selectionModel().selectionChanged.connect(self._indicator_selected)
        detail.delete_on_key(ui.indicatorsView, "indicators", lambda i: i.name)
        detail.edit_on_double_click(ui.indicatorsView, dialogs.IndicatorDialog)

    def show(self, data: dict[str, Any]) -> None:
        self.measurements = data["measurements"]
        self.indicators.set_rows(data["indicators"])
        fit_columns(self.ui.indicatorsView)
        if not self.ui.indicatorsView.selectionModel().hasSelection():
            select_row(self.ui.indicatorsView, 0)
        if not data["indicators"]:
            self._indicator_selected()

    def _latest_value(self, indicator: dto.Indicator) -> str:
        series = self.measurements.get(indicator.id) or []
        return i18n.fmt_number(series[-1].value, self._decimals(indicator)) if series else ""

    def _decimals(self, indicator: dto.Indicator) -> int:
        """One indicator's values line up: "16,0" beside "16,5" (one definition:
        domain.numbers.common_decimals, as in the briefs)."""
        series = self.measurements.get(indicator.id) or []
        places = numbers.common_decimals([indicator.baseline, indicator.target,
                                          *(m.value for m in series)])
        self.decimals_by_indicator[indicator.id] = places
        return places

    def _indicator_selected(self, *_args: object) -> None:
        ind: dto.Indicator | None = selected_record(self.ui.indicatorsView)
        if ind is None:
            self.measurement_model.set_rows([])
            self.results_chart.set_data(ChartData(empty_text=self.tr(
                "Ingen indikatorer endnu. Resultater bliver synlige, når der er et "
                "udgangspunkt, et mål og målinger.")))
            return
        series = self.measurements.get(ind.id) or []
        self._decimals(ind)
        self.measurement_model.set_rows(list(reversed(series)))
        fit_columns(self.ui.measurementsView)
        guides = []
        if ind.baseline is not None:
            guides.append(Guide(ind.baseline, self.tr("udgangspunkt"), QColor(style.GUIDE)))
        if ind.target is not None:
            guides.append(Guide(ind.target, self.tr("mål"), QColor(style.TARGET)))
        title = ind.name + (f" ({ind.unit})" if ind.unit else "")
        self.results_chart.set_data(ChartData(
            title=title, guides=guides,
            series=[Series(self.tr("Målt"), [(m.measured_on, m.value) for m in series],
                           QColor(style.ACCENT))],
            empty_text=self.tr("Ingen målinger endnu. Tryk »Ny måling…«.")))

    def new_measurement(self) -> None:
        ind: dto.Indicator | None = selected_record(self.ui.indicatorsView)
        if ind is None:
            return
        self.detail.new_record(dialogs.MeasurementDialog, initiative=False,
                               indicator_id=ind.id)
