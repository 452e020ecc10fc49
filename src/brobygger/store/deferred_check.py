"""The integrity check after an unclean close, in the background (issue 21).

A full ``quick_check`` reads every page: seconds for a big file, tens of seconds at ten
times the benchmark scale. When a workspace was not closed cleanly, the app no longer makes
the user wait for it: :meth:`Workspace.open` (``check_in_background=True``) first does the
cheap part of the check (the key opens the file, the schema is one this version knows),
opens the workspace **read-only** and runs ``quick_check`` on a thread.

While the check runs

* every connection is read-only (``mode=ro``, ``query_only``): nothing can write a byte to
  the database, so a damaged file stays byte-identical;
* a file with a ``-wal`` (a crash leaves one) is read through a *private view*: a hard link
  to the database and a copy of its ``-wal`` in a hidden folder of the workspace, so SQLite's
  ``-shm`` is made there, not beside the workspace's own files (no file is added or
  changed); it is removed afterwards. Where a hard link cannot be made (another file
  system), the check runs before the workspace opens, as before;
* every write waits (``Workspace.write`` – the task runner's write worker, never the GUI
  thread): nothing typed is lost, and it is saved as soon as the check has passed.

When the check passes the workspace switches to its normal engine and the held writes go
through. When it fails, the workspace stays read-only, every held and later write is
refused with the check's own :class:`CorruptWorkspaceError` (the same clear message as a
refused open: the file is untouched), and :attr:`DeferredCheck.error` says so.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from brobygger.domain.errors import BrobyggerError, CorruptWorkspaceError, WorkspaceError
from brobygger.domain.i18n import _
from brobygger.store import dialect, readonly
from brobygger.store.crypto import Key

log = logging.getLogger(__name__)

VIEW_PREFIX = ".brobygger-checking-"
CHECKING, PASSED, FAILED, CANCELLED = "checking", "passed", "failed", "cancelled"


def make_readonly_engine(db: Path, key: Key | None) -> Engine:
    """An engine whose every connection is read-only: opened ``mode=ro`` (``immutable``
    without a ``-wal``) and ``query_only`` – no journal or WAL setting is touched."""
    engine = create_engine(f"sqlite:///{db}", module=sqlcipher,
                           creator=lambda: dialect.connect(db, key, readonly=True))
    dialect.clean_texts(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def remove_views(directory: Path, min_age_s: float = 3600) -> None:
    """Remove the private views a crashed check left (older than ``min_age_s``: another
    app may be checking right now)."""
    now = time.time()
    for folder in directory.glob(VIEW_PREFIX + "*"):
        try:
            old = now - folder.stat().st_mtime >= min_age_s
        except OSError:
            continue
        if old:
            shutil.rmtree(folder, ignore_errors=True)


class DeferredCheck:
    """``quick_check`` of a workspace file on a thread, with the read-only engine the
    workspace reads from meanwhile. ``on_done`` runs on the checking thread once the
    check has passed (before any held write is let through) – the workspace switches to
    its normal engine there."""

    def __init__(self, db: Path, key: Key | None) -> None:
        self.db = db
        self.key = key
        self.state = CHECKING
        self.error: BrobyggerError | None = None
        self._done = threading.Event()
        self._view = self._make_view()
        self._conn: Any = None
        self._thread: threading.Thread | None = None
        self.listeners: list[Callable[[str], None]] = []

    def _make_view(self) -> Path | None:
        # Always a private view where possible: SQLite's -shm goes there, and the view
        # reads the file without ``immutable`` (another program may write it meanwhile).
        view = readonly.private_view(self.db, VIEW_PREFIX)
        if view is None and not (readonly.wal_file(self.db).exists()
                                 or readonly.shm_file(self.db).exists()):
            return self.db  # read in place, ``immutable``: nothing but the file is read
        return view

    @property
    def view(self) -> Path | None:
        return self._view

    @property
    def possible(self) -> bool:
        """Whether the file can be read without writing a byte while the check runs."""
        return self._view is not None

    def read_engine(self) -> Engine:
        assert self._view is not None
        return make_readonly_engine(self._view, self.key)

    def start(self, on_passed: Callable[[], None]) -> None:
        self._thread = threading.Thread(target=self._run, args=(on_passed,),
                                        name="brobygger-integrity-check", daemon=True)
        self._thread.start()

    def _run(self, on_passed: Callable[[], None]) -> None:
        try:
            self._check()
            if self.state == CHECKING:
                on_passed()
                self.state = PASSED
        except BrobyggerError as exc:
            self.error, self.state = exc, FAILED
        except Exception as exc:
            log.exception("The background integrity check failed")
            self.error, self.state = WorkspaceError(_(
                "Arbejdsområdet i {folder} kunne ikke tjekkes ({reason}). Der er ikke "
                "skrevet noget i det. Luk Brobygger, og åbn arbejdsområdet igen.",
                folder=self.db.parent, reason=type(exc).__name__)), FAILED
        finally:
            self._done.set()
            for listener in list(self.listeners):
                try:
                    listener(self.state)
                except Exception:
                    log.exception("A listener of the integrity check failed")

    def _check(self) -> None:
        stamp = self._stamps()
        try:
            self._check_view()
        except CorruptWorkspaceError:
            if self.state == CANCELLED or self._stamps() == stamp:
                raise
            # another program wrote the file while it was checked: check a fresh view
            log.info("The workspace changed during its check; checking it again")
            self.remove_view()
            self._view = self._make_view()
            if self._view is None:
                raise
            self._check_view()

    def _stamps(self) -> tuple[object, object]:
        return readonly.stamp(self.db), readonly.stamp(readonly.wal_file(self.db))

    def _check_view(self) -> None:
        assert self._view is not None
        try:
            self._conn = dialect.connect(self._view, self.key, readonly=True)
        except dialect.DatabaseError as exc:
            raise readonly.not_a_database(self.db, exc) from exc
        try:
            result = self._conn.execute("PRAGMA quick_check").fetchone()[0]
        except dialect.DatabaseError as exc:
            if self.state == CANCELLED:
                return
            raise readonly.not_a_database(self.db, exc) from exc
        finally:
            self._conn.close()
        if self.state == CANCELLED:
            return
        if result != "ok":
            from brobygger.store import backup

            raise CorruptWorkspaceError(_(
                "Arbejdsområdet i {folder} er beskadiget ({result}). Der er ikke skrevet "
                "noget i det. Gendan den nyeste gode sikkerhedskopi.", folder=self.db.parent,
                result=result), backup.list_backups(self.db.parent))

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the check; True once it has finished (passed, failed or cancelled)."""
        return self._done.wait(timeout)

    def cancel(self) -> None:
        """Stop a running check (the workspace is closing) and remove the private view."""
        if self.running:
            self.state = CANCELLED
            while self._thread is not None and self._thread.is_alive():
                conn = self._conn
                if conn is not None:
                    with contextlib.suppress(Exception):  # already closed
                        conn.interrupt()
                self._thread.join(0.05)
        self.remove_view()

    def remove_view(self) -> None:
        if self._view is not None and self._view != self.db:
            shutil.rmtree(self._view.parent, ignore_errors=True)


