"""The one write path: every change to the workspace goes through a :class:`UnitOfWork`.

A unit of work is one all-or-nothing transaction that

* refuses CPR-like numbers in text (:meth:`UnitOfWork.guard`) unless the services allow them,
* bumps ``version`` and ``updated_at`` of every changed record (:func:`bump`),
* writes the audit trail – one executemany at the end, CPR-like numbers masked,
* soft-deletes and restores (:meth:`UnitOfWork.soft_delete`, :meth:`UnitOfWork.restore`),
* and, once committed, reports what it changed as a frozen :class:`Changes` record.

::

    with unit_of_work(ws, user="anne") as uow:
        uow.add(row, values)            # a new record: INSERT + audit "create"
    uow.changes                         # Changes(created={"log_entry": {id}}, …)

Nested units of work join the outer one (a multi-step use case commits once and reports
one :class:`Changes`). Whoever wants to know what a piece of code changed wraps it in
:func:`collect` – the UI's task runner does so for every write and hands the result to the
views, which reload only when a table they show changed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session

from brobygger.services import audit as trail
from brobygger.services.privacy import check_cpr
from brobygger.store import models
from brobygger.store.models import utcnow
from brobygger.store.workspace import Workspace

# The channel a shared (PostgreSQL) workspace announces its commits on: see store.watch.
NOTIFY_CHANNEL = "brobygger_changes"
NOTICE_MAX_IDS = 100  # ids named in one notice; more: the tables alone
AUDIT_WITH_NOTICE = 50  # audit rows written in the notice's statement; more: executemany

IdSets = Mapping[str, frozenset[uuid.UUID]]


def _freeze(sets: Mapping[str, Iterable[uuid.UUID]]) -> dict[str, frozenset[uuid.UUID]]:
    return {k: frozenset(v) for k, v in sets.items() if v}


@dataclass(frozen=True)
class Changes:
    """What one write (or a run of writes) changed: per table the ids created, updated and
    deleted (moved to the trash), the workspace settings set (``meta``), and who started
    it. ``everything`` means "something changed, it is not known what" (another program
    wrote to a laptop workspace): every view reloads.

    ``initiator`` is whatever started the write (a view, a dialog); it lets that view skip
    a reload it does not need. It takes no part in comparisons."""

    created: IdSets = field(default_factory=dict)
    updated: IdSets = field(default_factory=dict)
    deleted: IdSets = field(default_factory=dict)
    meta: Mapping[str, str] = field(default_factory=dict)
    user: str = ""
    touched: frozenset[str] = frozenset()  # tables changed, ids not known (other users)
    everything: bool = False
    external: bool = False  # made by another connection (program, user)
    initiator: object | None = field(default=None, compare=False, repr=False)
    # The initiatives whose records changed, for the tables in ``scoped``: every changed
    # row of those tables belongs to one of them (or to none). A table not in ``scoped``
    # may concern any initiative (see :meth:`concerns`).
    initiatives: frozenset[uuid.UUID] = frozenset()
    scoped: frozenset[str] = frozenset()

    @classmethod
    def unknown(cls, *, external: bool = True) -> Changes:
        """Something changed somewhere: every view reloads."""
        return cls(everything=True, external=external)

    @classmethod
    def of(cls, *, created: Mapping[str, Iterable[uuid.UUID]] | None = None,
           updated: Mapping[str, Iterable[uuid.UUID]] | None = None,
           deleted: Mapping[str, Iterable[uuid.UUID]] | None = None,
           meta: Mapping[str, str] | None = None, **kw: Any) -> Changes:
        return cls(_freeze(created or {}), _freeze(updated or {}), _freeze(deleted or {}),
                   dict(meta or {}), **kw)

    @property
    def tables(self) -> frozenset[str]:
        """The tables with a created, updated or deleted row."""
        return (frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)
                | self.touched)

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether a view showing ``tables`` has to reload."""
        return self.everything or not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[uuid.UUID]:
        """Every id of ``table`` this changed (created, updated or deleted)."""
        empty: frozenset[uuid.UUID] = frozenset()
        return (self.created.get(table, empty) | self.updated.get(table, empty)
                | self.deleted.get(table, empty))

    def mentions(self, record_id: uuid.UUID) -> bool:
        """Whether the record may have changed (its id is listed, or ids are not known)."""
        if self.everything or self.touched:
            return True
        return any(record_id in ids for sets in (self.created, self.updated, self.deleted)
                   for ids in sets.values())

    def concerns(self, initiative_id: uuid.UUID,
                 tables: frozenset[str] | None = None) -> bool:
        """Whether a view of one initiative (showing ``tables``, None: any) has to reload:
        a changed row of it, or a change not known to be another initiative's (names of
        people and organisations, a bulk change, another program)."""
        if self.everything:
            return True
        changed = self.tables if tables is None else self.tables & tables
        if not changed:
            return tables is None and bool(self.meta)
        return bool(changed - self.scoped) or initiative_id in self.initiatives

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables) or bool(self.meta)

    def merged(self, other: Changes) -> Changes:
        """Both together (the later one's settings and initiator win)."""
        def join(a: IdSets, b: IdSets) -> dict[str, frozenset[uuid.UUID]]:
            return {k: a.get(k, frozenset()) | b.get(k, frozenset()) for k in {*a, *b}}
        # a table stays scoped only if every part that changed it knew the initiatives
        unscoped = (self.tables - self.scoped) | (other.tables - other.scoped)
        return Changes(join(self.created, other.created), join(self.updated, other.updated),
                       join(self.deleted, other.deleted), {**self.meta, **other.meta},
                       other.user or self.user, self.touched | other.touched,
                       self.everything or other.everything,
                       self.external or other.external,
                       other.initiator if other.initiator is not None else self.initiator,
                       self.initiatives | other.initiatives,
                       (self.scoped | other.scoped) - unscoped)

    def with_initiator(self, initiator: object | None) -> Changes:
        return Changes(self.created, self.updated, self.deleted, self.meta, self.user,
                       self.touched, self.everything, self.external, initiator,
                       self.initiatives, self.scoped)

    def to_payload(self, max_ids: int = NOTICE_MAX_IDS) -> str:
        """A compact JSON text of what changed (PostgreSQL NOTIFY): the tables and
        settings, and – unless there are more than ``max_ids`` (a notice holds at most
        8,000 bytes) – the ids and the initiatives concerned, so that another user's view
        reloads only when it shows one of them (:meth:`from_payload`)."""
        data: dict[str, Any] = {"tables": sorted(self.tables), "meta": dict(self.meta)}
        kinds = {"c": self.created, "u": self.updated, "d": self.deleted}
        count = sum(len(ids) for sets in kinds.values() for ids in sets.values())
        if count + len(self.initiatives) <= max_ids and not (self.touched or self.everything):
            data["ids"] = {k: {t: sorted(str(i) for i in ids) for t, ids in sets.items()}
                           for k, sets in kinds.items() if sets}
            data["ini"] = sorted(str(i) for i in self.initiatives)
            data["scoped"] = sorted(self.scoped)
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> Changes:
        """Another connection's Changes from its notice (:meth:`to_payload`)."""
        meta = {str(k): str(v) for k, v in data.get("meta", {}).items()}
        ids = data.get("ids")
        if not isinstance(ids, Mapping):  # too many ids: the tables alone
            return cls(touched=frozenset(str(t) for t in data.get("tables", ())), meta=meta,
                       external=True)

        def sets(kind: str) -> dict[str, list[uuid.UUID]]:
            return {str(t): [uuid.UUID(str(i)) for i in v]
                    for t, v in ids.get(kind, {}).items()}
        return cls.of(created=sets("c"), updated=sets("u"), deleted=sets("d"), meta=meta,
                      external=True,
                      initiatives=frozenset(uuid.UUID(str(i)) for i in data.get("ini", ())),
                      scoped=frozenset(str(t) for t in data.get("scoped", ())))


