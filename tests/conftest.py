"""Shared fixtures: a fresh workspace in a temp dir, and the example workspace."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import shutil
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from brobygger import paths
from brobygger.services import Services
from brobygger.services.unit_of_work import Changes
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
FIXTURES = Path(__file__).parent / "fixtures"
PASS = "fælles hemmelighed 42"  # the exchange bundles' passphrase in the tests
VIBORG = "Akutsamarbejde, Viborg"  # an initiative of the example workspace


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data directory."""
    monkeypatch.setenv("BROBYGGER_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("BROBYGGER_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture(autouse=True)
def _core_language_danish() -> Iterator[None]:
    """Every test starts and ends with Danish core texts (an English test switches back)."""
    from brobygger.domain import i18n as core_i18n

    if core_i18n.language() != "da":
        core_i18n.set_language("da")
    yield
    if core_i18n.language() != "da":
        core_i18n.set_language("da")


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
def demo_dir(tmp_path: Path, demo_template: Path) -> Path:
    """A copy of the example workspace's folder (for the CLI, which opens it itself)."""
    target = tmp_path / "demo"
    target.mkdir()
    for f in demo_template.iterdir():
        if f.is_file():
            (target / f.name).write_bytes(f.read_bytes())
    return target


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


def old_example_workspace(target: Path) -> Path:
    """The previous version's workspace: schema 0004 holding the example data, Viborg
    exchanged once (exchange states present) – a committed fixture, migrated when opened."""
    target.mkdir(parents=True)
    with gzip.open(FIXTURES / "workspace_0004_example.sqlite3.gz") as src, \
            (target / "brobygger.sqlite3").open("wb") as dst:
        shutil.copyfileobj(src, dst)
    shutil.copy(FIXTURES / "workspace_0004_example.json", target / "brobygger-workspace.json")
    return target


def load_migration(name: str) -> Any:
    """The Alembic migration ``migrations/versions/<name>.py`` as a module (its constants)."""
    path = Path(__file__).parents[1] / "migrations" / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def damaged_workspace_with_backup(directory: Path) -> Path:
    """300 entries, a backup, then flipped bytes in a page of the database; returns the
    database file."""
    with Workspace.open(directory) as ws:
        svc = Services(ws)
        for n in range(300):
            svc.log.create(entry_date=date(2026, 1, 1), type="observation", title=f"Note {n}",
                           body="tekst " * 50)
        ws.backup()
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db = directory / paths.DB_FILENAME
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 20 * page
    for offset in range(10 * page + 100, 10 * page + 164):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    return db


@pytest.fixture
def keyring_restored() -> Iterator[None]:
    """For tests that empty the test keyring (a new laptop): other tests' keys (the
    session's example workspace) come back afterwards."""
    saved = dict(MEMORY_KEYRING.secrets)
    yield
    MEMORY_KEYRING.secrets.clear()
    MEMORY_KEYRING.secrets.update(saved)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settled_hash(db: Path) -> str:
    """The database file's hash after the WAL has been folded in, so that earlier
    committed writes do not count as changes made later."""
    from brobygger.store import dialect
    from brobygger.store.workspace import workspace_key

    key, _ = workspace_key(db.parent)
    conn = dialect.connect(db, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return file_hash(db)


# -- PostgreSQL (shared workspaces) -------------------------------------------------------------
PG_ENV = "BROBYGGER_TEST_PG_URL"
PG_DEFAULT = "postgresql+psycopg://brobygger:brobygger@localhost:5432/postgres"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """An admin URL of a real PostgreSQL server, with a migrated template database.

    ``.ci/run`` starts a server and sets $BROBYGGER_TEST_PG_URL; there the tests must run.
    Elsewhere they are skipped, saying why, when no server answers on localhost."""
    import sqlalchemy as sa

    url = os.environ.get(PG_ENV, PG_DEFAULT)
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as exc:
        engine.dispose()
        if PG_ENV in os.environ:
            pytest.fail(f"PostgreSQL from ${PG_ENV} does not answer: {exc}")
        pytest.skip(f"no PostgreSQL server on localhost (set ${PG_ENV} to test shared mode)")
    # One template per test process, so that parallel runs on one server never drop each other's.
    template = f"brobygger_template_{os.getpid()}"
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
        conn.exec_driver_sql(f"CREATE DATABASE {template}")
    tws = Workspace.open_url(_pg_db_url(url, template))
    tws.close()
    os.environ["BROBYGGER_TEST_PG_TEMPLATE"] = template
    yield url
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
    engine.dispose()


def _pg_db_url(admin_url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, migrated, empty PostgreSQL database for one test."""
    import uuid

    import sqlalchemy as sa

    name = f"bb_test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        template = os.environ["BROBYGGER_TEST_PG_TEMPLATE"]
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield _pg_db_url(pg_server, name)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    engine.dispose()


@pytest.fixture
def pg_ws(pg_url: str) -> Iterator[Workspace]:
    workspace = Workspace.open_url(pg_url)
    yield workspace
    workspace.close()


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``brobygger-cli`` in-process: (exit code, stdout, stderr) – usage errors and
    ``--help`` (SystemExit) included. The one copy for every CLI test."""
    from brobygger.cli import main

    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every background integrity check until the test sets the event; every file
    counts as big enough to be checked in the background."""
    from brobygger.store import deferred_check
    from brobygger.store import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "ALWAYS_CHECK_BELOW", 0)
    release = threading.Event()
    real = deferred_check.DeferredCheck._check_view

    def held(self: deferred_check.DeferredCheck) -> None:
        while not release.wait(0.01):
            if self.state == deferred_check.CANCELLED:
                return
        real(self)

    monkeypatch.setattr(deferred_check.DeferredCheck, "_check_view", held)
    yield release
    release.set()


@pytest.fixture(params=["sqlite", "postgresql"])
def svc_both(request: pytest.FixtureRequest) -> Services:
    """Services on the embedded SQLite, then on a real PostgreSQL server."""
    fixture = "ws" if request.param == "sqlite" else "pg_ws"
    return Services(request.getfixturevalue(fixture), user="tester")


class Inbox:
    """Collects the change notices a ChangeWatcher delivers (from another thread)."""

    def __init__(self) -> None:
        self.items: list[Changes] = []
        self.arrived = threading.Event()

    def __call__(self, changes: Changes) -> None:
        self.items.append(changes)
        self.arrived.set()

    def wait_for(self, table: str) -> Changes:
        """The notices so far merged, once one of them names ``table`` (60 s at most)."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            merged = Changes()
            for c in list(self.items):
                merged = merged.merged(c)
            if table in merged.tables:
                self.items.clear()
                return merged
            time.sleep(0.05)
        raise AssertionError(f"no notice about {table}")
