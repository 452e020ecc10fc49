"""Encryption at rest: SQLCipher keys, the OS keyring and passphrases.

A workspace is encrypted in one of three modes, recorded (never with the key) in the
workspace's settings file ``brobygger-workspace.json``:

``keyring``     a random 256-bit key kept in the OS keyring (service ``brobygger``) – default;
``passphrase``  a passphrase the user types (SQLCipher derives the key with PBKDF2);
``none``        no encryption – only on the user's explicit choice (``--no-encryption``).

The key is never written to a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

from brobygger.domain.errors import KeyUnavailableError
from brobygger.domain.i18n import _
from brobygger.fileio import PRIVATE, write_text_atomically

SERVICE = "brobygger"
KEYRING, PASSPHRASE, NONE = "keyring", "passphrase", "none"
MODES = (KEYRING, PASSPHRASE, NONE)
SETTINGS_FILE = "brobygger-workspace.json"
ENV_PASSPHRASE = "BROBYGGER_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8

# Asked when a passphrase is needed: (new, reason) -> passphrase or None (cancelled).
PassphrasePrompt = Callable[[bool, str], "str | None"]


@dataclass(frozen=True, slots=True)
class Key:
    """What ``PRAGMA key`` gets: a raw hex key or a passphrase (SQL-quoted here)."""

    pragma: str

    @classmethod
    def raw(cls, hex_key: str) -> Key:
        int(hex_key, 16)  # only hex digits can reach the pragma
        return cls(f"\"x'{hex_key}'\"")

    @classmethod
    def passphrase(cls, text: str) -> Key:
        return cls("'" + text.replace("'", "''") + "'")


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    workspace_id: str
    encryption: str

    @classmethod
    def load(cls, directory: Path) -> WorkspaceSettings | None:
        path = directory / SETTINGS_FILE
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(str(data["id"]), str(data["encryption"]))

    def save(self, directory: Path) -> None:
        write_text_atomically(directory / SETTINGS_FILE, json.dumps(
            {"id": self.workspace_id, "encryption": self.encryption}, indent=1), mode=PRIVATE)

    @classmethod
    def new(cls, encryption: str) -> WorkspaceSettings:
        return cls(str(uuid.uuid4()), encryption)


def is_plaintext(db: Path) -> bool:
    with db.open("rb") as f:
        return f.read(16) == SQLITE_HEADER


def _account(workspace_id: str) -> str:
    return f"workspace-{workspace_id}"


def keyring_usable() -> bool:
    """True when a real keyring backend stores secrets (not the fail or null backends)."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    return getattr(backend, "priority", 1) > 0


def keyring_get(workspace_id: str) -> str | None:
    return secret_get(_account(workspace_id))


def keyring_store_new(workspace_id: str) -> str | None:
    """Create and store a random key; None if the keyring cannot keep it."""
    if not keyring_usable():
        return None
    hex_key = secrets.token_hex(32)
    try:
        keyring.set_password(SERVICE, _account(workspace_id), hex_key)
    except keyring.errors.KeyringError:
        return None
    return hex_key if keyring_get(workspace_id) == hex_key else None


def pg_account(user: str | None, host: str | None, port: int | None,
               database: str | None) -> str:
    return f"postgresql:{user or ''}@{host or 'localhost'}:{port or 5432}/{database or ''}"


def secret_get(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError:
        return None


def secret_store(account: str, secret: str) -> bool:
    """Keep a secret in the keyring if there is one; False when it cannot."""
    if not keyring_usable():
        return False
    try:
        keyring.set_password(SERVICE, account, secret)
    except keyring.errors.KeyringError:
        return False
    return True


def keyring_forget(workspace_id: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _account(workspace_id))


def env_passphrase_prompt(passphrase_file: str | os.PathLike[str] | None = None
                          ) -> PassphrasePrompt:
    """The command line's passphrase source: ``--passphrase-file`` or
    ``$BROBYGGER_PASSPHRASE``."""

    def prompt(new: bool, reason: str) -> str | None:
        if passphrase_file:
            return Path(passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        return os.environ.get(ENV_PASSPHRASE) or None

    return prompt


def check_new_passphrase(text: str) -> None:
    if len(text) < MIN_PASSPHRASE:
        raise KeyUnavailableError(
            _("Adgangsfrasen er for kort: brug mindst {MIN_PASSPHRASE} tegn.",
              MIN_PASSPHRASE=MIN_PASSPHRASE))


def ask_passphrase(prompt: PassphrasePrompt | None, new: bool, reason: str) -> Key:
    text = prompt(new, reason) if prompt else None
    if not text:
        raise KeyUnavailableError(
            reason + " Angiv adgangsfrasen (i programmet, med --passphrase-file eller "
            f"${ENV_PASSPHRASE}), eller opret arbejdsområdet uden kryptering med "
            "--no-encryption.")
    if new:
        check_new_passphrase(text)
    return Key.passphrase(text)
