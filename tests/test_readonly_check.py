"""Issue 13, item 2: a workspace that existed is never recreated – also when only the
keyring remembers it – and ``check`` is strictly read-only: after it every file in the
folder is byte-identical and no file was added, whatever state the database is in."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from brobygger import paths
from brobygger.cli import main
from brobygger.domain.errors import LostWorkspaceError, WorkspaceError
from brobygger.services import Services
from brobygger.store import crypto, recovery
from brobygger.store.workspace import Workspace, head_revision
from tests.conftest import MEMORY_KEYRING, file_hash


@pytest.fixture(autouse=True)
def _keyring_restored() -> Iterator[None]:
    saved = dict(MEMORY_KEYRING.secrets)
    yield
    MEMORY_KEYRING.secrets.clear()
    MEMORY_KEYRING.secrets.update(saved)


def _folder_state(directory: Path) -> dict[str, str]:
    return {p.name: file_hash(p) for p in sorted(directory.iterdir()) if p.is_file()}


# -- the keyring alone remembers the workspace ---------------------------------------------------
@pytest.mark.parametrize("damage", ["empty", "missing"])
def test_keyring_alone_says_a_workspace_lived(tmp_path: Path, damage: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ws"
    with Workspace.open(d) as ws:  # encrypted with a key in the keyring
        Services(ws, user="t").organisations.create(name="Viborg Kommune", sector="kommune")
    assert recovery.workspace_id_of_folder(d)
    # every file in the folder is gone – settings, recovery file, backups – but the keyring
    # still notes the folder
    for f in d.iterdir():
        if f.is_dir():
            shutil.rmtree(f)
        elif f.name != paths.DB_FILENAME:
            f.unlink()
    db = d / paths.DB_FILENAME
    if damage == "empty":
        db.write_bytes(b"")
    else:
        db.unlink()
    with pytest.raises(LostWorkspaceError) as info:
        Workspace.open(d)
    assert "nøglering" in info.value.message
    assert main(["init", "--data-dir", str(d)]) == 2
    assert main(["demo", "--data-dir", str(d)]) == 2
    assert main(["check", "--data-dir", str(d)]) == 2
    assert "nøglering" in capsys.readouterr().err
    assert (db.stat().st_size == 0) if damage == "empty" else not db.exists()
    assert not (d / crypto.SETTINGS_FILE).exists()  # nothing was made


def test_the_app_refuses_it_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger import app

    d = tmp_path / "ws"
    Workspace.open(d).close()
    for f in d.iterdir():
        if f.is_dir():
            shutil.rmtree(f)
        else:
            f.unlink()
    from brobygger.ui import recovery as ui_recovery

    offered: list[BaseException] = []
    monkeypatch.setattr(app, "recovery_hook", lambda _d, error, _p: offered.append(error))
    monkeypatch.setattr(ui_recovery, "show_hook", lambda *_a: None)  # a new key: not shown
    with pytest.raises(app.StartCancelled):
        app.open_workspace(str(d))
    # the recovery dialog says what happened (no backup to offer); nothing was made
    assert isinstance(offered[0], LostWorkspaceError) and "nøglering" in offered[0].message
    assert not (d / paths.DB_FILENAME).exists()


def test_a_new_folder_is_still_created(tmp_path: Path) -> None:
    """Only this folder's note counts: another folder's workspace does not block a new one."""
    Workspace.open(tmp_path / "one").close()
    with Workspace.open(tmp_path / "two") as ws:
        assert ws.new_recovery_key


# -- check writes nothing -------------------------------------------------------------------------
def _crash_image(tmp_path: Path, encryption: str) -> Path:
    """The folder of a workspace as a crash leaves it: the database, its -wal (committed
    saves not yet folded into the file) and its -shm."""
    live, image = tmp_path / "live", tmp_path / "image"
    ws = Workspace.open(live, encryption=encryption)
    svc = Services(ws, user="t")
    svc.organisations.create(name="Viborg Kommune", sector="kommune")
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    svc.organisations.create(name="Regionshospitalet Viborg", sector="region_hospital")
    image.mkdir()
    for f in live.iterdir():  # copied while open: the WAL holds the second save
        if f.is_file() and f.name != "brobygger.lock":
            shutil.copy2(f, image / f.name)
    ws.close()
    db = image / paths.DB_FILENAME
    assert Path(str(db) + "-wal").stat().st_size > 0
    return image


STATES = ["db", "db+wal", "db+wal+shm", "db+shm", "empty", "truncated", "truncated+wal"]


@pytest.mark.parametrize("encryption", [crypto.NONE, crypto.KEYRING])
@pytest.mark.parametrize("state", STATES)
def test_check_writes_nothing_whatever_the_state(tmp_path: Path, state: str, encryption: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    d = _crash_image(tmp_path, encryption)
    db = d / paths.DB_FILENAME
    wal, shm = Path(str(db) + "-wal"), Path(str(db) + "-shm")
    if "wal" not in state:
        wal.unlink()
    if "shm" not in state:
        shm.unlink()
    if state == "db":  # a clean close: everything in the file
        with Workspace.open(d, create=False):
            pass
    if state == "empty":
        db.write_bytes(b"")
    if state.startswith("truncated"):
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    before = _folder_state(d)
    code = main(["check", "--data-dir", str(d)])
    out = capsys.readouterr().out
    assert _folder_state(d) == before  # byte-identical, and no -wal, -shm or settings added
    if state == "empty":
        assert code == 2
    elif state.startswith("truncated"):
        assert code == 1 and "Integritet: ok" not in out
    else:
        assert code == 0, out
        assert "Integritet: ok" in out and head_revision() in out
        if "wal" in state:
            assert "ikke lukket rent" in out


def test_check_reads_the_saves_in_the_wal(tmp_path: Path) -> None:
    """The copy check reads carries the -wal: a save only in the -wal is seen."""
    from brobygger.store.readonly import private_copy
    from brobygger.store.workspace import inspect_readonly

    d = _crash_image(tmp_path, crypto.NONE)
    db = d / paths.DB_FILENAME
    Path(str(db) + "-shm").unlink()
    with private_copy(db) as copy:
        assert copy.parent != d
        assert (Path(str(copy) + "-wal")).stat().st_size > 0
        copied = copy.parent
    assert not copied.exists()  # the private copy is gone
    assert inspect_readonly(db, None, False, strict=True) == head_revision()
    with Workspace.open(d, create=False) as ws:
        names = sorted(o.name for o in Services(ws, user="t").organisations.all())
    assert names == ["Regionshospitalet Viborg", "Viborg Kommune"]


def test_a_refused_open_adds_no_shm(tmp_path: Path) -> None:
    """Opening a damaged file with a -wal (after a crash) refuses it and adds nothing."""
    d = _crash_image(tmp_path, crypto.NONE)
    db = d / paths.DB_FILENAME
    Path(str(db) + "-shm").unlink()
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    before = _folder_state(d)
    with pytest.raises(WorkspaceError):
        Workspace.open(d)
    after = _folder_state(d)
    after.pop("brobygger.lock", None)  # opening takes the workspace lock; check does not
    before.pop("brobygger.lock", None)
    assert after == before


# -- refused on the command line: exit 2, and the newest good backup offered ----------------------
@pytest.mark.parametrize("damage", ["truncated", "empty"])
def test_cli_refuses_and_offers_the_newest_good_backup(
        tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    d = tmp_path / "ws"
    with Workspace.open(d) as ws:
        svc = Services(ws, user="t")
        svc.organisations.create(name="Viborg Kommune", sector="kommune")
        good = ws.backup()
        time.sleep(1.1)  # backups are named by the second
        svc.organisations.create(name="Praksis", sector="almen_praksis")
        newest = ws.backup()
    assert good != newest
    newest.write_bytes(newest.read_bytes()[:4096])  # the newest backup is damaged too
    db = d / paths.DB_FILENAME
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2] if damage == "truncated" else b"")
    before = _folder_state(d)
    assert main(["initiatives", "--data-dir", str(d)]) == 2
    err = capsys.readouterr().err
    assert "Nyeste gode sikkerhedskopi: nr. 2" in err and good.name in err
    assert f"brobygger-cli restore 2 --yes --data-dir {d}" in err
    after = _folder_state(d)
    after.pop("brobygger.lock", None)
    before.pop("brobygger.lock", None)
    assert after == before  # refused: nothing written
    assert main(["restore", "2", "--yes", "--data-dir", str(d)]) == 0
    with Workspace.open(d, create=False) as ws:
        assert [o.name for o in Services(ws, user="t").organisations.all()] == ["Viborg Kommune"]


def test_a_file_written_during_its_check_is_checked_again_not_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes at once: a file another process writes while this one reads it
    ``immutable`` can read torn. The check reads it again instead of calling it damaged;
    a file that fails without changing is still refused."""
    from brobygger.domain.errors import CorruptWorkspaceError
    from brobygger.store import readonly

    directory = tmp_path / "delt"
    with Workspace.open(directory) as ws:
        assert ws.path is not None
        db, key, encrypted = ws.path, ws.key, ws.encrypted
    real = readonly._inspect
    calls: list[int] = []

    def torn_once(path: Path, *args: object) -> str | None:
        calls.append(1)
        if len(calls) == 1:  # the other process writes while this one reads
            os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1_000_000))
            raise CorruptWorkspaceError("Tree 24 page 24 cell 0: invalid page number 186")
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(readonly, "_inspect", torn_once)
    assert readonly.inspect_file(db, key, encrypted) == head_revision()
    assert len(calls) == 2

    def always(path: Path, *args: object) -> str | None:
        calls.append(1)
        raise CorruptWorkspaceError("damaged")

    calls.clear()
    monkeypatch.setattr(readonly, "_inspect", always)
    with pytest.raises(CorruptWorkspaceError):
        readonly.inspect_file(db, key, encrypted)
    assert len(calls) == 1
