"""What every tab of the initiative detail shares: the detail it belongs to."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import QAbstractButton, QLayout, QSplitter, QTableView, QWidget

from brobygger.ui.charts import ChartPanel
from brobygger.ui.common import Context, fit_columns
from brobygger.ui.forms.ui_initiativedetail import Ui_InitiativeDetail
from brobygger.ui.models import RecordTableModel


class Detail(Protocol):
    """What a tab uses of the :class:`~brobygger.ui.initiative.detail.InitiativeDetail` it
    sits in (a protocol, so the tabs do not import the detail)."""

    ctx: Context
    ui: Ui_InitiativeDetail
    names: Mapping[uuid.UUID, str]

    def initiative_id(self) -> uuid.UUID | None: ...

    def setup_views(self, views: Sequence[tuple[QTableView, QAbstractItemModel, int | None]]
                    ) -> None: ...

    def edit_on_double_click(self, view: QTableView, cls: type[Any]) -> None: ...

    def delete_on_key(self, view: QTableView, service: str,
                      describe: Callable[[Any], str]) -> None: ...

    def new_record(self, cls: type[Any], initiative: bool = True, **defaults: Any) -> Any: ...

    def edit_selected(self, view: QTableView, cls: type[Any]) -> None: ...

    def delete_selected(self, view: QTableView, service: str,
                        describe: Callable[[Any], str]) -> None: ...


def select_row(view: QTableView, row: int) -> None:
    if row >= 0 and view.model() is not None and row < view.model().rowCount():
        view.selectRow(row)


def fill_list(view: QTableView, model: RecordTableModel, rows: list[Any]) -> None:
    """``rows`` into a tab's list, the columns fitted, the first row selected if none is."""
    model.set_rows(rows)
    fit_columns(view)
    if not view.selectionModel().hasSelection():
        select_row(view, 0)


Split = tuple[QSplitter, list[int]]


def add_chart(layout: QLayout, split: Split, bottom: Split) -> ChartPanel:
    """A tab's chart in ``layout``, below its list of series: ``split`` (the list above, the
    selected series below) and ``bottom`` (its records beside the chart) start at their
    sizes."""
    chart = ChartPanel()
    layout.addWidget(chart)
    for splitter, sizes in (split, bottom):
        splitter.setSizes(sizes)
    return chart


class Tab(QObject):
    """One tab of :class:`~brobygger.ui.initiative.detail.InitiativeDetail`: its models,
    buttons and selection. ``show(data)`` fills it from what the detail loaded; ``widget`` is
    the detail itself (parent of the tab's objects and of the dialogs it opens)."""

    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        if widget is None:
            assert isinstance(detail, QWidget)
            widget = detail
        super().__init__(widget)
        self.detail = detail
        self.widget = widget
        self.ctx = detail.ctx
        self.ui = detail.ui

    def show(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def record_list(self, view: QTableView, cls: type[Any], service: str,
                    describe: Callable[[Any], str], edit: QAbstractButton,
                    delete: QAbstractButton, *, delete_key: bool = True) -> None:
        """One list of the tab's records: its Edit button and a double-click open ``cls`` on
        the selected record, its Delete button (and, with ``delete_key``, the Delete key)
        moves it to the trash – ``describe`` names it in the question."""
        detail = self.detail
        edit.clicked.connect(lambda: detail.edit_selected(view, cls))
        detail.edit_on_double_click(view, cls)
        delete.clicked.connect(lambda: detail.delete_selected(view, service, describe))
        if delete_key:
            detail.delete_on_key(view, service, describe)
