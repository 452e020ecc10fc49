"""Filer → Åbn delt arbejdsområde…: the connection dialog validates, connects to a real
PostgreSQL server, keeps the password out of the settings, and the window switches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from brobygger.store import crypto
from brobygger.ui import workspaces
from brobygger.ui.connection import ConnectionDialog
from brobygger.ui.safety import BackupsDialog
from tests.conftest import MEMORY_KEYRING
from tests.ui.conftest import find_dialog, message_texts, settle, shoot


def fill(dlg: ConnectionDialog, url: str, password: str) -> None:
    parsed = make_url(url)
    dlg.ui.host.setText(parsed.host or "localhost")
    dlg.ui.port.setValue(parsed.port or 5432)
    dlg.ui.database.setText(parsed.database or "")
    dlg.ui.user.setText(parsed.username or "")
    dlg.ui.password.setText(password)
    dlg.ui.tls.setChecked(False)  # the test server on loopback has no certificate


def test_connection_dialog_validates_inline(ctx, make_shell):
    shell = make_shell(ctx)
    shell.window.ui.actionOpenShared.trigger()
    dlg = find_dialog(ConnectionDialog)
    assert dlg.ui.password.echoMode() == dlg.ui.password.EchoMode.Password
    assert dlg.ui.tls.isChecked()  # TLS by default
    dlg.ui.database.setText("styregruppe")
    dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.isVisible()
    assert dlg.errors.text(dlg.ui.host) == "Skriv serverens navn eller adresse."
    assert dlg.errors.text(dlg.ui.user) == "Skriv dit brugernavn på serveren."
    assert dlg.errors.text(dlg.ui.database) == ""
    assert dlg.ui.database.text() == "styregruppe"
    shoot(dlg, "dialog-connection-errors")
    # a pasted address fills the fields (a password in it is not kept)
    dlg.ui.host.setText("postgresql://mette:hemmelig@db.region.dk:6543/akut?sslmode=require")
    dlg.ui.host.editingFinished.emit()
    assert (dlg.ui.host.text(), dlg.ui.port.value(), dlg.ui.database.text(),
            dlg.ui.user.text()) == ("db.region.dk", 6543, "akut", "mette")
    assert "hemmelig" not in dlg.url() and dlg.ui.password.text() == ""
    dlg.close()


def test_open_a_shared_postgresql_workspace(qtbot, ctx, make_shell, pg_url, settings):
    ctx.svc.initiatives.create(name="Kun på den bærbare", status="drift")
    shell = make_shell(ctx)
    laptop_window = shell.window
    laptop_dir = ctx.svc.ws.directory
    password = make_url(pg_url).password
    assert password
    laptop_window.ui.actionOpenShared.trigger()
    dlg = find_dialog(ConnectionDialog)
    fill(dlg, pg_url, "forkert-adgangskode")
    dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dlg.busy and "Kan ikke forbinde" in dlg.errors.text(),
                    timeout=20000)
    assert dlg.isVisible() and shell.window is laptop_window
    assert dlg.ui.host.text() and dlg.ui.password.text() == "forkert-adgangskode"  # kept
    dlg.resize(560, 460)
    shoot(dlg, "dialog-connection-failed")
    dlg.ui.password.setText(password)
    dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: shell.window is not laptop_window, timeout=30000)
    settle(shell.ctx)
    shared = shell.window
    ws = shell.ctx.svc.ws
    assert ws.is_shared
    assert shell.ctx.svc.initiatives.all() == []  # a fresh shared database
    # the status bar names the server, never the password
    where = shared.location_label.text()
    assert where.startswith("Delt arbejdsområde:") and make_url(pg_url).host in where
    assert password not in where.replace(make_url(pg_url).username or "", "")
    shoot(shared, "window-shared")
    # the password is in the keyring, the settings only have the address without it
    parsed = make_url(pg_url)
    account = crypto.pg_account(parsed.username, parsed.host, parsed.port, parsed.database)
    assert MEMORY_KEYRING.secrets[(crypto.SERVICE, account)] == password
    settings.sync()
    [recent] = workspaces.recent_shared(settings)
    assert make_url(recent).password is None and make_url(recent).database == parsed.database
    assert f":{password}@" not in Path(settings.fileName()).read_text(encoding="utf-8")
    # backups are the IT department's business in shared mode
    shared.backup_now()
    assert any("it-afdeling" in t for t in message_texts())
    backups = shared.open_backups()
    assert find_dialog(BackupsDialog) is backups and "it-afdeling" in backups.ui.intro.text()
    assert not backups.ui.backupNowButton.isEnabled()
    shoot(backups, "dialog-backups-shared")
    backups.close()
    # back to the laptop workspace from the recent list
    shared._fill_recent()
    [laptop] = [a for a in shared.ui.menuRecent.actions()
                if a.text() == "Arbejdsområdet på denne computer"]
    laptop.trigger()
    qtbot.waitUntil(lambda: shell.window is not shared, timeout=20000)
    settle(shell.ctx)
    assert not shell.ctx.svc.ws.is_shared and shell.ctx.svc.ws.directory == laptop_dir
    assert shell.ctx.svc.initiatives.find("Kun på den bærbare") is not None
    # ... and to the shared one again: the password comes from the keyring
    back = shell.window
    back._fill_recent()
    [again] = [a for a in back.ui.menuRecent.actions() if a.text().startswith("Delt:")]
    again.trigger()
    qtbot.waitUntil(lambda: shell.window is not back, timeout=30000)
    assert shell.ctx.svc.ws.is_shared
