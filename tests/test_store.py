"""The data layer: pragmas, migrations, schema guard, full-text index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from brobygger import paths
from brobygger.domain.errors import CorruptWorkspaceError, SchemaTooNewError
from brobygger.store import dialect
from brobygger.store.metadata import metadata
from brobygger.store.workspace import Workspace, head_revision
from tests.conftest import file_hash


def test_pragmas_on_every_connection(ws: Workspace) -> None:
    for _ in range(3):  # several pooled connections
        with ws.engine.connect() as conn:
            get = lambda p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()  # noqa: E731
            assert get("journal_mode") == "wal"
            assert get("synchronous") == 2  # FULL
            assert get("foreign_keys") == 1
            assert get("busy_timeout") >= 5000


def test_write_transactions_begin_immediate(ws: Workspace) -> None:
    """A write session holds the write lock from its first statement."""
    assert ws.path is not None
    other = dialect.connect(ws.path, ws.key)
    other.execute("PRAGMA busy_timeout = 0")
    with ws.write() as s:
        s.connection()  # BEGIN IMMEDIATE issued
        with pytest.raises(dialect.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_migrates_empty_to_head(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    assert ws.schema_revision() == head_revision()
    assert (data_dir / paths.DB_FILENAME).exists()
    ws.close()
    # re-opening is a no-op
    ws = Workspace.open(data_dir)
    assert ws.schema_revision() == head_revision()
    ws.close()


def test_models_and_migrations_agree(ws: Workspace) -> None:
    """Fails when a model change has no migration."""
    with ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_object": lambda o, name, type_, r, c: not dialect.is_managed_by_hand(
                name, type_),
        })
        diff = compare_metadata(ctx, metadata)
    assert diff == []


def test_newer_schema_is_refused_unchanged(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    ws.close()
    db = data_dir / paths.DB_FILENAME
    con = dialect.connect(db, ws.key)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = file_hash(db)
    with pytest.raises(SchemaTooNewError, match="nyere version"):
        Workspace.open(data_dir)
    assert file_hash(db) == before
    assert not (data_dir / (paths.DB_FILENAME + "-wal")).exists()


def test_garbage_file_is_refused(data_dir: Path) -> None:
    Workspace.open(data_dir, encryption="none").close()
    db = data_dir / paths.DB_FILENAME
    db.write_bytes(b"this is not a database at all" * 100)
    before = file_hash(db)
    with pytest.raises(CorruptWorkspaceError, match="ikke en læsbar"):
        Workspace.open(data_dir)
    assert file_hash(db) == before


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BROBYGGER_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("BROBYGGER_DATA_DIR")
    assert paths.data_dir() == paths.default_data_dir()


def test_core_does_not_import_qt() -> None:
    code = ("import sys, brobygger.domain, brobygger.store, brobygger.services, "
            "brobygger.store.workspace, brobygger.services.demo, brobygger.cli; "
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
