"""``check``: the state of a laptop workspace, found without writing a byte."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from brobygger import paths
from brobygger.domain.errors import (
    BrobyggerError,
    CorruptWorkspaceError,
    SchemaTooNewError,
    WorkspaceError,
    WrongKeyError,
)
from brobygger.domain.i18n import _
from brobygger.store import backup, crypto, keys
from brobygger.store.crypto import PassphrasePrompt
from brobygger.store.readonly import has_database, refuse_if_existed, wal_pending
from brobygger.store.workspace import CLOSED_FILE, inspect_readonly


def last_clean_close(directory: Path) -> datetime | None:
    """When the workspace was last closed cleanly (everything folded into the file)."""
    try:
        data = json.loads((directory / CLOSED_FILE).read_text(encoding="utf-8"))
        return datetime.fromisoformat(str(data["closed_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``check`` found – without writing a byte."""

    location: str
    revision: str | None
    integrity: str
    last_clean_close: datetime | None
    closed_cleanly: bool  # no unfolded WAL now


def check_readonly(data_dir: str | Path | None, prompt: PassphrasePrompt | None = None,
                   recovery_key: str | None = None) -> CheckReport:
    """Check a laptop workspace strictly read-only: no database, -wal, -shm or settings
    file is created, nothing is migrated (a database with a ``-wal`` or ``-shm`` is read
    from a private copy). A missing or empty file is refused."""
    directory = paths.data_dir(data_dir)
    db = directory / paths.DB_FILENAME
    if not has_database(db):
        refuse_if_existed(directory, db)
        raise WorkspaceError(_("Der er intet arbejdsområde i {directory}. Opret det med "
                               "'brobygger-cli init'.", directory=directory))
    key, _settings = keys.existing_key(directory, db, prompt, recovery_key, None,
                                       repair=False)
    try:
        revision = inspect_readonly(db, key, key is not None, strict=True)
        integrity = "ok"
    except SchemaTooNewError:
        raise
    except CorruptWorkspaceError as exc:
        if isinstance(exc, WrongKeyError):
            raise
        revision, integrity = None, exc.message
    return CheckReport(str(db), revision, integrity, last_clean_close(directory),
                       not wal_pending(db))


def newest_good_backup(data_dir: str | Path | None, prompt: PassphrasePrompt | None = None
                       ) -> tuple[int, backup.BackupInfo, bool] | None:
    """The backup to offer when the workspace is refused: (its number in ``restore``'s
    list, the backup, whether it was checked). The newest backup that opens with the
    workspace's key and passes ``quick_check``; when the key cannot be had without asking,
    the newest one, unchecked (``restore`` checks it before it replaces anything)."""
    directory = paths.data_dir(data_dir)
    backups = backup.list_backups(directory)
    if not backups:
        return None
    try:
        plain = crypto.is_plaintext(backups[0].path)
        key = None if plain else keys.existing_key(directory, backups[0].path, prompt, None,
                                                   None, repair=False)[0]
    except (BrobyggerError, OSError):
        return 1, backups[0], False
    for number, info in enumerate(backups, 1):
        try:
            backup.verify_backup(info.path, key)
        except BrobyggerError:
            continue
        return number, info, True
    return None
