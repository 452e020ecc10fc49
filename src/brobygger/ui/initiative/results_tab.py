"""The Resultater tab: indicators, their measurements and the chart."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from brobygger.domain import numbers
from brobygger.domain.catalogue import DIRECTIONS
from brobygger.services import dto
from brobygger.services.indicator_parties import overall, split
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.charts import ChartData, Guide, Series
from brobygger.ui.common import fit_columns, selected_record
from brobygger.ui.initiative.tab import Detail, Tab, add_chart, fill_list
from brobygger.ui.models import RIGHT, Column, RecordTableModel

# each party's line (≥ 3:1 against white; the markers differ too, so colour is not the only cue)
PARTY_COLOURS = ("#8a5a00", "#6b4c9a", "#b4531f", "#3d7a3d")


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
            Column(self.tr("Parter"), lambda i: ", ".join(
                self.orgs.get(p, "") for p in i.parties)),
        ], self)
        self.orgs: dict[uuid.UUID, str] = {}
        self.measurement_model = RecordTableModel([
            Column(self.tr("Dato"), lambda m: i18n.fmt_date_short(m.measured_on)),
            Column(self.tr("Part"), self._party_text),
            Column(self.tr("Værdi"), lambda m: i18n.fmt_number(
                m.value, self.decimals_by_indicator.get(m.indicator_id)), RIGHT),
            Column(self.tr("Kilde"), lambda m: m.source),
        ], self)
        detail.setup_views([(ui.indicatorsView, self.indicators, 0),
                            (ui.measurementsView, self.measurement_model, 3)])
        self.results_chart = add_chart(ui.resultsChartLayout, (ui.resultsSplitter, [150, 330]),
                                       (ui.resultsBottom, [480, 320]))
        ui.newIndicatorButton.clicked.connect(lambda: detail.new_record(dialogs.IndicatorDialog))
        self.record_list(ui.indicatorsView, dialogs.IndicatorDialog, "indicators",
                         lambda i: i.name, ui.editIndicatorButton, ui.deleteIndicatorButton)
        ui.newMeasurementButton.clicked.connect(self.new_measurement)
        ui.deleteMeasurementButton.clicked.connect(
            lambda: detail.delete_selected(ui.measurementsView, "measurements",
                                           lambda m: self.tr("målingen fra {d}").format(
                                               d=i18n.fmt_date(m.measured_on))))
        ui.indicatorsView.selectionModel().selectionChanged.connect(self._indicator_selected)

    def show(self, data: dict[str, Any]) -> None:
        self.measurements = data["measurements"]
        self.orgs = data.get("names", {})
        fill_list(self.ui.indicatorsView, self.indicators, data["indicators"])
        if not data["indicators"]:
            self._indicator_selected()

    def _party_text(self, m: dto.Measurement) -> str:
        if m.organisation_id is None:
            return self.tr("Hele befolkningen")
        return self.orgs.get(m.organisation_id, "")

    def _latest_value(self, indicator: dto.Indicator) -> str:
        series = overall(self.measurements.get(indicator.id) or [])
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
            title=title, guides=guides, series=self._series(ind, series),
            empty_text=self.tr("Ingen målinger endnu. Tryk »Ny måling…«.")))

    def _series(self, ind: dto.Indicator, measurements: list[dto.Measurement]) -> list[Series]:
        """The overall series and – for an indicator broken down by party – each party's,
        side by side (services.indicator_parties.split: the one definition)."""
        whole, parts = split(ind, measurements, self.orgs)
        own = [(m.measured_on, m.value) for m in whole.measurements]
        if not parts:
            return [Series(self.tr("Målt"), own, QColor(style.ACCENT))]
        out = [Series(self.tr("I alt"), own, QColor(style.ACCENT))] if own else []
        for n, part in enumerate(parts):
            out.append(Series(part.name, [(m.measured_on, m.value) for m in part.measurements],
                              QColor(PARTY_COLOURS[n % len(PARTY_COLOURS)])))
        return out

    def new_measurement(self) -> None:
        ind: dto.Indicator | None = selected_record(self.ui.indicatorsView)
        if ind is None:
            return
        self.detail.new_record(dialogs.MeasurementDialog, initiative=False,
                               indicator_id=ind.id)
