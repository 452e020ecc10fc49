"""The single-instance lock: one Brobygger app per workspace.

A second app on the same workspace gets a clear message instead of fighting over the
database. The lock is an OS file lock, so it disappears with the process – also after a
crash or a kill -9.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, ClassVar, Self

from brobygger.domain.errors import WorkspaceLockedError
from brobygger.domain.i18n import _

LOCK_FILE = "brobygger.lock"


class FileLock:
    """An exclusive OS lock on the file ``path`` while held. Closing the file releases it,
    so the lock also disappears with the process. ``wait``: block until the lock is free
    (else an :class:`OSError` when another process holds it)."""

    wait: ClassVar[bool] = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> IO[bytes]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = self.path.open("a+b")
        try:
            _lock(f, wait=self.wait)
        except OSError as exc:
            f.close()
            raise self.refused(exc) from None
        self._file = f
        return f

    def refused(self, exc: OSError) -> Exception:
        """The error raised when the lock is not granted (hook)."""
        return exc

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock
            self._file = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class WorkspaceLock(FileLock):
    def __init__(self, directory: Path) -> None:
        super().__init__(directory / LOCK_FILE)

    def refused(self, exc: OSError) -> Exception:
        return WorkspaceLockedError(
            _("Arbejdsområdet i {parent} er allerede åbent i et andet Brobygger-vindue "
              "eller -program. Skift til det, eller luk det, og prøv igen.",
              parent=self.path.parent))

    def acquire(self) -> IO[bytes]:
        f = super().acquire()
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()).encode())
        f.flush()
        return f


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock(f: IO[bytes], *, wait: bool) -> None:
        f.seek(0)
        mode = msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK  # type: ignore[attr-defined]
        msvcrt.locking(f.fileno(), mode, 1)  # type: ignore[attr-defined]
else:
    import fcntl

    def _lock(f: IO[bytes], *, wait: bool) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
