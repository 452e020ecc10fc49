"""Which workspace the app shows: the laptop file or a shared server and the recent list in
the settings. The operations themselves (open, restore, encrypt) are in
:mod:`brobygger.services.workspaces`; they are re-exported here for the window. No widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from brobygger import paths
from brobygger.services.workspaces import (
    CapturingPrompt,
    Opened,
    describe,
    describe_url,
    encrypt_workspace,
    known_passphrase,
    open_laptop,
    open_shared,
    restore_backup,
)

__all__ = ["CapturingPrompt", "Opened", "describe", "describe_url", "encrypt_workspace",
           "forget_shared", "known_passphrase", "laptop_dir", "open_laptop", "open_shared",
           "recent_shared", "remember_laptop", "remember_shared", "restore_backup"]

LAPTOP_KEY = "workspaces/laptop"
SHARED_KEY = "workspaces/shared"
MAX_RECENT = 6


# -- the recent list --------------------------------------------------------------------------
def _password_free(url: str) -> str:
    parsed = make_url(url)
    # URL.set(password=None) leaves the password as it is: replace the field itself
    return parsed._replace(password=None).render_as_string(hide_password=False) \
        if parsed.password is not None else url


def remember_laptop(settings: QSettings, directory: Path) -> None:
    if directory.name.endswith("-eksempel"):  # the example is never "my" workspace
        return
    settings.setValue(LAPTOP_KEY, str(directory))


def laptop_dir(settings: QSettings) -> Path:
    value = settings.value(LAPTOP_KEY)
    return Path(str(value)) if value else paths.data_dir()


def recent_shared(settings: QSettings) -> list[str]:
    value = settings.value(SHARED_KEY) or []
    items = [value] if isinstance(value, str) else list(value)
    return [str(v) for v in items if v]


def remember_shared(settings: QSettings, url: str) -> None:
    """Put a shared workspace first in the recent list – never with its password."""
    clean = _password_free(url)
    items = [clean] + [u for u in recent_shared(settings) if u != clean]
    settings.setValue(SHARED_KEY, items[:MAX_RECENT])


def forget_shared(settings: QSettings, url: str) -> None:
    settings.setValue(SHARED_KEY, [u for u in recent_shared(settings) if u != url])
