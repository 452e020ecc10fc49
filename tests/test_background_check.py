"""The integrity check after an unclean close runs in the background (issue 21): the
workspace opens read-only at once, writes wait until the check has passed, a damaged file
is refused and left byte-identical, and a clean close needs no full check at all."""

from __future__ import annotations

import hashlib
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from brobygger import paths
from brobygger.domain.errors import CorruptWorkspaceError
from brobygger.services import Services
from brobygger.store import deferred_check
from brobygger.store import workspace as workspace_module
from brobygger.store.workspace import Workspace


def _folder(d: Path) -> dict[str, str]:
    """Every file of a workspace folder and its hash (the lock files aside)."""
    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def _add(ws: Workspace, title: str) -> str:
    return str(Services(ws, user="test").log.create(
        entry_date=date(2026, 1, 2), type="observation", title=title, body="tekst " * 20).id)


def _crash_image(source: Path, target: Path, title: str) -> None:
    """``source``'s workspace as a crash leaves it: the last save only in the ``-wal``, no
    ``-shm``, no record of a clean close (copied while open)."""
    ws = Workspace.open(source, encryption="none")
    _add(ws, title)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*-shm", "*.lock",
                                                                  workspace_module.CLOSED_FILE))
    ws.close()


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    source = tmp_path / "live"
    with Workspace.open(source, encryption="none") as ws:
        for n in range(30):
            _add(ws, f"Post {n}")
    target = tmp_path / "crashed"
    _crash_image(source, target, "Kun i -wal")
    assert Path(str(target / paths.DB_FILENAME) + "-wal").stat().st_size > 0
    return target


def test_the_open_returns_before_the_check_and_reads_at_once(
        crashed: Path, gate: threading.Event) -> None:
    before = _folder(crashed)
    ws = Workspace.open(crashed, create=False, check_in_background=True)
    try:
        assert ws.integrity == "checking"
        titles = {e.title for e in Services(ws).log.all()}
        assert "Kun i -wal" in titles and "Post 0" in titles  # the -wal is read, too
        # nothing of the workspace's own files changed or was added (the view is private)
        now = {k: v for k, v in _folder(crashed).items()
               if not k.startswith(deferred_check.VIEW_PREFIX)}
        assert now == before
        gate.set()
        assert ws.wait_until_checked(60)
        assert ws.integrity == "passed" and ws.checked_at is not None
        _add(ws, "Efter tjekket")
    finally:
        ws.close()
    assert not list(crashed.glob(deferred_check.VIEW_PREFIX + "*"))  # the view is gone
    with Workspace.open(crashed, create=False) as again:
        titles = {e.title for e in Services(again).log.all()}
    assert {"Kun i -wal", "Efter tjekket"} <= titles


def test_a_write_during_the_check_is_held_then_saved(crashed: Path,
                                                     gate: threading.Event) -> None:
    db = crashed / paths.DB_FILENAME
    ws = Workspace.open(crashed, create=False, check_in_background=True)
    saved: list[str] = []
    failed: list[BaseException] = []
    done = threading.Event()

    def save() -> None:
        try:
            saved.append(_add(ws, "Skrevet under tjekket"))
        except BaseException as exc:
            failed.append(exc)
        finally:
            done.set()

    try:
        before = _folder(crashed)
        writer = threading.Thread(target=save)
        writer.start()
        assert not done.wait(0.3)  # held: the check has not passed
        assert ws.integrity == "checking" and not saved
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before[db.name]
        gate.set()
        writer.join(60)
        assert done.is_set() and not failed and saved
        assert ws.integrity == "passed"
        assert any(str(e.id) == saved[0] for e in Services(ws).log.all())
    finally:
        gate.set()
        ws.close()
    with Workspace.open(crashed, create=False) as again:
        assert saved[0] in {str(e.id) for e in Services(again).log.all()}


def _damage_an_index(db: Path) -> None:
    """Garbage over the root page of an index of the log (the cheap part of opening –
    the schema, alembic_version – still reads; ``quick_check`` does not pass)."""
    import sqlite3

    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                        "'ix_log_entry_updated_at'").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = bytes((i * 7 + 3) % 251 for i in range(page_size))
    db.write_bytes(bytes(data))


