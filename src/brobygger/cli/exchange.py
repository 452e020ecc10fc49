"""The exchange commands: ``export-bundle``, ``import-bundle`` and ``export``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from brobygger.cli.common import EXIT_INPUT, EXIT_OK, AddCommand, _open, add_file_command
from brobygger.domain.errors import InputError

ENV_BUNDLE_PASSPHRASE = "BROBYGGER_BUNDLE_PASSPHRASE"


def _services(args: argparse.Namespace) -> Any:
    return _open(args)


def bundle_passphrase(args: argparse.Namespace, *, new: bool) -> str:
    """From ``--bundle-passphrase-file``, ``$BROBYGGER_BUNDLE_PASSPHRASE`` or – at a
    terminal – asked for (twice for a new file)."""
    path = getattr(args, "bundle_passphrase_file", None)
    if path:
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"Filen med adgangsfrasen ({path}) kan ikke læses "
                             f"({exc.strerror or exc}).") from None
        return text.rstrip("\r\n")
    env = os.environ.get(ENV_BUNDLE_PASSPHRASE)
    if env:
        return env
    if not sys.stdin.isatty():
        raise InputError("Angiv udvekslingsfilens adgangsfrase med --bundle-passphrase-file "
                         f"FIL eller ${ENV_BUNDLE_PASSPHRASE}.")
    first = getpass.getpass("Adgangsfrase til udvekslingsfilen: ")
    if new and getpass.getpass("Gentag adgangsfrasen: ") != first:
        raise InputError("De to adgangsfraser er ikke ens. Intet er gemt.")
    return first


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from brobygger.exchange.bundle import export_bundle

    svc = _services(args)
    ids = [svc.initiatives.find(name).id for name in args.initiative]
    result = export_bundle(svc, ids, args.out, bundle_passphrase(args, new=True))
    print(f"Gemt: {result.path}")
    print(result.manifest.summary_da())
    print("Giv modtageren adgangsfrasen ad en anden vej end filen.")
    return EXIT_OK


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from brobygger.exchange.bundle import read_bundle
    from brobygger.exchange.merge import apply_import, plan_import

    svc = _services(args)
    preview = read_bundle(args.file, bundle_passphrase(args, new=False))
    print(preview.manifest.summary_da())
    plan = plan_import(svc, preview)
    print(f"Sammenligning: {plan.summary_da()}")
    for finding in plan.cpr_findings:
        print(f"CPR-lignende nummer {finding.masked} i {finding.entity}: {finding.title} "
              f"(feltet {finding.field})")
    if plan.conflicts:
        print("\nKonflikter (ændret både her og hos modparten):")
        for n, conflict in enumerate(plan.conflicts, 1):
            print(f"{n}. {conflict.describe_da()}")
        if args.resolve is None:
            print(f"\n{len(plan.conflicts)} konflikt(er) – intet er ændret. Kør igen med "
                  "--resolve mine (behold min), theirs (tag modpartens) eller both (behold "
                  "begge).", file=sys.stderr)
            return EXIT_INPUT
    if args.dry_run:
        print("Prøvekørsel: intet er ændret.")
        return EXIT_OK
    result = apply_import(svc, plan, args.resolve, mask_cpr_numbers=args.mask_cpr)
    print(result.summary_da())
    return EXIT_OK


_SUFFIX_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".ics": "ics"}


def cmd_export(args: argparse.Namespace) -> int:
    from brobygger.exchange.calendar import export_ics
    from brobygger.exchange.tables import export_table

    fmt = args.format or _SUFFIX_FORMATS.get(Path(args.out).suffix.lower())
    if fmt is None:
        raise InputError("Angiv formatet med --format csv, xlsx eller ics.")
    svc = _services(args)
    if fmt == "ics":
        cal = export_ics(svc, args.what, args.out, args.initiative)
        print(f"Gemt: {cal.path} ({cal.events} begivenheder, tider i Europe/Copenhagen).")
    else:
        table = export_table(svc, fmt, args.what, args.out, args.initiative)
        print(f"Gemt: {table.path} ({table.rows} rækker).")
    return EXIT_OK


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bundle-passphrase-file", metavar="FIL",
                   help="læs udvekslingsfilens adgangsfrase fra denne fil (ellers "
                        f"${ENV_BUNDLE_PASSPHRASE}, eller den spørges om)")


def add_commands(add: AddCommand) -> None:
    """``export-bundle``, ``import-bundle`` and ``export``."""
    p = add("export-bundle", cmd_export_bundle,
            "gem et eller flere initiativer i en krypteret udvekslingsfil til en modpart")
    p.add_argument("--initiative", "-i", action="append", required=True,
                   help="initiativets navn eller id; kan gentages")
    p.add_argument("--out", "-o", required=True, metavar="FIL", help="filen der skal skrives "
                                                                    "(fx akut.brobygger)")
    _passphrase_option(p)
    p = add_file_command(add, "import-bundle", cmd_import_bundle,
                         "læs en udvekslingsfil ind og flet den med arbejdsområdet "
                         "(sikkerhedskopi først; med konflikter og uden --resolve ændres intet)",
                         "udvekslingsfilen")
    p.add_argument("--resolve", choices=("mine", "theirs", "both"),
                   help="løs alle konflikter: mine (behold min), theirs (tag modpartens) "
                        "eller both (behold begge)")
    p.add_argument("--mask-cpr", action="store_true",
                   help="maskér CPR-lignende numre i det indlæste i stedet for at afvise filen")
    p.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville ske")
    _passphrase_option(p)
    p = add("export", cmd_export,
            "eksportér logbog, handlinger eller vurderinger til CSV/XLSX, eller møder og "
            "handlinger til kalenderen (ICS)")
    p.add_argument("--format", "-f", choices=("csv", "xlsx", "ics"),
                   help="filformat (ellers ud fra filnavnet)")
    p.add_argument("--what", "-w", required=True, choices=("log", "actions", "assessments"),
                   help="log (logindførsler; i ICS: møderne), actions (handlinger) eller "
                        "assessments (vurderinger)")
    p.add_argument("--out", "-o", required=True, metavar="FIL", help="filen der skal skrives")
    p.add_argument("--initiative", "-i", help="kun dette initiativ (navn eller id)")
