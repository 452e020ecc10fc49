"""The generic use cases every entity shares: get, create, update, soft delete, restore,
list and trash. Entity services add validation (:meth:`EntityService.clean`) and filters."""

from __future__ import annotations

import dataclasses
import typing
import uuid
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from brobygger.domain.errors import ConflictError, NotFoundError, ValidationError
from brobygger.domain.i18n import N_, _
from brobygger.domain.text import clean_value
from brobygger.services.dto import RecordDTO
from brobygger.services.privacy import check_cpr
from brobygger.services.unit_of_work import UnitOfWork, unit_of_work
from brobygger.services.unit_of_work import current as current_uow
from brobygger.services.values import as_uuid as as_uuid
from brobygger.services.values import code as code
from brobygger.services.values import optional_date as optional_date
from brobygger.services.values import optional_text as optional_text
from brobygger.services.values import required_date as required_date
from brobygger.services.values import score_map as score_map
from brobygger.store import models
from brobygger.store.workspace import Workspace

M = TypeVar("M", bound=models.Record)
D = TypeVar("D", bound=RecordDTO)
F = TypeVar("F", bound=Mapping[str, object])  # the fields TypedDict (services/inputs.py)

Clean = dict[str, Any]

# The nouns and labels the services name records by (``noun_da``, ``ref``/``refs``,
# ``as_uuid``): Danish, marked here for gettext; the messages translate them with _().
REFERENCE_NOUNS = (
    N_("anmodningen"), N_("ansvarlig"), N_("barrierevurdering"), N_("barrierevurderingen"),
    N_("dagsordenspunkt"), N_("dagsordenspunktet"), N_("deltager"), N_("deltageren"),
    N_("forum"), N_("forummet"), N_("forummets initiativ"), N_("forummets medlem"),
    N_("handlingen"), N_("indikator"), N_("indikatoren"), N_("initiativ"), N_("initiativet"),
    N_("kontaktrytmen"), N_("logindførsel"), N_("logindførslen"), N_("medlemmet"),
    N_("målingen"), N_("møde"), N_("mødet"), N_("organisation"), N_("organisation (part A)"),
    N_("organisation (part B)"), N_("organisationen"), N_("overordnet initiativ"),
    N_("overordnet organisation"), N_("parten"), N_("person"), N_("person (part A)"),
    N_("person (part B)"), N_("personen"), N_("plagevurderingen"), N_("posten"),
    N_("relationsvurderingen"), N_("selvevalueringen"), N_("svaret på eftertanken"),
    N_("tilknytningen"), N_("Betegnelse"), N_("Id"), N_("Post"), N_("Punkt"),
)

