"""Importing a bundle: merge by id, conflicts for the user, one transaction.

Two steps after :func:`~brobygger.exchange.bundle.read_bundle`::

    plan = plan_import(svc, preview)            # reads only
    choices = plan.resolutions()
    for c in plan.conflicts:
        choices.resolve(c.record_id, Choice.THEIRS)   # or MINE / BOTH
    result = apply_import(svc, plan, choices)   # backup, then one transaction

Every incoming record falls in one class:

``new``         not here → added.
``identical``   same content here → nothing to do.
``updated``     changed only over there: our copy is a version they have already seen
                (its hash is in their exchange history) → their version replaces ours.
``mine_newer``  changed only here: their copy is a version we have seen before → ours is
                kept. So is a record anonymised here (GDPR): its old data never return.
``conflict``    changed on both sides (or never exchanged and different) → the user
                chooses: keep mine, take theirs, or keep both (theirs is added as a new
                record with a new id and a note saying where it came from).

Nothing is ever overwritten silently. The per-record exchange history lives in
:class:`~brobygger.store.models.ExchangeState`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brobygger.domain import rules
from brobygger.domain.cpr import mask_cpr
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _, ngettext
from brobygger.exchange import records
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.bundle import BundlePreview, remember
from brobygger.exchange.conflicts import CHOICE_LABELS_DA as CHOICE_LABELS_DA
from brobygger.exchange.conflicts import (
    CONFLICT,
    IDENTICAL,
    MINE_NEWER,
    NEW,
    UPDATED,
    Choice,
    Conflict,
    CprInBundle,
    ImportPlan,
    ImportResult,
    RecordRef,
    Resolutions,
    _field_changes,
    _Names,
    title_of,
)
from brobygger.exchange.conflicts import FIELD_LABELS as FIELD_LABELS
from brobygger.exchange.conflicts import FieldChange as FieldChange
from brobygger.exchange.conflicts import parse_choice as parse_choice
from brobygger.exchange.errors import (
    BundleContentError,
    StalePlanError,
    UnresolvedConflictsError,
)
from brobygger.exchange.history import hash_forms
from brobygger.exchange.records import Record
from brobygger.services.unit_of_work import bump_values, unit_of_work
from brobygger.store import backup, models

# "Keep both": (column that gets a suffix, column that gets the note) per table.
_BOTH_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "organisation": ("name", "notes"), "person": ("name", "notes"),
    "initiative": ("name", "purpose"), "log_entry": ("title", "body"),
    "action": ("title", "notes"), "relationship_assessment": (None, "note"),
    "plague_assessment": (None, "note"), "barrier_assessment": (None, "ask"),
    "indicator": ("name", "description"), "measurement": ("source", None),
    "initiative_party": ("role", None), "initiative_member": (None, None),
}
BOTH_SUFFIX = " (modpartens version)"


# -- classification --------------------------------------------------------------------------
@dataclass(slots=True)
class _Classified:
    kind: dict[uuid.UUID, str]
    local: dict[uuid.UUID, Record]
    states: dict[uuid.UUID, records.Known]
    signature: tuple[tuple[str, str, str], ...]


def _classify(s: Session, preview: BundlePreview) -> _Classified:
    incoming = {rid: rec for rows in preview.records.values() for rid, rec in rows.items()}
    ids = list(incoming)
    local: dict[uuid.UUID, Record] = {}
    for tbl in records.tables():
        found = records.existing_ids(s, tbl.name, ids)
        for rid in found:
            if incoming[rid].entity != tbl.name:
                raise BundleContentError(
                    _("Udvekslingsfilen bruger et id ({rid}), som her tilhører en anden slags "
                      "data. Filen kan ikke læses ind.", rid=rid))
        if found:
            local.update(records.load(s, tbl.name, found))
    _check_references(s, preview, incoming, local)
    states = records.exchange_states(s, ids)
    erased = _anonymised(s, list(local))
    kind: dict[uuid.UUID, str] = {}
    for rid, theirs in incoming.items():
        mine = local.get(rid)
        if mine is None:
            kind[rid] = NEW
        elif mine.hash == theirs.hash:
            kind[rid] = IDENTICAL
        elif rid in erased:  # GDPR: an anonymised record never gets its old data back
            kind[rid] = MINE_NEWER
        else:
            their_history = set(preview.known.get(rid, ()))
            state = states.get(rid)
            my_history = set(state.known_hashes) if state else set()
            # they have seen ours / we have seen theirs – in this version's hash or in the
            # previous data model's (a bundle or a history from before a migration)
            superseded_here = bool(hash_forms(mine) & their_history)
            superseded_there = bool(hash_forms(theirs) & my_history)
            if superseded_here and not superseded_there:
                kind[rid] = UPDATED
            elif superseded_there and not superseded_here:
                kind[rid] = MINE_NEWER
            else:
                kind[rid] = CONFLICT
    signature = tuple(sorted((str(rid), kind[rid], local[rid].hash if rid in local else "")
                             for rid in incoming))
    return _Classified(kind, local, states, signature)


def _anonymised(s: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The records among ``ids`` that were anonymised here (audit action ``anonymise``)."""
    found: set[uuid.UUID] = set()
    event = models.AuditEvent.__table__.c  # type: ignore[attr-defined]
    for start in range(0, len(ids), 500):
        stmt = select(event.record_id).where(event.action == "anonymise",
                                             event.record_id.in_(ids[start:start + 500]))
        found.update(s.scalars(stmt))
    return found


