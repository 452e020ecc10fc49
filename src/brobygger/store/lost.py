"""A workspace that existed is never silently recreated: where its database is lost or
emptied but its settings, recovery file or backups remain, opening refuses."""

from __future__ import annotations

from pathlib import Path

from brobygger.domain.errors import LostWorkspaceError
from brobygger.domain.i18n import _
from brobygger.store import backup, crypto, recovery


def existed_before(directory: Path) -> list[str]:
    """What says a workspace lived in ``directory``: its settings, recovery file, backups."""
    signs = [name for name in (crypto.SETTINGS_FILE, recovery.RECOVERY_FILE)
             if (directory / name).exists()]
    if backup.list_backups(directory):
        signs.append(backup.BACKUP_DIR)
    return signs


def refuse_if_existed(directory: Path, db: Path) -> None:
    """A workspace that existed is never silently recreated over a lost or emptied file."""
    signs = existed_before(directory)
    if not signs:
        return
    state = _("er tom (0 byte)") if db.exists() else _("mangler")
    raise LostWorkspaceError(
        _("Databasefilen {db} {state}, men der har været et arbejdsområde i {directory} "
          "({value}). Der er ikke oprettet et nyt, tomt arbejdsområde. Gendan den nyeste gode "
          "sikkerhedskopi, eller vælg en anden datamappe.", db=db, state=state,
          directory=directory, value=", ".join(signs)),
        backup.list_backups(directory))
