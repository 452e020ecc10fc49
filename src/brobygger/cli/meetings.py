"""brobygger-cli commands for forums and meetings (issue 16): ``meetings list|add|forums|
add-forum``, ``agenda MEETING --out dagsorden.pdf [--ics invitation.ics]`` and
``minutes MEETING --out referat.pdf``."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from brobygger.cli.briefs import _pdf_target
from brobygger.cli.common import _open, _print_table
from brobygger.domain.errors import InputError, NotFoundError

AddCommand = Callable[..., argparse.ArgumentParser]




def _when(m: Any) -> str:
    from brobygger.services.meetings import format_when
    return format_when(m)


def find_meeting(svc: Any, text: str, on: date | None = None) -> Any:
    """A meeting by id, or by its forum's name: the one on ``on``, else the next one from
    today (the latest when none is ahead)."""
    ms = svc.meetings
    try:
        return ms.meetings.get(uuid.UUID(text.strip()))
    except (ValueError, NotFoundError):
        pass
    forum = ms.forums.find(text)
    meetings = ms.meetings.list(forum_id=forum.id)
    if on is not None:
        found = [m for m in meetings if m.meeting_date == on]
        if not found:
            raise NotFoundError(f"{forum.name} har intet møde den {on:%d-%m-%Y}.")
        return found[0]
    if not meetings:
        raise NotFoundError(f"{forum.name} har ingen møder endnu. Opret et med "
                            "'brobygger-cli meetings add'.")
    ahead = [m for m in meetings if m.meeting_date >= date.today()]
    return ahead[0] if ahead else meetings[-1]


def cmd_meetings_list(args: argparse.Namespace) -> int:
    from brobygger.domain.meetings import MEETING_STATUSES

    svc = _open(args)
    ms = svc.meetings
    forum_id = ms.forums.find(args.forum).id if args.forum else None
    forums = {f.id: f.name for f in ms.forums.all()}
    rows = [(str(m.id)[:8], _when(m), forums.get(m.forum_id, ""),
             MEETING_STATUSES.label(m.status), str(len(ms.items.list(m.id))))
            for m in ms.meetings.list(forum_id=forum_id, date_from=args.date_from)]
    if not rows:
        print("Ingen møder.")
        return 0
    _print_table(rows, ("Id", "Tid", "Forum", "Status", "Punkter"))
    return 0


def cmd_meetings_search(args: argparse.Namespace) -> int:
    svc = _open(args)
    ms = svc.meetings
    forums = {f.id: f.name for f in ms.forums.all()}
    hits = ms.search(args.query)
    if not hits:
        print("Ingen møder eller punkter passer på søgningen.")
        return 0
    rows = [(str(m.id)[:8], _when(m), forums.get(m.forum_id, ""),
             f"{item.position}. {item.title}" if item is not None else "(mødet)")
            for m, item in hits[: args.limit]]
    _print_table(rows, ("Id", "Tid", "Forum", "Punkt"))
    return 0


def cmd_meetings_forums(args: argparse.Namespace) -> int:
    from brobygger.domain.meetings import FORUM_KINDS

    svc = _open(args)
    ms = svc.meetings
    names = {i.id: i.name for i in svc.initiatives.all()}
    rows = []
    for f in ms.forums.all():
        rhythm = f"hver {f.rhythm_weeks}. uge" if f.rhythm_weeks else "–"
        initiatives = ", ".join(names.get(i, "") for i in
                                ms.forum_initiative_ids(f.id, children=False))
        rows.append((f.name, FORUM_KINDS.label(f.kind), rhythm,
                     str(len(ms.forum_members.list(forum_id=f.id))), initiatives))
    if not rows:
        print("Ingen fora.")
        return 0
    _print_table(rows, ("Forum", "Type", "Rytme", "Medlemmer", "Initiativer"))
    return 0


def _times(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    for dash in ("–", "-"):
        if dash in text:
            start, end = text.split(dash, 1)
            return start.strip(), end.strip()
    return text.strip(), None


def cmd_meetings_add(args: argparse.Namespace) -> int:
    svc = _open(args)
    ms = svc.meetings
    forum = ms.forums.find(args.forum)
    start, end = _times(args.time)
    with svc.unit_of_work():  # all or nothing
        if args.date is None:
            meeting = ms.plan_next(forum.id)
            changes: dict[str, Any] = {}
            if start:
                changes.update(start_time=start, end_time=end)
            if args.place is not None:
                changes["place"] = args.place
            if args.title:
                changes["title"] = args.title
            if changes:
                meeting = ms.meetings.update(meeting.id, **changes)
        else:
            meeting = ms.schedule(forum.id, args.date, start_time=start, end_time=end,
                                  place=args.place, title=args.title or "")
    print(f"Mødet er oprettet: {forum.name}, {_when(meeting)} (id {meeting.id})")
    return 0


def cmd_meetings_add_forum(args: argparse.Namespace) -> int:
    svc = _open(args)
    initiatives = [svc.initiatives.find(n).id for n in args.initiative or []]
    members = [(svc.people.find(n).id, "") for n in args.member or []]
    forum = svc.meetings.create_forum(name=args.name, kind=args.kind, rhythm_weeks=args.rhythm,
                                      place=args.place or "", initiative_ids=initiatives,
                                      members=members)
    print(f"Forummet er oprettet: {forum.name} (id {forum.id})")
    return 0


def _pdf_options(args: argparse.Namespace, svc: Any) -> Any:
    from brobygger.reports.meetings import DEFAULT_CONFIDENTIALITY, MeetingPdfOptions

    conf = (DEFAULT_CONFIDENTIALITY if args.confidentiality is None
            else args.confidentiality.strip())
    return MeetingPdfOptions(author=(args.author or "").strip(), confidentiality=conf,
                             example=svc.is_example())


def cmd_agenda(args: argparse.Namespace) -> int:
    from brobygger.reports.meetings import agenda_pdf

    out = _pdf_target(args.out)
    ics = Path(args.ics).expanduser() if args.ics else None
    if ics is not None and ics.suffix.lower() != ".ics":
        raise InputError(f"Angiv en kalenderfil med --ics, fx '{ics.with_suffix('.ics')}'.")
    svc = _open(args)
    ms = svc.meetings
    meeting = find_meeting(svc, args.meeting, args.date)
    if args.build or not ms.items.list(meeting.id):
        ms.save_agenda(meeting.id, ms.propose_agenda(meeting.id))
    view = ms.view(meeting.id)
    if ics is not None:  # checked first: a refused time writes neither file
        from brobygger.exchange.meeting_ics import build_invitation
        build_invitation(view)
    path = agenda_pdf(view, out, _pdf_options(args, svc))
    if args.mark_sent and meeting.status == "planlagt":
        ms.set_status(meeting.id, "udsendt")
    print(f"Dagsordenen er gemt: {path} ({len(view.items)} punkter, "
          f"{view.running_minutes} min.)")
    if ics is not None:
        from brobygger.exchange.meeting_ics import export_invitation
        print(f"Invitationen er gemt: {export_invitation(view, ics)}")
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    from brobygger.reports.meetings import minutes_pdf

    out = _pdf_target(args.out)
    svc = _open(args)
    meeting = find_meeting(svc, args.meeting, args.date)
    path = minutes_pdf(svc.meetings.view(meeting.id), out, _pdf_options(args, svc))
    print(f"Referatet er gemt: {path}")
    return 0


def add_commands(add: AddCommand, sub: Any, common: argparse.ArgumentParser) -> None:
    """Register the commands with ``brobygger.cli``'s parser."""
    from brobygger.cli.common import _date_arg as date_arg
    from brobygger.cli.common import add_group
    from brobygger.domain.meetings import FORUM_KINDS

    m_sub = add_group(sub, common, "meetings", "fora og møder: list og opret",
                      "Fora (styregrupper, drifts- og udviklingsmøder, arbejdsgrupper …) og "
                      "deres møder.")
    p = add("list", cmd_meetings_list, "list møderne", m_sub)
    p.add_argument("--forum", "-f", help="kun dette forum (navn eller id)")
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="DATO",
                   help="kun møder fra denne dato")
    p = add("add", cmd_meetings_add, "opret et møde i et forum (uden --date: næste møde efter "
                                     "forummets rytme, med tid, sted og deltagere fra sidst)",
            m_sub)
    p.add_argument("--forum", "-f", required=True, help="forummets navn eller id")
    p.add_argument("--date", "-d", type=date_arg, metavar="DATO", help="mødets dato")
    p.add_argument("--time", metavar="TT:MM[-TT:MM]", help="tidspunkt, fx 14:00-16:00")
    p.add_argument("--place", help="sted eller link")
    p.add_argument("--title", help="titel (standard: forummets navn)")
    p = add("search", cmd_meetings_search, "søg i dagsordener og referater (alle ord skal "
                                           "findes, også som begyndelsen af et ord)", m_sub)
    p.add_argument("query", metavar="SØGNING", help="søgeord")
    p.add_argument("--limit", type=int, default=50, help="højst så mange (standard 50)")
    add("forums", cmd_meetings_forums, "list fora med rytme, medlemmer og initiativer", m_sub)
    p = add("add-forum", cmd_meetings_add_forum, "opret et forum", m_sub)
    p.add_argument("name", metavar="NAVN", help="forummets navn")
    p.add_argument("--kind", default="styregruppe", choices=FORUM_KINDS.codes(),
                   help="forumtype (standard: styregruppe)")
    p.add_argument("--rhythm", type=int, metavar="UGER", help="mødes hver N. uge")
    p.add_argument("--place", help="fast mødested")
    p.add_argument("--initiative", "-i", action="append", help="initiativ; kan gentages")
    p.add_argument("--member", "-m", action="append", help="medlem (person); kan gentages")

    def pdf_options(p: argparse.ArgumentParser, default_name: str) -> None:
        p.add_argument("meeting", metavar="MØDE",
                       help="mødets id, eller forummets navn (næste møde, eller --date)")
        p.add_argument("--date", "-d", type=date_arg, metavar="DATO",
                       help="mødets dato, når MØDE er et forum")
        p.add_argument("--out", "-o", required=True, metavar=default_name,
                       help="PDF-filen, der skal skrives")
        p.add_argument("--author", metavar="NAVN", help="hvem der har udarbejdet den")
        p.add_argument("--confidentiality", metavar="TEKST",
                       help="fortrolighedslinjen på hver side ('' for ingen)")

    p = add("agenda", cmd_agenda, "dagsorden (PDF) og invitation (.ics) til et møde; "
                                  "uden punkter bygges dagsordenen af det, der er åbent")
    pdf_options(p, "dagsorden.pdf")
    p.add_argument("--ics", metavar="invitation.ics", help="gem også en kalenderinvitation")
    p.add_argument("--mark-sent", action="store_true",
                   help="sæt mødets status til 'dagsorden udsendt'")
    p.add_argument("--build", action="store_true",
                   help="byg dagsordenen forfra ud fra det, der er åbent (punkter med "
                        "referat bevares)")
    p = add("minutes", cmd_minutes, "referat (PDF) af et møde")
    pdf_options(p, "referat.pdf")
