"""The Relationer tab: the pairs of parties, their assessments and the ladder chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from brobygger.domain import rules
from brobygger.domain.catalogue import LADDER
from brobygger.dto import PairSeries
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.charts import ChartData, Guide, Series
from brobygger.ui.common import fit_columns, selected_record
from brobygger.ui.initiative.tab import Detail, Tab, add_chart, fill_list
from brobygger.ui.models import CENTER, Column, RecordTableModel


class RelationsTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.pairs: list[PairSeries] = []
        self.parties: list[Any] = []
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
        detail.setup_views([(ui.pairsView, self.pair_model, 0),
                            (ui.assessmentsView, self.assessments, 4)])
        self.relations_chart = add_chart(ui.relationsChartLayout,
                                         (ui.relationsSplitter, [160, 320]),
                                         (ui.relationsBottom, [480, 360]))
        ui.newAssessmentButton.clicked.connect(self.new_assessment)
        self.record_list(ui.assessmentsView, dialogs.RelationshipDialog, "relationships",
                         lambda a: self.tr("vurderingen fra {d}").format(
                             d=i18n.fmt_date(a.assessed_on)),
                         ui.editAssessmentButton, ui.deleteAssessmentButton)
        ui.pairsView.selectionModel().selectionChanged.connect(self._pair_selected)

    def show(self, data: dict[str, Any]) -> None:
        self.pairs = list(data["summary"].pairs)
        self.parties = list(data["summary"].parties)
        fill_list(self.ui.pairsView, self.pair_model, self.pairs)
        if not self.pairs:
            self._pair_selected()

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
            guides=[Guide(rules.STEP_REACHED, self.tr("trin nået"), QColor(style.GUIDE))]))

    def new_assessment(self) -> None:
        pair: PairSeries | None = selected_record(self.ui.pairsView)
        defaults: dict[str, Any] = {}
        parties = self.parties
        if pair is not None:
            latest = pair.latest
            defaults = {"party_a": latest.org_a_id or latest.person_a_id,
                        "party_b": latest.org_b_id or latest.person_b_id,
                        "kendskab": latest.kendskab, "respekt": latest.respekt,
                        "tillid": latest.tillid}
        elif len(parties) >= 2:
            defaults = {"party_a": parties[0].organisation_id,
                        "party_b": parties[1].organisation_id}
        self.detail.new_record(dialogs.RelationshipDialog, **defaults)
