"""Message boxes that fit their text.

Qt sizes a :class:`QMessageBox` from a soft limit tied to the screen: on a small screen (the
offscreen test screen, 960×540 logical pixels at 200 %) the text wraps into a narrow column
and the buttons touch the edges. :class:`MessageBox` (every box the app shows is one) gets,
when it is shown, a text column of about 60 characters (at most 60 % of the screen) and room
for its buttons; it never grows past the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

FITTED = "boxFitted"
CHARS = 60


def fit(box: QMessageBox) -> None:
    """Widen ``box``'s text to about :data:`CHARS` characters (within the screen)."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    screen = box.screen() or QGuiApplication.primaryScreen()
    if label is None or screen is None:
        return
    avail = screen.availableGeometry()
    fm = label.fontMetrics()
    text_width = max((fm.horizontalAdvance(line) for line in label.text().splitlines()),
                     default=0)
    want = min(text_width + 2, fm.averageCharWidth() * CHARS, int(avail.width() * 0.6))
    buttons = box.findChild(QDialogButtonBox)
    if buttons is not None:  # the buttons in one row, with a margin on both sides
        want = max(want, buttons.sizeHint().width() - fm.averageCharWidth() * 6)
    want = min(want, avail.width() - 120)
    layout = box.layout()
    if layout is not None:  # room around the text and the buttons (Fusion's 11 px is tight)
        m, pad = layout.contentsMargins(), fm.height() * 4 // 3
        layout.setContentsMargins(max(m.left(), pad), max(m.top(), pad),
                                  max(m.right(), pad), max(m.bottom(), pad * 3 // 4))
    if label.minimumWidth() < want:
        label.setMinimumWidth(want)
    box.setProperty(FITTED, True)
    box.adjustSize()
    if box.width() > avail.width():
        box.resize(avail.width(), box.height())


class MessageBox(QMessageBox):
    """A message box that fits its text (:func:`fit`) when it is first shown. Every box of
    the app is one: an event filter on the whole application, which did this before, cost a
    call into Python for every event of every widget (~20 % of the GUI thread's time while
    a view was built)."""

    def showEvent(self, event: QShowEvent) -> None:
        if not self.property(FITTED):
            fit(self)
        super().showEvent(event)


def information(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.information`` with a box that fits its text."""
    MessageBox(QMessageBox.Icon.Information, title, text, parent=parent).exec()
