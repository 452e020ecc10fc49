"""Disk full, private file modes, errors without user data, the shared address without a
password, leftovers of an interrupted write (issue 13, items 6–9)."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from brobygger import paths
from brobygger.domain.errors import DiskFullError
from brobygger.services import Services
from brobygger.store import backup, dialect, files
from brobygger.store.workspace import Workspace

SECRET_TEXT = "Hemmelig borger Jens Hansen 0101901234"


def _cap_pages(engine: Any, pages: int) -> None:
    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()


# -- disk full -------------------------------------------------------------------------------
def test_disk_full_when_saving_says_so_and_saves_nothing(ws: Workspace) -> None:
    svc = Services(ws, user="t")
    svc.organisations.create(name="Viborg Kommune", sector="kommune")
    with ws.engine.connect() as conn:
        used = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    _cap_pages(ws.engine, used)
    with pytest.raises(DiskFullError) as info:
        svc.log.create(entry_date=date(2026, 3, 5), type="beslutning", title="Stor",
                       body="x" * 90_000)
    assert info.value.message == files.DISK_FULL_MESSAGE
    assert "sikkerhedskopi" not in info.value.message
    assert svc.log.all() == []
    assert [o.name for o in svc.organisations.all()] == ["Viborg Kommune"]


def test_disk_full_when_creating_leaves_nothing_half_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = dialect.make_engine

    def tiny(db: Path, key: Any) -> Any:
        engine = real(db, key)
        _cap_pages(engine, 3)
        return engine

    monkeypatch.setattr(dialect, "make_engine", tiny)
    d = tmp_path / "ws"
    with pytest.raises(DiskFullError, match="Disken er fuld"):
        Workspace.open(d)
    assert not (d / paths.DB_FILENAME).exists()
    monkeypatch.setattr(dialect, "make_engine", real)
    with Workspace.open(d) as ws:  # once there is room, creating simply works
        assert Services(ws, user="t").organisations.all() == []


def test_disk_full_in_a_backup_is_said_and_cleaned(ws: Workspace,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_fsync_file", no_space)
    with pytest.raises(DiskFullError, match="Disken er fuld"):
        ws.backup()
    assert list(backup.backup_dir(ws.directory).glob("*.tmp")) == []


def test_leftovers_of_an_interrupted_write_are_cleaned_at_open(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    folder = backup.backup_dir(data_dir)
    folder.mkdir(exist_ok=True)
    half = [folder / "brobygger-20260101-000000-manuel.sqlite3.tmp",
            folder / "brobygger-20260101-000000-manuel.sqlite3.tmp-journal",
            data_dir / "brobygger.sqlite3.encrypting",
            data_dir / "brobygger.sqlite3.encrypting-journal",
            data_dir / "brobygger.sqlite3.restore-tmp"]
    fresh = folder / "brobygger-20260102-000000-manuel.sqlite3.tmp"  # being written now
    for f in [*half, fresh]:
        f.write_bytes(b"half")
    old = time.time() - files.LEFTOVER_MIN_AGE_S - 10
    for f in half:
        os.utime(f, (old, old))
    Workspace.open(data_dir).close()
    assert [f for f in half if f.exists()] == []
    assert fresh.exists()


# -- private files -----------------------------------------------------------------------------
@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_files_are_private_whatever_the_umask(tmp_path: Path, open_umask: None) -> None:
    from brobygger.exchange.tables import export_table

    d = tmp_path / "ws"
    with Workspace.open(d) as ws:
        svc = Services(ws, user="t")
        person = svc.people.create(name="Anne Jensen")
        ws.backup()
        export_table(svc, "csv", "log", tmp_path / "log.csv")
        from brobygger.services.gdpr import write_person_export

        write_person_export(svc.gdpr.export_person(person.id), tmp_path / "anne.json")
    assert _mode(d) == 0o700
    assert _mode(backup.backup_dir(d)) == 0o700
    private = [d / paths.DB_FILENAME, *backup.backup_dir(d).iterdir(), tmp_path / "log.csv",
               tmp_path / "anne.json", *(p for p in d.iterdir() if p.suffix == ".json")]
    assert {p.name: oct(_mode(p)) for p in private} == {p.name: "0o600" for p in private}


# -- errors without user data ------------------------------------------------------------------
def _sql_error() -> BaseException:
    from sqlalchemy.exc import IntegrityError

    try:
        raise IntegrityError("INSERT INTO person (name) VALUES (?)", (SECRET_TEXT,),
                             Exception("UNIQUE constraint failed: person.name"))
    except IntegrityError as exc:
        return exc


def test_unexpected_error_on_the_command_line_shows_no_sql_or_data(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from brobygger.cli import main
    from brobygger.cli.main import build_parser
    from brobygger.errorlog import LOG_NAME, log_dir

    def boom(_args: object) -> int:
        raise _sql_error()

    args = build_parser().parse_args(["init", "--data-dir", str(tmp_path / "ws")])
    args.func = boom
    monkeypatch.setattr(sys.modules["brobygger.cli.main"], "build_parser",
                        lambda: _Fixed(args))
    assert main(["init"]) == 1
    err = capsys.readouterr().err
    assert "Uventet fejl" in err and "IntegrityError" in err
    for leak in ("INSERT", "Jens", "0101901234", "parameters"):
        assert leak not in err
    logged = (log_dir() / LOG_NAME).read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "INSERT INTO person" in logged
    assert "Jens" not in logged and "0101901234" not in logged


class _Fixed:
    def __init__(self, args: Any) -> None:
        self.args = args

    def parse_args(self, _argv: Any) -> Any:
        return self.args


def test_report_text_and_dialog_text_hold_no_user_data() -> None:
    from brobygger.errorlog import redact, report_text

    exc = _sql_error()
    report = report_text(exc)
    assert "IntegrityError" in report and "Jens" not in report and "0101901234" not in report
    assert redact("WHERE name = 'Jens Hansen'") == "WHERE name = '…'"
