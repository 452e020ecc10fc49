"""Keeping the key to an encrypted workspace reachable.

Three safeguards, so that the key cannot be orphaned:

* **Recovery key** (gendannelsesnøgle): at creation a random recovery key is made and
  shown once; the workspace key (the raw key or the passphrase) is wrapped with it
  (scrypt + AES-GCM) in the sidecar ``brobygger-recovery.json``. The recovery key itself is
  never stored. With it the workspace opens when the keyring is gone (a new laptop).
* The sidecar also carries the workspace id and encryption mode in plain text, so a lost
  ``brobygger-workspace.json`` is rebuilt from it.
* A keyring entry per folder (``folder-<hash>`` → workspace id) finds the key of this
  workspace when both files are gone.

Creating a workspace holds :class:`CreationLock`, so two processes starting on one empty
folder at once give one workspace and one key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from pathlib import Path

from brobygger.domain.errors import InputError, WorkspaceError
from brobygger.domain.i18n import _
from brobygger.fileio import PRIVATE, write_text_atomically
from brobygger.store import crypto
from brobygger.store.crypto import Key
from brobygger.store.lock import FileLock

RECOVERY_FILE = "brobygger-recovery.json"
CREATE_LOCK = "brobygger-create.lock"
ENV_RECOVERY = "BROBYGGER_RECOVERY_KEY"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_GROUP = 4

KIND_RAW, KIND_PASSPHRASE = "raw", "passphrase"


def new_recovery_key() -> str:
    """A random recovery key, 130 bits, written as groups: ``ABCD-EFGH-…``."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii").rstrip("=")
    return "-".join(text[i:i + _GROUP] for i in range(0, len(text), _GROUP))


def normalise(recovery_key: str) -> str:
    """The recovery key as typed: spaces, hyphens and case do not matter."""
    return "".join(ch for ch in recovery_key.upper() if ch.isalnum())


def _kek(recovery_key: str, salt: bytes) -> bytes:
    # cryptography is imported where a recovery key is used, not by every command that
    # opens a workspace (issue 21: ~10 ms of each CLI command)
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return kdf.derive(normalise(recovery_key).encode("ascii", "replace"))


def write_sidecar(directory: Path, settings: crypto.WorkspaceSettings, secret: str,
                  kind: str, recovery_key: str) -> None:
    """Wrap ``secret`` (hex key or passphrase) with ``recovery_key`` in the sidecar."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_kek(recovery_key, salt)).encrypt(
        nonce, json.dumps({"kind": kind, "secret": secret}).encode("utf-8"),
        settings.workspace_id.encode("ascii"))
    data = {"id": settings.workspace_id, "encryption": settings.encryption,
            "kdf": {"name": "scrypt", "n": _SCRYPT_N, "r": _SCRYPT_R, "p": _SCRYPT_P,
                    "salt": salt.hex()},
            "nonce": nonce.hex(), "wrapped": wrapped.hex()}
    write_text_atomically(directory / RECOVERY_FILE, json.dumps(data, indent=1), mode=PRIVATE)


def read_sidecar(directory: Path) -> dict[str, object] | None:
    path = directory / RECOVERY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "id" in data else None


def has_recovery(directory: Path) -> bool:
    return read_sidecar(directory) is not None


def settings_from_sidecar(directory: Path) -> crypto.WorkspaceSettings | None:
    """The workspace's id and mode as the sidecar carries them (to rebuild lost settings)."""
    data = read_sidecar(directory)
    if data is None:
        return None
    return crypto.WorkspaceSettings(str(data["id"]), str(data.get("encryption",
                                                                   crypto.KEYRING)))


def unwrap(directory: Path, recovery_key: str) -> tuple[Key, str, str]:
    """(SQLCipher key, kind, secret) from the sidecar and the recovery key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = read_sidecar(directory)
    if data is None:
        raise WorkspaceError(_("Der er ingen gendannelsesfil ({RECOVERY_FILE}) i {directory}. "
                               "Gendannelsesnøglen kan ikke bruges uden den.",
                               RECOVERY_FILE=RECOVERY_FILE, directory=directory))
    try:
        kdf = data["kdf"]
        assert isinstance(kdf, dict)
        plain = AESGCM(_kek(recovery_key, bytes.fromhex(str(kdf["salt"])))).decrypt(
            bytes.fromhex(str(data["nonce"])), bytes.fromhex(str(data["wrapped"])),
            str(data["id"]).encode("ascii"))
    except InvalidTag:
        raise InputError(_("Gendannelsesnøglen passer ikke til dette arbejdsområde. Tjek at den "
                           "er skrevet rigtigt (store/små bogstaver og bindestreger er "
                           "ligegyldige).")) from None
    except (KeyError, ValueError, AssertionError, UnicodeEncodeError) as exc:
        raise WorkspaceError(_("Gendannelsesfilen i {directory} er beskadiget.",
                               directory=directory)) from exc
    payload = json.loads(plain.decode("utf-8"))
    kind, secret = str(payload["kind"]), str(payload["secret"])
    key = Key.raw(secret) if kind == KIND_RAW else Key.passphrase(secret)
    return key, kind, secret


# -- the folder's keyring entry ------------------------------------------------------------
def _folder_account(directory: Path) -> str:
    digest = hashlib.sha256(str(directory.resolve()).encode("utf-8")).hexdigest()[:32]
    return f"folder-{digest}"


def remember_folder(directory: Path, workspace_id: str) -> None:
    crypto.secret_store(_folder_account(directory), workspace_id)


def forget_folder(directory: Path) -> None:
    import contextlib

    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(crypto.SERVICE, _folder_account(directory))


def workspace_id_of_folder(directory: Path) -> str | None:
    return crypto.secret_get(_folder_account(directory))


# -- the creation lock --------------------------------------------------------------------
class CreationLock(FileLock):
    """An exclusive OS lock on ``brobygger-create.lock`` while a workspace is created (the
    second process waits, then finds the first one's workspace)."""

    wait = True

    def __init__(self, directory: Path) -> None:
        super().__init__(directory / CREATE_LOCK)
