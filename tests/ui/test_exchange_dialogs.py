"""The exchange dialogs: resolving conflicts, and the import/export flows on the task runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from brobygger.exchange import Choice, plan_import, read_bundle
from brobygger.services import Services
from brobygger.store.workspace import Workspace
from brobygger.ui import exchange_dialogs as xd
from brobygger.ui.common import Context
from tests.test_exchange import FAST, PASS, an_entry, export, import_all
from tests.ui.conftest import find_dialog, settle


def conflict_setup(a: Services, tmp_path: Path) -> tuple[Path, object]:
    """A (the example) and B edit the same entry after a first exchange; B's file."""
    ws_b = Workspace.open(tmp_path / "b")
    b = Services(ws_b, user="modpart")
    import_all(b, export(a, tmp_path / "first.brobygger"))
    entry = an_entry(a)
    a.log.update(entry.id, title="Hospitalets udgave")
    b.log.update(entry.id, title="Kommunens udgave")
    path = export(b, tmp_path / "b.brobygger")
    ws_b.close()
    return path, entry


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def close_message_boxes() -> list[str]:
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.close()
    return texts


def test_conflict_dialog_needs_a_choice_for_each(qtbot, demo_svc: Services,
                                                 tmp_path: Path) -> None:
    path, entry = conflict_setup(demo_svc, tmp_path)
    plan = plan_import(demo_svc, read_bundle(path, PASS))
    dlg = xd.ConflictDialog(plan)
    qtbot.addWidget(dlg)
    dlg.show()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dlg.conflicts.rowCount() == 1 and not ok.isEnabled()
    assert dlg.current().record_id == entry.id
    fields = {f.label: (f.mine, f.theirs) for f in dlg.fields.rows}
    assert fields["Titel"] == ("Hospitalets udgave", "Kommunens udgave")
    dlg.radios[Choice.THEIRS].click()
    assert ok.isEnabled()
    assert dlg.conflicts.index(0, 2).data() == "Tag modpartens"
    dlg.all_buttons[Choice.BOTH].click()
    assert dlg.radios[Choice.BOTH].isChecked()
    with qtbot.waitSignal(dlg.chosen):
        ok.click()
    assert dlg.resolutions().choice(entry.id) == Choice.BOTH


def test_import_flow_with_conflict(qtbot, demo_ctx: Context, tmp_path: Path,
                                  parent: QWidget) -> None:
    svc = demo_ctx.svc
    path, entry = conflict_setup(svc, tmp_path)
    results = []
    flow = xd.import_bundle(demo_ctx, parent, path, PASS)
    assert flow is not None
    flow.finished = results.append
    settle(demo_ctx)
    dlg = find_dialog(xd.ConflictDialog)
    dlg.choose_all(Choice.THEIRS)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(demo_ctx)
    assert results and results[0].took_theirs == 1
    assert svc.log.get(entry.id).title == "Kommunens udgave"
    assert any("tog modpartens" in t for t in close_message_boxes())


def test_wrong_passphrase_shows_a_danish_error(qtbot, demo_ctx: Context, tmp_path: Path,
                                               parent: QWidget) -> None:
    path, _entry = conflict_setup(demo_ctx.svc, tmp_path)
    xd.import_bundle(demo_ctx, parent, path, "forkert adgangsfrase")
    settle(demo_ctx)
    assert any("adgangsfrasen er forkert" in t for t in close_message_boxes())


def test_export_flows_write_files(qtbot, demo_ctx: Context, tmp_path: Path,
                                  monkeypatch) -> None:
    from brobygger.exchange import bundle

    monkeypatch.setattr(bundle.KdfCost.__init__, "__defaults__", (FAST.n, FAST.r, FAST.p))
    akut = demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg")
    done = []
    xd.export_bundle(demo_ctx, None, [akut.id], tmp_path / "ud.brobygger", PASS, done.append)
    xd.export_file(demo_ctx, None, "xlsx", "log", akut.id, tmp_path / "log.xlsx", done.append)
    xd.export_file(demo_ctx, None, "ics", "actions", None, tmp_path / "frister.ics",
                   done.append)
    settle(demo_ctx)
    assert len(done) == 3
    assert read_bundle(tmp_path / "ud.brobygger", PASS).manifest.initiatives[0].id == akut.id
    assert (tmp_path / "log.xlsx").stat().st_size > 0
    assert (tmp_path / "frister.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert len(close_message_boxes()) == 3