class HeldWrites:
    """The workspace's side of a background check: its state, and writes held until it
    has passed (mixed into :class:`~brobygger.store.workspace.Workspace`)."""

    _check: DeferredCheck | None = None  # a full check running in the background

    @property
    def integrity(self) -> str:
        """``checking`` while the full check runs in the background (read-only, writes
        wait), ``failed`` when it found damage (:attr:`integrity_error`), else ``passed``."""
        return PASSED if self._check is None else self._check.state

    @property
    def integrity_error(self) -> BrobyggerError | None:
        return None if self._check is None else self._check.error

    def wait_until_checked(self, timeout: float | None = None) -> bool:
        """Wait for a background check; True once there is none running."""
        return self._check is None or self._check.wait(timeout)

    def on_checked(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(state)`` when the background check ends – on the checking
        thread – or at once when there is none running."""
        check = self._check
        if check is None or not check.running:
            listener(self.integrity)
            return
        check.listeners.append(listener)
        if not check.running and listener in check.listeners:  # it ended meanwhile
            check.listeners.remove(listener)
            listener(self.integrity)

    def _hold_until_checked(self) -> None:
        """A write waits while the background check runs; refused when it failed."""
        check = self._check
        if check is None or check.state == PASSED:
            return
        check.wait()
        if check.error is not None:
            backups = getattr(check.error, "backups", None)
            raise CorruptWorkspaceError(" ".join((check.error.message, _(
                "Ændringen er ikke gemt: det, du skrev, står stadig i vinduet, så du kan "
                "kopiere det, før du lukker."))), backups)
        if check.state != PASSED:
            raise WorkspaceError(_("Arbejdsområdet er ved at blive lukket. Ændringen er ikke "
                                   "gemt."))
