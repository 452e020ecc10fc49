"""The log entry dialog's layout does not jump when the type changes (issue 18, 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from brobygger.ui import common
from brobygger.ui.dialogs import LogEntryDialog
from tests.ui.conftest import wait_for_lookups


def _geometry(dlg: LogEntryDialog) -> dict[str, object]:
    QApplication.processEvents()
    ui = dlg.ui
    return {"dialog": dlg.size().toTuple(),
            **{w.objectName(): w.geometry().getRect()
               for w in (ui.entry_date, ui.type, ui.title, ui.initiative_id, ui.body, ui.tags,
                         ui.participants, ui.plagues, ui.barriers)}}


def test_changing_the_type_moves_nothing(qtbot, window, ctx):
    dlg = LogEntryDialog(ctx, None, window)
    dlg.resize(900, 700)
    dlg.show()
    wait_for_lookups(dlg)
    common.set_combo_value(dlg.ui.type, "møde")
    before = _geometry(dlg)
    for kind in ("beslutning", "eskalering", "observation", "aftale", "møde"):
        common.set_combo_value(dlg.ui.type, kind)
        assert _geometry(dlg) == before, kind
    common.set_combo_value(dlg.ui.type, "eskalering")
    assert dlg.ui.escalation_level.isVisible() and dlg.ui.escalated_to.isVisible()
    assert not dlg.ui.decision_status.isVisible()
    common.set_combo_value(dlg.ui.type, "beslutning")
    assert dlg.ui.decision_status.isVisible() and not dlg.ui.escalated_to.isVisible()
    # the type's own field follows the form's other fields in the Tab order
    dlg.activateWindow()
    dlg.ui.tags.setFocus()
    QTest.keyClick(dlg.ui.tags, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.ui.decision_status
    dlg.mark_clean()
    dlg.reject()


def test_the_escalation_error_sits_under_its_field(qtbot, window, ctx):
    """The type's own fields live in a stack inside the form: the message is placed under
    the stack's row (it used to float over the dialog's top-left corner)."""
    dlg = LogEntryDialog(ctx, None, window)
    dlg.show()
    wait_for_lookups(dlg)
    common.set_combo_value(dlg.ui.type, "eskalering")
    dlg.ui.title.setText("Takster for IV-behandling")
    dlg.ui.body.setPlainText("Lang tekst")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.error_label("escalation_level") is not None)
    label = dlg.error_label("escalation_level")
    row, _role = dlg.ui.form.getWidgetPosition(label)
    field_row, _role = dlg.ui.form.getWidgetPosition(dlg.ui.escalation_level.parentWidget())
    assert row == field_row + 1
    common.set_combo_value(dlg.ui.escalation_level, "topledelse")
    assert dlg.error_label("escalation_level") is None  # a change clears the mark
    dlg.close()
