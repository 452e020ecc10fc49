"""GDPR tools: export everything held about one person, and anonymise a person.

Export (right of access): the person, their organisation, memberships, the log entries
they took part in or are named in, the actions they own, the relationship and plague
assessments they are party to or own, other mentions of their name, and the audit trail
of their record. CPR-like numbers (a patient's, never the person's own data) are masked.

Anonymisation (right to erasure, keeping statistics): name and contact data replaced,
every mention of the full name (and the first + last name) in every text field of every
record replaced by the label, earlier audit events redacted – all in one transaction. The
relationship assessments stay: their scores now belong to the anonymous person.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, or_, select, update
from sqlmodel import Session, col

from brobygger.domain import rules
from brobygger.domain.errors import BrobyggerError, NotFoundError
from brobygger.domain.i18n import _
from brobygger.fileio import PRIVATE, write_atomically
from brobygger.services import audit as trail
from brobygger.services.agreement_entities import person_agreement_records
from brobygger.services.base import as_uuid
from brobygger.services.meeting_views import person_meeting_records
from brobygger.services.privacy import check_cpr, scanned_tables
from brobygger.services.unit_of_work import bump, bump_values, unit_of_work
from brobygger.store import models, scrub
from brobygger.store.models import utcnow
from brobygger.store.workspace import Workspace

EXPORT_FORMAT = "brobygger.person-export"
EXPORT_VERSION = 1
DEFAULT_LABEL = "Anonym person"
# Person fields erased by anonymisation (the name becomes the label, the rest empty).
ERASED_FIELDS = ("name", "title", "phone", "email", "notes")

_LABEL_NUMBER = re.compile(re.escape(DEFAULT_LABEL) + r" (\d+)$")


class GdprExportError(BrobyggerError):
    """The export file could not be written."""


def name_variants(name: str) -> list[str]:
    """The ways a person's name is written in free text: the full name and, for names of
    three or more parts, first + last name. Longest first."""
    parts = name.split()
    if not parts:
        return []
    variants = {" ".join(parts)}
    if len(parts) > 2:
        variants.add(f"{parts[0]} {parts[-1]}")
    return sorted(variants, key=len, reverse=True)


def mention_pattern(name: str) -> re.Pattern[str] | None:
    """Matches a mention of ``name`` as whole words, any case and spacing, with an
    optional genitive s ("Anne Kjærs")."""
    variants = name_variants(name)
    if not variants:
        return None
    alternatives = [r"\s+".join(re.escape(p) for p in v.split()) for v in variants]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?P<gen>s)?(?!\w)",
                      re.IGNORECASE)


def _replacer(label: str) -> Any:
    genitive = "'s" if label[-1:].isdigit() else "s"

    def repl(m: re.Match[str]) -> str:
        return label + (genitive if m.group("gen") else "")
    return repl


def _row_dict(row: Any) -> dict[str, Any]:
    table = row.__table__
    return {c.name: trail.jsonable(getattr(row, c.name)) for c in table.columns}


@dataclass(frozen=True, slots=True)
class AnonymiseResult:
    person_id: uuid.UUID
    label: str
    records_changed: int  # rows whose text named the person (the person row included)
    audit_events_redacted: int
    compacted: bool  # the file was compacted (freed pages with the old text are gone)


class Gdpr:
    """``svc.gdpr``: export and anonymise a person."""

    def __init__(self, ws: Workspace, services: Any) -> None:
        self.ws = ws
        self.services = services

    # -- export ----------------------------------------------------------------------------
    def export_person(self, person_id: object) -> dict[str, Any]:
        """Everything held about one person as a JSON-ready dict (records in the trash
        included; CPR-like numbers masked)."""
        key = as_uuid(person_id, "person_id", "Person")
        with self.ws.read() as s:
            person = s.get(models.Person, key)
            if person is None:
                raise NotFoundError(_("Fandt ikke personen ({key}).", key=key))
            pattern = mention_pattern(person.name)
            initiatives: dict[uuid.UUID | None, str] = {
                i.id: i.name for i in s.scalars(select(models.Initiative))}
            people: dict[uuid.UUID | None, str] = {
                p.id: p.name for p in s.scalars(select(models.Person))}
            orgs: dict[uuid.UUID | None, str] = {
                o.id: o.name for o in s.scalars(select(models.Organisation))}
            org = s.get(models.Organisation, person.organisation_id) \
                if person.organisation_id else None

            memberships = _rows_of(s, models.InitiativeMember, "person_id", key, initiatives)
            entries = _entries_about(s, key, pattern, initiatives)
            actions = _rows_of(s, models.Action, "owner_id", key, initiatives)
            relationships = _relationships_of(s, key, people, initiatives)
            plagues = _rows_of(s, models.PlagueAssessment, "owner_id", key, initiatives)
            # issue 15: the person's own self-reviews, and asks addressed to them
            self_reviews = [_row_dict(r) for r in s.scalars(select(models.SelfReview).where(
                col(models.SelfReview.person_id) == key))]
            asks_to = _rows_of(s, models.Ask, "addressee_person_id", key, initiatives)
            # the records exported in their own right are not "mentions" as well
            skip = {key} | {uuid.UUID(r["id"]) for r in (
                *entries, *actions, *relationships, *plagues, *self_reviews, *asks_to)}
            mentions = [] if pattern is None else [
                {"entity": table, "record_id": str(rid), "field": field,
                 "text": trail.jsonable(value)}
                for table, rid, field, value in self._texts(s)
                if rid not in skip and pattern.search(value)]

            return {
                "format": EXPORT_FORMAT,
                "format_version": EXPORT_VERSION,
                "exported_at": utcnow().isoformat(),
                "exported_by": trail.jsonable(getattr(self.services, "user", "")),
                "person": {**_row_dict(person),
                           "organisation_name": orgs.get(person.organisation_id, "")
                           if person.organisation_id else ""},
                "organisation": _row_dict(org) if org is not None else None,
                "memberships": memberships,
                "log_entries": entries,
                "actions": actions,
                "relationship_assessments": relationships,
                "plague_assessments": plagues,
                **_linked_records(s, key),  # forums, meetings, agreements (issues 16, 17)
                "self_reviews": self_reviews,
                "asks_addressed": asks_to,
                "mentions": mentions,
                "audit_events": _audit_events(s, key),
            }

    @staticmethod
    def _texts(s: Session) -> Iterator[tuple[str, uuid.UUID, str, str]]:
        """(table, id, field, text) of every non-empty text value in the data tables."""
        for table, texts, _jsons in _data_tables():
            for row in s.execute(select(table.c.id, *(table.c[n] for n in texts))):
                values = row._mapping
                rid = values["id"] if isinstance(values["id"], uuid.UUID) \
                    else uuid.UUID(str(values["id"]))
                for n in texts:
                    if isinstance(values[n], str) and values[n]:
                        yield table.name, rid, n, values[n]

    # -- anonymise -------------------------------------------------------------------------
    def next_label(self) -> str:
        """``Anonym person N`` with the next free N."""
        with self.ws.read() as s:
            return self._next_label(s)

    @staticmethod
    def _next_label(s: Session) -> str:
        numbers = [int(m.group(1)) for name in s.scalars(select(col(models.Person.name)))
                   if (m := _LABEL_NUMBER.match(name))]
        return f"{DEFAULT_LABEL} {max(numbers, default=0) + 1}"

    def anonymise_person(self, person_id: object, label: str | None = None, *,
                         compact: bool = True) -> AnonymiseResult:
        """Replace the person's name and contact data, and every mention of the name in
        every text of every record (trash and audit trail included), in one transaction.
        Then (``compact``) the file is compacted so the old text leaves freed pages too.
        Backups taken before keep the old data until they are rotated out."""
        key = as_uuid(person_id, "person_id", "Person")
        user = str(getattr(self.services, "user", ""))
        allow = bool(getattr(self.services, "allow_cpr", False))
        with unit_of_work(self.ws, user=user, allow_cpr=allow) as uow:
            s = uow.session
            person = s.get(models.Person, key)
            if person is None:
                raise NotFoundError(_("Fandt ikke personen ({key}).", key=key))
            new_label = rules.require_text(label if label is not None else
                                           self._next_label(s), "label", "Betegnelse", 300)
            check_cpr({"label": new_label})
            pattern = mention_pattern(person.name)
            repl = _replacer(new_label)

            def scrub_text(value: str) -> str:
                return pattern.sub(repl, value) if pattern is not None else value

            # 1. earlier audit events: the person's erased fields redacted, mentions replaced
            redacted = _scrub_audit_events(s, key, scrub_text)
            s.flush()
            uow.note("updated", models.AuditEvent.__tablename__, redacted)

            # 2. the person row
            erased = {f: getattr(person, f) for f in ERASED_FIELDS}
            person.name = new_label
            for f in ERASED_FIELDS[1:]:
                setattr(person, f, "")
            bump(person)
            s.flush()
            uow.note("updated", models.Person.__tablename__, [key])
            pending = [(models.Person.__tablename__, key, {
                f: [trail.REDACTED if old else old, getattr(person, f)]
                for f, old in erased.items() if old != getattr(person, f)})]

            # 3. mentions in every text field of every record
            changed_rows = 1
            if pattern is not None:
                changed_rows += _scrub_mentions(uow, scrub_text, pending)
            for entity, rid, changes in pending:
                uow.audit(entity, rid, trail.ANONYMISE, changes)
            scrub.rebuild_search_index(s.connection())
            s.expire_all()
        # Inside a caller's larger transaction the file cannot be compacted yet.
        outer = getattr(self.ws, "_active", None)
        joined = outer is not None and outer.get() is not None
        compacted = scrub.compact(self.ws.engine) if compact and not joined else False
        return AnonymiseResult(key, new_label, changed_rows, len(redacted), compacted)


def _data_tables() -> list[tuple[Table, list[str], list[str]]]:
    """Every table with text columns except the audit trail (handled on its own)."""
    return [t for t in scanned_tables() if t[0].name != models.AuditEvent.__tablename__]


# -- export_person's parts ---------------------------------------------------------------------
def _rows_of(s: Session, model: Any, field: str, key: uuid.UUID,
             initiatives: dict[uuid.UUID | None, str]) -> list[dict[str, Any]]:
    """The rows of ``model`` whose ``field`` is the person ``key``, each with the name of
    its initiative."""
    return [{**_row_dict(row), "initiative_name": initiatives.get(row.initiative_id, "")}
            for row in s.scalars(select(model).where(col(getattr(model, field)) == key))]


def _entries_about(s: Session, key: uuid.UUID, pattern: re.Pattern[str] | None,
                   initiatives: Mapping[uuid.UUID | None, str]) -> list[dict[str, Any]]:
    """Log entries the person took part in or is named in, oldest first."""
    took_part = set(s.scalars(select(col(models.LogEntryPerson.entry_id)).where(
        col(models.LogEntryPerson.person_id) == key)))
    entries = []
    for e in s.scalars(select(models.LogEntry).order_by(
            col(models.LogEntry.entry_date), col(models.LogEntry.created_at))):
        reasons = []
        if e.id in took_part:
            reasons.append("deltager")
        if pattern and any(pattern.search(t) for t in (e.title, e.body, e.tags)):
            reasons.append("nævnt")
        if reasons:
            entries.append({**_row_dict(e), "reasons": reasons,
                            "initiative_name": initiatives.get(e.initiative_id, "")})
    return entries


def _relationships_of(s: Session, key: uuid.UUID, people: Mapping[uuid.UUID | None, str],
                      initiatives: Mapping[uuid.UUID | None, str]) -> list[dict[str, Any]]:
    """Relationship assessments with the person as one of the two parties."""
    ra = models.RelationshipAssessment
    out = []
    for r in s.scalars(select(ra).where(or_(col(ra.person_a_id) == key,
                                            col(ra.person_b_id) == key))
                       .order_by(col(ra.assessed_on))):
        other = r.person_b_id if r.person_a_id == key else r.person_a_id
        out.append({**_row_dict(r), "other_party": people.get(other, ""),
                    "initiative_name": initiatives.get(r.initiative_id, "")})
    return out


def _audit_events(s: Session, key: uuid.UUID) -> list[dict[str, Any]]:
    """The audit trail of the person's own record, oldest first."""
    events = [trail.to_dto(ev) for ev in s.scalars(
        select(models.AuditEvent).where(col(models.AuditEvent.record_id) == key)
        .order_by(col(models.AuditEvent.at)))]
    return [{"at": ev.at.isoformat(), "user": ev.user, "action": ev.action,
             "changes": {k: list(v) for k, v in ev.changes.items()}} for ev in events]


