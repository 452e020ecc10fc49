"""Writing export files atomically: a temporary file beside the target, flushed to disk,
then renamed over it. A crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from brobygger import fileio
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _


def _target(path: str | os.PathLike[str]) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError(_("{target} er en mappe. Angiv et filnavn.", target=target))
    if not target.parent.is_dir():
        raise InputError(_("Mappen {parent} findes ikke. Vælg en eksisterende mappe.",
                           parent=target.parent))
    return target


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block succeeds the temporary file
    is flushed and renamed to ``path``, otherwise it is removed."""
    target = _target(path)
    try:
        with fileio.atomic_path(target) as tmp:
            yield tmp
    except OSError as exc:
        raise InputError(_("Filen {target} kunne ikke skrives ({value}). Tjek at mappen er "
                           "skrivbar, og at der er plads på disken.",
                           target=target, value=exc.strerror or exc)) from exc


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_with(path: str | os.PathLike[str], writer: Callable[[IO[bytes]], None]) -> Path:
    """Let ``writer`` fill a binary file object, then put it in place atomically."""
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        writer(f)
    return Path(path)
