"""The window during a background integrity check (issue 21): the status bar says the
workspace is being checked, then that it passed; a failed check is said plainly and the
next start checks first (the recovery dialog, as before)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from brobygger import paths
from brobygger.services import Services
from brobygger.services.workspaces import Workspace
from brobygger.store import workspace as workspace_module
from brobygger.ui import integrity


def _add(ws: Workspace, title: str) -> None:
    Services(ws, user="test").log.create(entry_date=date(2026, 1, 2), type="observation",
                                         title=title, body="tekst " * 20)


def _unclean(directory: Path, damage: bool = False) -> None:
    with Workspace.open(directory, encryption="none") as ws:
        for n in range(120):
            _add(ws, f"Post {n}")
    (directory / workspace_module.CLOSED_FILE).unlink()
    if damage:
        import sqlite3

        db = directory / paths.DB_FILENAME
        conn = sqlite3.connect(db)
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                            "'ix_log_entry_updated_at'").fetchone()[0]
        conn.close()
        data = bytearray(db.read_bytes())
        data[(root - 1) * size:root * size] = bytes(i % 251 for i in range(size))
        db.write_bytes(bytes(data))


def test_the_status_bar_shows_the_check_and_its_end(qtbot: QtBot, tmp_path: Path,
                                                    gate: threading.Event) -> None:
    directory = tmp_path / "ws"
    _unclean(directory)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    ws = Workspace.open(directory, create=False, check_in_background=True)
    try:
        integrity.IntegrityWatch(window, ws, store)
        assert window.statusBar().currentMessage() == integrity.checking_text()
        window.show()
        window.grab().save(str(tmp_path / "checking.png"))
        gate.set()
        qtbot.waitUntil(lambda: "i orden" in window.statusBar().currentMessage(),
                        timeout=30_000)
        assert integrity.check_in_background(store, directory)
    finally:
        ws.close()


def test_a_failed_check_is_said_and_the_next_start_checks_first(
        qtbot: QtBot, tmp_path: Path, gate: threading.Event) -> None:
    directory = tmp_path / "ws"
    _unclean(directory, damage=True)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    ws = Workspace.open(directory, create=False, check_in_background=True)
    try:
        integrity.IntegrityWatch(window, ws, store)
        gate.set()
        qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                        timeout=30_000)
        box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
        assert "beskadiget" in box.text() and "står stadig" in box.informativeText()
        assert box.accessibleName()
        box.grab().save(str(tmp_path / "failed.png"))
        box.close()
        assert not integrity.check_in_background(store, directory)
    finally:
        ws.close()
