"""Colours and the application style sheet.

Every text colour here has a contrast of at least 4.5:1 on the backgrounds it is used on
(white, the window, alternating and selected table rows, its pill); graphical objects
(chart lines, bar outlines) at least 3:1 – ``tests/ui/test_contrast.py`` checks it. A
high-contrast look follows the system's setting (Qt's contrast preference) or the app's
setting ("appearance/contrast": "system", "high" or "normal").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

ACCENT = "#1d5c8c"
ACCENT_LIGHT = "#e3eef7"
TEXT = "#1f2933"
MUTED = "#5b6770"
BORDER = "#d5dbe1"
WINDOW = "#f4f6f8"

SEVERITY_BG = {0: "#e8f3ea", 1: "#fff4cc", 2: "#fddcb5", 3: "#f6b8b0"}
SEVERITY_FG = {0: "#2f6b3a", 1: "#7a5b00", 2: "#8a4300", 3: "#8e1c12"}
# The ladder's steps as text (≥ 4.5:1 on white and on a selected row) and as chart lines.
STAGE_COLOURS = {None: "#5b6770", "kendskab": "#8a5a00", "respekt": "#1f65a8",
                 "tillid": "#1e7140"}
SERIES = {"kendskab": QColor("#8a5a00"), "respekt": QColor("#1f65a8"),
          "tillid": QColor("#1e7140")}
GRAPHIC = "#7b8794"   # outlines, scale lines, guide lines: ≥ 3:1 on white
GUIDE = "#5b6770"     # a chart's guide line and its label (baseline, "trin nået")
TARGET = "#1e7140"    # a chart's target line
SELECTION = "#e3eef7"  # a selected table row (its text keeps its own colour)
ALTERNATE = "#f8fafb"
FOCUS = "#1d5c8c"
STATUS_BG = {"ide": "#eceff1", "opstart": "#e3eef7", "drift": "#e3f4e6",
             "evaluering": "#f3e8fb", "afsluttet": "#e6e6e6", "stoppet": "#f8e0dd"}
OVERDUE = "#b42318"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListWidget#nav {{
    background: #17324d; color: #e8eef4; border: none; padding-top: 8px;
    font-size: 10.5pt; outline: 0;
}}
QListWidget#nav:focus {{ border-right: 3px solid #7cc0ff; }}
QListWidget#nav::item:focus {{ border: 2px solid #ffffff; }}
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
QFrame[role="card"]:focus {{ border: 3px solid {FOCUS}; }}
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
    alternate-background-color: {ALTERNATE};
}}
QTableView:focus, QTextBrowser:focus, QListView:focus, QTreeView:focus {{
    border: 2px solid {FOCUS};
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


# High contrast: black on white, strong borders, the selection in black.
HIGH_CONTRAST_SHEET = """
QMainWindow, QDialog { background: white; }
QWidget { color: black; }
QListWidget#nav { background: black; color: white; border: none; padding-top: 8px;
    font-size: 10.5pt; outline: 0; }
QListWidget#nav::item { padding: 9px 12px; border-left: 4px solid transparent; }
QListWidget#nav::item:selected { background: white; color: black;
    border-left: 4px solid #ffd400; }
QListWidget#nav::item:focus { border: 2px solid #ffd400; }
QFrame#exampleBanner, QFrame#encryptionBanner { background: white;
    border-bottom: 2px solid black; }
QLabel#exampleLabel, QLabel#encryptionLabel { color: black; font-weight: 600; }
QLabel[role="title"] { font-size: 17pt; font-weight: 600; color: black; }
QLabel[role="subtitle"], QLabel[role="hint"] { color: black; }
QLabel[role="error"] { color: #8e1c12; font-weight: 600; }
QFrame[role="card"] { background: white; border: 2px solid black; border-radius: 8px; }
QFrame[role="card"]:focus { border: 4px solid black; }
QFrame[role="card"] QLabel { background: transparent; border: none; }
QLabel#emptyTitle, QLabel#heading { font-size: 14pt; font-weight: 600; color: black; }
QGroupBox { background: white; border: 2px solid black; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: black; }
QGroupBox QLabel, QGroupBox QTableView { font-weight: normal; }
QTableView { background: white; border: 1px solid black; gridline-color: #767676;
    selection-background-color: black; selection-color: white;
    alternate-background-color: white; }
QHeaderView::section { background: white; border: none; border-bottom: 2px solid black;
    padding: 4px 6px; font-weight: 700; color: black; }
QTextBrowser { background: white; border: 1px solid black; }
QTableView:focus, QTextBrowser:focus, QListView:focus, QTreeView:focus {
    border: 3px solid black; }
QTabBar::tab { padding: 6px 12px; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"], QSpinBox[invalid="true"] { border: 2px solid #8e1c12; }
"""

# the look in use (set by appearance.apply): high contrast or not, and the setting
current_look: dict[str, Any] = {"high_contrast": False, "setting": "system"}


def system_high_contrast() -> bool:
    """The system asks for more contrast (Qt's contrast preference, Qt ≥ 6.10)."""
    hints: Any = QGuiApplication.styleHints()
    try:
        pref = hints.accessibility().contrastPreference()
    except AttributeError:  # pragma: no cover - older Qt
        return False
    return bool(pref == Qt.ContrastPreference.HighContrast)


def wants_high_contrast(setting: str) -> bool:
    """The app's setting ("high", "normal") or, for "system"/unset, the system's."""
    if setting == "high":
        return True
    if setting == "normal":
        return False
    return system_high_contrast()


def high_contrast() -> bool:
    return bool(current_look["high_contrast"])


def text_on(colour: str, selected: bool = False) -> str:
    """``colour`` for text – or black in the high-contrast look (white on a selected row)."""
    if current_look["high_contrast"]:
        return "white" if selected else "black"
    return colour


def set_role(widget: object, role: str) -> None:
    """Tag a widget for the style sheet (title, subtitle, hint, error, card)."""
    widget.setProperty("role", role)  # type: ignore[attr-defined]
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
