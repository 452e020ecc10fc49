"""The briefs: gather what each shows from the services (as :mod:`brobygger.dto.briefs`
records) and hand it to :mod:`brobygger.reports`, which lays it out and writes the PDF.

    from brobygger.services.briefs import status_brief
    status_brief(svc, initiative.id, date(2026, 1, 1), date(2026, 6, 30),
                 Path("status.pdf"), BriefOptions(author="Mette Kjær"))

Every function writes its file atomically, reports ``progress(done, total)`` as it works and
raises :class:`~brobygger.domain.errors.BrobyggerError` (Danish message) on failure.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from brobygger import dto
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.dto import Initiative, PairSeries
from brobygger.dto.briefs import AskLinkItem, IndicatorData, InitiativeData, PersonInfo
from brobygger.reports import (
    DEFAULT_CONFIDENTIALITY,
    BriefOptions,
    ExportError,
    Progress,
)
from brobygger.reports.briefs import (
    PORTFOLIO_DAYS,
    BriefProgress,
    check_period,
    handover_pdf,
    portfolio_pdf,
    status_pdf,
    today_of,
)
from brobygger.reports.document import check_target
from brobygger.services import indicator_parties
from brobygger.services.asks import AskFilter
from brobygger.services.log import LogFilter
from brobygger.services.overview import ACTIVE_PLAGUE_SEVERITY, OPEN_BARRIER_STATUSES
from brobygger.services.readiness import readiness_summary

if TYPE_CHECKING:
    from brobygger.services import Services

DEFAULT_OPTIONS = BriefOptions()

__all__ = ["DEFAULT_CONFIDENTIALITY", "BriefOptions", "ExportError", "Names", "Progress",
           "collect", "handover_brief", "portfolio_brief", "status_brief"]


A = TypeVar("A", dto.PlagueAssessment, dto.BarrierAssessment)


def _latest_as_of(items: Sequence[A], key: str, until: date) -> dict[str, A]:
    """The newest assessment per ``key`` (plague or barrier code) on or before ``until``."""
    out: dict[str, A] = {}
    for a in sorted(items, key=lambda a: (a.assessed_on, a.created_at)):
        if a.assessed_on <= until:
            out[str(getattr(a, key))] = a
    return out


class Names:
    """Names of organisations and people, and people's details, loaded once per brief."""

    def __init__(self, svc: Services) -> None:
        orgs = svc.organisations.all(include_deleted=True)
        people = svc.people.all(include_deleted=True)
        self.org_names = {o.id: o.name for o in orgs}
        self.people = {p.id: p for p in people}
        self.all = dict(self.org_names)
        self.all.update({p.id: p.name for p in people})

    def person(self, person_id: uuid.UUID) -> PersonInfo:
        p = self.people[person_id]
        return PersonInfo(p.name, p.title, self.org_names.get(p.organisation_id, "")
                          if p.organisation_id else "", p.level, p.phone, p.email,
                          p.is_champion, p.active_to)


def _pairs(svc: Services, initiative_id: uuid.UUID, names: Names, until: date
           ) -> tuple[list[PairSeries], list[PairSeries]]:
    """The assessed pairs of organisations and of people, as of ``until``, by name."""
    org_pairs: list[PairSeries] = []
    person_pairs: list[PairSeries] = []
    for (a, b), series in svc.relationships.by_pair(initiative_id).items():
        kept = tuple(r for r in series if r.assessed_on <= until)
        if not kept:
            continue
        pair = PairSeries(a, b, names.all.get(a, "?"), names.all.get(b, "?"), kept)
        (org_pairs if kept[-1].org_a_id is not None else person_pairs).append(pair)
    org_pairs.sort(key=lambda p: p.label.casefold())
    person_pairs.sort(key=lambda p: p.label.casefold())
    return org_pairs, person_pairs


def _solved_and_escalated(entries: Sequence[dto.LogEntry], asks: Sequence[dto.Ask],
                          start: date, until: date) -> tuple[int, int]:
    """In the period: entries and asks solved locally, and asks sent on."""
    solved_locally = sum(1 for e in entries if e.type == "loest_lokalt"
                         and start <= e.entry_date <= until) + sum(
        1 for a in asks if a.status == "loest_lokalt" and a.settled_on is not None
        and start <= a.settled_on <= until)
    escalated = sum(1 for a in asks if start <= a.raised_on <= until
                    and a.status != "loest_lokalt")
    return solved_locally, escalated


