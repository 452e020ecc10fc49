"""Person pickers (issue 18, 7): the initiative's members first, each person's organisation
beside the name, a search by name, title and organisation – one picker everywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.ui import common
from brobygger.ui.dialogs import (
    ActionDialog,
    LogEntryDialog,
    MemberDialog,
    PlagueDialog,
    RelationshipDialog,
)
from brobygger.ui.pickers import PersonPicker
from tests.ui.conftest import closed, settle, wait_for_lookups


def _people(ctx: Any) -> dict[str, Any]:
    svc = ctx.svc
    silkeborg = svc.organisations.create(name="Silkeborg Kommune", sector="kommune")
    region = svc.organisations.create(name="Region Midtjylland", sector="region_hospital")
    ini = svc.initiatives.create(name="Psykiatriens Hus", status="drift")
    other = svc.initiatives.create(name="Akutteam", status="opstart")
    aase = svc.people.create(name="Aase Andersen", title="overlæge", organisation_id=region.id)
    bo = svc.people.create(name="Bo Berg", title="afdelingssygeplejerske",
                           organisation_id=silkeborg.id)
    zenia = svc.people.create(name="Zenia Ørum", title="centerleder",
                              organisation_id=silkeborg.id)
    svc.members.create(initiative_id=ini.id, person_id=zenia.id, role="leder")
    svc.members.create(initiative_id=other.id, person_id=aase.id, role="medlem")
    return {"ini": ini, "other": other, "aase": aase, "bo": bo, "zenia": zenia}


def _labels(picker: PersonPicker) -> list[str]:
    return [picker.itemText(i) for i in range(picker.count())]


def test_owner_picker_members_first_with_organisation_and_search(qtbot, window, ctx):
    w = _people(ctx)
    dlg = ActionDialog(ctx, None, window, initiative_id=w["ini"].id)
    dlg.show()
    wait_for_lookups(dlg)
    picker = dlg.ui.owner_id
    assert isinstance(picker, PersonPicker)
    labels = _labels(picker)
    # (ingen), the heading, the member, the other heading, then everyone else by name
    assert labels == ["(ingen)", "Medlemmer af initiativet", "Zenia Ørum (Silkeborg Kommune)",
                      "Andre personer", "Aase Andersen (Region Midtjylland)",
                      "Bo Berg (Silkeborg Kommune)"]
    assert picker.itemData(2, Qt.ItemDataRole.ToolTipRole) == \
        "Zenia Ørum · centerleder · Silkeborg Kommune"
    # search by title, by organisation and by name
    assert picker.matches("sygeplejerske") == ["Bo Berg (Silkeborg Kommune)"]
    assert picker.matches("region") == ["Aase Andersen (Region Midtjylland)"]
    assert picker.matches("silkeborg") == ["Zenia Ørum (Silkeborg Kommune)",
                                           "Bo Berg (Silkeborg Kommune)"]
    # typing a title and leaving the field chooses that person; saving stores the owner
    picker.setFocus()
    picker.lineEdit().clear()
    QTest.keyClicks(picker.lineEdit(), "afdelingssyge")
    QTest.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert common.combo_value(picker) == w["bo"].id
    assert picker.lineEdit().text() == "Bo Berg (Silkeborg Kommune)"
    QTest.keyClicks(dlg.ui.title, "Ring til Bo")
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    (action,) = ctx.svc.actions.list(initiative_id=w["ini"].id)
    assert action.owner_id == w["bo"].id


def test_members_follow_the_chosen_initiative(qtbot, window, ctx):
    w = _people(ctx)
    dlg = ActionDialog(ctx, None, window)
    dlg.show()
    wait_for_lookups(dlg)
    picker = dlg.ui.owner_id
    assert "Medlemmer af initiativet" not in _labels(picker)  # no initiative: by name
    common.set_combo_value(dlg.ui.initiative_id, w["other"].id)
    assert _labels(picker)[1:3] == ["Medlemmer af initiativet",
                                    "Aase Andersen (Region Midtjylland)"]
    # a half-typed search that finds no one never stands for a person
    picker.setFocus()
    picker.lineEdit().setText("xyz")
    QTest.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert picker.lineEdit().text() == picker.chosen_text() == "(ingen)"


def test_every_person_choice_uses_the_picker(qtbot, window, ctx):
    w = _people(ctx)
    plague = PlagueDialog(ctx, None, window, initiative_id=w["ini"].id)
    member = MemberDialog(ctx, None, window, initiative_id=w["other"].id)
    relation = RelationshipDialog(ctx, None, window, initiative_id=w["ini"].id)
    entry = LogEntryDialog(ctx, None, window, initiative_id=w["ini"].id)
    for dlg in (plague, member, relation, entry):
        dlg.show()
        wait_for_lookups(dlg)
    assert isinstance(plague.ui.owner_id, PersonPicker)
    assert _labels(plague.ui.owner_id)[2] == "Zenia Ørum (Silkeborg Kommune)"
    assert isinstance(member.ui.person_id, PersonPicker)
    common.set_combo_value(relation.ui.kind, "person")
    assert isinstance(relation.ui.party_a, PersonPicker)
    assert _labels(relation.ui.party_a)[2] == "Zenia Ørum (Silkeborg Kommune)"
    assert relation.ui.party_b.matches("overlæge") == ["Aase Andersen (Region Midtjylland)"]
    # the log entry's participants: members first, organisation shown, filter by title
    model = entry.check_models["participants"]
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "Zenia Ørum (Silkeborg Kommune)", "Aase Andersen (Region Midtjylland)",
        "Bo Berg (Silkeborg Kommune)"]
    entry.ui.participantsFilter.setText("overlæge")
    proxy = entry.ui.participants.model()
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Aase Andersen (Region Midtjylland)"]
    for dlg in (plague, member, relation, entry):
        dlg.mark_clean()
        dlg.reject()


def test_the_members_table_shows_each_members_organisation(qtbot, window, ctx):
    w = _people(ctx)
    window.open_initiative(w["ini"].id)
    settle(ctx)
    members = window.initiatives.detail.overview_tab.members
    heads = [members.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert heads == ["Navn", "Organisation", "Titel"]
    assert [members.index(0, c).data() for c in range(3)] == [
        "Zenia Ørum", "Silkeborg Kommune", "centerleder"]
