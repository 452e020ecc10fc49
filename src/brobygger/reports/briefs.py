"""The three briefs: status brief, portfolio brief and handover brief."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from brobygger.domain.errors import InputError, ValidationError
from brobygger.reports import director
from brobygger.reports.data import InitiativeData, Names, collect
from brobygger.reports.document import PageInfo, check_target, render, write_atomically
from brobygger.reports.meetings import forums_section
from brobygger.reports.portfolio_sections import has_news
from brobygger.reports.sections import Sections, portfolio_rows
from brobygger.reports.typography import count_da, date_da, esc

if TYPE_CHECKING:
    from brobygger.services import Services
    from brobygger.services.dto import Initiative
    from brobygger.services.meetings import ForumSummary

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


class _Progress:
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


def _today(options: BriefOptions) -> date:
    return options.today or date.today()


def _check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError("date_to", "Periodens slutdato ligger før startdatoen. Ret "
                                         "perioden, og prøv igen.")


def _finish(out: Path, flowables: list[Flowable], info: PageInfo, title: str,
            prog: _Progress, start: float) -> Path:
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


def status_brief(svc: Services, initiative_id: uuid.UUID, date_from: date | None,
                 date_to: date | None, out: Path, options: BriefOptions = BriefOptions(),
                 progress: Progress | None = None) -> Path:
    """Write the status brief for one initiative and period to ``out`` (PDF) and return the
    path. ``None`` as ``date_from`` means from the start; as ``date_to``, until today."""
    prog = _Progress(progress)
    target = check_target(Path(out))
    _check_period(date_from, date_to)
    today = _today(options)
    data = collect(svc, initiative_id, date_from=date_from, date_to=date_to, today=today,
                   recipient=options.recipient)
    prog.to(15)
    sec = Sections(options.lang)
    flowables = status_flowables(sec, data, options)
    prog.to(20)
    info = PageInfo("Statusnotat", data.initiative.name, options.confidentiality,
                    date_da(today), options.author, svc.is_example_initiative(initiative_id))
    path = _finish(target, flowables, info, f"Statusnotat: {data.initiative.name}", prog, 20)
    svc.brief_settings.remember_brief(initiative_id, today)  # the next brief's default period
    return path


# -- portfolio brief -----------------------------------------------------------------------
def _hierarchy(initiatives: Sequence[Initiative]) -> list[Initiative]:
    """Top-level initiatives by name, each followed by its sub-initiatives."""
    ids = {i.id for i in initiatives}
    children: dict[uuid.UUID | None, list[Initiative]] = {}
    for i in initiatives:
        parent = i.parent_id if i.parent_id in ids else None
        children.setdefault(parent, []).append(i)
    out: list[Initiative] = []

    def walk(parent: uuid.UUID | None) -> None:
        for i in sorted(children.get(parent, []), key=lambda x: x.name.casefold()):
            out.append(i)
            walk(i.id)

    walk(None)
    return out


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


def portfolio_brief(svc: Services, initiative_ids: Sequence[uuid.UUID] | None, out: Path,
                    options: BriefOptions = BriefOptions(),
                    progress: Progress | None = None) -> Path:
    """Write the portfolio brief (a summary table, then a page per initiative) for the given
    initiatives, or all of them with ``None``."""
    if initiative_ids is not None and not list(initiative_ids):
        raise InputError("Vælg mindst ét initiativ til porteføljeoverblikket.")
    target = check_target(Path(out))
    today = _today(options)
    if initiative_ids is None:
        chosen = svc.initiatives.all()
    else:
        seen: set[uuid.UUID] = set()
        chosen = []
        for iid in initiative_ids:
            initiative = svc.initiatives.get(iid)
            if initiative.id not in seen:
                seen.add(initiative.id)
                chosen.append(initiative)
    ordered = _hierarchy(chosen)
    prog = _Progress(progress)
    names = Names(svc)
    date_from = today - timedelta(days=PORTFOLIO_DAYS)
    items = []
    gathered = prog.span(2, 40)
    for n, initiative in enumerate(ordered, 1):
        items.append(collect(svc, initiative.id, date_from=date_from, date_to=today,
                             today=today, names=names))
        gathered(n, len(ordered))
    sec = Sections(options.lang)
    flowables = portfolio_flowables(sec, items, options, today, date_from)
    prog.to(45)
    info = PageInfo("Porteføljeoverblik", "Tværsektorielle initiativer",
                    options.confidentiality, date_da(today), options.author,
                    bool(ordered) and all(svc.is_example_initiative(i.id) for i in ordered))
    return _finish(target, flowables, info, "Porteføljeoverblik", prog, 45)


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


def handover_brief(svc: Services, initiative_id: uuid.UUID, out: Path,
                   options: BriefOptions = BriefOptions(),
                   progress: Progress | None = None) -> Path:
    """Write the handover brief for a new leader joining ``initiative_id``."""
    prog = _Progress(progress)
    target = check_target(Path(out))
    today = _today(options)
    data = collect(svc, initiative_id, date_from=None, date_to=None, today=today,
                   all_entries=True)
    prog.to(15)
    sec = Sections(options.lang)
    flowables = handover_flowables(sec, data, options,
                                   svc.meetings.forum_summaries(initiative_id, today))
    prog.to(20)
    info = PageInfo("Overdragelsesnotat", data.initiative.name, options.confidentiality,
                    date_da(today), options.author, svc.is_example_initiative(initiative_id))
    return _finish(target, flowables, info, f"Overdragelsesnotat: {data.initiative.name}",
                   prog, 20)
