"""Removing a laptop workspace the user no longer wants (the UI asks first and moves the
folder to the trash): its keys leave the keyring, so nothing points at it any more and it
is not mistaken for a lost workspace."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.errors

from brobygger import paths
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.store import crypto, recovery

__all__ = ["remove_workspace"]


def remove_workspace(directory: Path, to_trash: Callable[[Path], bool]) -> str | None:
    """Move ``directory`` (a workspace folder) with ``to_trash`` and forget its keyring
    entries (the key and the folder's record). Returns the workspace id (None if unknown).
    Raises :class:`InputError` when the folder holds no workspace or cannot be moved."""
    if not (directory / paths.DB_FILENAME).exists():
        raise InputError(_("Der er intet Brobygger-arbejdsområde i {directory}.",
                           directory=directory))
    settings = crypto.WorkspaceSettings.load(directory)
    workspace_id = settings.workspace_id if settings is not None else \
        recovery.workspace_id_of_folder(directory)
    account = recovery._folder_account(directory)  # the folder record of the same store
    if not to_trash(directory):
        raise InputError(_("Mappen {directory} kunne ikke flyttes til papirkurven. Intet er "
                           "ændret.", directory=directory))
    if workspace_id:
        crypto.keyring_forget(workspace_id)
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(crypto.SERVICE, account)
    return workspace_id
