"""The user's main workflows, driven through the real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.services import LogFilter
from brobygger.ui import common
from brobygger.ui.dialogs import InitiativeDialog, LogEntryDialog, RelationshipDialog
from brobygger.ui.mainwindow import MainWindow
from brobygger.ui.small_dialogs import TrashDialog, WelcomeDialog
from tests.ui.conftest import closed, find_dialog, listed_ids, settle, wait_for_lookups


def click_save(dlg) -> None:
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_create_initiative_through_the_dialog(window, ctx, qtbot):
    window.ui.actionNewInitiative.trigger()
    dlg = find_dialog(InitiativeDialog)
    QTest.keyClicks(dlg.ui.name, "Fælles akutteam Århus")
    dlg.ui.purpose.setPlainText("Færre indlæggelser af ældre medicinske patienter.")
    dlg.sliders["formalisation"]["forpligtelser"].setValue(4)
    dlg.sliders["meaning"]["borger"].setValue(3)
    click_save(dlg)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    created = ctx.svc.initiatives.find("Fælles akutteam Århus")
    assert created.formalisation == {"forpligtelser": 4}
    assert created.meaning["borger"] == 3
    # the new initiative opens in the detail view
    assert window.current_page() == "initiatives"
    assert window.initiatives.detail.initiative.id == created.id
    assert window.initiatives.detail.ui.nameLabel.text() == "Fælles akutteam Århus"


def test_ctrl_n_adds_a_log_entry_and_search_finds_it(window, ctx, qtbot):
    ini = ctx.svc.initiatives.create(name="Akutsamarbejde", status="drift")
    settle(ctx)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = find_dialog(LogEntryDialog)
    assert dlg.ui.entry_date.date() == date.today()
    common.set_combo_value(dlg.ui.type, "beslutning")
    assert dlg.ui.decision_status.isVisibleTo(dlg)
    assert not dlg.ui.escalation_level.isVisibleTo(dlg)
    common.set_combo_value(dlg.ui.initiative_id, ini.id)
    common.set_combo_value(dlg.ui.decision_status, "implementeret")
    QTest.keyClicks(dlg.ui.title, "Fælles vagtplan for akutpladserne")
    dlg.ui.body.setPlainText("Vedtaget i styregruppen; ildsjælene i Skive hjælper.")
    QTest.keyClicks(dlg.ui.tags, "vagtplan, akutpladser")
    plagues = dlg.check_models["plagues"]
    plagues.setData(plagues.index(4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    click_save(dlg)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    [entry] = ctx.svc.log.list(LogFilter(initiative_id=ini.id))
    assert entry.title == "Fælles vagtplan for akutpladserne"
    assert entry.decision_status == "implementeret"
    assert entry.tags == ("vagtplan", "akutpladser")
    assert entry.plagues == ("graazoner",)
    # search as you type in Logbog (Ctrl+F focuses the search field)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    log = window.log
    assert window.current_page() == "log"
    ctx.svc.log.create(entry_date=date.today(), type="moede", title="Andet møde", tags=[])
    settle(ctx)
    log.refresh()
    settle(ctx)
    assert log.ui.countLabel.text() == "2 indførsler"
    QTest.keyClicks(log.ui.searchEdit, "ildsjæl")
    qtbot.waitUntil(lambda: log.ui.countLabel.text() == "1 af 2 indførsler", timeout=3000)
    assert listed_ids(log.model) == [entry.id]
    log.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: len(listed_ids(log.model)) == 2, timeout=3000)


def test_add_assessment_changes_the_stage(window, ctx, qtbot):
    svc = ctx.svc
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    kommune = svc.organisations.create(name="Viborg Kommune", sector="kommune")
    hospital = svc.organisations.create(name="Regionshospitalet Viborg",
                                        sector="region_hospital")
    for org in (kommune, hospital):
        svc.parties.create(initiative_id=ini.id, organisation_id=org.id)
    window.open_initiative(ini.id)
    settle(ctx)
    detail = window.initiatives.detail
    assert "ikke vurderet" in detail.ui.stageLabel.text()
    detail.ui.tabs.setCurrentIndex(1)

    def assess(k: int, r: int, t: int) -> None:
        QTest.mouseClick(detail.ui.newAssessmentButton, Qt.MouseButton.LeftButton)
        dlg = find_dialog(RelationshipDialog)
        common.set_combo_value(dlg.ui.party_a, kommune.id)
        common.set_combo_value(dlg.ui.party_b, hospital.id)
        dlg.ui.kendskab.setValue(k)
        dlg.ui.respekt.setValue(r)
        dlg.ui.tillid.setValue(t)
        click_save(dlg)
        qtbot.waitUntil(lambda: closed(dlg))
        settle(ctx)

    assess(8, 7, 3)
    assert detail.relations_tab.pair_model.rowCount() == 1
    assert detail.relations_tab.pair_model.index(0, 4).data() == "Respekt"
    assert "Respekt" in detail.ui.stageLabel.text()
    assess(9, 9, 8)
    assert detail.relations_tab.pair_model.index(0, 4).data() == "Tillid"
    assert detail.relations_tab.pair_model.index(0, 5).data() == "Stigende"
    assert "Tillid" in detail.ui.stageLabel.text()
    assert detail.relations_tab.assessments.rowCount() == 2
    assert len(detail.relations_tab.relations_chart.chart.series) == 3


def test_delete_and_restore_from_the_trash(window, ctx, qtbot, _auto_confirm):
    entry = ctx.svc.log.create(entry_date=date.today(), type="moede", title="Kvartalsmøde")
    log = window.show_page("log")
    settle(ctx)
    assert listed_ids(log.model) == [entry.id]
    log.ui.logView.selectRow(0)
    log.ui.logView.setFocus()
    QTest.keyClick(log.ui.logView, Qt.Key.Key_Delete)
    settle(ctx)
    assert _auto_confirm and "Kvartalsmøde" in _auto_confirm[-1]
    assert listed_ids(log.model) == []
    assert [e.id for e in ctx.svc.log.trash()] == [entry.id]
    trash = window.open_trash()
    settle(ctx)
    assert trash.model.rowCount() == 1
    assert trash.model.index(0, 2).data().endswith("Kvartalsmøde")
    trash.ui.trashView.selectRow(0)
    QTest.mouseClick(trash.ui.restoreButton, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert trash.model.rowCount() == 0
    assert listed_ids(log.model) == [entry.id]
    assert find_dialog(TrashDialog) is trash


def test_invalid_input_shows_an_error_and_keeps_the_text(window, ctx, qtbot):
    dlg = wait_for_lookups(window.new_initiative())
    dlg.ui.purpose.setPlainText("Et formål, der ikke må gå tabt")
    QTest.keyClicks(dlg.ui.name, "   ")
    click_save(dlg)
    qtbot.waitUntil(lambda: dlg.error_label("name") is not None)
    assert dlg.isVisible()
    assert dlg.error_label("name").text() == "Navnet må ikke være tomt."
    assert dlg.ui.purpose.toPlainText() == "Et formål, der ikke må gå tabt"
    assert dlg.ui.name.hasFocus() or dlg.focusWidget() is dlg.ui.name
    assert ctx.svc.initiatives.all() == []
    # an escalation needs its level; the message sits next to that field
    entry = wait_for_lookups(window.new_entry())
    common.set_combo_value(entry.ui.type, "eskalering")
    QTest.keyClicks(entry.ui.title, "Takster for IV-behandling")
    entry.ui.body.setPlainText("Lang tekst, der skal blive stående.")
    click_save(entry)
    qtbot.waitUntil(lambda: entry.error_label("escalation_level") is not None)
    assert "niveau" in entry.error_label("escalation_level").text()
    assert entry.ui.body.toPlainText() == "Lang tekst, der skal blive stående."
    assert entry.ui.title.text() == "Takster for IV-behandling"
    # fixing it saves
    common.set_combo_value(entry.ui.escalation_level, "topledelse")
    click_save(entry)
    qtbot.waitUntil(lambda: closed(entry))
    dlg.ui.name.setText("Nu med navn")
    click_save(dlg)
    qtbot.waitUntil(lambda: closed(dlg))
    assert [i.name for i in ctx.svc.initiatives.all()] == ["Nu med navn"]


def test_cpr_number_is_refused_next_to_the_field(window, ctx, qtbot):
    entry = wait_for_lookups(window.new_entry())
    QTest.keyClicks(entry.ui.title, "Udskrivelse gik galt")
    entry.ui.body.setPlainText("Borgeren 010190-1234 blev sendt hjem for tidligt.")
    click_save(entry)
    qtbot.waitUntil(lambda: entry.error_label("body") is not None or entry.form_error() != "")
    text = (entry.error_label("body").text() if entry.error_label("body")
            else entry.form_error())
    assert "CPR" in text and "1234" not in text
    assert "010190-1234" in entry.ui.body.toPlainText()
    assert ctx.svc.log.all() == []
    # offer to mask, then save
    assert entry.mask_button.isVisible()
    entry.mask_button.click()
    assert "010190-****" in entry.ui.body.toPlainText()
    click_save(entry)
    qtbot.waitUntil(lambda: closed(entry))
    [saved] = ctx.svc.log.all()
    assert "010190-****" in saved.body


def test_first_start_offers_the_example(qtbot, ctx, make_shell):
    shell = make_shell(ctx)
    w = shell.window
    assert not w.ui.exampleBanner.isVisible()
    own_dir = ctx.svc.ws.directory
    w.offer_start()
    settle(ctx)
    welcome = find_dialog(WelcomeDialog)
    QTest.mouseClick(welcome.ui.openExampleButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not w, timeout=30000)
    settle(shell.ctx)
    # the example opens as its own workspace, in its own folder; the user's stays empty
    example = shell.ctx.svc
    assert example.ws.directory == own_dir.parent / f"{own_dir.name}-eksempel"
    assert example.is_example()
    assert shell.window.ui.exampleBanner.isVisible()
    assert len(shell.window.overview.cards) >= 4
    from brobygger.services import Services
    from brobygger.store.workspace import Workspace

    with Workspace.open(own_dir, create=False) as own:
        assert Services(own).is_empty()


def test_empty_workspace_explains_what_to_do(window, ctx):
    overview = window.show_page("overview")
    settle(ctx)
    assert overview.ui.emptyState.isVisible()
    assert "første initiativ" in overview.ui.emptyText.text()
    assert overview.ui.emptyExampleButton.isVisible()
    assert overview.ui.recentEmpty.isVisible()


def test_geometry_and_last_view_are_remembered(qtbot, ctx):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(1111, 777)
    first.show_page("actions")
    settle(ctx)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() == "actions"
    assert ctx.settings.value("window/geometry")
    # restored from the settings, not the default size (the offscreen screen clamps it)
    assert second.width() != 1280
    second.close()


def test_keyboard_shortcuts_switch_views(window, ctx):
    for key, page in ((Qt.Key.Key_3, "log"), (Qt.Key.Key_4, "directory"),
                      (Qt.Key.Key_5, "actions"), (Qt.Key.Key_6, "briefs"),
                      (Qt.Key.Key_2, "initiatives"), (Qt.Key.Key_1, "overview")):
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page


def test_mark_action_done(window, ctx):
    action = ctx.svc.actions.create(title="Send statusnotat", due_date=date(2020, 1, 1))
    page = window.show_page("actions")
    settle(ctx)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 4).data() == "⚠ Forfalden"  # a warning sign, not only red
    page.ui.actionsView.selectRow(0)
    page.ui.doneButton.click()
    settle(ctx)
    assert ctx.svc.actions.get(action.id).status == "udfoert"
    assert page.model.rowCount() == 0
