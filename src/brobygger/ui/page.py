"""The base of the main views: refresh when shown and when data changed."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from brobygger.ui.common import Context


class Page(QWidget):
    """A main view. ``reload()`` starts a background load; it runs when the page is shown
    after data changed (``ctx.tasks.changed``), or at once when it is visible."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._generation = 0
        ctx.tasks.changed.connect(self.mark_dirty)

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._generation += 1
        self.reload(self._generation)

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
