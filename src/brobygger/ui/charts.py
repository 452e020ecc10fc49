"""All charts on screen, drawn with QPainter: a dated line chart (relationship trend,
indicator results), the samarbejde ↔ samordning scale and 0–3 level bars."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brobygger.ui import i18n, style
from brobygger.ui.i18n import tr as _tr


@dataclass
class Series:
    label: str
    points: list[tuple[date, float]]
    colour: QColor


@dataclass
class Guide:
    """A horizontal reference line (baseline, target, "step reached")."""

    value: float
    label: str
    colour: QColor
    dashed: bool = True


@dataclass
class ChartData:
    title: str = ""
    series: list[Series] = field(default_factory=list)
    guides: list[Guide] = field(default_factory=list)
    y_min: float | None = None
    y_max: float | None = None
    empty_text: str = ""



def direction(points: list[tuple[date, float]]) -> str:
    """"stigende", "faldende" or "uændret" from the last two points ("" for fewer)."""
    if len(points) < 2:
        return ""
    (_, a), (_, b) = sorted(points)[-2:]
    if b > a:
        return _tr("charts", "stigende")
    return _tr("charts", "faldende") if b < a else _tr("charts", "uændret")


class LineChart(QWidget):
    """Values over dates, one coloured line per series (each with its own marker: circle,
    square, triangle – colour is not the only cue), with optional guide lines."""

    a11y_role = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartData()
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(460, 260)

    def set_data(self, chart: ChartData) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title or _tr("charts", "Diagram"))
        self.update()

    # -- accessibility -------------------------------------------------------------------
    def _of(self, v: float) -> str:
        text = i18n.fmt_number(round(v, 2))
        if self.chart.y_max is not None:
            return _tr("charts", "{v} af {max}").format(
                v=text, max=i18n.fmt_number(self.chart.y_max))
        return text

    def a11y_value(self) -> str:
        parts = []
        for s in self.chart.series:
            if s.points:
                parts.append(f"{s.label} {self._of(sorted(s.points)[-1][1])}")
        return "; ".join(parts)

    def a11y_description(self) -> str:
        """E.g. "Respekt 9 af 10, stigende" for each series (its latest value)."""
        if not any(s.points for s in self.chart.series):
            return self.chart.empty_text
        parts = []
        for s in self.chart.series:
            if not s.points:
                continue
            trend = direction(s.points)
            parts.append(f"{s.label} {self._of(sorted(s.points)[-1][1])}"
                         + (f", {trend}" if trend else ""))
        guides = [f"{g.label} {i18n.fmt_number(g.value)}" for g in self.chart.guides]
        return ". ".join([*([self.chart.title] if self.chart.title else []), "; ".join(parts),
                          *guides])

    # -- geometry ------------------------------------------------------------------------
    def _y_range(self) -> tuple[float, float, float]:
        """Rounded axis ends and a "nice" tick step (1, 2, 2.5 or 5 × 10ⁿ)."""
        lo, hi = self._raw_range()
        raw = (hi - lo) / 4
        magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        if self.chart.y_min is None:
            lo = math.floor(lo / step) * step
        if self.chart.y_max is None:
            hi = math.ceil(hi / step) * step
        return lo, hi, step

    def _raw_range(self) -> tuple[float, float]:
        values = [v for s in self.chart.series for _, v in s.points]
        values += [g.value for g in self.chart.guides]
        lo = self.chart.y_min if self.chart.y_min is not None else min(values, default=0.0)
        hi = self.chart.y_max if self.chart.y_max is not None else max(values, default=1.0)
        if self.chart.y_min is None and lo > 0 and lo < hi * 0.4:
            lo = 0.0
        if hi <= lo:
            hi = lo + 1
        return lo, hi

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(QColor(style.BORDER)))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(rect, 6, 6)
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        sfm = QFontMetrics(small)
        top = 10.0
        if self.chart.title:
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor(style.TEXT))
            p.drawText(QRectF(12, top, rect.width() - 24, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, self.chart.title)
            top += fm.height() + 4
        points = [pt for s in self.chart.series for pt in s.points]
        if not points:
            p.setFont(self.font())
            p.setPen(QColor(style.MUTED))
            p.drawText(rect.adjusted(16, top, -16, -10),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.chart.empty_text)
            p.end()
            return
        top = self._draw_legend(p, small, sfm, rect, top)
        lo, hi, step = self._y_range()
        label_w = max(sfm.horizontalAdvance(i18n.fmt_number(v)) for v in (lo, hi)) + 10
        area = QRectF(12 + label_w, top, rect.width() - 24 - label_w,
                      rect.height() - top - sfm.height() - 14)
        if area.height() < 30 or area.width() < 60:
            p.end()
            return
        plot = _Plot(area, sorted({d for d, _ in points}), lo, hi)
        p.setFont(small)
        self._draw_axes(p, plot, sfm, label_w, step)
        self._draw_guides_and_series(p, plot, sfm)
        p.end()

    def _draw_legend(self, p: QPainter, small: QFont, sfm: QFontMetrics, rect: QRectF,
                     top: float) -> float:
        """The series' names with their line and marker; the top of what follows."""
        p.setFont(small)
        x = 12.0
        for s in self.chart.series:
            width = sfm.horizontalAdvance(s.label) + 26
            if x + width > rect.width() - 8:
                x = 12.0
                top += sfm.height() + 2
            p.setPen(QPen(s.colour, 3))
            p.drawLine(QPointF(x, top + sfm.height() / 2), QPointF(x + 14, top + sfm.height() / 2))
            p.setBrush(s.colour)
            _marker(p, QPointF(x + 7, top + sfm.height() / 2),
                    self.chart.series.index(s))
            p.setPen(QColor(style.TEXT))
            p.drawText(QPointF(x + 18, top + sfm.ascent()), s.label)
            x += width
        return top + sfm.height() + 8

    @staticmethod
    def _draw_axes(p: QPainter, plot: _Plot, sfm: QFontMetrics, label_w: float,
                   step: float) -> None:
        """The grid with the y labels, and the first, last and (if room) middle date."""
        area, lo, dates = plot.area, plot.lo, plot.dates
        for i in range(round((plot.hi - lo) / step) + 1):
            v = lo + step * i
            y = plot.py(v)
            p.setPen(QPen(QColor("#e6eaee"), 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor(style.MUTED))
            p.drawText(QRectF(4, y - sfm.height() / 2, label_w + 4, sfm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       i18n.fmt_number(round(v, 2)))
        shown = [dates[0], dates[-1]] if len(dates) > 1 else [dates[0]]
        if len(dates) > 2:
            shown.insert(1, dates[len(dates) // 2])
        last_right = -1e9
        for d in shown:
            text = i18n.fmt_date_short(d)
            w = sfm.horizontalAdvance(text)
            x = min(max(plot.px(d) - w / 2, area.left() - 8), area.right() - w + 8)
            if x < last_right + 6:
                continue
            p.drawText(QPointF(x, area.bottom() + sfm.ascent() + 6), text)
            last_right = x + w

    def _draw_guides_and_series(self, p: QPainter, plot: _Plot, sfm: QFontMetrics) -> None:
        area = plot.area
        for g in self.chart.guides:
            y = plot.py(g.value)
            pen = QPen(g.colour, 1.4)
            if g.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor(style.text_on(style.MUTED)))
            p.drawText(QPointF(area.right() - sfm.horizontalAdvance(g.label) - 2, y - 3),
                       g.label)
        for s in self.chart.series:
            pts = [QPointF(plot.px(d), plot.py(v)) for d, v in sorted(s.points)]
            p.setPen(QPen(s.colour, 2.4))
            for a, b in itertools.pairwise(pts):
                p.drawLine(a, b)
            p.setBrush(s.colour)
            for pt in pts:
                _marker(p, pt, self.chart.series.index(s))


class _Plot:
    """The plot area and the scales: a date to x, a value to y."""

    def __init__(self, area: QRectF, dates: list[date], lo: float, hi: float) -> None:
        self.area, self.dates, self.lo, self.hi = area, dates, lo, hi
        self.d0, self.d1 = dates[0].toordinal(), dates[-1].toordinal()

    def px(self, d: date) -> float:
        if self.d0 == self.d1:
            return self.area.center().x()
        return self.area.left() + (d.toordinal() - self.d0) / max(1, self.d1 - self.d0) \
            * self.area.width()

    def py(self, v: float) -> float:
        return self.area.bottom() - (v - self.lo) / (self.hi - self.lo) * self.area.height()


def _marker(p: QPainter, at: QPointF, kind: int) -> None:
    """Circle, square or triangle: series differ by shape as well as colour."""
    r = 4.0
    if kind % 3 == 0:
        p.drawEllipse(at, r, r)
    elif kind % 3 == 1:
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    else:
        p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r - 1),
                                 QPointF(at.x() + r + 1, at.y() + r),
                                 QPointF(at.x() - r - 1, at.y() + r)]))


