"""The main window's ten views, each built the first time it is shown.

Building every view when the workspace is attached cost seconds before the Overblik could
show its first data (ten pages, their tables, forms and menus). Now the window holds an
empty slot per view in its stack; :meth:`LazyPages.page` builds a view (and connects its
signals) when it is first needed – shown by the navigation, a menu or shortcut, or asked
for by code (``window.log``, ``window.pages["log"]``). A view that was never built has
nothing to reload: it loads when it is first shown, as every view does."""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

if TYPE_CHECKING:
    from brobygger.ui.actions import ActionsPage
    from brobygger.ui.agreements import AgreementsPage
    from brobygger.ui.asks import AsksPage
    from brobygger.ui.common import Context
    from brobygger.ui.directory import DirectoryPage
    from brobygger.ui.initiative.page import InitiativesPage
    from brobygger.ui.logbook import LogPage
    from brobygger.ui.meetings.page import MeetingsPage
    from brobygger.ui.myweek.page import MyWeekPage
    from brobygger.ui.overview import OverviewPage


# Each view's class, imported only when the view is first built.
_VIEWS = {
    "overview": ("brobygger.ui.overview", "OverviewPage"),
    "initiatives": ("brobygger.ui.initiative.page", "InitiativesPage"),
    "log": ("brobygger.ui.logbook", "LogPage"),
    "directory": ("brobygger.ui.directory", "DirectoryPage"),
    "actions": ("brobygger.ui.actions", "ActionsPage"),
    "asks": ("brobygger.ui.asks", "AsksPage"),
    "meetings": ("brobygger.ui.meetings.page", "MeetingsPage"),
    "myweek": ("brobygger.ui.myweek.page", "MyWeekPage"),
    "agreements": ("brobygger.ui.agreements", "AgreementsPage"),
}


def _make(name: str, ctx: Context) -> QWidget:
    """A new view ``name`` (its module imported only now)."""
    module, cls = _VIEWS[name]
    page: QWidget = getattr(importlib.import_module(module), cls)(ctx)
    return page


class LazyPages(Mapping[str, QWidget]):
    """The views by name; looking one up builds it (and puts it in its slot of the stack).
    Iterating gives every name, so ``for name in window.pages`` still covers all ten."""

    def __init__(self, names: tuple[str, ...], stack: QStackedWidget,
                 make: Callable[[str], QWidget],
                 on_built: Callable[[str, QWidget], None]) -> None:
        from brobygger.ui.accessibility import scrolling

        self.names = names
        # Weakly: the window holds this mapping, and a cycle through a widget would leave its
        # deletion to Python's garbage collector – which may run on a worker thread, where
        # deleting widgets crashes Qt.
        self._make = weakref.WeakMethod(make)
        self._on_built = weakref.WeakMethod(on_built)
        self._built: dict[str, QWidget] = {}
        self._slots: dict[str, QScrollArea] = {}
        for name in names:  # one slot per view (the navigation's row is its index): each
            # view scrolls when the window is small (200 % on full HD)
            slot = scrolling(QWidget())
            stack.addWidget(slot)
            self._slots[name] = slot

    def __getitem__(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            if name not in self._slots:
                raise KeyError(name)
            make, on_built = self._make(), self._on_built()
            if make is None or on_built is None:  # the window is gone
                raise KeyError(name)
            page = make(name)
            self._built[name] = page
            slot = self._slots[name]
            slot.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
            slot.setWidget(page)
            on_built(name, page)  # its signals connected (it may look up others)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built(self) -> dict[str, QWidget]:
        """The views built so far (without building the others)."""
        return dict(self._built)


V = TypeVar("V")


class _View(Generic[V]):
    """A view as a typed attribute of the window: ``window.log`` is ``window.pages["log"]``
    (built on first use). The view's name is the attribute's unless given."""

    def __init__(self, name: str = "") -> None:
        self.name = name

    def __set_name__(self, owner: type[Any], attribute: str) -> None:
        self.name = self.name or attribute

    @overload
    def __get__(self, window: None, owner: type[Any]) -> _View[V]: ...

    @overload
    def __get__(self, window: PagesMixin, owner: type[Any]) -> V: ...

    def __get__(self, window: PagesMixin | None, owner: type[Any]) -> _View[V] | V:
        if window is None:
            return self
        return cast(V, window.pages[self.name])


class PagesMixin:
    """The main window's views as attributes (``window.log`` builds the Logbog if needed).
    The window sets ``pages`` when its workspace is attached."""

    pages: LazyPages

    overview: _View[OverviewPage] = _View()
    initiatives: _View[InitiativesPage] = _View()
    log: _View[LogPage] = _View()
    directory: _View[DirectoryPage] = _View()
    actions_page: _View[ActionsPage] = _View("actions")
    asks_page: _View[AsksPage] = _View("asks")
    briefs: _View[QWidget] = _View()
    meetings_page: _View[MeetingsPage] = _View("meetings")
    myweek: _View[MyWeekPage] = _View()
    agreements_page: _View[AgreementsPage] = _View("agreements")


__all__ = ["LazyPages", "PagesMixin", "_make"]
