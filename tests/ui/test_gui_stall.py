"""What keeps the GUI thread free while views fill (issue 21: UI stall): fitting columns
measures a sample of rows, not every row of a big table; PySide6 does not read and keep
the source of every module imported after it (memory)."""

from __future__ import annotations

import subprocess
import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from brobygger.ui.accessibility import KeepColourDelegate
from brobygger.ui.common import FIT_ROWS, fit_columns, setup_table


class _Counting(QStandardItemModel):
    """Records the rows whose data the view asked for."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.asked: list[int] = []

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.asked.append(index.row())
        return super().data(index, role)


def test_fitting_columns_measures_a_sample_of_rows(qtbot):
    model = _Counting(3000, 4)
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
    model.asked.clear()
    fit_columns(view, cap=2000)
    assert len(model.asked) > 0 and max(model.asked) < FIT_ROWS  # Qt's default: 1,000 rows
    # the texts are measured directly: the Python delegate is not asked for a size hint per
    # cell (with the model asked a dozen times each, ~50 µs a cell – 20–40 ms a table)
    assert measured == []
    assert view.columnWidth(1) > view.columnWidth(2)  # the long text was seen
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance("y" * 80)


def test_fitted_widths_are_those_qt_would_give(qtbot):
    model = QStandardItemModel(30, 3)
    model.setHorizontalHeaderLabels(["Navn", "Status", "En lang overskrift her"])
    for row in range(30):
        for column in range(3):
            model.setItem(row, column, QStandardItem("Mødet på Ølby " * (1 + row % 3)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    setup_table(view)
    view.resizeColumnsToContents()
    qt = [view.columnWidth(c) for c in range(3)]
    fit_columns(view, cap=2000)
    ours = [view.columnWidth(c) for c in range(3)]
    assert all(abs(a - b) <= 2 for a, b in zip(qt, ours, strict=True)), (qt, ours)


def _sources_kept(install: bool) -> bool:
    code = ("import linecache, PySide6.QtCore\n"
            "from brobygger.ui import feature_check\n"
            f"{'feature_check.install()' if install else ''}\n"
            "import brobygger.domain.catalogue\n"
            "print(any('/brobygger/domain/' in k for k in linecache.cache))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    return out == "True"


def test_imports_after_pyside_keep_no_source_in_memory():
    assert _sources_kept(install=False)  # what PySide6 does by itself
    assert not _sources_kept(install=True)


def test_the_check_still_tells_which_modules_use_pyside():
    from brobygger.ui import feature_check, overview

    plain = types.ModuleType("plain")
    plain.x = 1  # type: ignore[attr-defined]
    assert feature_check.uses_pyside(overview)
    assert not feature_check.uses_pyside(plain)
    assert not feature_check.uses_pyside(sys.modules["brobygger.domain.rules"])


def test_a_message_box_fits_itself_without_a_filter_on_every_event(qtbot):
    """A box fits its text when shown, by itself: the application-wide event filter that
    did this cost a call into Python for every event of every widget."""
    from PySide6.QtWidgets import QMessageBox

    from brobygger.ui.boxes import FITTED, MessageBox

    box = MessageBox(QMessageBox.Icon.Information, "Brobygger", "Et kort svar.")
    qtbot.addWidget(box)
    box.show()
    assert box.property(FITTED)


def test_every_message_box_of_the_app_is_one_that_fits_itself():
    import re
    from pathlib import Path

    import brobygger

    src = Path(brobygger.__file__).parent
    made = re.compile(r"QMessageBox\((?!\))|QMessageBox\.(warning|information|critical|"
                      r"question|about)\(")
    found = [f"{p.relative_to(src)}:{n}" for p in src.rglob("*.py")
             if p.name != "boxes.py" and "forms" not in p.parts
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if made.search(line)]
    assert found == []


def test_a_misplaced_tab_bar_is_moved_without_relinking_the_window(qtbot, monkeypatch):
    """The tabs come before their pages' controls; moving the bar is one link, not a
    re-link of the window's whole focus chain (~20 ms a view once several were built)."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

    from brobygger.ui import accessibility

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for i in range(40):  # the rest of the window: other views' controls
        layout.addWidget(QLineEdit(objectName=f"other{i}"))
    tabs = QTabWidget()
    for i in range(2):
        page = QWidget()
        inner = QVBoxLayout(page)
        inner.addWidget(QLineEdit(objectName=f"field{i}"))
        inner.addWidget(QPushButton(f"Knap {i}", objectName=f"button{i}"))
        tabs.addTab(page, f"Fane {i}")
    layout.addWidget(tabs)
    layout.addWidget(QPushButton("Sidst", objectName="last"))
    QWidget.setTabOrder(window.findChild(QPushButton, "last"), tabs.tabBar())  # bar last
    window.show()
    links: list[tuple[str, str]] = []
    original = QWidget.setTabOrder
    monkeypatch.setattr(QWidget, "setTabOrder", staticmethod(
        lambda a, b: (links.append((a.objectName(), b.objectName())), original(a, b))))
    accessibility.tab_bars_first(window)
    names = [w.objectName() for w in accessibility.focus_chain(window)]
    assert names.index("qt_tabwidget_tabbar") == names.index("other39") + 1
    assert names.index("qt_tabwidget_tabbar") < names.index("field0") < names.index("last")
    assert len(links) <= 2  # was one per control of the window
