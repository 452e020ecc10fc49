"""A keyring backend for the synthetic benchmark workspaces only.

The benchmark workspaces are encrypted like real ones – SQLCipher with a random raw key in
the "OS keyring" – but their keys must outlive one process (the cache, the GUI start-up
subprocesses). This backend keeps them in a JSON file under ``benchmarks/data/``
(gitignored). The start-up probe selects it with PYTHON_KEYRING_BACKEND, so that keyring is
imported only when the app needs it, as in a real start. Never use it for real data.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "keyring.json"
ENV_FILE = "BROBYGGER_BENCH_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ.get(ENV_FILE) or DEFAULT_FILE)

    def _load(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        data: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return data

    def _save(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._save(data)


def install(path: Path | None = None) -> FileKeyring:
    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    return backend
