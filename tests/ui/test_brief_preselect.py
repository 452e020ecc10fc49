"""Ctrl+P from an initiative's page preselects that initiative (not the first one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from brobygger.ui import common
from tests.ui.conftest import settle


def test_ctrl_p_preselects_the_open_initiative(demo_window, demo_ctx, qtbot):
    names = sorted(i.name for i in demo_ctx.svc.initiatives.all())
    last = demo_ctx.svc.initiatives.find(names[-1])
    demo_window.open_initiative(last.id)
    settle(demo_ctx)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    QTest.keyClick(demo_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_page() == "briefs"
    settle(demo_ctx)
    page = demo_window.briefs
    assert page.ui.initiative.count() == len(names)
    assert common.combo_value(page.ui.initiative) == last.id
