"""Filer → Nyt/Åbn arbejdsområde, the recent list, Omdøb and Fjern (to the trash, its key
gone from the keyring, the removal recorded)."""

from __future__ import annotations

import shutil
from pathlib import Path

from brobygger import paths
from brobygger.store import crypto
from brobygger.ui import workspace_menu
from tests.ui.conftest import settle


def test_new_open_recent_rename_and_remove(qtbot, ctx, make_shell, monkeypatch, tmp_path):
    shell = make_shell(ctx)
    first = shell.window
    own_dir = ctx.svc.ws.directory
    monkeypatch.setattr(workspace_menu, "ask_name_hook", lambda *a: "Akutteam Århus")
    first.actionNewWorkspace.trigger()
    qtbot.waitUntil(lambda: shell.window is not first, timeout=30000)
    settle(shell.ctx)
    new_dir = own_dir.parent / "Brobygger-Akutteam-Århus"
    assert shell.ctx.svc.ws.directory == new_dir and shell.ctx.svc.is_empty()
    assert (new_dir / paths.DB_FILENAME).exists()
    second = shell.window
    assert "Akutteam Århus" in second.statusBar().currentMessage()
    # the recent list offers the first one back, by name, and a way to remove it
    second.ui.menuRecent.aboutToShow.emit()
    texts = [a.text() for a in second.ui.menuRecent.actions()]
    assert own_dir.name in texts
    # Åbn arbejdsområde…: a folder without a workspace is refused with a clear message
    empty = tmp_path / "tom"
    empty.mkdir()
    monkeypatch.setattr(workspace_menu, "ask_dir_hook", lambda *a: empty)
    second.actionOpenWorkspace.trigger()
    assert shell.window is second
    # rename the open one
    monkeypatch.setattr(workspace_menu, "ask_name_hook", lambda *a: "Akut, Århus")
    second.actionRenameWorkspace.trigger()
    assert workspace_menu.display_name(shell.ctx.settings, new_dir) == "Akut, Århus"
    # remove the first: to the trash, key out of the keyring, removal recorded
    workspace_id = crypto.WorkspaceSettings.load(own_dir).workspace_id
    assert crypto.keyring_get(workspace_id)
    trash = tmp_path / "trash"
    trash.mkdir()

    def to_trash(directory: Path) -> bool:
        shutil.move(str(directory), str(trash / directory.name))
        return True

    monkeypatch.setattr(workspace_menu, "trash_hook", to_trash)
    assert not workspace_menu.remove_workspace(second, new_dir)  # the open one: refused
    assert workspace_menu.remove_workspace(second, own_dir)
    assert not own_dir.exists() and (trash / own_dir.name / paths.DB_FILENAME).exists()
    assert crypto.keyring_get(workspace_id) is None
    assert own_dir not in workspace_menu.recent(shell.ctx.settings)
    removed = shell.ctx.settings.value(workspace_menu.REMOVED_KEY)
    assert any(str(own_dir) in r for r in removed)
