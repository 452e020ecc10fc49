"""A keyring backend in one JSON file, shared by several processes (for the concurrent
creation test and the fault run): ``PYTHON_KEYRING_BACKEND=tests.helpers.filekeyring.
FileKeyring`` with the file in ``$BROBYGGER_TEST_KEYRING_FILE``."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend

ENV = "BROBYGGER_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ[ENV])

    @contextlib.contextmanager
    def _locked(self) -> Iterator[dict[str, Any]]:
        self.path.touch(exist_ok=True)
        with self.path.open("r+", encoding="utf-8") as f:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            text = f.read()
            data: dict[str, Any] = json.loads(text) if text.strip() else {}
            before = dict(data)
            yield data
            if data != before:
                f.seek(0)
                f.truncate()
                f.write(json.dumps(data))
                f.flush()
                os.fsync(f.fileno())

    def get_password(self, service: str, username: str) -> str | None:
        with self._locked() as data:
            value = data.get(f"{service}/{username}")
        return None if value is None else str(value)

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._locked() as data:
            data[f"{service}/{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._locked() as data:
            data.pop(f"{service}/{username}", None)
