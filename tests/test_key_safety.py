"""The key to an encrypted workspace can't be orphaned, and a workspace that existed is
never silently recreated (issue 13, items 2 and 3)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from brobygger import paths
from brobygger.cli import main
from brobygger.domain.errors import (
    InputError,
    KeyUnavailableError,
    LostWorkspaceError,
    WorkspaceError,
)
from brobygger.services import Services
from brobygger.store import crypto, recovery
from brobygger.store.workspace import Workspace
from tests.conftest import MEMORY_KEYRING, file_hash
from tests.helpers.filekeyring import ENV as KEYRING_FILE_ENV
from tests.helpers.filekeyring import FileKeyring

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("keyring_restored")  # these tests empty the keyring


def _make(directory: Path, **kw: object) -> str:
    with Workspace.open(directory, **kw) as ws:  # type: ignore[arg-type]
        Services(ws, user="t").organisations.create(name="Viborg Kommune", sector="kommune")
        assert ws.new_recovery_key
        return ws.new_recovery_key


def _forget_keyring() -> None:
    MEMORY_KEYRING.secrets.clear()  # a new laptop / a reinstalled OS


@pytest.fixture(autouse=True)
def _keep_other_keys() -> Iterator[None]:
    """The keys of session-wide workspaces (the example template) survive these tests."""
    saved = dict(MEMORY_KEYRING.secrets)
    yield
    MEMORY_KEYRING.secrets.update(saved)


def _orgs(ws: Workspace) -> list[str]:
    return [o.name for o in Services(ws, user="t").organisations.all()]


# -- recovery key ---------------------------------------------------------------------------
def test_recovery_key_opens_the_workspace_and_nothing_else_does(tmp_path: Path) -> None:
    d = tmp_path / "ws"
    rk = _make(d)
    assert rk not in (d / recovery.RECOVERY_FILE).read_text()  # never stored
    _forget_keyring()
    (d / crypto.SETTINGS_FILE).unlink()  # and the settings are gone too
    with pytest.raises(KeyUnavailableError, match="gendannelsesnøglen"):
        Workspace.open(d, create=False)
    with pytest.raises(InputError, match="passer ikke"):
        Workspace.open(d, create=False, recovery_key="AAAA-BBBB-CCCC-DDDD")
    with Workspace.open(d, create=False, recovery_key=rk.lower().replace("-", " ")) as ws:
        assert _orgs(ws) == ["Viborg Kommune"]
    with Workspace.open(d, create=False) as ws:  # the key is back in this machine's keyring
        assert _orgs(ws) == ["Viborg Kommune"]


def test_recovery_key_for_a_passphrase_workspace(tmp_path: Path) -> None:
    d = tmp_path / "ws"
    rk = _make(d, encryption=crypto.PASSPHRASE, passphrase=lambda new, why: "en lang frase!")
    with Workspace.open(d, create=False, recovery_key=rk) as ws:  # no passphrase given
        assert _orgs(ws) == ["Viborg Kommune"]


def test_cli_shows_the_recovery_key_once_and_accepts_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ws"
    assert main(["init", "--data-dir", str(d)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    shown = [i for i, line in enumerate(lines) if line.startswith("Gendannelsesnøgle")]
    assert len(shown) == 1
    rk = lines[shown[0] + 1].strip()
    _forget_keyring()
    assert main(["initiatives", "--data-dir", str(d)]) == 1
    capsys.readouterr()
    key_file = tmp_path / "rk.txt"
    key_file.write_text(rk + "\n")
    assert main(["initiatives", "--data-dir", str(d), "--recovery-key-file", str(key_file)]) == 0
    # a new recovery key (the old workspace's "Vis/lav gendannelsesnøgle"); the old one stops
    # (the current recovery key is the proof that it is the owner: see test_reauth.py)
    assert main(["recovery-key", "--yes", "--data-dir", str(d),
                 "--recovery-key-file", str(key_file)]) == 0
    new = capsys.readouterr().out.strip().splitlines()[-1].strip()
    assert new != rk
    _forget_keyring()
    with pytest.raises(InputError):
        Workspace.open(d, create=False, recovery_key=rk)
    with Workspace.open(d, create=False, recovery_key=new) as ws:
        assert ws.key is not None


def test_old_workspace_without_recovery_gets_one(tmp_path: Path) -> None:
    d = tmp_path / "ws"
    _make(d)
    (d / recovery.RECOVERY_FILE).unlink()  # as a workspace created before this version
    from brobygger.store.keys import make_recovery_key

    with Workspace.open(d, create=False) as ws:
        assert ws.key is not None and ws.settings is not None
        rk = make_recovery_key(ws.directory, ws.key, ws.settings)
    _forget_keyring()
    with Workspace.open(d, create=False, recovery_key=rk) as ws:
        assert _orgs(ws) == ["Viborg Kommune"]


# -- lost settings ---------------------------------------------------------------------------
def test_lost_settings_file_is_rebuilt_and_said(tmp_path: Path) -> None:
    d = tmp_path / "ws"
    _make(d)
    (d / crypto.SETTINGS_FILE).unlink()
    with Workspace.open(d, create=False) as ws:
        assert _orgs(ws) == ["Viborg Kommune"]
        assert any("manglede" in n for n in ws.notices)
    assert (d / crypto.SETTINGS_FILE).exists()
    # settings and recovery file both lost: the keyring's note of the folder finds the key
    (d / crypto.SETTINGS_FILE).unlink()
    (d / recovery.RECOVERY_FILE).unlink()
    with Workspace.open(d, create=False) as ws:
        assert _orgs(ws) == ["Viborg Kommune"]


def test_invalid_settings_json_is_a_clear_notice(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ws"
    _make(d)
    (d / crypto.SETTINGS_FILE).write_text("{ikke json", encoding="utf-8")
    assert main(["initiatives", "--data-dir", str(d)]) == 0
    err = capsys.readouterr().err
    assert "beskadiget" in err and "Traceback" not in err
    assert crypto.WorkspaceSettings.load(d) is not None  # repaired


# -- never recreated ---------------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["empty", "missing"])
def test_lost_database_is_refused_not_recreated(tmp_path: Path, damage: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ws"
    _make(d)
    with Workspace.open(d, create=False) as ws:
        ws.backup()
    db = d / paths.DB_FILENAME
    if damage == "empty":
        db.write_bytes(b"")
    else:
        db.unlink()
    with pytest.raises(LostWorkspaceError) as info:
        Workspace.open(d)
    assert info.value.backups  # the newest good backup is offered
    assert main(["init", "--data-dir", str(d)]) == 2
    assert "sikkerhedskopi" in capsys.readouterr().err
    assert (db.stat().st_size == 0) if damage == "empty" else not db.exists()


def test_truncated_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    d = tmp_path / "ws"
    _make(d)
    db = d / paths.DB_FILENAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = file_hash(db)
    with pytest.raises(WorkspaceError):
        Workspace.open(d)
    assert file_hash(db) == before


def test_check_is_strictly_read_only(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ws"
    _make(d)
    before = {p.name: file_hash(p) for p in d.iterdir() if p.is_file()}
    assert main(["check", "--data-dir", str(d)]) == 0
    out = capsys.readouterr().out
    assert "Integritet: ok" in out and "Sidst lukket rent:" in out and "ukendt" not in out
    after = {p.name: file_hash(p) for p in d.iterdir() if p.is_file()}
    assert after == before  # no -wal, no -shm, no settings written, nothing migrated
    assert main(["check", "--data-dir", str(tmp_path / "nowhere")]) == 1
    assert not (tmp_path / "nowhere").exists()


# -- concurrent creation ---------------------------------------------------------------------
_CREATOR = """
import os, sys, time
from pathlib import Path
from brobygger.store.workspace import Workspace
from brobygger.services import Services
start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    with Workspace.open(Path(sys.argv[1])) as ws:
        Services(ws, user=sys.argv[3]).organisations.create(name=sys.argv[3], sector="kommune")
    print("OK")
