"""Writing a file so that it is either the old file or the whole new one – never half: the
one helper every layer uses (exports, PDFs, person exports, settings and key files).

The bytes go to a temporary file beside the target, are flushed to disk and renamed over
it; the folder is synced too (POSIX). A failure leaves the target as it was and removes
the temporary file, then raises the :class:`OSError` for the caller to explain.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE = 0o600
"""Personal data and keys: readable by the user only, whatever the umask."""


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temp_beside(target: Path, mode: int | None) -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    if mode is not None and os.name != "nt":
        os.fchmod(fd, mode)
    return fd, Path(name)


def write_atomically(path: str | os.PathLike[str], data: bytes, *,
                     mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` atomically (``mode``, e.g. :data:`PRIVATE`, for the new
    file). Returns the path."""
    with atomic_path(path, mode=mode) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text_atomically(path: str | os.PathLike[str], text: str, *,
                          mode: int | None = None) -> Path:
    """:func:`write_atomically` for UTF-8 text."""
    return write_atomically(path, text.encode("utf-8"), mode=mode)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a file name (a workbook,
    SQLite's backup API); when the block succeeds the file is synced and renamed to
    ``path``, otherwise removed."""
    target = Path(path)
    fd, tmp = _temp_beside(target, mode)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
