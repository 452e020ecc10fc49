"""Noticing changes made by others – another window, program or user of the workspace.

A :class:`ChangeWatcher` runs one small thread and calls ``on_change`` with a
:class:`~brobygger.services.unit_of_work.Changes` whenever someone else committed:

* a laptop workspace (SQLite): ``PRAGMA data_version`` on a connection of its own moves
  when any *other* connection commits. Which tables changed is not known, so the Changes
  says "everything". This window's own commits are told apart: the unit of work tells the
  watcher just before it commits (while it holds SQLite's write lock, so no one else can
  commit meanwhile) and just after.
* a shared workspace (PostgreSQL): every unit of work sends ``NOTIFY brobygger_changes``
  with the tables it changed in its transaction (delivered only if it commits); the
  watcher ``LISTEN``s and ignores the notices of its own workspace (``ws.origin``).
  A notice names the ids changed and the initiatives they belong to (up to
  :data:`~brobygger.services.unit_of_work.NOTICE_MAX_IDS`, else the tables alone), so a
  view of one initiative reloads only for changes to it (:meth:`Changes.concerns`).
  Notices are delivered in batches, merged into one Changes: the first after a quiet
  spell at once (after :data:`GATHER_SECONDS`, which catches the rest of a burst), then at
  most one delivery per :data:`MIN_GAP_SECONDS`. With 25 users saving, a view that showed
  the log reloaded on every one of their saves – two or three times a second, each reload
  a count and a page on the server for every user; now at most once a second, and
  another user's change is still on screen within two seconds.

``on_change`` is called in the watcher's thread; the UI turns it into its ``changed``
signal on the UI thread.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from brobygger.services.unit_of_work import NOTIFY_CHANNEL, Changes, on_commit
from brobygger.store import dialect
from brobygger.store.workspace import Workspace

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # PRAGMA data_version reads a counter in shared memory: ~microseconds
GATHER_SECONDS = 0.05  # PostgreSQL: the rest of a burst of notices joins the first
MIN_GAP_SECONDS = 1.0  # PostgreSQL: at most one delivery (one reload) per this long


class ChangeWatcher:
    """Watches ``ws`` for other connections' commits until :meth:`stop`."""

    def __init__(self, ws: Workspace, on_change: Callable[[Changes], None], *,
                 interval: float = POLL_SECONDS, min_gap: float = MIN_GAP_SECONDS) -> None:
        self.ws = ws
        self.on_change = on_change
        self.interval = interval
        self.min_gap = min_gap
        self._last_delivery = float("-inf")
        self.notices = 0  # PostgreSQL: other connections' notices received (deliveries ≤)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._conn: Any = None
        self._baseline: int | None = None
        self._own_commit = False
        self._remove_hook: Callable[[], None] | None = None
        self._thread = threading.Thread(target=self._run, name="brobygger-watch", daemon=True)
        self.ready = threading.Event()  # set once the watcher has its connection

    def start(self) -> ChangeWatcher:
        """Start watching (the connection is opened in the watcher's thread)."""
        if not self.ws.is_shared:
            self._remove_hook = on_commit(self.ws, self._before_own, self._after_own)
        self._thread.start()
        return self

    def _open(self) -> None:
        with self._lock:
            if self.ws.is_shared:
                self._conn = self._listen()
            else:
                assert self.ws.path is not None
                self._conn = dialect.connect(self.ws.path, self.ws.key)
                self._baseline = self._data_version()
        self.ready.set()

    def stop(self) -> None:
        self._stop.set()
        if self._remove_hook is not None:
            self._remove_hook()
        if self._thread.is_alive():
            self._thread.join(5)
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- SQLite ---------------------------------------------------------------------------
    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _before_own(self) -> None:
        """Inside our write transaction, before COMMIT: anything new is someone else's."""
        with self._lock:
            if self._conn is None:
                return
            self._check_locked()
            self._own_commit = True

    def _after_own(self) -> None:
        """After our COMMIT (or rollback): our own change is not news."""
        with self._lock:
            if self._conn is None:
                return
            self._baseline = self._data_version()
            self._own_commit = False

    def _check_locked(self) -> None:
        version = self._data_version()
        if version != self._baseline:
            self._baseline = version
            self._fire(Changes.unknown())

    def check(self) -> None:
        """Look once (the thread calls this every ``interval``)."""
        with self._lock:
            if self._conn is None or self._own_commit:
                return
            self._check_locked()

    # -- PostgreSQL -----------------------------------------------------------------------
    def _listen(self) -> Any:
        import psycopg

        args = self.ws.engine.url.translate_connect_args(username="user", database="dbname")
        conn = psycopg.connect(autocommit=True, **args)
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        return conn

    def _receive(self) -> None:
        """Wait for a notice, gather the others of its burst (and those until
        :attr:`min_gap` after the last delivery), deliver them as one Changes."""
        first = [n.payload for n in self._conn.notifies(timeout=self.interval, stop_after=1)]
        if not first or self._stop.is_set():
            return
        wait = max(GATHER_SECONDS, self._last_delivery + self.min_gap - time.monotonic())
        batch = first + [n.payload for n in self._conn.notifies(timeout=wait)]
        merged: Changes | None = None
        for payload in batch:
            changes = self._parse(payload)
            if changes is not None:
                self.notices += 1
                merged = changes if merged is None else merged.merged(changes)
        if merged is not None:
            self._last_delivery = time.monotonic()
            self._fire(merged)

    def _parse(self, payload: str) -> Changes | None:
        """The Changes of one notice; None for this workspace's own."""
        try:
            data = json.loads(payload)
            if data.get("origin") == self.ws.origin:
                return None
            return Changes.from_payload(data)
        except (ValueError, AttributeError, TypeError):
            return Changes.unknown()

    # -- the thread -----------------------------------------------------------------------
    def _fire(self, changes: Changes) -> None:
        try:
            self.on_change(changes)
        except Exception:  # a receiver's error must not end the watching
            log.exception("Change receiver failed")

    def _run(self) -> None:
        # A laptop workspace still being checked in the background is read-only: the
        # watcher's own connection (read-write) waits until the check has passed.
        while not self.ws.wait_until_checked(self.interval):
            if self._stop.is_set():
                return
        if self.ws.integrity != "passed":
            self.ready.set()
            return
        try:
            self._open()
        except Exception as exc:
            log.warning("Cannot watch for changes: %s", exc)
            return
        while not self._stop.is_set():
            try:
                if self.ws.is_shared:
                    self._receive()
                else:
                    self.check()
                    self._stop.wait(self.interval)
            except Exception as exc:  # the database went away: stop quietly
                if not self._stop.is_set():
                    log.warning("Stopped watching for changes: %s", exc)
                return
