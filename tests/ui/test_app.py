"""The entry point: arguments, start-up errors shown in a dialog, a clean start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from brobygger import app
from brobygger.store.lock import WorkspaceLock
from brobygger.ui import i18n
from brobygger.ui.mainwindow import MainWindow


def test_help_exits_cleanly(capsys):
    with pytest.raises(SystemExit) as exc:
        app.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out and "--lang" in out


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(app, "error_dialog", shown.append)
    return shown


def test_workspace_error_is_a_dialog_not_a_traceback(tmp_path, errors, qapp):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    assert app.main(["--data-dir", str(not_a_dir)]) == 1
    assert len(errors) == 1 and "kan ikke" in errors[0]


def test_second_instance_gets_a_clear_message(tmp_path, errors, qapp):
    with WorkspaceLock(tmp_path / "ws"):
        assert app.main(["--data-dir", str(tmp_path / "ws")]) == 1
    assert "allerede åbent" in errors[0]


def test_starts_and_stops(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    try:
        assert app.main(["--data-dir", str(tmp_path / "ws"), "--lang", "da"]) == 0
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        assert windows
        assert (tmp_path / "ws" / "brobygger.sqlite3").exists()
    finally:
        for w in QApplication.topLevelWidgets():
            w.close()
        i18n.install(qapp, "da")
