"""Tilføj part: a new organisation can be created in place; the same party twice is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.ui import common
from brobygger.ui.dialogs import OrganisationDialog, PartyDialog
from tests.ui.conftest import closed, find_dialog, settle


def _save(dlg) -> None:
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_new_organisation_in_place_and_no_duplicate(qtbot, window, ctx):
    ini = ctx.svc.initiatives.create(name="Akutteam Århus", status="opstart")
    dlg = PartyDialog(ctx, None, window, initiative_id=ini.id)
    dlg.show()
    settle(ctx)
    QTest.mouseClick(dlg.new_org_button, Qt.MouseButton.LeftButton)
    org_dlg = find_dialog(OrganisationDialog)
    QTest.keyClicks(org_dlg.ui.name, "Aarhus Kommune")
    common.set_combo_value(org_dlg.ui.sector, "kommune")
    _save(org_dlg)
    qtbot.waitUntil(lambda: closed(org_dlg))
    settle(ctx)
    org = ctx.svc.organisations.find("Aarhus Kommune")
    assert common.combo_value(dlg.ui.organisation_id) == org.id
    _save(dlg)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert [p.organisation_name for p in ctx.svc.parties.list(ini.id)] == ["Aarhus Kommune"]
    again = PartyDialog(ctx, None, window, initiative_id=ini.id)
    again.show()
    settle(ctx)
    common.set_combo_value(again.ui.organisation_id, org.id)
    _save(again)
    settle(ctx)
    assert again.isVisible()
    assert "allerede part" in again.error_label("organisation_id").text()
    assert len(ctx.svc.parties.list(ini.id)) == 1