def _check_references(s: Session, preview: BundlePreview, incoming: Mapping[uuid.UUID, Record],
                      local: Mapping[uuid.UUID, Record]) -> None:
    missing: dict[str, set[uuid.UUID]] = {}
    for rec in incoming.values():
        for target, rid in rec.refs():
            if rid not in preview.records[target] and rid not in local:
                missing.setdefault(target, set()).add(rid)
    for target, rids in missing.items():
        tbl = records.table(target)
        found = set(s.scalars(select(tbl.c.id).where(tbl.c.id.in_(list(rids)))))
        if rids - found:
            raise BundleContentError(
                _("Udvekslingsfilen er ufuldstændig: den henviser til {value} {value2}, som "
                  "hverken er i filen eller her. Bed afsenderen lave en ny fil.",
                  value=len(rids - found), value2=records.entity_label(target, plural=True)))


@gc_paused()
def plan_import(svc: Any, preview: BundlePreview) -> ImportPlan:
    """Compare the bundle with the workspace. Reads only."""
    with svc.ws.read() as s:
        c = _classify(s, preview)
        names = _Names(s, preview)
        groups: dict[str, list[RecordRef]] = {k: [] for k in (NEW, IDENTICAL, UPDATED,
                                                               MINE_NEWER)}
        conflicts: list[Conflict] = []
        findings: list[CprInBundle] = []
        for tbl in records.tables():
            for rid, theirs in preview.records[tbl.name].items():
                kind = c.kind[rid]
                title = title_of(theirs, names)
                if kind == CONFLICT:
                    mine = c.local[rid]
                    conflicts.append(Conflict(
                        tbl.name, rid, title, mine.values["updated_at"],
                        theirs.values["updated_at"], mine.deleted, theirs.deleted,
                        _field_changes(mine, theirs, names)))
                else:
                    groups[kind].append(RecordRef(tbl.name, rid, title))
                if kind in (NEW, UPDATED, CONFLICT):
                    findings.extend(CprInBundle(tbl.name, rid, mask_cpr(title), f, m)
                                    for f, m in records.cpr_fields(theirs))
    return ImportPlan(preview, tuple(groups[NEW]), tuple(groups[IDENTICAL]),
                      tuple(groups[UPDATED]), tuple(groups[MINE_NEWER]), tuple(conflicts),
                      tuple(findings), c.signature)


# -- applying --------------------------------------------------------------------------------
def _choices(plan: ImportPlan, resolutions: Resolutions | Mapping[Any, Any] | Choice | str | None
             ) -> dict[uuid.UUID, Choice]:
    if resolutions is None:
        chosen = plan.resolutions()
    elif isinstance(resolutions, Resolutions):
        chosen = resolutions
    elif isinstance(resolutions, Mapping):
        chosen = plan.resolutions()
        for key, value in resolutions.items():
            chosen.resolve(key, value)
    else:
        chosen = plan.resolutions()
        chosen.resolve_all(resolutions)
    open_ = [c for c in plan.conflicts if chosen.choice(c.record_id) is None]
    if open_:
        listing = "; ".join(f"{c.entity_label} »{c.title}«" for c in open_[:5])
        raise UnresolvedConflictsError(
            ngettext("{n} konflikt mangler et valg ({listing}). Vælg for hver: behold min, tag "
                     "modpartens eller behold begge. Intet er ændret.",
                     "{n} konflikter mangler et valg ({listing}). Vælg for hver: behold min, tag "
                     "modpartens eller behold begge. Intet er ændret.", len(open_),
                     listing=listing))
    return chosen.as_dict()


