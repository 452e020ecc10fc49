"""What keeps the GUI thread free while views fill (issue 21: UI stall): fitting columns
measures a sample of rows, not every row of a big table."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from brobygger.ui.accessibility import KeepColourDelegate
from brobygger.ui.common import FIT_ROWS, fit_columns


def test_fitting_columns_measures_a_sample_of_rows(qtbot):
    model = QStandardItemModel(3000, 4)
    for row in range(3000):
        for column in range(4):
            model.setItem(row, column, QStandardItem("x" * (row % 40)))
    model.setItem(10, 1, QStandardItem("y" * 80))  # a long text among the first rows
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    measured: list[int] = []

    class Counting(KeepColourDelegate):
        def initStyleOption(self, option, index):  # type: ignore[no-untyped-def]
            measured.append(index.row())
            super().initStyleOption(option, index)

    view.setItemDelegate(Counting(view))
    fit_columns(view, cap=2000)
    assert 0 < len(measured) <= FIT_ROWS * 4  # Qt's default: 1,000 rows per column
    assert max(measured) < 3000
    assert view.columnWidth(1) > view.columnWidth(2)  # the long text was seen
