"""The PDF briefs: brief (status), portfolio and handover."""

from __future__ import annotations

import argparse
from typing import Any

from brobygger.cli.common import EXIT_OK, AddCommand, _date_arg, _open
from brobygger.domain.errors import InputError


def _pdf_target(text: str) -> Any:
    from pathlib import Path

    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise InputError(f"Angiv en PDF-fil med --out, fx '{path.with_suffix('.pdf')}'.")
    return path


def _brief_options(args: argparse.Namespace) -> Any:
    from brobygger.services.briefs import DEFAULT_CONFIDENTIALITY, BriefOptions

    confidentiality = (DEFAULT_CONFIDENTIALITY if args.confidentiality is None
                       else args.confidentiality.strip())
    return BriefOptions(author=(args.author or "").strip(), confidentiality=confidentiality,
                        recipient=(getattr(args, "recipient", None) or "").strip())


def cmd_brief(args: argparse.Namespace) -> int:
    from brobygger.services.briefs import status_brief

    out = _pdf_target(args.out)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise InputError("Periodens slutdato (--to) ligger før startdatoen (--from).")
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    # the period defaults to "since the last brief for this initiative" (or its start)
    date_from = args.date_from or svc.brief_settings.default_period_start(initiative)
    if date_from and args.date_to and args.date_to < date_from:
        date_from = None
    path = status_brief(svc, initiative.id, date_from, args.date_to, out,
                        _brief_options(args))
    print(f"Statusnotatet for {initiative.name} er gemt: {path}")
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from brobygger.services.briefs import portfolio_brief

    out = _pdf_target(args.out)
    svc = _open(args)
    ids = [svc.initiatives.find(name).id for name in args.initiative] if args.initiative else None
    path = portfolio_brief(svc, ids, out, _brief_options(args))
    print(f"Porteføljeoverblikket er gemt: {path}")
    return EXIT_OK


def cmd_handover(args: argparse.Namespace) -> int:
    from brobygger.services.briefs import handover_brief

    out = _pdf_target(args.out)
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    path = handover_brief(svc, initiative.id, out, _brief_options(args))
    print(f"Overdragelsesnotatet for {initiative.name} er gemt: {path}")
    return EXIT_OK


def _add_brief_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", "-o", required=True, metavar="FIL.pdf",
                   help="PDF-filen, der skal skrives (erstattes, hvis den findes)")
    p.add_argument("--author", metavar="NAVN", help="hvem notatet er udarbejdet af")
    p.add_argument("--confidentiality", metavar="TEKST",
                   help="fortrolighedslinjen øverst på hver side (standard: 'Fortroligt – "
                        "kun til styregruppen'; '' for ingen)")


def add_commands(add: AddCommand) -> None:
    """``brief``, ``portfolio`` and ``handover``."""
    p = add("brief", cmd_brief, "statusnotat (PDF) til styregruppen for et initiativ og en "
                                "periode")
    p.add_argument("initiative", metavar="INITIATIV", help="initiativets navn eller id")
    p.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATO",
                   help="periodens start (standard: siden sidste statusnotat for "
                        "initiativet, ellers initiativets start)")
    p.add_argument("--for", dest="recipient", metavar="MODTAGER",
                   help="hvem notatet er til, fx 'Hospitalsledelsen, Regionshospitalet "
                        "Viborg'; anmodninger til modtageren står først")
    p.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATO",
                   help="periodens slutning (standard: i dag)")
    _add_brief_options(p)
    p = add("portfolio", cmd_portfolio, "porteføljeoverblik (PDF): en oversigtstabel og en side "
                                        "pr. initiativ")
    p.add_argument("--initiative", "-i", action="append", metavar="INITIATIV",
                   help="kun dette initiativ (navn eller id); kan gentages. Standard: alle")
    _add_brief_options(p)
    p = add("handover", cmd_handover, "overdragelsesnotat (PDF) til en ny leder i et initiativ")
    p.add_argument("initiative", metavar="INITIATIV", help="initiativets navn eller id")
    _add_brief_options(p)
