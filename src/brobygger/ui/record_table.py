"""A page's table of records and what can be done with the selected one: open it
(double-click, »Redigér«/»Åbn«), see its history (»Historik«, the right-click menu) and move
it to the trash (»Slet«, the Delete key) – the slots and wiring each list page repeated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget

from brobygger.ui.common import (
    Context,
    delete_confirmed,
    on_delete_key,
    selected_record,
    with_selected,
)
from brobygger.ui.history import add_history_menu, open_selected_history


class RecordTable:
    """``view``'s selected record: ``open`` shows it (a dialog, a page), ``service`` (the
    name of a service of ``ctx.svc``) deletes it after a question naming it by ``what``.
    ``record`` finds the record in a row the page built itself (the initiative tree)."""

    def __init__(self, page: QWidget, ctx: Context, view: QTableView, *,
                 open: Callable[[Any], object], service: str, what: Callable[[Any], str],
                 record: Callable[[Any], Any] | None = None) -> None:
        self.page, self.ctx, self.view = page, ctx, view
        self._open, self._service, self._what = open, service, what
        self._record = record
        add_history_menu(view, ctx)
        view.doubleClicked.connect(lambda _i: self.open())
        on_delete_key(view, self.delete)

    def buttons(self, open: QAbstractButton | None = None,
                delete: QAbstractButton | None = None,
                history: QAbstractButton | None = None) -> None:
        """The page's buttons for the three commands."""
        for button, slot in ((open, self.open), (delete, self.delete),
                             (history, self.history)):
            if button is not None:
                button.clicked.connect(slot)

    def open(self) -> None:
        with_selected(self.view, self._open)

    def history(self) -> None:
        open_selected_history(self.ctx, self.view)

    def delete(self) -> None:
        row = selected_record(self.view)
        record = self._record(row) if row is not None and self._record is not None else row
        delete_confirmed(self.page, self.ctx, record, self._what,
                         getattr(self.ctx.svc, self._service).delete)
