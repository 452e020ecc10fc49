"""Workspace commands: init, demo, transfer, backup, restore, encrypt (``check`` and
``recovery-key`` are in :mod:`.safety`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from brobygger.cli.common import (
    EXIT_OK,
    AddCommand,
    _open,
    _open_location,
    _print_table,
)
from brobygger.domain.errors import InputError


def cmd_init(args: argparse.Namespace) -> int:
    svc = _open(args, create=True)
    print(f"Arbejdsområdet er klar: {svc.ws.location}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from brobygger.services.demo import load_demo

    svc = _open(args, create=True)
    entries = load_demo(svc)
    print(f"Eksempel-arbejdsområdet er indlæst ({len(svc.initiatives.all())} initiativer, "
          f"{entries} logindførsler) i {svc.ws.location}")
    return EXIT_OK


def cmd_transfer(args: argparse.Namespace) -> int:
    from brobygger.services.workspaces import transfer

    source = _open_location(args, args.source)
    target = _open_location(args, args.target, create=True)
    try:
        counts = transfer(source, target)
    finally:
        source.close()
        target.close()
    total = sum(counts.values())
    print(f"Flyttet: {total} rækker fra {source.location} til {target.location}; "
          "antallene er kontrolleret.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    svc = _open(args)
    path = svc.ws.backup()
    print(f"Sikkerhedskopi gemt: {path}")
    return EXIT_OK


def _backup_rows(backups: Sequence[Any]) -> list[tuple[str, ...]]:
    return [(str(n), b.taken_at.astimezone().strftime("%d-%m-%Y %H:%M"), b.reason_label,
             f"{b.size / 1024:.0f} kB", b.path.name) for n, b in enumerate(backups, 1)]


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from brobygger.services import workspaces

    directory = workspaces.data_dir(args.data_dir)
    backups = workspaces.list_backups(directory)
    if args.backup is None:
        if not backups:
            print("Der er ingen sikkerhedskopier endnu.")
            return EXIT_OK
        _print_table(_backup_rows(backups), ("Nr.", "Taget", "Årsag", "Størrelse", "Fil"))
        print("Gendan med: brobygger-cli restore NR --yes  (eller 'nyeste')")
        return EXIT_OK
    if args.backup == "nyeste":
        chosen = backups[0].path if backups else None
    elif args.backup.isdigit() and 1 <= int(args.backup) <= len(backups):
        chosen = backups[int(args.backup) - 1].path
    else:
        chosen = Path(args.backup) if Path(args.backup).is_file() else None
    if chosen is None:
        raise InputError(f"Fandt ingen sikkerhedskopi '{args.backup}'. "
                         "Kør 'brobygger-cli restore' for at se listen.")
    if not args.yes:
        raise InputError("Gendannelse erstatter arbejdsområdets nuværende indhold (det gemmes "
                         "først som sikkerhedskopi). Bekræft med --yes.")
    safety = workspaces.restore_directory(directory, chosen, args.passphrase_file)
    print(f"Gendannet fra {chosen.name}.")
    if safety:
        print(f"Det tidligere indhold er gemt i {safety}")
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace) -> int:
    from brobygger.services import workspaces

    directory = workspaces.data_dir(args.data_dir)
    safety = workspaces.encrypt_directory(directory, passphrase=args.passphrase,
                                          passphrase_file=args.passphrase_file)
    print(f"Arbejdsområdet er nu krypteret. Sikkerhedskopi fra før: {safety}")
    return EXIT_OK


def add_setup_commands(add: AddCommand) -> None:
    """``init`` and ``demo`` (listed first in ``--help``)."""
    add("init", cmd_init, "opret (eller opgrader) arbejdsområdet")
    add("demo", cmd_demo, "indlæs eksempel-arbejdsområdet med de fire cases i et tomt "
                          "arbejdsområde")


def add_commands(add: AddCommand) -> None:
    """``check``, ``transfer``, ``backup``, ``restore`` and ``encrypt``."""
    from brobygger.cli import safety

    safety.add_commands(add)
    p = add("transfer", cmd_transfer,
            "flyt et arbejdsområde mellem en mappe på den bærbare og en PostgreSQL-server "
            "(alt kopieres, og antallene kontrolleres; målet skal være tomt)")
    p.add_argument("source", metavar="FRA", help="mappe eller postgresql://-adresse")
    p.add_argument("target", metavar="TIL", help="mappe eller postgresql://-adresse")
    add("backup", cmd_backup, "tag en sikkerhedskopi nu (krypteret med arbejdsområdets nøgle)")
    p = add("restore", cmd_restore, "vis sikkerhedskopierne, eller gendan en af dem (det "
                                    "nuværende indhold gemmes først)")
    p.add_argument("backup", metavar="KOPI", nargs="?",
                   help="nummer fra listen, 'nyeste' eller en filsti")
    p.add_argument("--yes", action="store_true", help="bekræft gendannelsen")
    p = add("encrypt", cmd_encrypt, "krypter et ukrypteret arbejdsområde (sikkerhedskopi først)")
    p.add_argument("--passphrase", action="store_true",
                   help="brug en adgangsfrase i stedet for nøgleringen")
