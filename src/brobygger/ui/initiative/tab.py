"""What every tab of the initiative detail shares: the detail it belongs to."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import QTableView, QWidget

from brobygger.ui.common import Context
from brobygger.ui.forms.ui_initiativedetail import Ui_InitiativeDetail


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
