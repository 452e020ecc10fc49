"""The shared building blocks of the briefs: paragraphs, headings, wrapped tables, the
title block, the key figures and the chart grid. The sections of each brief build on them
(:mod:`.status_sections`, :mod:`.handover_sections`, :mod:`.portfolio_sections`).

All user text is escaped (:func:`~brobygger.reports.typography.esc`); tables wrap their
cells, repeat their header row on every page and may split a tall row across pages, so no
name or text is ever cut off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from brobygger.domain import display, rules
from brobygger.domain.catalogue import (
    INITIATIVE_KINDS,
    INITIATIVE_STATUSES,
    SECTORS,
)
from brobygger.dto.briefs import InitiativeData
from brobygger.reports.document import CONTENT_W
from brobygger.reports.typography import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    RULE,
    WARN,
    WARN_LIGHT,
    Styles,
    date_da,
    esc,
    paragraphs_of,
    styles,
)

Cell: TypeAlias = str | Flowable | list[Flowable]

SEVERITY = {0: "Ingen", 1: "Lav", 2: "Middel", 3: "Høj"}


class WrapTable(Table):  # type: ignore[misc]  # ReportLab has no type hints
    """A table that splits between rows, and inside a row only when the row is too tall to
    move to the next page whole (a very long text) – never a short row across a page."""

    MIN_SPLIT_ROW = 240.0  # points; a third of the page's text height

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> Any:
        if doInRowSplit:
            first = getattr(self, "_getFirstPossibleSplitRowPosition", None)
            if first is not None:
                n = first(availHeight, ignoreSpans=True)
                if n < len(self._rowHeights) and self._rowHeights[n] < self.MIN_SPLIT_ROW:
                    return []
        return super()._splitRows(availHeight, doInRowSplit)


def _severity(value: int) -> str:
    return f"{SEVERITY.get(value, str(value))} ({value}/3)"


def _label(catalogue: Any, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return str(catalogue.label(code, lang))
    except Exception:  # an unknown code from a newer version: show the code
        return code


def cell_style(*, left: float, right: float, top: float, bottom: float
               ) -> list[tuple[Any, ...]]:
    """What every table of the briefs starts from: the embedded font, text at the top of
    each cell and the cells' paddings (points); a table adds its own lines and colours."""
    whole = ((0, 0), (-1, -1))
    return [("FONTNAME", *whole, FONT), ("VALIGN", *whole, "TOP"),
            ("LEFTPADDING", *whole, left), ("RIGHTPADDING", *whole, right),
            ("TOPPADDING", *whole, top), ("BOTTOMPADDING", *whole, bottom)]


