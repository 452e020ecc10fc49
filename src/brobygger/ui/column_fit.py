"""Column widths from a sample of rows, measured directly (issue 21: UI stall).

Qt's ``resizeColumnsToContents`` asks the item delegate for every sampled cell's size hint:
each goes through the Python delegate (``initStyleOption``) and the Python model for a
dozen roles, ~50 µs a cell – 20–40 ms for one table of 60 rows, and a view filling several
tables at once blocked the window for ~100 ms. :func:`content_widths` asks the model only
for each sampled cell's text (and font, and check box) and measures it with the view's font
metrics – the same width the delegate's size hint gives for a text cell (the text, the
style's text margin on both sides, the grid line) at a fraction of the cost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

DISPLAY = Qt.ItemDataRole.DisplayRole
FONT = Qt.ItemDataRole.FontRole
CHECK = Qt.ItemDataRole.CheckStateRole


def content_widths(view: QTableView, sample: int) -> dict[int, int]:
    """The width each visible column needs for its header and the text of its first
    ``sample`` rows (a multi-line text: its longest line)."""
    model = view.model()
    header = view.horizontalHeader()
    if model is None:
        return {}
    style = view.style()
    metrics = view.fontMetrics()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    extra = margin + 2 + (1 if view.showGrid() else 0)  # as Qt's size hint (measured)
    check = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + margin
    rows = min(model.rowCount(), max(1, sample))
    fonts: dict[str, QFontMetrics] = {}
    widths: dict[int, int] = {}
    for col in range(model.columnCount()):
        if header.isSectionHidden(col):
            continue
        widest = 0
        first = model.index(0, col) if rows else None
        boxed = first is not None and model.data(first, CHECK) is not None
        for row in range(rows):
            index = model.index(row, col)
            text = model.data(index, DISPLAY)
            if text is None or text == "":
                continue
            font = model.data(index, FONT)
            fm = metrics
            if isinstance(font, QFont):
                key = font.key()
                fm = fonts.get(key) or fonts.setdefault(key, QFontMetrics(font))
            for line in str(text).splitlines() or [""]:
                widest = max(widest, fm.horizontalAdvance(line))
        need = widest + extra + (check if boxed else 0)
        widths[col] = max(need, header.sectionSizeHint(col))
    return widths


__all__ = ["content_widths"]
