"""Finding the key of an existing workspace, and making the key of a new one.

The key of an existing workspace comes from (in this order) the recovery key when one is
given, the OS keyring, or a passphrase. The workspace's id comes from its settings file
``brobygger-workspace.json``; when that is lost or unreadable, from the recovery sidecar or
the keyring's entry for the folder (see :mod:`brobygger.store.recovery`) – and the notices
say what happened.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from brobygger.domain.errors import KeyUnavailableError
from brobygger.domain.i18n import _
from brobygger.store import crypto, recovery
from brobygger.store.crypto import Key, PassphrasePrompt, WorkspaceSettings

log = logging.getLogger(__name__)


def load_settings(directory: Path, notices: list[str]) -> WorkspaceSettings | None:
    """The workspace's settings; a damaged or lost file is rebuilt from what is left."""
    try:
        settings = WorkspaceSettings.load(directory)
    except (OSError, ValueError, KeyError, TypeError):
        settings = None
        notices.append(f"Indstillingsfilen {crypto.SETTINGS_FILE} var beskadiget (ikke "
                       "gyldig JSON). Den er genskabt ud fra det, arbejdsområdet ellers "
                       "ved om sig selv.")
    else:
        if settings is not None:
            return settings
        if not notices and (recovery.has_recovery(directory)
                            or recovery.workspace_id_of_folder(directory)):
            notices.append(f"Indstillingsfilen {crypto.SETTINGS_FILE} manglede. Den er "
                           "genskabt ud fra det, arbejdsområdet ellers ved om sig selv.")
    rebuilt = recovery.settings_from_sidecar(directory)
    if rebuilt is None:
        workspace_id = recovery.workspace_id_of_folder(directory)
        if workspace_id:
            rebuilt = WorkspaceSettings(workspace_id, crypto.KEYRING)
    return rebuilt


def existing_key(directory: Path, db: Path, prompt: PassphrasePrompt | None,
                 recovery_key: str | None = None, notices: list[str] | None = None,
                 *, repair: bool = True) -> tuple[Key | None, WorkspaceSettings]:
    """``repair=False`` (``check``): the keyring is not written to."""
    notes: list[str] = [] if notices is None else notices
    settings = load_settings(directory, notes)
    if crypto.is_plaintext(db) or (settings and settings.encryption == crypto.NONE):
        return None, settings or WorkspaceSettings.new(crypto.NONE)
    if recovery_key:
        key, kind, secret = recovery.unwrap(directory, recovery_key)
        settings = settings or recovery.settings_from_sidecar(directory)
        assert settings is not None
        # a new laptop: keep the key in this machine's keyring from now on
        stored = crypto.keyring_get(settings.workspace_id)
        if repair and kind == recovery.KIND_RAW and stored != secret \
                and crypto.secret_store(f"workspace-{settings.workspace_id}", secret):
            notes.append("Nøglen er gemt i nøgleringen på denne maskine igen.")
        return key, settings
    if settings is None:  # encrypted, every trace of the id lost: only a passphrase helps
        settings = WorkspaceSettings.new(crypto.PASSPHRASE)
    if settings.encryption == crypto.KEYRING:
        hex_key = crypto.keyring_get(settings.workspace_id)
        if hex_key:
            return Key.raw(hex_key), settings
        return crypto.ask_passphrase(
            prompt, False, "Nøglen til arbejdsområdet findes ikke i styresystemets nøglering "
            "på denne maskine. Brug gendannelsesnøglen (--recovery-key-file eller "
            f"${recovery.ENV_RECOVERY}), eller"), settings
    return crypto.ask_passphrase(prompt, False, "Arbejdsområdet er beskyttet med en "
                                 "adgangsfrase."), settings


def new_key(encryption: str | None, prompt: PassphrasePrompt | None
            ) -> tuple[Key | None, WorkspaceSettings]:
    if encryption == crypto.NONE:
        return None, WorkspaceSettings.new(crypto.NONE)
    if encryption in (None, crypto.KEYRING):
        settings = WorkspaceSettings.new(crypto.KEYRING)
        hex_key = crypto.keyring_store_new(settings.workspace_id)
        if hex_key:
            return Key.raw(hex_key), settings
        if encryption == crypto.KEYRING:
            raise KeyUnavailableError(_("Der er ingen nøglering på denne maskine at gemme "
                                        "nøglen i. Brug en adgangsfrase i stedet."))
    settings = WorkspaceSettings.new(crypto.PASSPHRASE)
    return crypto.ask_passphrase(
        prompt, True, "Der er ingen nøglering på denne maskine, så det nye arbejdsområde "
        "skal krypteres med en adgangsfrase."), settings


def key_secret(key: Key) -> tuple[str, str]:
    """(kind, secret) of a key: the hex key or the passphrase, for the recovery sidecar."""
    pragma = key.pragma
    if pragma.startswith("\"x'"):
        return recovery.KIND_RAW, pragma[3:-2]
    return recovery.KIND_PASSPHRASE, pragma[1:-1].replace("''", "'")


def make_recovery_key(directory: Path, key: Key, settings: WorkspaceSettings) -> str:
    """A new recovery key for an open encrypted workspace (replacing any earlier one);
    returned once, never stored."""
    text = recovery.new_recovery_key()
    kind, secret = key_secret(key)
    recovery.write_sidecar(directory, settings, secret, kind, text)
    return text


def settings_readable(directory: Path) -> bool:
    """False when the settings file is missing or not valid JSON (then it is rewritten)."""
    try:
        json.loads((directory / crypto.SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return True
