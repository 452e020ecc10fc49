"""The one chart module: small line charts over time, as ReportLab vector drawings.

Charts are built from plain values (:class:`Series`, :class:`RefLine`), never from services,
so the same specifications can be drawn elsewhere. Every series differs in line style *and*
marker, not only in colour, so a chart stays readable when printed in black and white.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from brobygger.domain.rules import MONTHS_DA, STEP_REACHED
from brobygger.reports.typography import FONT, INK, MUTED, RULE, number_da, register_fonts

__all__ = [
    "RefLine",
    "Series",
    "SeriesStyle",
    "indicator_chart",
    "line_chart",
    "relationship_chart",
]


@dataclass(frozen=True, slots=True)
class SeriesStyle:
    color: colors.Color
    dash: tuple[float, ...] | None
    marker: str  # circle, square, triangle, diamond
    width: float = 1.6


# Distinct in colour, dash pattern and marker shape.
SERIES_STYLES: tuple[SeriesStyle, ...] = (
    SeriesStyle(colors.HexColor("#1F3A5F"), None, "circle"),
    SeriesStyle(colors.HexColor("#B4531F"), (4.5, 2.2), "square"),
    SeriesStyle(colors.HexColor("#3D7A3D"), (1.2, 1.8), "triangle"),
    SeriesStyle(colors.HexColor("#6B4C9A"), (6, 2, 1.2, 2), "diamond"),
)
_REF_STYLES: tuple[tuple[colors.Color, tuple[float, ...] | None, float], ...] = (
    (colors.HexColor("#6E6E6E"), (3, 2), 0.9),   # e.g. baseline
    (colors.HexColor("#111111"), None, 0.9),     # e.g. target
    (colors.HexColor("#6E6E6E"), (1, 2), 0.9),
)


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    points: Sequence[tuple[date, float]]


@dataclass(frozen=True, slots=True)
class RefLine:
    """A horizontal reference line (baseline, target, threshold)."""

    label: str
    value: float


@dataclass(frozen=True, slots=True)
class _Frame:
    x0: float
    y0: float
    x1: float
    y1: float
    d0: date
    d1: date
    v0: float
    v1: float

    def x(self, d: date) -> float:
        span = (self.d1 - self.d0).days or 1
        return self.x0 + (self.x1 - self.x0) * (d - self.d0).days / span

    def y(self, v: float) -> float:
        span = (self.v1 - self.v0) or 1.0
        return self.y0 + (self.y1 - self.y0) * (v - self.v0) / span


@dataclass
class _Legend:
    items: list[tuple[str, SeriesStyle | None, tuple[colors.Color, tuple[float, ...] | None,
                                                    float] | None]] = field(default_factory=list)


FONT_SIZE = 6.8
SAMPLE = 16.0


def _nice_step(span: float, max_ticks: int) -> float:
    raw = span / max(max_ticks, 1)
    if raw <= 0:
        return 1.0
    mag = float(10.0 ** math.floor(math.log10(raw)))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _value_range(values: Sequence[float], fixed: tuple[float, float] | None
                 ) -> tuple[float, float, float]:
    if fixed is not None:
        lo, hi = fixed
        return lo, hi, _nice_step(hi - lo, 5)
    lo, hi = min(values), max(values)
    if lo == hi:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    if lo >= 0 and lo < (hi - lo) * 0.6:
        lo = 0.0  # counts and shares read best from zero when that costs little room
    step = _nice_step(hi - lo, 4)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _date_ticks(d0: date, d1: date, max_ticks: int) -> list[tuple[date, str]]:
    months = (d1.year - d0.year) * 12 + d1.month - d0.month
    for step in (1, 2, 3, 6, 12, 24, 60):
        if months / step <= max_ticks:
            break
    first = date(d0.year, d0.month, 1)
    if first < d0:
        first = _add_months(first, 1)
    while (first.month - 1) % step and step <= 12:
        first = _add_months(first, 1)
    ticks = []
    t = first
    while t <= d1:
        label = str(t.year) if step >= 12 else f"{MONTHS_DA[t.month - 1][:3]} {t.year}"
        ticks.append((t, label))
        t = _add_months(t, step)
    return ticks


def _marker(kind: str, x: float, y: float, color: colors.Color, size: float = 2.3) -> object:
    if kind == "square":
        return Rect(x - size, y - size, 2 * size, 2 * size, fillColor=color,
                    strokeColor=colors.white, strokeWidth=0.4)
    if kind == "triangle":
        return Polygon([x - size * 1.15, y - size, x + size * 1.15, y - size, x, y + size * 1.2],
                       fillColor=color, strokeColor=colors.white, strokeWidth=0.4)
    if kind == "diamond":
        return Polygon([x, y - size * 1.3, x + size * 1.3, y, x, y + size * 1.3, x - size * 1.3, y],
                       fillColor=color, strokeColor=colors.white, strokeWidth=0.4)
    return Circle(x, y, size, fillColor=color, strokeColor=colors.white, strokeWidth=0.4)


def _legend_rows(legend: _Legend, width: float) -> list[list[tuple[float, int]]]:
    """Lay the legend items out in rows that fit ``width``: (x offset, item index)."""
    rows: list[list[tuple[float, int]]] = [[]]
    x = 0.0
    for i, (label, _, _) in enumerate(legend.items):
        w = SAMPLE + 3 + stringWidth(label, FONT, FONT_SIZE) + 10
        if x > 0 and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, i))
        x += w
    return rows


def _fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _ticks(v0: float, v1: float, step: float) -> list[float]:
    tick_values = []
    t = v0
    while t <= v1 + step / 1000:
        tick_values.append(t)
        t += step
    return tick_values


def _date_span(all_points: Sequence[tuple[date, float]],
               date_range: tuple[date, date] | None) -> tuple[date, date, timedelta]:
    """The dates the x axis spans (at least two months) and the padding on each side."""
    dates = [d for d, _ in all_points]
    if date_range is not None:
        d0, d1 = date_range
    elif dates:
        d0, d1 = min(dates), max(dates)
    else:
        d0 = d1 = date.today()
    if (d1 - d0).days < 60:
        mid = d0 + (d1 - d0) / 2
        d0, d1 = mid - timedelta(days=30), mid + timedelta(days=30)
    return d0, d1, timedelta(days=max(3, (d1 - d0).days // 30))


def _axes(g: Group, frame: _Frame, tick_values: Sequence[float]) -> None:
    """The grid with the y labels, the x axis and its date ticks."""
    for v in tick_values:
        y = frame.y(v)
        g.add(Line(frame.x0, y, frame.x1, y, strokeColor=RULE, strokeWidth=0.35))
        g.add(String(frame.x0 - 3, y - 2.3, number_da(round(v, 6)), fontName=FONT,
                     fontSize=FONT_SIZE, fillColor=MUTED, textAnchor="end"))
    g.add(Line(frame.x0, frame.y0, frame.x1, frame.y0, strokeColor=MUTED,
               strokeWidth=0.6))
    max_ticks = max(2, int((frame.x1 - frame.x0) // 42))
    for d, label in _date_ticks(frame.d0, frame.d1, max_ticks):
        x = frame.x(d)
        g.add(Line(x, frame.y0, x, frame.y0 - 2.5, strokeColor=MUTED, strokeWidth=0.5))
        g.add(String(x, frame.y0 - 9.5, label, fontName=FONT, fontSize=FONT_SIZE,
                     fillColor=MUTED, textAnchor="middle"))


def _lines(g: Group, frame: _Frame, series: Sequence[Series], refs: Sequence[RefLine]) -> None:
    """The reference lines, then each series as a line with markers."""
    for i, r in enumerate(refs):
        color, dash, w = _REF_STYLES[i % len(_REF_STYLES)]
        y = frame.y(r.value)
        g.add(Line(frame.x0, y, frame.x1, y, strokeColor=color, strokeWidth=w,
                   strokeDashArray=list(dash) if dash else None))
    for i, s in enumerate(series):
        style = SERIES_STYLES[i % len(SERIES_STYLES)]
        pts = sorted(s.points)
        coords: list[float] = []
        for d, v in pts:
            coords += [frame.x(d), frame.y(v)]
        if len(pts) > 1:
            g.add(PolyLine(coords, strokeColor=style.color, strokeWidth=style.width,
                           strokeDashArray=list(style.dash) if style.dash else None,
                           strokeLineJoin=1, strokeLineCap=1))
        marker_every = max(1, len(pts) // 24)  # keep markers legible on long series
        for k, (d, v) in enumerate(pts):
            if k % marker_every == 0 or k == len(pts) - 1:
                g.add(_marker(style.marker, frame.x(d), frame.y(v), style.color))


def _draw_legend(g: Group, legend: _Legend, rows: Sequence[Sequence[tuple[float, int]]],
                 legend_h: float, width: float) -> None:
    for r_i, row in enumerate(rows):
        y = legend_h - 8 - 10 * r_i
        for x_off, idx in row:
            label, sstyle, rstyle = legend.items[idx]
            x = 2 + x_off
            if sstyle is not None:
                g.add(Line(x, y + 2.5, x + SAMPLE, y + 2.5, strokeColor=sstyle.color,
                           strokeWidth=sstyle.width,
                           strokeDashArray=list(sstyle.dash) if sstyle.dash else None))
                g.add(_marker(sstyle.marker, x + SAMPLE / 2, y + 2.5, sstyle.color, 2.0))
            elif rstyle is not None:
                color, dash, w = rstyle
                g.add(Line(x, y + 2.5, x + SAMPLE, y + 2.5, strokeColor=color, strokeWidth=w,
                           strokeDashArray=list(dash) if dash else None))
            g.add(String(x + SAMPLE + 3, y, _fit(label, width - x - SAMPLE - 6), fontName=FONT,
                         fontSize=FONT_SIZE, fillColor=INK))


def line_chart(series: Sequence[Series], *, width: float, height: float,
               refs: Sequence[RefLine] = (), y_range: tuple[float, float] | None = None,
               unit: str = "", empty_text: str = "Ingen målinger endnu",
               date_range: tuple[date, date] | None = None,
               bands: Sequence[tuple[float, float, colors.Color]] = ()) -> Drawing:
    """A time line chart with up to four series and up to three reference lines.

    The legend (below the plot) names every series and reference line with its line sample.
    """
    register_fonts()
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=FONT_SIZE)
    legend = _Legend()
    for i, s in enumerate(series):
        legend.items.append((s.label, SERIES_STYLES[i % len(SERIES_STYLES)], None))
    for i, r in enumerate(refs):
        legend.items.append((f"{r.label}: {number_da(r.value, unit)}", None,
                             _REF_STYLES[i % len(_REF_STYLES)]))
    rows = _legend_rows(legend, width - 4)
    legend_h = 10.0 * len(rows) + 3

    all_points = [p for s in series for p in s.points]
    values = [v for _, v in all_points] + [r.value for r in refs]
    plot_bottom = legend_h + 12
    plot_top = height - 5
    if not values:
        values = [y_range[0], y_range[1]] if y_range else [0.0, 1.0]
    v0, v1, step = _value_range(values, y_range)
    tick_values = _ticks(v0, v1, step)
    label_w = max(stringWidth(number_da(round(v, 6)), FONT, FONT_SIZE) for v in tick_values)
    plot_left = label_w + 6
    plot_right = width - 6
    d0, d1, pad = _date_span(all_points, date_range)
    frame = _Frame(plot_left, plot_bottom, plot_right, plot_top, d0 - pad, d1 + pad, v0, v1)

    g = Group()
    for lo, hi, fill in bands:  # shaded reference bands (behind everything)
        y_lo, y_hi = frame.y(max(lo, v0)), frame.y(min(hi, v1))
        g.add(Rect(plot_left, y_lo, plot_right - plot_left, y_hi - y_lo, fillColor=fill,
                   strokeColor=None, strokeWidth=0))
    _axes(g, frame, tick_values)
    _lines(g, frame, series, refs)
    if not all_points:
        g.add(String((plot_left + plot_right) / 2, (plot_bottom + plot_top) / 2 - 3,
                     empty_text, fontName=FONT, fontSize=FONT_SIZE + 1, fillColor=MUTED,
                     textAnchor="middle"))
    _draw_legend(g, legend, rows, legend_h, width)
    drawing.add(g)
    return drawing


def indicator_chart(values: Sequence[tuple[date, float]], *, baseline: float | None,
                    target: float | None, unit: str, width: float, height: float,
                    series: Sequence[tuple[str, Sequence[tuple[date, float]]]] = ()
                    ) -> Drawing:
    """Measurements of one indicator against its baseline and target. ``series`` (label,
    points) replaces ``values`` for an indicator broken down by party: each party's series
    side by side (up to four are told apart by colour, dash and marker)."""
    refs = []
    if baseline is not None:
        refs.append(RefLine("Udgangspunkt", baseline))
    if target is not None:
        refs.append(RefLine("Mål", target))
    drawn = [Series(label, points) for label, points in series] or [Series("Målt", values)]
    return line_chart(drawn, refs=refs, unit=unit, width=width, height=height)


def relationship_chart(values: Sequence[tuple[date, int, int, int]], *, width: float,
                       height: float) -> Drawing:
    """The three steps of the relationship ladder (kendskab, respekt, tillid; 1–10) over time,
    with the level from which a step counts as reached."""
    series = [
        Series("Kendskab", [(d, float(k)) for d, k, _, _ in values]),
        Series("Respekt", [(d, float(r)) for d, _, r, _ in values]),
        Series("Tillid", [(d, float(t)) for d, _, _, t in values]),
    ]
    return line_chart(series, refs=[RefLine("Trin nået fra", STEP_REACHED)], y_range=(0, 10),
                      width=width, height=height, empty_text="Ingen vurderinger endnu",
                      bands=MATURITY_BANDS)


# The source's reference (seed 004): mutual respect rated under 4 before the collaboration
# and mostly above 8 after – shaded behind the relationship charts.
RESPECT_BEFORE, RESPECT_AFTER = 4, 8
MATURITY_BANDS = ((0.0, float(RESPECT_BEFORE), colors.HexColor("#F6E3DF")),
                  (float(RESPECT_AFTER), 10.0, colors.HexColor("#E0F0E3")))
