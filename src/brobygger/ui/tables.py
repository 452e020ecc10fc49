"""A table view of a model's records, set up as every list in the app is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView, QWidget

from brobygger.ui.common import setup_table


def record_view(parent: QWidget | None, model: QAbstractItemModel, name: str = "", *,
                stretch: int | None = None) -> QTableView:
    """A :class:`QTableView` of ``model`` (rows selected whole, Tab leaves it, …:
    :func:`~brobygger.ui.common.setup_table`), column ``stretch`` taking the free width,
    ``name`` its accessible name."""
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, stretch=stretch)
    if name:
        view.setAccessibleName(name)
    return view
