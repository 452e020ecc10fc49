"""The one date field: typing, the long form, the calendar, clearing, Tab, messages – and
that a cleared end date is cleared in the workspace (it used to be kept and printed)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from brobygger.ui.datefield import DateField
from brobygger.ui.dialogs import ActionDialog, InitiativeDialog
from tests.ui.conftest import closed, settle


def _form(qtbot, optional: bool = False) -> tuple[QWidget, DateField, QLineEdit]:
    host = QWidget()
    layout = QVBoxLayout(host)
    field = DateField(host, optional=optional)
    after = QLineEdit(host)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    return host, field, after


def _type(field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClicks(field.edit, text)
    QTest.keyClick(field.edit, Qt.Key.Key_Return)


def test_typed_dates_show_the_long_form(qtbot):
    _host, field, _after = _form(qtbot)
    for text, expected in [("8.12.25", date(2025, 12, 8)), ("08-12-2025", date(2025, 12, 8)),
                           ("2025-12-08", date(2025, 12, 8)),
                           ("8. december 2025", date(2025, 12, 8)),
                           ("i dag", date.today()),
                           ("+14", date.today() + timedelta(days=14))]:
        _type(field, text)
        assert field.date() == expected, text
        assert field.edit.text() == f"{expected.day}. " + [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"][expected.month - 1] + \
            f" {expected.year}"
        assert not field.error()
    _type(field, "8/12")
    assert field.date() == date(date.today().year, 12, 8)


def test_one_tab_leaves_the_field(qtbot):
    host, field, after = _form(qtbot, optional=True)
    field.edit.setFocus()
    assert host.focusWidget() is field.edit
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert host.focusWidget() is after
    assert field.edit.accessibleName()
    assert field.calendar_button.accessibleName() and field.clear_button.accessibleName()


def test_a_wrong_date_says_so_and_keeps_the_text(qtbot):
    _host, field, _after = _form(qtbot)
    field.setDate(date(2026, 1, 5))
    _type(field, "31.2.26")
    assert field.edit.text() == "31.2.26"
    assert "findes ikke" in field.error()
    assert field.error_label.isVisibleTo(field)
    assert field.date() is None
    # the mark goes as soon as the text is a date
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "28")
    assert field.error()
    QTest.keyClicks(field.edit, ".2.26")
    assert not field.error()
    _type(field, "marts")
    assert "ikke en dato" in field.error()


def test_calendar_opens_at_today_and_picks(qtbot):
    _host, field, _after = _form(qtbot, optional=True)
    assert field.date() is None
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup is not None and field.popup.isVisible()
    today = date.today()
    assert field.popup.yearShown() == today.year and field.popup.monthShown() == today.month
    field.popup.clicked.emit(field.popup.selectedDate().addDays(1))
    assert field.date() == today + timedelta(days=1)
    assert not field.popup.isVisible()


def test_clear_button_and_ctrl_delete(qtbot):
    _host, field, _after = _form(qtbot, optional=True)
    field.setDate(date(2026, 3, 5))
    QTest.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.date() is None and field.edit.text() == ""
    field.setDate(date(2026, 3, 5))
    field.edit.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert field.date() is None
    _host2, required, _after2 = _form(qtbot)
    assert not required.clear_button.isVisibleTo(required)


def test_clearing_the_end_date_clears_it_in_the_workspace(qtbot, window, ctx):
    ini = ctx.svc.initiatives.create(name="Akutteam", status="drift",
                                     start_date=date(2025, 1, 1), end_date=date(2026, 6, 30))
    dlg = InitiativeDialog(ctx, ctx.svc.initiatives.get(ini.id), window)
    dlg.show()
    settle(ctx)
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    assert dlg.ui.end_date.date() == date(2026, 6, 30)
    assert dlg.ui.end_date.edit.text() == "30. juni 2026"
    QTest.mouseClick(dlg.ui.end_date.clear_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    saved = ctx.svc.initiatives.get(ini.id)
    assert saved.end_date is None
    assert saved.start_date == date(2025, 1, 1)


def test_a_dialog_refuses_an_impossible_date(qtbot, window, ctx):
    dlg = ActionDialog(ctx, None, window)
    dlg.show()
    settle(ctx)
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    QTest.keyClicks(dlg.ui.title, "Send referat")
    _type(dlg.ui.due_date, "30.2.27")
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(ctx)
    assert dlg.isVisible()
    assert "findes ikke" in dlg.ui.due_date.error()
    assert ctx.svc.actions.list() == []
    _type(dlg.ui.due_date, "28.2.27")
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert [a.due_date for a in ctx.svc.actions.list()] == [date(2027, 2, 28)]
