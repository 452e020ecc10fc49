"""Applying the look to the application: the Fusion style, the palette and style sheet of
:mod:`.style` (normal or high contrast), the keyboard-focus and colour aids of
:mod:`.accessibility` – and, with the setting "system", following the system's contrast."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from brobygger.ui import accessibility, style


def apply(app: QApplication, contrast: str = "system") -> None:
    """The Fusion style with the app's palette and style sheet; ``contrast`` is the app's
    setting ("system", "high" or "normal")."""
    app.setStyle("Fusion")
    high = style.wants_high_contrast(contrast)
    style.current_look["high_contrast"] = high
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white" if high else style.WINDOW))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("black" if high else style.ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ee" if high else style.ACCENT))
    # placeholder text ("Kort overskrift, fx …") is text too: ≥ 4.5:1 on a white field
    palette.setColor(QPalette.ColorRole.PlaceholderText,
                     QColor("#505050" if high else style.MUTED))
    if high:
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(role, QColor("black"))
        palette.setColor(QPalette.ColorRole.Button, QColor("white"))
        palette.setColor(QPalette.ColorRole.Mid, QColor("black"))
        palette.setColor(QPalette.ColorRole.Dark, QColor("black"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(style.HIGH_CONTRAST_SHEET if high else style.STYLE_SHEET)
    accessibility.install(app)
    style.current_look["setting"] = contrast
    _follow_system(app)


def _follow_system(app: QApplication) -> None:
    """With the setting "system", a change of the system's contrast applies at once."""
    if style.current_look.get("following"):
        return
    hints: Any = QGuiApplication.styleHints()
    try:
        signal = hints.accessibility().contrastPreferenceChanged
    except AttributeError:  # pragma: no cover - older Qt
        return
    signal.connect(lambda *_: apply(app, "system") if style.current_look.get("setting") == "system"
                   else None)
    style.current_look["following"] = True
