"""The workspace's files on disk: private modes, leftovers of an interrupted write, disk full.

Every file Brobygger writes holds personal data, so the data folder is made ``0700`` and
the database, backups, exports, briefs and person exports ``0600`` – whatever the umask.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE, FILE_MODE = 0o700, 0o600
DISK_FULL_MESSAGE = "Disken er fuld – frigør plads og prøv igen; intet er gemt."

# Left behind when a process died half-way through writing one of them – with the journals
# SQLite keeps beside a half-written backup or encryption copy (never the workspace
# database's own journal, which SQLite needs to roll back).
LEFTOVER_PATTERNS = ("backups/*.tmp", "backups/*.tmp-journal", "backups/*.tmp-wal",
                     "*.encrypting", "*.encrypting-journal", "*.encrypting-wal",
                     "*.restore-tmp")
# A leftover must be this old before it goes (another command may be writing it right now –
# a backup from the command line); while an app holds the workspace, an hour.
LEFTOVER_MIN_AGE_S, LEFTOVER_AGE_S = 120, 3600


def private_dir(directory: Path) -> None:
    """Create ``directory`` (and parents) and make it ``0700``."""
    directory.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        with contextlib.suppress(PermissionError):  # a folder of someone else's: leave it
            os.chmod(directory, DIR_MODE)


def private_file(path: Path) -> None:
    """Make an existing file ``0600`` (no-op on Windows, where the profile folder is private)."""
    if os.name != "nt":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


def private_files(directory: Path) -> None:
    """The database, its journals, settings and backups of a workspace: ``0600``; the
    folders ``0700``."""
    if os.name == "nt":
        return
    for folder in (directory, directory / "backups"):
        if folder.is_dir():
            with contextlib.suppress(OSError):
                os.chmod(folder, DIR_MODE)
            for f in folder.iterdir():
                if f.is_file():
                    private_file(f)


def clean_leftovers(directory: Path) -> list[Path]:
    """Remove what an interrupted write left behind (half a backup, half an encryption).

    When no app holds the workspace every leftover older than :data:`LEFTOVER_MIN_AGE_S`
    goes; while one does (it may be writing a backup right now – or it is this process),
    only leftovers older than :data:`LEFTOVER_AGE_S`."""
    from brobygger.domain.errors import WorkspaceLockedError
    from brobygger.store.lock import WorkspaceLock

    if not directory.is_dir():
        return []
    lock = WorkspaceLock(directory)
    try:
        lock.acquire()
        min_age = float(LEFTOVER_MIN_AGE_S)
    except (WorkspaceLockedError, OSError):
        min_age = LEFTOVER_AGE_S
    removed: list[Path] = []
    try:
        now = time.time()
        for pattern in LEFTOVER_PATTERNS:
            for path in directory.glob(pattern):
                with contextlib.suppress(OSError):
                    if now - path.stat().st_mtime >= min_age:
                        path.unlink()
                        removed.append(path)
    finally:
        lock.release()
    if removed:
        log.info("Removed %d leftover file(s) of an interrupted write", len(removed))
    return removed


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's "database or disk is full" and an ``ENOSPC`` OSError, also
    wrapped (SQLAlchemy's ``.orig``, ``__cause__``)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(current).lower()
        if "database or disk is full" in text or "no space left" in text:
            return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return False
