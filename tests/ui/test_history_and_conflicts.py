"""The audit trail in the app (Historik…) and optimistic locking in the edit dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from brobygger.services import Services
from brobygger.ui.dialogs import InitiativeDialog, LogEntryDialog
from brobygger.ui.history import Formatter, HistoryDialog, HistoryModel
from tests.ui.conftest import closed, find_dialog, settle, shoot


def changes(dlg: HistoryDialog) -> dict[str, tuple[str, str]]:
    """{field label: (before, after)} of the newest change in the dialog."""
    out = {}
    for row in dlg.model.rows:
        if row.event.id != dlg.model.rows[0].event.id:
            break
        out[dlg.model.index(dlg.model.rows.index(row), 3).data()] = (row.old, row.new)
    return out


def test_history_lists_create_and_update_with_old_and_new(window, ctx, qtbot, qtmodeltester):
    svc = ctx.svc
    person = svc.people.create(name="Mette Kjær")
    entry = svc.log.create(entry_date=date(2026, 3, 5), type="moede", title="Første udgave",
                           body="Referat", participants=[person.id])
    svc.log.update(entry.id, expected_version=entry.version, title="Anden udgave",
                   type="beslutning", decision_status="aftalt")
    log = window.show_page("log")
    settle(ctx)
    log.ui.logView.selectRow(0)
    assert log.ui.historyButton.isEnabled()
    log.ui.historyButton.click()
    dlg = find_dialog(HistoryDialog)
    qtbot.waitUntil(lambda: dlg.loaded)
    qtmodeltester.check(dlg.model)
    model = dlg.model
    assert model.index(0, 1).data() == "tester"
    assert model.index(0, 2).data() == "Ændret"
    newest = changes(dlg)
    assert newest["Titel"] == ("Første udgave", "Anden udgave")
    assert newest["Type"] == ("Møde", "Beslutning")  # labels, not codes
    assert newest["Beslutningens status"][0] == "–"
    actions = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert [a for a in actions if a] == ["Ændret", "Oprettet"]
    created = {r.field: r.new for r in model.rows if r.event.action == "create"}
    assert created["entry_date"] == "5. marts 2026"  # Danish dates
    assert created["participants"] == "Mette Kjær"  # names, not ids
    assert "." in model.index(0, 0).data() and ":" in model.index(0, 0).data()  # local time
    dlg.resize(980, 420)
    shoot(dlg, "dialog-history")
    dlg.close()


def test_history_of_an_initiative_and_a_deletion(window, ctx, qtbot):
    svc = ctx.svc
    ini = svc.initiatives.create(name="Akutsamarbejde", status="opstart")
    ini = svc.initiatives.update(ini.id, expected_version=ini.version, status="drift",
                                 formalisation={"forpligtelser": 3})
    action = svc.actions.create(title="Send notat", initiative_id=ini.id)
    svc.actions.delete(action.id, expected_version=action.version)
    svc.actions.restore(action.id)
    window.open_initiative(ini.id)
    settle(ctx)
    window.initiatives.detail.ui.historyButton.click()
    dlg = find_dialog(HistoryDialog)
    qtbot.waitUntil(lambda: dlg.loaded)
    assert "Akutsamarbejde" in dlg.windowTitle()
    newest = changes(dlg)
    assert newest["Status"] == ("Opstart", "Drift")
    assert newest["Formalisering"][1].endswith(": 3")
    dlg.close()
    actions_page = window.show_page("actions")
    settle(ctx)
    actions_page.ui.actionsView.selectRow(0)
    actions_page.ui.historyButton.click()
    dlg = find_dialog(HistoryDialog)
    qtbot.waitUntil(lambda: dlg.loaded)
    labels = [dlg.model.index(r, 2).data() for r in range(dlg.model.rowCount())]
    assert [x for x in labels if x] == ["Gendannet fra papirkurven",
                                        "Slettet (lagt i papirkurven)", "Oprettet"]
    dlg.close()


def test_history_from_the_context_menu(window, ctx, qtbot):
    ctx.svc.people.create(name="Lars Holm", title="Direktør")
    page = window.show_page("directory")
    settle(ctx)
    view = page.ui.peopleView
    index = view.model().index(0, 0)

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        [history] = [a for a in menu.actions() if a.text() == "Historik…"]
        menu.close()
        history.trigger()

    QTimer.singleShot(200, choose)
    view.customContextMenuRequested.emit(view.visualRect(index).center())
    dlg = find_dialog(HistoryDialog)
    qtbot.waitUntil(lambda: dlg.loaded)
    assert "Lars Holm" in dlg.windowTitle()
    assert changes(dlg)["Navn"] == ("–", "Lars Holm")
    dlg.close()


def test_history_model_with_no_events(qtmodeltester):
    model = HistoryModel()
    qtmodeltester.check(model)
    model.set_events([], Formatter())
    assert model.rowCount() == 0


def click_save(dlg) -> None:
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def someone_else(svc: Services) -> Services:
    """A second user on the same workspace (as in a shared one)."""
    return Services(svc.ws, user="kollega")


def test_conflict_on_concurrent_edit_keeps_the_typed_text(window, ctx, qtbot):
    svc = ctx.svc
    entry = svc.log.create(entry_date=date(2026, 3, 5), type="moede", title="Kvartalsmøde",
                           body="Oprindeligt referat")
    log = window.show_page("log")
    settle(ctx)
    log.ui.logView.selectRow(0)
    log.records.open()
    dlg = find_dialog(LogEntryDialog)
    assert dlg.loaded_version() == entry.version
    # meanwhile a colleague saves the same entry
    someone_else(svc).log.update(entry.id, expected_version=entry.version,
                                 title="Kvartalsmøde (rettet af kollega)")
    dlg.ui.body.setPlainText("Mit lange referat, som ikke må gå tabt.")
    click_save(dlg)
    qtbot.waitUntil(lambda: dlg.conflict_bar.isVisible())
    assert dlg.isVisible()
    assert "Nogen har ændret" in dlg.form_error()
    assert dlg.ui.body.toPlainText() == "Mit lange referat, som ikke må gå tabt."
    assert svc.log.get(entry.id).body == "Oprindeligt referat"  # nothing overwritten
    shoot(dlg, "dialog-conflict")
    # keep editing: saving now replaces their version, knowingly
    dlg.keep_button.click()
    assert not dlg.conflict_bar.isVisible()
    assert "bevaret" in dlg.form_error()
    click_save(dlg)
    qtbot.waitUntil(lambda: closed(dlg))
    saved = svc.log.get(entry.id)
    assert saved.body == "Mit lange referat, som ikke må gå tabt."
    assert saved.title == "Kvartalsmøde"


def test_conflict_reload_shows_their_version(window, ctx, qtbot):
    svc = ctx.svc
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift", purpose="Gammelt")
    window.open_initiative(ini.id)
    settle(ctx)
    window.initiatives.detail.edit_initiative()
    dlg = find_dialog(InitiativeDialog)
    someone_else(svc).initiatives.update(ini.id, expected_version=ini.version,
                                         purpose="Deres nye formål")
    dlg.ui.purpose.setPlainText("Mit formål")
    click_save(dlg)
    qtbot.waitUntil(lambda: dlg.conflict_bar.isVisible())
    assert dlg.ui.purpose.toPlainText() == "Mit formål"
    dlg.reload_button.click()
    assert dlg.ui.purpose.toPlainText() == "Deres nye formål"
    assert dlg.loaded_version() == ini.version + 1
    assert "indlæst" in dlg.form_error()
    dlg.ui.name.setText("Akutsamarbejde Viborg")
    click_save(dlg)
    qtbot.waitUntil(lambda: closed(dlg))
    saved = svc.initiatives.get(ini.id)
    assert (saved.name, saved.purpose) == ("Akutsamarbejde Viborg", "Deres nye formål")


def test_delete_of_a_changed_record_is_refused(window, ctx, qtbot):
    from tests.ui.conftest import message_texts

    svc = ctx.svc
    action = svc.actions.create(title="Ring til kommunen")
    page = window.show_page("actions")
    settle(ctx)
    page.ui.actionsView.selectRow(0)
    someone_else(svc).actions.update(action.id, expected_version=action.version,
                                     title="Ring til kommunen i dag")
    page.records.delete()
    settle(ctx)
    assert any("Nogen har ændret" in t for t in message_texts())
    assert svc.actions.get(action.id).deleted_at is None
