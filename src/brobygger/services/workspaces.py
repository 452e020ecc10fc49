"""The workspace service: open, create, encrypt, back up and restore a workspace, and its
keys – for ``app.py``, the CLI and the UI, none of which imports :mod:`brobygger.store`.

The operations that close a workspace and open it again (restore a backup, encrypt in
place) run on the task runner's write worker. They never ask anything: a passphrase the
user has already typed travels along (:func:`known_passphrase`, :class:`CapturingPrompt`),
so no dialog is ever opened from a worker thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from brobygger import paths
from brobygger.store import backup, crypto
from brobygger.store.backup import (
    AUTO,
    MANUAL,
    PRE_ENCRYPTION,
    PRE_IMPORT,
    PRE_MIGRATION,
    PRE_RESTORE,
    BackupInfo,
    backup_dir,
    list_backups,
)
from brobygger.store.check import check_readonly, newest_good_backup
from brobygger.store.crypto import (
    KEYRING,
    MIN_PASSPHRASE,
    NONE,
    PASSPHRASE,
    Key,
    PassphrasePrompt,
    env_passphrase_prompt,
    is_plaintext,
    keyring_forget,
    keyring_get,
    keyring_usable,
)
from brobygger.store.files import is_disk_full
from brobygger.store.keys import key_secret, make_recovery_key
from brobygger.store.lock import WorkspaceLock
from brobygger.store.recovery import ENV_RECOVERY, has_recovery
from brobygger.store.transfer import copy_workspace
from brobygger.store.workspace import (
    Workspace,
    alembic_config,
    encrypt_in_place,
    head_revision,
    workspace_key,
)

__all__ = [
    "AUTO",
    "ENV_RECOVERY",
    "KEYRING",
    "MANUAL",
    "MIN_PASSPHRASE",
    "NONE",
    "PASSPHRASE",
    "PRE_ENCRYPTION",
    "PRE_IMPORT",
    "PRE_MIGRATION",
    "PRE_RESTORE",
    "BackupInfo",
    "CapturingPrompt",
    "Key",
    "Opened",
    "PassphrasePrompt",
    "Workspace",
    "WorkspaceLock",
    "alembic_config",
    "backup_dir",
    "check_readonly",
    "describe",
    "describe_url",
    "encrypt_directory",
    "encrypt_in_place",
    "encrypt_workspace",
    "env_db_password",
    "env_passphrase_prompt",
    "has_recovery",
    "has_saved_password",
    "head_revision",
    "is_disk_full",
    "is_plaintext",
    "is_unencrypted",
    "key_secret",
    "keyring_forget",
    "keyring_get",
    "keyring_usable",
    "known_passphrase",
    "list_backups",
    "make_recovery_key",
    "newest_good_backup",
    "open_laptop",
    "open_location",
    "open_shared",
    "restore_backup",
    "restore_directory",
    "restore_file",
    "transfer",
    "workspace_key",
]


@dataclass
class Opened:
    """A workspace that was just opened and should replace the one the window shows.

    ``same_place``: the same workspace, reopened (after a restore or an encryption) – its
    lock stays. Otherwise ``lock`` is the new laptop workspace's lock (None when shared)
    and the old workspace is closed and its lock released."""

    ws: Workspace
    lock: WorkspaceLock | None = None
    message: str = ""
    same_place: bool = False


class CapturingPrompt:
    """Wraps a passphrase prompt and remembers the last answer, so the same passphrase can
    open the workspace again later without asking (e.g. on a worker thread)."""

    def __init__(self, prompt: PassphrasePrompt | None) -> None:
        self.prompt = prompt
        self.last: str | None = None

    def __call__(self, new: bool, reason: str) -> str | None:
        if self.last is not None and not new:
            return self.last
        answer = self.prompt(new, reason) if self.prompt is not None else None
        if answer:
            self.last = answer
        return answer

    def replay(self) -> PassphrasePrompt:
        """A prompt that only gives the remembered answer (never asks)."""
        return lambda _new, _reason: self.last


def known_passphrase(key: Key | None) -> PassphrasePrompt:
    """A prompt answering with the passphrase behind an open workspace's ``key`` (a
    passphrase key is the SQL-quoted text, see :meth:`Key.passphrase`); None for a raw
    keyring key, which :meth:`Workspace.open` fetches from the keyring itself."""
    text: str | None = None
    if key is not None and key.pragma.startswith("'") and key.pragma.endswith("'"):
        text = key.pragma[1:-1].replace("''", "'")
    return lambda _new, _reason: text


# -- where a workspace lives -------------------------------------------------------------------
def describe(ws: Workspace) -> str:
    """Where the workspace lives, for the status bar: the file, or user@server/database."""
    return describe_url(ws.location) if ws.is_shared else ws.location


def describe_url(url: str) -> str:
    """A shared workspace's address as people read it: user@server:port/database."""
    try:
        parsed = make_url(url)
    except ArgumentError:  # a damaged entry in the settings: show it as it is
        return url
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{user}{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


# -- operations that close and reopen (run on the write worker) ----------------------------------
def restore_backup(ws: Workspace, backup_path: Path) -> tuple[Opened, Path | None]:
    """Close ``ws``, restore ``backup_path`` over it (the current state is saved first) and
    open it again. Returns the reopened workspace and the safety copy."""
    directory, key = ws.directory, ws.key
    ws.close()
    safety = backup.restore(directory, backup_path, key)
    reopened = Workspace.open(directory, create=False, passphrase=known_passphrase(key))
    return Opened(reopened, same_place=True), safety


def encrypt_workspace(ws: Workspace, encryption: str | None,
                      passphrase: str | None) -> tuple[Opened, Path]:
    """Close the unencrypted ``ws``, encrypt it in place (a backup first) with a key in the
    keyring (``encryption=None``) or ``passphrase``, and open it again."""
    directory = ws.directory
    ws.close()

    def prompt(_new: bool, _reason: str) -> str | None:
        return passphrase

    safety = encrypt_in_place(directory, encryption=encryption, prompt=prompt)
    reopened = Workspace.open(directory, create=False, passphrase=prompt)
    return Opened(reopened, same_place=True), safety


def open_laptop(directory: Path, prompt: PassphrasePrompt) -> Callable[[], Opened]:
    """Take the laptop workspace's lock now (on the UI thread: a clear error if another
    window has it) and return the work that opens it (for the worker). ``prompt`` must
    not ask (see :meth:`CapturingPrompt.replay`)."""
    lock = WorkspaceLock(directory)
    lock.acquire()

    def work() -> Opened:
        try:
            return Opened(Workspace.open(directory, passphrase=prompt), lock)
        except BaseException:
            lock.release()
            raise

    return work


def open_shared(url: str, password: str | None) -> Opened:
    """Connect to a shared workspace; a typed ``password`` wins over the keyring's."""
    target = make_url(url)
    if password:
        target = target.set(password=password)
    ws = Workspace.open_url(target.render_as_string(hide_password=False),
                            password=lambda _new, _reason: password or None)
    ws.login_user()  # read here, in the background: the new window's services use it
    return Opened(ws, message=" ".join(ws.notices))  # e.g. tables handed to the owner role


# -- for the command line and the app's start --------------------------------------------------
def env_db_password(new: bool, reason: str) -> str | None:
    """A shared workspace's password from ``$BROBYGGER_DB_PASSWORD`` (the keyring first)."""
    return os.environ.get("BROBYGGER_DB_PASSWORD") or None


def open_location(location: str | None, *, create: bool = False, no_encryption: bool = False,
                  passphrase_file: str | None = None,
                  recovery_key: str | None = None) -> Workspace:
    """A workspace from a directory (the laptop file) or a postgresql:// URL (shared); the
    shared password from the keyring or ``$BROBYGGER_DB_PASSWORD``; ``recovery_key`` opens
    an encrypted laptop workspace whose key is lost."""
    if location and location.startswith("postgresql"):
        return Workspace.open_url(location, password=env_db_password)
    return Workspace.open(location, create=create,
                          encryption=NONE if no_encryption else None,
                          passphrase=env_passphrase_prompt(passphrase_file),
                          recovery_key=recovery_key)


def transfer(source: Workspace, target: Workspace) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target`` (counts checked)."""
    return copy_workspace(source, target)


def restore_directory(directory: Path, backup_path: Path,
                      passphrase_file: str | None = None) -> Path | None:
    """Restore ``backup_path`` over the (closed) workspace in ``directory`` under its lock;
    the current state is saved first (returned)."""
    key, _ = workspace_key(directory, env_passphrase_prompt(passphrase_file))
    with WorkspaceLock(directory):
        return backup.restore(directory, backup_path, key)


def encrypt_directory(directory: Path, *, passphrase: bool,
                      passphrase_file: str | None = None) -> Path:
    """Encrypt the (closed, unencrypted) workspace in ``directory`` under its lock, with a
    key in the keyring or – ``passphrase`` – a passphrase. Returns the backup from before."""
    with WorkspaceLock(directory):
        return encrypt_in_place(directory, PASSPHRASE if passphrase else None,
                                env_passphrase_prompt(passphrase_file))


def restore_file(directory: Path, backup_path: Path, key: Key | None) -> Path | None:
    """Restore ``backup_path`` over the closed workspace in ``directory`` with its ``key``
    (the caller holds the lock); the current state is saved first (returned)."""
    return backup.restore(directory, backup_path, key)


def is_unencrypted(ws: Workspace) -> bool:
    """A laptop workspace without encryption (the user chose --no-encryption)."""
    return not ws.is_shared and ws.settings is not None and ws.settings.encryption == NONE


def has_saved_password(user: str, host: str, port: int | None, database: str) -> bool:
    """Whether the keyring holds the password for this shared workspace."""
    return crypto.secret_get(crypto.pg_account(user, host, port, database)) is not None


def data_dir(directory: str | Path | None = None) -> Path:
    """The laptop workspace's directory (the flag, ``$BROBYGGER_DATA_DIR`` or the default)."""
    return paths.data_dir(directory)