class ChartPanel(QWidget):
    """A line chart with a keyboard-reachable "Vis som tabel": the same data as a table
    (date and one column per series) that a screen reader can read cell by cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_chart = LineChart()
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.line_chart)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(_tr("charts", "Vis som tabel"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_table)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.toggle)
        box.addLayout(row)

    @property
    def chart(self) -> ChartData:
        return self.line_chart.chart

    def set_data(self, chart: ChartData) -> None:
        self.line_chart.set_data(chart)
        self._fill_table()

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.toggle.setText(_tr("charts", "Vis som diagram") if on
                            else _tr("charts", "Vis som tabel"))

    def _fill_table(self) -> None:
        chart = self.chart
        dates = sorted({d for s in chart.series for d, _ in s.points})
        self.table.clear()
        self.table.setColumnCount(1 + len(chart.series))
        self.table.setRowCount(len(dates))
        self.table.setHorizontalHeaderLabels([_tr("charts", "Dato"),
                                              *(s.label for s in chart.series)])
        for row, d in enumerate(dates):
            self.table.setItem(row, 0, QTableWidgetItem(i18n.fmt_date_short(d)))
            for col, s in enumerate(chart.series, start=1):
                values = [v for dd, v in s.points if dd == d]
                self.table.setItem(row, col, QTableWidgetItem(
                    i18n.fmt_number(values[-1]) if values else ""))
        self.table.resizeColumnsToContents()
        name = chart.title or _tr("charts", "Diagram")
        self.table.setAccessibleName(_tr("charts", "{name} som tabel").format(name=name))
        self.toggle.setAccessibleDescription(name)
        self.toggle.setEnabled(bool(dates) or self.toggle.isChecked())


class ScaleBar(QWidget):
    """One value 1–5 on a line between two poles (samarbejde ↔ samordning)."""

    a11y_role = QAccessible.Role.Indicator

    def __init__(self, value: int | None, left: str, right: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.left, self.right = value, left, right
        self.setMinimumHeight(34)
        self.setMinimumWidth(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, 34)

    def a11y_value(self) -> str:
        if not self.value:
            return _tr("charts", "ikke vurderet")
        return _tr("charts", "{v} af 5").format(v=self.value)

    def a11y_description(self) -> str:
        return _tr("charts", "{value} på skalaen fra {left} (1) til {right} (5)").format(
            value=self.a11y_value(), left=self.left, right=self.right)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        fm = QFontMetrics(small)
        w = self.width()
        y = 10.0
        x0, x1 = 10.0, w - 10.0
        line = QPen(QColor(style.GRAPHIC))
        line.setWidthF(3)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(line)
        p.drawLine(QPointF(x0, y), QPointF(x1, y))
        for i in range(5):
            x = x0 + (x1 - x0) * i / 4
            p.setPen(QPen(QColor(style.GRAPHIC), 1))
            p.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
        if self.value:
            x = x0 + (x1 - x0) * (self.value - 1) / 4
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.ACCENT))
            p.drawEllipse(QPointF(x, y), 7, 7)
        p.setFont(small)
        p.setPen(QColor(style.MUTED))
        p.drawText(QPointF(x0 - 2, y + 12 + fm.ascent()), self.left)
        p.drawText(QPointF(x1 + 2 - fm.horizontalAdvance(self.right), y + 12 + fm.ascent()),
                   self.right)
        p.end()


class LevelBar(QWidget):
    """0–3 as three filled segments (fælles mening, hjørnesten); empty segments are
    outlined, so that the level reads without telling colours apart."""

    a11y_role = QAccessible.Role.Indicator

    def __init__(self, value: int | None, maximum: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.maximum = value or 0, maximum
        self.setFixedSize(QSize(96, 14))

    def a11y_value(self) -> str:
        return _tr("charts", "{v} af {max}").format(v=self.value, max=self.maximum)

    def a11y_description(self) -> str:
        return self.a11y_value()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        seg = (self.width() - gap * (self.maximum - 1)) / self.maximum
        for i in range(self.maximum):
            r = QRectF(i * (seg + gap) + 0.5, 2.5, seg - 1, self.height() - 5)
            filled = i < self.value
            p.setPen(QPen(QColor(style.ACCENT if filled else style.GRAPHIC), 1))
            p.setBrush(QColor(style.ACCENT if filled else "white"))
            p.drawRoundedRect(r, 3, 3)
        p.end()