def _masked_json(value: Any) -> Any:
    """An encoded value (:func:`records._encode_value`) with CPR-like numbers masked."""
    if isinstance(value, str):
        return mask_cpr(value)
    if isinstance(value, list):
        return [mask_cpr(v) if isinstance(v, str) else v for v in value]
    return value


def _as_is(value: Any) -> Any:
    return value


_NOT_AUDITED = frozenset({"id", "version", "updated_at", "created_at"})
_EMPTY: tuple[Any, ...] = ("", {}, [])  # a new record's empty fields are not listed


def _audit(user: str, rec: Record, before: Record | None) -> dict[str, Any] | None:
    """The audit row of writing ``rec`` over ``before`` (None: a new record), or None when
    nothing changed. The unit of work inserts the rows in bulk at its end."""
    # Texts go into the audit trail masked. Most records hold no CPR-like number at all:
    # one scan of all their texts tells, and spares masking field by field.
    texts = records.texts_of(rec) + (records.texts_of(before) if before is not None else [])
    masked = _masked_json if records.has_cpr(texts) else _as_is
    changes: dict[str, list[Any]]
    if before is None:  # a new record: its non-empty fields, from nothing
        changes = {name: [None, masked(value)] for name, value in rec.encoded.items()
                   if value is not None and name not in _NOT_AUDITED
                   and value not in _EMPTY}
    else:
        changes = {}
        for name, value in rec.encoded.items():
            if name in _NOT_AUDITED:
                continue
            old = masked(before.encoded.get(name))
            new = masked(value)
            if old != new:
                changes[name] = [old, new]
    for key, links in rec.links.items():
        old_links = before.links.get(key, ()) if before is not None else ()
        if tuple(old_links) != tuple(links):
            changes[key] = [masked([str(v) for v in old_links]),  # ids and codes
                            masked([str(v) for v in links])]
    if before is None:
        action = "create"
    elif before.deleted and not rec.deleted:
        action = "restore"
    elif rec.deleted and not before.deleted:
        action = "delete"
    else:
        action = "update"
    if not changes and before is not None:
        return None
    return {"id": uuid.uuid4(), "at": datetime.now(UTC), "user": user, "entity": rec.entity,
            "record_id": rec.id, "action": action, "changes": changes}


def _masked(rec: Record) -> tuple[Record, int]:
    if not records.has_cpr(v for v in rec.values.values() if isinstance(v, str)):
        return rec, 0
    count = 0
    values = dict(rec.values)
    for name, value in values.items():
        if isinstance(value, str):
            masked = mask_cpr(value)
            if masked != value:
                count += len(records.cpr_fields(Record(rec.entity, rec.id, {name: value})))
                values[name] = masked
    if not count:
        return rec, 0
    return records.make_record(rec.entity, values, rec.links), count


def _write_links(s: Session, recs: list[Record], replace: bool) -> None:
    """The links (participants, plagues, barriers) of log entries ``recs``, in bulk;
    ``replace`` removes the entries' old links first."""
    ids = [rec.id for rec in recs]
    for key, (link_name, column) in records.LINKS.items():
        tbl = records.table(link_name)
        if replace:
            for start in range(0, len(ids), records.CHUNK):
                s.execute(tbl.delete().where(tbl.c.entry_id.in_(ids[start:start + records.CHUNK])))
        rows = [{"entry_id": rec.id, column: v} for rec in recs for v in rec.links.get(key, ())]
        if rows:
            s.execute(insert(tbl), rows)


