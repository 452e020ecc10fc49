"""What every tab of the initiative detail shares: the detail it belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from brobygger.ui.initiative.detail import InitiativeDetail


def select_row(view: QTableView, row: int) -> None:
    if row >= 0 and view.model() is not None and row < view.model().rowCount():
        view.selectRow(row)


class Tab(QObject):
    """One tab of :class:`~brobygger.ui.initiative.detail.InitiativeDetail`: its models,
    buttons and selection. ``show(data)`` fills it from what the detail loaded."""

    def __init__(self, detail: InitiativeDetail) -> None:
        super().__init__(detail)
        self.detail = detail
        self.ctx = detail.ctx
        self.ui = detail.ui

    def show(self, data: dict[str, Any]) -> None:
        raise NotImplementedError
