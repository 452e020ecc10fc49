"""The agenda builder (issue 16): "Ny dagsorden" proposes items from what is open in the
forum's initiatives since its last meeting. Every proposal carries the records it is about;
the user keeps, reorders or drops them (:meth:`MeetingService.save_agenda`).

The kinds (:data:`brobygger.domain.meetings.ITEM_KINDS`):

- *godkendelse*: the last meeting's minutes, when they are not approved yet;
- *opfølgning fra sidst*: every action created at the last meeting (done, overdue or
  open), and actions from earlier meetings of the forum that are still open;
- *plager* / *barrierer*: a plague or barrier whose latest assessment since the last
  meeting is worse than the one that stood at the last meeting;
- *indikatorer*: indicators with a measurement since the last meeting, or whose two latest
  measurements go the wrong way;
- *beslutninger*: decisions and agreements not followed up, older than
  :data:`FOLLOW_UP_AFTER_DAYS`;
- *aftaler*: agreements due for review (services.agreements' one definition) that the
  forum approved or that serve its initiatives;
- *relationer*: pairs of organisations whose latest relationship assessment is older than
  the staleness setting (:data:`STALE_META_KEY`, default :data:`STALE_DAYS`);
- *anmodninger* / *svar*: open asks of the initiatives (the asks module's one definition of
  open) and asks answered since the last meeting;
- *til forummet*: open asks addressed to this forum itself (e.g. the sundhedsråd), from any
  initiative – what is asked of the forum (those are not among *anmodninger*).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from brobygger.domain import display
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    ASK_STATUSES,
    BARRIERS,
    DECISION_STATUSES,
    ENTRY_TYPES,
    PLAGUES,
    ActionStatus,
    BarrierStatus,
    DecisionStatus,
)
from brobygger.domain.codelist import Rule
from brobygger.domain.display import date_text
from brobygger.domain.i18n import _
from brobygger.domain.meetings import ITEM_KINDS, ItemKind, ItemPurpose, MeetingStatus
from brobygger.dto.meetings import LinkedRecord as LinkedRecord
from brobygger.services import dto

FOLLOW_UP_AFTER_DAYS = 28
STALE_DAYS = 120
STALE_META_KEY = "relationship_stale_days"
DEFAULT_WINDOW_DAYS = 42

PURPOSES: dict[str, ItemPurpose] = {
    ItemKind.GODKENDELSE: ItemPurpose.BESLUTNING, ItemKind.OPFOELGNING: ItemPurpose.ORIENTERING,
    ItemKind.ANMODNINGER: ItemPurpose.DROEFTELSE, ItemKind.SVAR: ItemPurpose.ORIENTERING,
    ItemKind.PLAGER: ItemPurpose.DROEFTELSE, ItemKind.BARRIERER: ItemPurpose.BESLUTNING,
    ItemKind.INDIKATORER: ItemPurpose.ORIENTERING, ItemKind.BESLUTNINGER: ItemPurpose.DROEFTELSE,
    ItemKind.AFTALER: ItemPurpose.BESLUTNING, ItemKind.RELATIONER: ItemPurpose.DROEFTELSE,
    ItemKind.ANDET: ItemPurpose.ORIENTERING, ItemKind.TIL_FORUM: ItemPurpose.BESLUTNING,
}


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed (or user-written) agenda item before it is saved."""

    kind: str
    title: str
    purpose: str
    minutes: int
    links: tuple[LinkedRecord, ...] = ()
    owner_id: uuid.UUID | None = None
    description: str = ""


def minutes_for(kind: str, n_links: int) -> int:
    if kind == ItemKind.GODKENDELSE:
        return 5
    return min(30, 5 + 3 * n_links)


def make_proposal(kind: str, links: Sequence[LinkedRecord], title: str = "") -> Proposal:
    description = "\n".join(f"• {link.label}" + (f" – {link.detail}" if link.detail else "")
                            for link in links)
    return Proposal(kind=kind, title=title or display.code_text(ITEM_KINDS, kind),
                    purpose=PURPOSES.get(kind, ItemPurpose.ORIENTERING),
                    minutes=minutes_for(kind, len(links)), links=tuple(links),
                    description=description)