def _both_copy(rec: Record, source: str, now: datetime) -> Record:
    tbl = records.table(rec.entity)
    values = dict(rec.values)
    values.update(id=uuid.uuid4(), created_at=now, updated_at=now, version=1, deleted_at=None)
    suffix_col, note_col = _BOTH_FIELDS[rec.entity]
    if suffix_col is not None:
        limit = getattr(tbl.c[suffix_col].type, "length", None) or 10_000
        text = str(values[suffix_col] or "")
        values[suffix_col] = text[:max(0, limit - len(BOTH_SUFFIX))] + BOTH_SUFFIX
    if note_col is not None:
        note = (f"[Modpartens version fra udvekslingsfilen {source}, indlæst "
                f"{rules.format_date_short(now.astimezone().date())}. Den var ændret både her "
                f"og hos modparten; den oprindelige post har id {rec.id}.]")
        old = str(values[note_col] or "")
        values[note_col] = f"{note}\n\n{old}" if old else note
    return records.make_record(rec.entity, values, rec.links)


@gc_paused()
def apply_import(svc: Any, plan: ImportPlan,
                 resolutions: Resolutions | Mapping[Any, Any] | Choice | str | None = None, *,
                 mask_cpr_numbers: bool = False) -> ImportResult:
    """Carry out a plan: a backup first (``foer-import``), then everything in ONE
    transaction – a failure leaves the workspace as it was.

    ``resolutions`` gives a choice per conflict (:class:`Resolutions`, a mapping
    ``{record_id: choice}``, or one choice for all). CPR-like numbers in incoming text are
    refused unless ``mask_cpr_numbers`` (they are masked) or the services allow CPR.

    The writes are in bulk: per table one INSERT and one UPDATE (executemany), the log
    entries' links per link table, then the exchange history and the audit trail (one
    event per record written, as before) – a few dozen statements for any size of file."""
    choices = _choices(plan, resolutions)
    allow_cpr = bool(getattr(svc, "allow_cpr", False))
    if plan.cpr_findings and not (mask_cpr_numbers or allow_cpr):
        _refuse_cpr(plan)
    mask = mask_cpr_numbers and not allow_cpr
    ws = svc.ws
    backup_path = ws.backup(backup.PRE_IMPORT) if getattr(ws, "path", None) is not None \
        else None
    preview = plan.preview
    user = str(getattr(svc, "user", "") or "")
    counts = dict.fromkeys(("added", "updated", "identical", "mine_newer", "mine", "theirs",
                            "both", "cpr"), 0)
    try:
        with unit_of_work(ws, user=user, allow_cpr=allow_cpr) as uow:
            s = uow.session
            c = _classify(s, preview)
            if c.signature != plan.signature:
                raise StalePlanError(
                    _("Arbejdsområdet er ændret, siden udvekslingsfilen blev læst ind. Læs "
                      "filen ind igen, og tag stilling på ny. Intet er ændret."))
            now = datetime.now(UTC)
            exchanged: list[tuple[Record, tuple[str, ...]]] = []
            audit: list[dict[str, Any]] = []
            for tbl in records.tables():
                self_refs = [col for col, target in records.references(tbl).items()
                             if target == tbl.name]
                inserts, updates = _sort(tbl.name, plan, c, choices, counts, mask, now,
                                         exchanged)
                _insert(s, tbl.name, inserts, self_refs, audit, user)
                uow.note("created", tbl.name, [rec.id for rec in inserts])
                if updates:
                    _update(s, tbl.name, updates, now, audit, user)
                    uow.note("updated", tbl.name, [mine.id for mine, _t in updates])
                    uow.note("deleted", tbl.name, [mine.id for mine, theirs in updates
                                                   if theirs.deleted and not mine.deleted])
            remember(s, c.states, exchanged, now)
            uow.audit_rows(audit)
    except IntegrityError as exc:
        raise BundleContentError(
            _("Udvekslingsfilen passer ikke sammen med arbejdsområdet (en henvisning kan ikke "
              "opfyldes: {value}). Intet er ændret.", value=str(exc.orig).splitlines()[0])) from exc
    return ImportResult(counts["added"], counts["updated"], counts["identical"],
                        counts["mine_newer"], counts["mine"], counts["theirs"], counts["both"],
                        counts["cpr"], backup_path)


def _refuse_cpr(plan: ImportPlan) -> None:
    shown = "; ".join(_("{number} i {kind} »{title}«", number=f.masked,
                        kind=records.entity_label(f.entity), title=f.title)
                      for f in plan.cpr_findings[:5])
    raise InputError(
        _("Udvekslingsfilen indeholder {value} tal, der ligner CPR-numre ({shown}). "
          "Patientoplysninger må ikke gemmes i Brobygger. Læs filen ind med maskering af "
          "numrene, eller bed afsenderen fjerne dem. Intet er ændret.",
          value=len(plan.cpr_findings), shown=shown))


