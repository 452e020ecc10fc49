"""Agreements (issue 17): ``agreements list|add|version|deviation|transfer``,
``brief-agreements --out`` (the follow-up brief) and ``review`` (content findings: task
transfers without a medical responsible, reviews overdue). ``check`` keeps its meaning
(the workspace file's integrity) and its exit codes; ``review`` looks at the content."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from brobygger.cli.common import EXIT_OK, AddCommand, _date_arg, _open, _print_table, by_id_prefix


def _agreement(svc: Any, text: str) -> Any:
    return svc.agreements.agreements.find(text)


# The optional free texts of a deviation and of a task transfer: (field, help). Each is an
# option ``--field`` (``_`` as ``-``) and goes to the service as ``field`` ("" when left out).
DEVIATION_TEXTS = (
    ("theme", "tema (grupperer afvigelserne i opfølgningen)"),
    ("rule", "reglen, der blev brudt"), ("reason", "hvorfor"),
    ("effect", "hvad det kostede eller sparede"), ("proposal", "hvad der bør ændres"))
TRANSFER_TEXTS = (
    ("from_profession", "fra faggruppe"), ("to_profession", "til faggruppe"),
    ("competencies", "krævede kompetencer"), ("assurance", "hvordan kompetencerne sikres"))


def _add_texts(p: argparse.ArgumentParser, texts: tuple[tuple[str, str], ...]) -> None:
    for field, help_text in texts:
        p.add_argument("--" + field.replace("_", "-"), help=help_text)


def _texts(args: argparse.Namespace, texts: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {field: getattr(args, field) or "" for field, _help in texts}


def cmd_agreements_list(args: argparse.Namespace) -> int:
    from brobygger.domain.agreements import AGREEMENT_KINDS, AGREEMENT_STATUSES
    from brobygger.domain.rules import format_date_short

    svc = _open(args)
    day = args.date or date.today()
    forum = svc.meetings.forums.find(args.forum).id if args.forum else None
    initiative = [svc.initiatives.find(args.initiative).id] if args.initiative else None
    lines = svc.agreements.register(day, forum_id=forum, initiative_ids=initiative)
    if args.due:
        lines = [ln for ln in lines if ln.review_due]
    if not lines:
        print("Ingen aftaler matcher.")
        return EXIT_OK
    rows = []
    for ln in lines:
        a = ln.agreement
        flags = []
        if ln.review_due:
            flags.append("TIL REVISION")
        if ln.transfers_flagged:
            flags.append(f"{ln.transfers_flagged} UDEN LÆGELIGT ANSVAR")
        rows.append((str(a.id)[:8], a.title[:50], AGREEMENT_KINDS.label(a.kind),
                     f"{a.version_label} ({ln.versions})"[:24],
                     AGREEMENT_STATUSES.label(a.status),
                     format_date_short(a.review_on) if a.review_on else "",
                     str(ln.deviations), " ".join(flags)))
    _print_table(rows, ("Id", "Aftale", "Type", "Version (antal)", "Status", "Revision",
                        "Afvigelser", "Bemærk"))
    due = sum(1 for ln in lines if ln.review_due)
    print(f"\n{len(lines)} aftaler, heraf {sum(ln.in_force for ln in lines)} i kraft og {due} "
          "til revision.")
    return EXIT_OK


def _warn(svc: Any, review_on: date | None, new: bool) -> None:
    from brobygger.services.agreements import agreement_warnings

    for text in agreement_warnings(review_on=review_on, is_new=new):
        print(f"Advarsel: {text}", file=sys.stderr)


def cmd_agreements_add(args: argparse.Namespace) -> int:
    svc = _open(args)
    parties = [svc.organisations.find(p).id for p in args.party or ()]
    initiatives = [svc.initiatives.find(i).id for i in args.initiative or ()]
    forum = svc.meetings.forums.find(args.forum).id if args.forum else None
    owner = svc.people.find(args.owner).id if args.owner else None
    a = svc.agreements.agreements.create(
        kind=args.kind, title=args.title, version_label=args.version or "1",
        status=args.status or "udkast", in_force_from=args.date_from, in_force_to=args.date_to,
        review_on=args.review, forum_id=forum, owner_id=owner, document_ref=args.document or "",
        summary=args.summary or "", parties=parties, initiative_ids=initiatives)
    _warn(svc, a.review_on, True)
    print(f"Aftalen er gemt (id {str(a.id)[:8]}).")
    return EXIT_OK


def cmd_agreements_version(args: argparse.Namespace) -> int:
    svc = _open(args)
    old = _agreement(svc, args.agreement)
    extra: dict[str, Any] = {}
    if args.review:
        extra["review_on"] = args.review
    new = svc.agreements.supersede(old.id, in_force_from=args.date_from,
                                   version_label=args.version or "", **extra)
    print(f"Version {new.version_label} afløser version {old.version_label} fra "
          f"{args.date_from:%d-%m-%Y}; begge er bevaret (id {str(new.id)[:8]}).")
    return EXIT_OK


def cmd_agreements_deviation(args: argparse.Namespace) -> int:
    svc = _open(args)
    a = _agreement(svc, args.agreement)
    d = svc.agreements.deviations.create(
        agreement_id=a.id, observed_on=args.date or date.today(), title=args.title,
        recorded_by=svc.author, **_texts(args, DEVIATION_TEXTS))
    print(f"Afvigelsen er gemt på '{a.title}' (id {str(d.id)[:8]}).")
    return EXIT_OK


def cmd_agreements_link(args: argparse.Namespace) -> int:
    from brobygger.services import LogFilter

    svc = _open(args)
    a = _agreement(svc, args.agreement)
    entry = by_id_prefix(svc.log.list(LogFilter()), args.entry, "logindførsler")
    deviation = None
    if args.deviation:
        ids = [v.id for v in svc.agreements.versions(a.id)]
        deviation = by_id_prefix(svc.agreements.deviations.list(ids), args.deviation,
                               "afvigelser").id
    svc.agreements.link_entry(a.id, entry.id, deviation)
    print(f"Logindførslen '{entry.title}' er knyttet til '{a.title}'.")
    return EXIT_OK


def cmd_agreements_transfer(args: argparse.Namespace) -> int:
    svc = _open(args)
    a = _agreement(svc, args.agreement) if args.agreement else None
    org = svc.organisations.find
    t = svc.agreements.transfers.create(
        agreement_id=a.id if a else None, task=args.task,
        from_org_id=org(args.from_org).id if args.from_org else None,
        to_org_id=org(args.to_org).id if args.to_org else None,
        medical_responsible=args.medical or "",
        medical_org_id=org(args.medical_org).id if args.medical_org else None,
        initiative_id=a.initiative_ids[0] if a and a.initiative_ids else None,
        **_texts(args, TRANSFER_TEXTS))
    print(f"Opgaveoverdragelsen er gemt (id {str(t.id)[:8]}).")
    from brobygger.services.agreements import is_flagged
    if is_flagged(t):
        print("Advarsel: ingen har det lægelige ansvar for opgaven – den er markeret.",
              file=sys.stderr)
    return EXIT_OK


def cmd_agreements_search(args: argparse.Namespace) -> int:
    from brobygger.exchange.records import entity_label

    svc = _open(args)
    hits = svc.agreements.search(args.text)
    if not hits:
        print("Ingen aftaler, afvigelser eller opgaveoverdragelser matcher.")
        return EXIT_OK
    _print_table([(str(i)[:8], entity_label(e).capitalize(), title[:70]) for e, i, title in hits],
                 ("Id", "Hvad", "Titel"))
    return EXIT_OK


def cmd_brief_agreements(args: argparse.Namespace) -> int:
    from brobygger.cli.briefs import _pdf_target
    from brobygger.domain.errors import InputError
    from brobygger.services.agreement_brief import agreement_brief

    out = _pdf_target(args.out)
    if bool(args.agreement) == bool(args.forum):
        raise InputError("Angiv enten --agreement eller --forum.")
    svc = _open(args)
    agreement = _agreement(svc, args.agreement).id if args.agreement else None
    forum = svc.meetings.forums.find(args.forum).id if args.forum else None
    path = agreement_brief(svc, out, agreement_id=agreement, forum_id=forum,
                           start=args.date_from, end=args.date_to,
                           author=(args.author or "").strip(),
                           confidentiality=args.confidentiality)
    print(f"Opfølgningen på aftaler er gemt: {path}")
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    svc = _open(args)
    findings = svc.agreements.findings(args.date or date.today())
    if not findings:
        print("Ingen fund: alle opgaveoverdragelser har en lægeligt ansvarlig, og ingen aftale "
              "har overskredet sin revisionsdato.")
        return EXIT_OK
    for f in findings:
        print(f"- {f.text} ({f.entity} {str(f.record_id)[:8]})")
    print(f"\n{len(findings)} fund. 'review' ser på indholdet; 'check' på filens sundhed.")
    return EXIT_OK


def add_commands(add: AddCommand, sub: Any, common: argparse.ArgumentParser) -> None:
    """``agreements …``, ``brief-agreements`` and ``review``."""
    from brobygger.cli.common import add_group

    ag = add_group(sub, common, "agreements", "aftaleregistret: list, opret, ny version, "
                   "afvigelse, opgaveoverdragelse",
                   "Aftaler med versioner, afvigelser og opgaveoverdragelser.")
    _add_agreement_commands(add, ag)

    p = add("brief-agreements", cmd_brief_agreements,
            "opfølgning på aftaler (PDF) for én aftale eller et forums aftaler")
    p.add_argument("--agreement", help="aftalens titel eller id")
    p.add_argument("--forum", help="alle aftaler godkendt af dette forum")
    p.add_argument("--from", dest="date_from", type=_date_arg,
                   help="periodens start (standard: et år før slutdatoen)")
    p.add_argument("--to", dest="date_to", type=_date_arg,
                   help="periodens slutdato (standard: i dag); versionen i kraft den dag vises")
    p.add_argument("--out", "-o", required=True, metavar="FIL.pdf", help="PDF-filen")
    p.add_argument("--author", metavar="NAVN", help="hvem notatet er udarbejdet af")
    p.add_argument("--confidentiality", metavar="TEKST", help="fortrolighedslinjen")
    p = add("review", cmd_review,
            "indholdsfund: opgaveoverdragelser uden lægeligt ansvarlig, aftaler over "
            "revisionsdatoen (afslutningskode 0; 'check' tjekker filen)")
    p.add_argument("--date", "-d", type=_date_arg, help="dato; standard: i dag")


def _add_agreement_commands(add: AddCommand, ag: Any) -> None:
    """The sub-commands of ``agreements``."""
    p = add("list", cmd_agreements_list, "list aftaler (den gældende version af hver)", ag)
    p.add_argument("--forum", help="kun aftaler godkendt af dette forum")
    p.add_argument("--initiative", "-i", help="kun aftaler for dette initiativ")
    p.add_argument("--due", action="store_true", help="kun aftaler til revision")
    p.add_argument("--date", "-d", type=_date_arg, help="vis versionen på denne dato")
    p = add("add", cmd_agreements_add, "opret en aftale", ag)
    p.add_argument("--kind", required=True,
                   help="sundhedsaftale, samarbejdsaftale, forloebsbeskrivelse, "
                        "opgavebeskrivelse, opgaveoverdragelse, driftsaftale, lokal_aftale")
    p.add_argument("--title", required=True, help="titel")
    p.add_argument("--status", help="udkast, godkendt, i_kraft, til_revision, udloebet")
    p.add_argument("--version", help="versionsbetegnelse (standard: 1)")
    p.add_argument("--from", dest="date_from", type=_date_arg, help="i kraft fra")
    p.add_argument("--to", dest="date_to", type=_date_arg, help="i kraft til")
    p.add_argument("--review", type=_date_arg, help="revideres senest")
    p.add_argument("--party", action="append", help="part (organisation); kan gentages")
    p.add_argument("--initiative", "-i", action="append",
                   help="initiativ, aftalen tjener; kan gentages")
    p.add_argument("--forum", help="forummet, der godkendte aftalen")
    p.add_argument("--owner", help="aftalens ejer (person)")
    p.add_argument("--document", help="hvor dokumentet ligger (sti eller link)")
    p.add_argument("--summary", help="kort resumé")
    p = add("search", cmd_agreements_search,
            "søg i aftaler, afvigelser og opgaveoverdragelser (alle ord skal findes)", ag)
    p.add_argument("text", metavar="TEKST", help="ord at søge efter")
    p = add("version", cmd_agreements_version,
            "ny version, der afløser den gældende (begge bevares)", ag)
    p.add_argument("agreement", metavar="AFTALE", help="aftalens titel eller id")
    p.add_argument("--from", dest="date_from", type=_date_arg, required=True,
                   help="den nye version gælder fra")
    p.add_argument("--version", help="versionsbetegnelse (standard: næste nummer)")
    p.add_argument("--review", type=_date_arg, help="ny revisionsdato")
    p = add("deviation", cmd_agreements_deviation, "registrér en afvigelse fra en aftale", ag)
    p.add_argument("agreement", metavar="AFTALE", help="aftalens titel eller id")
    p.add_argument("--title", required=True, help="hvad skete der")
    _add_texts(p, DEVIATION_TEXTS)
    p.add_argument("--date", "-d", type=_date_arg, help="dato; standard: i dag")
    p = add("link", cmd_agreements_link,
            "knyt en logindførsel til en aftale (og evt. en af dens afvigelser)", ag)
    p.add_argument("agreement", metavar="AFTALE", help="aftalens titel eller id")
    p.add_argument("--entry", required=True, help="logindførslens id (de første tegn er nok)")
    p.add_argument("--deviation", help="afvigelsens id (de første tegn er nok)")
    p = add("transfer", cmd_agreements_transfer, "registrér en opgaveoverdragelse", ag)
    p.add_argument("--task", required=True, help="opgaven")
    p.add_argument("--agreement", help="aftalen bag (titel eller id)")
    p.add_argument("--from-org", help="fra organisation")
    p.add_argument("--to-org", help="til organisation")
    p.add_argument("--medical", help="hvem har det lægelige ansvar")
    p.add_argument("--medical-org", help="organisationen med det lægelige ansvar")
    _add_texts(p, TRANSFER_TEXTS)
