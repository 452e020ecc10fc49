"""*Fortryd import*: move exactly what one import created to the trash – only while
nothing of it was edited since and nothing outside the import refers to it. Otherwise
nothing changes and the answer says what blocks it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, and_, func, select, update
from sqlmodel import Session, col

from brobygger.domain.errors import InputError, NotFoundError
from brobygger.domain.i18n import N_, _
from brobygger.services import audit as trail
from brobygger.services.imports import AUDIT_UNDO, KIND_LABELS_DA
from brobygger.services.unit_of_work import bump_values, unit_of_work
from brobygger.store import models
from brobygger.store.metadata import metadata

_NOUNS = {"log_entry": N_("logindførsel"),
          "log_entry_person": N_("logindførsel (som deltager)"),
          "person": N_("person"), "organisation": N_("organisation"),
          "initiative": N_("initiativ"),
          "initiative_member": N_("medlemskab af et initiativ"),
          "initiative_party": N_("part i et initiativ"), "action": N_("handling"),
          "relationship_assessment": N_("relationsvurdering"),
          "plague_assessment": N_("plagevurdering"), "meeting": N_("møde"),
          "meeting_attendee": N_("mødedeltager"), "agenda_item": N_("dagsordenspunkt")}
_MODELS: dict[str, Any] = {"organisation": models.Organisation, "person": models.Person,
                           "log_entry": models.LogEntry, "meeting": models.Meeting,
                           "meeting_attendee": models.MeetingAttendee}
# the column that names a record in "»…« er ændret efter importen" (None: the noun)
_LABEL_COLUMN = {"organisation": "name", "person": "name", "log_entry": "title",
                 "meeting": "title", "meeting_attendee": None}


@dataclass(frozen=True, slots=True)
class BatchInfo:
    """One import, for the *Fortryd import* list."""

    id: uuid.UUID
    at: datetime
    user: str
    kind: str
    source_name: str
    source_hash: str
    created: int
    undone_at: datetime | None

    @property
    def kind_label(self) -> str:
        label = KIND_LABELS_DA.get(self.kind)
        return _(label) if label else self.kind


def list_imports(svc: Any) -> list[BatchInfo]:
    """Every import, newest first, with the number of records it created."""
    b, i = models.ImportBatch, models.ImportItem
    created = (select(col(i.batch_id), func.count().label("n"))
               .where(col(i.created).is_(True)).group_by(col(i.batch_id)).subquery())
    stmt = (select(b, created.c.n).outerjoin(created, created.c.batch_id == col(b.id))
            .order_by(col(b.at).desc()))
    with svc.ws.read() as s:
        return [BatchInfo(r.id, r.at, r.user, r.kind, r.source_name, r.source_hash, n or 0,
                          r.undone_at) for r, n in s.execute(stmt)]


def _batch_ids(batch_id: uuid.UUID, entity: str | None = None) -> Any:
    """The ids of what the import created (a subquery: no limit on the number of ids)."""
    i = models.ImportItem
    stmt = select(col(i.record_id)).where(col(i.batch_id) == batch_id, col(i.created).is_(True))
    return stmt.where(col(i.entity) == entity) if entity is not None else stmt


def _referrers(s: Session, batch_id: uuid.UUID, entities: set[str]) -> list[str]:
    """What outside the import refers to its records (live rows only)."""
    found: list[str] = []
    for tbl in metadata.sorted_tables:
        for fk in tbl.foreign_keys:
            target = fk.column.table.name
            if target not in entities or fk.parent.table is not tbl:
                continue
            found += _refs_from(s, tbl, fk.parent, batch_id, target)
    return found


def _refs_from(s: Session, tbl: Table, column: Any, batch_id: uuid.UUID, target: str
               ) -> list[str]:
    pk = list(tbl.primary_key.columns)
    if "id" not in tbl.c and pk and pk[0] is column:
        return []  # a link row owned by the record itself (log_entry_person.entry_id)
    where = [column.in_(_batch_ids(batch_id, target))]
    if "deleted_at" in tbl.c:
        where.append(tbl.c.deleted_at.is_(None))
    if "id" in tbl.c:
        where.append(tbl.c.id.not_in(_batch_ids(batch_id)))
    else:  # a link table: its other references must lie outside the import
        others = [c for c in tbl.c if c.foreign_keys and c is not column]
        where += [c.not_in(_batch_ids(batch_id)) for c in others]
    n = s.execute(select(func.count()).select_from(tbl).where(and_(*where))).scalar_one()
    if not n:
        return []
    noun = _NOUNS.get(tbl.name)
    return [_("{n} × {noun} uden for importen henviser til en post fra importen", n=n,
              noun=_(noun) if noun else tbl.name.replace("_", " "))]


def undo_blockers(svc: Any, batch_id: uuid.UUID) -> list[str]:
    """Why the import cannot be undone (empty: it can)."""
    with svc.ws.read() as s:
        return _blockers(s, batch_id)


def _blockers(s: Session, batch_id: uuid.UUID) -> list[str]:
    batch = s.get(models.ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(_("Importen findes ikke."))
    if batch.undone_at is not None:
        return [_("Importen er allerede fortrudt.")]
    problems: list[str] = []
    entities: set[str] = set()
    i = models.ImportItem
    for entity, model in _MODELS.items():
        column = _LABEL_COLUMN[entity]
        label = getattr(model, column) if column else col(model.id)
        stmt = (select(col(i.version), col(model.version), col(model.deleted_at), label)
                .join(model, col(model.id) == col(i.record_id))
                .where(col(i.batch_id) == batch_id, col(i.created).is_(True),
                       col(i.entity) == entity))
        for imported, version, deleted, text in s.execute(stmt):
            entities.add(entity)
            if deleted is None and version != imported:
                problems.append(_("»{title}« er ændret efter importen", title=text) if column
                                else _("en {noun} er ændret efter importen",
                                       noun=_(_NOUNS[entity])))
    problems += _referrers(s, batch_id, entities)
    return problems


def undo_import(svc: Any, batch_id: uuid.UUID) -> int:
    """Move what the import created to the trash (one transaction); the number of records
    moved. :class:`InputError` naming the blockers when it cannot be done."""
    user = str(getattr(svc, "user", "") or "")
    with unit_of_work(svc.ws, user=user,
                      allow_cpr=bool(getattr(svc, "allow_cpr", False))) as uow:
        s = uow.session
        problems = _blockers(s, batch_id)
        if problems:
            shown = "; ".join(problems[:5]) + (_(" (og {n} til)", n=len(problems) - 5)
                                                if len(problems) > 5 else "")
            raise InputError(_("Importen kan ikke fortrydes: {problems}. Intet er ændret.",
                               problems=shown))
        now = datetime.now(UTC)
        moved = 0
        for entity, model in _MODELS.items():
            live = [r for (r,) in s.execute(select(col(model.id)).where(
                col(model.id).in_(_batch_ids(batch_id, entity)),
                col(model.deleted_at).is_(None)))]
            if not live:
                continue
            table = model.__table__
            s.execute(update(model).where(col(model.id).in_(_batch_ids(batch_id, entity)),
                                          col(model.deleted_at).is_(None)).values(
                deleted_at=now, **bump_values(table, now)))
            uow.note("deleted", entity, live)
            for rid in live:
                uow.audit(entity, rid, trail.DELETE, {"deleted_at": [None, trail.jsonable(now)]},
                          at=now)
            moved += len(live)
        batch = s.get(models.ImportBatch, batch_id)
        assert batch is not None
        batch.undone_at = now
        uow.note("updated", "import_batch", [batch_id])
        uow.audit("import_batch", batch_id, AUDIT_UNDO,
                  {"undone_at": [None, trail.jsonable(now)], "moved": [None, moved]}, at=now)
    return moved
