"""The main window builds a view the first time it is shown (issue 21: time to usable):
at start only the start view exists; a shortcut, the navigation, a menu or code that asks
for a view builds it, and it then works as if it had been there from the start."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from brobygger.services.asks import AskFilter
from brobygger.services.log import LogFilter
from brobygger.ui.logbook import LogPage
from brobygger.ui.mainwindow import PAGES
from tests.ui.conftest import settle


def test_only_the_start_view_is_built_when_the_workspace_is_attached(demo_window):
    w = demo_window
    assert w.current_page() == "overview"
    assert set(w.pages.built()) == {"overview"}
    assert list(w.pages) == list(PAGES)  # every view is still named (and reachable)
    assert w.ui.stack.count() == len(PAGES)
    assert w.overview.cards  # the Overblik has its data


def test_a_shortcut_builds_the_view_and_shows_its_data(demo_window, qtbot):
    w = demo_window
    assert not w.pages.is_built("log")
    w.activateWindow()
    QTest.keySequence(w, QKeySequence("Ctrl+3"))  # Vis → Logbog
    assert w.current_page() == "log"
    assert w.pages.is_built("log")
    page = w.pages["log"]
    assert isinstance(page, LogPage) and page.isVisible()
    assert w.ui.stack.currentWidget().widget() is page  # in its scroll area
    settle(w.ctx)
    total = w.ctx.svc.log.count()
    assert total > 0 and page.model.rowCount() == total
    # built once: asking again gives the same view
    assert w.log is page and w.show_page("log") is page
    # the built view is prepared for the keyboard and screen readers like the others
    search = page.ui.searchEdit
    assert isinstance(search, QLineEdit) and search.accessibleName()
    assert search.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_navigation_builds_each_view_on_its_first_visit(demo_window):
    w = demo_window
    for row, name in enumerate(PAGES):
        w.ui.nav.setCurrentRow(row)
        assert w.pages.is_built(name)
        assert w.ui.stack.currentIndex() == row
        assert w.ui.stack.currentWidget().widget() is w.pages[name]
        settle(w.ctx)
        assert not w.pages[name]._dirty  # type: ignore[attr-defined]  # it loaded
    assert set(w.pages.built()) == set(PAGES)


def test_a_save_builds_no_view_and_reloads_only_the_visible_one(demo_window):
    """A change reaches the views that exist; one never built loads when first shown."""
    w = demo_window
    w.show_page("log")
    settle(w.ctx)
    reloaded: list[str] = []
    for name, page in w.pages.built().items():
        original = page.reload  # type: ignore[attr-defined]
        page.reload = (lambda g, n=name, o=original: (  # type: ignore[attr-defined]
            reloaded.append(n), o(g)))
    svc = w.ctx.svc
    w.ctx.tasks.run(lambda: svc.log.create(entry_date=date(2026, 11, 20), type="moede",
                                           title="Lazy-sidernes møde"), write=True)
    settle(w.ctx)
    assert reloaded == ["log"]  # the Overblik (hidden) reloads when next shown
    assert set(w.pages.built()) == {"overview", "log"}
    assert w.pages["overview"]._dirty  # type: ignore[attr-defined]
    w.show_page("directory")  # built now, with the new entry's data read fresh
    settle(w.ctx)
    assert "Lazy-sidernes møde" in [e.title for e in svc.log.list(limit=5)]
    assert set(w.pages.built()) == {"overview", "log", "directory"}


def test_code_that_asks_for_a_view_gets_it_built(demo_window):
    w = demo_window
    assert not w.pages.is_built("initiatives")
    ini = w.ctx.svc.initiatives.all()[0]
    w.open_initiative(ini.id)  # e.g. a card on the Overblik
    settle(w.ctx)
    assert w.current_page() == "initiatives"
    assert w.initiatives.current_initiative_id() == ini.id
    assert not w.pages.is_built("meetings")
    assert w.meetings_page is w.pages["meetings"]  # the attribute builds it too


def test_an_initiatives_page_is_built_when_one_is_first_opened(demo_window):
    w = demo_window
    page = w.show_page("initiatives")
    settle(w.ctx)
    assert page._detail is None  # type: ignore[attr-defined]  # the list only
    assert page.current_initiative_id() is None
    names = {r["initiative"].name: r["parties"] for r in page.model.rows}
    ini = next(i for i in w.ctx.svc.initiatives.all() if w.ctx.svc.parties.list(i.id))
    assert names[ini.name] == [p.organisation_name for p in w.ctx.svc.parties.list(ini.id)]
    page.show_initiative(ini.id)
    settle(w.ctx)
    assert page._detail is not None and page.detail.isVisible()  # type: ignore[attr-defined]
    assert page.current_initiative_id() == ini.id


def test_an_initiatives_tabs_fill_when_first_opened(demo_window, qtbot):
    """The open tab is filled with the data at once, each other one when it is first
    opened (not in the background while the user looks at one tab)."""
    w = demo_window
    page = w.show_page("initiatives")
    settle(w.ctx)
    detail = page.detail
    shown: list[str] = []
    for tab in detail.tabs:
        original = tab.show
        tab.show = (lambda data, t=tab, o=original: (  # type: ignore[method-assign]
            shown.append(type(t).__name__), o(data)))
    ini = next(i for i in w.ctx.svc.initiatives.all()
               if w.ctx.svc.log.ids(LogFilter(initiative_id=i.id)))
    page.show_initiative(ini.id)
    w.ctx.tasks.wait()  # delivered: only the open tab (Overblik) so far
    assert shown == ["OverviewTab"]
    detail.ui.tabs.setCurrentIndex(detail.tabs.index(detail.log_tab))  # before its turn
    assert shown == ["OverviewTab", "LogTab"]
    assert detail.log_tab.log.rowCount() > 0  # type: ignore[attr-defined]
    qtbot.wait(50)  # turns of the event loop: nothing else is filled meanwhile
    assert shown == ["OverviewTab", "LogTab"]
    for i in range(detail.ui.tabs.count()):
        detail.ui.tabs.setCurrentIndex(i)
    assert sorted(shown) == sorted(type(t).__name__ for t in detail.tabs)  # each once
    detail.ui.tabs.setCurrentIndex(0)
    assert len(shown) == len(detail.tabs)  # filled already: not again


def test_the_asks_and_readiness_tabs_are_built_when_first_opened(demo_window):
    """The Anmodninger tab holds a whole view (the asks panel) and Parathed a form of eight
    rows: neither is built with the initiative's page, only when its tab is opened."""
    w = demo_window
    page = w.show_page("initiatives")
    settle(w.ctx)
    ini = w.ctx.svc.initiatives.all()[0]
    page.show_initiative(ini.id)
    settle(w.ctx)
    detail = page.detail
    tabs = detail.ui.tabs
    asks_page = tabs.widget(detail.tabs.index(detail.asks_tab))
    readiness_page = tabs.widget(detail.tabs.index(detail.readiness_tab))
    assert asks_page.findChildren(QTableView) == []
    assert readiness_page.findChildren(QComboBox) == []
    tabs.setCurrentIndex(detail.tabs.index(detail.asks_tab))
    assert asks_page.findChildren(QTableView)
    assert detail.asks_tab.panel.model.rowCount() == len(
        w.ctx.svc.asks.list(AskFilter(initiative_id=ini.id)))
    tabs.setCurrentIndex(detail.tabs.index(detail.readiness_tab))
    assert len(readiness_page.findChildren(QComboBox)) == 8
    assert all(c.accessibleName() for c in readiness_page.findChildren(QComboBox))
