"""An unsaved new log entry survives a crash: kept in the (encrypted) workspace, offered at
the next start, removed when saved or discarded."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.store import crypto
from brobygger.ui import common, drafts
from brobygger.ui.dialogs import LogEntryDialog
from tests.ui.conftest import closed, settle


def _type_entry(window, ctx, ini) -> LogEntryDialog:
    dlg = window.new_entry()
    settle(ctx)  # the choices are looked up in the background
    common.set_combo_value(dlg.ui.initiative_id, ini.id)
    common.set_combo_value(dlg.ui.type, "beslutning")
    dlg.ui.entry_date.set_text("8.12.25")
    QTest.keyClicks(dlg.ui.title, "Fælles vagtplan")
    dlg.ui.body.setPlainText("Aftalt på styregruppemødet; lang tekst skrevet i toget.")
    plagues = dlg.check_models["plagues"]
    plagues.set_checked(["usynlige_resultater"])
    dlg.draft_keeper.keep()  # what the timer does every few seconds
    settle(ctx)
    return dlg


def test_a_draft_survives_and_is_offered(window, ctx, qtbot, monkeypatch):
    ini = ctx.svc.initiatives.create(name="Akutteam", status="drift")
    settle(ctx)
    dlg = _type_entry(window, ctx, ini)
    raw = ctx.svc.ws.get_meta(drafts.KEY)
    assert json.loads(raw)["values"]["title"] == "Fælles vagtplan"
    # the workspace is encrypted: the draft is not in the file in plain text
    if ctx.svc.ws.settings is not None and ctx.svc.ws.settings.encryption != crypto.NONE:
        assert b"vagtplan" not in ctx.svc.ws.path.read_bytes()
    # "crash": the dialog goes without finishing
    dlg.draft_keeper.timer.stop()
    dlg.finished.disconnect()
    dlg.hide()
    offered = []
    monkeypatch.setattr(drafts, "offer_hook",
                        lambda parent, data: offered.append(data) or drafts.CONTINUE)
    reopened: list = []
    drafts.offer_saved(window, reopened.append)
    settle(ctx)
    [again] = reopened
    assert offered and offered[0]["values"]["title"] == "Fælles vagtplan"
    assert again.ui.title.text() == "Fælles vagtplan"
    assert again.ui.entry_date.date() == date(2025, 12, 8)
    assert common.combo_value(again.ui.type) == "beslutning"
    assert common.combo_value(again.ui.initiative_id) == ini.id
    assert again.check_models["plagues"].checked() == ["usynlige_resultater"]
    assert again.ui.decision_status.isVisibleTo(again)
    QTest.mouseClick(again.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(again))
    settle(ctx)
    assert ctx.svc.ws.get_meta(drafts.KEY) == ""
    [entry] = ctx.svc.log.all()
    assert entry.title == "Fælles vagtplan" and entry.entry_date == date(2025, 12, 8)
    reopened.clear()
    drafts.offer_saved(window, reopened.append)
    settle(ctx)
    assert reopened == [None]


def test_discarding_removes_the_draft(window, ctx, monkeypatch):
    ini = ctx.svc.initiatives.create(name="Akutteam", status="drift")
    settle(ctx)
    dlg = _type_entry(window, ctx, ini)
    assert ctx.svc.ws.get_meta(drafts.KEY)
    dlg.reject()  # Kassér (the test hook answers »Kassér«)
    settle(ctx)
    assert closed(dlg)
    assert ctx.svc.ws.get_meta(drafts.KEY) == ""
    assert ctx.svc.log.all() == []