# -- anonymise_person's steps ------------------------------------------------------------------
def _scrub_audit_events(s: Session, key: uuid.UUID,
                        scrub_text: Callable[[str], str]) -> list[uuid.UUID]:
    """Redact the person's erased fields in earlier audit events and replace mentions of
    the name in all of them; the ids of the events changed."""
    redacted: list[uuid.UUID] = []
    for event in s.scalars(select(models.AuditEvent)):
        changes = event.changes or {}
        new_changes = {
            field: ([_redact(v) for v in values]
                    if event.record_id == key and field in ERASED_FIELDS
                    else _scrub_json(values, scrub_text))
            for field, values in changes.items()}
        new_user = scrub_text(event.user)
        if new_changes != changes or new_user != event.user:
            event.changes = new_changes
            event.user = new_user
            redacted.append(event.id)
    return redacted


def _scrub_mentions(uow: Any, scrub_text: Callable[[str], str],
                    pending: list[tuple[str, uuid.UUID, dict[str, list[Any]]]]) -> int:
    """Replace mentions of the name in every text field of every record (version bumped,
    noted in the unit of work, its audit changes added to ``pending``); the rows changed."""
    s = uow.session
    changed_rows = 0
    for table, texts, _jsons in _data_tables():
        for row in list(s.execute(select(table.c.id, *(table.c[n] for n in texts)))):
            values = row._mapping
            new_values = {n: scrub_text(values[n]) for n in texts
                          if isinstance(values[n], str) and values[n]}
            new_values = {n: v for n, v in new_values.items() if v != values[n]}
            if not new_values:
                continue
            stmt = update(table).where(table.c.id == values["id"]).values(**new_values)
            if "version" in table.c:
                stmt = stmt.values(**bump_values(table))
            s.execute(stmt)
            changed_rows += 1
            rid = values["id"] if isinstance(values["id"], uuid.UUID) \
                else uuid.UUID(str(values["id"]))
            uow.note("updated", table.name, [rid])
            pending.append((table.name, rid, {
                n: [trail.REDACTED, trail.jsonable(v)] for n, v in new_values.items()}))
    return changed_rows


