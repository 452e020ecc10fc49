"""The people table of Personer og organisationer, read a block at a time: the model holds the
rows scrolled to so far; the view asks for more (Qt's canFetchMore/fetchMore) as the user
scrolls, and the next block is read in the background."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from brobygger.services.person_directory import (
    BLOCK,
    DirectoryQuery,
    people_block,
    people_count,
    person_row,
)
from brobygger.ui.common import Context
from brobygger.ui.models import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(RecordTableModel):
    """People by name; ``load`` reads the count and the first block, scrolling the rest."""

    def __init__(self, ctx: Context, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.ctx = ctx
        self.query = DirectoryQuery()
        self.total = 0
        self._token = 0          # a newer load makes the blocks of an older one stale
        self._reading = False
        self._after_read: list[Callable[[], None]] = []  # waiting for the read under way

    def load(self, query: DirectoryQuery, done: Callable[[], None] | None = None) -> None:
        """Show ``query``: the count and the first block, read in the background."""
        svc = self.ctx.svc
        self._token += 1
        token = self._token

        def work() -> tuple[int, list[Any]]:
            return people_count(svc, query), people_block(svc, query, 0, BLOCK)

        def loaded(result: tuple[int, list[Any]]) -> None:
            if token != self._token:
                return
            self.query, self._reading = query, False
            self.total, rows = result
            self.set_rows(rows)
            if done is not None:
                done()
            self._run_waiting()

        self._reading = True
        self.ctx.tasks.run(work, loaded)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._reading and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._read_up_to(len(self._rows) + BLOCK)

    def _read_up_to(self, rows: int, done: Callable[[], None] | None = None) -> None:
        """Read the rows after those held, up to ``rows`` (in the background)."""
        svc, query, token = self.ctx.svc, self.query, self._token
        start = len(self._rows)
        self._reading = True

        def appended(block: list[Any]) -> None:
            if token != self._token:
                return
            self._reading = False
            if block:
                self.beginInsertRows(QModelIndex(), start, start + len(block) - 1)
                self._rows.extend(block)
                self.endInsertRows()
            if done is not None:
                done()
            self._run_waiting()

        self.ctx.tasks.run(lambda: people_block(svc, query, start, max(0, rows - start)),
                           appended)

    def _run_waiting(self) -> None:
        waiting, self._after_read[:] = list(self._after_read), []
        for then in waiting:
            then()

    def reveal(self, person_id: uuid.UUID, done: Callable[[int], None]) -> None:
        """Read on until the person's row is held; ``done(row)`` (-1: not listed)."""
        if self.row_of(person_id) >= 0:
            done(self.row_of(person_id))
            return
        if self._reading:  # a block is being read: go on after it
            self._after_read.append(lambda: self.reveal(person_id, done))
            return
        svc, query, token = self.ctx.svc, self.query, self._token

        def found(row: int) -> None:
            if token != self._token or self._reading:  # a (re)load or block meanwhile:
                self.reveal(person_id, done)             # ask again (after it)
            elif row < 0:
                done(-1)
            else:
                self._read_up_to(row + 1, lambda: done(self.row_of(person_id)))

        self.ctx.tasks.run(lambda: person_row(svc, query, person_id), found)