def bump(row: Any, now: datetime | None = None) -> None:
    """The one version bump: a changed record gets a new ``version`` and ``updated_at``."""
    row.updated_at = now or utcnow()
    row.version = int(row.version or 0) + 1


def bump_values(table: Any, now: datetime | None = None) -> dict[str, Any]:
    """The same bump as values of a Core ``UPDATE`` of ``table``."""
    return {"updated_at": now or utcnow(), "version": table.c.version + 1}


class UnitOfWork:
    """One open write transaction and the changes it has made so far."""

    def __init__(self, ws: Workspace, session: Session, user: str, allow_cpr: bool) -> None:
        self.ws = ws
        self.session = session
        self.user = user
        self.allow_cpr = allow_cpr
        self._sets: dict[str, dict[str, set[uuid.UUID]]] = {
            "created": {}, "updated": {}, "deleted": {}}
        self._meta: dict[str, str] = {}
        self._audit: list[dict[str, Any]] = []
        # per table: whether every changed row's initiative is known (see Changes.scoped)
        self._scoped: dict[str, bool] = {}
        self._initiatives: set[uuid.UUID] = set()
        self.memo: dict[Any, Any] = {}  # services' notes between steps of one write
        self.changes: Changes = Changes()  # set when the transaction has committed

    # -- what changed ---------------------------------------------------------------------
    def note(self, kind: str, entity: str, ids: Iterable[uuid.UUID],
             initiatives: Iterable[uuid.UUID | None] | None = None) -> None:
        """Record that rows of ``entity`` were ``created``, ``updated`` or ``deleted`` by a
        bulk statement (the single-row methods below note their own); ``initiatives``,
        when known, the initiatives the rows belong to (None: not known)."""
        self._sets[kind].setdefault(entity, set()).update(ids)
        if initiatives is None:
            self._scoped[entity] = False
        else:
            self._scoped.setdefault(entity, True)
            self._initiatives.update(i for i in initiatives if i is not None)

    def _note_row(self, kind: str, row: models.Record, *also: object) -> None:
        """One row: its initiative is known when its table has an ``initiative_id``."""
        table = str(row.__tablename__)
        if "initiative_id" in row.__table__.columns:  # type: ignore[attr-defined]
            ids = [getattr(row, "initiative_id", None), *also]
            self.note(kind, table, [row.id], [i for i in ids if isinstance(i, uuid.UUID)])
        else:
            self.note(kind, table, [row.id])

    def created(self, entity: str, record_id: uuid.UUID) -> bool:
        """Whether this unit of work created the row."""
        return record_id in self._sets["created"].get(entity, ())

    def audit(self, entity: str, record_id: uuid.UUID, action: str,
              changes: Mapping[str, Any], *, at: datetime | None = None) -> None:
        """Queue one audit event (written with the others in one statement at the end).
        ``changes`` values must already be JSON-ready (:func:`trail.jsonable`)."""
        self._audit.append({"id": uuid.uuid4(), "at": at or datetime.now(UTC),
                            "user": self.user, "entity": entity, "record_id": record_id,
                            "action": action, "changes": dict(changes)})

    def audit_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        """Queue ready-made audit rows (bulk writers such as the exchange import)."""
        self._audit.extend(rows)

    def set_meta(self, key: str, value: str) -> None:
        """A workspace setting (``workspace_meta``), reported in :attr:`Changes.meta`."""
        self.session.merge(models.WorkspaceMeta(key=key, value=value))
        self._meta[key] = value

    # -- the CPR guard --------------------------------------------------------------------
    def guard(self, data: Mapping[str, Any]) -> None:
        """Refuse CPR-like numbers in any text value of ``data``, unless allowed."""
        if not self.allow_cpr:
            check_cpr(data)

    # -- single records -------------------------------------------------------------------
    def add(self, row: models.Record, values: Mapping[str, Any]) -> None:
        """A new record: INSERT, an audit "create" with ``values``' non-empty fields."""
        self.session.add(row)
        self.session.flush()
        table = str(row.__tablename__)
        self._note_row("created", row)
        self.audit(table, row.id, trail.CREATE, trail.created(values))

    def updated(self, row: models.Record, before: Mapping[str, Any],
                after: Mapping[str, Any]) -> dict[str, list[Any]]:
        """``row`` was changed from ``before`` to ``after``: bump its version, audit the
        fields that differ. Returns them."""
        bump(row)
        self.session.add(row)
        self.session.flush()
        table = str(row.__tablename__)
        self._note_row("updated", row, before.get("initiative_id"))
        changed = trail.diff(before, after)
        if changed:
            self.audit(table, row.id, trail.UPDATE, changed)
        return changed

    def soft_delete(self, row: models.Record) -> None:
        """Move ``row`` to the trash."""
        row.deleted_at = utcnow()
        bump(row, row.deleted_at)
        table = str(row.__tablename__)
        self._note_row("deleted", row)
        self.audit(table, row.id, trail.DELETE,
                   {"deleted_at": [None, trail.jsonable(row.deleted_at)]})

    def restore(self, row: models.Record) -> None:
        """Take ``row`` out of the trash."""
        table = str(row.__tablename__)
        self.audit(table, row.id, trail.RESTORE,
                   {"deleted_at": [trail.jsonable(row.deleted_at), None]})
        row.deleted_at = None
        bump(row)
        self.session.flush()
        self._note_row("updated", row)

    # -- the end --------------------------------------------------------------------------
    def _finish(self) -> None:
        """Before COMMIT: the audit trail in one statement, and the announcement to other
        users of a shared workspace (delivered by PostgreSQL only if this commits)."""
        pending = self._build()
        notice = None
        if pending and self.ws.is_shared:
            notice = select(func.pg_notify(NOTIFY_CHANNEL, json.dumps(
                {"origin": self.ws.origin, **json.loads(pending.to_payload())})))
        audit_table = models.AuditEvent.__table__  # type: ignore[attr-defined]
        if notice is not None and 0 < len(self._audit) <= AUDIT_WITH_NOTICE:
            # one round trip: the audit rows written by the notice's statement
            notice = notice.add_cte(insert(audit_table).values(self._audit).cte("audit"))
        elif self._audit:
            self.session.execute(insert(audit_table), self._audit)
        self._audit = []
        if notice is not None:
            self.session.execute(notice)

    def _build(self) -> Changes:
        s = self._sets
        created = s["created"]
        # a row created and changed in the same unit of work is reported as created
        updated = {k: v - created.get(k, set()) for k, v in s["updated"].items()}
        return Changes.of(created=created, updated=updated, deleted=s["deleted"],
                          meta=self._meta, user=self.user,
                          initiatives=frozenset(self._initiatives),
                          scoped=frozenset(t for t, known in self._scoped.items() if known))