class AgendaBuilder:
    """Gathers the proposals for one meeting. ``meetings`` is the
    :class:`~brobygger.services.meetings.MeetingService`."""

    def __init__(self, svc: Any, meetings: Any, meeting_id: uuid.UUID,
                 today: date | None = None) -> None:
        self.svc = svc
        self.meetings = meetings
        self.meeting = meetings.meetings.get(meeting_id)
        self.today = today or date.today()
        self.last = meetings.previous_meeting(self.meeting.id)
        forum = meetings.forums.get(self.meeting.forum_id)
        window = (forum.rhythm_weeks or 0) * 7 or DEFAULT_WINDOW_DAYS
        self.since: date = (self.last.meeting_date if self.last is not None
                            else self.meeting.meeting_date - timedelta(days=window))
        self.initiatives = set(meetings.forum_initiative_ids(forum.id))
        self._people = {p.id: p.name for p in svc.people.all(include_deleted=True)}
        self._initiative_names = {i.id: i.name for i in svc.initiatives.all(include_deleted=True)}
        self._forum_names = {f.id: f.name for f in meetings.forums.all(include_deleted=True)}

    # -- helpers ---------------------------------------------------------------------------
    def person(self, pid: uuid.UUID | None) -> str:
        return self._people.get(pid, "") if pid else ""

    def initiative(self, iid: uuid.UUID | None) -> str:
        return self._initiative_names.get(iid, "") if iid else ""

    def _mine(self, rows: Iterable[Any]) -> list[Any]:
        return [r for r in rows if r.initiative_id in self.initiatives]

    # -- the proposals ---------------------------------------------------------------------
    def proposals(self) -> list[Proposal]:
        out: list[Proposal] = []
        makers: list[Callable[[], list[LinkedRecord]]] = [
            self.approval, self.follow_up, self.asks_to_forum, self.asks_waiting, self.answers,
            self.plagues, self.barriers, self.indicators, self.decisions, self.agreements,
            self.relationships]
        kinds = [ItemKind.GODKENDELSE, ItemKind.OPFOELGNING, ItemKind.TIL_FORUM,
                 ItemKind.ANMODNINGER, ItemKind.SVAR, ItemKind.PLAGER, ItemKind.BARRIERER,
                 ItemKind.INDIKATORER, ItemKind.BESLUTNINGER, ItemKind.AFTALER,
                 ItemKind.RELATIONER]
        for kind, maker in zip(kinds, makers, strict=True):
            links = maker()
            if links:
                title = ""
                if kind == ItemKind.GODKENDELSE and self.last is not None:
                    title = _("Godkendelse af referat fra {day}",
                              day=date_text(self.last.meeting_date))
                out.append(make_proposal(kind, links, title))
        return out

    def approval(self) -> list[LinkedRecord]:
        if self.last is None or self.last.status == MeetingStatus.GODKENDT:
            return []
        return [LinkedRecord("meeting", self.last.id,
                             _("Referat fra {day}", day=date_text(self.last.meeting_date)),
                             _("ikke godkendt"))]

    def follow_up(self) -> list[LinkedRecord]:
        earlier = self.meetings.created_records(
            [m.id for m in self.meetings.earlier_meetings(self.meeting.id)], "action")
        from_last = set(self.meetings.created_records([self.last.id], "action")
                        if self.last is not None else [])
        out: list[LinkedRecord] = []
        for action_id in dict.fromkeys(earlier):
            try:
                action = self.svc.actions.get(action_id)
            except Exception:
                continue
            if action_id not in from_last and not action.is_open():
                continue
            out.append(self.action_link(action))
        return out

    def action_link(self, action: dto.Action) -> LinkedRecord:
        owner = self.person(action.owner_id)
        label = action.title + (f" ({owner})" if owner else "")
        if action.status == ActionStatus.UDFOERT:
            done = (_("udført {day}", day=date_text(action.done_on)) if action.done_on
                    else _("udført"))
            return LinkedRecord("action", action.id, label, done, "done")
        if not action.is_open():
            return LinkedRecord("action", action.id, label,
                                display.code_text(ACTION_STATUSES, action.status).lower(),
                                "closed")
        if action.due_date is not None and action.due_date < self.meeting.meeting_date:
            return LinkedRecord("action", action.id, label,
                                _("forsinket – frist {day}", day=date_text(action.due_date)),
                                "overdue")
        detail = (_("åben – frist {day}", day=date_text(action.due_date)) if action.due_date
                  else _("åben"))
        return LinkedRecord("action", action.id, label, detail, "open")

    def _asks(self) -> list[Any]:
        """The asks of the forum's initiatives – except those addressed to this forum
        itself (they are the forum's to answer: :meth:`asks_to_forum`)."""
        from brobygger.services.asks import AskFilter

        return [a for a in self.svc.asks.list(AskFilter()) if a.initiative_id in
                self.initiatives and a.addressee_forum_id != self.meeting.forum_id]

    def asks_to_forum(self) -> list[LinkedRecord]:
        """Open asks addressed to this forum (e.g. the sundhedsråd), from any initiative:
        "what is asked of this forum"."""
        from brobygger.services.asks import AskFilter, is_open

        out = []
        for a in self.svc.asks.list(AskFilter(forum_id=self.meeting.forum_id)):
            if not is_open(a):
                continue
            who = self.initiative(a.initiative_id)
            late = a.due_date is not None and a.due_date < self.meeting.meeting_date
            out.append(LinkedRecord(
                "ask", a.id, _("{title} (fra {initiative})", title=a.title, initiative=who)
                if who else a.title, _raised(a), "overdue" if late else "open",
                who=a.raised_by, when=a.due_date))
        return out

    def ask_link(self, ask: Any, detail: str, state: str) -> LinkedRecord:
        to = ask.addressee_text(forums=self._forum_names)
        return LinkedRecord("ask", ask.id, _("{title} (til {addressee})", title=ask.title,
                                             addressee=to), detail, state,
                            who=to, when=ask.due_date)

    def asks_waiting(self) -> list[LinkedRecord]:
        """Open asks (THE definition: services.asks.is_open) awaiting an answer."""
        from brobygger.services.asks import is_open

        out = []
        for a in self._asks():
            if not is_open(a):
                continue
            if a.due_date is not None and a.due_date < self.meeting.meeting_date:
                out.append(self.ask_link(
                    a, _("svarfristen {day} er overskredet", day=date_text(a.due_date)), "overdue"))
            else:
                out.append(self.ask_link(a, _raised(a), "open"))
        return out

    def answers(self) -> list[LinkedRecord]:
        """Asks answered since the last meeting (up to this one)."""
        return [self.ask_link(a, _("besvaret {day}: {status}", day=date_text(a.answered_on),
                                   status=display.code_text(ASK_STATUSES, a.status).lower()),
                              "answered")
                for a in self._asks() if a.answered_on is not None
                and self.since < a.answered_on <= self.meeting.meeting_date]

    def _worsened(self, rows: list[Any], key: Callable[[Any], str],
                  score: Callable[[Any], int]) -> list[tuple[Any, int | None]]:
        """(latest row, score at the last meeting) for every series that got worse."""
        series: dict[tuple[uuid.UUID, str], list[Any]] = {}
        for row in sorted(rows, key=lambda r: (r.assessed_on, r.created_at)):
            series.setdefault((row.initiative_id, key(row)), []).append(row)
        out: list[tuple[Any, int | None]] = []
        for history in series.values():
            latest = history[-1]
            if latest.assessed_on <= self.since:
                continue
            before = [r for r in history if r.assessed_on <= self.since]
            old = score(before[-1]) if before else None
            if score(latest) > (old if old is not None else 1):
                out.append((latest, old))
        return out

    def plagues(self) -> list[LinkedRecord]:
        rows = self._mine(self.svc.plagues.all())
        return [LinkedRecord(
            "plague_assessment", row.id,
            f"{display.code_text(PLAGUES, row.plague)} ({self.initiative(row.initiative_id)})",
            _("alvor {old} → {new}", old="–" if old is None else old, new=row.severity))
            for row, old in self._worsened(rows, lambda r: r.plague, lambda r: r.severity)]

    def barriers(self) -> list[LinkedRecord]:
        rows = self._mine(self.svc.barriers.all())
        worse = self._worsened(rows, lambda r: r.barrier, lambda r: r.impact)
        return [LinkedRecord(
            "barrier_assessment", row.id,
            f"{display.code_text(BARRIERS, row.barrier)} "
            f"({self.initiative(row.initiative_id)})",
            _("betydning {old} → {new}", old="–" if old is None else old, new=row.impact))
            for row, old in worse if row.status != BarrierStatus.LOEST]

    def indicators(self) -> list[LinkedRecord]:
        """Per indicator: the overall series and each party's (services.indicator_parties)
        – a party going the wrong way is named."""
        from brobygger.services.indicator_parties import split

        orgs = {o.id: o.name for o in self.svc.organisations.all(include_deleted=True)}
        out: list[LinkedRecord] = []
        for ind in self._mine(self.svc.indicators.all()):
            whole, parts = split(ind, self.svc.measurements.list(ind.id, with_parties=True), orgs)
            notes: list[str] = []
            any_wrong = False
            for part in (whole, *parts):
                note, wrong = self._indicator_note(ind, list(part.measurements))
                if note:
                    notes.append(f"{part.name}: {note}" if part.name else note)
                    any_wrong = any_wrong or wrong
            if notes:
                out.append(LinkedRecord("indicator", ind.id,
                                        f"{ind.name} ({self.initiative(ind.initiative_id)})",
                                        "; ".join(notes), "wrong" if any_wrong else "new"))
        return out

    def _indicator_note(self, ind: dto.Indicator, series: list[dto.Measurement]
                        ) -> tuple[str, bool]:
        """What is news about one series: a new measurement, going the wrong way."""
        if not series:
            return "", False
        latest = series[-1]
        new = latest.measured_on > self.since
        wrong = len(series) > 1 and ((latest.value < series[-2].value)
                                     if ind.direction == "op"
                                     else (latest.value > series[-2].value))
        notes = []
        if new:
            notes.append(_("ny måling {day}: {value} {unit}", day=date_text(latest.measured_on),
                           value=display.number_text(latest.value), unit=ind.unit).rstrip())
        if wrong:
            notes.append(_("går den forkerte vej (fra {value})",
                           value=display.number_text(series[-2].value)))
        return "; ".join(notes), wrong

    def decisions(self) -> list[LinkedRecord]:
        from brobygger.services.log import LogFilter
        cutoff = self.meeting.meeting_date - timedelta(days=FOLLOW_UP_AFTER_DAYS)
        out: list[LinkedRecord] = []
        for iid in sorted(self.initiatives, key=str):
            for kind in ENTRY_TYPES.having(Rule.DECISION):
                for e in self.svc.log.list(LogFilter(initiative_id=iid, type=kind,
                                                     date_to=cutoff)):
                    if e.decision_status == DecisionStatus.FULGT_OP:
                        continue
                    status = (DecisionStatus.AFTALT if e.decision_status == DecisionStatus.AFTALT
                              else DecisionStatus.IMPLEMENTERET)
                    out.append(LinkedRecord(
                        "log_entry", e.id, e.title,
                        f"{date_text(e.entry_date)}, "
                        f"{display.code_text(DECISION_STATUSES, status).lower()}"))
        return out

    def agreements(self) -> list[LinkedRecord]:
        """Agreements due for review (THE definition: services.agreements) that this forum
        approved or that serve its initiatives."""
        out = []
        for a in self.svc.agreements.reviews_due(self.meeting.meeting_date):
            if a.forum_id != self.meeting.forum_id and not self.initiatives & set(
                    a.initiative_ids):
                continue
            detail = (_("revideres senest {day}", day=date_text(a.review_on))
                      if a.review_on else _("står til revision"))
            out.append(LinkedRecord("agreement", a.id,
                                    _("{title} (version {version})", title=a.title,
                                      version=a.version_label), detail, "due",
                                    when=a.review_on))
        return out

    def stale_days(self) -> int:
        raw = self.svc.ws.get_meta(STALE_META_KEY, "")
        return int(raw) if raw.isdigit() and int(raw) > 0 else STALE_DAYS

    def relationships(self) -> list[LinkedRecord]:
        limit = self.meeting.meeting_date - timedelta(days=self.stale_days())
        orgs = {o.id: o.name for o in self.svc.organisations.all(include_deleted=True)}
        latest: dict[tuple[Any, ...], Any] = {}
        for r in self._mine(self.svc.relationships.all()):
            if r.org_a_id is None or r.org_b_id is None:
                continue  # person pairs are the leader's own; not on a shared agenda
            key = (r.initiative_id, *sorted((str(r.org_a_id), str(r.org_b_id))))
            if key not in latest or (r.assessed_on, r.created_at) > (
                    latest[key].assessed_on, latest[key].created_at):
                latest[key] = r
        return [LinkedRecord("relationship_assessment", r.id,
                             f"{orgs.get(r.org_a_id, '')} ↔ {orgs.get(r.org_b_id, '')}",
                             _("sidst vurderet {day}", day=date_text(r.assessed_on)))
                for r in sorted(latest.values(), key=lambda r: r.assessed_on)
                if r.assessed_on < limit]


def _raised(ask: Any) -> str:
    """When an open ask was raised and when its answer is due."""
    if ask.due_date:
        return _("rejst {day}, svar senest {due}", day=date_text(ask.raised_on),
                 due=date_text(ask.due_date))
    return _("rejst {day}", day=date_text(ask.raised_on))