except Exception as exc:
    print("ERR", type(exc).__name__, exc)
"""


def test_concurrent_creation_gives_one_workspace_and_one_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ring = tmp_path / "keyring.json"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.helpers.filekeyring.FileKeyring",
           KEYRING_FILE_ENV: str(ring), "PYTHONPATH": str(ROOT)}
    rounds, procs = 4, 4
    for r in range(rounds):
        d = tmp_path / f"race{r}"
        start = time.time() + 1.5
        children = [subprocess.Popen([sys.executable, "-c", _CREATOR, str(d), str(start),
                                      f"p{i}"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                     text=True) for i in range(procs)]
        outputs = [c.communicate(timeout=120)[0].strip() for c in children]
        assert all(o == "OK" for o in outputs), outputs
        monkeypatch.setattr(keyring.core, "_keyring_backend", FileKeyring(ring))
        with Workspace.open(d, create=False) as ws:
            assert sorted(_orgs(ws)) == [f"p{i}" for i in range(procs)]
        monkeypatch.setattr(keyring.core, "_keyring_backend", MEMORY_KEYRING)


def test_a_workspace_from_before_gets_the_folder_note_and_survives_lost_settings(
        tmp_path: Path) -> None:
    d = tmp_path / "ws"
    _make(d)
    # as created by the previous version: no recovery file, no note of the folder
    (d / recovery.RECOVERY_FILE).unlink()
    for account in [k for k in MEMORY_KEYRING.secrets if k[1].startswith("folder-")]:
        del MEMORY_KEYRING.secrets[account]
    Workspace.open(d, create=False).close()  # one ordinary open notes the folder
    (d / crypto.SETTINGS_FILE).unlink()
    with Workspace.open(d, create=False) as ws:
        assert _orgs(ws) == ["Viborg Kommune"]
