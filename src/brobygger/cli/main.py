"""The ``brobygger-cli`` parser and entry point; each area registers its own commands."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from brobygger.cli import asks, briefs, exchange, imports, log, meetings, privacy, workspace
from brobygger.cli.common import EXIT_ERROR, EXIT_INPUT, OPENED, _Parser, close_opened
from brobygger.domain.errors import (
    BrobyggerError,
    CorruptWorkspaceError,
    CprFoundError,
    InputError,
    WrongKeyError,
)

logger = logging.getLogger("brobygger.cli")


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for
    (importlib.metadata costs ~30 ms, which every other command would pay; issue 21)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help or "vis versionen og afslut")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        from brobygger import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _selftest(args: argparse.Namespace) -> int:
    from brobygger.selftest import cmd_selftest  # its checks import Qt, PDF, …: when run

    return cmd_selftest(args)


def _common_options() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="arbejdsområdets mappe (ellers $BROBYGGER_DATA_DIR eller "
                             "brugerens datamappe)")
    common.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                        help="brug et delt arbejdsområde på en PostgreSQL-server "
                             "(postgresql://bruger@server/database; adgangskoden fra "
                             "nøgleringen eller $BROBYGGER_DB_PASSWORD)")
    common.add_argument("--passphrase-file", metavar="FIL", default=argparse.SUPPRESS,
                        help="læs adgangsfrasen fra denne fil (ellers $BROBYGGER_PASSPHRASE); "
                             "bruges kun, hvor der ikke er en nøglering")
    common.add_argument("--no-encryption", action="store_true", default=argparse.SUPPRESS,
                        help="opret et nyt arbejdsområde UDEN kryptering (frarådes)")
    common.add_argument("--allow-cpr", action="store_true", default=argparse.SUPPRESS,
                        help="gem tekst, selv om den indeholder noget, der ligner et "
                             "CPR-nummer (ellers afvises den med kode 2)")
    from brobygger.cli.safety import add_arguments

    add_arguments(common)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = _Parser(
        prog="brobygger-cli", parents=[common],
        description="Brobygger uden vinduer: samarbejdslog, søgning og relationer "
                    "for tværsektorielle ledere.",
        epilog="Afslutningskoder: 0 ok, 2 forkert input (intet er gemt), 1 anden fejl. "
               "Efter en uren lukning tjekker en kommando hele databasen, før den læser eller "
               "skriver (vinduet tjekker i baggrunden og holder ændringer tilbage imens).")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    sub.required = True

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
            parent: Any = sub) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    workspace.add_setup_commands(add)
    log.add_commands(add, sub, common)
    workspace.add_commands(add)
    privacy.add_commands(add)
    briefs.add_commands(add)
    add("selftest", _selftest, "kontrollér installationen: arbejdsområde, kryptering, "
                                  "PDF og Qt – uden vinduer og uden at røre dine data")
    exchange.add_commands(add)  # export-bundle, import-bundle, export
    meetings.add_commands(add, sub, common)  # meetings, agenda, minutes (issue 16)
    imports.add_commands(add)  # import-contacts, import-log, import-calendar, undo-import (20)
    asks.add_commands(add, sub, common)  # asks list|add|answer|close|reopen, readiness
    from brobygger.cli import agreements
    agreements.add_commands(add, sub, common)  # agreements, brief-agreements, review (17)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("data_dir", None), ("passphrase_file", None), ("database_url", None),
                          ("no_encryption", False), ("allow_cpr", False),
                          ("recovery_key_file", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        code: int = args.func(args)
        close_opened()
        return code
    except CprFoundError as exc:
        print(f"Fejl: {exc.message} Gem alligevel med --allow-cpr.", file=sys.stderr)
        return EXIT_INPUT
    except CorruptWorkspaceError as exc:  # refused: nothing was written (a lost file too)
        print(f"Fejl: {exc.message}", file=sys.stderr)
        if not isinstance(exc, WrongKeyError):  # a typo is not answered with a restore
            from brobygger.cli.safety import offer_backup

            offer_backup(args)
        return EXIT_INPUT
    except InputError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    except BrobyggerError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as exc:  # a bug: say so without a traceback wall – or user data
        from brobygger.errorlog import log_unexpected, safe_summary

        where = log_unexpected(exc)
        print(f"Uventet fejl ({safe_summary(exc)}). Intet er ændret. Detaljerne (uden "
              f"brugerdata) er skrevet i {where}; meld fejlen med dem.", file=sys.stderr)
        if os.environ.get("BROBYGGER_DEBUG"):
            raise
        return EXIT_ERROR
    finally:
        OPENED.clear()  # after an error: not closed cleanly, the next open checks in full
