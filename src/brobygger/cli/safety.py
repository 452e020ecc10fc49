"""Command-line parts of data safety: the recovery key, the read-only ``check`` and what
opening a workspace had to say (a rebuilt settings file, a new recovery key).

Kept in one module so that it moves as one piece."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brobygger.cli.exitcodes import EXIT_ERROR, EXIT_OK

RECOVERY_SHOWN_ONCE = (
    "Gendannelsesnøgle (vises kun denne ene gang – skriv den ned, eller print den, og gem den "
    "et sikkert sted; den åbner arbejdsområdet, hvis nøglen på denne maskine går tabt):")


def add_arguments(common: argparse.ArgumentParser) -> None:
    common.add_argument("--recovery-key-file", metavar="FIL", default=argparse.SUPPRESS,
                        help="åbn et krypteret arbejdsområde med gendannelsesnøglen i denne "
                             "fil (ellers $BROBYGGER_RECOVERY_KEY), når nøglen eller "
                             "adgangsfrasen ikke er til rådighed")


def recovery_key(args: argparse.Namespace) -> str | None:
    from brobygger.domain.errors import InputError
    from brobygger.services.workspaces import ENV_RECOVERY

    path = getattr(args, "recovery_key_file", None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip() or None
        except OSError as exc:
            raise InputError(f"Filen med gendannelsesnøglen kan ikke læses "
                             f"({exc.strerror}).") from exc
    return os.environ.get(ENV_RECOVERY) or None


def report_opened(ws: Any) -> None:
    """Say what opening repaired, and show a new workspace's recovery key once."""
    for notice in getattr(ws, "notices", []):
        print(f"Bemærk: {notice}", file=sys.stderr)
    new_key = getattr(ws, "new_recovery_key", None)
    if new_key:
        print(RECOVERY_SHOWN_ONCE)
        print(f"    {new_key}")


def offer_backup(args: argparse.Namespace) -> None:
    """After a refused workspace (damaged, emptied, lost): name the newest good backup and
    the command that restores it."""
    from brobygger.domain.errors import BrobyggerError
    from brobygger.services.workspaces import newest_good_backup

    if getattr(args, "database_url", None):
        return
    try:
        found = newest_good_backup(getattr(args, "data_dir", None), _passphrase(args))
    except (BrobyggerError, OSError):  # only a help: the refusal has been said already
        return
    if found is None:
        print("Der er ingen brugbar sikkerhedskopi i arbejdsområdets mappe backups.",
              file=sys.stderr)
        return
    number, info, checked = found
    when = info.taken_at.astimezone().strftime("%d-%m-%Y %H:%M")
    where = f" --data-dir {args.data_dir}" if getattr(args, "data_dir", None) else ""
    print(f"Nyeste {'gode ' if checked else ''}sikkerhedskopi: nr. {number}, taget {when} "
          f"({info.path.name}). Gendan den med: brobygger-cli restore {number} --yes{where}",
          file=sys.stderr)


