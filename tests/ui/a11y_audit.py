"""The accessibility audit (EN 301 549 / WCAG 2.1 AA) used by test_accessibility.py: which
controls a keyboard user can reach, which of them have no accessible name, and a Tab walk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from brobygger.ui.accessibility import accessible_name


def shown(w: QWidget) -> bool:
    """Really on screen: visible, enabled, in a visible window (hidden tab pages excluded)."""
    return w.isVisible() and w.isEnabled() and w.window().isVisible()


def focusables(window: QWidget) -> list[QWidget]:
    """The controls Tab should reach (in the window itself, not in its open dialogs)."""
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        if w.window() is not window or not shown(w) or w.focusProxy() is not None:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w)
    return out


def describe(w: QWidget) -> str:
    path = []
    cur: QWidget | None = w
    while cur is not None and len(path) < 4:
        path.append(cur.objectName() or type(cur).__name__)
        cur = cur.parentWidget()
    return "/".join(reversed(path))


def unnamed(window: QWidget) -> list[str]:
    """Reachable controls a screen reader would announce without a name."""
    missing = []
    for w in focusables(window):
        if w is window:
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None and iface.isValid(), describe(w)
        if not accessible_name(w).strip():
            missing.append(f"{type(w).__name__} {describe(w)}")
    return missing


def tab_walk(window: QWidget, limit: int = 400) -> tuple[list[QWidget], bool]:
    """Press Tab from the first control until focus is back on it: the widgets reached and
    whether it came back (no trap)."""
    window.activateWindow()
    QApplication.processEvents()
    chain = focusables(window)
    start = QApplication.focusWidget()
    if start is None or start.window() is not window or start not in chain:
        start = next(w for w in chain if w is not window)
        start.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        start = QApplication.focusWidget() or start
    seen: list[QWidget] = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, "focus was lost"
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is start:
            return seen, True
        if now is not None and now not in seen:
            seen.append(now)
    return seen, False


def audit(window: QWidget) -> dict[str, Any]:
    """Unnamed controls, controls Tab never reached, and whether Tab came back."""
    names = unnamed(window)
    reached, back = tab_walk(window)
    missed = [f"{type(w).__name__} {describe(w)}" for w in focusables(window)
              if w not in reached and w is not window]
    return {"unnamed": names, "missed": missed, "returns": back,
            "reached": len(reached)}