class Blocks:
    """The helpers every brief's sections use."""

    def __init__(self, lang: str = "da") -> None:
        self.st: Styles = styles()
        # The briefs' own texts are Danish only so far; catalogue labels follow them, so a
        # brief never mixes two languages. ``lang`` is kept for an English edition.
        self.lang = "da"
        self.requested_lang = lang

    # -- generic helpers -----------------------------------------------------------------
    def p(self, text: str, style: Any = None) -> Paragraph:
        """A paragraph of *markup* (escape user text first)."""
        return Paragraph(text, style or self.st.body)

    def text(self, text: str, style: Any = None) -> list[Flowable]:
        """User text (escaped), split at blank lines so long texts flow across pages."""
        parts = paragraphs_of(text)
        return [Paragraph(esc(part), style or self.st.body) for part in parts]

    def h1(self, text: str) -> list[Flowable]:
        # never start a section in the last few centimetres of a page
        return [CondPageBreak(45 * mm), Paragraph(esc(text), self.st.h1)]

    def h2(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.st.h2)

    def h3(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.st.h3)

    def empty(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.st.empty)

    def note(self, text: str) -> Paragraph:
        return Paragraph(text, self.st.note)

    def _cell(self, value: Cell, style: Any) -> Any:
        if isinstance(value, str):
            return Paragraph(esc(value), style)
        return value

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
              widths_mm: Sequence[float], *, highlight: Sequence[int] = ()) -> Table:
        """A wrapped table whose header repeats on every page; rows may split across
        pages. ``widths_mm`` is scaled to the text width."""
        scale = CONTENT_W / (sum(widths_mm) * mm)
        widths = [w * mm * scale for w in widths_mm]
        data: list[list[Any]] = [[Paragraph(esc(h), self.st.cell_head) for h in headers]]
        for row in rows:
            data.append([self._cell(c, self.st.cell) for c in row])
        t = WrapTable(data, colWidths=widths, repeatRows=1, splitInRow=24, hAlign="LEFT")
        style = [
            *cell_style(left=3, right=4, top=3, bottom=4),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ]
        for r in highlight:
            style.append(("BACKGROUND", (0, r + 1), (-1, r + 1), WARN_LIGHT))
        t.setStyle(TableStyle(style))
        return t

    def code(self, entity: str, field: str, value: str | None) -> str:
        """A code of ``entity``'s ``field`` as its label in the brief's language – the
        catalogue from :func:`brobygger.domain.display.catalogue_of`; "" for none."""
        catalogue = display.catalogue_of(entity, field)
        return _label(catalogue, value, self.lang) if catalogue is not None else (value or "")

    def kv_table(self, rows: Sequence[tuple[str, Cell]], label_mm: float = 30) -> Table:
        data = [[Paragraph(esc(k), self.st.label), self._cell(v, self.st.value)]
                for k, v in rows]
        t = WrapTable(data, colWidths=[label_mm * mm, CONTENT_W - label_mm * mm],
                      hAlign="LEFT", splitInRow=24)
        t.setStyle(TableStyle(cell_style(left=0, right=4, top=1.5, bottom=1.5)))
        return t

    def person(self, data: InitiativeData, person_id: Any) -> str:
        if person_id is None:
            return "–"
        return data.person_names.get(person_id, "–")

    # -- title and summary ---------------------------------------------------------------
    def period_text(self, data: InitiativeData) -> str:
        start = data.period_from
        if start is None:
            since = data.initiative.start_date
            if since is not None and since <= data.period_to:
                return (f"{date_da(since)} – {date_da(data.period_to)} "
                        "(hele forløbet)")
            return f"Hele forløbet til og med {date_da(data.period_to)}"
        return f"{date_da(start)} – {date_da(data.period_to)}"

    def parties_cell(self, data: InitiativeData) -> Cell:
        if not data.parties:
            return self.p(esc("Ingen parter registreret endnu."), self.st.empty)
        lines = []
        for party in data.parties:
            role = f" – {esc(party.role)}" if party.role else ""
            sector = _label(SECTORS, party.sector, self.lang)
            sector_text = (f" <font color='#5A6270'>({esc(sector)})</font>"
                           if sector and not party.role else "")
            lines.append(f"<b>{esc(party.organisation_name)}</b>{role}{sector_text}")
        return self.p("<br/>".join(lines), self.st.value)

    def title_block(self, kicker: str, data: InitiativeData, *, author: str,
                    confidentiality: str, extra: Sequence[tuple[str, Cell]] = (),
                    show_period: bool = True, compact: bool = False) -> list[Flowable]:
        i = data.initiative
        status = _label(INITIATIVE_STATUSES, i.status, self.lang)
        if i.kind:  # klyngeprojekt, opgaveoverdragelse, … (issue 17)
            status += f" · {_label(INITIATIVE_KINDS, i.kind, self.lang).lower()}"
        if i.start_date:
            status += f" · startet {date_da(i.start_date)}"
        if i.end_date:
            status += f" · slutter {date_da(i.end_date)}"
        parties: Cell = self.parties_cell(data)
        if compact and data.parties:  # names only, one line after the other
            parties = ", ".join(p.organisation_name for p in data.parties)
        rows: list[tuple[str, Cell]] = [("Parter", parties)]
        if data.parent_name:
            rows.append(("Del af", data.parent_name))
        if show_period:
            rows.append(("Periode", self.period_text(data)))
        rows.append(("Status", status))
        rows.extend(extra)
        if author:
            rows.append(("Udarbejdet af", author))
        rows.append(("Dato", date_da(data.today)))
        out: list[Flowable] = [
            Paragraph(esc(kicker.upper()), self.st.kicker),
            Paragraph(esc(i.name), self.st.title),
            self.kv_table(rows),
        ]
        if confidentiality:
            out.append(Spacer(1, 4))
            out.append(self.banner(confidentiality))
        return out

    def banner(self, text: str) -> Table:
        t = Table([[Paragraph(esc(text), self.st.confidential)]], colWidths=[CONTENT_W],
                  hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, -1), WARN_LIGHT),
            ("LINEBEFORE", (0, 0), (0, -1), 2.2, WARN),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return t

    def key_figures(self, data: InitiativeData) -> Table:
        stage = rules.stage_label(data.stage, self.lang) if data.org_pairs else "–"
        trend = rules.trend_label(data.trend, self.lang) if data.org_pairs else "ingen vurdering"
        on_track = sum(1 for ind in data.indicators if ind.on_track)
        results = (f"{on_track} af {len(data.indicators)}" if data.indicators else "–")
        asks = len(data.open_asks)
        cells = [
            (stage, f"svageste relation · {trend.lower()}"),
            (results, "indikatorer på vej mod målet" if data.indicators
             else "ingen indikatorer endnu"),
            (str(len(data.active_plagues)), "aktive plager"),
            (str(asks), "åbne anmodninger"),
            (str(len(data.overdue_actions)),
             "forfalden handling" if len(data.overdue_actions) == 1 else "forfaldne handlinger"),
        ]
        row = [[Paragraph(esc(v), self.st.figure), Paragraph(esc(label), self.st.figure_label)]
               for v, label in cells]
        w = CONTENT_W / len(cells)
        t = Table([row], colWidths=[w] * len(cells), hAlign="LEFT")
        t.setStyle(TableStyle([
            *cell_style(left=6, right=4, top=5, bottom=6),
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, "white"),
        ]))
        return t


    @property
    def chart_w(self) -> float:
        return float(CONTENT_W / 2 - 5 * mm)

    def chart_grid(self, items: Sequence[tuple[str, Flowable]]) -> list[Flowable]:
        """Charts two by two. Each pair is a small table kept on one page: the titles share a
        row (aligned at the bottom) so the charts line up even when one title wraps."""
        out: list[Flowable] = []
        for k in range(0, len(items), 2):
            pair = list(items[k:k + 2])
            titles: list[Any] = [Paragraph(esc(title), self.st.chart_title) for title, _ in pair]
            drawings: list[Any] = [chart for _, chart in pair]
            if len(pair) == 1:
                titles.append("")
                drawings.append("")
            t = Table([titles, drawings], colWidths=[CONTENT_W / 2] * 2, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ]))
            out.append(KeepTogether([t]))
        return out

    def heading(self, text: str, sub: bool) -> list[Flowable]:
        return [CondPageBreak(35 * mm), self.h2(text)] if sub else self.h1(text)

    def section(self, title: str, rows: object, body: Callable[[], list[Flowable]], *,
                empty: str, sub: bool = False) -> list[Flowable]:
        """A section: its heading (``sub``: a sub-heading), then ``body()`` – or, when
        ``rows`` is empty, the ``empty`` note that says there is nothing yet."""
        return self.heading(title, sub) + (body() if rows else [self.empty(empty)])