def collect(svc: Services, initiative_id: uuid.UUID, *, date_from: date | None,
            date_to: date | None, today: date, names: Names | None = None,
            all_entries: bool = False, recipient: str = "") -> InitiativeData:
    """Gather one initiative's data for the period ``date_from``–``date_to`` (``None``: from
    the start / until today). With ``all_entries`` the whole log is loaded regardless of the
    period (the handover brief's timeline)."""
    names = names or Names(svc)
    initiative = svc.initiatives.get(initiative_id)
    until = date_to or today
    parent_name = ""
    if initiative.parent_id is not None:
        try:
            parent_name = svc.initiatives.get(initiative.parent_id, include_deleted=True).name
        except Exception:  # a vanished parent is not worth failing a brief for
            parent_name = ""
    parties = tuple(sorted(svc.parties.list(initiative_id),
                           key=lambda p: p.organisation_name.casefold()))
    role_order = ["leder", "sponsor", "projektleder", "styregruppe", "medlem"]
    members = tuple(sorted(
        ((m, names.person(m.person_id)) for m in svc.members.list(initiative_id=initiative_id)
         if m.person_id in names.people),
        key=lambda mp: (role_order.index(mp[0].role) if mp[0].role in role_order else 99,
                        mp[1].name.casefold())))
    flt = LogFilter(initiative_id=initiative_id,
                    date_from=None if all_entries else date_from,
                    date_to=None if all_entries else date_to)
    entries = tuple(svc.log.list(flt))
    total_entries = (len(entries) if all_entries or (date_from is None and date_to is None)
                     else svc.log.count(LogFilter(initiative_id=initiative_id)))

    org_pairs, person_pairs = _pairs(svc, initiative_id, names, until)

    cutoff = svc.brief_settings.stale_cutoff(today)
    plagues = [p for p in _latest_as_of(svc.plagues.list(initiative_id), "plague",
                                        until).values()
               if p.severity >= ACTIVE_PLAGUE_SEVERITY]
    plagues.sort(key=lambda p: (-p.severity, p.plague))
    barriers = [b for b in _latest_as_of(svc.barriers.list(initiative_id), "barrier",
                                         until).values()
                if b.status in OPEN_BARRIER_STATUSES]
    barriers.sort(key=lambda b: (-b.impact, b.barrier))
    stale_plagues = tuple(p for p in plagues if p.assessed_on < cutoff)
    stale_barriers = tuple(b for b in barriers if b.assessed_on < cutoff)
    plagues = [p for p in plagues if p.assessed_on >= cutoff]
    barriers = [b for b in barriers if b.assessed_on >= cutoff]
    asks = tuple(svc.asks.list(AskFilter(initiative_id=initiative_id)))
    solved_locally, escalated = _solved_and_escalated(entries, asks, date_from or date.min,
                                                      until)

    indicators = []
    for ind in svc.indicators.list(initiative_id):
        ms = [m for m in svc.measurements.list(ind.id, with_parties=True) if m.measured_on <= until]
        whole, per_party = indicator_parties.split(ind, ms, names.org_names)
        stale = (today - cutoff).days
        indicators.append(IndicatorData(ind, whole.measurements, today, stale, parts=tuple(
            IndicatorData(ind, p.measurements, today, stale, party=p.name)
            for p in per_party)))

    open_actions = svc.actions.list(initiative_id=initiative_id, open_only=True)
    overdue = tuple(a for a in open_actions if a.is_overdue(today))
    upcoming = tuple(sorted((a for a in open_actions if not a.is_overdue(today)),
                            key=lambda a: (a.due_date is None, a.due_date or today,
                                           a.title.casefold())))
    person_names = {pid: p.name for pid, p in names.people.items()}
    return InitiativeData(
        initiative=initiative, parent_name=parent_name, parties=parties, members=members,
        period_from=date_from, period_to=until, today=today, entries=entries,
        org_pairs=tuple(org_pairs), person_pairs=tuple(person_pairs),
        active_plagues=tuple(plagues), open_barriers=tuple(barriers),
        indicators=tuple(indicators), overdue_actions=overdue, upcoming_actions=upcoming,
        person_names=person_names, total_entries=total_entries, asks=asks,
        stale_cutoff=cutoff, stale_plagues=stale_plagues, stale_barriers=stale_barriers,
        readiness=readiness_summary(svc.readiness.checklist(initiative_id), today),
        solved_locally=solved_locally, escalated=escalated, recipient=recipient,
        org_names=dict(names.org_names),
        agreements_line=svc.agreements.brief_line(initiative_id, date_from, until),
        ask_links=_ask_links(svc, asks, person_names),
        forum_names={f.id: f.name for f in svc.meetings.forums.all(include_deleted=True)},
        shared_reviews={m.person_id: tuple(svc.self_reviews.latest(
            m.person_id, shared_only=True).values()) for m, _info in members})


