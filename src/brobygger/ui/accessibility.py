"""Accessibility (EN 301 549 / WCAG 2.1 AA) applied centrally.

- :func:`install` (at start-up) registers an accessible factory: painted widgets that define
  ``a11y_value()`` and ``a11y_description()`` (charts, score and level bars) tell a screen
  reader their name, value and a description such as "Respekt 9 af 10, stigende".
- :func:`prepare` runs on every window the first time it gets focus (and on every page when
  it is shown): no keyboard trap (tables and text fields give Tab back; arrow keys move inside),
  names for unnamed controls from their form label, placeholder, tooltip or group, Ctrl+Tab
  on tab widgets, and dialogs that fit the screen (scrolling inside).
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QGuiApplication,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from brobygger.ui import style

PREPARED = "a11yPrepared"
_TAG = re.compile(r"<[^>]+>")


# -- painted widgets: name, value, description ------------------------------------------------
class PaintedAccessible(QAccessibleWidget):
    """The accessible interface of a painted widget: its ``a11y_role``, ``a11y_value()`` and
    ``a11y_description()`` (the widget's own accessible name stays its name)."""

    def __init__(self, widget: QWidget) -> None:
        role = getattr(widget, "a11y_role", QAccessible.Role.Graphic)
        super().__init__(widget, role, "")
        self._w = widget

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Value:
            return str(self._w.a11y_value())  # type: ignore[attr-defined]
        if t == QAccessible.Text.Description:
            return str(self._w.a11y_description())  # type: ignore[attr-defined]
        if t == QAccessible.Text.Name and not self._w.accessibleName():
            label = _form_label(self._w)
            if label is not None and plain(label.text()):
                return plain(label.text())
            return str(self._w.a11y_description())  # type: ignore[attr-defined]
        return str(super().text(t))


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and hasattr(obj, "a11y_value") \
            and hasattr(obj, "a11y_description"):
        return PaintedAccessible(obj)
    return None


_installed: list[Any] = []


def install(app: QApplication) -> None:
    """Register the accessible factory and prepare every window when it first gets focus."""
    if _installed:
        return
    QAccessible.installFactory(_factory)
    app.focusChanged.connect(_focus_changed)
    _installed.append(_factory)


def _focus_changed(old: QWidget | None, now: QWidget | None) -> None:
    if now is not None:
        window = now.window()
        if not window.property(PREPARED):
            prepare(window)
    ring = _rings[0] if _rings and shiboken6.isValid(_rings[0]) else None
    if ring is None:  # the first time, or its last parent (a dialog) was deleted
        _rings[:] = [ring := FocusRing()]
    ring.follow(now)


class FocusRing(QWidget):
    """A 2-pixel frame in the focus colour around the control with the keyboard focus –
    Fusion's own focus marks on buttons and combo boxes are faint or missing. Tables, text
    panes and cards show focus with their own frame (style sheet), so they get none."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, w: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        if w is None or isinstance(w, QAbstractScrollArea) or w.property("role") == "card" \
                or w.parentWidget() is None or w.isWindow():
            self.hide()
            return
        self.target = w
        w.installEventFilter(self)
        self.setParent(w.parentWidget())
        self._place()

    def _place(self) -> None:
        w = self.target
        if w is None or not shiboken6.isValid(w) or not w.isVisible():
            self.hide()
            return
        self.setGeometry(w.geometry().adjusted(-3, -3, 3, 3))
        self.raise_()
        self.show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize,
                                                   QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def paintEvent(self, event: Any) -> None:
        from PySide6.QtGui import QColor, QPainter, QPen

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("black" if style.high_contrast() else style.FOCUS), 2))
        p.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
        p.end()


_rings: list[FocusRing] = []


# -- names ------------------------------------------------------------------------------------
def plain(text: str) -> str:
    """A label's text as a screen reader should say it: no markup, no '&', no trailing ':'."""
    if _TAG.search(text):
        text = html.unescape(_TAG.sub(" ", text))
    else:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""


def interactive(w: QWidget) -> bool:
    """A control a keyboard user can reach (Tab) – it must have a name."""
    if not (w.isVisibleTo(w.window()) and w.isEnabled()):
        return False
    if w.focusProxy() is not None:
        return False
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _form_label(w: QWidget) -> QLabel | None:
    parent = w.parentWidget()
    if parent is None:
        return None
    for layout in parent.findChildren(QLayout):
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(w)
            if isinstance(label, QLabel):
                return label
        elif isinstance(layout, QGridLayout):
            index = layout.indexOf(w)
            if index < 0:
                continue
            position: Any = layout.getItemPosition(index)
            row, col = int(position[0]), int(position[1])
            if col > 0:
                item = layout.itemAtPosition(row, col - 1)
                if item is not None and isinstance(item.widget(), QLabel):
                    return item.widget()  # type: ignore[return-value]
    return None


def guess_name(w: QWidget) -> str:
    """A name from what a sighted user sees next to the control."""
    label = _form_label(w)
    if label is not None and plain(label.text()):
        if label.buddy() is None:
            label.setBuddy(w)
        return plain(label.text())
    combo_edit = w.lineEdit() if isinstance(w, QComboBox) else None
    for candidate in (getattr(w, "placeholderText", lambda: "")(),
                      combo_edit.placeholderText() if combo_edit is not None else "",
                      w.toolTip(), w.whatsThis()):
        if plain(candidate):
            return plain(candidate)
    parent = w.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and plain(parent.title()):
            return plain(parent.title())
        grand = parent.parentWidget()
        if isinstance(grand, QStackedWidget) and isinstance(grand.parentWidget(), QTabWidget):
            tabs = grand.parentWidget()
            return plain(tabs.tabText(tabs.indexOf(parent)))  # type: ignore[union-attr]
        parent = grand
    return ""


def name_controls(root: QWidget) -> None:
    """Give every unnamed control under ``root`` a name: its label (a screen reader would
    otherwise say a combo box's current item or a field's placeholder instead), else see
    :func:`guess_name`."""
    labelled = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and plain(label.text()):
            labelled[buddy] = plain(label.text())
    for w in [root, *root.findChildren(QWidget)]:
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None \
                or w.accessibleName():
            continue
        if w in labelled:
            w.setAccessibleName(labelled[w])
            continue
        if isinstance(w, QAbstractButton) and plain(w.text()):
            continue
        form_label = _form_label(w)
        if form_label is not None and plain(form_label.text()):
            form_label.setBuddy(w)
            w.setAccessibleName(plain(form_label.text()))
            continue
        if accessible_name(w):
            continue
        name = guess_name(w)
        if name:
            w.setAccessibleName(name)
    for edit in root.findChildren(QLineEdit):
        # the clear button of a search field (a painted icon) is a button without a name
        for button in edit.findChildren(QAbstractButton):
            if not button.accessibleName() and not plain(button.text()):
                button.setAccessibleName(QCoreApplication.translate("accessibility",
                                                                    "Ryd feltet"))


def set_order(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (those hidden or deleted are skipped)."""
    alive = [w for w in widgets if w is not None]
    for a, b in itertools.pairwise(alive):
        QWidget.setTabOrder(a, b)


def focus_chain(window: QWidget) -> list[QWidget]:
    """The window's focusable widgets in the order Tab visits them."""
    out: list[QWidget] = []
    cur = window.nextInFocusChain()
    while cur is not None and cur is not window and len(out) < 5000:
        # a set look-up, not ``policy & TabFocus``: Python's enum makes a new flag value
        # per "&" (thousands of widgets once several views are built)
        if cur.focusPolicy() in _TAB_POLICIES and cur.focusProxy() is None:
            out.append(cur)
        cur = cur.nextInFocusChain()
    return out


_TAB_POLICIES = frozenset((Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.StrongFocus,
                           Qt.FocusPolicy.WheelFocus))  # every policy that has TabFocus


def tab_bars_first(root: QWidget) -> None:
    """A tab widget's tabs come before what is on its pages. The window's focus chain is
    walked once (not once per tab widget) and a misplaced bar is moved by one
    ``setTabOrder`` – re-linking the whole chain cost ~20 ms per view on a window that had
    built several views."""
    all_tabs = root.findChildren(QTabWidget)
    if not all_tabs:
        return
    chain = focus_chain(root.window())
    for tabs in all_tabs:
        bar = tabs.tabBar()
        if bar not in chain:
            continue
        at = chain.index(bar)
        first = next((i for i, w in enumerate(chain) if w is not bar and tabs.isAncestorOf(w)),
                     None)
        if first is None or at < first:
            continue
        chain.insert(first, chain.pop(at))
        if first > 0:  # right after the control before the page's first one
            QWidget.setTabOrder(chain[first - 1], bar)
        else:
            set_order(chain)


# -- colour is never the only cue -------------------------------------------------------------
class KeepColourDelegate(QStyledItemDelegate):
    """A selected row keeps its cells' own text colour (a red "Eskalering" stays red on the
    light selection; every such colour is ≥ 4.5:1 on it) – except in the high-contrast
    look, where the selection is black and its text white."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if style.high_contrast():
            return
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if brush is not None:
            option.palette.setBrush(
                QPalette.ColorRole.HighlightedText, brush)


# -- keyboard -----------------------------------------------------------------------------------
class _TabLeaves(QObject):
    """Tab and Shift+Tab leave a date field (instead of walking its day/month/year)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(obj, QWidget):
            key = event.key() if isinstance(event, QKeyEvent) else 0
            mods = event.modifiers() if isinstance(event, QKeyEvent) else 0
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                    and not mods & Qt.KeyboardModifier.ControlModifier:  # type: ignore[operator]
                move_focus(obj, forward=key == Qt.Key.Key_Tab
                           and not mods & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[operator]
                return True
        return False


_tab_leaves = _TabLeaves()


def move_focus(w: QWidget, forward: bool = True) -> None:
    """Focus the next (previous) widget in the tab chain after ``w``, outside ``w``."""
    step: Callable[[QWidget], QWidget | None] = (
        (lambda x: x.nextInFocusChain()) if forward else (lambda x: x.previousInFocusChain()))
    window = w.window()
    cur = step(w)
    for _ in range(2000):
        if cur is None or cur is w:
            return
        if cur.window() is window and not w.isAncestorOf(cur) and interactive(cur) \
                and cur.isVisible():
            cur.setFocus(Qt.FocusReason.TabFocusReason if forward
                         else Qt.FocusReason.BacktabFocusReason)
            return
        cur = step(cur)


def _tab_shortcuts(tabs: QTabWidget) -> None:
    if tabs.property("a11yTabKeys"):
        return
    from PySide6.QtGui import QShortcut

    from brobygger.ui.shortcuts import NEXT_TAB, PREVIOUS_TAB

    for seq, delta in [*((s, 1) for s in NEXT_TAB.sequences()),
                       *((s, -1) for s in PREVIOUS_TAB.sequences())]:
        sc = QShortcut(seq, tabs)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda t=tabs, d=delta: t.setCurrentIndex(
            (t.currentIndex() + d) % max(1, t.count())))
    tabs.setProperty("a11yTabKeys", True)


def keyboard(root: QWidget) -> None:
    """No keyboard trap under ``root``: Tab leaves tables, text fields and date fields."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for plain_edit in root.findChildren(QPlainTextEdit):
        plain_edit.setTabChangesFocus(True)
    for edit in root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)
    for date in root.findChildren(QDateTimeEdit):
        if not date.property("a11yTabLeaves"):
            date.installEventFilter(_tab_leaves)
            date.setProperty("a11yTabLeaves", True)
    for tabs in root.findChildren(QTabWidget):
        _tab_shortcuts(tabs)
    for area in root.findChildren(QScrollArea):
        # a page that scrolls: Tab goes to the controls in it (the area follows the focus)
        inner = area.widget()
        if inner is not None and any(w.focusPolicy() & Qt.FocusPolicy.TabFocus
                                     for w in inner.findChildren(QWidget)):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


# -- scaling ------------------------------------------------------------------------------------
def scroll_inside(dialog: QDialog) -> None:
    """Put the dialog's content in a scroll area (its button box stays below it), so that it
    can shrink to a small screen (960×540 logical pixels at 200 %) without clipping."""
    content = dialog.layout()
    if dialog.property("a11yScrolls") or content is None:
        return
    buttons = [b for b in dialog.findChildren(QDialogButtonBox)
               if content.indexOf(b) >= 0 and not b.isHidden()]
    want = dialog.sizeHint()
    # the move hides the widgets for a moment: the focused one and the default button
    # (what Enter presses) would be lost – they are given back below
    focused = dialog.focusWidget()
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    inner = QWidget()
    inner.setObjectName("dialogContent")
    inner.setLayout(content)  # takes the layout (and its widgets) from the dialog
    area = QScrollArea()
    area.setObjectName("dialogScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(dialog)
    margins = content.contentsMargins()
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(area, 1)
    for b in buttons:
        content.removeWidget(b)
        outer.addWidget(b)
        b.setContentsMargins(margins.left(), 0, margins.right(), 0)
    # shown now, not by Qt's queued show after a reparent: a caller (or a test) that looks
    # right after the dialog got focus finds its fields visible
    for w in (area, *buttons):
        w.show()
    for default in defaults:
        default.setDefault(True)
    dialog.setProperty("a11yScrolls", True)  # before the focus: it calls prepare() again
    if focused is not None and dialog.focusWidget() is not focused:
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
    fit_to_screen(dialog, want)


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: it fills the area, and scrolls when the window
    is smaller than the page's minimum size (960×540 logical pixels at 200 % on full HD)."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


def fit_to_screen(window: QWidget, want: Any = None) -> None:
    """At most the screen's available size (at least what it asked for when that fits)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry().size()
    size = want if want is not None else window.size()
    w = min(max(size.width(), window.width()), avail.width())
    h = min(max(size.height(), window.height()), avail.height() - 30)
    window.setMaximumSize(avail)
    window.resize(w, h)


def unclip_labels(root: QWidget) -> None:
    """A field label whose last letter overhangs its advance ("Type") gets room for it."""
    for label in root.findChildren(QLabel):
        if label.buddy() is None or label.wordWrap() or "<" in label.text():
            continue
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        fm = label.fontMetrics()
        ink = fm.boundingRect(text).width() + 1
        if ink > fm.horizontalAdvance(text) and label.minimumWidth() < ink:
            label.setMinimumWidth(ink + label.contentsMargins().left()
                                  + label.contentsMargins().right())


def prepare(root: QWidget) -> None:
    """Keyboard, names and (for dialogs) scrolling for ``root`` and what is under it."""
    keyboard(root)
    name_controls(root)
    unclip_labels(root)
    if isinstance(root, QDialog) and root.isWindow() and type(root).__module__.startswith(
            "brobygger.") and not isinstance(root, QMessageBox):  # the app's own dialogs
        # (not Qt's message and file dialogs, nor the app's message boxes)
        scroll_inside(root)
    tab_bars_first(root)
    root.setProperty(PREPARED, True)


def describe_view(view: QAbstractScrollArea | QAbstractSpinBox | QAbstractButton
                  | QAbstractSlider | QLineEdit | QWidget, name: str,
                  description: str = "") -> None:
    """Name a table or reading pane for a screen reader (and say what it holds)."""
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