_CURRENT: ContextVar[UnitOfWork | None] = ContextVar("brobygger-uow", default=None)
_COLLECTORS: ContextVar[tuple[list[Changes], ...]] = ContextVar("brobygger-changes",
                                                                 default=())
# (before COMMIT, after COMMIT or rollback) callbacks per workspace: the laptop
# workspace's change watcher tells its own commits from other programs' with them.
Hook = tuple[Callable[[], None], Callable[[], None]]
_hooks: dict[int, list[Hook]] = {}


def on_commit(ws: Workspace, before: Callable[[], None], after: Callable[[], None]
              ) -> Callable[[], None]:
    """Call ``before`` just before every unit of work on ``ws`` commits (inside its
    transaction) and ``after`` once it has committed or rolled back – in the writing
    thread. Returns a function that removes them."""
    hook = (before, after)
    _hooks.setdefault(id(ws), []).append(hook)

    def remove() -> None:
        hooks = _hooks.get(id(ws), [])
        if hook in hooks:
            hooks.remove(hook)
        if not hooks:
            _hooks.pop(id(ws), None)
    return remove


@contextmanager
def unit_of_work(ws: Workspace, *, user: str = "", allow_cpr: bool = False
                 ) -> Iterator[UnitOfWork]:
    """Open (or join) the unit of work of ``ws``. On a clean exit of the outermost one the
    transaction commits and ``uow.changes`` says what changed; on an exception nothing is
    written."""
    outer = _CURRENT.get()
    if outer is not None and outer.ws is ws:
        yield outer
        return
    hooks = list(_hooks.get(id(ws), ()))
    try:
        with ws.write() as s:
            uow = UnitOfWork(ws, s, user, allow_cpr)
            token = _CURRENT.set(uow)
            try:
                yield uow
                uow._finish()
                for before, _after in hooks:
                    before()
            finally:
                _CURRENT.reset(token)
    finally:
        for _before, after in hooks:
            after()
    uow.changes = uow._build()
    if uow.changes:
        for box in _COLLECTORS.get():
            box.append(uow.changes)


def current() -> UnitOfWork | None:
    """The unit of work open in this thread, if any."""
    return _CURRENT.get()


class Collected:
    """What :func:`collect` gathered: all committed changes as one :class:`Changes`."""

    def __init__(self) -> None:
        self.parts: list[Changes] = []

    @property
    def changes(self) -> Changes:
        out = Changes()
        for part in self.parts:
            out = out.merged(part)
        return out


@contextmanager
def collect() -> Iterator[Collected]:
    """Gather the :class:`Changes` of every unit of work committed inside (this thread)."""
    box = Collected()
    token = _COLLECTORS.set((*_COLLECTORS.get(), box.parts))
    try:
        yield box
    finally:
        _COLLECTORS.reset(token)
