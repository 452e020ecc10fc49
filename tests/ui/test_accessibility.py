"""EN 301 549 / WCAG 2.1 AA audit on the example workspace: every page, every tab of an
initiative and the main dialogs – no reachable control without an accessible name, and a
Tab walk from the first control reaches every focusable control and comes back (no trap)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from brobygger.ui import accessibility
from brobygger.ui.charts import ChartPanel, LevelBar, ScaleBar
from brobygger.ui.mainwindow import PAGES
from tests.ui.a11y_audit import audit, focusables
from tests.ui.conftest import settle


def check(window: QWidget, where: str) -> dict[str, Any]:
    QApplication.processEvents()
    result = audit(window)
    assert result["unnamed"] == [], f"{where}: controls without an accessible name"
    assert result["returns"], f"{where}: Tab did not come back to the start (a trap)"
    assert result["missed"] == [], f"{where}: Tab never reached these"
    return result


def first_initiative(window: Any) -> Any:
    page = window.show_page("initiatives")
    settle(window.ctx)
    ini = window.ctx.svc.initiatives.all()[0]
    page.show_initiative(ini.id)
    settle(window.ctx)
    return page.detail


@pytest.mark.parametrize("name", PAGES)
def test_every_page_is_named_and_has_no_keyboard_trap(demo_window, name):
    demo_window.show_page(name)
    settle(demo_window.ctx)
    result = check(demo_window, name)
    assert result["reached"] >= 3


def test_every_initiative_tab_is_named_and_has_no_keyboard_trap(demo_window):
    detail = first_initiative(demo_window)
    tabs = detail.ui.tabs
    assert tabs.count() >= 7
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle(demo_window.ctx)
        check(demo_window, f"tab {tabs.tabText(i)}")


def test_ctrl_tab_switches_initiative_tabs(demo_window):
    detail = first_initiative(demo_window)
    tabs = detail.ui.tabs
    tabs.setCurrentIndex(0)
    table = next(w for w in tabs.currentWidget().findChildren(QTableView) if w.isVisible())
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    focus = QApplication.focusWidget() or tabs
    QTest.keyClick(focus, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentIndex() == 0


def test_tab_leaves_a_table_and_arrows_move_inside(demo_window):
    page = demo_window.show_page("log")
    settle(demo_window.ctx)
    view = next(v for v in page.findChildren(QTableView) if v.isVisible())
    assert not view.tabKeyNavigation()
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view


def test_overview_cards_take_focus_and_open_with_enter_and_space(demo_window):
    page = demo_window.show_page("overview")
    settle(demo_window.ctx)
    card = page.cards[0]
    assert card in focusables(demo_window)
    iface = QAccessible.queryAccessibleInterface(card)
    assert iface.text(QAccessible.Text.Name) == demo_window.ctx.svc.initiatives.get(
        card.initiative_id).name
    assert "Enter" in iface.text(QAccessible.Text.Description)
    opened: list[Any] = []
    card.clicked.connect(opened.append)
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Return)
    QTest.keyClick(card, Qt.Key.Key_Space)
    assert opened == [card.initiative_id, card.initiative_id]


def test_painted_widgets_expose_name_value_and_description(demo_window):
    detail = first_initiative(demo_window)
    chart = detail.relations_tab.relations_chart
    assert isinstance(chart, ChartPanel)
    detail.ui.tabs.setCurrentIndex(1)
    settle(demo_window.ctx)
    detail.ui.pairsView.selectRow(0)
    settle(demo_window.ctx)
    iface = QAccessible.queryAccessibleInterface(chart.line_chart)
    assert iface.role() == QAccessible.Role.Chart
    description = iface.text(QAccessible.Text.Description)
    # e.g. "Respekt 9 af 10, stigende"
    assert "Respekt" in description and " af 10" in description, description
    assert iface.text(QAccessible.Text.Value)
    # the chart's data as a table, reached by keyboard
    chart.toggle.setFocus()
    QTest.keyClick(chart.toggle, Qt.Key.Key_Space)
    assert chart.stack.currentWidget() is chart.table and chart.table.rowCount() > 0
    assert chart.table.accessibleName()
    bars = [*detail.findChildren(ScaleBar), *detail.findChildren(LevelBar)]
    assert bars
    for bar in bars:
        bar_iface = QAccessible.queryAccessibleInterface(bar)
        assert bar_iface.role() == QAccessible.Role.Indicator
        assert bar_iface.text(QAccessible.Text.Name)
        assert " af " in bar_iface.text(QAccessible.Text.Value) \
            or bar_iface.text(QAccessible.Text.Value) == "ikke vurderet"


def test_windows_are_prepared_when_they_get_focus(demo_window):
    assert demo_window.property(accessibility.PREPARED) or demo_window.isActiveWindow()
    dlg = demo_window.new_entry()
    QApplication.processEvents()
    assert dlg.property(accessibility.PREPARED)
    dlg.close()


def _record_dialogs(window: Any) -> list[tuple[str, Any]]:
    """Every record dialog, new (with the initiative as default where it takes one)."""
    from brobygger.ui import dialogs

    ini = window.ctx.svc.initiatives.all()[0]
    out = []
    for name in dialogs.__all__:
        cls = getattr(dialogs, name)
        if not isinstance(cls, type) or cls is dialogs.RecordDialog \
                or not issubclass(cls, dialogs.RecordDialog):
            continue
        defaults = {} if name in ("PersonDialog", "OrganisationDialog", "InitiativeDialog") \
            else {"initiative_id": ini.id}
        out.append((name, lambda c=cls, d=defaults: dialogs.open_dialog(
            c(window.ctx, None, window, **d))))
    return out


def _main_dialogs(window: Any) -> list[tuple[str, Any]]:
    from brobygger.ui.history import open_history

    ini = window.ctx.svc.initiatives.all()[0]
    return [
        ("Papirkurv", window.open_trash), ("Indstillinger", window.open_settings),
        ("Om", window.about), ("Sikkerhedskopier", window.open_backups),
        ("Eksportér pakke", window.export_bundle), ("Eksportér data", window.export_data),
        ("Delt arbejdsområde", window.open_shared),
        ("Historik", lambda: open_history(window.ctx, window, ini.id, ini.name)),
        *_other_dialogs(window),
    ]


def _other_dialogs(window: Any) -> list[tuple[str, Any]]:
    """The profile and the meeting dialogs (forum, meeting, agenda, minutes)."""
    from brobygger.ui.meetings import forms
    from brobygger.ui.meetings.builder import AgendaBuilderDialog
    from brobygger.ui.meetings.minutes import MinutesDialog
    from brobygger.ui.profile import open_profile

    svc = window.ctx.svc
    inis = [(i.id, i.name) for i in svc.initiatives.all()]
    people = [(p.id, p.name) for p in svc.people.all()]
    forums = [(f.id, f.name) for f in svc.meetings.forums.all()]
    meeting = svc.meetings.meetings.all()[0]

    def shown(dlg: Any) -> Any:
        dlg.open()
        return dlg

    return [
        ("Profil", lambda: open_profile(window)),
        ("Forum", lambda: shown(forms.ForumDialog(window.ctx, inis, people, window))),
        ("Møde", lambda: shown(forms.MeetingDialog(window.ctx, forums, forums[0][0], window))),
        ("Dagsorden", lambda: shown(AgendaBuilderDialog(window.ctx, meeting.id, window))),
        ("Referat", lambda: shown(MinutesDialog(window.ctx, meeting.id, window))),
    ]


def test_every_main_dialog_is_named_and_has_no_keyboard_trap(demo_window, qtbot):
    failures = {}
    for name, opener in [*_record_dialogs(demo_window), *_main_dialogs(demo_window)]:
        dlg = opener()
        settle(demo_window.ctx)
        qtbot.waitUntil(lambda d=dlg: QApplication.activeModalWidget() is d
                        or QApplication.activeWindow() is d, timeout=3000)
        assert dlg.property(accessibility.PREPARED), name
        result = audit(dlg)
        if result["unnamed"] or result["missed"] or not result["returns"]:
            failures[name] = result
        dlg.close()
        settle(demo_window.ctx)
    assert failures == {}


def _looks(w: QWidget) -> bytes:
    """The control and a few pixels around it (where a focus ring is drawn)."""
    QApplication.processEvents()
    parent = w.parentWidget() or w
    rect = w.geometry().adjusted(-3, -3, 3, 3) if parent is not w else w.rect()
    image = parent.grab(rect).toImage()
    return bytes(image.constBits())


@pytest.mark.parametrize("name", ["overview", "log", "dialog"])
def test_focus_is_visible_on_every_control(demo_window, name):
    """Each control looks different with the keyboard focus than without it."""
    if name == "dialog":
        window = demo_window.new_entry()
        settle(demo_window.ctx)
    else:
        demo_window.show_page(name)
        settle(demo_window.ctx)
        window = demo_window
    window.activateWindow()
    QApplication.processEvents()
    # as a keyboard user: a Tab press (Qt then shows focus frames until the mouse is used)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    invisible = []
    controls = [w for w in focusables(window) if w is not window]
    assert len(controls) >= 5
    for w in controls:
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if QApplication.focusWidget() is not w:
            continue
        focused = _looks(w)
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        w.clearFocus()
        QApplication.processEvents()
        if _looks(w) == focused:
            invisible.append(f"{type(w).__name__} {w.objectName() or w.accessibleName()}")
    assert invisible == []
