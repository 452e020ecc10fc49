"""The base of the main views: refresh when shown and when data they show changed."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from brobygger.services.unit_of_work import Changes
from brobygger.ui.common import Context

# The tables behind what the views show (Changes name the tables written).
LOG_TABLES = frozenset({"log_entry"})
PARTY_TABLES = frozenset({"organisation", "person"})
INITIATIVE_TABLES = frozenset({"initiative", "initiative_party", "initiative_member"})
TRACKING_TABLES = frozenset({"action", "relationship_assessment", "plague_assessment",
                             "barrier_assessment", "indicator", "measurement"})
ALL_TABLES = LOG_TABLES | PARTY_TABLES | INITIATIVE_TABLES | TRACKING_TABLES


class Page(QWidget):
    """A main view. ``reload()`` starts a background load; it runs when the page is shown
    after data it shows changed (``ctx.tasks.changed`` with a table of :attr:`tables`), or
    at once when it is visible. :attr:`pending` holds what changed since the last load
    (None: load everything), so a view can reload only the part that changed."""

    tables: ClassVar[frozenset[str]] = ALL_TABLES
    # The view that made a change has already shown it (it may skip the reload).
    skips_own: ClassVar[bool] = False

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._generation = 0
        self.pending: Changes | None = None
        ctx.tasks.changed.connect(self.changed)

    def wants(self, changes: Changes) -> bool:
        if self.skips_own and changes.initiator is self:
            return False
        return changes.touches(self.tables)

    def changed(self, changes: Changes) -> None:
        if not self.wants(changes):
            return
        if not self._dirty:
            self.pending = changes
        elif self.pending is not None:
            self.pending = self.pending.merged(changes)
        self.mark_dirty()

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._generation += 1
        self.reload(self._generation)
        self.pending = None

    def invalidate(self) -> None:
        """Reload everything (a filter changed, the language changed)."""
        self.pending = None
        self.mark_dirty()

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    def reload(self, generation: int) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        from brobygger.ui import accessibility

        accessibility.prepare(self)  # names, and Tab leaves tables (see accessibility.py)
        if self._dirty:
            self.refresh()
