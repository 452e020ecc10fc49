"""The reform's structures and indicators per party in the UI (issue 17, items 4–5): the
pickers, the indicator and measurement dialogs, the Resultater chart with each party's series
(and its "Vis som tabel"), the Anmodninger filter by forum – with screenshots in Danish and
English (tests/artifacts/i17b/) to be looked at."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from brobygger.services.asks import AskFilter
from brobygger.ui import i18n
from brobygger.ui.asks.dialogs import AskDialog
from brobygger.ui.common import combo_value, set_combo_value
from brobygger.ui.dialogs import (
    IndicatorDialog,
    InitiativeDialog,
    MeasurementDialog,
    OrganisationDialog,
    PersonDialog,
)
from brobygger.ui.mainwindow import MainWindow
from tests.conftest import VIBORG
from tests.ui.conftest import ARTIFACTS, settle, wait_for_lookups

OUT = ARTIFACTS / "i17b"
PREVENTED = "Andel akutteamforløb der forebygger indlæggelse"


def _shot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    pix = widget.grab()
    assert not pix.isNull()
    pix.save(str(OUT / f"{name}.png"))


def _open(dlg: Any, ctx: Any) -> Any:
    dlg.show()
    settle(ctx)
    return wait_for_lookups(dlg)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_reform_dialogs_chart_and_filter(qapp: Any, demo_ctx: Any, qtbot: Any,
                                         lang: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    svc = demo_ctx.svc
    i18n.install(qapp, lang)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        settle(demo_ctx)
        viborg = svc.initiatives.find(VIBORG)
        ind = next(i for i in svc.indicators.list(viborg.id) if i.name == PREVENTED)
        orgs = {o.id: o.name for o in svc.organisations.all()}

        # -- the Resultater tab: one chart, each party's series side by side ----------------
        window.open_initiative(viborg.id)
        settle(demo_ctx)
        detail = window.initiatives.detail
        detail.ui.tabs.setCurrentWidget(detail.ui.resultsTab)
        tab = detail.results_tab
        tab.ui.indicatorsView.selectRow(tab.indicators.row_of(ind.id))
        settle(demo_ctx)
        chart = tab.results_chart.chart
        overall = "I alt" if lang == "da" else "Overall"
        assert [s.label for s in chart.series] == [overall, "Viborg Kommune", "Skive Kommune"]
        assert all(s.points for s in chart.series)
        _shot(window, f"{lang}-results-per-party")
        tab.results_chart.toggle.setChecked(True)  # "Vis som tabel": the same data
        table = tab.results_chart.table
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers[1:] == [overall, "Viborg Kommune", "Skive Kommune"]
        _shot(window, f"{lang}-results-per-party-table")
        tab.results_chart.toggle.setChecked(False)
        from PySide6.QtCore import Qt

        party_col = [tab.measurement_model.headerData(c, Qt.Orientation.Horizontal)
                     for c in range(tab.measurement_model.columnCount())]
        assert ("Part" if lang == "da" else "Party") in party_col

        # -- the indicator dialog: its parties chosen among the initiative's -------------
        dlg = _open(IndicatorDialog(demo_ctx, ind, window), demo_ctx)
        parties = dlg.check_models["parties"]
        assert {orgs[k] for k in parties.checked()} == {"Viborg Kommune", "Skive Kommune"}
        assert parties.rowCount() == 4  # the initiative's four parties
        assert dlg.ui.parties.accessibleName()
        _shot(dlg, f"{lang}-indicator-parties")
        dlg.done(0)

        # -- a measurement for a party; refused for an organisation that is not one -------
        m = _open(MeasurementDialog(demo_ctx, None, window, indicator_id=ind.id), demo_ctx)
        combo = m.ui.organisation_id
        names = [combo.itemText(i) for i in range(combo.count())]
        assert names[1:] == ["Viborg Kommune", "Skive Kommune"] and m.ui.organisation_id.isEnabled()
        set_combo_value(combo, next(k for k, v in orgs.items() if v == "Skive Kommune"))
        m.ui.value.setText("17,2")
        _shot(m, f"{lang}-measurement-party")
        m.done(0)

        # -- the pickers of the reform's codes ---------------------------------------------
        org = _open(OrganisationDialog(demo_ctx, None, window), demo_ctx)
        kinds = [org.ui.kind.itemData(i) for i in range(org.ui.kind.count())]
        assert kinds[:3] == ["organisation", "sundhedsraad", "sundhedsklynge"]
        assert combo_value(org.ui.kind) == "organisation"
        set_combo_value(org.ui.kind, "sundhedsraad")
        _shot(org, f"{lang}-organisation-kind")
        org.done(0)
        aagaard = next(p for p in svc.people.all() if p.name == "Christian Aagaard")
        person = _open(PersonDialog(demo_ctx, aagaard, window), demo_ctx)
        assert combo_value(person.ui.role) == "praksiskonsulent"
        _shot(person, f"{lang}-person-role")
        person.done(0)
        ini = _open(InitiativeDialog(demo_ctx, viborg, window), demo_ctx)
        assert combo_value(ini.ui.kind) == "opgaveoverdragelse"
        _shot(ini, f"{lang}-initiative-kind")
        ini.done(0)
        raad = next(f for f in svc.meetings.forums.all() if f.kind == "sundhedsraad")
        (asked,) = svc.asks.list(AskFilter(forum_id=raad.id))
        ask = _open(AskDialog(demo_ctx, asked, window), demo_ctx)
        assert combo_value(ask.ui.addressee_forum_id) == raad.id
        _shot(ask, f"{lang}-ask-forum")
        ask.done(0)

        # -- the sundhedsråd's agenda: what is asked of the forum is its own item ---------
        from brobygger.ui.meetings.builder import AgendaBuilderDialog

        meeting = svc.meetings.schedule(raad.id, "2026-12-10", start_time="14:00",
                                        end_time="16:00")
        builder = AgendaBuilderDialog(demo_ctx, meeting.id, window)
        builder.show()
        settle(demo_ctx)
        rows = [p for _kept, p in builder.model.rows]
        assert rows[0].kind == "til_forum" and rows[0].links[0].record_id == asked.id
        _shot(builder, f"{lang}-agenda-asks-to-forum")
        builder.done(0)

        # -- Anmodninger: what is asked of this forum ------------------------------------
        window.show_page("asks")
        settle(demo_ctx)
        panel = window.asks_page.panel
        set_combo_value(panel.forum_filter, raad.id)
        settle(demo_ctx)
        assert [a.id for a in panel.model.rows] == [asked.id]
        assert panel.forum_filter.accessibleName()
        _shot(window, f"{lang}-asks-forum-filter")

        # -- Personer og organisationer: the type as a column and a filter ---------------
        svc.organisations.create(name="Praksiskonsulentordningen, Region Midtjylland",
                                 sector="almen_praksis", kind="pko")
        page = window.show_page("directory")
        settle(demo_ctx)
        page.ui.tabs.setCurrentWidget(page.ui.orgTab)
        set_combo_value(page.kind_filter, "pko")
        settle(demo_ctx)
        assert [o.name for o in page.orgs.rows] == ["Praksiskonsulentordningen, Region "
                                                    "Midtjylland"]
        assert page.kind_filter.accessibleName()
        _shot(window, f"{lang}-directory-kind-filter")
        window.close()
    finally:
        i18n.install(qapp, "da")


def test_measurement_dialog_refuses_a_party_not_of_the_indicator(demo_ctx: Any, qtbot: Any,
                                                                 ) -> None:
    """The service's Danish message shows at the field; nothing is saved."""
    svc = demo_ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    ind = next(i for i in svc.indicators.list(viborg.id) if i.name == PREVENTED)
    hospital = next(o for o in svc.organisations.all() if o.name == "Regionshospitalet Viborg")
    before = len(svc.measurements.list(ind.id, with_parties=True))
    m = MeasurementDialog(demo_ctx, None, None, indicator_id=ind.id,
                          organisation_id=hospital.id)
    qtbot.addWidget(m)
    _open(m, demo_ctx)
    m.ui.value.setText("12")
    m.defaults["organisation_id"] = hospital.id  # as if chosen: not one of the parties
    m.ui.organisation_id.addItem(hospital.name, hospital.id)
    m.ui.organisation_id.setCurrentIndex(m.ui.organisation_id.count() - 1)
    m.save()
    settle(demo_ctx)
    label = m.error_label("organisation_id")
    assert label is not None and "er ikke part i indikatoren" in label.text()
    assert len(svc.measurements.list(ind.id, with_parties=True)) == before
