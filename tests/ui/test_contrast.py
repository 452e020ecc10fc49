"""Colour contrast (WCAG 2.1 AA, EN 301 549 §11.1.4.3/11.1.4.11): every text colour on its
background ≥ 4.5:1, graphical objects (chart lines, bar outlines, markers) ≥ 3:1 – from the
style constants and the style sheet, and read back from grabs of what is painted (painted
widgets, selected table rows, status pills)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from brobygger.ui import appearance, render, style
from brobygger.ui.charts import ChartData, LevelBar, LineChart, ScaleBar, Series
from tests.ui.conftest import settle

TEXT_MIN = 4.5
GRAPHIC_MIN = 3.0


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def over(fg: QColor, bg: QColor) -> QColor:
    """A translucent colour as it shows on ``bg``."""
    alpha = fg.alphaF()
    return QColor.fromRgbF(*(alpha * f + (1 - alpha) * b for f, b in (
        (fg.redF(), bg.redF()), (fg.greenF(), bg.greenF()), (fg.blueF(), bg.blueF()))))


def ratio(a: QColor | str, b: QColor | str) -> float:
    a, b = QColor(a), QColor(b)
    la, lb = luminance(over(a, b)), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def test_the_ratio_itself():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#3f8fd2", "#ffffff") == pytest.approx(3.46, abs=0.01)  # the old Respekt
    assert ratio("#e0a526", "#ffffff") == pytest.approx(2.19, abs=0.01)  # the old Kendskab


# -- constants and the style sheet ---------------------------------------------------------
ROW_BACKGROUNDS = ("#ffffff", style.ALTERNATE, style.SELECTION)


def text_pairs() -> list[tuple[str, str, str]]:
    pairs = []
    for bg in (style.WINDOW, "#ffffff", style.ALTERNATE, style.SELECTION, "#eef2f5"):
        pairs += [("TEXT", style.TEXT, bg), ("MUTED", style.MUTED, bg)]
    for bg in ROW_BACKGROUNDS:
        pairs.append(("OVERDUE", style.OVERDUE, bg))
        pairs += [(f"stage {k}", c, bg) for k, c in style.STAGE_COLOURS.items()]
    pairs += [(f"severity {k}", style.SEVERITY_FG[k], style.SEVERITY_BG[k])
              for k in style.SEVERITY_BG]
    pairs += [(f"status {k}", style.TEXT, bg) for k, bg in style.STATUS_BG.items()]
    pairs += [("guide label", style.GUIDE, "#ffffff")]
    # chips in the reading panes (render.py): dark text on a light tint
    source = Path(render.__file__).read_text(encoding="utf-8")
    for bg in re.findall(r'chip\([^()]*(?:\([^()]*\)[^()]*)*?"(#[0-9a-fA-F]{6})"', source):
        pairs.append(("chip", "#1f2933", bg))
    # every style-sheet rule that sets both a text colour and a background
    for sheet, name in ((style.STYLE_SHEET, "sheet"), (style.HIGH_CONTRAST_SHEET, "hc")):
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet.replace("{{", "{")
                                         .replace("}}", "}")):
            fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|white|black)", body)
            bg = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6}|white|black)", body)
            if fg and bg:
                pairs.append((f"{name} {selector.strip()}", fg.group(1), bg.group(1)))
    return pairs


@pytest.mark.parametrize(("what", "fg", "bg"), text_pairs())
def test_text_colours_have_45_to_1(what, fg, bg):
    assert ratio(fg, bg) >= TEXT_MIN, f"{what}: {fg} on {bg} is {ratio(fg, bg):.2f}:1"


def test_graphics_colours_have_3_to_1():
    graphics = {"GRAPHIC": style.GRAPHIC, "GUIDE": style.GUIDE, "TARGET": style.TARGET,
                "ACCENT": style.ACCENT, "FOCUS": style.FOCUS,
                **{f"series {k}": c.name() for k, c in style.SERIES.items()},
                **{f"stage dot {k}": c for k, c in style.STAGE_COLOURS.items()}}
    for what, colour in graphics.items():
        for bg in ("#ffffff", style.WINDOW):
            assert ratio(colour, bg) >= GRAPHIC_MIN, f"{what} {colour} on {bg}"
    assert ratio(style.FOCUS, style.SELECTION) >= GRAPHIC_MIN


def test_the_style_sheet_parser_finds_rules():
    names = [w for w, _, _ in text_pairs()]
    assert any("nav" in n for n in names)
    assert any("nav::item:selected" in n for n in names)
    assert any(n.startswith("hc ") for n in names)


# -- read back from what is painted -----------------------------------------------------------
def colours(image: QImage) -> Counter[int]:
    return Counter(image.pixel(x, y) for x in range(image.width())
                   for y in range(image.height()))


def ink(image: QImage) -> tuple[QColor, QColor]:
    """(background, ink): the most common pixel, and the pixel that differs most from it –
    the colour text or a line is drawn in (anti-aliased edges are in between)."""
    counts = colours(image)
    bg = QColor.fromRgb(counts.most_common(1)[0][0])
    fg = max((QColor.fromRgb(p) for p in counts), key=lambda c: ratio(c, bg))
    return bg, fg


def grab(w: QWidget, rect: QRect | None = None) -> QImage:
    w.show()
    QApplication.processEvents()
    pix = w.grab(rect) if rect is not None else w.grab()
    return pix.toImage()


def test_painted_bars_and_lines_have_3_to_1(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    for bar in (LevelBar(1, parent=host), ScaleBar(3, "samarbejde", "samordning", host)):
        bar.resize(bar.sizeHint() if bar.sizeHint().isValid() else bar.size())
        image = grab(bar)
        bg, fg = ink(image)
        # the empty segments' outline and the scale line: ≥ 3:1 on the white behind them
        counts = colours(image)
        graphic = [QColor.fromRgb(p) for p, n in counts.items() if n > 6]
        strongest = max(graphic, key=lambda c: ratio(c, "#ffffff"))
        assert ratio(strongest, "#ffffff") >= GRAPHIC_MIN, type(bar).__name__
        assert ratio(fg, bg) >= GRAPHIC_MIN
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(460, 260)
    for key, colour in style.SERIES.items():
        chart.set_data(ChartData(series=[Series(key, [(date(2026, 1, 1), 2.0),
                                                      (date(2026, 6, 1), 8.0)], colour)],
                                 y_min=0, y_max=10))
        image = grab(chart)
        drawn = {QColor.fromRgb(p).name() for p in colours(image)}
        assert colour.name() in drawn, key  # the line is drawn in the series' colour
        assert ratio(colour, "#ffffff") >= GRAPHIC_MIN


def cell_ink(view: QTableView, row: int, col: int) -> tuple[QColor, QColor]:
    rect = view.visualRect(view.model().index(row, col))
    image = view.viewport().grab(rect).toImage()
    return ink(image)


def test_selected_rows_keep_their_colour_and_contrast(demo_window):
    """A selected "Eskalering" stays red (≥ 4.5:1 on the selection) – the cue is kept."""
    page = demo_window.show_page("log")
    settle(demo_window.ctx)
    view: QTableView = page.ui.logView
    model = view.model()
    rows = [r for r in range(min(model.rowCount(), 200))
            if model.index(r, 1).data() == "Eskalering"]
    assert rows, "the example workspace has an escalation"
    row = rows[0]
    view.scrollTo(model.index(row, 1))
    view.clearSelection()
    QApplication.processEvents()
    bg, fg = cell_ink(view, row, 1)
    assert ratio(fg, bg) >= TEXT_MIN
    assert fg.red() > fg.green() + 60, f"unselected escalation is red: {fg.name()}"
    view.selectRow(row)
    QApplication.processEvents()
    bg_sel, fg_sel = cell_ink(view, row, 1)
    assert bg_sel.name() != bg.name(), "the row shows as selected"
    assert ratio(fg_sel, bg_sel) >= TEXT_MIN, f"{fg_sel.name()} on {bg_sel.name()}"
    assert fg_sel.red() > fg_sel.green() + 60, f"selected escalation stays red: {fg_sel.name()}"


def test_ladder_steps_in_the_relations_table_read_at_45_to_1(demo_window):
    page = demo_window.show_page("initiatives")
    settle(demo_window.ctx)
    checked = 0
    for ini in demo_window.ctx.svc.initiatives.all():
        page.show_initiative(ini.id)
        settle(demo_window.ctx)
        detail = page.detail
        detail.ui.tabs.setCurrentIndex(1)
        settle(demo_window.ctx)
        view = detail.ui.pairsView
        for row in range(view.model().rowCount()):
            for selected in (False, True):
                if selected:
                    view.selectRow(row)
                else:
                    view.clearSelection()
                QApplication.processEvents()
                bg, fg = cell_ink(view, row, 4)
                assert ratio(fg, bg) >= TEXT_MIN, (
                    f"{view.model().index(row, 4).data()}: {fg.name()} on {bg.name()}")
                checked += 1
    assert checked >= 4


def test_status_pills_and_card_text_read_at_45_to_1(demo_window):
    page = demo_window.show_page("overview")
    settle(demo_window.ctx)
    pills = [lab for card in page.cards for lab in card.findChildren(QLabel)
             if lab.objectName() == "statusPill"]
    assert len(pills) == len(page.cards) > 0
    for pill in pills:
        bg, fg = ink(grab(pill))
        assert ratio(fg, bg) >= TEXT_MIN, f"{pill.text()}: {fg.name()} on {bg.name()}"


def test_palette_text_roles_read_at_45_to_1(qapp):
    """What Qt paints from the palette: text, placeholders, selected text, links, disabled
    text is exempt (WCAG 1.4.3: inactive controls)."""
    pal = qapp.palette()
    roles = pal.ColorRole
    pairs = [(roles.WindowText, roles.Window), (roles.Text, roles.Base),
             (roles.PlaceholderText, roles.Base), (roles.ButtonText, roles.Button),
             (roles.HighlightedText, roles.Highlight), (roles.Link, roles.Base),
             (roles.ToolTipText, roles.ToolTipBase)]
    for fg, bg in pairs:
        a, b = pal.color(pal.ColorGroup.Active, fg), pal.color(pal.ColorGroup.Active, bg)
        assert ratio(a, b) >= TEXT_MIN, f"{fg.name}: {a.name()} on {b.name()}"


def test_high_contrast_look_is_black_on_white(qapp):
    try:
        appearance.apply(qapp, "high")
        assert style.high_contrast()
        assert qapp.palette().color(qapp.palette().ColorRole.Text) == QColor("black")
        assert style.text_on(style.OVERDUE) == "black"
    finally:
        appearance.apply(qapp, "normal")
    assert not style.high_contrast()
    assert style.wants_high_contrast("high") and not style.wants_high_contrast("normal")


def test_the_settings_switch_the_high_contrast_look(window, qapp, qtbot):
    from brobygger.ui import accessibility, common

    dlg = window.open_settings()
    try:
        qtbot.waitUntil(lambda: bool(dlg.property(accessibility.PREPARED)), timeout=3000)
        assert dlg.contrast.accessibleName() == "Kontrast"  # from its label
        common.set_combo_value(dlg.contrast, "high")
        dlg.save()
        assert style.high_contrast()
        assert window.ctx.setting("appearance/contrast") == "high"
        assert qapp.palette().color(qapp.palette().ColorRole.Window) == QColor("white")
    finally:
        appearance.apply(qapp, "normal")
