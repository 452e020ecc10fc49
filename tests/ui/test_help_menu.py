"""Hjælp: a user guide in the app (Danish and English) and a keyboard-shortcut overview
generated from the actions themselves (issue 18, 10)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from brobygger.ui import help as help_menu
from brobygger.ui import i18n, shortcuts
from tests.ui.conftest import shoot


def _action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_guide_opens_from_help_in_danish_and_english(qapp, window):
    guide = _action(window, "actionGuide")
    assert guide in window.ui.menuHelp.actions()
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide.trigger()
    dlg = window._keep[-1]
    text = dlg.text.toPlainText()
    assert "Brobygger – brugervejledning" in text
    assert "Personer og organisationer" in text and "Kassér ændringerne?" in text
    assert "8. december 2025" in text  # the typed dates, rendered (no Markdown marks)
    assert "**" not in text
    shoot(dlg, "help-guide-da")
    dlg.close()
    i18n.install(qapp, "en")
    try:
        assert "Brobygger – user guide" in help_menu.guide_text()
        dlg = help_menu.open_guide(window)
        assert dlg.windowTitle() == "User guide"
        assert "People and organisations" in dlg.text.toPlainText()
        shoot(dlg, "help-guide-en")
        dlg.close()
    finally:
        i18n.install(qapp, "da")


def test_the_shortcut_overview_is_read_from_the_actions(qapp, window):
    listed = help_menu.menu_shortcuts(window)
    keys = {what: k for _where, what, k in listed}
    # every menu command with a shortcut is there, with the shortcut it really has
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.text():
            continue
        name = help_menu._plain(action.text())
        assert keys.get(name) == help_menu._keys(action), name
    assert keys[help_menu._plain(window.ui.actionExport.text())] == "Ctrl+P"
    # a shortcut changed in code shows up changed (one source of truth)
    window.ui.actionFind.setShortcut(QKeySequence("Ctrl+Shift+F"))
    _action(window, "actionShortcuts").trigger()
    dlg = window._keep[-1]
    text = dlg.text.toPlainText()
    native = QKeySequence("Ctrl+Shift+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in text and "Ctrl+1" in text and "Ctrl+8" in text
    for k in shortcuts.OTHER_KEYS:  # the keys lists, tabs and date fields bind
        assert k.label() in text and k.what_text() in text
    shoot(dlg, "help-shortcuts-da")
    dlg.close()
    i18n.install(qapp, "en")
    try:
        dlg = help_menu.open_shortcuts(window)
        text = dlg.text.toPlainText()
        assert "Keyboard shortcuts" in text and "Next tab" in text
        shoot(dlg, "help-shortcuts-en")
        dlg.close()
    finally:
        i18n.install(qapp, "da")


def test_the_bound_keys_come_from_the_registry():
    from PySide6.QtCore import Qt

    assert shortcuts.matches(shortcuts.OPEN_CALENDAR, Qt.Key.Key_Down,
                             Qt.KeyboardModifier.AltModifier.value)
    assert shortcuts.matches(shortcuts.OPEN_CALENDAR, Qt.Key.Key_F4, 0)
    assert shortcuts.matches(shortcuts.CLEAR_DATE, Qt.Key.Key_Delete,
                             Qt.KeyboardModifier.ControlModifier.value)
    assert not shortcuts.matches(shortcuts.CLEAR_DATE, Qt.Key.Key_Delete, 0)
