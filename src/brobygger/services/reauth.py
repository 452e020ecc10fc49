"""Re-authentication before a new recovery key is made and shown (issue 13, item 3).

A recovery key opens the workspace on any machine, so only the person the workspace belongs
to may make one. What proves it depends on how the workspace is encrypted:

``passphrase``   the workspace's passphrase, typed again;
``login``        a keyring workspace: the computer's login password, checked by the
                 operating system (PAM on Linux/macOS, LogonUser on Windows – see
                 :mod:`brobygger.store.os_login`), since the keyring hands the key to
                 whoever is logged in as the user;
``confirm``      a keyring workspace on a machine that cannot check a login password: no
                 re-authentication is possible, and the user is told so plainly – the
                 login that unlocked the keyring is the only protection – and confirms.

In every mode the workspace's current recovery key is accepted as proof too (whoever has
it can open the workspace already).
"""

from __future__ import annotations

import hmac
from pathlib import Path

from brobygger.domain.errors import BrobyggerError
from brobygger.domain.i18n import N_
from brobygger.store import crypto, os_login, recovery
from brobygger.store.crypto import Key, WorkspaceSettings
from brobygger.store.keys import key_secret

PASSPHRASE, LOGIN, CONFIRM = "passphrase", "login", "confirm"

CONFIRM_TEXT = N_(
    "Denne computer kan ikke bekræfte din adgangskode over for Brobygger. Nøglen til "
    "arbejdsområdet ligger i styresystemets nøglering og er kun beskyttet af dit login: den, "
    "der er logget ind som dig, kan åbne arbejdsområdet – og altså også lave en "
    "gendannelsesnøgle. Lav kun en ny, hvis det er dig, der sidder ved computeren.")


def method(key: Key, settings: WorkspaceSettings) -> str:
    """How re-authentication works for this workspace on this machine."""
    kind, _secret = key_secret(key)
    if settings.encryption == crypto.PASSPHRASE or kind == recovery.KIND_PASSPHRASE:
        return PASSPHRASE
    return LOGIN if os_login.available() else CONFIRM


def login_name() -> str:
    return os_login.login_name()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"),
                               b.encode("utf-8", "surrogatepass"))


def is_recovery_key(directory: Path, key: Key, text: str) -> bool:
    """True when ``text`` is this workspace's current recovery key."""
    try:
        found, _kind, _secret = recovery.unwrap(directory, text)
    except BrobyggerError:
        return False
    return _same(found.pragma, key.pragma)


def confirm(directory: Path, key: Key, settings: WorkspaceSettings, answer: str) -> bool:
    """True when ``answer`` proves it is the workspace's owner: the passphrase (passphrase
    workspaces), the login password as the OS checks it (keyring workspaces), or – in
    every mode – the current recovery key."""
    if not answer:
        return False
    kind, secret = key_secret(key)
    how = method(key, settings)
    if how == PASSPHRASE and kind == recovery.KIND_PASSPHRASE and _same(answer, secret):
        return True
    if how == LOGIN and os_login.verify(answer):
        return True
    return is_recovery_key(directory, key, answer)
