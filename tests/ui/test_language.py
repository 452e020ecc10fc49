"""Danish by default, English selectable in the settings; Danish dates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from brobygger import app
from brobygger.ui import common, i18n
from brobygger.ui.dialogs import InitiativeDialog
from brobygger.ui.mainwindow import MainWindow
from brobygger.ui.small_dialogs import SettingsDialog
from tests.ui.conftest import find_dialog, settle


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "da")


def test_danish_dates_and_numbers():
    assert i18n.fmt_date(date(2026, 3, 5)) == "5. marts 2026"
    assert i18n.fmt_date_short(date(2026, 3, 5)) == "5. mar. 2026"
    assert i18n.fmt_number(12.5) == "12,5"
    assert i18n.fmt_number(12.0) == "12"
    assert i18n.fmt_number(14200) == "14.200"  # counts in the Logbog and Overblik


def test_danish_ui_has_danish_characters(window):
    labels = [window.ui.nav.item(i).text() for i in range(window.ui.nav.count())]
    assert labels == ["Overblik", "Initiativer", "Logbog", "Personer og organisationer",
                      "Handlinger", "Anmodninger", "Briefs", "Møder", "Min uge", "Aftaler"]
    assert window.ui.menuFile.title() == "&Filer"


def test_english_translation(qtbot, ctx, english):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    labels = [w.ui.nav.item(i).text() for i in range(w.ui.nav.count())]
    assert labels == ["Overview", "Initiatives", "Log", "People and organisations", "Actions",
                      "Asks", "Briefs", "Meetings", "My week", "Agreements"]
    assert w.ui.actionNewEntry.text() == "&New log entry…"
    dlg = InitiativeDialog(ctx, None, w)
    assert dlg.windowTitle() == "New initiative"
    assert dlg.ui.name_label.text() == "&Name"
    assert dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Save"
    assert dlg.ui.status.currentText() == "Idea"  # the catalogue default, in the language
    assert i18n.fmt_date(date(2026, 3, 5)) == "5 March 2026"
    dlg.close()
    w.close()


def test_switch_language_in_settings(qtbot, ctx, qapp):
    shell = app.Shell(qapp, ctx)
    qtbot.addWidget(shell.window)
    shell.window.show()
    old = shell.window
    settings = old.open_settings()
    assert find_dialog(SettingsDialog) is settings
    common.set_combo_value(settings.ui.language, "en")
    settings.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click() \
        if settings.ui.buttons.button(QDialogButtonBox.StandardButton.Ok) else \
        settings.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(ctx)
    try:
        assert shell.window is not old
        assert shell.window.ui.nav.item(0).text() == "Overview"
        assert ctx.settings.value("language") == "en"
    finally:
        shell.window.close()
        i18n.install(qapp, "da")
    assert QApplication.instance() is qapp


def test_translation_is_complete_and_compiled():
    import xml.etree.ElementTree as ET

    from brobygger.ui.build_translations import TS

    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"untranslated: {unfinished[:5]} – see brobygger.ui.build_translations"
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
