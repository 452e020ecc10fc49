"""The CLI commands of the imports (issue 20): ``import-contacts``, ``import-log``,
``import-calendar``, ``imports`` and ``undo-import``. Each import shows its plan (the
preview) first; ``--dry-run`` stops there. Bad input – an unreadable file, rows with bad
data, CPR-like numbers without ``--cpr`` – exits with code 2 and writes nothing."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brobygger.cli.common import EXIT_INPUT, EXIT_OK, AddCommand, _date_arg, _open, add_file_command
from brobygger.domain.catalogue import LEVELS, SECTORS
from brobygger.domain.errors import InputError
from brobygger.fileio import write_text_atomically

SHOWN = 200  # rows of the preview printed (all with --show-all)


def _services(args: argparse.Namespace) -> Any:
    return _open(args)


def print_plan(plan: Any, show_all: bool = False) -> None:
    from brobygger.services.imports import ACTION_LABELS_DA, CREATE, ENTITY_LABELS_DA, SUGGEST

    print(f"Fil: {plan.source_name} (SHA-256 {plan.source_hash[:16]}…)")
    interesting = [r for r in plan.records
                   if show_all or r.action != CREATE or r.suggestions or r.cpr or r.reason]
    for r in interesting[:None if show_all else SHOWN]:
        why = r.describe_da()
        print(f"  række {r.row:>5}  {ENTITY_LABELS_DA.get(r.entity, r.entity):<13} "
              f"{ACTION_LABELS_DA[r.action]:<20} {r.label[:60]}" + (f"  – {why}" if why else ""))
    if len(interesting) > SHOWN and not show_all:
        print(f"  … og {len(interesting) - SHOWN} rækker mere (--show-all viser alle)")
    for note in plan.notes:
        print(f"Bemærk: {note}")
    for field, option, what in (("sector", "--sector", "organisationer uden kendt sektor"),
                                ("level", "--level", "personer uden kendt ledelsesniveau")):
        n = sum(1 for r in plan.records if field in r.needs and r.action in (CREATE, SUGGEST))
        if n:
            print(f"Bemærk: {n} nye {what} – {option} vælger den (ellers "
                  f"{'Andet' if field == 'sector' else 'Medarbejder'}).")
    print(f"Plan: {plan.summary_da()}")


def _apply(args: argparse.Namespace, svc: Any, plan: Any,
           before_write: Callable[[], None] | None = None) -> int:
    from brobygger.exchange.importing import apply_plan
    from brobygger.services.imports import SUGGEST

    print_plan(plan, args.show_all)
    if plan.errors and not args.skip_invalid:
        print(f"{len(plan.errors)} række(r) har fejl (se ovenfor) – intet er skrevet. Ret "
              "filen, eller kør igen med --skip-invalid.", file=sys.stderr)
        return EXIT_INPUT
    if plan.cpr_rows and args.cpr is None and not getattr(svc, "allow_cpr", False):
        print(f"{len(plan.cpr_rows)} række(r) indeholder noget, der ligner et CPR-nummer – "
              "intet er skrevet. Kør igen med --cpr mask (maskér) eller --cpr skip (spring "
              "rækkerne over).", file=sys.stderr)
        return EXIT_INPUT
    suggestions = plan.count(SUGGEST) + sum(1 for r in plan.records if r.suggestions)
    if suggestions and not args.accept_suggestions:
        print(f"{suggestions} forslag (navne, der ligner) bruges ikke – de oprettes som nye "
              "eller står i teksten. --accept-suggestions bruger dem.")
    if args.dry_run:
        print("Prøvekørsel: intet er skrevet.")
        return EXIT_OK
    if before_write is not None:
        before_write()
    result = apply_plan(svc, plan, cpr=args.cpr, accept_suggestions=args.accept_suggestions,
                          skip_invalid=args.skip_invalid)
    print(result.summary_da())
    print(f"Import-id: {result.batch_id} (fortryd med: brobygger-cli undo-import "
          f"{result.batch_id})")
    return EXIT_OK


def cmd_import_contacts(args: argparse.Namespace) -> int:
    from brobygger.exchange.importing import plan_contacts_file

    svc = _services(args)
    plan = plan_contacts_file(svc, args.file, default_sector=args.sector,
                              default_level=args.level)
    return _apply(args, svc, plan)


def cmd_import_log(args: argparse.Namespace) -> int:
    from brobygger.exchange.importing import (
        LogMapping,
        plan_log,
        read_sheet,
        remember,
        suggest_mapping,
    )

    mapping = LogMapping.load(args.mapping) if args.mapping else None
    src, sheet = read_sheet(args.file, args.sheet or (mapping.sheet if mapping else None))
    svc = _services(args)
    if mapping is None:
        mapping = suggest_mapping(svc, sheet)
    print(f"Ark: {sheet.name}, overskrifter i række {sheet.header_row}: "
          + ", ".join(f"{c} → {f}" for c, f in mapping.columns.items()))
    if args.write_mapping:
        write_text_atomically(Path(args.write_mapping).expanduser(),
                              json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n")
        print(f"Tilknytningen er gemt i {args.write_mapping}. Ret den, og kør igen med "
              f"--mapping {args.write_mapping}.")
        return EXIT_OK
    plan = plan_log(svc, sheet, mapping, src)
    return _apply(args, svc, plan, lambda: remember(svc, sheet, mapping))


def cmd_import_calendar(args: argparse.Namespace) -> int:
    from brobygger.exchange.importing import plan_calendar_file

    svc = _services(args)
    forum_id = svc.meetings.forums.find(args.forum).id if args.forum else None
    plan = plan_calendar_file(svc, args.file, args.date_from, args.date_to,
                              forum_id=forum_id)
    if forum_id is not None:
        print(f"Begivenhederne bliver til møder i forummet »{args.forum}«.")
    return _apply(args, svc, plan)


def cmd_imports(args: argparse.Namespace) -> int:
    from brobygger.services.import_undo import list_imports

    svc = _services(args)
    batches = list_imports(svc)
    if not batches:
        print("Ingen importer endnu.")
    for b in batches:
        state = f" – fortrudt {b.undone_at:%d-%m-%Y %H:%M}" if b.undone_at else ""
        print(f"{b.id}  {b.at.astimezone():%d-%m-%Y %H:%M}  {b.kind_label:<20} "
              f"{b.source_name}  ({b.created} oprettet){state}")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    from brobygger.services.import_undo import undo_import

    try:
        batch_id = uuid.UUID(args.id)
    except ValueError:
        raise InputError(f"'{args.id}' er ikke et import-id (se brobygger-cli imports).") \
            from None
    svc = _services(args)
    moved = undo_import(svc, batch_id)
    print(f"Importen er fortrudt: {moved} poster er lagt i papirkurven.")
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dry-run", action="store_true",
                   help="vis kun planen (hvad der oprettes, findes, springes over); skriv intet")
    p.add_argument("--accept-suggestions", action="store_true",
                   help="brug forslagene (navne, der ligner en eksisterende post); uden "
                        "dette bruges de aldrig")
    p.add_argument("--cpr", choices=("mask", "skip"),
                   help="rækker med noget, der ligner et CPR-nummer: mask (maskér nummeret) "
                        "eller skip (spring rækken over); uden dette afvises filen")
    p.add_argument("--skip-invalid", action="store_true",
                   help="spring rækker med fejl (fx en ugyldig dato) over i stedet for at "
                        "afvise filen")
    p.add_argument("--show-all", action="store_true", help="vis alle rækker i planen")


def add_commands(add: AddCommand) -> None:
    """Register the commands with ``brobygger.cli``'s ``add(name, func, help)``."""
    p = add_file_command(add, "import-contacts", cmd_import_contacts,
                         "læs kontakter ind fra vCard (.vcf) eller Outlooks CSV-eksport "
                         "(sikkerhedskopi først; matcher på e-mail, så navn)",
                         "kontaktfilen (.vcf eller .csv)")
    p.add_argument("--sector", choices=SECTORS.codes(),
                   help="sektor for nye organisationer, hvor navnet ikke siger den")
    p.add_argument("--level", choices=LEVELS.codes(),
                   help="ledelsesniveau for nye personer, hvor titlen ikke siger det")
    _common(p)
    p = add_file_command(add, "import-log", cmd_import_log,
                         "læs logindførsler ind fra et regneark (.xlsx eller .csv) gennem en "
                         "tilknytning af kolonnerne (gættes fra overskrifterne og huskes til "
                         "næste gang)", "regnearket (.xlsx eller .csv)")
    p.add_argument("--mapping", metavar="MAPPING.json",
                   help="tilknytningen: {\"columns\": {kolonne: felt}, \"types\": {typeord: "
                        "type}, \"default_type\": type}; felter: date, type, title, text, "
                        "initiative, participants, tags, extra, ignore")
    p.add_argument("--write-mapping", metavar="FIL",
                   help="gem den gættede tilknytning i FIL (til at rette) og stop")
    p.add_argument("--sheet", metavar="ARK", help="arket i projektmappen (ellers det første)")
    _common(p)
    p = add_file_command(add, "import-calendar", cmd_import_calendar,
                         "læs møder ind fra en kalenderfil (.ics) i en periode som "
                         "logindførsler af typen møde eller (--forum) som møder i et forum "
                         "(gentagelser foldes ud; en ny indlæsning tilføjer intet to gange)",
                         "kalenderfilen (.ics)")
    p.add_argument("--from", dest="date_from", type=_date_arg, required=True,
                   metavar="DATO", help="første dag (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)")
    p.add_argument("--to", dest="date_to", type=_date_arg, required=True,
                   metavar="DATO", help="sidste dag (med)")
    p.add_argument("--forum", metavar="FORUM",
                   help="importér begivenhederne som møder i dette forum (navn eller id) i "
                        "stedet for som logindførsler; deltagere, der findes som personer, "
                        "bliver inviterede")
    _common(p)
    add("imports", cmd_imports, "list importerne, nyeste først (med id til undo-import)")
    p = add("undo-import", cmd_undo_import,
            "fortryd en import: læg det, den oprettede, i papirkurven (kun hvis intet er "
            "rettet siden, og intet andet henviser til det)")
    p.add_argument("id", metavar="IMPORT-ID", help="importens id (se imports)")
