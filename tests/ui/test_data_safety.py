"""Data safety in the app: back up now and restore, the start-up recovery of a damaged
file, the warning while a workspace is unencrypted and encrypting it in place."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from brobygger import app, paths
from brobygger.services import Services
from brobygger.store import backup, crypto
from brobygger.store.workspace import Workspace
from brobygger.ui import i18n
from brobygger.ui.mainwindow import MainWindow
from brobygger.ui.safety import BackupsDialog, EncryptDialog, RecoveryDialog
from tests.conftest import damaged_workspace_with_backup
from tests.ui.conftest import find_dialog, make_ctx, settle, shoot


def entry(svc: Services, title: str) -> None:
    svc.log.create(entry_date=date(2026, 3, 5), type="observation", title=title)


def titles(svc: Services) -> set[str]:
    return {e.title for e in svc.log.all()}


def open_copy(backup_file: Path, settings_from: Path, tmp: Path) -> Workspace:
    """Open a backup file as a workspace of its own (same key settings)."""
    tmp.mkdir()
    shutil.copy(backup_file, tmp / paths.DB_FILENAME)
    shutil.copy(settings_from / crypto.SETTINGS_FILE, tmp / crypto.SETTINGS_FILE)
    return Workspace.open(tmp, create=False)


def test_backup_now_and_restore_from_the_gui(qtbot, ctx, make_shell, tmp_path):
    svc = ctx.svc
    entry(svc, "Før sikkerhedskopien")
    shell = make_shell(ctx)
    window = shell.window
    dlg = window.open_backups()
    assert find_dialog(BackupsDialog) is dlg
    settle(ctx)
    assert dlg.model.rowCount() == 0 and "ingen sikkerhedskopier" in dlg.ui.statusLabel.text()
    dlg.ui.backupNowButton.click()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1)
    settle(ctx)
    assert "gemt" in dlg.ui.statusLabel.text()
    assert dlg.model.index(0, 1).data() == "manuel"
    assert dlg.ui.restoreButton.isEnabled()  # the new backup is selected
    shoot(dlg, "dialog-backups")
    # a change after the backup: the restore takes it away (and keeps it in a safety copy)
    entry(svc, "Efter sikkerhedskopien")
    directory = svc.ws.directory
    dlg.ui.restoreButton.click()
    qtbot.waitUntil(lambda: shell.window is not window, timeout=20000)
    settle(shell.ctx)
    restored = shell.ctx.svc
    assert titles(restored) == {"Før sikkerhedskopien"}
    assert "gendannet" in shell.window.statusBar().currentMessage()
    assert shell.window.log.model.rowCount() in (0, 1)  # the new window reads the new file
    safety = [b for b in backup.list_backups(directory) if b.reason == backup.PRE_RESTORE]
    assert len(safety) == 1
    assert safety[0].path.name in shell.window.statusBar().currentMessage()
    copy = open_copy(safety[0].path, directory, tmp_path / "copy")
    try:
        assert titles(Services(copy)) == {"Før sikkerhedskopien", "Efter sikkerhedskopien"}
    finally:
        copy.close()


def test_restore_selected_is_confirmed_first(qtbot, ctx, make_shell, monkeypatch):
    from brobygger.ui import common

    asked: list[str] = []
    monkeypatch.setattr(common, "question_hook",
                        lambda parent, title, text, yes: asked.append(text) or False)
    ctx.svc.ws.backup()
    shell = make_shell(ctx)
    window = shell.window
    dlg = window.open_backups()
    settle(ctx)
    dlg.ui.backupsView.selectRow(0)
    dlg.ui.restoreButton.click()
    settle(ctx)
    assert asked and "før gendannelse" in asked[0]
    assert shell.window is window and dlg.isVisible()  # answered no: nothing happened


@pytest.fixture
def started(monkeypatch, qapp):
    """Run app.main without entering the event loop; close its windows afterwards."""
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    yield
    for w in QApplication.topLevelWidgets():
        w.close()
    i18n.install(qapp, "da")


def test_damaged_file_at_start_offers_and_restores_the_newest_backup(tmp_path, started):
    directory = tmp_path / "ws"
    damaged_workspace_with_backup(directory)
    seen: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, RecoveryDialog) and w.isVisible()]
        if not dialogs:
            return
        timer.stop()
        dlg = dialogs[0]
        seen.append(dlg.ui.message.text())
        assert dlg.model.rowCount() == 1 and dlg.ui.restoreNewestButton.isEnabled()
        assert not dlg.ui.retryButton.isVisible()
        dlg.resize(760, 480)
        shoot(dlg, "dialog-recovery")
        dlg.ui.restoreNewestButton.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        assert app.main(["--data-dir", str(directory), "--lang", "da"]) == 0
    finally:
        timer.stop()
    assert seen and "sikkerhedskopi" in seen[0]
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    assert windows and "gendannet" in windows[-1].statusBar().currentMessage()
    reasons = [b.reason for b in backup.list_backups(directory)]
    assert backup.PRE_RESTORE in reasons  # the damaged file was kept
    with Workspace.open(directory, create=False) as ws:
        assert len(Services(ws).log.all()) == 300
        assert ws.quick_check() == "ok"


def test_damaged_file_quit_changes_nothing(tmp_path, started, monkeypatch):
    directory = tmp_path / "ws"
    damaged_workspace_with_backup(directory)
    before = (directory / paths.DB_FILENAME).read_bytes()
    offered = []

    def quit_(directory, error, prompt):
        offered.append(error.backups)
        return None

    monkeypatch.setattr(app, "recovery_hook", quit_)
    assert app.main(["--data-dir", str(directory)]) == 1
    assert offered and len(offered[0]) == 1
    assert (directory / paths.DB_FILENAME).read_bytes() == before


def test_no_encryption_flag_shows_the_warning_banner(tmp_path, started):
    directory = tmp_path / "plain"
    assert app.main(["--data-dir", str(directory), "--no-encryption"]) == 0
    assert crypto.is_plaintext(directory / paths.DB_FILENAME)
    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    assert window.ui.encryptionBanner.isVisible()
    assert "ikke krypteret" in window.ui.encryptionLabel.text()


def test_help_mentions_no_encryption(capsys):
    with pytest.raises(SystemExit):
        app.main(["--help"])
    assert "--no-encryption" in capsys.readouterr().out


@pytest.fixture
def plain_ctx(tmp_path, settings):
    ws = Workspace.open(tmp_path / "plain", encryption=crypto.NONE)
    svc = Services(ws, user="tester")
    svc.initiatives.create(name="Hemmeligt samarbejde", status="drift")
    c = make_ctx(svc, settings)
    yield c
    c.tasks.wait()
    ws.close()


def test_encrypt_now_with_a_passphrase(qtbot, plain_ctx, make_shell):
    shell = make_shell(plain_ctx)
    window = shell.window
    directory = plain_ctx.svc.ws.directory
    assert window.ui.encryptionBanner.isVisible() and window.ui.actionEncrypt.isVisible()
    shoot(window, "banner-unencrypted")
    window.ui.encryptButton.click()
    dlg = find_dialog(EncryptDialog)
    ok = dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.ui.passphraseRadio.setChecked(True)
    dlg.ui.passphrase.setText("kort")
    ok.click()
    assert dlg.isVisible() and "for kort" in dlg.errors.text(dlg.ui.passphrase)
    dlg.ui.passphrase.setText("en lang adgangsfrase")
    dlg.ui.repeat.setText("en anden adgangsfrase")
    ok.click()
    assert dlg.isVisible() and "ikke ens" in dlg.errors.text(dlg.ui.repeat)
    assert dlg.ui.passphrase.text() == "en lang adgangsfrase"  # typed text kept
    shoot(dlg, "dialog-encrypt")
    dlg.ui.repeat.setText("en lang adgangsfrase")
    ok.click()
    qtbot.waitUntil(lambda: shell.window is not window, timeout=20000)
    settle(shell.ctx)
    new = shell.window
    assert not new.ui.encryptionBanner.isVisible() and not new.ui.actionEncrypt.isVisible()
    assert "krypteret" in new.statusBar().currentMessage()
    assert shell.ctx.svc.ws.settings.encryption == crypto.PASSPHRASE
    assert not crypto.is_plaintext(directory / paths.DB_FILENAME)
    assert shell.ctx.svc.initiatives.find("Hemmeligt samarbejde") is not None
    new.close()  # the reopened file opens with the passphrase, not without
    shell.ctx.tasks.wait()
    shell.ctx.svc.ws.close()
    with Workspace.open(directory, create=False,
                        passphrase=lambda _n, _r: "en lang adgangsfrase") as ws:
        assert Services(ws).initiatives.find("Hemmeligt samarbejde") is not None


def test_encrypt_now_with_the_keyring(qtbot, plain_ctx, make_shell):
    shell = make_shell(plain_ctx)
    window = shell.window
    window.ui.actionEncrypt.trigger()
    dlg = find_dialog(EncryptDialog)
    assert dlg.ui.keyringRadio.isChecked()  # the default where a keyring exists
    dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: shell.window is not window, timeout=20000)
    ws = shell.ctx.svc.ws
    assert ws.settings.encryption == crypto.KEYRING and ws.encrypted
    assert crypto.keyring_get(ws.settings.workspace_id)
    assert not shell.window.ui.encryptionBanner.isVisible()


def test_wrong_passphrase_at_start_can_be_tried_again(tmp_path, started, monkeypatch):
    from brobygger.ui import passphrase

    directory = tmp_path / "frase"
    with Workspace.open(directory, encryption=crypto.PASSPHRASE,
                        passphrase=lambda _n, _r: "rigtig adgangsfrase") as ws:
        entry(Services(ws), "Bag adgangsfrasen")
    answers = ["forkert adgangsfrase", "rigtig adgangsfrase"]
    monkeypatch.setattr(passphrase, "ask_hook", lambda parent, new, reason: answers.pop(0))
    told: list[bool] = []

    def wrong(parent, can_restore) -> str:  # »Forkert adgangsfrase« – Prøv igen
        told.append(can_restore)
        return passphrase.RETRY

    monkeypatch.setattr(passphrase, "wrong_hook", wrong)
    monkeypatch.setattr(app, "recovery_hook", lambda *a: pytest.fail("no restore for a typo"))
    assert app.main(["--data-dir", str(directory)]) == 0
    assert len(told) == 1 and answers == []
    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    assert titles(window.ctx.svc) == {"Bag adgangsfrasen"}


def test_recovery_after_a_wrong_passphrase_defaults_to_trying_again(tmp_path, started,
                                                                     monkeypatch):
    from brobygger.ui import passphrase

    directory = tmp_path / "frase"
    with Workspace.open(directory, encryption=crypto.PASSPHRASE,
                        passphrase=lambda _n, _r: "rigtig adgangsfrase") as ws:
        entry(Services(ws), "Bag adgangsfrasen")
        ws.backup()
    answers = ["forkert adgangsfrase", "rigtig adgangsfrase"]
    monkeypatch.setattr(passphrase, "ask_hook", lambda parent, new, reason: answers.pop(0))
    monkeypatch.setattr(passphrase, "wrong_hook", lambda parent, can: passphrase.RESTORE)
    defaults: list[str] = []
    seen: list[object] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, RecoveryDialog) and w.isVisible()]
        seen.extend(dialogs[:1])
        if dialogs and seen.count(dialogs[0]) < 5:
            return  # what Enter presses once the dialog has settled (a user reads first)
        if dialogs:
            timer.stop()
            ui = dialogs[0].ui
            defaults.extend(b.objectName() for b in (ui.retryButton, ui.restoreNewestButton)
                            if b.isDefault())
            ui.retryButton.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        assert app.main(["--data-dir", str(directory)]) == 0
    finally:
        timer.stop()
    assert defaults == ["retryButton"] and answers == []


def test_closing_takes_the_daily_backup_in_the_background(qtbot, ctx, qapp):
    shell = app.Shell(qapp, ctx, backup_on_close=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    settle(ctx)
    directory = ctx.svc.ws.directory
    assert backup.list_backups(directory) == []
    window.close()
    assert "sikkerhedskopi" in window.statusBar().currentMessage()  # said while it runs
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    [auto] = backup.list_backups(directory)
    assert auto.reason == backup.AUTO
    shell.shutdown()  # at most one a day: no second backup
    assert len(backup.list_backups(directory)) == 1
