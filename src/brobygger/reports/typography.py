"""Fonts, colours, paragraph styles and text helpers for the briefs.

The PDFs embed DejaVu Sans Condensed (shipped in ``resources/fonts``) so æ, ø, å, dashes,
arrows and check marks print the same on every machine. Every piece of user text goes through
:func:`esc` before it reaches a ReportLab paragraph (which reads a small XML dialect).
"""

from __future__ import annotations

import threading
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from brobygger import paths
from brobygger.domain import numbers, rules
from brobygger.domain.cpr import mask_cpr
from brobygger.domain.errors import BrobyggerError
from brobygger.domain.i18n import _

FONT = "BrobyggerSans"
FONT_BOLD = "BrobyggerSans-Bold"
FONT_ITALIC = "BrobyggerSans-Oblique"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}

# A calm, print-friendly palette; nothing relies on colour alone.
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A6270")
ACCENT = colors.HexColor("#1F3A5F")
ACCENT_LIGHT = colors.HexColor("#E8EDF3")
RULE = colors.HexColor("#B7BFCA")
WARN = colors.HexColor("#8A3B12")
WARN_LIGHT = colors.HexColor("#FBF1EA")

BASE_SIZE = 9.2
LEADING = 12.6

_lock = threading.Lock()
_registered = False


class ExportError(BrobyggerError):
    """A brief could not be produced or saved. ``message`` says what to do."""


def register_fonts() -> None:
    """Register the embedded font family once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = paths.resource_dir() / "fonts"
        for name, filename in _FONT_FILES.items():
            path = folder / filename
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # missing or damaged font file: a broken installation
                raise ExportError(
                    _("Skrifttypen til PDF-notaterne mangler eller er beskadiget ({path}). "
                      "Geninstallér Brobygger, og prøv igen.", path=path)) from exc
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                      boldItalic=FONT_BOLD)
        _registered = True


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": FONT, "bulletFontName": FONT,
                               "fontSize": BASE_SIZE, "leading": LEADING,
                               "textColor": INK, "alignment": TA_LEFT, "splitLongWords": 1}
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles of the briefs."""

    def __init__(self) -> None:
        register_fonts()
        self.body = _style("body", spaceAfter=4)
        self.small = _style("small", fontSize=7.8, leading=10.2, textColor=MUTED)
        self.note = _style("note", fontSize=8.2, leading=11, textColor=MUTED, spaceAfter=4,
                           keepWithNext=1)  # introduces what follows
        self.footnote = _style("footnote", fontSize=8.2, leading=11, textColor=MUTED,
                               spaceAfter=4)
        self.kicker = _style("kicker", fontName=FONT_BOLD, fontSize=8.5, leading=11,
                             textColor=ACCENT, spaceAfter=2)
        self.title = _style("title", fontName=FONT_BOLD, fontSize=19, leading=23,
                            textColor=ACCENT, spaceAfter=6)
        self.h1 = _style("h1", fontName=FONT_BOLD, fontSize=12.5, leading=16,
                         textColor=ACCENT, spaceBefore=12, spaceAfter=5, keepWithNext=1)
        self.h2 = _style("h2", fontName=FONT_BOLD, fontSize=10, leading=13,
                         textColor=INK, spaceBefore=7, spaceAfter=3, keepWithNext=1)
        self.h3 = _style("h3", fontName=FONT_BOLD, fontSize=BASE_SIZE, leading=LEADING,
                         spaceBefore=5, spaceAfter=1, keepWithNext=1)
        self.cell = _style("cell", fontSize=8.4, leading=10.8)
        self.cell_bold = _style("cell_bold", fontName=FONT_BOLD, fontSize=8.4, leading=10.8)
        self.cell_head = _style("cell_head", fontName=FONT_BOLD, fontSize=8, leading=10.4,
                                textColor=ACCENT)
        self.cell_right = _style("cell_right", fontSize=8.4, leading=10.8, alignment=TA_RIGHT)
        self.cell_muted = _style("cell_muted", fontSize=7.8, leading=10.2, textColor=MUTED)
        self.label = _style("label", fontName=FONT_BOLD, fontSize=8.4, leading=11.2,
                            textColor=MUTED)
        self.value = _style("value", fontSize=BASE_SIZE, leading=LEADING)
        self.figure = _style("figure", fontName=FONT_BOLD, fontSize=17, leading=20,
                             textColor=ACCENT)
        self.figure_label = _style("figure_label", fontSize=7.8, leading=10, textColor=MUTED)
        self.confidential = _style("confidential", fontName=FONT_BOLD, fontSize=8.6,
                                   leading=11.5, textColor=WARN)
        self.bullet = _style("bullet", leftIndent=11, bulletIndent=0, spaceAfter=2)
        self.numbered = _style("numbered", leftIndent=16, bulletIndent=0, spaceAfter=3)
        self.empty = _style("empty", fontName=FONT_ITALIC, textColor=MUTED, spaceAfter=4)
        self.entry_head = _style("entry_head", fontName=FONT_BOLD, fontSize=BASE_SIZE,
                                 leading=LEADING, spaceBefore=6, spaceAfter=1, keepWithNext=1)
        self.entry_meta = _style("entry_meta", fontSize=7.8, leading=10.2, textColor=MUTED,
                                 spaceAfter=2, keepWithNext=1)
        self.entry_body = _style("entry_body", spaceAfter=2)
        self.chart_title = _style("chart_title", fontName=FONT_BOLD, fontSize=8.4,
                                  leading=10.8, textColor=INK, spaceAfter=1)


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = Styles()
    return _styles


# -- text helpers ----------------------------------------------------------------------------
def esc(text: object) -> str:
    """User text made safe for a paragraph: CPR-like numbers masked (a brief never prints
    one), XML-escaped, line breaks kept."""
    value = mask_cpr("" if text is None else str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return escape(value).replace("\n", "<br/>")


def paragraphs_of(text: str) -> list[str]:
    """Split a long free text at blank lines (each part becomes its own paragraph, so long
    texts flow across pages)."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p]


def date_da(d: date | None, empty: str = "–") -> str:
    return rules.format_date_da(d) if d else empty


def number_da(value: float | None, unit: str = "", decimals: int | None = None) -> str:
    """A number the Danish way: 1.234,5 – and the unit after it (``%`` without a space).
    ``decimals`` fixes the places, so one indicator's values line up ("16,0", "16,5")."""
    if value is None:
        return "–"
    if decimals is not None:
        text = numbers.format_da(float(value), decimals)
    elif float(value).is_integer():
        text = f"{int(value):,}".replace(",", ".")
    else:
        text = f"{value:,.1f}".replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")
    if not unit or unit.strip().casefold() == "antal":  # "12 antal" is not Danish
        return text
    if unit == "%":
        return f"{text} %"
    return f"{text} {unit}"


def count_da(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def join_da(items: list[str]) -> str:
    """``a``, ``a og b``, ``a, b og c``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " og " + items[-1]
