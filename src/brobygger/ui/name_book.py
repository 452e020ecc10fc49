"""The names of every organisation and person, read once and shared by the views
(issue 21: memory at scale 10).

Each view that shows whose an action is, who took part or which organisation measured read
its own copy of every name (``svc.overview.party_names()``: 55,000 names, ~36 MB at scale
10) and kept it – the Handlinger view, an initiative's page and the Personer view's detail
each held one. :func:`name_book` gives the window's one :class:`NameBook`: the names are
read once (in the background, by whichever view asks first) and every view holds the same
read-only mapping. A change to an organisation or a person – by this program, another
program or another user (``TaskManager.changed``) – drops it; the next reload reads it
again (the views reload on the same signal).
"""

from __future__ import annotations

import threading
import uuid
from collections import ChainMap
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from brobygger.services.unit_of_work import Changes

if TYPE_CHECKING:
    from brobygger.services import Services
    from brobygger.ui.common import Context

TABLES = ("organisation", "person")
_KEY = "name_book"


class NameBook:
    """The shared names; :meth:`names` on a worker thread, :meth:`changed` on the GUI
    thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._names: Mapping[uuid.UUID, str] | None = None
        self._generation = 0
        self.reads = 0  # how often the names were read (tests)

    def names(self, svc: Services) -> Mapping[uuid.UUID, str]:
        """Every organisation's and person's name by id (also those in the trash)."""
        with self._lock:
            if self._names is not None:
                return self._names
            generation = self._generation
        names = MappingProxyType(svc.overview.party_names())
        with self._lock:
            self.reads += 1
            if generation == self._generation:  # no change meanwhile: keep it for the others
                self._names = names
        return names

    def with_initiatives(self, svc: Services) -> Mapping[uuid.UUID, str]:
        """The names and every initiative's name (by id) – without copying the names."""
        initiatives = {i.id: i.name for i in svc.initiatives.names(include_deleted=True)}
        return ChainMap(initiatives, self.names(svc))  # type: ignore[arg-type]

    def changed(self, changes: Changes) -> None:
        if changes.touches(TABLES):
            with self._lock:
                self._names = None
                self._generation += 1


def name_book(ctx: Context) -> NameBook:
    """The window's name book (made, and told about changes, on first use; GUI thread)."""
    book = ctx.extra.get(_KEY)
    if not isinstance(book, NameBook):
        book = ctx.extra[_KEY] = NameBook()
        ctx.tasks.changed.connect(book.changed)
    return book


__all__ = ["TABLES", "NameBook", "name_book"]