def test_a_damaged_file_is_refused_and_left_untouched(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_module, "ALWAYS_CHECK_BELOW", 0)
    directory = tmp_path / "damaged"
    with Workspace.open(directory, encryption="none") as ws:
        for n in range(200):
            _add(ws, f"Post {n}")
    (directory / workspace_module.CLOSED_FILE).unlink()  # as after an unclean close
    _damage_an_index(directory / paths.DB_FILENAME)
    before = _folder(directory)

    ws = Workspace.open(directory, create=False, check_in_background=True)
    try:
        assert ws.wait_until_checked(60)
        assert ws.integrity == "failed"
        error = ws.integrity_error
        assert isinstance(error, CorruptWorkspaceError)
        assert "beskadiget" in error.message and "Der er ikke skrevet" in error.message
        with pytest.raises(CorruptWorkspaceError):  # a write is refused, never written
            _add(ws, "Må ikke skrives")
        assert ws.backup_if_due() is None
    finally:
        ws.close()
    assert _folder(directory) == before  # byte-identical, nothing added
    with pytest.raises(CorruptWorkspaceError):  # refused exactly as before
        Workspace.open(directory, create=False)
    assert _folder(directory) == before


def test_a_held_write_is_refused_when_the_check_fails(tmp_path: Path,
                                                      gate: threading.Event) -> None:
    directory = tmp_path / "damaged"
    with Workspace.open(directory, encryption="none") as ws:
        for n in range(200):
            _add(ws, f"Post {n}")
    (directory / workspace_module.CLOSED_FILE).unlink()
    _damage_an_index(directory / paths.DB_FILENAME)
    before = _folder(directory)
    ws = Workspace.open(directory, create=False, check_in_background=True)
    failed: list[BaseException] = []

    def save() -> None:
        try:
            _add(ws, "Holdt tilbage")
        except BaseException as exc:
            failed.append(exc)

    try:
        writer = threading.Thread(target=save)
        writer.start()
        gate.set()
        writer.join(60)
        assert len(failed) == 1 and isinstance(failed[0], CorruptWorkspaceError)
    finally:
        ws.close()
    assert _folder(directory) == before


def test_a_clean_close_needs_no_full_check(data_dir: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setattr(workspace_module, "ALWAYS_CHECK_BELOW", 0)
    with Workspace.open(data_dir) as ws:  # encrypted (the test keyring)
        _add(ws, "Post")
    started: list[object] = []
    monkeypatch.setattr(deferred_check.DeferredCheck, "start",
                        lambda self, _on: started.append(self))
    quick: list[bool] = []
    real = workspace_module.inspect_readonly

    def spy(*args: object, full_check: bool = True, **kw: object) -> str | None:
        quick.append(full_check)
        return real(*args, full_check=full_check, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module, "inspect_readonly", spy)
    with Workspace.open(data_dir, create=False, check_in_background=True) as ws:
        assert ws.integrity == "passed" and not started and quick == [False]
        _add(ws, "Straks")  # nothing held


def test_closing_during_the_check_records_nothing(crashed: Path,
                                                  gate: threading.Event) -> None:
    before = _folder(crashed)
    ws = Workspace.open(crashed, create=False, check_in_background=True)
    ws.close()  # the check is stopped; not passed, so no clean close or check is recorded
    assert _folder(crashed) == before
    assert not list(crashed.glob(deferred_check.VIEW_PREFIX + "*"))


def test_the_change_watcher_waits_for_the_check(crashed: Path, gate: threading.Event) -> None:
    from brobygger.services.watch import ChangeWatcher

    before = _folder(crashed)
    ws = Workspace.open(crashed, create=False, check_in_background=True)
    watcher = ChangeWatcher(ws, lambda _changes: None, interval=0.05).start()
    try:
        assert not watcher.ready.wait(0.3)  # no connection of its own to the file yet
        now = {k: v for k, v in _folder(crashed).items()
               if not k.startswith(deferred_check.VIEW_PREFIX)}
        assert now == before  # no -shm beside the file, nothing checkpointed
        gate.set()
        assert watcher.ready.wait(60)
    finally:
        gate.set()
        watcher.stop()
        ws.close()