def _redact(value: Any) -> Any:
    return value if value in (None, "") else trail.REDACTED


def _scrub_json(value: Any, scrub_text: Any) -> Any:
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, list | tuple):
        return [_scrub_json(v, scrub_text) for v in value]
    if isinstance(value, Mapping):
        return {k: _scrub_json(v, scrub_text) for k, v in value.items()}
    return value


# -- writers --------------------------------------------------------------------------------
def _atomic_write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data, mode=PRIVATE)  # personal data: 0600 whatever the umask
    except OSError as exc:
        raise GdprExportError(
            _("Filen {path} kan ikke gemmes ({value}). Vælg en anden mappe, og prøv igen.",
              path=path, value=exc.strerror or exc)) from exc


def write_person_json(data: Mapping[str, Any], path: str | Path) -> Path:
    """Write an export (from :meth:`Gdpr.export_person`) as UTF-8 JSON."""
    target = Path(path)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    _atomic_write(target, (text + "\n").encode("utf-8"))
    return target


def write_person_pdf(data: Mapping[str, Any], path: str | Path) -> Path:
    """Write an export as a readable PDF (Danish)."""
    from brobygger.reports.person_export import render_person_pdf

    target = Path(path)
    _atomic_write(target, render_person_pdf(data))
    return target


def write_person_export(data: Mapping[str, Any], path: str | Path) -> Path:
    """JSON or PDF by the file's suffix (.json, .pdf)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        return write_person_pdf(data, target)
    if suffix == ".json":
        return write_person_json(data, target)
    from brobygger.domain.errors import InputError

    raise InputError(_("Vælg et filnavn, der ender på .json eller .pdf (ikke '{name}').",
                       name=target.name))


def _linked_records(s: Any, key: uuid.UUID) -> dict[str, Any]:
    """For the export: the person's forum and meeting records, and the agreements they own
    or hold the medical responsibility of."""
    return {**person_meeting_records(s, key, _row_dict),
            **person_agreement_records(s, key, _row_dict)}
