"""What every ``brobygger-cli`` command shares: exit codes, the parser class, opening a
workspace and printing a table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from brobygger.cli.exitcodes import EXIT_ERROR as EXIT_ERROR
from brobygger.cli.exitcodes import EXIT_INPUT as EXIT_INPUT
from brobygger.cli.exitcodes import EXIT_OK as EXIT_OK

#: ``add(name, func, help_text, parent=sub)`` – registers one sub-command (see :mod:`.main`).
AddCommand = Callable[..., argparse.ArgumentParser]


class _Parser(argparse.ArgumentParser):
    """argparse with Danish-first error text; usage errors exit with code 2."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: fejl: {message}\n")


def _open(args: argparse.Namespace, *, create: bool = False) -> Any:
    from brobygger.services import Services

    return Services(_open_location(args, args.database_url or args.data_dir, create=create),
                    allow_cpr=bool(getattr(args, "allow_cpr", False)))


def _open_location(args: argparse.Namespace, location: str | None, *,
                   create: bool = False) -> Any:
    """A workspace from a directory (the laptop file) or a postgresql:// URL (shared)."""
    from brobygger.cli.safety import recovery_key, report_opened
    from brobygger.services.workspaces import open_location

    ws = open_location(location, create=create, no_encryption=args.no_encryption,
                       passphrase_file=args.passphrase_file, recovery_key=recovery_key(args))
    OPENED.append(ws)
    report_opened(ws)
    return ws


#: The workspaces a command opened; :func:`close_opened` closes them when it ends. A
#: clean close records the file as checked, so the next command on a big workspace skips
#: the full integrity check (issue 21: without it every command after the first read all
#: 376 MB of the benchmark workspace – ~5 s of CPU).
OPENED: list[Any] = []


def close_opened() -> None:
    while OPENED:
        ws = OPENED.pop()
        try:
            ws.close()
        except Exception:  # the command's own result stands
            import logging

            logging.getLogger("brobygger.cli").warning("Closing the workspace failed",
                                                       exc_info=True)


def add_group(sub: Any, common: argparse.ArgumentParser, name: str, help_text: str,
              description: str) -> Any:
    """A command with sub-commands (``asks list``, ``log add`` …): registers ``name`` and
    returns its sub-command set (``add(…, parent=group)``); one of them is required, and
    the chosen one is ``args.<name>_command``."""
    p = sub.add_parser(name, parents=[common], help=help_text, description=description)
    group = p.add_subparsers(dest=f"{name}_command", metavar="KOMMANDO", parser_class=_Parser)
    group.required = True
    return group


def add_file_command(add: AddCommand, name: str, func: Callable[[argparse.Namespace], int],
                     help_text: str, file_help: str) -> argparse.ArgumentParser:
    """A command that reads one file into the workspace (``import-bundle``,
    ``import-contacts`` …): registered with ``add`` and given its positional ``FIL``
    (``args.file``), which ``file_help`` describes."""
    p = add(name, func, help_text)
    p.add_argument("file", metavar="FIL", help=file_help)
    return p


def by_id_prefix(rows: Sequence[Any], text: str, noun: str, where: str = "") -> Any:
    """The one record of ``rows`` whose id is ``text`` or starts with it; otherwise a
    NotFoundError saying none or several ``noun`` matched (``where``: a hint after it)."""
    from brobygger.domain.errors import NotFoundError

    found = [r for r in rows if str(r.id).startswith(text.strip().lower())]
    if len(found) != 1:
        raise NotFoundError(f"Fandt {'ingen' if not found else 'flere'} {noun} med id "
                            f"'{text[:40]}'{where}.")
    return found[0]


def _print_table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _date_arg(text: str) -> date:
    from brobygger.domain.errors import ValidationError
    from brobygger.domain.rules import parse_date

    try:
        return parse_date(text, "date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc

