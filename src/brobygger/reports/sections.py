"""The building blocks of the briefs: each function returns the flowables of one section.

All user text is escaped (:func:`~brobygger.reports.typography.esc`); tables wrap their
cells, repeat their header row on every page and may split a tall row across pages, so no
name or text is ever cut off.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import timedelta
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

from brobygger.domain import rules
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    ASK_LEVELS,
    ASK_STATUSES,
    BARRIER_STATUSES,
    BARRIERS,
    CORNERSTONES,
    DECISION_STATUSES,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    FORMALISATION,
    INITIATIVE_STATUSES,
    LEVELS,
    MEANINGS,
    MEMBER_ROLES,
    PLAGUES,
    REFLECTIONS,
    SECTORS,
    LadderStep,
)
from brobygger.reports import charts
from brobygger.reports.data import TOP_LEVELS, InitiativeData
from brobygger.reports.document import CONTENT_W
from brobygger.reports.typography import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    RULE,
    WARN,
    WARN_LIGHT,
    Styles,
    count_da,
    date_da,
    esc,
    join_da,
    number_da,
    paragraphs_of,
    styles,
)
from brobygger.services import dto
from brobygger.services.overview import PairSeries

Cell: TypeAlias = str | Flowable | list[Flowable]

SEVERITY = {0: "Ingen", 1: "Lav", 2: "Middel", 3: "Høj"}
FULL_ENTRIES = 10
"""A status brief shows this many decisions with their full text; older ones in the period
are listed in a table, so the brief stays a brief."""
FULL_ESCALATIONS = 3
"""Escalations under "decisions needed": the newest this many with their text, the rest by
title, date and addressee."""

NEXT_STEP_HINT = {
    LadderStep.KENDSKAB: "Skab kendskab: faste møder, besøg hos hinanden og fælles "
                         "undervisning, så ansigter og hverdag bliver kendte.",
    LadderStep.RESPEKT: "Styrk respekten: synliggør hinandens faglighed og bidrag, fx i "
                        "fælles sagsgennemgange.",
    LadderStep.TILLID: "Byg tillid: del også svagheder og fejl, og løb små risici sammen.",
}
PAIR_WIDTHS = (40, 22, 22, 17, 17, 52)


def pair_headers(who: str) -> list[str]:
    return [who, "Seneste vurdering", "Kendskab · respekt · tillid", "Trin", "Udvikling",
            "Næste skridt"]


TOP_HINT = "Hold fast: alle tre trin er nået – bevar den løbende kontakt, også ved udskiftning."


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


class Sections:
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
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ]
        for r in highlight:
            style.append(("BACKGROUND", (0, r + 1), (-1, r + 1), WARN_LIGHT))
        t.setStyle(TableStyle(style))
        return t

    def kv_table(self, rows: Sequence[tuple[str, Cell]], label_mm: float = 30) -> Table:
        data = [[Paragraph(esc(k), self.st.label), self._cell(v, self.st.value)]
                for k, v in rows]
        t = WrapTable(data, colWidths=[label_mm * mm, CONTENT_W - label_mm * mm],
                      hAlign="LEFT", splitInRow=24)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
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
            (str(len(data.overdue_actions)), "overskredne handlinger"),
        ]
        row = [[Paragraph(esc(v), self.st.figure), Paragraph(esc(label), self.st.figure_label)]
               for v, label in cells]
        w = CONTENT_W / len(cells)
        t = Table([row], colWidths=[w] * len(cells), hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, "white"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return t

    def summary_points(self, data: InitiativeData) -> list[str]:
        """Short Danish sentences (markup) that sum the initiative up."""
        i = data.initiative
        points = []
        status = _label(INITIATIVE_STATUSES, i.status, self.lang).lower()
        line = f"Initiativet har status <b>{esc(status)}</b>"
        if i.start_date:
            line += f" og startede {date_da(i.start_date)}"
        points.append(line + ".")
        if data.entries:
            counts = Counter(e.type for e in data.entries)
            parts = [f"{n} × {_label(ENTRY_TYPES, t, self.lang).lower()}"
                     for t, n in counts.most_common()]
            points.append(f"Loggen har {count_da(len(data.entries), 'indførsel', 'indførsler')} "
                          f"i perioden ({esc(', '.join(parts))}).")
        else:
            points.append("Ingen logindførsler i perioden.")
        if data.org_pairs:
            stage = rules.stage_label(data.stage, self.lang)
            trend = rules.trend_label(data.trend, self.lang).lower()
            points.append(
                f"Relationerne er vurderet for {count_da(len(data.org_pairs), 'par', 'par')} af "
                f"parter. Den svageste relation står på trinnet <b>{esc(stage)}</b>; "
                f"udviklingen er {esc(trend)}.")
        else:
            points.append("Relationerne mellem parterne er ikke vurderet endnu.")
        if data.indicators:
            reached = sum(1 for ind in data.indicators if ind.reached)
            moving = sum(1 for ind in data.indicators if ind.on_track and not ind.reached)
            points.append(f"Af {count_da(len(data.indicators), 'indikator', 'indikatorer')} har "
                          f"{reached} nået målet, og {moving} er på vej.")
        else:
            points.append("Der er ingen indikatorer med udgangspunkt og mål endnu – så "
                          "risikerer resultaterne at forblive usynlige.")
        if data.active_plagues:
            names = [f"{_label(PLAGUES, p.plague, self.lang)} "
                     f"({SEVERITY.get(p.severity, '').lower()})" for p in data.active_plagues]
            points.append(f"Aktive plager: {esc(join_da(names))}.")
        else:
            points.append("Ingen af samarbejdets plager er vurderet som aktive.")
        asks = len(data.open_asks)
        if asks:
            points.append(f"<b>{count_da(asks, 'anmodning venter', 'anmodninger venter')} på "
                          "svar</b> – se »Beslutninger, der er brug for« på side 1.")
        open_n = len(data.overdue_actions) + len(data.upcoming_actions)
        if open_n:
            points.append(f"{count_da(open_n, 'handling', 'handlinger')} er åbne, heraf "
                          f"{len(data.overdue_actions)} overskredet.")
        else:
            points.append("Der er ingen åbne handlinger.")
        return points

    def summary(self, data: InitiativeData, title: str = "Sammenfatning") -> list[Flowable]:
        out: list[Flowable] = [*self.h1(title), self.key_figures(data), Spacer(1, 6)]
        out += [Paragraph(pt, self.st.bullet, bulletText="•") for pt in self.summary_points(data)]
        purpose = data.initiative.purpose
        if purpose:
            out.append(self.h2("Formål"))
            out += self.text(purpose)
        return out

    # -- decisions needed ----------------------------------------------------------------
    def decisions_needed(self, data: InitiativeData) -> list[Flowable]:
        out = self.h1("Beslutninger, der er brug for")
        note = ("Her står åbne strukturelle barrierer, der er sendt til topledelse, politisk "
                "eller nationalt niveau, og eskaleringer til de samme niveauer i perioden. "
                "Barrierer, der kan løses lokalt eller af cheferne, står under »Strukturelle "
                "barrierer«.")
        if len(data.escalations) > FULL_ESCALATIONS:
            note += (f" De {FULL_ESCALATIONS} nyeste eskaleringer står med deres tekst, de "
                     "øvrige med titel, dato og modtager.")
        out.append(self.note(note))
        number = 0
        for b in data.top_barriers:
            number += 1
            ask = (f"<b>{esc(b.ask)}</b>" if b.ask else
                   "<i>Anmodningen er ikke formuleret endnu – skriv, hvad der bedes om, og af "
                   "hvem.</i>")
            to = f"<br/>Rettet til: {esc(b.ask_to)}" if b.ask_to else ""
            facts = [f"Barriere: {_label(BARRIERS, b.barrier, self.lang)}",
                     "niveau: " + _label(ESCALATION_LEVELS, b.escalation_level, self.lang).lower(),
                     "status: " + _label(BARRIER_STATUSES, b.status, self.lang).lower(),
                     "betydning: " + SEVERITY.get(b.impact, "").lower()]
            meta = f"<br/><font color='#5A6270'>{esc(' · '.join(facts))}</font>"
            out.append(Paragraph(ask + to + meta, self.st.numbered, bulletText=f"{number}."))
        for e in data.escalations:
            number += 1
            level = _label(ESCALATION_LEVELS, e.escalation_level, self.lang).lower()
            to = f" til {esc(e.escalated_to)}" if e.escalated_to else ""
            head = (f"<b>{esc(e.title)}</b><br/><font color='#5A6270'>Eskaleret "
                    f"{date_da(e.entry_date)}{to} ({esc(level)})</font>")
            out.append(Paragraph(head, self.st.numbered, bulletText=f"{number}."))
            if number - len(data.top_barriers) <= FULL_ESCALATIONS:  # the newest in full
                for part in paragraphs_of(e.body):
                    out.append(Paragraph(esc(part), self.st.numbered))
        if number == 0:
            out.append(self.empty("Ingen åbne anmodninger til topledelse, politisk eller "
                                  "nationalt niveau i perioden."))
        return out

    # -- results -------------------------------------------------------------------------
    def results(self, data: InitiativeData, *, with_charts: bool = True) -> list[Flowable]:
        out = self.h1("Resultater")
        if not data.indicators:
            out.append(self.empty("Ingen data endnu: der er ingen indikatorer for initiativet. "
                                  "Tilføj en indikator med udgangspunkt og mål under "
                                  "»Resultater«, så resultaterne bliver synlige."))
            return out
        rows = []
        for ind in data.indicators:
            i = ind.indicator
            latest = ind.latest
            latest_text = (f"{number_da(latest.value, i.unit)}\n{date_da(latest.measured_on)}"
                           if latest else "Ingen målinger endnu")
            name: list[Flowable] = [self.p(f"<b>{esc(i.name)}</b>", self.st.cell)]
            direction = "lavere er bedre" if i.direction == "ned" else "højere er bedre"
            name.append(self.p(esc(direction), self.st.cell_muted))
            rows.append([name, number_da(i.baseline, i.unit), number_da(i.target, i.unit),
                         latest_text, ind.status])
        out.append(self.table(["Indikator", "Udgangspunkt", "Mål", "Seneste måling", "Status"],
                              rows, [56, 26, 22, 30, 36]))
        if with_charts:
            out.append(Spacer(1, 6))
            out += self.chart_grid([
                (ind.indicator.name, charts.indicator_chart(
                    [(m.measured_on, m.value) for m in ind.measurements],
                    baseline=ind.indicator.baseline, target=ind.indicator.target,
                    unit=ind.indicator.unit, width=self.chart_w, height=46 * mm))
                for ind in data.indicators])
        return out

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

    # -- relationships -------------------------------------------------------------------
    def pair_rows(self, pairs: Sequence[PairSeries]) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for pair in pairs:
            r = pair.latest
            nxt = rules.next_step(r.kendskab, r.respekt, r.tillid)
            hint = NEXT_STEP_HINT[nxt] if nxt is not None else TOP_HINT
            rows.append([pair.label, date_da(r.assessed_on),
                         f"{r.kendskab} · {r.respekt} · {r.tillid}",
                         rules.stage_label(pair.stage, self.lang),
                         rules.trend_label(pair.trend, self.lang), hint])
        return rows

    def relationships(self, data: InitiativeData, *, with_charts: bool = True,
                      with_people: bool = False, with_notes: bool = True) -> list[Flowable]:
        out = self.h1("Relationernes modenhed")
        out.append(self.note(
            "Relationstrappen: kendskab → respekt → tillid, hver vurderet 1–10. Et trin regnes "
            f"for nået fra {rules.STEP_REACHED}. Vurderingerne er et styringsredskab for "
            "samarbejdet – de viser udviklingen og det næste skridt, ikke en rangliste."))
        if not data.org_pairs:
            out.append(self.empty("Ingen data endnu: relationerne mellem parterne er ikke "
                                  "vurderet. Lav en første vurdering af kendskab, respekt og "
                                  "tillid for hvert par af parter."))
        else:
            out.append(self.table(
                pair_headers("Parter"), self.pair_rows(data.org_pairs), PAIR_WIDTHS))
            if with_notes:
                notes = [(p, p.latest) for p in data.org_pairs if p.latest.note]
                if notes:
                    out.append(self.h2("Noter fra seneste vurdering"))
                    for p, r in notes:
                        out.append(self.p(f"<b>{esc(p.label)}</b> ({date_da(r.assessed_on)}): "
                                          f"{esc(r.note)}", self.st.body))
            if with_charts:
                out.append(Spacer(1, 4))
                out += self.chart_grid([
                    (p.label, charts.relationship_chart(
                        [(r.assessed_on, r.kendskab, r.respekt, r.tillid) for r in p.assessments],
                        width=self.chart_w, height=46 * mm))
                    for p in data.org_pairs])
        if with_people:
            out.append(self.h2("Relationer mellem personer"))
            if data.person_pairs:
                out.append(self.table(
                    pair_headers("Personer"), self.pair_rows(data.person_pairs), PAIR_WIDTHS))
            else:
                out.append(self.empty("Ingen vurderinger af relationer mellem enkeltpersoner."))
        elif data.person_pairs:
            out.append(Paragraph(
                "Der er også "
                f"{count_da(len(data.person_pairs), 'vurderet relation', 'vurderede relationer')} "
                "mellem enkeltpersoner. Af hensyn til de personer, det drejer sig om, vises de "
                "ikke i dette notat.", self.st.footnote))
        return out

    # -- plagues and barriers ------------------------------------------------------------
    def heading(self, text: str, sub: bool) -> list[Flowable]:
        return [CondPageBreak(35 * mm), self.h2(text)] if sub else self.h1(text)

    def plagues(self, data: InitiativeData, *, sub: bool = False) -> list[Flowable]:
        out = self.heading("Aktive plager", sub)
        if not data.active_plagues and not data.stale_plagues:
            out.append(self.empty("Ingen af samarbejdets syv plager er vurderet som aktive "
                                  "(alvor middel eller høj) pr. periodens slutning."))
            return out
        rows = []
        for pl in (*data.active_plagues, *data.stale_plagues):
            stale = pl in data.stale_plagues
            mitigation: list[Flowable] = self.text(pl.mitigation, self.st.cell) or [
                self.p(esc("Ingen afhjælpning beskrevet endnu."), self.st.cell_muted)]
            if pl.owner_id:
                mitigation.append(self.p(f"Ansvarlig: {esc(self.person(data, pl.owner_id))}",
                                         self.st.cell_muted))
            rows.append([
                [self.p(f"<b>{esc(_label(PLAGUES, pl.plague, self.lang))}</b>", self.st.cell),
                 self.p(f"Vurderet {date_da(pl.assessed_on)}", self.st.cell_muted)],
                f"Ikke vurderet siden {date_da(pl.assessed_on)}" if stale
                else _severity(pl.severity),
                self.text(pl.note, self.st.cell) or "–",
                mitigation])
        out.append(self.table(["Plage", "Alvor", "Hvad vi ser", "Afhjælpning"], rows,
                              [36, 21, 56, 57]))
        return out

    def barriers(self, data: InitiativeData, *, sub: bool = False) -> list[Flowable]:
        out = self.heading("Strukturelle barrierer", sub)
        out.append(self.note(
            "Forhold, som cheferne ikke kan ændre alene. Barrierer på niveauet topledelse, "
            "politisk eller nationalt kræver handling dér – med den konkrete anmodning nedenfor."))
        if not data.open_barriers and not data.stale_barriers:
            out.append(self.empty("Ingen åbne strukturelle barrierer er registreret."))
            return out
        ordered = sorted(data.open_barriers,
                         key=lambda b: (b.escalation_level not in TOP_LEVELS, -b.impact,
                                        b.barrier))
        ordered += list(data.stale_barriers)
        rows = []
        highlight = []
        for n, b in enumerate(ordered):
            seen = (f"Ikke vurderet siden {date_da(b.assessed_on)}"
                    if b in data.stale_barriers else f"Vurderet {date_da(b.assessed_on)}")
            if b.escalation_level in TOP_LEVELS:
                highlight.append(n)
            ask: list[Flowable] = ([self.p(f"<b>{esc(b.ask)}</b>", self.st.cell)] if b.ask
                                   else [self.p(esc("Ikke formuleret endnu."),
                                                self.st.cell_muted)])
            rows.append([
                [self.p(f"<b>{esc(_label(BARRIERS, b.barrier, self.lang))}</b>", self.st.cell),
                 self.p(esc(seen), self.st.cell_muted)],
                _severity(b.impact),
                [self.p(esc(_label(ESCALATION_LEVELS, b.escalation_level, self.lang)),
                        self.st.cell_bold),
                 self.p(esc(_label(BARRIER_STATUSES, b.status, self.lang)), self.st.cell)],
                ask,
                b.ask_to or "–"])
        out.append(self.table(["Barriere", "Betydning", "Niveau og status", "Anmodning",
                               "Rettet til"], rows, [34, 21, 24, 53, 38], highlight=highlight))
        if highlight:
            out.append(Paragraph("Farvede rækker kræver handling fra topledelse, politisk eller "
                                 "nationalt niveau.", self.st.footnote))
        return out

    # -- log entries ---------------------------------------------------------------------
    def entry(self, data: InitiativeData, e: dto.LogEntry, *, with_body: bool = True,
              with_type: bool = True) -> list[Flowable]:
        meta = [date_da(e.entry_date)]
        if with_type:
            meta.append(_label(ENTRY_TYPES, e.type, self.lang))
        if e.decision_status:
            meta.append("status: " + _label(DECISION_STATUSES, e.decision_status,
                                             self.lang).lower())
        if e.type == "eskalering" and e.escalation_level:
            level = _label(ESCALATION_LEVELS, e.escalation_level, self.lang).lower()
            meta.append(f"eskaleret til {level}" + (f": {e.escalated_to}" if e.escalated_to
                                                     else ""))
        if e.participants:
            names = [data.person_names[p] for p in e.participants if p in data.person_names]
            if names:
                meta.append("deltagere: " + ", ".join(names))
        out: list[Flowable] = [Paragraph(esc(e.title), self.st.entry_head),
                               Paragraph(esc(" · ".join(meta)), self.st.entry_meta)]
        if with_body:
            out += self.text(e.body, self.st.entry_body)
        return out

    def recent_decisions(self, data: InitiativeData) -> list[Flowable]:
        out = self.h1("Beslutninger og aftaler i perioden")
        if not data.decisions:
            out.append(self.empty("Ingen beslutninger eller aftaler er registreret i perioden."))
            return out
        decisions = data.decisions
        if len(decisions) > FULL_ENTRIES:
            out.append(self.note(f"De {FULL_ENTRIES} nyeste med den fulde tekst; de øvrige "
                                 f"{len(decisions) - FULL_ENTRIES} står i tabellen nedenfor."))
        for e in decisions[:FULL_ENTRIES]:
            out += self.entry(data, e)
        older = decisions[FULL_ENTRIES:]
        if older:
            out.append(self.h2(f"Øvrige beslutninger og aftaler i perioden ({len(older)})"))
            rows = [[date_da(e.entry_date), _label(ENTRY_TYPES, e.type, self.lang),
                     self.p(f"<b>{esc(e.title)}</b>", self.st.cell),
                     _label(DECISION_STATUSES, e.decision_status, self.lang) or "–"]
                    for e in older]
            out.append(self.table(["Dato", "Type", "Titel", "Status"], rows, [28, 21, 94, 27]))
        return out

    # -- actions -------------------------------------------------------------------------
    def _action_rows(self, data: InitiativeData, actions: Sequence[dto.Action],
                     overdue: bool) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for a in actions:
            title: list[Flowable] = [self.p(esc(a.title), self.st.cell)]
            if a.notes:
                title += self.text(a.notes, self.st.cell_muted)
            due = date_da(a.due_date, "Ingen frist")
            if overdue and a.due_date is not None:
                days = (data.today - a.due_date).days
                due += f"\n({count_da(days, 'dag', 'dage')} over)"
            rows.append([title, self.person(data, a.owner_id), due,
                         _label(ACTION_STATUSES, a.status, self.lang)])
        return rows

    def actions(self, data: InitiativeData, title: str = "Handlinger", *,
                sub: bool = False) -> list[Flowable]:
        out = self.heading(title, sub)
        out.append(self.note(f"Som de står {date_da(data.today)}."))
        if not data.overdue_actions and not data.upcoming_actions:
            out.append(self.empty("Ingen åbne handlinger."))
            return out
        headers = ["Handling", "Ansvarlig", "Frist", "Status"]
        widths = [92, 38, 26, 16]
        sub_heading = self.h3 if sub else self.h2
        if data.overdue_actions:
            out.append(sub_heading(f"Overskredne ({len(data.overdue_actions)})"))
            rows = self._action_rows(data, data.overdue_actions, True)
            out.append(self.table(headers, rows, widths, highlight=range(len(rows))))
        if data.upcoming_actions:
            out.append(sub_heading(f"Kommende og igangværende ({len(data.upcoming_actions)})"))
            out.append(self.table(headers, self._action_rows(data, data.upcoming_actions,
                                                             False), widths))
        return out

    # -- readiness -----------------------------------------------------------------------
    def readiness(self, data: InitiativeData) -> list[Flowable]:
        out = self.h1("Eftertanker til topledelsen")
        answers = data.initiative.readiness
        done = sum(1 for item in REFLECTIONS if answers.get(item.code) is True)
        out.append(self.note(
            f"Otte spørgsmål fra forskningen om ledelse over grænser. {done} af "
            f"{len(REFLECTIONS)} er markeret som på plads."))
        rows = []
        for item in REFLECTIONS:
            value = answers.get(item.code)
            mark, status = ("☑", "Ja") if value is True else (
                ("☐", "Ikke endnu") if value is False else ("☐", "Ikke vurderet"))
            rows.append([self.p(mark, self.st.cell_bold),
                         [self.p(f"<b>{esc(item.label(self.lang))}</b>", self.st.cell),
                          self.p(esc(item.description_da), self.st.cell_muted)],
                         status])
        t = self.table(["", "Spørgsmål", "Status"], rows, [7, 139, 24])
        out.append(t)
        return out

    # -- handover ------------------------------------------------------------------------
    def about(self, data: InitiativeData) -> list[Flowable]:
        i = data.initiative
        out = self.h1("Kort om initiativet")
        out.append(self.h2("Formål"))
        out += self.text(i.purpose) or [self.empty("Formålet er ikke beskrevet endnu.")]
        out.append(self.h2("Den brændende platform"))
        out += self.text(i.trigger) or [self.empty("Baggrunden er ikke beskrevet endnu.")]
        rows: list[tuple[str, Cell]] = []
        if i.meaning:
            rows.append(("Fælles mening", " · ".join(
                f"{_label(MEANINGS, k, self.lang)} {v}/3" for k, v in i.meaning.items())))
        if i.cornerstones:
            rows.append(("Hjørnesten", " · ".join(
                f"{_label(CORNERSTONES, k, self.lang)} {v}/3"
                for k, v in i.cornerstones.items())))
        if i.formalisation:
            avg = sum(i.formalisation.values()) / len(i.formalisation)
            pole = ("tæt på samordning (bindende)" if avg >= 3.5 else
                    "tæt på samarbejde (frivilligt)" if avg <= 2.5 else "midt imellem")
            rows.append(("Samarbejde ↔ samordning", f"{number_da(round(avg, 1))} af 5 – {pole} ("
                         + ", ".join(f"{_label(FORMALISATION, k, self.lang).lower()} {v}"
                                     for k, v in i.formalisation.items()) + ")"))
        if rows:
            out.append(self.h2("Fundamentet"))
            out.append(self.kv_table(rows, label_mm=42))
        return out

    def timeline(self, data: InitiativeData) -> list[Flowable]:
        out = self.h1("Tidslinje")
        entries = sorted(data.entries, key=lambda e: (e.entry_date, e.created_at))
        if not entries:
            out.append(self.empty("Ingen data endnu: loggen er tom."))
            return out
        out.append(self.note(f"Alle {count_da(len(entries), 'logindførsel', 'logindførsler')}, "
                             "ældste først."))
        year = None
        for e in entries:
            if e.entry_date.year != year:
                year = e.entry_date.year
                out.append(self.h2(str(year)))
            out += self.entry(data, e)
        return out

    def people(self, data: InitiativeData) -> list[Flowable]:
        out = self.h1("Personer")
        if not data.members:
            out.append(self.empty("Ingen personer er knyttet til initiativet endnu."))
            return out
        rows = []
        for m, info in data.members:
            name: list[Flowable] = [self.p(f"<b>{esc(info.name)}</b>", self.st.cell)]
            if info.is_champion:
                name.append(self.p("Ildsjæl", self.st.cell_muted))
            who = [x for x in (info.title, info.organisation) if x]
            contact: list[Flowable] = [self.p(esc(x), self.st.cell_muted if "@" in x
                                              else self.st.cell)
                                       for x in (info.phone, info.email) if x]
            rows.append([name, _label(MEMBER_ROLES, m.role, self.lang),
                         [self.p(esc(", ".join(who) or "–"), self.st.cell),
                          self.p(esc(_label(LEVELS, info.level, self.lang)),
                                 self.st.cell_muted)],
                         contact or "–"])
        out.append(self.table(["Navn", "Rolle", "Titel og organisation", "Kontakt"], rows,
                              [36, 30, 52, 52]))
        return out

    def agreements(self, data: InitiativeData) -> list[Flowable]:
        out = self.h1("Aftaler og beslutninger i kraft")
        items = sorted(data.decisions, key=lambda e: (e.entry_date, e.created_at), reverse=True)
        if not items:
            out.append(self.empty("Ingen aftaler eller beslutninger er registreret endnu."))
            return out
        out.append(self.note("Nyeste først. Den fulde tekst står i tidslinjen."))
        rows = [[date_da(e.entry_date), _label(ENTRY_TYPES, e.type, self.lang),
                 self.p(f"<b>{esc(e.title)}</b>", self.st.cell),
                 _label(DECISION_STATUSES, e.decision_status, self.lang) or "–"]
                for e in items]
        out.append(self.table(["Dato", "Type", "Titel", "Status"], rows, [28, 21, 94, 27]))
        return out

    def escalation_history(self, data: InitiativeData, *, since_days: int = 365
                           ) -> list[Flowable]:
        """Every ask of the initiative raised in the last year or still open, with status
        and outcome (a settled escalation is an answered ask, not an open one)."""
        since = data.today - timedelta(days=since_days)
        items = sorted((a for a in data.asks if a.raised_on >= since or a.is_open),
                       key=lambda a: a.raised_on, reverse=True)
        out: list[Flowable] = [self.h2("Anmodninger og eskaleringer")]
        if not items:
            out.append(self.empty("Ingen anmodninger det seneste år og ingen åbne."))
            return out
        rows = [[date_da(a.raised_on), self.p(f"<b>{esc(a.title)}</b>", self.st.cell),
                 a.addressee or _label(ASK_LEVELS, a.level, self.lang),
                 [self.p(esc(_label(ASK_STATUSES, a.status, self.lang)), self.st.cell_bold),
                  self.p(esc(date_da(a.settled_on, "")), self.st.cell_muted)]]
                for a in items]
        out.append(self.table(["Rejst", "Anmodning", "Til", "Status"], rows,
                              [24, 74, 46, 26]))
        return out

    # -- portfolio -----------------------------------------------------------------------
    def portfolio_page(self, data: InitiativeData, number: int, total: int) -> list[Flowable]:
        """One initiative on (about) one page: the essentials, without charts."""
        out = self.title_block(f"Initiativ {number} af {total}", data, author="",
                               confidentiality="", show_period=False, compact=True)
        out += [Spacer(1, 6), self.key_figures(data)]
        bullet = self.st.bullet
        if data.is_empty:
            out.append(Spacer(1, 4))
            out.append(self.empty("Ingen data endnu: ingen logindførsler, vurderinger, "
                                  "indikatorer eller handlinger."))

        out.append(self.h2("Strukturelle barrierer og anmodninger"))
        if not data.open_barriers and not data.stale_barriers:
            out.append(self.empty("Ingen åbne strukturelle barrierer."))
        ordered = sorted((*data.open_barriers, *data.stale_barriers),
                         key=lambda b: (b.escalation_level not in TOP_LEVELS, -b.impact,
                                        b.barrier))
        for b in ordered:
            level = _label(ESCALATION_LEVELS, b.escalation_level, self.lang).lower()
            status = _label(BARRIER_STATUSES, b.status, self.lang).lower()
            head = (f"<b>{esc(_label(BARRIERS, b.barrier, self.lang))}</b> "
                    f"<font color='#5A6270'>({esc(level)}, {esc(status)})</font>")
            ask = f": {esc(b.ask)}" if b.ask else ": <i>anmodningen er ikke formuleret</i>"
            to = f" – til {esc(b.ask_to)}" if b.ask_to else ""
            out.append(Paragraph(head + ask + to, bullet, bulletText="•"))
        if data.open_asks:
            out.append(self.h3("Åbne anmodninger"))
        for a in data.open_asks:
            to = f" til {esc(a.addressee)}" if a.addressee else ""
            out.append(Paragraph(f"<b>{esc(a.title)}</b> <font color='#5A6270'>– rejst "
                                 f"{date_da(a.raised_on)}{to}</font>", bullet, bulletText="•"))

        out.append(self.h2("Aktive plager"))
        if not data.active_plagues and not data.stale_plagues:
            out.append(self.empty("Ingen aktive plager."))
        for pl in (*data.active_plagues, *data.stale_plagues):
            mitigation = (f": {esc(pl.mitigation)}" if pl.mitigation
                          else ": <i>ingen afhjælpning beskrevet</i>")
            level = (f"ikke vurderet siden {date_da(pl.assessed_on)}"
                     if pl in data.stale_plagues else SEVERITY.get(pl.severity, '').lower())
            out.append(Paragraph(f"<b>{esc(_label(PLAGUES, pl.plague, self.lang))}</b> "
                                 f"({esc(level)}){mitigation}", bullet, bulletText="•"))

        out.append(self.h2("Relationer"))
        if not data.org_pairs:
            out.append(self.empty("Ikke vurderet endnu."))
        for pair in data.org_pairs:
            r = pair.latest
            nxt = rules.next_step(r.kendskab, r.respekt, r.tillid)
            step = (f"næste trin: {rules.stage_label(nxt, self.lang).lower()}" if nxt
                    else "alle tre trin er nået")
            out.append(Paragraph(
                f"<b>{esc(pair.label)}</b>: {esc(rules.stage_label(pair.stage, self.lang))}, "
                f"{esc(rules.trend_label(pair.trend, self.lang).lower())} – {esc(step)}.",
                bullet, bulletText="•"))

        out.append(self.h2("Beslutninger og aftaler i perioden"))
        if not data.decisions:
            out.append(self.empty("Ingen i perioden."))
        for e in data.decisions:
            status = _label(DECISION_STATUSES, e.decision_status, self.lang).lower()
            out.append(Paragraph(
                f"{date_da(e.entry_date)}: <b>{esc(e.title)}</b> "
                f"<font color='#5A6270'>({esc(_label(ENTRY_TYPES, e.type, self.lang).lower())}"
                f"{', ' + esc(status) if status else ''})</font>", bullet, bulletText="•"))

        out.append(self.h2("Resultater"))
        if not data.indicators:
            out.append(self.empty("Ingen indikatorer endnu."))
        else:
            rows: list[list[Cell]] = []
            for ind in data.indicators:
                i, latest = ind.indicator, ind.latest
                rows.append([i.name, number_da(i.baseline, i.unit), number_da(i.target, i.unit),
                             number_da(latest.value, i.unit) if latest else "–", ind.status])
            out.append(self.table(["Indikator", "Udgangspunkt", "Mål", "Seneste", "Status"],
                                  rows, [66, 26, 20, 22, 36]))

        out.append(self.h2("Handlinger"))
        soon = [a for a in data.upcoming_actions
                if a.due_date is not None and (a.due_date - data.today).days <= 30]
        if not data.overdue_actions and not soon:
            out.append(self.empty("Ingen overskredne handlinger og ingen med frist inden for "
                                  "30 dage."))
        for a in data.overdue_actions:
            out.append(Paragraph(
                f"<font color='#8A3B12'><b>Overskredet</b></font> {date_da(a.due_date)}: "
                f"{esc(a.title)} <font color='#5A6270'>({esc(self.person(data, a.owner_id))})"
                "</font>", bullet, bulletText="•"))
        for a in soon:
            out.append(Paragraph(
                f"{date_da(a.due_date)}: {esc(a.title)} "
                f"<font color='#5A6270'>({esc(self.person(data, a.owner_id))})</font>",
                bullet, bulletText="•"))
        return out


def portfolio_rows(sec: Sections, items: Sequence[InitiativeData]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for d in items:
        i = d.initiative
        name: list[Flowable] = [sec.p(f"<b>{esc(i.name)}</b>", sec.st.cell)]
        if d.parent_name:
            name.append(sec.p(f"Del af {esc(d.parent_name)}", sec.st.cell_muted))
        if d.parties:
            name.append(sec.p(esc(", ".join(p.organisation_name for p in d.parties)),
                              sec.st.cell_muted))
        relations = (f"{rules.stage_label(d.stage, sec.lang)}\n"
                     f"{rules.trend_label(d.trend, sec.lang).lower()}" if d.org_pairs
                     else "Ikke vurderet")
        on_track = sum(1 for ind in d.indicators if ind.on_track)
        results = (f"{on_track} af {len(d.indicators)} på vej" if d.indicators
                   else "Ingen indikatorer")
        plagues: Cell = (sec.p(esc(", ".join(_label(PLAGUES, p.plague, sec.lang)
                                             for p in d.active_plagues)), sec.st.cell_muted)
                         if d.active_plagues else "Ingen")
        asks = len(d.open_asks)
        open_n = len(d.overdue_actions) + len(d.upcoming_actions)
        actions = f"{open_n} åbne"
        if d.overdue_actions:
            actions += f"\n{len(d.overdue_actions)} over frist"
        rows.append([name, _label(INITIATIVE_STATUSES, i.status, sec.lang), relations, results,
                     plagues, str(asks), actions])
    return rows