def _passphrase(args: argparse.Namespace) -> Any:
    from brobygger.services.workspaces import env_passphrase_prompt

    return env_passphrase_prompt(getattr(args, "passphrase_file", None))


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity, schema version and the last clean close – strictly read-only."""
    from brobygger.services.workspaces import check_readonly, head_revision

    if getattr(args, "database_url", None):
        from brobygger.services.workspaces import Workspace, env_db_password

        with Workspace.open_url(args.database_url, password=env_db_password,
                                readonly=True) as ws:
            revision = ws.schema_revision()
            location = ws.location
        print(f"Arbejdsområde: {location}")
        print(f"Skemaversion: {revision} (nyeste kendte: {head_revision()})")
        print("Integritet: ok")
        return EXIT_OK if revision == head_revision() else EXIT_ERROR
    report = check_readonly(args.data_dir, _passphrase(args), recovery_key(args))
    print(f"Arbejdsområde: {report.location}")
    print(f"Skemaversion: {report.revision} (nyeste kendte: {head_revision()})")
    print(f"Integritet: {report.integrity}")
    if report.last_clean_close is None:
        closed = "ukendt (ikke registreret)"
    else:
        closed = report.last_clean_close.astimezone().strftime("%d-%m-%Y %H:%M")
    if not report.closed_cleanly:
        closed += " – siden da er det ikke lukket rent (der ligger ændringer i -wal-filen)"
    print(f"Sidst lukket rent: {closed}")
    ok = report.integrity == "ok" and report.revision == head_revision()
    return EXIT_OK if ok else EXIT_ERROR


def cmd_recovery_key(args: argparse.Namespace) -> int:
    """Make a new recovery key for an encrypted workspace (the old one stops working)."""
    from brobygger.domain.errors import InputError
    from brobygger.services.workspaces import Workspace, make_recovery_key

    if not args.yes:
        raise InputError("Tilføj --yes for at lave en ny gendannelsesnøgle (en tidligere "
                         "gendannelsesnøgle virker derefter ikke mere).")
    with Workspace.open(args.data_dir, create=False, passphrase=_passphrase(args),
                        recovery_key=recovery_key(args)) as ws:
        if ws.key is None or ws.settings is None:
            raise InputError("Arbejdsområdet er ikke krypteret; der er ingen nøgle at "
                             "gendanne. Kryptér det med 'brobygger-cli encrypt'.")
        if recovery_key(args) is None:  # the recovery key it opened with is proof enough
            _reauthenticate(args, ws)
        text = make_recovery_key(ws.directory, ws.key, ws.settings)
    print("Ny " + RECOVERY_SHOWN_ONCE[0].lower() + RECOVERY_SHOWN_ONCE[1:])
    print(f"    {text}")
    return EXIT_OK


def _reauthenticate(args: argparse.Namespace, ws: Any) -> None:
    """Only the workspace's owner makes a recovery key (:mod:`brobygger.services.reauth`):
    a passphrase workspace opened with its passphrase; a keyring workspace needs the
    computer's login password (checked by the OS) – or says plainly that this machine
    cannot check one."""
    import getpass

    from brobygger.domain.errors import InputError
    from brobygger.services import reauth

    how = reauth.method(ws.key, ws.settings)
    if how == reauth.PASSPHRASE:
        return  # opening it took the passphrase
    if how == reauth.CONFIRM:
        from brobygger.domain.i18n import _

        print(f"Bemærk: {_(reauth.CONFIRM_TEXT)}", file=sys.stderr)
        return
    path = getattr(args, "login_password_file", None)
    if path:
        try:
            password: str | None = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise InputError(f"Filen med adgangskoden kan ikke læses ({exc.strerror}).") \
                from exc
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Adgangskode til computeren (brugeren "
                                   f"{reauth.login_name()}): ")
    else:
        password = None
    if not password:
        raise InputError(
            "Bekræft, at det er dig, før der laves en ny gendannelsesnøgle: skriv din "
            "adgangskode til computeren (kør kommandoen i en terminal, eller brug "
            "--login-password-file FIL), eller brug den nuværende gendannelsesnøgle "
            "(--recovery-key-file FIL).")
    if not reauth.confirm(ws.directory, ws.key, ws.settings, password):
        raise InputError("Adgangskoden passer ikke. Der er ikke lavet en ny "
                         "gendannelsesnøgle.")


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    add("check", cmd_check, "tjek databasens integritet, skemaversion og hvornår den sidst "
                            "blev lukket rent (skriver intet)")
    p = add("recovery-key", cmd_recovery_key,
            "lav en ny gendannelsesnøgle til et krypteret arbejdsområde (vises én gang) – "
            "efter bekræftelse med adgangsfrasen, computerens adgangskode eller den "
            "nuværende gendannelsesnøgle")
    p.add_argument("--yes", action="store_true", help="ja, lav en ny (den gamle holder op "
                                                      "med at virke)")
    p.add_argument("--login-password-file", metavar="FIL",
                   help="din adgangskode til computeren i denne fil (et arbejdsområde med "
                        "nøglen i nøgleringen); ellers spørges der i terminalen")
