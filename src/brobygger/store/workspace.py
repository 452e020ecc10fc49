"""Opening a workspace: the database file, its engine, migrations and sessions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from brobygger import paths
from brobygger.domain.errors import CorruptWorkspaceError, SchemaTooNewError, WorkspaceError
from brobygger.store import dialect
from brobygger.store.models import WorkspaceMeta

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _stored_revision_readonly(db: Path) -> str | None:
    """Read the schema revision without writing a single byte to the file."""
    uri = f"{db.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(
            f"Databasen {db} kan ikke åbnes ({exc}). Tjek filens rettigheder."
        ) from exc
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not exists:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise CorruptWorkspaceError(
            f"Filen {db} er ikke en læsbar Brobygger-database ({exc}). Der er ikke skrevet "
            "noget i den. Gendan en sikkerhedskopi, eller vælg en anden datamappe."
        ) from exc
    finally:
        conn.close()


def check_schema_not_newer(db: Path) -> str | None:
    """Refuse a database written by a newer Brobygger, before anything touches it."""
    stored = _stored_revision_readonly(db)
    if stored is not None and stored not in known_revisions():
        raise SchemaTooNewError(
            f"Arbejdsområdet i {db.parent} er skrevet af en nyere version af Brobygger "
            f"(skemaversion {stored}). Denne version kender kun op til {head_revision()}. "
            "Opdater Brobygger for at åbne det. Filen er ikke ændret."
        )
    return stored


class Workspace:
    """An open workspace. Use :meth:`read` for queries and :meth:`write` for changes."""

    def __init__(self, engine: Engine, location: str, path: Path | None = None) -> None:
        self.engine = engine
        self.location = location
        self.path = path
        self._write_engine = engine.execution_options(**{dialect.WRITE_OPTION: True})
        self._active: ContextVar[Session | None] = ContextVar(f"ws-{id(self)}", default=None)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, create: bool = True) -> Workspace:
        directory = paths.data_dir(data_dir)
        db = directory / paths.DB_FILENAME
        if db.exists():
            check_schema_not_newer(db)
        elif not create:
            raise WorkspaceError(
                f"Der er intet arbejdsområde i {directory}. Opret det med 'brobygger-cli init'."
            )
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"Datamappen {directory} kan ikke oprettes ({exc.strerror}). "
                "Vælg en anden mappe med --data-dir."
            ) from exc
        engine = create_engine(f"sqlite:///{db}", future=True)
        dialect.configure_engine(engine)
        ws = cls(engine, str(db), db)
        try:
            ws.migrate()
        except OperationalError as exc:
            engine.dispose()
            raise WorkspaceError(
                f"Arbejdsområdet i {directory} kan ikke åbnes: {exc.orig}. "
                "Luk andre programmer, der bruger det, og prøv igen."
            ) from exc
        return ws

    def migrate(self) -> None:
        with self._write_engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head_revision():
                return
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            log.info("Migrating workspace from %s to %s", current, head_revision())
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions -------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        current = self._active.get()
        if current is not None:  # inside a write transaction: see its own changes
            yield current
            return
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One all-or-nothing write transaction (BEGIN IMMEDIATE on SQLite). Nested calls
        join the outer transaction, so a multi-step use case commits or fails as a whole."""
        current = self._active.get()
        if current is not None:
            yield current
            return
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            token = self._active.set(session)
            try:
                yield session
            finally:
                self._active.reset(token)

    # -- facts ---------------------------------------------------------------------------
    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def quick_check(self) -> str:
        with self.engine.connect() as conn:
            return dialect.quick_check(conn)

    def get_meta(self, key: str, default: str = "") -> str:
        with self.read() as s:
            row = s.get(WorkspaceMeta, key)
            return default if row is None else row.value

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as s:
            s.merge(WorkspaceMeta(key=key, value=value))
