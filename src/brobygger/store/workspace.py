"""Opening a workspace: the database file, its key, checks, migrations and sessions.

Opening is careful: before anything can write, the file is checked read-only – that the
key opens it, that it passes ``quick_check`` and that its schema is not newer than this
version knows. A failure leaves the file byte-for-byte unchanged. A backup is taken before
every migration.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError
from sqlmodel import Session

from brobygger import paths
from brobygger.domain.errors import (
    DiskFullError,
    InputError,
    SchemaTooNewError,
    WorkspaceError,
    WorkspaceLockedError,
)
from brobygger.domain.i18n import _, ngettext
from brobygger.fileio import PRIVATE, write_text_atomically
from brobygger.store import backup, crypto, dialect, files, keys, pg_owner, recovery
from brobygger.store.crypto import Key, PassphrasePrompt, WorkspaceSettings
from brobygger.store.deferred_check import PASSED, DeferredCheck, HeldWrites, remove_views
from brobygger.store.models import WorkspaceMeta
from brobygger.store.readonly import has_database as _has_database
from brobygger.store.readonly import inspect_file, inspect_view, wal_pending
from brobygger.store.readonly import refuse_if_existed as _refuse_if_existed
from brobygger.store.revisions import alembic_config as alembic_config
from brobygger.store.revisions import head_revision as head_revision
from brobygger.store.revisions import known_revisions as known_revisions

log = logging.getLogger(__name__)

# Opening skips the full ``quick_check`` of a big *encrypted* file (it reads every page: ~4 s
# for 250 MB) when the file is exactly as this app left it after a clean close – same
# size, inode, mtime and ctime, no WAL – and was fully checked within VERIFY_MAX_AGE.
# SQLCipher still authenticates every page it reads. Smaller and unencrypted files are
# always checked in full.
VERIFIED_FILE = "brobygger-verified.json"
ALWAYS_CHECK_BELOW = 32 * 1024 * 1024
VERIFY_MAX_AGE = timedelta(days=7)

LOCKED_MESSAGE = ("Arbejdsområdet er optaget af et andet program lige nu, og ændringen blev "
                  "ikke gemt. Prøv igen om et øjeblik.")




def _fingerprint(db: Path) -> dict[str, int] | None:
    try:
        st = db.stat()
    except OSError:
        return None
    return {"size": st.st_size, "ino": st.st_ino, "mtime_ns": st.st_mtime_ns,
            "ctime_ns": st.st_ctime_ns}


def _verified_at(db: Path) -> datetime | None:
    """When the file last passed a full check, if it is unchanged since a clean close (see
    :data:`VERIFIED_FILE`) and that check is recent; else None. The record is consumed once
    the file has opened (:func:`_consume_verified`): a session that ends without a clean
    close leaves none, and the next open checks all; a refused file keeps its folder as
    it was."""
    record = db.parent / VERIFIED_FILE
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        checked = datetime.fromisoformat(str(data["checked_at"]))
        same = data["file"] == _fingerprint(db) and not wal_pending(db)
        recent = timedelta(0) <= datetime.now(UTC) - checked < VERIFY_MAX_AGE
    except (KeyError, TypeError, ValueError):
        return None
    return checked if same and recent else None


def _consume_verified(db: Path) -> None:
    (db.parent / VERIFIED_FILE).unlink(missing_ok=True)


def _record_verified(db: Path, checked_at: datetime) -> None:
    if wal_pending(db):
        return
    fingerprint = _fingerprint(db)
    if fingerprint is None:
        return
    record = db.parent / VERIFIED_FILE
    try:
        write_text_atomically(record, json.dumps(
            {"file": fingerprint, "checked_at": checked_at.isoformat()}), mode=PRIVATE)
    except OSError:
        log.warning("Could not record the integrity check in %s", record)


CLOSED_FILE = "brobygger-closed.json"


def _record_clean_close(directory: Path) -> None:
    record = directory / CLOSED_FILE
    try:
        write_text_atomically(record, json.dumps({"closed_at": datetime.now(UTC).isoformat()}),
                              mode=PRIVATE)
    except OSError:
        log.warning("Could not record the clean close in %s", record)


def inspect_readonly(db: Path, key: Key | None, encrypted: bool,
                     full_check: bool = True, *, strict: bool = False) -> str | None:
    """Check the file without writing a byte (:func:`readonly.inspect_file`): the key opens
    it, ``quick_check`` passes and the schema is one this version knows. Returns the stored
    schema revision."""
    return _known_schema(db, inspect_file(db, key, encrypted, full_check, strict=strict))


def _known_schema(db: Path, stored: str | None) -> str | None:
    """``stored``, unless it is a schema newer than this version knows (refused)."""
    if stored is not None and stored not in known_revisions():
        raise SchemaTooNewError(_(
            "Arbejdsområdet i {folder} er skrevet af en nyere version af Brobygger "
            "(skemaversion {stored}). Denne version kender kun op til {head}. Opdater "
            "Brobygger for at åbne det. Filen er ikke ændret.", folder=db.parent,
            stored=stored, head=head_revision()))
    return stored


def workspace_key(directory: Path, prompt: PassphrasePrompt | None = None
                  ) -> tuple[Key | None, WorkspaceSettings]:
    """The key of an existing workspace (without opening the database)."""
    return _existing_key(directory, directory / paths.DB_FILENAME, prompt)


def encrypt_in_place(directory: Path, encryption: str | None = None,
                     prompt: PassphrasePrompt | None = None) -> Path:
    """Encrypt an unencrypted workspace (closed). A backup is taken first; returns it."""
    db = directory / paths.DB_FILENAME
    key, _settings = _existing_key(directory, db, prompt)
    if key is not None or not crypto.is_plaintext(db):
        raise WorkspaceError(_("Arbejdsområdet er allerede krypteret."))
    inspect_readonly(db, None, False)
    if encryption == crypto.NONE:
        raise WorkspaceError(_("Vælg en krypteringsform: nøglering eller adgangsfrase."))
    new_key, new_settings = _new_key(encryption, prompt)
    assert new_key is not None
    safety = backup.backup_file(db, None, backup.PRE_ENCRYPTION)
    tmp = db.with_name(db.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    conn = dialect.connect(db, None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {new_key.pragma}", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    backup.replace_database(db, tmp)
    new_settings.save(directory)
    return safety


def _existing_key(directory: Path, db: Path, prompt: PassphrasePrompt | None,
                  recovery_key: str | None = None, notices: list[str] | None = None
                  ) -> tuple[Key | None, WorkspaceSettings]:
    return keys.existing_key(directory, db, prompt, recovery_key, notices)


def _new_key(encryption: str | None, prompt: PassphrasePrompt | None
             ) -> tuple[Key | None, WorkspaceSettings]:
    return keys.new_key(encryption, prompt)


def _not_the_owners(engine: Engine, shown: str) -> WorkspaceError:
    """The tables belong to another login role (an older version made them): say whose,
    and the way on."""
    try:
        with engine.connect() as conn:
            others = pg_owner.owners_of_workspace(conn)
            owner = pg_owner.database_owner(conn)
    finally:
        engine.dispose()
    whose = ", ".join(others) or _("en anden bruger")
    return WorkspaceError(_(
        "Du har ikke adgang til tabellerne i {location}: de tilhører {whose} (oprettet af en "
        "tidligere version af Brobygger), ikke databasens ejerrolle {owner}. Bed {whose} åbne "
        "arbejdsområdet én gang med denne version – så overdrages tabellerne til {owner} – "
        "eller bed it-afdelingen overdrage dem (se README: delt arbejdsområde).",
        location=shown, whose=whose, owner=owner))


def _keep_settings(directory: Path, key: Key | None, settings: WorkspaceSettings) -> None:
    """After the file has passed its (first) inspection: a lost settings file is written
    again, and the keyring notes the folder of a workspace from before the recovery file
    (so that a lost settings file can still be rebuilt)."""
    if not keys.settings_readable(directory):
        settings.save(directory)
    if key is not None and settings.encryption == crypto.KEYRING \
            and not recovery.has_recovery(directory) \
            and recovery.workspace_id_of_folder(directory) != settings.workspace_id:
        recovery.remember_folder(directory, settings.workspace_id)


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class Workspace(HeldWrites):
    """An open workspace. Use :meth:`read` for queries and :meth:`write` for changes."""

    def __init__(self, engine: Engine, location: str, path: Path | None = None,
                 key: Key | None = None, settings: WorkspaceSettings | None = None) -> None:
        self._use(engine)
        self.location = location
        self.path = path
        self.key = key
        self.settings = settings
        self._active: ContextVar[Session | None] = ContextVar(f"ws-{id(self)}", default=None)
        self.checked_at: datetime | None = None  # when the file last passed quick_check
        self.notices: list[str] = []
        self.new_recovery_key: str | None = None
        # Names this open workspace in change notices (a shared workspace's NOTIFY): a
        # window ignores the notices of its own commits.
        self.origin = uuid.uuid4().hex
        self._login_user: str | None = None

    def _use(self, engine: Engine) -> None:
        """``engine`` and every engine derived from it (reads, writes) from now on."""
        self.engine = engine
        self._write_engine = engine.execution_options(**{dialect.WRITE_OPTION: True})
        self._read_engine = engine.execution_options(**dialect.read_options(engine))

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, create: bool = True,
             encryption: str | None = None, passphrase: PassphrasePrompt | None = None,
             recovery_key: str | None = None, check_in_background: bool = False
             ) -> Workspace:
        """Open (or create) the workspace in ``data_dir``.

        ``encryption`` chooses the mode of a *new* workspace (keyring, passphrase, none;
        default: keyring, else a passphrase). ``passphrase`` is asked for a passphrase when
        one is needed. ``recovery_key`` opens an encrypted workspace whose key is lost.

        After opening, :attr:`notices` says what was repaired on the way (a lost settings
        file rebuilt); a new encrypted workspace carries its recovery key – to be shown
        once – in :attr:`new_recovery_key`.

        ``check_in_background`` (the app): when a big file needs its full integrity check
        (after an unclean close), the workspace opens read-only at once and the check runs
        on a thread; writes wait until it has passed (:mod:`.deferred_check`)."""
        directory = paths.data_dir(data_dir)
        db = directory / paths.DB_FILENAME
        if not _has_database(db):
            _refuse_if_existed(directory, db)
            if not create:
                raise WorkspaceError(_("Der er intet arbejdsområde i {directory}. Opret det med "
                                       "'brobygger-cli init'.", directory=directory))
        try:
            files.private_dir(directory)
            # Creation holds this lock until the database and its settings are written: a
            # second process waits here, then opens the first one's workspace.
            with recovery.CreationLock(directory):
                if not _has_database(db):
                    return cls._create(directory, db, encryption, passphrase)
        except OSError as exc:
            raise WorkspaceError(
                _("Datamappen {directory} kan ikke oprettes ({strerror}). Vælg en anden mappe "
                  "med --data-dir.", directory=directory, strerror=exc.strerror)) from exc
        notices: list[str] = []
        files.clean_leftovers(directory)
        key, settings = _existing_key(directory, db, passphrase, recovery_key, notices)
        # Only an encrypted file may skip the full check: SQLCipher's HMAC still
        # authenticates every page it reads. A plain file is always checked in full.
        may_skip = key is not None and db.stat().st_size >= ALWAYS_CHECK_BELOW
        checked_at = _verified_at(db) if may_skip else None
        if check_in_background and checked_at is None \
                and db.stat().st_size >= ALWAYS_CHECK_BELOW:
            checking = cls._open_checking(directory, db, key, settings)
            if checking is not None:
                checking.notices = notices
                return checking
        stored = inspect_readonly(db, key, key is not None, full_check=checked_at is None)
        _consume_verified(db)
        _keep_settings(directory, key, settings)
        if stored is not None and stored != head_revision():
            backup.backup_file(db, key, backup.PRE_MIGRATION)
        ws = cls._start(directory, db, key, settings)
        ws.checked_at = checked_at or datetime.now(UTC)
        ws.notices = notices
        return ws

    @classmethod
    def _open_checking(cls, directory: Path, db: Path, key: Key | None,
                       settings: WorkspaceSettings) -> Workspace | None:
        """The workspace, read-only while its full check runs in the background; None
        when that cannot be (no private view possible, or a migration is due: it writes,
        so the file is checked first, as before)."""
        remove_views(directory)
        check = DeferredCheck(db, key)
        if check.view is None:
            return None
        try:
            stored = _known_schema(db, inspect_view(check.view, db, key, key is not None))
        except BaseException:
            check.remove_view()
            raise
        if stored != head_revision():
            check.remove_view()
            return None
        ws = cls(check.read_engine(), str(db), db, key, settings)
        ws._check = check
        check.start(ws._check_passed)
        return ws

    def _check_passed(self) -> None:
        """The background check passed (on its thread): the normal engine from now on."""
        assert self.path is not None and self._check is not None
        read_only = self.engine
        self._use(dialect.make_engine(self.path, self.key))
        self.checked_at = datetime.now(UTC)
        _consume_verified(self.path)
        if self.settings is not None:
            _keep_settings(self.directory, self.key, self.settings)
        read_only.dispose()
        self._check.remove_view()

    @classmethod
    def _create(cls, directory: Path, db: Path, encryption: str | None,
                passphrase: PassphrasePrompt | None) -> Workspace:
        """A new workspace (under the creation lock): the database, then its settings, the
        recovery file and the keyring's note of the folder."""
        key, settings = _new_key(encryption, passphrase)
        try:
            ws = cls._start(directory, db, key, settings)
        except BaseException:
            # nothing half-made stays behind: the next attempt starts from scratch
            for leftover in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
                leftover.unlink(missing_ok=True)
            if settings.encryption == crypto.KEYRING:
                crypto.keyring_forget(settings.workspace_id)
            raise
        files.private_file(db)
        settings.save(directory)
        if key is not None:
            ws.new_recovery_key = keys.make_recovery_key(directory, key, settings)
            recovery.remember_folder(directory, settings.workspace_id)
        ws.checked_at = datetime.now(UTC)
        return ws

    @classmethod
    def _start(cls, directory: Path, db: Path, key: Key | None,
               settings: WorkspaceSettings) -> Workspace:
        engine = dialect.make_engine(db, key)
        ws = cls(engine, str(db), db, key, settings)
        try:
            ws.migrate()
        except OperationalError as exc:
            engine.dispose()
            if dialect.is_locked_error(exc):
                raise WorkspaceLockedError(LOCKED_MESSAGE) from exc
            if files.is_disk_full(exc):
                raise DiskFullError(files.DISK_FULL_MESSAGE) from exc
            raise WorkspaceError(
                _("Arbejdsområdet i {directory} kan ikke åbnes: {orig}.",
                  directory=directory, orig=exc.orig)) from exc
        return ws

    @classmethod
    def open_url(cls, url: str, *, password: PassphrasePrompt | None = None,
                 readonly: bool = False) -> Workspace:
        """Open a shared workspace on a PostgreSQL server (``postgresql://user@host/db``).

        The password comes from the URL, the OS keyring or ``password`` (asked); after a
        successful connection it is kept in the keyring – never in a settings file.
        ``readonly`` (``check``): every transaction is read-only, nothing is migrated or
        handed to the owner role, and the keyring is not written to."""
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise InputError(_("'{url}' er ikke en gyldig databaseadresse. Skriv den som "
                               "postgresql://bruger@server:5432/database.", url=url)) from exc
        if parsed.get_backend_name() != "postgresql":
            raise InputError(_("En delt database skal være PostgreSQL (postgresql://…)."))
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        account = crypto.pg_account(parsed.username, parsed.host, parsed.port, parsed.database)
        secret = parsed.password or crypto.secret_get(account)
        if secret is None and password is not None:
            secret = password(False, f"Adgangskode til {parsed.username}@{parsed.host}")
        shown = parsed.render_as_string(hide_password=True)
        options = {"options": "-c default_transaction_read_only=on"} if readonly else {}
        engine = create_engine(parsed.set(password=secret), connect_args=options)
        dialect.configure_engine(engine)
        from alembic.runtime.migration import MigrationContext

        try:
            with engine.begin() as conn:
                # tables an older version let the first user own go to the owner role
                adopted = [] if readonly else pg_owner.adopt_objects(conn)
                stored = MigrationContext.configure(conn).get_current_revision()
        except OperationalError as exc:
            engine.dispose()
            raise WorkspaceError(
                _("Kan ikke forbinde til databasen {shown}: {value}. Tjek adresse, brugernavn "
                  "og adgangskode, og om serveren kører.",
                  shown=shown, value=_first_line(exc.orig))) from exc
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient privilege
                raise
            raise _not_the_owners(engine, shown) from exc
        if stored is not None and stored not in known_revisions():
            engine.dispose()
            raise SchemaTooNewError(
                _("Databasen {shown} er skrevet af en nyere version af Brobygger (skemaversion "
                  "{stored}). Opdater Brobygger for at åbne den.", shown=shown, stored=stored))
        ws = cls(engine, shown)
        if readonly:
            return ws
        ws.migrate()
        if adopted:
            ws.notices.append(ngettext(
                "{n} tabel i den delte database tilhørte en enkelt bruger (oprettet af en "
                "tidligere version af Brobygger). Den er nu overdraget til databasens "
                "ejerrolle, så alle brugere kan åbne og skrive i den.",
                "{n} tabeller i den delte database tilhørte en enkelt bruger (oprettet af en "
                "tidligere version af Brobygger). De er nu overdraget til databasens "
                "ejerrolle, så alle brugere kan åbne og skrive i dem.", len(adopted)))
        if secret:
            crypto.secret_store(account, secret)
        return ws

    @property
    def is_shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def migrate(self) -> None:
        if self._stored_revision() == head_revision():
            return  # the common case, without importing Alembic
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        with self._write_engine.begin() as conn:
            # On a shared database the migration runs as the database's owner role, so
            # that every table it creates belongs to the owner and every member can use it.
            owner = dialect.become_owner(conn)
            try:
                current = MigrationContext.configure(conn).get_current_revision()
                if current == head_revision():
                    return
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                log.info("Migrating workspace from %s to %s", current, head_revision())
                command.upgrade(cfg, "head")
            finally:
                if owner is not None:
                    conn.exec_driver_sql("RESET ROLE")

    def login_user(self) -> str | None:
        """The login role on a shared database (``session_user`` – never the owner role a
        migration switches to); None for a file workspace."""
        if not self.is_shared:
            return None
        if self._login_user is None:  # asked once (the UI asks in the background)
            with self.engine.connect() as conn:
                self._login_user = str(conn.exec_driver_sql("SELECT session_user").scalar_one())
        return self._login_user

    def _stored_revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            except DBAPIError:  # no such table (yet)
                conn.rollback()
                return None
        return str(rows[0][0]) if len(rows) == 1 else None

    def close(self) -> None:
        check = self._check
        if check is not None:
            check.cancel()
        self.engine.dispose()
        if self.path is not None:
            if check is not None and check.state != PASSED:
                return  # never checked: nothing is recorded, nothing written in the folder
            files.private_files(self.directory)
            if self.checked_at is not None:
                _record_verified(self.path, self.checked_at)
            if not wal_pending(self.path):
                _record_clean_close(self.directory)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def directory(self) -> Path:
        assert self.path is not None
        return self.path.parent

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    # -- sessions -------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        current = self._active.get()
        if current is not None:  # inside a write transaction: see its own changes
            yield current
            return
        with Session(self._read_engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One all-or-nothing write transaction (BEGIN IMMEDIATE on SQLite). Nested calls
        join the outer transaction, so a multi-step use case commits or fails as a whole.
        When another process holds the database beyond the busy timeout, nothing is
        written and :class:`WorkspaceLockedError` explains it."""
        current = self._active.get()
        if current is not None:
            yield current
            return
        self._hold_until_checked()
        try:
            with Session(self._write_engine, expire_on_commit=False) as session, \
                    session.begin():
                token = self._active.set(session)
                try:
                    yield session
                finally:
                    self._active.reset(token)
        except OperationalError as exc:
            if dialect.is_locked_error(exc):
                raise WorkspaceLockedError(LOCKED_MESSAGE) from exc
            if files.is_disk_full(exc):
                raise DiskFullError(files.DISK_FULL_MESSAGE) from exc
            raise

    # -- backups -------------------------------------------------------------------------
    def backup(self, reason: str = backup.MANUAL) -> Path:
        """A consistent backup of the live database, encrypted with the same key."""
        if self.path is None:
            raise WorkspaceError(_("En delt database sikkerhedskopieres på serveren (pg_dump); "
                                   "tal med jeres it-afdeling."))
        self._hold_until_checked()  # never a backup of a file that has not passed its check
        raw = self.engine.raw_connection()
        try:
            return backup.backup_from_connection(raw.driver_connection, self.directory,
                                                 self.key, reason)
        finally:
            raw.close()

    def backup_if_due(self) -> Path | None:
        """The automatic backup (on close): at most one a day."""
        if self.path is not None and self.integrity == PASSED \
                and backup.auto_backup_due(self.directory):
            return self.backup(backup.AUTO)
        return None

    # -- facts ---------------------------------------------------------------------------
    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

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
