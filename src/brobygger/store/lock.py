"""The single-instance lock: one Brobygger app per workspace.

A second app on the same workspace gets a clear message instead of fighting over the
database. The lock is an OS file lock, so it disappears with the process – also after a
crash or a kill -9.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from brobygger.domain.errors import WorkspaceLockedError
from brobygger.domain.i18n import _

LOCK_FILE = "brobygger.lock"


class WorkspaceLock:
    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK_FILE
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = self.path.open("a+b")
        try:
            _lock(f)
        except OSError:
            f.close()
            raise WorkspaceLockedError(
                _("Arbejdsområdet i {parent} er allerede åbent i et andet Brobygger-vindue "
                  "eller -program. Skift til det, eller luk det, og prøv igen.",
                  parent=self.path.parent)) from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()).encode())
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock
            self._file = None

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
