"""Colours and the application style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1d5c8c"
ACCENT_LIGHT = "#e3eef7"
TEXT = "#1f2933"
MUTED = "#5b6770"
BORDER = "#d5dbe1"
WINDOW = "#f4f6f8"

SEVERITY_BG = {0: "#e8f3ea", 1: "#fff4cc", 2: "#fddcb5", 3: "#f6b8b0"}
SEVERITY_FG = {0: "#2f6b3a", 1: "#7a5b00", 2: "#8a4300", 3: "#8e1c12"}
STAGE_COLOURS = {None: "#9aa5ae", "kendskab": "#e0a526", "respekt": "#3f8fd2",
                 "tillid": "#2e9a55"}
SERIES = {"kendskab": QColor("#e0a526"), "respekt": QColor("#3f8fd2"),
          "tillid": QColor("#2e9a55")}
STATUS_BG = {"ide": "#eceff1", "opstart": "#e3eef7", "drift": "#e3f4e6",
             "evaluering": "#f3e8fb", "afsluttet": "#e6e6e6", "stoppet": "#f8e0dd"}
OVERDUE = "#b42318"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListWidget#nav {{
    background: #17324d; color: #e8eef4; border: none; padding-top: 8px;
    font-size: 10.5pt; outline: 0;
}}
QListWidget#nav::item {{ padding: 9px 12px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{
    background: #22476b; color: white; border-left: 4px solid #7cc0ff;
}}
QListWidget#nav::item:hover:!selected {{ background: #1e3d5c; }}
QFrame#exampleBanner {{ background: #fff3c4; border-bottom: 1px solid #e6cf73; }}
QLabel#exampleLabel {{ color: #5c4a00; }}
QFrame#encryptionBanner {{ background: #fde7e3; border-bottom: 1px solid #eeaa9e; }}
QLabel#encryptionLabel {{ color: #7a1a0e; font-weight: 600; }}
QLabel[role="title"] {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subtitle"], QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: #b42318; font-weight: 600; }}
QFrame[role="card"] {{
    background: white; border: 1px solid {BORDER}; border-radius: 8px;
}}
QFrame[role="card"]:hover {{ border: 1px solid {ACCENT}; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QLabel#emptyTitle, QLabel#heading {{ font-size: 14pt; font-weight: 600; color: {TEXT}; }}
QFrame#emptyState {{ background: white; border: 1px dashed #9fb3c8; border-radius: 8px; }}
QGroupBox {{
    background: white; border: 1px solid {BORDER}; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {TEXT}; }}
QGroupBox QLabel, QGroupBox QTableView {{ font-weight: normal; }}
QTableView {{
    background: white; border: 1px solid {BORDER}; gridline-color: #eef1f4;
    selection-background-color: {ACCENT_LIGHT}; selection-color: {TEXT};
    alternate-background-color: #f8fafb;
}}
QHeaderView::section {{
    background: #eef2f5; border: none; border-bottom: 1px solid {BORDER};
    padding: 4px 6px; font-weight: 600; color: {TEXT};
}}
QTextBrowser {{ background: white; border: 1px solid {BORDER}; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {WINDOW}; top: -1px; }}
QTabBar::tab {{ padding: 6px 12px; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"], QSpinBox[invalid="true"] {{ border: 1px solid #b42318; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: object, role: str) -> None:
    """Tag a widget for the style sheet (title, subtitle, hint, error, card)."""
    widget.setProperty("role", role)  # type: ignore[attr-defined]
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
