"""brobygger-cli – the headless commands over the services.

Exit codes: 0 ok; 2 bad input (message on stderr, nothing written); 1 any other error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from brobygger import __version__
from brobygger.domain.errors import BrobyggerError, CprFoundError, InputError

EXIT_OK, EXIT_ERROR, EXIT_INPUT = 0, 1, 2

log = logging.getLogger("brobygger.cli")


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
    from brobygger.store.crypto import NONE, env_passphrase_prompt
    from brobygger.store.workspace import Workspace

    if location and location.startswith("postgresql"):
        return Workspace.open_url(location, password=_db_password)
    return Workspace.open(location, create=create,
                          encryption=NONE if args.no_encryption else None,
                          passphrase=env_passphrase_prompt(args.passphrase_file))


def _db_password(new: bool, reason: str) -> str | None:
    import os

    return os.environ.get("BROBYGGER_DB_PASSWORD") or None


def cmd_transfer(args: argparse.Namespace) -> int:
    from brobygger.store.transfer import copy_workspace

    source = _open_location(args, args.source)
    target = _open_location(args, args.target, create=True)
    try:
        counts = copy_workspace(source, target)
    finally:
        source.close()
        target.close()
    total = sum(counts.values())
    print(f"Flyttet: {total} rækker fra {source.location} til {target.location}; "
          "antallene er kontrolleret.")
    return EXIT_OK


def _print_table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


# -- commands ----------------------------------------------------------------------------
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


def cmd_initiatives(args: argparse.Namespace) -> int:
    from brobygger.domain.catalogue import INITIATIVE_STATUSES
    from brobygger.domain.rules import format_date_short

    svc = _open(args)
    rows = []
    for i in svc.initiatives.list(status=args.status):
        rows.append((i.name, INITIATIVE_STATUSES.label(i.status),
                     format_date_short(i.start_date) if i.start_date else "", str(i.id)))
    if not rows:
        print("Ingen initiativer endnu. Opret et i programmet, eller indlæs eksemplet med "
              "'brobygger-cli demo'.")
        return EXIT_OK
    _print_table(rows, ("Initiativ", "Status", "Start", "Id"))
    return EXIT_OK


def cmd_log_add(args: argparse.Namespace) -> int:
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative) if args.initiative else None
    participants = [svc.people.find(p).id for p in args.participant or []]
    entry = svc.log.create(
        initiative_id=initiative.id if initiative else None,
        entry_date=args.date or date.today(), type=args.type, title=args.title,
        body=args.body or "", tags=args.tags or "", participants=participants,
        plagues=args.plague or [], barriers=args.barrier or [],
        decision_status=args.status, escalation_level=args.escalation,
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
    return LogFilter(initiative_id=initiative.id if initiative else None,
                     type=getattr(args, "type", None), date_from=start, date_to=end,
                     plague=getattr(args, "plague", None), barrier=getattr(args, "barrier", None),
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


def cmd_check(args: argparse.Namespace) -> int:
    from brobygger.store.workspace import head_revision

    svc = _open(args)
    result = svc.ws.quick_check()
    revision = svc.ws.schema_revision()
    print(f"Arbejdsområde: {svc.ws.location}")
    print(f"Skemaversion: {revision} (nyeste kendte: {head_revision()})")
    print(f"Integritet: {result}")
    return EXIT_OK if result == "ok" and revision == head_revision() else EXIT_ERROR


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

    from brobygger import paths
    from brobygger.store import backup
    from brobygger.store.crypto import env_passphrase_prompt
    from brobygger.store.lock import WorkspaceLock
    from brobygger.store.workspace import workspace_key

    directory = paths.data_dir(args.data_dir)
    backups = backup.list_backups(directory)
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
    key, _ = workspace_key(directory, env_passphrase_prompt(args.passphrase_file))
    with WorkspaceLock(directory):
        safety = backup.restore(directory, chosen, key)
    print(f"Gendannet fra {chosen.name}.")
    if safety:
        print(f"Det tidligere indhold er gemt i {safety}")
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace) -> int:
    from brobygger import paths
    from brobygger.store.crypto import PASSPHRASE, env_passphrase_prompt
    from brobygger.store.lock import WorkspaceLock
    from brobygger.store.workspace import encrypt_in_place

    directory = paths.data_dir(args.data_dir)
    with WorkspaceLock(directory):
        safety = encrypt_in_place(directory, PASSPHRASE if args.passphrase else None,
                                  env_passphrase_prompt(args.passphrase_file))
    print(f"Arbejdsområdet er nu krypteret. Sikkerhedskopi fra før: {safety}")
    return EXIT_OK


# -- privacy: CPR scan, audit trail, GDPR ----------------------------------------------------
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


def _short(value: object, width: int = 70) -> str:
    text = "–" if value is None or value == "" else str(value).replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def cmd_history(args: argparse.Namespace) -> int:
    from brobygger.services.audit import ACTION_LABELS_DA

    svc = _open(args)
    events = svc.audit.history(args.record_id)
    if not events:
        print(f"Ingen ændringer registreret for {args.record_id}.")
        return EXIT_OK
    for ev in events:
        print(f"{ev.at.astimezone():%d-%m-%Y %H:%M:%S}  {ev.user or '–'}  "
              f"{ACTION_LABELS_DA.get(ev.action, ev.action)} ({ev.entity})")
        for field, (old, new) in ev.changes.items():
            print(f"    {field}: {_short(old)} → {_short(new)}")
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


# -- briefs (PDF) --------------------------------------------------------------------------
def _pdf_target(text: str) -> Any:
    from pathlib import Path

    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise InputError(f"Angiv en PDF-fil med --out, fx '{path.with_suffix('.pdf')}'.")
    return path


def _brief_options(args: argparse.Namespace) -> Any:
    from brobygger.reports import DEFAULT_CONFIDENTIALITY, BriefOptions

    confidentiality = (DEFAULT_CONFIDENTIALITY if args.confidentiality is None
                       else args.confidentiality.strip())
    return BriefOptions(author=(args.author or "").strip(), confidentiality=confidentiality)


def cmd_brief(args: argparse.Namespace) -> int:
    from brobygger.reports import status_brief

    out = _pdf_target(args.out)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise InputError("Periodens slutdato (--to) ligger før startdatoen (--from).")
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    path = status_brief(svc, initiative.id, args.date_from, args.date_to, out,
                        _brief_options(args))
    print(f"Statusnotatet for {initiative.name} er gemt: {path}")
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from brobygger.reports import portfolio_brief

    out = _pdf_target(args.out)
    svc = _open(args)
    ids = [svc.initiatives.find(name).id for name in args.initiative] if args.initiative else None
    path = portfolio_brief(svc, ids, out, _brief_options(args))
    print(f"Porteføljeoverblikket er gemt: {path}")
    return EXIT_OK


def cmd_handover(args: argparse.Namespace) -> int:
    from brobygger.reports import handover_brief

    out = _pdf_target(args.out)
    svc = _open(args)
    initiative = svc.initiatives.find(args.initiative)
    path = handover_brief(svc, initiative.id, out, _brief_options(args))
    print(f"Overdragelsesnotatet for {initiative.name} er gemt: {path}")
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------
def _date_arg(text: str) -> date:
    from brobygger.domain.errors import ValidationError
    from brobygger.domain.rules import parse_date

    try:
        return parse_date(text, "date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def build_parser() -> argparse.ArgumentParser:
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
    parser = _Parser(
        prog="brobygger-cli", parents=[common],
        description="Brobygger uden vinduer: samarbejdslog, søgning og relationer "
                    "for tværsektorielle ledere.",
        epilog="Afslutningskoder: 0 ok, 2 forkert input (intet er gemt), 1 anden fejl.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    sub.required = True

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
            parent: Any = sub) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, "opret (eller opgrader) arbejdsområdet")
    add("demo", cmd_demo, "indlæs eksempel-arbejdsområdet med de fire cases i et tomt "
                          "arbejdsområde")
    p = add("initiatives", cmd_initiatives, "list initiativerne")
    p.add_argument("--status", help="kun initiativer med denne status (fx drift)")

    log_p = sub.add_parser("log", parents=[common], help="samarbejdsloggen: tilføj og list",
                           description="Samarbejdsloggen.")
    log_sub = log_p.add_subparsers(dest="log_command", metavar="KOMMANDO", parser_class=_Parser)
    log_sub.required = True
    p = add("add", cmd_log_add, "tilføj en logindførsel", log_sub)
    p.add_argument("--initiative", "-i", help="initiativets navn eller id")
    p.add_argument("--type", "-t", required=True,
                   help="moede, beslutning, aftale, haendelse, eskalering, observation, resultat")
    p.add_argument("--date", "-d", type=_date_arg, help="dato (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ); "
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

    def add_filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--initiative", "-i", help="kun dette initiativ (navn eller id)")
        p.add_argument("--type", "-t", help="kun denne type")
        p.add_argument("--from", dest="date_from", help="fra dato")
        p.add_argument("--to", dest="date_to", help="til dato")
        p.add_argument("--plague", help="kun indførsler knyttet til denne plage")
        p.add_argument("--barrier", help="kun indførsler knyttet til denne barriere")
        p.add_argument("--limit", type=int, default=50, help="højst så mange (standard 50)")

    p = add("list", cmd_log_list, "list logindførsler, nyeste først", log_sub)
    add_filters(p)
    p = add("search", cmd_search, "fritekstsøgning i loggen (titel, tekst og mærker)")
    p.add_argument("query", metavar="SØGNING", help="søgeord; alle ord skal findes")
    add_filters(p)

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

    add("check", cmd_check, "tjek databasens integritet og skemaversion")
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
    p = add("scan", cmd_scan, "find CPR-lignende numre i gemte data (vises maskeret); "
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

    def add_brief_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", "-o", required=True, metavar="FIL.pdf",
                       help="PDF-filen, der skal skrives (erstattes, hvis den findes)")
        p.add_argument("--author", metavar="NAVN", help="hvem notatet er udarbejdet af")
        p.add_argument("--confidentiality", metavar="TEKST",
                       help="fortrolighedslinjen øverst på hver side (standard: 'Fortroligt – "
                            "kun til styregruppen'; '' for ingen)")

    p = add("brief", cmd_brief, "statusnotat (PDF) til styregruppen for et initiativ og en "
                                "periode")
    p.add_argument("initiative", metavar="INITIATIV", help="initiativets navn eller id")
    p.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATO",
                   help="periodens start (standard: initiativets start)")
    p.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATO",
                   help="periodens slutning (standard: i dag)")
    add_brief_options(p)
    p = add("portfolio", cmd_portfolio, "porteføljeoverblik (PDF): en oversigtstabel og en side "
                                        "pr. initiativ")
    p.add_argument("--initiative", "-i", action="append", metavar="INITIATIV",
                   help="kun dette initiativ (navn eller id); kan gentages. Standard: alle")
    add_brief_options(p)
    p = add("handover", cmd_handover, "overdragelsesnotat (PDF) til en ny leder i et initiativ")
    p.add_argument("initiative", metavar="INITIATIV", help="initiativets navn eller id")
    add_brief_options(p)
    from brobygger.selftest import cmd_selftest

    add("selftest", cmd_selftest, "kontrollér installationen: arbejdsområde, kryptering, "
                                  "PDF og Qt – uden vinduer og uden at røre dine data")
    from brobygger.exchange.commands import add_commands  # export-bundle, import-bundle, export

    add_commands(add)
    from brobygger.exchange.import_commands import add_commands as add_imports

    add_imports(add, _date_arg)  # import-contacts, import-log, import-calendar, undo-import
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("data_dir", None), ("passphrase_file", None), ("database_url", None),
                          ("no_encryption", False), ("allow_cpr", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        code: int = args.func(args)
        return code
    except CprFoundError as exc:
        print(f"Fejl: {exc.message} Gem alligevel med --allow-cpr.", file=sys.stderr)
        return EXIT_INPUT
    except InputError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    except BrobyggerError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as exc:  # a bug: say so without a traceback wall
        log.debug("unexpected error", exc_info=True)
        print(f"Uventet fejl ({type(exc).__name__}): {exc}. Intet er ændret. "
              "Kør med BROBYGGER_DEBUG=1 for detaljer, og meld fejlen.", file=sys.stderr)
        if __import__("os").environ.get("BROBYGGER_DEBUG"):
            raise
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
