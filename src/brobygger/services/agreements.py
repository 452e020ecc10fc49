"""The agreement register (issue 17): versions that supersede each other and stay visible,
deviations, task transfers, reviews due, the status brief's line and the content findings
of ``brobygger-cli review``.

This module holds THE definitions the register, the status brief, Min uge, the agenda
builder and the CLI share: which version is in force on a day (:meth:`AgreementService.
in_force`), which agreements are due for review (:meth:`AgreementService.reviews_due`) and
which task transfers lack a medical responsible (:func:`is_flagged`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from brobygger.domain import display
from brobygger.domain.agreements import (
    LIVE_STATUSES,
    REVIEW_HORIZON_DAYS,
    Validity,
    in_force_on,
    lacks_medical_responsible,
    review_due,
)
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.dto import LogEntry
from brobygger.dto.agreements import (
    Agreement,
    AgreementLine,
    AgreementSummary,
    Deviation,
    EntryLink,
    Finding,
    TaskTransfer,
    TransferView,
)
from brobygger.services.agreement_entities import (
    AgreementEntries,
    Agreements,
    Deviations,
    TaskTransfers,
    check_dates,
)
from brobygger.services.parts import Group, Part

__all__ = ["AgreementService", "agreement_warnings", "is_flagged"]

# Copied from a version to the next when it is superseded.
_CARRIED = ("kind", "title", "forum_id", "review_on", "owner_id", "document_ref", "summary",
            "parties", "initiative_ids")


def is_flagged(t: TaskTransfer) -> bool:
    """A transfer that names no one holding the medical responsibility."""
    return lacks_medical_responsible(t.medical_responsible, t.medical_org_id,
                                     t.medical_person_id)


def is_review_due(a: Agreement, day: date, horizon_days: int = REVIEW_HORIZON_DAYS) -> bool:
    return review_due(a.status, a.review_on, day, horizon_days)


def agreement_warnings(*, review_on: date | None, is_new: bool, today: date | None = None
                       ) -> list[str]:
    """Warnings (not errors: the agreement is saved) about a new or changed agreement."""
    day = today or date.today()
    if is_new and review_on is not None and review_on < day:
        return [_("Revisionsdatoen ({day}) ligger i fortiden: aftalen står som forfalden til "
                  "revision fra start.", day=display.date_text(review_on))]
    return []


def _validity(a: Agreement) -> Validity:
    return Validity(a.status, a.in_force_from, a.in_force_to)


def _newest(versions: Iterable[Agreement]) -> Agreement:
    return max(versions, key=lambda a: (a.in_force_from or date.min, a.created_at))


class AgreementService(Group):
    """The use cases of agreements for one workspace (``svc``: Services)."""

    agreements: Part[Agreements] = Part(Agreements)
    deviations: Part[Deviations] = Part(Deviations)
    entries: Part[AgreementEntries] = Part(AgreementEntries)
    transfers: Part[TaskTransfers] = Part(TaskTransfers)

    # -- versions ----------------------------------------------------------------------------
    def series(self) -> dict[uuid.UUID, list[Agreement]]:
        """Every agreement's versions, oldest first."""
        out: dict[uuid.UUID, list[Agreement]] = {}
        for a in self.agreements.all():
            out.setdefault(a.series_id, []).append(a)
        for versions in out.values():
            versions.sort(key=lambda a: (a.in_force_from or date.min, a.created_at))
        return out

    def versions(self, agreement_id: uuid.UUID) -> list[Agreement]:
        series_id = self.agreements.get(agreement_id).series_id
        return sorted(self.agreements.list(series_id=series_id),
                      key=lambda a: (a.in_force_from or date.min, a.created_at))

    def in_force(self, versions: Sequence[Agreement], day: date) -> Agreement | None:
        """THE version in force on ``day`` (the latest start wins an overlap)."""
        live = [a for a in versions if in_force_on(_validity(a), day)]
        return _newest(live) if live else None

    def current(self, versions: Sequence[Agreement], day: date) -> Agreement:
        """The version to show for ``day``: the one in force, else the newest."""
        return self.in_force(versions, day) or _newest(versions)

    def supersede(self, agreement_id: uuid.UUID, *, in_force_from: date | str,
                  version_label: str = "", status: str = "i_kraft", **changes: Any
                  ) -> Agreement:
        """A new version that supersedes ``agreement_id``: the old version stays (its
        in-force-to set to the day before, its status *udløbet*), the new one carries its
        parties, initiatives and fields unless ``changes`` says otherwise."""
        with self.svc.unit_of_work():
            old = self.agreements.get(agreement_id)
            start = self.agreements.clean_date(in_force_from, "in_force_from")
            if old.in_force_from is not None and start <= old.in_force_from:
                raise ValidationError(
                    "in_force_from",
                    _("En ny version skal træde i kraft efter den version, den afløser (i kraft "
                      "fra {day}).", day=display.date_text(old.in_force_from)))
            fields: dict[str, Any] = {k: getattr(old, k) for k in _CARRIED}
            fields.update(changes)
            label = version_label.strip() or _next_label(old.version_label)
            new = self.agreements.create(series_id=old.series_id, supersedes_id=old.id,
                                         version_label=label, status=status,
                                         in_force_from=start, **fields)
            end = old.in_force_to if old.in_force_to is not None and old.in_force_to < start \
                else start - timedelta(days=1)
            check_dates(old.in_force_from, end)
            self.agreements.update(old.id, in_force_to=end, status="udloebet")
            return new

    # -- deviations and links ----------------------------------------------------------------
    def series_deviations(self, versions: Sequence[Agreement]) -> list[Deviation]:
        return self.deviations.list([a.id for a in versions])

    def link_entry(self, agreement_id: uuid.UUID, entry_id: uuid.UUID,
                   deviation_id: uuid.UUID | None = None) -> None:
        self.entries.create(agreement_id=agreement_id, entry_id=entry_id,
                            deviation_id=deviation_id)

    def unlink_entry(self, link_id: uuid.UUID) -> None:
        """Remove a link (to the trash, like every record; the log entry stays)."""
        self.entries.delete(link_id)

    def linkable_entries(self, agreement_id: uuid.UUID) -> list[LogEntry]:
        """The log entries of the agreement's initiatives, newest first, not yet linked to
        any version of it – what a user can link from the app."""
        from brobygger.services.log import LogFilter

        versions = self.versions(agreement_id)
        linked = {e.entry_id for e in self.entries.list(agreement_ids=[a.id for a in versions])}
        initiatives = {i for a in versions for i in a.initiative_ids}
        found = [e for ini in sorted(initiatives)
                 for e in self.svc.log.list(LogFilter(initiative_id=ini))
                 if e.id not in linked]
        return sorted(found, key=lambda e: (e.entry_date, e.title), reverse=True)

    def entry_links(self) -> list[EntryLink]:
        """Every link with its log entry's date and title and its deviation's title."""
        links = self.entries.list()
        if not links:
            return []
        from brobygger.services.log import LogFilter

        entries = {e.id: e for e in self.svc.log.list(LogFilter())}
        devs = {d.id: d.title for d in self.deviations.list()}
        out = [EntryLink(id=k.id, agreement_id=k.agreement_id, entry_id=k.entry_id,
                         entry_date=entries[k.entry_id].entry_date,
                         entry_title=entries[k.entry_id].title,
                         deviation=devs.get(k.deviation_id, "") if k.deviation_id else "")
               for k in links if k.entry_id in entries]
        return sorted(out, key=lambda e: (e.entry_date, e.entry_title), reverse=True)

    # -- the register ------------------------------------------------------------------------
    def register(self, day: date | None = None, *, forum_id: uuid.UUID | None = None,
                 initiative_ids: Iterable[uuid.UUID] | None = None) -> list[AgreementLine]:
        """One line per agreement (its version for ``day``), by title."""
        today = day or date.today()
        wanted = set(initiative_ids) if initiative_ids is not None else None
        names = {o.id: o.name for o in self.svc.organisations.all(include_deleted=True)}
        people = {p.id: p.name for p in self.svc.people.all(include_deleted=True)}
        forums = {f.id: f.name for f in self.svc.meetings.forums.all(include_deleted=True)}
        devs = self.deviations.list()
        transfers = self.transfers.list()
        out = []
        for versions in self.series().values():
            shown = self.current(versions, today)
            ids = {a.id for a in versions}
            if forum_id is not None and shown.forum_id != forum_id:
                continue
            if wanted is not None and not wanted & set(shown.initiative_ids):
                continue
            out.append(AgreementLine(
                shown, len(versions), tuple(names.get(p, "") for p in shown.parties),
                forums.get(shown.forum_id, "") if shown.forum_id else "",
                people.get(shown.owner_id, "") if shown.owner_id else "",
                sum(1 for d in devs if d.agreement_id in ids),
                sum(1 for t in transfers if t.agreement_id in ids and is_flagged(t)),
                is_review_due(shown, today), self.in_force(versions, today) is not None))
        out.sort(key=lambda line: line.agreement.title.casefold())
        return out

    def reviews_due(self, day: date | None = None, *,
                    initiative_ids: Iterable[uuid.UUID] | None = None,
                    horizon_days: int = REVIEW_HORIZON_DAYS) -> list[Agreement]:
        """THE agreements due for review: the current version of each live agreement whose
        review date is within ``horizon_days`` or passed, or whose status is *til
        revision* – for Min uge, the agenda builder, the status brief and the CLI."""
        today = day or date.today()
        wanted = set(initiative_ids) if initiative_ids is not None else None
        out = []
        for versions in self.series().values():
            shown = self.current(versions, today)
            if wanted is not None and not wanted & set(shown.initiative_ids):
                continue
            if review_due(shown.status, shown.review_on, today, horizon_days):
                out.append(shown)
        return sorted(out, key=lambda a: (a.review_on or date.min, a.title))

    def summary(self, initiative_ids: Iterable[uuid.UUID], start: date, end: date
                ) -> AgreementSummary:
        """The status brief's line for the initiatives and the period ``start``..``end``."""
        wanted = set(initiative_ids)
        in_force = due = deviations = flagged = 0
        devs = self.deviations.list()
        transfers = self.transfers.list()
        for versions in self.series().values():
            shown = self.current(versions, end)
            if not wanted & set(shown.initiative_ids):
                continue
            ids = {a.id for a in versions}
            in_force += self.in_force(versions, end) is not None
            due += is_review_due(shown, end)
            deviations += sum(1 for d in devs if d.agreement_id in ids
                              and start <= d.observed_on <= end)
            flagged += sum(1 for t in transfers if t.agreement_id in ids and is_flagged(t))
        flagged += sum(1 for t in transfers if t.agreement_id is None
                       and t.initiative_id in wanted and is_flagged(t))
        return AgreementSummary(in_force, due, deviations, flagged)

    def brief_line(self, initiative_id: uuid.UUID, start: date | None, end: date) -> str:
        """The status brief's line, or '' when the initiative has no agreement and no task
        transfer."""
        has = any(initiative_id in a.initiative_ids for a in self.agreements.all()) or any(
            t.initiative_id == initiative_id for t in self.transfers.list())
        if not has:
            return ""
        return self.summary([initiative_id], start or date.min, end).text()

    # -- task transfers ----------------------------------------------------------------------
    def transfer_views(self, transfers: Iterable[TaskTransfer]) -> list[TransferView]:
        orgs = {o.id: o.name for o in self.svc.organisations.all(include_deleted=True)}
        people = {p.id: p.name for p in self.svc.people.all(include_deleted=True)}
        indicators = {i.id: i.name for i in self.svc.indicators.list()}
        titles = {a.id: a.title for a in self.agreements.all(include_deleted=True)}

        def party(org: uuid.UUID | None, profession: str) -> str:
            name = orgs.get(org, "") if org else ""
            return ", ".join(x for x in (profession, name) if x)

        out = []
        for t in transfers:
            medical = ", ".join(x for x in (
                t.medical_responsible,
                people.get(t.medical_person_id, "") if t.medical_person_id else "",
                orgs.get(t.medical_org_id, "") if t.medical_org_id else "") if x)
            out.append(TransferView(
                t, party(t.from_org_id, t.from_profession), party(t.to_org_id, t.to_profession),
                medical, indicators.get(t.indicator_id, "") if t.indicator_id else "",
                titles.get(t.agreement_id, "") if t.agreement_id else "", is_flagged(t)))
        return out

    # -- search ------------------------------------------------------------------------------
    def search(self, text: str) -> list[tuple[str, uuid.UUID, str]]:
        """Agreements, deviations and task transfers whose text holds every word of
        ``text`` (word starts, case-insensitive): (table, id, title), newest first."""
        from brobygger.services.meeting_views import _matches, _words

        needles = _words(text)
        if not needles:
            return []
        out: list[tuple[str, uuid.UUID, str, date]] = []
        for a in self.agreements.all():
            if _matches(needles, " ".join((a.title, a.summary, a.document_ref,
                                           a.version_label))):
                out.append(("agreement", a.id, f"{a.title} ({a.version_label})",
                            a.in_force_from or date.min))
        for d in self.deviations.list():
            if _matches(needles, " ".join((d.title, d.theme, d.rule, d.reason, d.effect,
                                           d.proposal))):
                out.append(("deviation", d.id, d.title, d.observed_on))
        for t in self.transfers.list():
            if _matches(needles, " ".join((t.task, t.from_profession, t.to_profession,
                                           t.competencies, t.assurance, t.medical_responsible,
                                           t.monitoring))):
                out.append(("task_transfer", t.id, t.task, t.transferred_on or date.min))
        out.sort(key=lambda r: r[3], reverse=True)
        return [(e, i, title) for e, i, title, _d in out]

    # -- content findings (brobygger-cli review) ---------------------------------------------
    def findings(self, day: date | None = None) -> list[Finding]:
        """What a leader should look at: task transfers without a medical responsible,
        agreements past their review date, and agreements marked in force after their end."""
        today = day or date.today()
        out = [Finding("uden_laegeligt_ansvar", "task_transfer", v.transfer.id,
                       _("Opgaveoverdragelsen »{task}« har ingen lægeligt ansvarlig (gråzone "
                         "i opgaver og ansvar).", task=v.transfer.task))
               for v in self.transfer_views(self.transfers.list()) if v.flagged]
        for versions in self.series().values():
            shown = self.current(versions, today)
            if shown.status in LIVE_STATUSES and shown.review_on is not None \
                    and shown.review_on < today:
                out.append(Finding("revision_overskredet", "agreement", shown.id,
                                   _("Aftalen »{title}« skulle have været revideret {day}.",
                                     title=shown.title,
                                     day=display.date_text(shown.review_on))))
            if shown.status == "i_kraft" and shown.in_force_to is not None \
                    and shown.in_force_to < today:
                out.append(Finding("udloebet_i_kraft", "agreement", shown.id,
                                   _("Aftalen »{title}« står som i kraft, men udløb {day}.",
                                     title=shown.title,
                                     day=display.date_text(shown.in_force_to))))
        return out


def _next_label(label: str) -> str:
    """'1' -> '2', '2.1' -> '2.2'; otherwise the label with ' (ny)'."""
    head, _, tail = label.rpartition(".")
    if tail.isdigit():
        return f"{head}.{int(tail) + 1}" if head else str(int(tail) + 1)
    return f"{label} (ny)" if label else "2"
