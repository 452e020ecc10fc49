"""Writing an import (issue 20): the plan the import engine
(:mod:`brobygger.exchange.importing`) built from a file, applied in ONE transaction after
a backup – or nothing at all.

A plan is a list of :class:`PlannedRecord` – each one row of the file and what will
happen to it: ``create``, ``match`` (an existing record, nothing written), ``suggest`` (a
near-miss the user may confirm), ``update`` (an event changed in the calendar and not
edited here), ``unchanged`` (already imported), ``conflict`` (changed in the calendar
*and* edited here: shown, never overwritten), ``skip`` (with the reason) or ``error``
(bad data, e.g. 31-02-2025: the whole import is refused unless the user skips them).

Every text passes the CPR guard: a row with a CPR-like number is masked or skipped, as the
user chooses. The write goes through the unit of work (:mod:`brobygger.services.unit_of_work`): one
transaction, the CPR guard, the audit rows in one statement, and a ``Changes`` record for
the views. The audit trail gets one ``create`` event per record and one ``import`` event
naming the source file and its SHA-256; :mod:`brobygger.services.import_undo` undoes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from brobygger.domain.cpr import find_cpr, mask_cpr
from brobygger.domain.errors import BrobyggerError, InputError, ValidationError
from brobygger.domain.i18n import N_, _, ngettext
from brobygger.services import audit as trail
from brobygger.services.unit_of_work import UnitOfWork, unit_of_work
from brobygger.store import backup, models

KIND_CONTACTS, KIND_LOG, KIND_CALENDAR = "contacts", "log", "calendar"
# The labels are Danish, marked for gettext: show them with _(label)
KIND_LABELS_DA = {KIND_CONTACTS: N_("kontakter"), KIND_LOG: N_("logbog fra regneark"),
                  KIND_CALENDAR: N_("møder fra kalender")}
CREATE, MATCH, SUGGEST, UPDATE, UNCHANGED, CONFLICT, SKIP, ERROR = (
    "create", "match", "suggest", "update", "unchanged", "conflict", "skip", "error")
ACTION_LABELS_DA = {CREATE: N_("Oprettes"), MATCH: N_("Findes allerede"),
                    SUGGEST: N_("Forslag"), UPDATE: N_("Opdateres"),
                    UNCHANGED: N_("Allerede importeret"), CONFLICT: N_("Konflikt"),
                    SKIP: N_("Springes over"), ERROR: N_("Fejl")}
ENTITY_LABELS_DA = {"organisation": N_("Organisation"), "person": N_("Person"),
                    "log_entry": N_("Logindførsel"), "meeting": N_("Møde")}
CPR_MASK, CPR_SKIP = "mask", "skip"
AUDIT_IMPORT, AUDIT_UNDO = "import", "fortryd_import"
_TEXT_FIELDS = ("name", "title", "body", "notes", "tags", "phone", "email", "place")
PROGRESS_EVERY = 250

Progress = Callable[[int, int], None]


class ImportCancelled(BrobyggerError):
    """The user cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("Importen blev afbrudt. Intet er skrevet."))


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A near-miss inside a row: ``text`` in the file looks like the record ``target_id``
    (``field``: ``participants`` or ``initiative_id``). Used only when confirmed."""

    field: str
    text: str
    target_id: uuid.UUID
    target_label: str
    score: int


@dataclass(eq=False, slots=True)
class PlannedRecord:
    """One row of the file and what the import does with it. ``values`` are the service
    fields; ``refs`` maps a field to the ``key`` of another planned record (a person's new
    organisation); ``needs`` lists fields the user should choose in the preview."""

    row: int
    entity: str
    action: str
    label: str
    values: dict[str, Any] = field(default_factory=dict)
    key: str = ""
    source_hash: str = ""
    target_id: uuid.UUID | None = None
    target_label: str = ""
    score: int = 0
    reason: str = ""
    refs: dict[str, str] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    accepted: bool = False
    cpr: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    unmatched: tuple[str, ...] = ()  # names in the file that matched nobody
    # (values, clean(values)) when the plan already validated them: the write reuses the
    # cleaned data while the values are unchanged and nothing is added (suggestions, masks)
    validated: tuple[dict[str, Any], dict[str, Any]] | None = None

    def effective(self, accept_all: bool = False) -> str:
        """The action once the user's confirmation is taken into account: a confirmed
        suggestion is a match, an unconfirmed one a new record."""
        if self.action == SUGGEST:
            return MATCH if (self.accepted or accept_all) else CREATE
        return self.action

    def describe_da(self) -> str:
        """The preview's "Hvorfor" column."""
        if self.action == SUGGEST:
            return _("Ligner »{label}« ({score} %) – bekræft for at bruge den",
                     label=self.target_label, score=self.score)
        parts = [self.reason] if self.reason else []
        parts += [_("»{text}« ligner {label} ({score} %)", text=s.text, label=s.target_label,
                    score=s.score) for s in self.suggestions]
        if self.unmatched:
            parts.append(_("ikke fundet (står i teksten): {names}",
                           names=", ".join(self.unmatched)))
        if self.cpr:
            parts.append(_("CPR-lignende nummer: {numbers}", numbers=", ".join(self.cpr)))
        return "; ".join(p for p in parts if p)


