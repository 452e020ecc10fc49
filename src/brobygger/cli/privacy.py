"""Privacy commands: CPR scan, audit history, GDPR person export and anonymisation."""

from __future__ import annotations

import argparse
from typing import Any

from brobygger.cli.common import EXIT_ERROR, EXIT_OK, AddCommand, _open, _print_table
from brobygger.domain import display
from brobygger.domain.errors import InputError


def cmd_scan(args: argparse.Namespace) -> int:
    """Exit 0 when no CPR-like number is stored, 1 when any is (listed masked only)."""
    svc = _open(args)
    findings = svc.privacy.scan_cpr()
    if not findings:
        print("Ingen CPR-lignende numre fundet.")
        return EXIT_OK
    rows = [(f.entity + (" (papirkurv)" if f.deleted else ""), str(f.record_id), f.field,
             f.masked) for f in findings]
    _print_table(rows, ("Tabel", "Id", "Felt", "Nummer (maskeret)"))
    print(f"{len(findings)} CPR-lignende numre fundet. Patientoplysninger hører ikke hjemme i "
          "Brobygger: ret eller maskér teksterne i programmet.")
    return EXIT_ERROR


def _short(entity: str, field: str, value: object, width: int = 70) -> str:
    text = display.field_value_text(entity, field, value, limit=width)
    return text.replace("\n", " ")


def cmd_history(args: argparse.Namespace) -> int:
    svc = _open(args)
    events = svc.audit.history(args.record_id)
    if not events:
        print(f"Ingen ændringer registreret for {args.record_id}.")
        return EXIT_OK
    for ev in events:
        print(f"{ev.at.astimezone():%d-%m-%Y %H:%M:%S}  {ev.user or display.EMPTY}  "
              f"{display.action_text(ev.action)} ({ev.entity})")
        for field, (old, new) in ev.changes.items():
            print(f"    {field}: {_short(ev.entity, field, old)} → "
                  f"{_short(ev.entity, field, new)}")
    return EXIT_OK


def _person_any(svc: Any, name_or_id: str) -> Any:
    """A person by id (also one in the trash) or by name."""
    import uuid

    try:
        return svc.people.get(uuid.UUID(name_or_id.strip()), include_deleted=True)
    except ValueError:
        return svc.people.find(name_or_id)


def cmd_person_export(args: argparse.Namespace) -> int:
    from brobygger.services.gdpr import write_person_export

    if not str(args.out).lower().endswith((".json", ".pdf")):
        raise InputError("Angiv en fil, der ender på .json eller .pdf, med --out.")
    svc = _open(args)
    person = _person_any(svc, args.person)
    path = write_person_export(svc.gdpr.export_person(person.id), args.out)
    print(f"Alt om {person.name} er gemt i {path}")
    return EXIT_OK


def cmd_anonymise(args: argparse.Namespace) -> int:
    svc = _open(args)
    person = _person_any(svc, args.person)
    if not args.yes:
        raise InputError(f"Anonymisering af {person.name} kan ikke fortrydes: navn og "
                         "kontaktoplysninger slettes, og navnet erstattes i alle tekster. "
                         "Bekræft med --yes.")
    result = svc.gdpr.anonymise_person(person.id, label=args.label)
    print(f"Personen hedder nu '{result.label}'. {result.records_changed} poster og "
          f"{result.audit_events_redacted} hændelser i ændringsloggen er renset.")
    print("Bemærk: sikkerhedskopier taget før i dag indeholder stadig de gamle oplysninger, "
          "indtil de udskiftes.")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """``scan``, ``history``, ``person-export`` and ``anonymise``."""
    add("scan", cmd_scan, "find CPR-lignende numre i gemte data (vises maskeret); "
                          "afslutningskode 0: ingen fundet, 1: nogen fundet")
    p = add("history", cmd_history, "vis ændringsloggen for en post: hvem, hvornår, hvad")
    p.add_argument("record_id", metavar="ID", help="postens id")
    p = add("person-export", cmd_person_export,
            "gem alt om én person (indsigt efter GDPR) som JSON eller PDF")
    p.add_argument("person", metavar="PERSON", help="personens navn eller id")
    p.add_argument("--out", "-o", required=True, metavar="FIL",
                   help="FIL.json eller FIL.pdf")
    p = add("anonymise", cmd_anonymise,
            "anonymisér en person: navn og kontaktdata slettes, navnet erstattes i alle "
            "tekster; vurderingerne bevares anonymt")
    p.add_argument("person", metavar="PERSON", help="personens navn eller id")
    p.add_argument("--label", help="ny betegnelse (standard: 'Anonym person N')")
    p.add_argument("--yes", action="store_true", help="bekræft (kan ikke fortrydes)")
