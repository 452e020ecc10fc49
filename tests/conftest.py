"""Shared fixtures: a fresh workspace in a temp dir, and the example workspace."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from brobygger.services import Services
from brobygger.store.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    """An in-memory OS keyring for the tests (the real one is never touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


MEMORY_KEYRING = MemoryKeyring()
keyring.set_keyring(MEMORY_KEYRING)

DEMO_TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data directory."""
    monkeypatch.setenv("BROBYGGER_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def svc(ws: Workspace) -> Services:
    return Services(ws, user="tester")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example workspace, loaded once per session and copied by :func:`demo_svc`."""
    from brobygger.services.demo import load_demo

    directory = tmp_path_factory.mktemp("demo-template")
    with Workspace.open(directory) as w:
        load_demo(Services(w, user="tester"), today=DEMO_TODAY)
        with w.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return directory


@pytest.fixture
def demo_svc(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    target = tmp_path / "demo"
    target.mkdir()
    for f in demo_template.iterdir():
        if f.is_file():
            (target / f.name).write_bytes(f.read_bytes())
    workspace = Workspace.open(target)
    yield Services(workspace, user="tester")
    workspace.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