def _ask_links(svc: Services, asks: Sequence[dto.Ask], people: dict[uuid.UUID, str]
               ) -> dict[uuid.UUID, tuple[AskLinkItem, ...]]:
    """The log entries and actions each open ask concerns (live ones only; the entry that
    raised the ask is the ask itself – its date is the ask's – and is not repeated)."""
    open_ = [a for a in asks if a.is_open and not a.is_deleted]
    raised_by = {a.id: a.entry_id for a in open_}
    actions = {a.id: a for a in svc.actions.list(initiative_id=open_[0].initiative_id)} \
        if open_ else {}
    out = {}
    for ask_id, linked in svc.asks.linked_records(open_).items():
        out[ask_id] = tuple(
            AskLinkItem(r.kind, r.title, r.day if isinstance(r.day, date) else None, r.status,
                        people.get(getattr(actions.get(r.id), "owner_id", None) or r.id, ""))
            for r in linked if not r.deleted and r.id != raised_by.get(ask_id))
    return out


# -- the briefs -----------------------------------------------------------------------------
def status_brief(svc: Services, initiative_id: uuid.UUID, date_from: date | None,
                 date_to: date | None, out: Path, options: BriefOptions = DEFAULT_OPTIONS,
                 progress: Progress | None = None) -> Path:
    """Write the status brief for one initiative and period to ``out`` (PDF) and return the
    path. ``None`` as ``date_from`` means from the start; as ``date_to``, until today."""
    prog = BriefProgress(progress)
    target = check_target(Path(out))
    check_period(date_from, date_to)
    today = today_of(options)
    data = collect(svc, initiative_id, date_from=date_from, date_to=date_to, today=today,
                   recipient=options.recipient)
    prog.to(15)
    path = status_pdf(data, target, options, example=svc.is_example_initiative(initiative_id),
                      prog=prog)
    svc.brief_settings.remember_brief(initiative_id, today)  # the next brief's default period
    return path


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


def portfolio_brief(svc: Services, initiative_ids: Sequence[uuid.UUID] | None, out: Path,
                    options: BriefOptions = DEFAULT_OPTIONS,
                    progress: Progress | None = None) -> Path:
    """Write the portfolio brief (a summary table, then a page per initiative) for the given
    initiatives, or all of them with ``None``."""
    if initiative_ids is not None and not list(initiative_ids):
        raise InputError(_("Vælg mindst ét initiativ til porteføljeoverblikket."))
    target = check_target(Path(out))
    today = today_of(options)
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
    prog = BriefProgress(progress)
    names = Names(svc)
    date_from = today - timedelta(days=PORTFOLIO_DAYS)
    items = []
    gathered = prog.span(2, 40)
    for n, initiative in enumerate(ordered, 1):
        items.append(collect(svc, initiative.id, date_from=date_from, date_to=today,
                             today=today, names=names))
        gathered(n, len(ordered))
    example = bool(ordered) and all(svc.is_example_initiative(i.id) for i in ordered)
    return portfolio_pdf(items, target, options, today=today, date_from=date_from,
                         example=example, prog=prog)


def handover_brief(svc: Services, initiative_id: uuid.UUID, out: Path,
                   options: BriefOptions = DEFAULT_OPTIONS,
                   progress: Progress | None = None) -> Path:
    """Write the handover brief for a new leader joining ``initiative_id``."""
    prog = BriefProgress(progress)
    target = check_target(Path(out))
    today = today_of(options)
    data = collect(svc, initiative_id, date_from=None, date_to=None, today=today,
                   all_entries=True)
    prog.to(15)
    return handover_pdf(data, target, options,
                        example=svc.is_example_initiative(initiative_id), prog=prog,
                        forums=svc.meetings.forum_summaries(initiative_id, today))
