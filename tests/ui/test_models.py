"""Every item model passes pytest-qt's model tester (with real example data)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from brobygger.domain.catalogue import PLAGUES
from brobygger.services import LogFilter
from brobygger.ui.models import (
    CheckListModel,
    Column,
    LogTableModel,
    PlagueMatrixModel,
    RecordTableModel,
)
from tests.ui.conftest import settle


def test_record_table_model(qtmodeltester, demo_svc):
    model = RecordTableModel([
        Column("Navn", lambda i: i.name),
        Column("Status", lambda i: i.status, background=lambda i: "#eeeeee"),
    ])
    qtmodeltester.check(model)
    model.set_rows(demo_svc.initiatives.all())
    qtmodeltester.check(model)
    assert model.rowCount() >= 4
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole).name == \
        model.index(0, 0).data()


# The test drives the model\'s database reads itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_log_table_model_loads_lazily(qtmodeltester, demo_svc, monkeypatch):
    model = LogTableModel(demo_svc)
    qtmodeltester.check(model)
    ids = demo_svc.log.ids(LogFilter())
    model.BLOCK = 10
    calls: list[int] = []
    original = demo_svc.log.get_many
    monkeypatch.setattr(demo_svc.log, "get_many",
                        lambda chunk: calls.append(len(chunk)) or original(chunk))
    model.set_ids(ids, {i.id: i.name for i in demo_svc.initiatives.all()})
    assert model.rowCount() == len(ids) > 20
    assert model.index(0, 2).data() == demo_svc.log.get(ids[0]).title
    assert calls == [10]  # only the first block was read
    qtmodeltester.check(model)


def test_check_list_model(qtmodeltester):
    model = CheckListModel([(p.code, p.label_da) for p in PLAGUES.items])
    qtmodeltester.check(model)
    model.setData(model.index(2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == [PLAGUES.items[2].code]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("it")
    qtmodeltester.check(proxy)


def test_plague_matrix_model(qtmodeltester, demo_svc):
    model = PlagueMatrixModel()
    qtmodeltester.check(model)
    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    model.set_assessments(demo_svc.plagues.list(viborg.id))
    assert model.rowCount() == 7
    assert model.columnCount() >= 3
    qtmodeltester.check(model)


def test_view_models_on_the_example(qtmodeltester, demo_window, demo_ctx):
    """The models as the views fill them: overview, lists, every initiative tab."""
    viborg = demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg")
    demo_window.open_initiative(viborg.id)
    for name in ("overview", "log", "directory", "actions", "briefs"):
        demo_window.show_page(name)
    settle(demo_ctx)
    d = demo_window.initiatives.detail
    for i in range(d.ui.tabs.count()):  # each tab is filled when first opened
        d.ui.tabs.setCurrentIndex(i)
        settle(demo_ctx)
    models = [demo_window.overview.recent, demo_window.overview.due,
              demo_window.initiatives.model, demo_window.log.model,
              demo_window.directory.people, demo_window.directory.orgs,
              demo_window.actions_page.model, d.overview_tab.parties, d.overview_tab.members,
              d.relations_tab.pair_model, d.relations_tab.assessments, d.plagues_tab.matrix,
              d.barriers_tab.barriers, d.results_tab.indicators, d.results_tab.measurement_model,
              d.log_tab.log, d.actions_tab.action_model, demo_window.briefs.portfolio]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)
    trash = demo_window.open_trash()
    demo_ctx.svc.log.delete(demo_ctx.svc.log.ids(LogFilter())[0])
    trash.reload()
    settle(demo_ctx)
    assert trash.model.rowCount() == 1
    qtmodeltester.check(trash.model)
    assert date.today()  # keep the import meaningful