@dataclass(eq=False, slots=True)
class ImportPlan:
    """What importing one file will do. ``notes`` are remarks for the whole file."""

    kind: str
    source_name: str
    source_hash: str
    records: list[PlannedRecord]
    notes: list[str] = field(default_factory=list)
    forum_id: uuid.UUID | None = None  # a calendar imported as meetings of this forum

    def count(self, action: str, entity: str | None = None) -> int:
        return sum(1 for r in self.records
                   if r.action == action and (entity is None or r.entity == entity))

    @property
    def errors(self) -> list[PlannedRecord]:
        return [r for r in self.records if r.action == ERROR]

    @property
    def cpr_rows(self) -> list[PlannedRecord]:
        return [r for r in self.records if r.cpr and r.action in (CREATE, SUGGEST, UPDATE)]

    def summary_da(self) -> str:
        counts = [(n, _(label).lower()) for a, label in ACTION_LABELS_DA.items()
                  if (n := self.count(a))]
        if not counts:
            return _("Filen giver intet at importere.")
        return ", ".join(f"{label}: {n}" for n, label in counts)


@dataclass(frozen=True, slots=True)
class ImportResult:
    batch_id: uuid.UUID
    created: dict[str, int]
    matched: int
    updated: int
    unchanged: int
    conflicts: int
    skipped: int
    masked: int
    backup: Path | None

    def summary_da(self) -> str:
        made = ", ".join(f"{n} {_plural(e, n)}" for e, n in self.created.items() if n) \
            or _("ingen nye poster")
        parts = [_("Oprettet: {records}", records=made)]
        for n, text in ((self.matched, N_("fandtes allerede")), (self.updated, N_("opdateret")),
                        (self.unchanged, N_("allerede importeret")),
                        (self.conflicts, N_("konflikter (ikke overskrevet)")),
                        (self.skipped, N_("sprunget over")),
                        (self.masked, N_("CPR-numre maskeret"))):
            if n:
                parts.append(f"{_(text)}: {n}")
        return ". ".join(parts) + "."


def _plural(entity: str, n: int) -> str:
    if entity == "organisation":
        return ngettext("organisation", "organisationer", n)
    if entity == "person":
        return ngettext("person", "personer", n)
    if entity == "log_entry":
        return ngettext("logindførsel", "logindførsler", n)
    if entity == "meeting":
        return ngettext("møde", "møder", n)
    return entity


_SCALARS = (str, bool, int, float)  # tuples, not ``str | …``: no union built per call
_SIZED = (str, list, tuple, dict)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, _SCALARS):
        return value
    kind = type(value)
    if kind is uuid.UUID:
        return str(value)
    if kind is list or kind is tuple:
        return [_plain(v) for v in value]
    return trail.jsonable(value)


