"""Looking at a workspace's database file without writing a byte.

Opening and ``check`` both start here: is there a database at all (and, if not, did a
workspace live in the folder – then it is never silently recreated), does the key open it,
does it pass ``quick_check``, and is its schema one this version knows.

SQLite creates a ``-shm`` file (and writes into it) when it reads a database that has a
``-wal`` file, even on a read-only connection. So a database with a ``-wal`` is read from a
private copy (the database and its ``-wal``, in a temporary folder that is removed
afterwards): the workspace's own files stay byte-for-byte as they were, and no file is
added. Without a ``-wal`` the file is opened ``immutable`` (nothing but the file is read).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from brobygger.domain.errors import (
    CorruptWorkspaceError,
    DiskFullError,
    LostWorkspaceError,
    WorkspaceError,
    WrongKeyError,
)
from brobygger.domain.i18n import N_, _
from brobygger.store import backup, crypto, dialect, files, recovery
from brobygger.store.crypto import Key

log = logging.getLogger(__name__)
KEYRING_SIGN = N_("nøgleringen på denne computer")
_COPY_ATTEMPTS = 5


def wal_file(db: Path) -> Path:
    return Path(str(db) + "-wal")


def shm_file(db: Path) -> Path:
    return Path(str(db) + "-shm")


def wal_pending(db: Path) -> bool:
    wal = wal_file(db)
    return wal.exists() and wal.stat().st_size > 0


def has_database(db: Path) -> bool:
    try:
        return db.stat().st_size > 0
    except OSError:
        return False


def existed_before(directory: Path) -> list[str]:
    """What says a workspace lived in ``directory``: its settings, recovery file, backups –
    or the keyring's note of the folder (an encrypted workspace's, kept when every file in
    the folder is gone)."""
    signs = [name for name in (crypto.SETTINGS_FILE, recovery.RECOVERY_FILE)
             if (directory / name).exists()]
    if backup.list_backups(directory):
        signs.append(backup.BACKUP_DIR)
    if recovery.workspace_id_of_folder(directory):
        signs.append(_(KEYRING_SIGN))
    return signs


def refuse_if_existed(directory: Path, db: Path) -> None:
    """A workspace that existed is never silently recreated over a lost or emptied file."""
    signs = existed_before(directory)
    # Every sign is written after the database has its content: a sign found while the
    # file is still empty may be another process finishing its creation right now.
    if not signs or has_database(db):
        return
    text = _("Databasefilen {db} er tom (0 byte), men der har været et arbejdsområde i "
             "{folder} ({signs}). Der er ikke oprettet et nyt, tomt arbejdsområde. Gendan den "
             "nyeste gode sikkerhedskopi, eller vælg en anden datamappe.", db=db,
             folder=directory, signs=", ".join(signs)) if db.exists() else \
        _("Databasefilen {db} mangler, men der har været et arbejdsområde i {folder} "
          "({signs}). Der er ikke oprettet et nyt, tomt arbejdsområde. Gendan den nyeste gode "
          "sikkerhedskopi, eller vælg en anden datamappe.", db=db, folder=directory,
          signs=", ".join(signs))
    raise LostWorkspaceError(text, backup.list_backups(directory))


def not_a_database(db: Path, exc: Exception) -> CorruptWorkspaceError:
    return CorruptWorkspaceError(
        _("Filen {db} er ikke en læsbar Brobygger-database ({reason}). Der er ikke skrevet "
          "noget i den. Gendan den nyeste sikkerhedskopi, eller vælg en anden datamappe.",
          db=db, reason=exc),
        backup.list_backups(db.parent))


def stamp(path: Path) -> tuple[int, int] | None:
    """The size and mtime of ``path`` (None when missing): has a file changed?"""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns


@contextmanager
def private_copy(db: Path) -> Iterator[Path]:
    """The database and its ``-wal`` copied into a private temporary folder (``0700``,
    removed afterwards). A copy taken while another process wrote is taken again."""
    wal = wal_file(db)
    try:
        with tempfile.TemporaryDirectory(prefix="brobygger-check-") as tmp:
            copy = Path(tmp) / db.name
            for _attempt in range(_COPY_ATTEMPTS):
                before = stamp(db), stamp(wal)
                wal_file(copy).unlink(missing_ok=True)
                shm_file(copy).unlink(missing_ok=True)
                shutil.copyfile(db, copy)
                if before[1] is not None:
                    shutil.copyfile(wal, wal_file(copy))
                if (stamp(db), stamp(wal)) == before:
                    break
            yield copy
    except OSError as exc:
        if files.is_disk_full(exc):
            raise DiskFullError(files.DISK_FULL_MESSAGE) from exc
        raise WorkspaceError(_(
            "Databasen {db} kan ikke tjekkes: den midlertidige kopi kan ikke laves "
            "({reason}). Intet er ændret.", db=db, reason=exc.strerror)) from exc


def inspect_file(db: Path, key: Key | None, encrypted: bool,
                 full_check: bool = True, *, strict: bool = False) -> str | None:
    """Check the file without writing a byte: the key opens it and ``quick_check`` passes.
    Returns the stored schema revision (``workspace.inspect_readonly`` also refuses one
    newer than this version knows).
    ``full_check=False`` leaves out ``quick_check`` (see ``workspace.VERIFIED_FILE``).

    A ``-wal`` without a ``-shm`` (SQLite would create one) is read from a private copy;
    ``strict`` (``check``) reads every database with a ``-wal`` or ``-shm`` from a copy,
    since reading in place may write into the ``-shm``."""
    for attempt in range(_COPY_ATTEMPTS):
        before = stamp(db), stamp(wal_file(db))
        try:
            return _inspect_once(db, key, encrypted, full_check, strict)
        except CorruptWorkspaceError:
            # Another process wrote while this one read (a file read ``immutable`` while
            # no -wal existed is not protected by SQLite's locks): what was read may be
            # torn, not damaged – read it again. A file that stays put and fails is refused.
            if attempt + 1 == _COPY_ATTEMPTS or (stamp(db), stamp(wal_file(db))) == before:
                raise
            log.info("%s changed during its check; checking again", db.name)
    raise AssertionError("unreachable")  # pragma: no cover


def _inspect_once(db: Path, key: Key | None, encrypted: bool, full_check: bool,
                  strict: bool) -> str | None:
    wal, shm = wal_file(db).exists(), shm_file(db).exists()
    if (wal and (strict or not shm)) or (strict and shm):
        with private_copy(db) as copy:
            return _inspect(copy, db, key, encrypted, full_check)
    return _inspect(db, db, key, encrypted, full_check)


def _inspect(path: Path, db: Path, key: Key | None, encrypted: bool,
             full_check: bool) -> str | None:
    """:func:`inspect_file` of ``path`` (``db`` itself or a copy of it); messages
    name ``db``."""
    try:
        conn = dialect.connect(path, key, readonly=True)
    except dialect.DatabaseError as exc:
        raise WorkspaceError(_(
            "Databasen {db} kan ikke åbnes ({reason}). Tjek filens rettigheder.", db=db,
            reason=exc)) from exc
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dialect.DatabaseError as exc:
            if encrypted and "not a database" in str(exc):
                raise WrongKeyError(_(
                    "Arbejdsområdet i {folder} kan ikke dekrypteres: enten passer nøglen "
                    "eller adgangsfrasen ikke, eller filen er beskadiget. Intet er ændret. "
                    "Prøv igen med den rigtige adgangsfrase, eller gendan den nyeste "
                    "sikkerhedskopi.", folder=db.parent),
                    backup.list_backups(db.parent)) from exc
            raise not_a_database(db, exc) from exc
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0] if full_check \
                else "ok"
        except dialect.DatabaseError as exc:
            raise not_a_database(db, exc) from exc
        if result != "ok":
            raise CorruptWorkspaceError(_(
                "Arbejdsområdet i {folder} er beskadiget ({result}). Der er ikke skrevet "
                "noget i det. Gendan den nyeste gode sikkerhedskopi.", folder=db.parent,
                result=result), backup.list_backups(db.parent))
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
            if exists else None
    finally:
        conn.close()
    return str(row[0]) if row else None


def inspect_view(view: Path, db: Path, key: Key | None, encrypted: bool) -> str | None:
    """The cheap part of :func:`inspect_file` – the key opens the file, its schema revision
    – read from ``view`` (``db`` itself, read ``immutable``, or a private view of it, see
    :mod:`brobygger.store.deferred_check`), without ``quick_check``."""
    return _inspect(view, db, key, encrypted, False)


def private_view(db: Path, prefix: str) -> Path | None:
    """A hidden folder beside ``db`` (named ``prefix`` + a random part) with a hard link
    to it and a copy of its ``-wal``, for :mod:`brobygger.store.deferred_check`: the view's
    database path, or None when no hard link can be made."""
    folder = db.parent / f"{prefix}{uuid.uuid4().hex[:12]}"
    try:
        folder.mkdir(mode=0o700)
        view = folder / db.name
        os.link(db, view)
        wal = wal_file(db)
        if wal.exists():
            shutil.copyfile(wal, wal_file(view))
    except OSError as exc:
        log.info("No private view of %s for a background check (%s)", db.name, exc)
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return view
