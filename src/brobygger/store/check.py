"""``check``: the state of a laptop workspace, found without writing a byte."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from brobygger import paths
from brobygger.domain.errors import (
    CorruptWorkspaceError,
    SchemaTooNewError,
    WorkspaceError,
    WrongKeyError,
)
from brobygger.domain.i18n import _
from brobygger.store import keys, lost
from brobygger.store.crypto import PassphrasePrompt
from brobygger.store.workspace import (
    CLOSED_FILE,
    _has_database,
    _wal_pending,
    inspect_readonly,
)


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
    file is created, nothing is migrated. A missing or empty file is refused."""
    directory = paths.data_dir(data_dir)
    db = directory / paths.DB_FILENAME
    if not _has_database(db):
        lost.refuse_if_existed(directory, db)
        raise WorkspaceError(_("Der er intet arbejdsområde i {directory}. Opret det med "
                               "'brobygger-cli init'.", directory=directory))
    key, _settings = keys.existing_key(directory, db, prompt, recovery_key, None,
                                       repair=False)
    try:
        revision = inspect_readonly(db, key, key is not None)
        integrity = "ok"
    except SchemaTooNewError:
        raise
    except CorruptWorkspaceError as exc:
        if isinstance(exc, WrongKeyError):
            raise
        revision, integrity = None, exc.message
    return CheckReport(str(db), revision, integrity, last_clean_close(directory),
                       not _wal_pending(db))
