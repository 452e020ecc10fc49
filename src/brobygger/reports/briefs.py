"""The three briefs laid out and written: status brief, portfolio brief and handover brief.
They take the gathered data in (:mod:`brobygger.dto.briefs`) and give a PDF out; the
services gather the data (:mod:`brobygger.services.briefs`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.dto.briefs import InitiativeData
from brobygger.reports import director
from brobygger.reports.document import PageInfo, render, write_atomically
from brobygger.reports.meetings import forums_section
from brobygger.reports.portfolio_sections import has_news
from brobygger.reports.sections import Sections, portfolio_rows
from brobygger.reports.typography import count_da, date_da, esc

if TYPE_CHECKING:
    from brobygger.dto.meetings import ForumSummary

Progress = Callable[[int, int], None]

DEFAULT_CONFIDENTIALITY = "Fortroligt – kun til styregruppen"
PORTFOLIO_DAYS = 91
"""The portfolio brief looks at the last three months (decisions and escalations)."""


@dataclass(frozen=True)
class BriefOptions:
    """Choices common to all briefs.

    ``today`` fixes the brief's date (and what counts as overdue); ``None`` means today.
    ``lang`` is reserved for an English edition: the briefs are Danish for now, whatever it
    says (a brief never mixes two languages).
    """

    author: str = ""
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    today: date | None = None
    lang: str = "da"
    recipient: str = ""  # who the brief is for, e.g. "Hospitalsledelsen, Regionshospitalet Viborg"


class BriefProgress:
    """Progress in per cent: gathering data, laying out the pages (most of the time, followed
    flowable by flowable) and writing the file. Reports only when the figure moves."""

    TOTAL = 100

    def __init__(self, callback: Progress | None) -> None:
        self.callback = callback
        self.done = -1
        self.to(0)

    def to(self, percent: float) -> None:
        value = max(self.done, min(self.TOTAL, int(percent)))
        if value != self.done:
            self.done = value
            if self.callback is not None:
                self.callback(value, self.TOTAL)

    def span(self, start: float, end: float) -> Callable[[int, int], None]:
        """A ``(done, total)`` callback that moves the figure from ``start`` to ``end``."""
        def report(done: int, total: int) -> None:
            self.to(start + (end - start) * done / max(total, 1))
        return report


def today_of(options: BriefOptions) -> date:
    return options.today or date.today()


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError("date_to", _("Periodens slutdato ligger før startdatoen. Ret "
                                           "perioden, og prøv igen."))


def _finish(out: Path, flowables: list[Flowable], info: PageInfo, title: str,
            prog: BriefProgress, start: float) -> Path:
    def produce() -> bytes:
        data = render(flowables, info, title, prog.span(start, 96))
        prog.to(96)
        return data

    path = write_atomically(out, produce)
    prog.to(100)
    return path


# -- status brief --------------------------------------------------------------------------
def status_flowables(sec: Sections, data: InitiativeData, options: BriefOptions
                     ) -> list[Flowable]:
    extra = [("Til", options.recipient)] if options.recipient else []
    out: list[Flowable] = sec.title_block(
        "Statusnotat til styregruppen", data, author=options.author,
        confidentiality=options.confidentiality, extra=extra, compact=True)
    if data.is_empty:
        out.append(Spacer(1, 6))
        out.append(sec.empty("Ingen data endnu: initiativet har hverken logindførsler, "
                             "vurderinger, indikatorer eller handlinger. Notatet viser derfor "
                             "kun rammerne."))
    out += director.page_one(sec, data)   # the director's three questions
    out.append(PageBreak())
    out += sec.summary(data)
    out += sec.results(data)
    out += sec.relationships(data)
    out += director.maturity_numbers(sec, data)
    out += sec.plagues(data)
    out += sec.barriers(data)
    out += director.stale_assessments(sec, data)
    out += sec.recent_decisions(data)
    out += sec.actions(data)
    out += director.readiness(sec, data)
    return out


def status_pdf(data: InitiativeData, out: Path, options: BriefOptions, *, example: bool,
               prog: BriefProgress) -> Path:
    """Lay out and write the status brief of ``data`` (gathered by
    :func:`brobygger.services.briefs.status_brief`)."""
    sec = Sections(options.lang)
    flowables = status_flowables(sec, data, options)
    prog.to(20)
    info = PageInfo("Statusnotat", data.initiative.name, options.confidentiality,
                    date_da(data.today), options.author, example)
    return _finish(out, flowables, info, f"Statusnotat: {data.initiative.name}", prog, 20)


# -- portfolio brief -----------------------------------------------------------------------
def portfolio_flowables(sec: Sections, items: Sequence[InitiativeData], options: BriefOptions,
                        today: date, date_from: date) -> list[Flowable]:
    st = sec.st
    out: list[Flowable] = [
        Paragraph(esc("PORTEFØLJEOVERBLIK"), st.kicker),
        Paragraph(esc("Tværsektorielle initiativer"), st.title),
    ]
    rows = [("Initiativer", count_da(len(items), "initiativ", "initiativer")),
            ("Periode", f"{date_da(date_from)} – {date_da(today)} (seneste tre måneder) for "
                        "eskaleringer og beslutninger; vurderinger, som de står nu")]
    if options.author:
        rows.append(("Udarbejdet af", options.author))
    rows.append(("Dato", date_da(today)))
    out.append(sec.kv_table(rows))
    if options.confidentiality:
        out += [Spacer(1, 4), sec.banner(options.confidentiality)]
    out += sec.h1("Overblik")
    if not items:
        out.append(sec.empty("Ingen data endnu: der er ingen initiativer i arbejdsområdet."))
        return out
    reported = [d for d in items if has_news(d)]
    quiet = len(items) - len(reported)
    note = ("Relationer: den svageste relation mellem parterne og dens udvikling. "
            "Anmodninger: åbne anmodninger, der venter på svar.")
    if quiet:
        note += (f" {count_da(quiet, 'initiativ', 'initiativer')} uden nyt i perioden står "
                 "kun her i tabellen.")
    out.append(sec.note(note))
    out.append(sec.table(
        ["Initiativ", "Status", "Relationer", "Resultater", "Aktive plager", "Anmodninger",
         "Handlinger"],
        portfolio_rows(sec, items), [40, 18, 18, 18, 33, 22, 21]))
    solved = sum(d.solved_locally for d in items)
    escalated = sum(d.escalated for d in items)
    out.append(sec.p(f"<b>Løst på laveste niveau:</b> {solved} i perioden, mod "
                     f"{count_da(escalated, 'sag', 'sager')} sendt videre.", st.body))
    for n, data in enumerate(reported, 1):
        children = [c for c in items if c.initiative.parent_id == data.initiative.id]
        out.append(PageBreak())
        out += sec.portfolio_page(data, n, len(reported), children)
    return out


def portfolio_pdf(items: Sequence[InitiativeData], out: Path, options: BriefOptions, *,
                  today: date, date_from: date, example: bool, prog: BriefProgress) -> Path:
    """Lay out and write the portfolio brief of ``items``."""
    sec = Sections(options.lang)
    flowables = portfolio_flowables(sec, items, options, today, date_from)
    prog.to(45)
    info = PageInfo("Porteføljeoverblik", "Tværsektorielle initiativer",
                    options.confidentiality, date_da(today), options.author, example)
    return _finish(out, flowables, info, "Porteføljeoverblik", prog, 45)


# -- handover brief ------------------------------------------------------------------------
def handover_flowables(sec: Sections, data: InitiativeData, options: BriefOptions,
                       forums: Sequence[ForumSummary] = ()) -> list[Flowable]:
    out: list[Flowable] = sec.title_block(
        "Overdragelsesnotat til en ny leder", data, author=options.author,
        confidentiality=options.confidentiality, show_period=False)
    out.append(Spacer(1, 6))
    out.append(sec.note(
        "Notatet samler samarbejdets historie, de vigtigste personer og relationer, de aftaler "
        "der gælder, og det, der er åbent lige nu – så stafetten kan gives ordentligt videre."))
    if data.is_empty:
        out.append(sec.empty("Ingen data endnu: initiativet har hverken logindførsler, "
                             "vurderinger eller handlinger."))
    out += sec.about(data)
    out += sec.timeline(data)
    out += sec.people(data)
    out += forums_section(sec, forums)  # forums, rhythm and members (issue 16)
    out += sec.relationships(data, with_people=True)
    out += sec.results(data, with_charts=False)  # what the collaboration has achieved
    out += sec.agreements(data)
    out += sec.h1("Åbne sager")
    out += sec.plagues(data, sub=True)
    out += sec.barriers(data, sub=True)
    out += sec.escalation_history(data)
    out += sec.actions(data, title="Åbne handlinger", sub=True)
    return out


def handover_pdf(data: InitiativeData, out: Path, options: BriefOptions, *, example: bool,
                 prog: BriefProgress, forums: Sequence[ForumSummary] = ()) -> Path:
    """Lay out and write the handover brief of ``data`` (with the initiative's forums)."""
    sec = Sections(options.lang)
    flowables = handover_flowables(sec, data, options, forums)
    prog.to(20)
    info = PageInfo("Overdragelsesnotat", data.initiative.name, options.confidentiality,
                    date_da(data.today), options.author, example)
    return _finish(out, flowables, info, f"Overdragelsesnotat: {data.initiative.name}",
                   prog, 20)
