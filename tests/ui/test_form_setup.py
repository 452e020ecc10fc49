"""The helpers that replaced set-up the pages and dialogs repeated (issue 14): where the old
call sites differed, the shared code must still do what each of them did."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from brobygger.ui import i18n
from brobygger.ui.form_setup import BusyDialog, standard_buttons
from brobygger.ui.render import person_html
from tests.ui.conftest import settle


def _dialog(qtbot: Any, buttons: QDialogButtonBox.StandardButton) -> tuple[QDialog, Any]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QDialogButtonBox(buttons, dialog)
    QVBoxLayout(dialog).addWidget(box)
    return dialog, box


def test_ok_cancel_texts_default_and_wiring(qtbot: Any) -> None:
    button = QDialogButtonBox.StandardButton
    dialog, box = _dialog(qtbot, button.Ok | button.Cancel)
    pressed: list[str] = []
    ok = standard_buttons(dialog, box, "&Forbind", lambda: pressed.append("ok"))
    assert ok is box.button(button.Ok) and ok.text() == "&Forbind" and ok.isDefault()
    assert box.button(button.Cancel).text() == "Annuller"
    ok.click()
    assert pressed == ["ok"]  # on_ok instead of accept: the dialog stays open
    assert dialog.result() == 0
    box.button(button.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_save_keeps_its_text_and_close_closes(qtbot: Any, qapp: Any) -> None:
    button = QDialogButtonBox.StandardButton
    dialog, box = _dialog(qtbot, button.Save | button.Cancel)
    save_text = box.button(button.Save).text()
    saved: list[bool] = []
    assert standard_buttons(dialog, box, on_ok=lambda: saved.append(True)) \
        is box.button(button.Save)
    assert box.button(button.Save).text() == save_text  # no text given: Qt's own
    box.button(button.Save).click()
    assert saved == [True]
    i18n.install(qapp, "en")
    try:
        closing, close_box = _dialog(qtbot, button.Close)
        assert standard_buttons(closing, close_box) is None
        assert close_box.button(button.Close).text() == "Close"
        closing.show()
        close_box.button(button.Close).click()
        assert closing.result() == QDialog.DialogCode.Rejected and not closing.isVisible()
    finally:
        i18n.install(qapp, "da")


def test_a_busy_dialog_stays_open(qtbot: Any) -> None:
    dialog = BusyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.busy = True
    dialog.reject()
    assert dialog.isVisible()
    assert not dialog.close()
    dialog.busy = False
    dialog.reject()
    assert not dialog.isVisible()


def test_deleting_from_the_initiative_tree_deletes_the_rows_initiative(window: Any, ctx: Any,
                                                                       _auto_confirm: Any
                                                                       ) -> None:
    """The tree's rows are dicts: the RecordTable deletes the initiative in the row."""
    svc = ctx.svc
    kept = svc.initiatives.create(name="Bliver")
    gone = svc.initiatives.create(name="Går i papirkurven")
    page = window.show_page("initiatives")
    settle(ctx)
    page.records.delete()  # nothing selected: nothing asked, nothing deleted
    assert _auto_confirm == []
    row = next(r for r in range(page.model.rowCount())
               if page.model.record(r)["initiative"].id == gone.id)
    page.ui.listView.selectRow(row)
    page.records.delete()
    settle(ctx)
    assert any("Går i papirkurven" in text for text in _auto_confirm)
    assert [i.id for i in svc.initiatives.trash()] == [gone.id]
    assert svc.initiatives.get(kept.id).deleted_at is None


def test_person_pane_headings_are_translated(ctx: Any, qapp: Any) -> None:
    """The headings were inside f-strings, where lupdate did not find them."""
    person = ctx.svc.people.create(name="Anne Holm")
    bundle = {"person": person, "names": {}, "members": [], "relations": [], "actions": [],
              "entries": [], "self_reviews": []}
    danish = person_html(bundle)
    assert "Initiativer" in danish and "Historik i logbogen" in danish
    i18n.install(qapp, "en")
    try:
        english = person_html(bundle)
    finally:
        i18n.install(qapp, "da")
    for word in ("Initiatives", "Relationships", "History in the log",
                 "Not a member of any initiative."):
        assert word in english
    for word in ("Initiativer", "Relationer", "Historik", "Ikke med"):
        assert word not in english