def _sort(entity: str, plan: ImportPlan, c: _Classified, choices: Mapping[uuid.UUID, Choice],
          counts: dict[str, int], mask: bool, now: datetime,
          exchanged: list[tuple[Record, tuple[str, ...]]]
          ) -> tuple[list[Record], list[tuple[Record, Record]]]:
    """One table's incoming records sorted into inserts and updates (counted, masked when
    asked); every record whose content both sides now know is added to ``exchanged``."""
    preview = plan.preview
    inserts: list[Record] = []
    updates: list[tuple[Record, Record]] = []
    for rid, theirs in preview.records[entity].items():
        kind = c.kind[rid]
        written = theirs
        if kind in (NEW, UPDATED, CONFLICT) and mask:
            written, n = _masked(theirs)
            counts["cpr"] += n
        choice = choices.get(rid) if kind == CONFLICT else None
        if kind == NEW:
            inserts.append(written)
            counts["added"] += 1
        elif kind == UPDATED or choice == Choice.THEIRS:
            updates.append((c.local[rid], written))
            counts["updated" if kind == UPDATED else "theirs"] += 1
        elif kind == IDENTICAL:
            counts["identical"] += 1
        elif kind == MINE_NEWER:
            counts["mine_newer"] += 1
            continue  # nothing learned
        elif choice == Choice.MINE:
            counts["mine"] += 1
        elif choice == Choice.BOTH:
            counts["both"] += 1
            if not theirs.deleted:
                inserts.append(_both_copy(written, preview.path.name, now))
        exchanged.append((theirs, preview.known.get(rid, ())))
    return inserts, updates


def _insert(s: Session, entity: str, recs: list[Record], self_refs: list[str],
            audit: list[dict[str, Any]], user: str) -> None:
    """Add ``recs`` (one table) in bulk: one INSERT executemany, then the links of log
    entries; the audit rows are appended to ``audit``."""
    if not recs:
        return
    tbl = records.table(entity)
    deferred: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    rows = []
    for rec in recs:
        row = dict(rec.values)
        refs = {col: row[col] for col in self_refs if row[col] is not None}
        if refs:  # the parent may come later in this table: link afterwards
            deferred.setdefault(tuple(refs), []).append(
                {"b_id": rec.id, **{f"b_{col}": value for col, value in refs.items()}})
            row.update(dict.fromkeys(refs))
        rows.append(row)
    s.execute(insert(tbl), rows)
    for columns, params in deferred.items():
        s.execute(update(tbl).where(tbl.c.id == bindparam("b_id", type_=tbl.c.id.type))
                  .values({col: bindparam(f"b_{col}", type_=tbl.c[col].type)
                           for col in columns}), params)
    if entity == records.LINK_OWNER:
        _write_links(s, recs, replace=False)
    for rec in recs:
        row_ = _audit(user, rec, None)
        if row_ is not None:
            audit.append(row_)


def _update(s: Session, entity: str, pairs: list[tuple[Record, Record]], now: datetime,
            audit: list[dict[str, Any]], user: str) -> None:
    """Overwrite our records with theirs (``pairs`` of (mine, theirs), one table) in bulk:
    one UPDATE executemany, the version bumped (:func:`bump_values`: ours + 1); the audit
    rows go to ``audit``."""
    if not pairs:
        return
    tbl = records.table(entity)
    bumped = bump_values(tbl, now)
    columns = [c.name for c in tbl.columns if c.name != "id" and c.name not in bumped]
    params = []
    for mine, theirs in pairs:
        values = {f"b_{k}": theirs.values[k] for k in columns}
        values["b_id"] = mine.id
        params.append(values)
    s.execute(update(tbl).where(tbl.c.id == bindparam("b_id", type_=tbl.c.id.type))
              .values({col: bindparam(f"b_{col}", type_=tbl.c[col].type) for col in columns})
              .values(bumped), params)
    if entity == records.LINK_OWNER:
        _write_links(s, [theirs for _mine, theirs in pairs], replace=True)
    for mine, theirs in pairs:
        row = _audit(user, theirs, mine)
        if row is not None:
            audit.append(row)
