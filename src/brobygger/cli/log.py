"""The collaboration log and relationships: initiatives, log add/list, search, assess."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from brobygger.cli.common import EXIT_OK, AddCommand, _date_arg, _open, _print_table, add_group
from brobygger.domain.errors import InputError


def understood(catalogue: Any, text: str | None, what: str) -> str | None:
    """The code for ``text`` – a code or a Danish or English label (``møde``, ``hændelse``,
    ``udført``); says on stderr which it understood when ``text`` was not the code."""
    import sys

    from brobygger.domain.lookup import find_item

    if text is None:
        return None
    item = find_item(catalogue, text)
    if text.strip() != item.code:
        print(f"Forstået: {what} »{text.strip()}« = {item.label_da} ({item.code})",
              file=sys.stderr)
    return str(item.code)


def _codes(catalogue: Any, texts: Sequence[str] | None, what: str) -> list[str]:
    return [c for c in (understood(catalogue, t, what) for t in texts or []) if c]


def cmd_initiatives(args: argparse.Namespace) -> int:
    from brobygger.domain.catalogue import INITIATIVE_STATUSES
    from brobygger.domain.rules import format_date_short

    svc = _open(args)
    rows = []
    status = understood(INITIATIVE_STATUSES, args.status, "status")
    for i in svc.initiatives.list(status=status):
        rows.append((i.name, INITIATIVE_STATUSES.label(i.status),
                     format_date_short(i.start_date) if i.start_date else "", str(i.id)))
    if not rows:
        print("Ingen initiativer endnu. Opret et i programmet, eller indlæs eksemplet med "
              "'brobygger-cli demo'.")
        return EXIT_OK
    _print_table(rows, ("Initiativ", "Status", "Start", "Id"))
    return EXIT_OK


def cmd_log_add(args: argparse.Namespace) -> int:
    from brobygger.domain.catalogue import (
        BARRIERS,
        DECISION_STATUSES,
        ENTRY_TYPES,
        ESCALATION_LEVELS,
        PLAGUES,
    )

    kind = understood(ENTRY_TYPES, args.type, "type")  # before anything is opened
    status = understood(DECISION_STATUSES, args.status, "status")
    level = understood(ESCALATION_LEVELS, args.escalation, "eskaleringsniveau")
    plagues = _codes(PLAGUES, args.plague, "plage")
    barriers = _codes(BARRIERS, args.barrier, "barriere")
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative) if args.initiative else None
    participants = [svc.people.find(p).id for p in args.participant or []]
    entry = svc.log.create(
        initiative_id=initiative.id if initiative else None,
        entry_date=args.date or date.today(), type=kind, title=args.title,
        body=args.body or "", tags=args.tags or "", participants=participants,
        plagues=plagues, barriers=barriers,
        decision_status=status, escalation_level=level,
        escalated_to=args.escalated_to or "")
    print(f"Gemt: {entry.id}")
    return EXIT_OK


def _print_entries(entries: Sequence[Any], svc: Any) -> None:
    from brobygger.domain.catalogue import ENTRY_TYPES
    from brobygger.domain.rules import format_date_short

    names = {i.id: i.name for i in svc.initiatives.all(include_deleted=True)}
    rows = [(format_date_short(e.entry_date), ENTRY_TYPES.label(e.type),
             names.get(e.initiative_id, "–"), e.title) for e in entries]
    if not rows:
        print("Ingen logindførsler fundet.")
        return
    _print_table(rows, ("Dato", "Type", "Initiativ", "Titel"))


def _log_filter(args: argparse.Namespace, svc: Any, text: str | None = None) -> Any:
    from brobygger.services import LogFilter
    from brobygger.services.log import parse_period

    start, end = parse_period(getattr(args, "date_from", None), getattr(args, "date_to", None))
    initiative = svc.initiatives.find(args.initiative) if args.initiative else None
    from brobygger.domain.catalogue import BARRIERS, ENTRY_TYPES, PLAGUES

    return LogFilter(initiative_id=initiative.id if initiative else None,
                     type=understood(ENTRY_TYPES, getattr(args, "type", None), "type"),
                     date_from=start, date_to=end,
                     plague=understood(PLAGUES, getattr(args, "plague", None), "plage"),
                     barrier=understood(BARRIERS, getattr(args, "barrier", None), "barriere"),
                     text=text)


def cmd_log_list(args: argparse.Namespace) -> int:
    svc = _open(args)
    _print_entries(svc.log.list(_log_filter(args, svc), limit=args.limit), svc)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    svc = _open(args)
    flt = _log_filter(args, svc)
    _print_entries(svc.log.search(args.query, flt=flt, limit=args.limit), svc)
    return EXIT_OK


def _party(svc: Any, name: str) -> tuple[str, Any]:
    from brobygger.domain.errors import NotFoundError

    try:
        return "org", svc.organisations.find(name)
    except NotFoundError:
        try:
            return "person", svc.people.find(name)
        except NotFoundError:
            raise NotFoundError(f"Fandt ingen organisation eller person ved navn '{name}'.") \
                from None


def cmd_assess(args: argparse.Namespace) -> int:
    from brobygger.domain import rules

    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative) if args.initiative else None
    kind_a, a = _party(svc, args.party_a)
    kind_b, b = _party(svc, args.party_b)
    if kind_a != kind_b:
        raise InputError("Vurder enten to organisationer eller to personer – ikke en blanding.")
    scores = (args.kendskab, args.respekt, args.tillid)
    if any(s is not None for s in scores):
        if any(s is None for s in scores):
            raise InputError("Angiv alle tre scorer: --kendskab, --respekt og --tillid (1–10).")
        key = "org" if kind_a == "org" else "person"
        svc.relationships.create(
            initiative_id=initiative.id if initiative else None,
            **{f"{key}_a_id": a.id, f"{key}_b_id": b.id},
            assessed_on=args.date or date.today(), kendskab=args.kendskab,
            respekt=args.respekt, tillid=args.tillid, note=args.note or "")
    pair = tuple(sorted((a.id, b.id), key=str))
    series = [r for r in svc.relationships.list(
        initiative_id=initiative.id if initiative else None) if r.pair == pair]
    print(f"Relation: {a.name} ↔ {b.name}")
    if not series:
        print("Ingen vurderinger endnu. Tilføj en med --kendskab, --respekt og --tillid.")
        return EXIT_OK
    rows = [(rules.format_date_short(r.assessed_on), str(r.kendskab), str(r.respekt),
             str(r.tillid), rules.stage_label(rules.ladder_stage(r.kendskab, r.respekt, r.tillid)))
            for r in series]
    _print_table(rows, ("Dato", "Kendskab", "Respekt", "Tillid", "Trin"))
    trend = rules.trend([float(r.kendskab + r.respekt + r.tillid) for r in series])
    if trend is not None:
        print(f"Udvikling: {rules.trend_label(trend)}")
    return EXIT_OK


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--initiative", "-i", help="kun dette initiativ (navn eller id)")
    p.add_argument("--type", "-t", help="kun denne type")
    p.add_argument("--from", dest="date_from", help="fra dato")
    p.add_argument("--to", dest="date_to", help="til dato")
    p.add_argument("--plague", help="kun indførsler knyttet til denne plage")
    p.add_argument("--barrier", help="kun indførsler knyttet til denne barriere")
    p.add_argument("--limit", type=int, default=50, help="højst så mange (standard 50)")


def _add_log_add(add: AddCommand, log_sub: Any) -> None:
    p = add("add", cmd_log_add, "tilføj en logindførsel", log_sub)
    p.add_argument("--initiative", "-i", help="initiativets navn eller id")
    p.add_argument("--type", "-t", required=True,
                   help="møde, beslutning, aftale, hændelse, eskalering, observation, resultat "
                        "(eller koden: moede, haendelse …)")
    p.add_argument("--date", "-d", type=_date_arg,
                   help="dato (8.12.25, 2025-12-08, 8. december 2025, i dag, +14); "
                        "standard: i dag")
    p.add_argument("--title", required=True, help="titel")
    p.add_argument("--body", "-b", help="brødtekst")
    p.add_argument("--tags", help="mærker, kommasepareret")
    p.add_argument("--participant", action="append", help="deltager (navn); kan gentages")
    p.add_argument("--plague", action="append", help="plagekode; kan gentages")
    p.add_argument("--barrier", action="append", help="barrierekode; kan gentages")
    p.add_argument("--status", help="beslutningsstatus: aftalt, implementeret, fulgt_op")
    p.add_argument("--escalation", help="eskaleringsniveau: lokalt, chef, topledelse, politisk, "
                                        "nationalt")
    p.add_argument("--escalated-to", help="hvem sagen er eskaleret til")


def add_commands(add: AddCommand, sub: Any, common: argparse.ArgumentParser) -> None:
    """``initiatives``, ``log add``/``log list``, ``search`` and ``assess``."""
    p = add("initiatives", cmd_initiatives, "list initiativerne")
    p.add_argument("--status", help="kun initiativer med denne status (fx drift)")

    log_sub = add_group(sub, common, "log", "samarbejdsloggen: tilføj og list",
                        "Samarbejdsloggen.")
    _add_log_add(add, log_sub)
    p = add("list", cmd_log_list, "list logindførsler, nyeste først", log_sub)
    _add_filters(p)
    p = add("search", cmd_search, "fritekstsøgning i loggen (titel, tekst og mærker)")
    p.add_argument("query", metavar="SØGNING", help="søgeord; alle ord skal findes")
    _add_filters(p)

    p = add("assess", cmd_assess,
            "vurder relationen mellem to parter (kendskab, respekt, tillid 1–10) og vis "
            "udviklingen")
    p.add_argument("party_a", metavar="PART_A", help="organisation eller person")
    p.add_argument("party_b", metavar="PART_B", help="organisation eller person")
    p.add_argument("--initiative", "-i", help="initiativ (navn eller id)")
    p.add_argument("--kendskab", help="1–10")
    p.add_argument("--respekt", help="1–10")
    p.add_argument("--tillid", help="1–10")
    p.add_argument("--date", "-d", type=_date_arg, help="vurderingens dato; standard: i dag")
    p.add_argument("--note", help="note")