def _created(data: dict[str, Any]) -> dict[str, list[Any]]:
    """:func:`trail.created` for data the plan has already scanned for CPR-like numbers
    (none found, or masked): the same JSON without a second scan of every text."""
    return {k: [None, _plain(v)] for k, v in data.items()
            if v is not None and not (isinstance(v, _SIZED) and not v)}


def cpr_in(values: dict[str, Any]) -> tuple[str, ...]:
    """The masked CPR-like numbers in the text values of ``values``."""
    found: list[str] = []
    for name in _TEXT_FIELDS:
        v = values.get(name)
        texts = v if isinstance(v, list | tuple) else [v]
        for t in texts:
            if isinstance(t, str):
                found += [m.masked for m in find_cpr(t)]
    return tuple(dict.fromkeys(found))


def _masked(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for name in _TEXT_FIELDS:
        v = out.get(name)
        if isinstance(v, str):
            out[name] = mask_cpr(v)
        elif isinstance(v, list | tuple):
            out[name] = type(v)(mask_cpr(t) if isinstance(t, str) else t for t in v)
    return out


def preload(s: Session, recs: Iterable[PlannedRecord]) -> list[Any]:
    """Load the people, organisations and initiatives ``recs`` refer to into the session
    and return them: while the caller holds the list, ``clean()``'s reference checks
    (``Session.get``) find them in the identity map instead of asking the database once per
    row (10,000 rows: 40,000 queries)."""
    wanted: dict[type[Any], set[uuid.UUID]] = {}
    for r in recs:
        v = r.values
        for model, ids in ((models.Person, v.get("participants") or ()),
                           (models.Initiative, [v.get("initiative_id")]),
                           (models.Organisation, [v.get("organisation_id")])):
            wanted.setdefault(model, set()).update(i for i in ids if isinstance(i, uuid.UUID))
        for sug in r.suggestions:
            model = models.Person if sug.field == "participants" else models.Initiative
            wanted.setdefault(model, set()).add(sug.target_id)
    held: list[Any] = []
    for model, ids in wanted.items():
        id_list = list(ids)
        for i in range(0, len(id_list), 500):
            held += s.scalars(select(model).where(col(model.id).in_(id_list[i:i + 500]))).all()
    return held


# -- applying ------------------------------------------------------------------------------
def _refuse_errors(plan: ImportPlan) -> None:
    errors = plan.errors
    shown = "; ".join(_("række {row}: {reason}", row=r.row, reason=r.reason)
                      for r in errors[:5])
    more = _(" (og {n} til)", n=len(errors) - 5) if len(errors) > 5 else ""
    raise InputError(_("{n} række(r) kan ikke læses ind – {rows}{more}. Ret filen, eller vælg "
                       "at springe rækkerne over. Intet er skrevet.", n=len(errors),
                       rows=shown, more=more))


def _refuse_cpr(plan: ImportPlan) -> None:
    rows = plan.cpr_rows
    shown = "; ".join(_("række {row}: {reason}", row=r.row, reason=", ".join(r.cpr))
                      for r in rows[:5])
    raise InputError(_("{n} række(r) indeholder tal, der ligner CPR-numre ({rows}). "
                       "Patientoplysninger må ikke gemmes i Brobygger. Vælg at maskere numrene "
                       "eller at springe rækkerne over. Intet er skrevet.", n=len(rows),
                       rows=shown))


class _Writer:
    """The state of one apply: ids of planned records, rows to insert, audit rows."""

    def __init__(self, svc: Any, uow: UnitOfWork, batch: models.ImportBatch, cpr: str | None,
                 accept_all: bool) -> None:
        self.svc, self.uow, self.s, self.batch = svc, uow, uow.session, batch
        self.cpr, self.accept_all = cpr, accept_all
        self.allow_cpr = bool(getattr(svc, "allow_cpr", False))
        self.ids: dict[str, uuid.UUID | None] = {}
        self.items: list[dict[str, Any]] = []
        self.audit: list[dict[str, Any]] = []
        self.created: dict[str, int] = {}
        self.counts = dict.fromkeys(("matched", "updated", "unchanged", "conflicts",
                                     "skipped", "masked"), 0)
        self.now = datetime.now(UTC)
        self.user = str(getattr(svc, "user", "") or "")
        self._pending: dict[str, list[dict[str, Any]]] = {"p": [], "g": [], "b": []}
        self.held: list[Any] = []

    def _service(self, entity: str) -> Any:
        return {"organisation": self.svc.organisations, "person": self.svc.people,
                "log_entry": self.svc.log, "meeting": self.svc.meetings.meetings}[entity]

    def _values(self, r: PlannedRecord) -> dict[str, Any] | None:
        values = dict(r.values)
        for fld, key in r.refs.items():
            values[fld] = self.ids.get(key)
        if r.effective(self.accept_all) == CREATE or r.action == UPDATE:
            for sug in r.suggestions if (r.accepted or self.accept_all) else ():
                if sug.field == "participants":
                    values["participants"] = (*values.get("participants", ()), sug.target_id)
                elif sug.field == "initiative_id":
                    values["initiative_id"] = sug.target_id
        if r.cpr and not self.allow_cpr:
            if self.cpr == CPR_SKIP:
                return None
            values = _masked(values)
            self.counts["masked"] += len(r.cpr)
        return values

    def group(self, entity: str, recs: list[PlannedRecord], tick: Callable[[], None]) -> None:
        service = self._service(entity)
        table = service.model.__table__
        fields = service._fields()
        rows: list[dict[str, Any]] = []
        for r in recs:
            tick()
            action = r.effective(self.accept_all)
            if action == MATCH:
                self.ids[r.key] = r.target_id
                self.counts["matched"] += 1
                continue
            if action in (UNCHANGED, CONFLICT, SKIP, ERROR):
                self.ids[r.key] = r.target_id if action != SKIP else None
                self.counts[{UNCHANGED: "unchanged", CONFLICT: "conflicts"}.get(
                    action, "skipped")] += 1
                continue
            values = self._values(r)
            if values is None:
                self.counts["skipped"] += 1
                continue
            try:
                if action == UPDATE and r.target_id is not None:
                    self._update(service, r, values)
                    continue
                data, reused = self._cleaned(service, r, values)
            except ValidationError as exc:
                raise InputError(_("Række {row}: {message} Intet er skrevet.", row=r.row,
                                   message=exc.message)) from None
            rid = uuid.uuid4()
            self.ids[r.key] = rid
            if not reused:
                self.uow.guard(data)  # the CPR guard (the plan already scanned the others)
            row = {k: data[k] for k in fields if k in data}
            row.update(id=rid, created_at=self.now, updated_at=self.now, deleted_at=None,
                       version=1)
            rows.append(row)
            if entity == "log_entry":
                self._links(rid, data)
            elif entity == "meeting":
                self._invite(rid, r, data.get("participants", ()))
            self._remember(entity, rid, r, created=True, version=1)
            self.audit.append({"id": uuid.uuid4(), "at": self.now, "user": self.user,
                               "entity": entity, "record_id": rid, "action": trail.CREATE,
                               "changes": _created(data) if reused
                               else trail.created(data)})
        if rows:
            self.s.execute(insert(table), rows)
            self.uow.note("created", entity, [r["id"] for r in rows])
            self.created[entity] = self.created.get(entity, 0) + len(rows)
            if entity == "organisation":  # people of this import refer to them: keep
                ids = [r["id"] for r in rows]  # them in the identity map (see preload)
                for i in range(0, len(ids), 500):
                    self.held += self.s.scalars(select(models.Organisation).where(
                        col(models.Organisation.id).in_(ids[i:i + 500]))).all()
            if entity == "log_entry":
                self._flush_links()
        if entity == "meeting":
            self._flush_invited()

    def _cleaned(self, service: Any, r: PlannedRecord, values: dict[str, Any]
                 ) -> tuple[dict[str, Any], bool]:
        """The cleaned data, and whether it is the plan's (validated and CPR-scanned with
        nothing found, values unchanged since) – then the guard need not scan it again."""
        if r.validated is not None and not r.cpr:
            own = {k: v for k, v in values.items() if k not in r.refs} if r.refs else values
            if r.validated[0] == own:
                if not r.refs:
                    return r.validated[1], True
                # a reference to a record of this import (a person's new organisation): an
                # id written (or matched) just now, so no lookup is needed
                return {**r.validated[1], **{k: values[k] for k in r.refs}}, True
        data: dict[str, Any] = service.clean(self.s, values, None)
        return data, False

    def _links(self, rid: uuid.UUID, data: dict[str, Any]) -> None:
        pending = self._pending
        pending["p"] += [{"entry_id": rid, "person_id": p} for p in data["participants"]]
        pending["g"] += [{"entry_id": rid, "plague": p} for p in data["plagues"]]
        pending["b"] += [{"entry_id": rid, "barrier": b} for b in data["barriers"]]

    def _invite(self, meeting_id: uuid.UUID, r: PlannedRecord,
                people: Iterable[uuid.UUID]) -> None:
        """The meeting's attendees matched to people become its invited people (records
        of their own: the import remembers them, so *Fortryd import* removes them too)."""
        for pid in dict.fromkeys(people):
            aid = uuid.uuid4()
            self._pending.setdefault("a", []).append({
                "id": aid, "created_at": self.now, "updated_at": self.now, "deleted_at": None,
                "version": 1, "meeting_id": meeting_id, "person_id": pid, "present": None})
            self.items.append({"id": uuid.uuid4(), "batch_id": self.batch.id,
                               "kind": self.batch.kind, "entity": "meeting_attendee",
                               "record_id": aid, "created": True,
                               "source_key": f"{r.key[:400]}#{pid}", "source_hash": "",
                               "version": 1})
            self.audit.append({"id": uuid.uuid4(), "at": self.now, "user": self.user,
                               "entity": "meeting_attendee", "record_id": aid,
                               "action": trail.CREATE, "changes": {
                                   "meeting_id": [None, str(meeting_id)],
                                   "person_id": [None, str(pid)]}})

    def _flush_invited(self) -> None:
        rows = self._pending.pop("a", [])
        if rows:
            self.s.execute(insert(models.MeetingAttendee.__table__), rows)  # type: ignore[attr-defined]
            self.uow.note("created", "meeting_attendee", [a["id"] for a in rows])

    def _flush_links(self) -> None:
        pending = self._pending
        for key, model in (("p", models.LogEntryPerson), ("g", models.LogEntryPlague),
                           ("b", models.LogEntryBarrier)):
            if pending.get(key):
                self.s.execute(insert(model.__table__), pending[key])  # type: ignore[union-attr]
        self._pending = {"p": [], "g": [], "b": []}

    def _update(self, service: Any, r: PlannedRecord, values: dict[str, Any]) -> None:
        assert r.target_id is not None
        current = service.get(r.target_id)
        people = values.get("participants", ())
        if r.entity == "meeting":  # the meeting's own fields; new attendees are invited
            values = {k: v for k, v in values.items() if k != "participants"}
        changed = service.update(r.target_id, expected_version=current.version, **values)
        if r.entity == "meeting":
            invited = {a.person_id for a in self.svc.meetings.attendees.list(r.target_id)}
            self._invite(r.target_id, r, [p for p in people if p not in invited])
        self.ids[r.key] = r.target_id
        self.counts["updated"] += 1
        self._remember(r.entity, r.target_id, r, created=False, version=changed.version)

    def _remember(self, entity: str, rid: uuid.UUID, r: PlannedRecord, *, created: bool,
                  version: int) -> None:
        self.items.append({"id": uuid.uuid4(), "batch_id": self.batch.id,
                           "kind": self.batch.kind, "entity": entity, "record_id": rid,
                           "created": created, "source_key": r.key[:500],
                           "source_hash": r.source_hash, "version": version})

    def finish(self) -> None:
        if self.items:
            self.s.execute(insert(models.ImportItem.__table__), self.items)  # type: ignore[attr-defined]
        counts = {f"created_{e}": n for e, n in self.created.items()} | self.counts
        self.batch.counts = counts
        self.audit.append({"id": uuid.uuid4(), "at": self.now, "user": self.user,
                           "entity": "import_batch", "record_id": self.batch.id,
                           "action": AUDIT_IMPORT, "changes": {
                               "source_name": [None, mask_cpr(self.batch.source_name)],
                               "source_hash": [None, self.batch.source_hash],
                               "kind": [None, self.batch.kind],
                               **{k: [None, v] for k, v in counts.items() if v}}})
        self.uow.audit_rows(self.audit)  # written by the unit of work in one statement


_ORDER = ("organisation", "person", "log_entry", "meeting")


def apply_import(svc: Any, plan: ImportPlan, *, cpr: str | None = None,
                 accept_suggestions: bool = False, skip_invalid: bool = False,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Carry out ``plan``: a backup first (``foer-import``), then everything in ONE
    transaction. ``cpr`` is :data:`CPR_MASK` or :data:`CPR_SKIP` (required when a row holds
    a CPR-like number); ``accept_suggestions`` confirms every near-miss;
    ``skip_invalid`` skips rows with bad data instead of refusing the file. When
    ``cancelled()`` turns true the transaction is rolled back (:class:`ImportCancelled`)."""
    if plan.errors and not skip_invalid:
        _refuse_errors(plan)
    allow_cpr = bool(getattr(svc, "allow_cpr", False))
    if plan.cpr_rows and cpr not in (CPR_MASK, CPR_SKIP) and not allow_cpr:
        _refuse_cpr(plan)
    ws = svc.ws
    backup_path = ws.backup(backup.PRE_IMPORT) if getattr(ws, "path", None) is not None \
        else None
    total = max(1, len(plan.records))
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

    user = str(getattr(svc, "user", "") or "")
    with unit_of_work(ws, user=user, allow_cpr=allow_cpr) as uow:
        s = uow.session
        batch = models.ImportBatch(user=user, kind=plan.kind,
                                   source_name=plan.source_name[:300],
                                   source_hash=plan.source_hash)
        s.add(batch)
        s.flush()
        uow.note("created", "import_batch", [batch.id])
        w = _Writer(svc, uow, batch, cpr, accept_suggestions)
        held = preload(s, plan.records)
        for entity in _ORDER:
            w.group(entity, [r for r in plan.records if r.entity == entity], tick)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        w.finish()
        s.add(batch)
        del held
    if progress is not None:
        progress(total, total)
    c = w.counts
    return ImportResult(batch.id, dict(w.created), c["matched"], c["updated"], c["unchanged"],
                        c["conflicts"], c["skipped"], c["masked"], backup_path)


# -- what earlier imports brought in -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ImportedItem:
    """The newest live import of a source key: the record and the version it wrote."""

    record_id: uuid.UUID
    source_hash: str
    version: int
    entity: str = ""


def imported_keys(svc: Any, kind: str, keys: Iterable[str] | None = None
                  ) -> dict[str, ImportedItem]:
    """Source key → what the newest (not undone) import of ``kind`` wrote for it."""
    item, batch = models.ImportItem, models.ImportBatch
    stmt = (select(col(item.source_key), col(item.record_id), col(item.source_hash),
                   col(item.version), col(item.entity))
            .join(batch, col(batch.id) == col(item.batch_id))
            .where(col(item.kind) == kind, col(batch.undone_at).is_(None))
            .order_by(col(batch.at)))
    wanted = set(keys) if keys is not None else None
    out: dict[str, ImportedItem] = {}
    with svc.ws.read() as s:
        for key, rid, digest, version, entity in s.execute(stmt):
            if wanted is None or key in wanted:
                out[key] = ImportedItem(rid, digest, version, entity)
    return out


def remembered_mapping(svc: Any, signature: str) -> str:
    """The JSON of the mapping last used for sheets with these headers ('' if none)."""
    return str(svc.ws.get_meta("import_mapping:" + signature, ""))


def remember_mapping(svc: Any, signature: str, mapping_json: str) -> None:
    with unit_of_work(svc.ws, user=str(getattr(svc, "user", "") or "")) as uow:
        uow.set_meta("import_mapping:" + signature, mapping_json)
