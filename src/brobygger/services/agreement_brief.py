"""The agreement follow-up brief (issue 17): gathering for one agreement or all
agreements of a forum – status, the version in force on the brief's end date, every
version, deviations grouped by theme, task transfers, linked indicators and the questions
for the yearly revision. :mod:`brobygger.reports.agreements` turns it into a PDF."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from brobygger.domain import display, numbers, rules
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _, ngettext
from brobygger.dto.agreements import (
    Agreement,
    AgreementBriefData,
    BriefAgreement,
    Deviation,
    TransferView,
)

DEFAULT_PERIOD_DAYS = 365


def _by_theme(devs: list[Deviation]) -> tuple[tuple[str, tuple[Deviation, ...]], ...]:
    groups: dict[str, list[Deviation]] = {}
    for d in sorted(devs, key=lambda d: (d.observed_on, d.title)):
        groups.setdefault(d.theme.strip() or _("Uden tema"), []).append(d)
    return tuple((theme, tuple(items)) for theme, items in
                 sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold())))


def questions(shown: Agreement, end: date,
              themes: tuple[tuple[str, tuple[Deviation, ...]], ...],
              transfers: tuple[TransferView, ...], indicators_without_data: list[str]
              ) -> tuple[str, ...]:
    """The questions for the yearly revision, from what the records show."""
    out = []
    for theme, devs in themes:
        if len(devs) > 1:
            out.append(ngettext("»{theme}«: reglerne er brudt {n} gang i perioden – virker "
                                "de, eller skal de ændres?",
                                "»{theme}«: reglerne er brudt {n} gange i perioden – virker "
                                "de, eller skal de ændres?", len(devs), theme=theme))
    for _theme, devs in themes:
        for d in devs:
            if d.proposal.strip():
                out.append(_("Skal forslaget »{proposal}« med i den nye version?",
                             proposal=d.proposal.strip().rstrip(".")))
    for t in transfers:
        if t.flagged:
            out.append(_("Hvem har det lægelige ansvar for »{task}«?", task=t.transfer.task))
    for name in indicators_without_data:
        out.append(_("Indikatoren »{name}« har ingen måling i perioden: hvordan følges "
                     "opgaven?", name=name))
    if shown.review_on is not None and shown.review_on < end:
        out.append(_("Revisionsdatoen ({day}) er passeret: hvornår revideres aftalen?",
                     day=display.date_text(shown.review_on)))
    out.append(_("Er parterne og det godkendende forum stadig de rette?"))
    out.append(_("Ved medarbejderne i begge sektorer, hvad aftalen siger (implementering og "
                 "spredning)?"))
    return tuple(out)


def _indicators(svc: Any, ids: list[uuid.UUID], start: date, end: date
                ) -> tuple[tuple[tuple[str, str, str, str], ...], list[str]]:
    """(name, unit, latest value, target) per linked indicator – and, for an indicator
    broken down by party, one row per party beside it (THE split: indicator_parties)."""
    from brobygger.services.indicator_parties import split

    rows, silent = [], []
    known = {i.id: i for i in svc.indicators.list()}
    orgs = {o.id: o.name for o in svc.organisations.all(include_deleted=True)}

    def latest(ms: Any, unit: str) -> str:
        ms = [m for m in ms if m.measured_on <= end]
        if not ms:
            return "–"
        m = max(ms, key=lambda m: m.measured_on)
        return (f"{numbers.format_da(m.value)} {unit}".strip()
                + f" ({rules.format_date_short(m.measured_on)})")

    for iid in dict.fromkeys(ids):
        ind = known.get(iid)
        if ind is None:
            continue
        ms = svc.measurements.list(ind.id, with_parties=True)
        if not any(start <= m.measured_on <= end for m in ms):
            silent.append(ind.name)
        whole, parts = split(ind, ms, orgs)
        target = f"{numbers.format_da(ind.target)} {ind.unit}".strip() \
            if ind.target is not None else "–"
        rows.append((ind.name, ind.unit, latest(whole.measurements, ind.unit), target))
        rows += [(f"{ind.name} – {part.name}", ind.unit,
                  latest(part.measurements, ind.unit), target) for part in parts]
    return tuple(rows), silent


def gather(svc: Any, *, agreement_id: uuid.UUID | None = None,
           forum_id: uuid.UUID | None = None, start: date | None = None,
           end: date | None = None) -> AgreementBriefData:
    """The brief's data for one agreement (any of its versions) or a forum's agreements."""
    end = end or date.today()
    start = start or end - timedelta(days=DEFAULT_PERIOD_DAYS)
    if start > end:
        raise InputError(_("Perioden slutter før den begynder. Ret datoerne."))
    ag = svc.agreements
    series = ag.series()
    if agreement_id is not None:
        one = ag.agreements.get(agreement_id)
        chosen = [series[one.series_id]]
        subject = one.title
    elif forum_id is not None:
        forum = svc.meetings.forums.get(forum_id)
        chosen = [v for v in series.values() if ag.current(v, end).forum_id == forum_id]
        subject = forum.name
    else:
        raise InputError(_("Vælg en aftale eller et forum."))
    orgs = {o.id: o.name for o in svc.organisations.all(include_deleted=True)}
    people = {p.id: p.name for p in svc.people.all(include_deleted=True)}
    forums = {f.id: f.name for f in svc.meetings.forums.all(include_deleted=True)}
    inits = {i.id: i.name for i in svc.initiatives.all(include_deleted=True)}
    out = []
    for versions in sorted(chosen, key=lambda v: ag.current(v, end).title.casefold()):
        in_force = ag.in_force(versions, end)
        shown = in_force or ag.current(versions, end)
        ids = [a.id for a in versions]
        devs = [d for d in ag.deviations.list(ids) if start <= d.observed_on <= end]
        themes = _by_theme(devs)
        transfers = tuple(ag.transfer_views(ag.transfers.list(agreement_ids=ids)))
        ind_ids = [t.transfer.indicator_id for t in transfers if t.transfer.indicator_id]
        indicators, silent = _indicators(svc, ind_ids, start, end)
        out.append(BriefAgreement(
            shown, in_force is not None, tuple(versions),
            tuple(orgs.get(p, "") for p in shown.parties),
            forums.get(shown.forum_id, "") if shown.forum_id else "",
            people.get(shown.owner_id, "") if shown.owner_id else "",
            tuple(inits.get(i, "") for i in shown.initiative_ids), themes, transfers,
            indicators, questions(shown, end, themes, transfers, silent)))
    example = bool(out) and all(
        any(svc.is_example_initiative(i) for i in b.shown.initiative_ids) for b in out)
    return AgreementBriefData(subject, start, end, tuple(out), example)


def agreement_brief(svc: Any, out: Path, *, agreement_id: uuid.UUID | None = None,
                    forum_id: uuid.UUID | None = None, start: date | None = None,
                    end: date | None = None, author: str = "",
                    confidentiality: str | None = None, today: date | None = None) -> Path:
    """Write the follow-up brief to ``out`` (PDF, atomically)."""
    from brobygger.reports.agreements import AgreementPdfOptions, agreement_brief_pdf

    data = gather(svc, agreement_id=agreement_id, forum_id=forum_id, start=start, end=end)
    options = AgreementPdfOptions(author=author, today=today)
    if confidentiality is not None:
        options = AgreementPdfOptions(author=author, confidentiality=confidentiality,
                                      today=today)
    return agreement_brief_pdf(data, Path(out), options)
