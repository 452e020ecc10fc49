"""Asks (anmodninger) and the readiness checklist: ``asks list|add|answer|close|reopen|
duplicates|merge|link``
and ``readiness show|set``. "Open" is services.asks' definition – the same count as the
Overblik, the initiative header and the briefs."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from brobygger.cli.common import (
    EXIT_OK,
    AddCommand,
    _date_arg,
    _open,
    _print_table,
    add_group,
    by_id_prefix,
)


def _ask(svc: Any, text: str) -> Any:
    """An ask by id or by an unambiguous start of its id."""
    return by_id_prefix(svc.asks.list(), text, "anmodninger",
                        ". Se id'erne med 'brobygger-cli asks list'")


def cmd_asks_list(args: argparse.Namespace) -> int:
    from brobygger.domain.catalogue import ASK_STATUSES
    from brobygger.domain.rules import format_date_short
    from brobygger.services.asks import AskFilter

    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative) if args.initiative else None
    status = "open" if args.open else args.status
    forum = svc.meetings.forums.find(args.forum).id if args.forum else None
    asks = svc.asks.list(AskFilter(
        initiative_id=initiative.id if initiative else None, status=status, level=args.level,
        addressee=args.to, forum_id=forum))
    forums = {f.id: f.name for f in svc.meetings.forums.all(include_deleted=True)}
    today = date.today()
    names = {i.id: i.name for i in svc.initiatives.all()}
    rows = []
    for a in asks:
        due = format_date_short(a.due_date) if a.due_date else ""
        if a.is_overdue(today):
            due += " OVERSKREDET"
        rows.append((str(a.id)[:8], format_date_short(a.raised_on), a.title[:60],
                     names.get(a.initiative_id, "")[:30],
                     a.addressee_text(forums=forums)[:40],
                     ASK_STATUSES.label(a.status), due))
    if not rows:
        print("Ingen anmodninger matcher.")
        return EXIT_OK
    _print_table(rows, ("Id", "Rejst", "Anmodning", "Initiativ", "Til", "Status", "Svarfrist"))
    open_n = sum(1 for a in asks if a.is_open)
    print(f"\n{len(asks)} anmodninger, heraf {open_n} åbne.")
    return EXIT_OK


def cmd_asks_add(args: argparse.Namespace) -> int:
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    org = svc.organisations.find(args.org).id if args.org else None
    forum = svc.meetings.forums.find(args.forum).id if args.forum else None
    ask = svc.asks.create(initiative_id=initiative.id, title=args.title,
                          reason=args.reason or "", raised_on=args.date or date.today(),
                          level=args.level, addressee=args.to or "", addressee_org_id=org,
                          addressee_forum_id=forum,
                          due_date=args.due, barrier=args.barrier, plague=args.plague)
    print(f"Anmodningen er gemt (id {str(ask.id)[:8]}).")
    return EXIT_OK


def cmd_asks_answer(args: argparse.Namespace) -> int:
    svc = _open(args)
    ask = svc.asks.answer(_ask(svc, args.ask).id, answer=args.answer,
                          answered_on=args.date or date.today(), answered_by=args.by or "",
                          outcome=args.outcome)
    print(f"Svaret er gemt; anmodningen står nu som {_status(ask)}.")
    return EXIT_OK


def cmd_asks_close(args: argparse.Namespace) -> int:
    svc = _open(args)
    ask = svc.asks.close(_ask(svc, args.ask).id, outcome=args.outcome,
                         closed_on=args.date or date.today(), note=args.note or "")
    print(f"Anmodningen er lukket som {_status(ask)}.")
    return EXIT_OK


def cmd_asks_reopen(args: argparse.Namespace) -> int:
    svc = _open(args)
    ask = svc.asks.reopen(_ask(svc, args.ask).id)
    print(f"Anmodningen er genåbnet ({_status(ask)}).")
    return EXIT_OK


def cmd_asks_duplicates(args: argparse.Namespace) -> int:
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative) if args.initiative else None
    pairs = svc.asks.likely_duplicates(initiative.id if initiative else None)
    if not pairs:
        print("Ingen sandsynlige dubletter.")
        return EXIT_OK
    for a, b in pairs:
        print(f"{str(a.id)[:8]}  {a.title[:60]}\n{str(b.id)[:8]}  {b.title[:60]}\n")
    print("Er to anmodninger samme sag, så læg dem sammen med "
          "'brobygger-cli asks merge BEHOLD FJERN'. Intet lægges sammen af sig selv.")
    return EXIT_OK


def cmd_asks_merge(args: argparse.Namespace) -> int:
    svc = _open(args)
    keep = svc.asks.merge(_ask(svc, args.keep).id, _ask(svc, args.drop).id)
    print(f"Anmodningerne er lagt sammen i {str(keep.id)[:8]}; den anden ligger i papirkurven.")
    return EXIT_OK


def _by_prefix(records: Any, text: str, noun: str) -> Any:
    return by_id_prefix(records, text, noun, " i anmodningens initiativ")


def cmd_asks_link(args: argparse.Namespace) -> int:
    """Link (or with --remove unlink) log entries and actions to an ask."""
    from brobygger.domain.rules import format_date_short
    from brobygger.services import LogFilter

    svc = _open(args)
    ask = _ask(svc, args.ask)
    entries = svc.log.list(LogFilter(initiative_id=ask.initiative_id))
    actions = svc.actions.list(initiative_id=ask.initiative_id)
    chosen_e = {_by_prefix(entries, t, "logindførsler").id for t in args.entry or ()}
    chosen_a = {_by_prefix(actions, t, "handlinger").id for t in args.action or ()}
    if args.remove:
        entry_ids = [e for e in ask.entry_ids if e not in chosen_e]
        action_ids = [a for a in ask.action_ids if a not in chosen_a]
    else:
        entry_ids = [*ask.entry_ids, *chosen_e]
        action_ids = [*ask.action_ids, *chosen_a]
    ask = svc.asks.update(ask.id, expected_version=ask.version, entry_ids=entry_ids,
                          action_ids=action_ids)
    print(f"Anmodningen {str(ask.id)[:8]} handler nu om:")
    for r in svc.asks.linked_records([ask])[ask.id]:
        kind = "logindførsel" if r.kind == "log_entry" else "handling"
        day = format_date_short(r.day) if r.day else ""
        print(f"  {str(r.id)[:8]}  {kind:<12} {day:<10} {r.title[:60]}"
              + ("  (i papirkurven)" if r.deleted else ""))
    return EXIT_OK


def _status(ask: Any) -> str:
    from brobygger.domain.catalogue import ASK_STATUSES

    return ASK_STATUSES.label(ask.status).lower()


def cmd_readiness_show(args: argparse.Namespace) -> int:
    from brobygger.domain.catalogue import READINESS_ANSWERS, REFLECTIONS
    from brobygger.domain.rules import format_date_short

    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    answers = svc.readiness.checklist(initiative.id)
    rows = []
    for item in REFLECTIONS:
        a = answers.get(item.code)
        rows.append((item.code, item.label_da,
                     READINESS_ANSWERS.label(a.answer) if a else "Ikke besvaret",
                     format_date_short(a.answered_on) if a else "", (a.note if a else "")[:50]))
    _print_table(rows, ("Kode", "Eftertanke", "Svar", "Dato", "Note"))
    return EXIT_OK


def cmd_readiness_set(args: argparse.Namespace) -> int:
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    svc.readiness.set(initiative.id, args.reflection, args.answer, args.note or "",
                      args.date or date.today())
    print("Svaret på eftertanken er gemt.")
    return EXIT_OK


def add_commands(add: AddCommand, sub: Any, common: argparse.ArgumentParser) -> None:
    """``asks …`` and ``readiness …``."""
    asks_sub = add_group(sub, common, "asks", "anmodninger og eskaleringer: list, opret, "
                         "besvar, luk, genåbn",
                         "Anmodninger og eskaleringer med et forløb: åben → besvaret → "
                         "imødekommet / afvist / trukket tilbage, eller løst lokalt.")
    p = add("list", cmd_asks_list, "list anmodninger (overskredne svarfrister markeres)",
            asks_sub)
    p.add_argument("--initiative", "-i", help="kun dette initiativ (navn eller id)")
    p.add_argument("--open", action="store_true", help="kun åbne (venter på svar)")
    p.add_argument("--status", help="kun denne status: aaben, besvaret, imoedekommet, afvist, "
                                    "trukket_tilbage, loest_lokalt")
    p.add_argument("--level", help="kun dette niveau (fx topledelse, sundhedsraad)")
    p.add_argument("--to", help="kun anmodninger til (tekst i modtageren)")
    p.add_argument("--forum", help="kun anmodninger til dette forum (navn eller id)")
    p = add("add", cmd_asks_add, "opret en anmodning", asks_sub)
    p.add_argument("--initiative", "-i", required=True, help="initiativets navn eller id")
    p.add_argument("--title", required=True, help="hvad der bedes om")
    p.add_argument("--reason", help="hvorfor")
    p.add_argument("--level", required=True, help="modtagerniveau: chef, topledelse, politisk, "
                                                  "nationalt, sundhedsraad, sundhedsklynge")
    p.add_argument("--to", help="modtager (organisation, forum eller person)")
    p.add_argument("--org", help="modtagerens organisation (navn eller id)")
    p.add_argument("--forum", help="forummet, fx sundhedsrådet (navn eller id)")
    p.add_argument("--due", type=_date_arg, help="svar ønsket senest (dato)")
    p.add_argument("--date", "-d", type=_date_arg, help="rejst dato; standard: i dag")
    p.add_argument("--barrier", help="barrierekode, anmodningen handler om")
    p.add_argument("--plague", help="plagekode, anmodningen handler om")
    p = add("answer", cmd_asks_answer, "registrér svaret på en anmodning", asks_sub)
    p.add_argument("ask", metavar="ID", help="anmodningens id (de første tegn er nok)")
    p.add_argument("--answer", required=True, help="svaret")
    p.add_argument("--by", help="hvem der svarede")
    p.add_argument("--date", "-d", type=_date_arg, help="svarets dato; standard: i dag")
    p.add_argument("--outcome", help="luk samtidig som: imoedekommet, afvist, trukket_tilbage, "
                                     "loest_lokalt (ellers: besvaret)")
    p = add("close", cmd_asks_close, "luk en anmodning", asks_sub)
    p.add_argument("ask", metavar="ID", help="anmodningens id (de første tegn er nok)")
    p.add_argument("--outcome", required=True,
                   help="imoedekommet, afvist, trukket_tilbage eller loest_lokalt")
    p.add_argument("--note", help="bemærkning")
    p.add_argument("--date", "-d", type=_date_arg, help="lukkedato; standard: i dag")
    p = add("reopen", cmd_asks_reopen, "genåbn en anmodning", asks_sub)
    p.add_argument("ask", metavar="ID", help="anmodningens id (de første tegn er nok)")
    p = add("duplicates", cmd_asks_duplicates, "vis sandsynlige dubletter (til bekræftelse)",
            asks_sub)
    p.add_argument("--initiative", "-i", help="kun dette initiativ (navn eller id)")
    p = add("merge", cmd_asks_merge, "læg to anmodninger, der er samme sag, sammen", asks_sub)
    p.add_argument("keep", metavar="BEHOLD", help="id på den, der beholdes")
    p.add_argument("drop", metavar="FJERN", help="id på den, der lægges i papirkurven")
    p = add("link", cmd_asks_link, "knyt logindførsler og handlinger til en anmodning (eller "
                                   "fjern dem med --remove)", asks_sub)
    p.add_argument("ask", metavar="ID", help="anmodningens id (de første tegn er nok)")
    p.add_argument("--entry", "-e", action="append",
                   help="en logindførsels id (kan gentages; de første tegn er nok)")
    p.add_argument("--action", "-a", action="append",
                   help="en handlings id (kan gentages; de første tegn er nok)")
    p.add_argument("--remove", action="store_true",
                   help="fjern tilknytningerne i stedet (den logindførsel, der rejste "
                        "anmodningen, forbliver)")

    r_sub = add_group(sub, common, "readiness",
                      "eftertankerne til topledelsen for et initiativ: vis og besvar",
                      "De otte eftertanker til topledelsen som tjekliste.")
    p = add("show", cmd_readiness_show, "vis tjeklisten for et initiativ", r_sub)
    p.add_argument("initiative", metavar="INITIATIV", help="initiativets navn eller id")
    p = add("set", cmd_readiness_set, "besvar en eftertanke", r_sub)
    p.add_argument("initiative", metavar="INITIATIV", help="initiativets navn eller id")
    p.add_argument("reflection", metavar="EFTERTANKE",
                   help="kode: formaal, dialog, balance, drift, incitamenter, kompetencer, "
                        "praktiske_hindringer, politisk_opmaerksomhed")
    p.add_argument("answer", metavar="SVAR", help="ja, delvist, nej eller ikke_relevant")
    p.add_argument("--note", help="note")
    p.add_argument("--date", "-d", type=_date_arg, help="dato; standard: i dag")
