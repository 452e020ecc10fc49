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

from sqlalchemy import insert, text
from sqlmodel import Session

from brobygger.services import audit as trail
from brobygger.services.privacy import check_cpr
from brobygger.store import models
from brobygger.store.models import utcnow
from brobygger.store.workspace import Workspace

# The channel a shared (PostgreSQL) workspace announces its commits on: see store.watch.
NOTIFY_CHANNEL = "brobygger_changes"

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

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables) or bool(self.meta)

    def merged(self, other: Changes) -> Changes:
        """Both together (the later one's settings and initiator win)."""
        def join(a: IdSets, b: IdSets) -> dict[str, frozenset[uuid.UUID]]:
            return {k: a.get(k, frozenset()) | b.get(k, frozenset()) for k in {*a, *b}}
        return Changes(join(self.created, other.created), join(self.updated, other.updated),
                       join(self.deleted, other.deleted), {**self.meta, **other.meta},
                       other.user or self.user, self.touched | other.touched,
                       self.everything or other.everything,
                       self.external or other.external,
                       other.initiator if other.initiator is not None else self.initiator)

    def with_initiator(self, initiator: object | None) -> Changes:
        return Changes(self.created, self.updated, self.deleted, self.meta, self.user,
                       self.touched, self.everything, self.external, initiator)

    def to_payload(self) -> str:
        """A compact JSON text of the tables and settings changed (PostgreSQL NOTIFY)."""
        return json.dumps({"tables": sorted(self.tables), "meta": dict(self.meta)},
                          separators=(",", ":"))


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
        self.changes: Changes = Changes()  # set when the transaction has committed

    # -- what changed ---------------------------------------------------------------------
    def note(self, kind: str, entity: str, ids: Iterable[uuid.UUID]) -> None:
        """Record that rows of ``entity`` were ``created``, ``updated`` or ``deleted`` by a
        bulk statement (the single-row methods below note their own)."""
        self._sets[kind].setdefault(entity, set()).update(ids)

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
        self.note("created", table, [row.id])
        self.audit(table, row.id, trail.CREATE, trail.created(values))

    def updated(self, row: models.Record, before: Mapping[str, Any],
                after: Mapping[str, Any]) -> dict[str, list[Any]]:
        """``row`` was changed from ``before`` to ``after``: bump its version, audit the
        fields that differ. Returns them."""
        bump(row)
        self.session.add(row)
        self.session.flush()
        table = str(row.__tablename__)
        self.note("updated", table, [row.id])
        changed = trail.diff(before, after)
        if changed:
            self.audit(table, row.id, trail.UPDATE, changed)
        return changed

    def soft_delete(self, row: models.Record) -> None:
        """Move ``row`` to the trash."""
        row.deleted_at = utcnow()
        bump(row, row.deleted_at)
        table = str(row.__tablename__)
        self.note("deleted", table, [row.id])
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
        self.note("updated", table, [row.id])

    # -- the end --------------------------------------------------------------------------
    def _finish(self) -> None:
        """Before COMMIT: the audit trail in one statement, and the announcement to other
        users of a shared workspace (delivered by PostgreSQL only if this commits)."""
        if self._audit:
            self.session.execute(insert(models.AuditEvent.__table__),  # type: ignore[attr-defined]
                                 self._audit)
            self._audit = []
        pending = self._build()
        if pending and self.ws.is_shared:
            self.session.execute(text("SELECT pg_notify(:channel, :payload)"), {
                "channel": NOTIFY_CHANNEL,
                "payload": json.dumps({"origin": self.ws.origin,
                                       **json.loads(pending.to_payload())})})

    def _build(self) -> Changes:
        s = self._sets
        created = s["created"]
        # a row created and changed in the same unit of work is reported as created
        updated = {k: v - created.get(k, set()) for k, v in s["updated"].items()}
        return Changes.of(created=created, updated=updated, deleted=s["deleted"],
                          meta=self._meta, user=self.user)


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
