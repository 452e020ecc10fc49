"""The ask dialog links several log entries and actions; the Anmodninger view shows them;
two asks about one matter are merged from the view (Flet …) after a confirmation that
says what happens – through the one write path (issue 15)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from brobygger.services.asks import AskFilter
from brobygger.ui.asks import AskDialog, AsksPage
from tests.conftest import VIBORG
from tests.ui.conftest import closed, find_dialog, settle, shoot


def _row_of(panel: Any, ask_id: Any) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.record(r).id == ask_id)


def _check(model: Any, key: Any) -> None:
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r), Qt.ItemDataRole.UserRole) == key)
    model.setData(model.index(row), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)


def test_ask_dialog_links_entries_and_actions(qtbot, demo_window) -> None:
    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    ask = next(a for a in svc.asks.open(viborg.id) if a.entry_id is not None)
    action = svc.actions.list(initiative_id=viborg.id)[0]
    other_entry = next(e for e in svc.log.list() if e.initiative_id == viborg.id
                       and e.id not in ask.entry_ids)
    page = w.show_page("asks")
    assert isinstance(page, AsksPage)
    settle(w.ctx)
    panel = page.panel
    panel.view.selectRow(_row_of(panel, ask.id))
    panel.edit_button.click()
    dialog = find_dialog(AskDialog)
    qtbot.waitExposed(dialog)
    settle(w.ctx)
    entries, actions = dialog.check_models["entry_ids"], dialog.check_models["action_ids"]
    assert entries.rowCount() > 1 and actions.rowCount() > 0
    assert entries.checked() == [ask.entry_id]  # the raising entry, shown checked
    assert not dialog.has_changes()  # filling the lists is no change of the user's
    _check(entries, other_entry.id)
    _check(actions, action.id)
    dialog.ui.entry_ids.setFocus()
    shoot(dialog, "ask_dialog_links_da")
    dialog.save()
    settle(w.ctx)
    assert closed(dialog)
    saved = svc.asks.get(ask.id)
    assert set(saved.entry_ids) == {ask.entry_id, other_entry.id}
    assert saved.action_ids == (action.id,)
    # the view shows what the ask concerns
    panel.view.selectRow(_row_of(panel, ask.id))
    text = panel.detail.toPlainText()
    assert "Logindførsler" in text and other_entry.title in text
    assert "Handlinger" in text and action.title in text
    shoot(w, "asks_view_links_da")


def test_merge_two_asks_from_the_view(qtbot, demo_window, _auto_confirm) -> None:
    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    entry = next(e for e in svc.log.list() if e.initiative_id == viborg.id)
    action = svc.actions.list(initiative_id=viborg.id)[0]
    first = svc.asks.create(initiative_id=viborg.id, title="Nattedækning i weekenden",
                            raised_on=date(2026, 10, 1), level="topledelse",
                            entry_ids=[entry.id])
    second = svc.asks.create(initiative_id=viborg.id, title="Weekendnætter på akutpladserne",
                             raised_on=date(2026, 10, 8), level="topledelse",
                             action_ids=[action.id], reason="Samme sag, rejst af hospitalet")
    page = w.show_page("asks")
    settle(w.ctx)
    panel = page.panel
    assert not panel.merge_button.isEnabled()
    selection = panel.view.selectionModel()
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    panel.view.selectRow(_row_of(panel, second.id))
    selection.select(panel.model.index(_row_of(panel, first.id), 0), flags)
    assert len(panel.selected()) == 2 and panel.merge_button.isEnabled()
    assert not panel.edit_button.isEnabled()  # one-ask commands wait for one ask
    shoot(w, "asks_merge_selected_da")
    panel.merge_button.click()
    settle(w.ctx)
    # the confirmation said what happens, naming which ask is kept
    [question] = _auto_confirm
    assert "»Nattedækning i weekenden« (rejst 1. oktober 2026) beholdes" in question
    assert "papirkurven" in question and "gendannes" in question
    live = {a.id for a in svc.asks.list(AskFilter(initiative_id=viborg.id))}
    assert first.id in live and second.id not in live
    kept = svc.asks.get(first.id)
    assert kept.entry_ids == (entry.id,) and kept.action_ids == (action.id,)
    assert "Weekendnætter på akutpladserne" in kept.reason
    assert second.id in {a.id for a in svc.asks.trash()}  # restorable
    # the audit trail has the merge (an update of the kept, a delete of the other)
    assert any("action_ids" in ev.changes for ev in svc.audit.history(first.id))
    assert any(ev.action == "delete" for ev in svc.audit.history(second.id))


def test_merge_is_declined_without_change(qtbot, demo_window, monkeypatch) -> None:
    from brobygger.ui import common

    monkeypatch.setattr(common, "question_hook", lambda *args: False)
    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    a = svc.asks.create(initiative_id=viborg.id, title="A", raised_on=date(2026, 10, 1))
    b = svc.asks.create(initiative_id=viborg.id, title="B", raised_on=date(2026, 10, 2))
    page = w.show_page("asks")
    settle(w.ctx)
    panel = page.panel
    panel.view.selectRow(_row_of(panel, a.id))
    panel.view.selectionModel().select(
        panel.model.index(_row_of(panel, b.id), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    panel.merge_button.click()
    settle(w.ctx)
    assert {a.id, b.id} <= {x.id for x in svc.asks.list()}


def test_ask_dialog_and_merge_in_english(qtbot, english_demo_window) -> None:
    w = english_demo_window
    demo_ctx = w.ctx
    page = w.show_page("asks")
    settle(demo_ctx)
    panel = page.panel
    assert panel.merge_button.text() == "&Merge …"
    panel.view.selectRow(0)
    panel.edit_button.click()
    dialog = find_dialog(AskDialog)
    qtbot.waitExposed(dialog)
    settle(demo_ctx)
    labels = [lbl.text() for lbl in dialog.findChildren(type(dialog.ui.intro))]
    assert "Actions that follow it &up" in labels or any("Actions" in t for t in labels)
    shoot(dialog, "ask_dialog_links_en")
    dialog.reject()
    shoot(w, "asks_view_links_en")


def test_ask_dialog_keeps_links_it_does_not_list(qtbot, demo_window) -> None:
    """A linked entry in the trash is not listed in the dialog – and saving does not unlink
    it."""
    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    ask = next(a for a in svc.asks.open(viborg.id) if a.entry_id is not None)
    extra = svc.log.create(initiative_id=viborg.id, entry_date=date(2026, 11, 2),
                           type="observation", title="Noteret og siden slettet")
    svc.asks.update(ask.id, entry_ids=[*ask.entry_ids, extra.id])
    svc.log.delete(extra.id)
    page = w.show_page("asks")
    settle(w.ctx)
    panel = page.panel
    panel.view.selectRow(_row_of(panel, ask.id))
    panel.edit_button.click()
    dialog = find_dialog(AskDialog)
    settle(w.ctx)
    assert extra.id not in [dialog.check_models["entry_ids"].data(
        dialog.check_models["entry_ids"].index(r), Qt.ItemDataRole.UserRole)
        for r in range(dialog.check_models["entry_ids"].rowCount())]
    dialog.ui.title.setText(ask.title + " (præciseret)")
    dialog.save()
    settle(w.ctx)
    assert closed(dialog)
    saved = svc.asks.get(ask.id)
    assert saved.title.endswith("(præciseret)") and extra.id in saved.entry_ids
