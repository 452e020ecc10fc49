"""The plan for a contacts file: organisations (from ORG / Firma) and people, each created,
matched to an existing record (e-mail, then name) or suggested (a near-miss)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from brobygger.domain.i18n import _
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.importing.contacts import ContactRow
from brobygger.exchange.importing.infer import level_from_title, sector_from_name
from brobygger.exchange.importing.matching import Directory, Match, name_key
from brobygger.exchange.importing.plan_log import validate
from brobygger.exchange.importing.source import SourceFile
from brobygger.services.imports import (
    CREATE,
    ERROR,
    KIND_CONTACTS,
    MATCH,
    SKIP,
    SUGGEST,
    ImportPlan,
    PlannedRecord,
    cpr_in,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DEFAULT_SECTOR, DEFAULT_LEVEL = "andet", "medarbejder"


def _matched(rec: PlannedRecord, match: Match) -> None:
    rec.action = MATCH if match.certain else SUGGEST
    rec.target_id, rec.target_label, rec.score = match.id, match.label, match.score
    if match.certain:
        rec.reason = _("Findes: {match}", match=match.describe_da())


def _organisations(rows: Sequence[ContactRow], directory: Directory,
                   default_sector: str | None) -> dict[str, PlannedRecord]:
    orgs: dict[str, PlannedRecord] = {}
    for c in rows:
        key = name_key(c.organisation)
        if not key or f"org:{key}" in orgs:
            continue
        sector = sector_from_name(c.organisation)
        rec = PlannedRecord(c.row, "organisation", CREATE, c.organisation,
                            {"name": c.organisation,
                             "sector": sector or default_sector or DEFAULT_SECTOR},
                            key=f"org:{key}", needs=() if sector else ("sector",))
        if len(c.organisation) > 300:
            rec.action, rec.reason = ERROR, _("organisationens navn er over 300 tegn")
        elif (hit := directory.organisations.exact(c.organisation)) is not None:
            _matched(rec, hit)
        orgs[rec.key] = rec
    open_ = [r for r in orgs.values() if r.action == CREATE]
    for rec, hit in zip(open_, directory.organisations.fuzzy([r.label for r in open_]),
                        strict=True):
        if hit is not None:
            _matched(rec, hit)
    for rec in orgs.values():
        rec.cpr = cpr_in(rec.values)
    return orgs


def _person(c: ContactRow, default_level: str | None) -> PlannedRecord:
    level = level_from_title(c.title)
    email, notes, reason = c.email.strip(), c.notes, ""
    if email and not _EMAIL.match(email):
        notes = "\n".join(x for x in (notes, _("E-mail i kontaktfilen: {email}",
                                                email=email)) if x)
        email, reason = "", _("»{email}« ligner ikke en e-mailadresse – den står i noterne",
                              email=c.email)
    values: dict[str, Any] = {"name": c.name, "title": c.title[:300], "phone": c.phone[:64],
                              "email": email, "notes": notes,
                              "level": level or default_level or DEFAULT_LEVEL}
    rec = PlannedRecord(c.row, "person", CREATE, c.name, values, key=f"person:{c.row}",
                        reason=reason, needs=() if level else ("level",))
    if c.organisation.strip():
        rec.refs["organisation_id"] = f"org:{name_key(c.organisation)}"
        rec.label = f"{c.name} ({c.organisation})"
    if len(c.name) > 300:
        rec.action, rec.reason = ERROR, _("navnet er over 300 tegn")
    return rec


@gc_paused()
def plan_contacts(svc: Any, rows: Sequence[ContactRow], src: SourceFile, *,
                  default_sector: str | None = None,
                  default_level: str | None = None) -> ImportPlan:
    """What importing ``rows`` would do; reads only."""
    directory = Directory(svc)
    orgs = _organisations(rows, directory, default_sector)
    people: list[PlannedRecord] = []
    seen: dict[str, int] = {}
    for c in rows:
        if not c.name.strip():
            if not c.organisation.strip():
                people.append(PlannedRecord(
                    c.row, "person", SKIP, _("(uden navn)"),
                    reason=_("kontakten har hverken navn eller firma")))
            continue
        rec = _person(c, default_level)
        dup_keys = [k for k in (c.email.strip().casefold(), name_key(c.name)) if k]
        first = next((seen[k] for k in dup_keys if k in seen), None)
        if first is not None:
            rec.action, rec.reason = SKIP, _("samme person som række {row}", row=first)
        elif rec.action != ERROR and (hit := directory.people.exact(
                c.name, rec.values["email"])) is not None:
            _matched(rec, hit)
        for k in dup_keys:
            seen.setdefault(k, c.row)
        rec.cpr = cpr_in(rec.values)
        people.append(rec)
    open_ = [r for r in people if r.action == CREATE]
    for rec, hit in zip(open_, directory.people.fuzzy([r.values["name"] for r in open_]),
                        strict=True):
        if hit is not None:
            _matched(rec, hit)
    # the records' own rules now (a row that breaks them is shown as an error before
    # anything is written), and the cleaned data kept for the write
    validate(svc, list(orgs.values()), svc.organisations)
    validate(svc, people, svc.people)
    return ImportPlan(KIND_CONTACTS, src.name, src.sha256, [*orgs.values(), *people])
