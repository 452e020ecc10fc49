"""Data safety: crash safety, locking, backups, integrity, encryption at rest."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from alembic import command
from keyring.backends import null

from brobygger import paths
from brobygger.domain.errors import (
    CorruptWorkspaceError,
    KeyUnavailableError,
    WorkspaceLockedError,
    WrongKeyError,
)
from brobygger.services import Services
from brobygger.store import backup, crypto, dialect
from brobygger.store.lock import WorkspaceLock
from brobygger.store.workspace import Workspace, alembic_config, head_revision, workspace_key
from tests.conftest import MEMORY_KEYRING, damaged_workspace_with_backup, file_hash

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "korrekt hest batteri hæfteklamme"
CANARY = "KANARIEFUGL-7f3a"


def _env() -> dict[str, str]:
    return {**os.environ, crypto.ENV_PASSPHRASE: PASSPHRASE, "PYTHONPATH": str(ROOT)}


def _writer(data_dir: Path, mode: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.writer", str(data_dir), mode,
                             str(count)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(), cwd=ROOT)


def _passphrase(new: bool, reason: str) -> str:
    return PASSPHRASE


def _open_pw(data_dir: Path) -> Workspace:
    return Workspace.open(data_dir, passphrase=_passphrase)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    keyring.set_keyring(null.Keyring())
    yield
    keyring.set_keyring(MEMORY_KEYRING)


# -- crash safety ----------------------------------------------------------------------------
@pytest.mark.slow
def test_reported_saves_survive_kill_9(tmp_path: Path, no_keyring: None) -> None:
    rng = random.Random(20261123)
    for run in range(20):
        data = tmp_path / f"run{run}"
        _open_pw(data).close()
        proc = _writer(data, "single", 1000)
        assert proc.stdout is not None
        reported: list[str] = []
        stop_after = rng.randint(1, 400)
        for line in proc.stdout:
            reported.append(line.strip())
            if len(reported) >= stop_after:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with _open_pw(data) as ws:
            with ws.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            present = {str(e.id) for e in Services(ws).log.all()}
        missing = [r for r in reported if str(uuid.UUID(r)) not in present]
        assert missing == [], f"run {run}: lost {len(missing)} reported saves"


@pytest.mark.slow
def test_big_transaction_killed_midway_is_all_or_nothing(tmp_path: Path,
                                                         no_keyring: None) -> None:
    data = tmp_path / "bulk"
    _open_pw(data).close()
    proc = _writer(data, "bulk", 5000)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "halfway"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with _open_pw(data) as ws:
        assert len(Services(ws).log.all()) in (0, 5000)
        assert ws.quick_check() == "ok"


@pytest.mark.slow
def test_two_processes_write_without_lock_errors(tmp_path: Path, no_keyring: None) -> None:
    data = tmp_path / "shared"
    _open_pw(data).close()
    procs = [_writer(data, "single", 150) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err
    ids = {line for out, _ in outputs for line in out.split()}
    with _open_pw(data) as ws:
        assert {str(e.id) for e in Services(ws).log.all()} == ids
    assert len(ids) == 300


def test_busy_database_gives_a_clear_error(ws: Workspace, svc: Services,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert ws.path is not None
    ws.close()
    monkeypatch.setattr(dialect, "BUSY_TIMEOUT_MS", 100)
    other = dialect.connect(ws.path, ws.key)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WorkspaceLockedError, match="optaget af et andet program"):
            svc.organisations.create(name="Skive Kommune", sector="kommune")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert svc.organisations.create(name="Skive Kommune", sector="kommune").name


def test_single_instance_lock(tmp_path: Path) -> None:
    with WorkspaceLock(tmp_path), pytest.raises(WorkspaceLockedError, match="allerede åbent"):
        WorkspaceLock(tmp_path).acquire()
    WorkspaceLock(tmp_path).acquire()  # released with the first holder


# -- encryption ---------------------------------------------------------------------------------
def test_encrypted_at_rest_with_keyring_key(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        assert ws.encrypted and ws.settings is not None
        assert ws.settings.encryption == crypto.KEYRING
        Services(ws).log.create(entry_date=date(2026, 1, 1), type="observation",
                                title=CANARY, body=CANARY)
        ws.backup()
        db = data_dir / paths.DB_FILENAME
        wal = Path(str(db) + "-wal")
        assert wal.exists() and CANARY.encode() not in wal.read_bytes()
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert CANARY.encode() not in db.read_bytes()
    backups = backup.list_backups(data_dir)
    assert backups
    for b in backups:
        raw = b.path.read_bytes()
        assert not raw.startswith(b"SQLite format 3") and CANARY.encode() not in raw
    settings_text = (data_dir / crypto.SETTINGS_FILE).read_text()
    settings = crypto.WorkspaceSettings.load(data_dir)
    assert settings is not None
    key = MEMORY_KEYRING.get_password("brobygger", f"workspace-{settings.workspace_id}")
    assert key and key not in settings_text  # the key is never written to a file
    with Workspace.open(data_dir) as ws:
        assert [e.title for e in Services(ws).log.search(CANARY.split("-")[0])] == [CANARY]


def test_null_keyring_asks_for_passphrase_and_leaves_file(data_dir: Path,
                                                          no_keyring: None) -> None:
    keyring.set_keyring(MEMORY_KEYRING)
    Workspace.open(data_dir).close()  # keyring mode
    keyring.set_keyring(null.Keyring())
    db = data_dir / paths.DB_FILENAME
    before = file_hash(db)
    asked: list[str] = []

    def prompt(new: bool, reason: str) -> str | None:
        asked.append(reason)
        return "forkert adgangsfrase"

    with pytest.raises(WrongKeyError, match="kan ikke dekrypteres"):
        Workspace.open(data_dir, passphrase=prompt)
    assert asked and "nøglering" in asked[0]
    with pytest.raises(KeyUnavailableError, match="--no-encryption"):
        Workspace.open(data_dir)  # nobody to ask
    assert file_hash(db) == before


def test_new_workspace_without_keyring_uses_passphrase(data_dir: Path,
                                                       no_keyring: None) -> None:
    with pytest.raises(KeyUnavailableError):
        Workspace.open(data_dir)
    assert not (data_dir / paths.DB_FILENAME).exists()
    with pytest.raises(KeyUnavailableError, match="for kort"):
        Workspace.open(data_dir, passphrase=lambda new, reason: "kort")
    with _open_pw(data_dir) as ws:
        assert ws.settings is not None and ws.settings.encryption == crypto.PASSPHRASE
        Services(ws).organisations.create(name="Odense Kommune", sector="kommune")
    db = data_dir / paths.DB_FILENAME
    before = file_hash(db)
    with pytest.raises(WrongKeyError):
        Workspace.open(data_dir, passphrase=lambda new, reason: "helt forkert frase")
    assert file_hash(db) == before
    with _open_pw(data_dir) as ws:
        assert [o.name for o in Services(ws).organisations.all()] == ["Odense Kommune"]


def test_unencrypted_workspace_can_be_encrypted_in_place(data_dir: Path) -> None:
    with Workspace.open(data_dir, encryption=crypto.NONE) as ws:
        assert not ws.encrypted
        Services(ws).organisations.create(name=CANARY, sector="kommune")
    db = data_dir / paths.DB_FILENAME
    assert db.read_bytes().startswith(b"SQLite format 3")
    from brobygger.store.workspace import encrypt_in_place

    safety = encrypt_in_place(data_dir)
    assert safety.exists() and safety.read_bytes().startswith(b"SQLite format 3")
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert CANARY.encode() not in db.read_bytes()
    with Workspace.open(data_dir) as ws:
        assert ws.encrypted
        assert [o.name for o in Services(ws).organisations.all()] == [CANARY]


# -- backups and integrity ------------------------------------------------------------------------
def test_backup_restore_round_trip(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        svc = Services(ws)
        svc.organisations.create(name="Før kopien", sector="kommune")
        taken = ws.backup()
        svc.organisations.create(name="Efter kopien", sector="kommune")
    key, _ = workspace_key(data_dir)
    safety = backup.restore(data_dir, taken, key)
    assert safety is not None and safety.exists()
    with Workspace.open(data_dir) as ws:
        assert [o.name for o in Services(ws).organisations.all()] == ["Før kopien"]
    backup.restore(data_dir, safety, key)  # the safety copy holds the state before restore
    with Workspace.open(data_dir) as ws:
        assert {o.name for o in Services(ws).organisations.all()} == {"Før kopien",
                                                                      "Efter kopien"}


def test_flipped_bytes_detected_and_backup_restores(data_dir: Path) -> None:
    db = damaged_workspace_with_backup(data_dir)
    before = file_hash(db)
    with pytest.raises(CorruptWorkspaceError) as err:
        Workspace.open(data_dir)
    assert file_hash(db) == before  # nothing written
    offered = err.value.backups
    assert offered and isinstance(offered[0], backup.BackupInfo)
    key, _ = workspace_key(data_dir)
    backup.restore(data_dir, offered[0].path, key)
    with Workspace.open(data_dir) as ws:
        assert len(Services(ws).log.all()) == 300
        assert ws.quick_check() == "ok"


def test_pre_migration_backup_opens_at_old_revision(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        assert head_revision() != "0001", "needs a second migration to test upgrades"
        with ws.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
    with Workspace.open(data_dir) as ws:
        assert ws.schema_revision() == head_revision()
    pre = [b for b in backup.list_backups(data_dir) if b.reason == backup.PRE_MIGRATION]
    assert len(pre) == 1
    key, _ = workspace_key(data_dir)
    conn = dialect.connect(pre[0].path, key, readonly=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()


def test_rotation_keeps_daily_weekly_monthly(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    folder = backup.backup_dir(tmp_path)
    folder.mkdir()
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    for days in range(0, 400):  # one automatic backup a day for 400 days
        t = now - timedelta(days=days)
        (folder / f"brobygger-{t:%Y%m%d-%H%M%S}-auto.sqlite3").write_bytes(b"x")
    for n in range(25):
        t = now - timedelta(hours=n)
        (folder / f"brobygger-{t:%Y%m%d-%H%M%S}-manuel.sqlite3").write_bytes(b"x")
    backup.prune(tmp_path, now)
    left = backup.list_backups(tmp_path)
    autos = [b for b in left if b.reason == backup.AUTO]
    assert len([b for b in left if b.reason == backup.MANUAL]) == backup.KEEP_OTHER
    assert 7 <= len(autos) <= 7 + 4 + 12
    assert autos[0].taken_at == now
    assert all(now - b.taken_at <= timedelta(days=31 * 12) for b in autos)
    assert not backup.auto_backup_due(tmp_path, now + timedelta(hours=1))
    assert backup.auto_backup_due(tmp_path, now + timedelta(days=1))