@dataclasses.dataclass(frozen=True)
class Related:
    """DTO fields read from the row a record points to: ``key`` is the record's column
    holding the id of a ``model`` row, ``fields`` maps a DTO field to that row's column
    (a party's organisation name and sector, a member's name and title)."""

    key: str
    model: type[models.Record]
    fields: Mapping[str, str]

    def values(self, s: Session, rows: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        """The fields per id the rows point to, read in chunks of ids."""
        columns = [col(getattr(self.model, c)) for c in self.fields.values()]
        found: dict[Any, dict[str, Any]] = {}
        for chunk in chunked({getattr(r, self.key) for r in rows}):
            for id_, *values in s.execute(select(col(self.model.id), *columns).where(
                    col(self.model.id).in_(chunk))):
                found[id_] = dict(zip(self.fields, values, strict=True))
        return found


# EntityService subclass -> its columns in DTO order, or None (see EntityService._positional)
_POSITIONAL: dict[type, list[Any] | None] = {}


class EntityService(Generic[M, D, F]):
    """Create/update/delete/restore/list for one table. A subclass names its table, DTO and
    fields (``EntityService[models.Person, dto.Person, inputs.PersonFields]``: ``model``
    and ``dto_class`` are set from them, and the mypy plugin tools/mypy_fields.py types the
    keywords of :meth:`create` and :meth:`update` by the fields), sets the class vars and
    implements :meth:`clean`."""

    model: ClassVar[type[models.Record]]
    dto_class: ClassVar[type[RecordDTO]]
    noun_da: ClassVar[str] = "posten"
    order_by: ClassVar[Sequence[str]] = ("created_at",)
    related: ClassVar[Related | None] = None  # DTO fields from the row the record points to

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in getattr(cls, "__orig_bases__", ()):
            origin, args = typing.get_origin(base), typing.get_args(base)
            if (isinstance(origin, type) and issubclass(origin, EntityService)
                    and not any(isinstance(a, TypeVar) for a in args)):
                cls.model, cls.dto_class, _fields = args

    def __init__(self, ws: Workspace, services: Any) -> None:
        self.ws = ws
        self.services = services

    # -- hooks -----------------------------------------------------------------------------
    def clean(self, s: Session, data: Clean, existing: M | None) -> Clean:
        """Validate and normalise the full set of fields (``data`` already merged with the
        existing row on update). Raise :class:`ValidationError` with a Danish message."""
        raise NotImplementedError

    def after_write(self, s: Session, row: M, data: Clean) -> None:
        """Write related rows (links) in the same transaction."""

    def to_dto(self, s: Session, row: M) -> D:
        if self.related is not None:
            return self.to_dtos(s, [row])[0]
        return self._dto_from(row, {})

    def _dto_from(self, row: Any, extra: Mapping[str, Any]) -> D:
        values = {}
        for f in dataclasses.fields(self.dto_class):
            values[f.name] = extra[f.name] if f.name in extra else getattr(row, f.name)
        return self.dto_class(**values)  # type: ignore[return-value]

    def to_dtos(self, s: Session, rows: Sequence[Any]) -> list[D]:
        """DTOs of many rows: ORM objects or the plain column rows of :meth:`_query`."""
        if self.related is not None:
            found = self.related.values(s, rows)
            return [self._dto_from(r, found[getattr(r, self.related.key)]) for r in rows]
        return [self.to_dto(s, r) for r in rows]

    def _positional(self) -> list[Any] | None:
        """The model's columns in the DTO's field order when the DTO is exactly the table's
        columns and no hook changes the mapping – then rows become DTOs positionally."""
        cls = type(self)
        if cls not in _POSITIONAL:
            names = [f.name for f in dataclasses.fields(self.dto_class)]
            table_names = set(self.model.__table__.columns.keys())  # type: ignore[attr-defined]
            plain = (cls.to_dto is EntityService.to_dto and cls.to_dtos is EntityService.to_dtos
                     and cls.related is None
                     and len(names) == len(table_names) and set(names) == table_names)
            _POSITIONAL[cls] = [getattr(self.model, n) for n in names] if plain else None
        return _POSITIONAL[cls]

    def _columns(self) -> list[Any]:
        return [getattr(self.model, c.name)
                for c in self.model.__table__.columns]  # type: ignore[attr-defined]

    # -- helpers -------------------------------------------------------------------------
    def _row(self, s: Session, id_: object, *, deleted: bool | None = False,
             expected_version: int | None = None) -> M:
        """The row, locked for the rest of a write transaction (SELECT … FOR UPDATE on
        PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers). With
        ``expected_version``, a row someone else changed meanwhile raises
        :class:`ConflictError` instead of being overwritten."""
        key = as_uuid(id_, "id", _(self.noun_da).capitalize())
        row = s.get(self.model, key, with_for_update=expected_version is not None)
        if row is None or (deleted is False and row.deleted_at is not None) or (
            deleted is True and row.deleted_at is None
        ):
            raise NotFoundError(_("Fandt ikke {noun} ({key}). Er den slettet?",
                                  noun=_(self.noun_da), key=key))
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(
                _("Nogen har ændret {noun} siden du åbnede den (version {version}, du havde "
                  "{expected}). Din ændring er ikke gemt, men din tekst er bevaret: genindlæs "
                  "for at se deres version, og ret derefter.", noun=_(self.noun_da),
                  version=row.version, expected=expected_version),
                self.to_dto(s, row))  # type: ignore[arg-type]
        return row  # type: ignore[return-value]

    def _select(self, *where: Any, include_deleted: bool = False) -> Any:
        stmt = select(self.model)
        if not include_deleted:
            stmt = stmt.where(self.model.deleted_at.is_(None))  # type: ignore[union-attr]
        for cond in where:
            stmt = stmt.where(cond)
        for name in self.order_by:
            desc = name.startswith("-")
            col = getattr(self.model, name.lstrip("-"))
            stmt = stmt.order_by(col.desc() if desc else col)
        return stmt

    def _equal(self, **values: object) -> list[Any]:
        """The conditions ``column == value`` on this table for the values given (None or
        empty: no condition) – the filters of the services' ``list`` methods."""
        return [getattr(self.model, name) == value for name, value in values.items() if value]

    def _among(self, name: str, values: Iterable[object] | None) -> list[Any]:
        """The condition "column ``name`` is one of ``values``" (None: no condition)."""
        if values is None:
            return []
        return [col(getattr(self.model, name)).in_(sorted(values, key=str))]

    def _fields(self) -> list[str]:
        base = {f.name for f in dataclasses.fields(RecordDTO)}
        return [c.name for c in self.model.__table__.columns if c.name not in base]  # type: ignore[attr-defined]

    def _query(self, *where: Any, include_deleted: bool = False,
               limit: int | None = None, offset: int = 0) -> list[D]:
        stmt = self._select(*where, include_deleted=include_deleted)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        # Plain column rows, not ORM objects: lists are read-only, and building thousands
        # of mapped instances cost 3–5× the time (5,000 people: ~450 → ~100 ms).
        positional = self._positional()
        with self.ws.read() as s:
            if positional is not None:
                dto_class = self.dto_class
                return [dto_class(*r)  # type: ignore[misc]
                        for r in s.execute(stmt.with_only_columns(*positional))]
            rows = s.execute(stmt.with_only_columns(*self._columns())).all()
            return self.to_dtos(s, rows)

    # -- use cases -----------------------------------------------------------------------
    def get(self, id_: object, *, include_deleted: bool = False) -> D:
        with self.ws.read() as s:
            return self.to_dto(s, self._row(s, id_, deleted=None if include_deleted else False))

    def unit_of_work(self) -> AbstractContextManager[UnitOfWork]:
        """Open (or join) the unit of work every write of this service goes through."""
        audit_user = getattr(self.services, "audit_user", None)  # login (+ profile name)
        user = audit_user() if callable(audit_user) else getattr(self.services, "user", "")
        return unit_of_work(self.ws, user=str(user or ""),
                            allow_cpr=bool(getattr(self.services, "allow_cpr", False)))

    def create(self, **fields: Any) -> D:
        with self.unit_of_work() as uow:
            s = uow.session
            data = self.clean(s, clean_value(dict(fields)), None)
            uow.guard(data)
            row = self.model(**{k: v for k, v in data.items() if k in self._fields()})
            uow.add(row, data)
            self.after_write(s, row, data)  # type: ignore[arg-type]
            return self.written_dto(s, row, data)  # type: ignore[arg-type]

    def update(self, id_: object, *, expected_version: int | None = None,
               **changes: Any) -> D:
        """Change fields. Pass the ``version`` the user started from as
        ``expected_version`` so that concurrent edits are detected, not overwritten."""
        with self.unit_of_work() as uow:
            s = uow.session
            row: M = self._row(s, id_, expected_version=expected_version)
            current = {name: getattr(row, name) for name in self._fields()}
            current.update(self.current_extra(s, row))
            before = dict(current)
            current.update(clean_value(changes))
            data = self.clean(s, current, row)
            # only what this save changes: an old record holding a number can still be
            # edited elsewhere (the scan finds what is stored)
            uow.guard({k: v for k, v in data.items() if k not in before or before[k] != v})
            for name in self._fields():
                if name in data:
                    setattr(row, name, data[name])
            uow.updated(row, before, data)
            self.after_write(s, row, data)
            return self.written_dto(s, row, data)

    def written_dto(self, s: Session, row: M, data: Clean) -> D:
        """The DTO of a row just written with the cleaned ``data`` (hook: services whose
        DTO has linked values can build it from ``data`` without reading them back)."""
        return self.to_dto(s, row)

    def guard(self, data: Clean) -> None:
        """The CPR guard: refuse CPR-like numbers in any text value of ``data`` unless the
        services were opened with ``allow_cpr=True``."""
        if not getattr(self.services, "allow_cpr", False):
            check_cpr(data)

    def _audit(self, s: Session, record_id: uuid.UUID, action: str,
               changes: Mapping[str, list[Any]]) -> None:
        """One audit event about a row of this table, in the open unit of work."""
        uow = current_uow()
        if uow is None:
            raise RuntimeError("audit outside a unit of work")
        uow.audit(str(self.model.__tablename__), record_id, action, changes)

    def current_extra(self, s: Session, row: M) -> Clean:
        """Values of non-column fields (links) for update merges."""
        return {}

    def delete(self, id_: object, *, expected_version: int | None = None) -> None:
        """Move to the trash (soft delete)."""
        with self.unit_of_work() as uow:
            uow.soft_delete(self._row(uow.session, id_, expected_version=expected_version))

    def restore(self, id_: object) -> D:
        with self.unit_of_work() as uow:
            row: M = self._row(uow.session, id_, deleted=True)
            uow.restore(row)
            return self.to_dto(uow.session, row)

    def trash(self) -> list[D]:
        return self._query(self.model.deleted_at.is_not(None), include_deleted=True)  # type: ignore[union-attr]

    def all(self, *, include_deleted: bool = False) -> list[D]:
        return self._query(include_deleted=include_deleted)

    def is_new(self, row: models.Record) -> bool:
        """Whether ``row`` was created in the open unit of work (its links start empty)."""
        uow = current_uow()
        return uow is not None and uow.created(str(row.__tablename__), row.id)

    # -- reference checks used by clean() -------------------------------------------------
    def refs(self, s: Session, model: type[models.Record], values: Iterable[object],
             field: str, noun_da: str) -> tuple[uuid.UUID, ...]:
        """Several references to live rows of ``model``, checked in one query."""
        keys = tuple(dict.fromkeys(as_uuid(v, field, _(noun_da).capitalize()) for v in values))
        if not keys:
            return ()
        found: set[uuid.UUID] = set()
        for chunk in chunked(keys):
            found.update(s.scalars(select(col(model.id)).where(
                col(model.id).in_(chunk), col(model.deleted_at).is_(None))))
        missing = [k for k in keys if k not in found]
        if missing:
            raise ValidationError(field, _("Ukendt {noun} ({key}).", noun=_(noun_da),
                                           key=missing[0]))
        return keys

    def initiative_ref(self, s: Session, data: Mapping[str, Any], *,
                       required: bool = True) -> uuid.UUID | None:
        """``data["initiative_id"]``, checked as a live initiative (the reference most
        records carry)."""
        return self.ref(s, models.Initiative, data.get("initiative_id"), "initiative_id",
                        N_("initiativ"), required=required)

    def ref(self, s: Session, model: type[models.Record], value: object, field: str,
            noun_da: str, *, required: bool = True) -> uuid.UUID | None:
        if value is None or value == "":
            if required:
                raise ValidationError(field, _("Vælg {noun}.", noun=_(noun_da)))
            return None
        key = as_uuid(value, field, _(noun_da).capitalize())
        row = s.get(model, key)
        if row is None or row.deleted_at is not None:
            raise ValidationError(field, _("Ukendt {noun} ({key}).", noun=_(noun_da), key=key))
        return key


class NamedService(EntityService[M, D, F]):
    """A service of records with a ``name``, found by id or name (the CLI's arguments).
    ``find_noun``: what the error messages call one."""

    find_noun: ClassVar[str] = "post"
    order_by: ClassVar[Sequence[str]] = ("name",)

    def find(self, name_or_id: str) -> D:
        """By id or exact (case-insensitive) name, else the one name that contains the
        text; a Danish error when none or several match."""
        text = name_or_id.strip()
        try:
            return self.get(uuid.UUID(text))
        except (ValueError, NotFoundError):
            pass
        rows: list[Any] = self.all()
        matches = [r for r in rows if r.name.casefold() == text.casefold()]
        if not matches:
            matches = [r for r in rows if text.casefold() in r.name.casefold()]
        if len(matches) == 1:
            found: D = matches[0]
            return found
        if not matches:
            raise NotFoundError(_("Fandt ingen {noun} med navnet '{text}'.",
                                  noun=self.find_noun, text=text))
        names = ", ".join(r.name for r in matches[:5])
        raise NotFoundError(_("'{text}' passer på flere ({names}). Skriv navnet mere præcist.",
                              text=text, names=names))


def unique_strings(values: Iterable[object] | None) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or ():
        text = str(v).strip()
        if text and text not in out:
            out.append(text)
    return tuple(out)


def chunked(values: Iterable[Any], size: int = 500) -> list[list[Any]]:
    """``values`` in lists of at most ``size`` (bound parameters per IN clause)."""
    items = list(values)
    return [items[i:i + size] for i in range(0, len(items), size)]

