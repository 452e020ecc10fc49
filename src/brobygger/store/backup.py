"""Consistent, rotated backups beside the workspace, and restore.

Backups are made with SQLite's online backup API from a live connection, so they are
consistent even while the app writes, and they are encrypted with the workspace's own key.
They live in ``<workspace>/backups/`` and are named
``brobygger-YYYYMMDD-HHMMSS-<reason>.sqlite3``.

Rotation keeps, of the automatic backups, the newest per day for 7 days, per week for
4 weeks and per month for 12 months; of the others (before migration, import, restore, or
made by hand) the newest 20.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from brobygger import paths
from brobygger.domain.errors import BrobyggerError, DiskFullError, WorkspaceError
from brobygger.domain.i18n import _
from brobygger.store import dialect, files
from brobygger.store.crypto import Key

BACKUP_DIR = "backups"
AUTO, MANUAL, PRE_MIGRATION, PRE_IMPORT, PRE_RESTORE, PRE_ENCRYPTION = (
    "auto", "manuel", "foer-migrering", "foer-import", "foer-gendannelse", "foer-kryptering")
REASON_LABELS = {AUTO: "automatisk", MANUAL: "manuel", PRE_MIGRATION: "før opgradering",
                 PRE_IMPORT: "før import", PRE_RESTORE: "før gendannelse",
                 PRE_ENCRYPTION: "før kryptering"}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_OTHER = 7, 4, 12, 20
_NAME = re.compile(r"^brobygger-(\d{8}-\d{6}(?:-\d+)?)-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIR


def list_backups(directory: Path) -> list[BackupInfo]:
    """The backups of a workspace directory, newest first."""
    folder = backup_dir(directory)
    if not folder.is_dir():
        return []
    out = []
    for f in folder.iterdir():
        m = _NAME.match(f.name)
        if not m:
            continue
        stamp = m.group(1)[:15]
        taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        out.append(BackupInfo(f, taken, m.group(2), f.stat().st_size))
    return sorted(out, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source_conn: Any, dest: Path, key: Key | None) -> None:
    """Copy a live database into ``dest`` (atomically) with the backup API."""
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    target = dialect.connect(tmp, key)
    try:
        source_conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    files.private_file(tmp)
    _fsync_file(tmp)
    os.replace(tmp, dest)


def _new_name(directory: Path, reason: str, now: datetime) -> Path:
    folder = backup_dir(directory)
    files.private_dir(folder)
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"brobygger-{stamp}-{reason}.sqlite3"
    n = 1
    while candidate.exists():
        candidate = folder / f"brobygger-{stamp}-{n}-{reason}.sqlite3"
        n += 1
    return candidate


def backup_from_connection(source_conn: Any, directory: Path, key: Key | None, reason: str,
                           now: datetime | None = None) -> Path:
    moment = now or datetime.now(UTC)
    dest = _new_name(directory, reason, moment)
    try:
        copy_database(source_conn, dest, key)
    except (OSError, dialect.DatabaseError) as exc:
        Path(str(dest) + ".tmp").unlink(missing_ok=True)
        if files.is_disk_full(exc):
            raise DiskFullError(files.DISK_FULL_MESSAGE) from exc
        raise WorkspaceError(
            _("Sikkerhedskopien kunne ikke gemmes i {parent} ({exc}). Tjek at der er plads på "
              "disken.", parent=dest.parent, exc=exc)) from exc
    prune(directory, moment)
    return dest


def backup_file(db: Path, key: Key | None, reason: str, now: datetime | None = None) -> Path:
    """Back up a closed workspace file (read-only source: the file is not touched)."""
    src = dialect.connect(db, key, readonly=True)
    try:
        return backup_from_connection(src, db.parent, key, reason, now)
    finally:
        src.close()


def prune(directory: Path, now: datetime | None = None) -> list[Path]:
    """Apply the rotation; returns the removed files."""
    moment = now or datetime.now(UTC)
    keep: set[Path] = set()
    backups = list_backups(directory)
    auto = [b for b in backups if b.reason == AUTO]
    for width, count, bucket in (
        (timedelta(days=KEEP_DAILY), KEEP_DAILY, lambda d: d.date()),
        (timedelta(weeks=KEEP_WEEKLY), KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (timedelta(days=31 * KEEP_MONTHLY), KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: set[object] = set()
        for b in auto:  # newest first: the first in each bucket is kept
            key = bucket(b.taken_at)
            if moment - b.taken_at <= width and key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(b.path)
    others = [b for b in backups if b.reason != AUTO]
    keep.update(b.path for b in others[:KEEP_OTHER])
    if auto:
        keep.add(auto[0].path)  # never remove the newest automatic backup
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def auto_backup_due(directory: Path, now: datetime | None = None) -> bool:
    moment = now or datetime.now(UTC)
    autos = [b for b in list_backups(directory) if b.reason == AUTO]
    return not autos or moment - autos[0].taken_at >= timedelta(hours=23)


def verify_backup(path: Path, key: Key | None) -> None:
    """Raise unless the backup opens with the key and passes ``quick_check``."""
    try:
        conn = dialect.connect(path, key, readonly=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except dialect.DatabaseError as exc:
        raise BrobyggerError(
            _("Sikkerhedskopien {name} kan ikke læses ({exc}). Vælg en anden.",
              name=path.name, exc=exc)) from exc
    if result != "ok":
        raise BrobyggerError(_("Sikkerhedskopien {name} er beskadiget ({result}). Vælg en anden.",
                               name=path.name, result=result))


def restore(directory: Path, backup: Path, key: Key | None,
            now: datetime | None = None) -> Path | None:
    """Replace the workspace database with ``backup``. The workspace must be closed.

    The current state is first saved as a backup (a readable database through the backup
    API; an unreadable file is kept as a raw copy). Returns that safety copy."""
    verify_backup(backup, key)
    db = directory / paths.DB_FILENAME
    safety: Path | None = None
    if db.exists():
        try:
            safety = backup_file(db, key, PRE_RESTORE, now)
        except (BrobyggerError, dialect.DatabaseError):
            safety = _new_name(directory, PRE_RESTORE, now or datetime.now(UTC))
            shutil.copy2(db, safety)
    tmp = db.with_name(db.name + ".restore-tmp")
    shutil.copyfile(backup, tmp)
    files.private_file(tmp)
    replace_database(db, tmp)
    return safety


def replace_database(db: Path, new_file: Path) -> None:
    """Atomically put ``new_file`` in place of the (closed) database ``db``."""
    files.private_file(new_file)
    _fsync_file(new_file)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    os.replace(new_file, db)
