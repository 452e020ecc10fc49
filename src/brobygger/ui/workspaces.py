"""Which workspace the app shows, and replacing it: the laptop file or a shared server,
the recent list in the settings, and the operations that must close the workspace and
open it again (restore a backup, encrypt in place). No widgets here.

The operations run on the task runner's write worker. They never ask anything: a
passphrase the user has already typed travels along (:func:`known_passphrase`,
:class:`CapturingPrompt`), so no dialog is ever opened from a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from brobygger import paths
from brobygger.store import backup
from brobygger.store.crypto import Key, PassphrasePrompt
from brobygger.store.lock import WorkspaceLock
from brobygger.store.workspace import Workspace, encrypt_in_place

LAPTOP_KEY = "workspaces/laptop"
SHARED_KEY = "workspaces/shared"
MAX_RECENT = 6


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
    return Opened(ws)
