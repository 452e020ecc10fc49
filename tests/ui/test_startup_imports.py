"""What the start of the app reads and imports before the Overblik shows its data (issue 21:
time to usable). Each deferred piece still works when it is asked for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from brobygger.ui.overview import OverviewPage
from tests.ui.conftest import find_dialog, settle

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from brobygger.services.workspaces import NONE, Workspace
Workspace.open(sys.argv[1], encryption=NONE).close()
before = set(sys.modules)
QApplication.exec = lambda self: 0  # main returns once the window is attached
from brobygger import app
code = app.main(["--data-dir", sys.argv[1], "--lang", "da"])
print("MODULES " + json.dumps(sorted(set(sys.modules) - before)), flush=True)
sys.exit(code)
"""
# Not needed before the first paint: the import flows and the exchange package (bundles,
# readers, the bundle's ciphers) load when Filer → Importér … is chosen.
NOT_AT_START = ("brobygger.exchange", "brobygger.ui.import_flows",
                "brobygger.ui.import_dialogs", "cryptography")


def test_the_app_starts_without_the_import_flows_and_the_exchange(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    res = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "ws")],
                         capture_output=True, text=True, env=env, timeout=180, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    line = next(ln for ln in res.stdout.splitlines() if ln.startswith("MODULES "))
    loaded: list[str] = json.loads(line.removeprefix("MODULES "))
    assert "brobygger.ui.import_menu" in loaded  # the menu itself is there
    assert [m for m in loaded if m.startswith(NOT_AT_START)] == []


def test_the_import_menu_loads_its_flow_when_chosen(window) -> None:
    from brobygger.ui.import_dialogs import UndoDialog

    menu = window.findChild(type(window.ui.menuFile), "menuImportData")
    undo = next(a for a in menu.actions() if a.objectName() == "actionUndoImport")
    undo.trigger()
    settle(window.ctx)
    dlg = find_dialog(UndoDialog)
    assert dlg.isVisible()
    assert len(window._import_flows) == 1
    dlg.close()


def test_the_overview_reads_only_the_actions_due_this_week(demo_window, monkeypatch) -> None:
    """Not every overdue action (thousands at scale 1, ~100 ms) to keep this week's."""
    svc = demo_window.ctx.svc
    today = date.today()
    ini = svc.initiatives.all()[0]
    due = {"i går": -1, "i dag": 0, "om en uge": 7, "om otte dage": 8}
    for title, days in due.items():
        svc.actions.create(title=f"Frist {title}", initiative_id=ini.id,
                           due_date=today + timedelta(days=days))
    read: list[list[str]] = []
    real = type(svc.actions).list

    def spy(self, **kw):  # type: ignore[no-untyped-def]
        rows = real(self, **kw)
        if "due_before" in kw:  # the list of what is due (the cards read their own)
            read.append([a.title for a in rows])
        return rows

    monkeypatch.setattr(type(svc.actions), "list", spy)
    page = demo_window.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.refresh()
    settle(demo_window.ctx)
    shown = [a.title for a in page.due.rows]
    assert "Frist i dag" in shown and "Frist om en uge" in shown
    assert "Frist i går" not in shown and "Frist om otte dage" not in shown
    week = [a.title for a in svc.actions.list(open_only=True) if a.due_date is not None
            and today <= a.due_date <= today + timedelta(days=7)]
    assert sorted(shown) == sorted(week)
    assert read and all(sorted(titles) == sorted(week) for titles in read)  # nothing more


def test_the_overview_reads_the_party_names_once(demo_window, monkeypatch) -> None:
    """The cards' summaries take the names the Overblik has just read (5,000 people and
    1,000 organisations at scale 1: ~30 ms each time)."""
    from brobygger.services.overview import Overview

    calls: list[int] = []
    real = Overview.party_names

    def spy(self):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(self)

    monkeypatch.setattr(Overview, "party_names", spy)
    page = demo_window.show_page("overview")
    page.refresh()
    settle(demo_window.ctx)
    assert len(page.cards) > 0 and len(calls) == 1
    pairs = [p for s in page._summaries for p in s.pairs]
    assert pairs and all(p.a_name != "?" and p.b_name != "?" for p in pairs)
