"""Noticing other programs' and users' commits: PRAGMA data_version (SQLite) and
LISTEN/NOTIFY (PostgreSQL), turned into Changes; this workspace's own commits are not news."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from brobygger.services import Services
from brobygger.services.unit_of_work import Changes
from brobygger.services.watch import ChangeWatcher
from brobygger.store import crypto
from brobygger.store.workspace import Workspace
from tests.conftest import Inbox

ROOT = Path(__file__).resolve().parents[1]


def write_in_another_process(data_dir: Path) -> None:
    subprocess.run([sys.executable, "-m", "tests.helpers.writer", str(data_dir), "single", "1"],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)


def test_sqlite_another_process_writes_the_watcher_notices(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    ws = Workspace.open(data_dir, encryption=crypto.NONE)
    inbox = Inbox()
    watcher = ChangeWatcher(ws, inbox, interval=3600).start()  # checked by hand below
    try:
        assert watcher.ready.wait(30)
        svc = Services(ws, user="mig")
        svc.organisations.create(name="Egen ændring", sector="kommune")
        watcher.check()
        assert inbox.items == []  # our own commit is not news
        write_in_another_process(data_dir)
        watcher.check()
        assert inbox.items == [Changes.unknown()]
        assert inbox.items[0].touches({"log_entry"}) and inbox.items[0].external
        watcher.check()
        assert len(inbox.items) == 1  # told once
    finally:
        watcher.stop()
        ws.close()


def test_postgresql_another_user_writes_the_watcher_notices(pg_url: str) -> None:
    mine, theirs = Workspace.open_url(pg_url), Workspace.open_url(pg_url)
    inbox = Inbox()
    watcher = ChangeWatcher(mine, inbox, interval=0.1).start()
    try:
        assert watcher.ready.wait(30)
        Services(mine, user="mig").people.create(name="Egen ændring")
        org = Services(theirs, user="kollega").organisations.create(
            name="Skive Kommune", sector="kommune")
        assert inbox.arrived.wait(30)
        # NOTIFYs arrive in commit order: had our own come through, it would be first
        assert len(inbox.items) == 1
        changes = inbox.items[0]
        assert changes.external and not changes.everything
        assert changes.tables == {"organisation"}
        assert changes.touches({"organisation"}) and not changes.touches({"log_entry"})
        inbox.arrived.clear()
        Services(theirs, user="kollega").organisations.delete(org.id)
        assert inbox.arrived.wait(30)
        assert inbox.items[-1].tables == {"organisation"}
    finally:
        watcher.stop()
        mine.close()
        theirs.close()
