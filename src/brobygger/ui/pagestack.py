"""The main window's ten views, each built the first time it is shown.

Building every view when the workspace is attached cost seconds before the Overblik could
show its first data (ten pages, their tables, forms and menus). Now the window holds an
empty slot per view in its stack; :meth:`LazyPages.page` builds a view (and connects its
signals) when it is first needed – shown by the navigation, a menu or shortcut, or asked
for by code (``window.log``, ``window.pages["log"]``). A view that was never built has
nothing to reload: it loads when it is first shown, as every view does."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

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


def _make(name: str, ctx: Context) -> QWidget:
    """A new view ``name`` (its module imported only now)."""
    if name == "overview":
        from brobygger.ui.overview import OverviewPage
        return OverviewPage(ctx)
    if name == "initiatives":
        from brobygger.ui.initiative.page import InitiativesPage
        return InitiativesPage(ctx)
    if name == "log":
        from brobygger.ui.logbook import LogPage
        return LogPage(ctx)
    if name == "directory":
        from brobygger.ui.directory import DirectoryPage
        return DirectoryPage(ctx)
    if name == "actions":
        from brobygger.ui.actions import ActionsPage
        return ActionsPage(ctx)
    if name == "asks":
        from brobygger.ui.asks import AsksPage
        return AsksPage(ctx)
    if name == "meetings":
        from brobygger.ui.meetings.page import MeetingsPage
        return MeetingsPage(ctx)
    if name == "myweek":
        from brobygger.ui.myweek.page import MyWeekPage
        return MyWeekPage(ctx)
    if name == "agreements":
        from brobygger.ui.agreements import AgreementsPage
        return AgreementsPage(ctx)
    raise KeyError(name)


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


class PagesMixin:
    """The main window's views as attributes (``window.log`` builds the Logbog if needed).
    The window sets ``pages`` when its workspace is attached."""

    pages: LazyPages

    def _page(self, name: str) -> Any:
        return self.pages[name]

    @property
    def overview(self) -> OverviewPage:
        page: OverviewPage = self._page("overview")
        return page

    @property
    def initiatives(self) -> InitiativesPage:
        page: InitiativesPage = self._page("initiatives")
        return page

    @property
    def log(self) -> LogPage:
        page: LogPage = self._page("log")
        return page

    @property
    def directory(self) -> DirectoryPage:
        page: DirectoryPage = self._page("directory")
        return page

    @property
    def actions_page(self) -> ActionsPage:
        page: ActionsPage = self._page("actions")
        return page

    @property
    def asks_page(self) -> AsksPage:
        page: AsksPage = self._page("asks")
        return page

    @property
    def briefs(self) -> QWidget:
        page: QWidget = self._page("briefs")
        return page

    @property
    def meetings_page(self) -> MeetingsPage:
        page: MeetingsPage = self._page("meetings")
        return page

    @property
    def myweek(self) -> MyWeekPage:
        page: MyWeekPage = self._page("myweek")
        return page

    @property
    def agreements_page(self) -> AgreementsPage:
        page: AgreementsPage = self._page("agreements")
        return page


__all__ = ["LazyPages", "PagesMixin", "_make"]
