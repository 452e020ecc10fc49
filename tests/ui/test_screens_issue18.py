"""Screenshots of every dialog issue 18 touched, in Danish and English, over the main window
at 1280×800 and 1024×700 (tests/artifacts/issue18/) – to be looked at after a change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from brobygger.ui import common, discard, i18n, passphrase, profile
from brobygger.ui import help as help_menu
from brobygger.ui.dialogs import (
    ActionDialog,
    IndicatorDialog,
    InitiativeDialog,
    LogEntryDialog,
    PartyDialog,
    RelationshipDialog,
)
from brobygger.ui.mainwindow import MainWindow
from tests.ui.conftest import ARTIFACTS, settle

OUT = ARTIFACTS / "issue18"
SIZES = ((1280, 800), (1024, 700))


def composite(window: QWidget, dlg: QWidget) -> QPixmap:
    """The window with the dialog centred on it (as the user sees them together)."""
    QApplication.processEvents()
    base = window.grab()
    top = dlg.grab()
    painter = QPainter(base)
    x = max(0, (base.width() - top.width()) // 2)
    y = max(0, (base.height() - top.height()) // 2)
    painter.drawPixmap(QPoint(x, y), top)
    painter.end()
    return base


def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QPixmap]:
    """Message boxes are grabbed instead of shown (their exec returns at once)."""
    shots: list[QPixmap] = []

    def grab(self: QMessageBox) -> int:
        self.show()
        self.adjustSize()
        QTest.qWait(50)
        shots.append(self.grab())
        self.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", grab)
    return shots


def dialogs(window: MainWindow, ctx: Any) -> list[tuple[str, QWidget]]:
    svc = ctx.svc
    viborg = svc.initiatives.find("Akutsamarbejde, Viborg")
    out: list[tuple[str, QWidget]] = []
    ini = InitiativeDialog(ctx, viborg, window)
    out.append(("initiative-dates", ini))
    entry = LogEntryDialog(ctx, None, window, initiative_id=viborg.id)
    out.append(("log-entry", entry))
    rel = RelationshipDialog(ctx, None, window, initiative_id=viborg.id)
    out.append(("relationship-11", rel))
    party = PartyDialog(ctx, None, window, initiative_id=viborg.id)
    out.append(("party-new-org", party))
    ind = IndicatorDialog(ctx, None, window, initiative_id=viborg.id)
    out.append(("indicator-percent", ind))
    out.append(("profile", profile.ProfileDialog(ctx, window, first_start=True)))
    pw = passphrase.PassphraseDialog(True, "", window)
    out.append(("passphrase-new", pw))
    action = ActionDialog(ctx, None, window, initiative_id=viborg.id)
    out.append(("action-person-picker", action))
    out.append(("help-guide", help_menu.open_guide(window)))
    out.append(("help-shortcuts", help_menu.open_shortcuts(window)))
    for _name, dlg in out:
        dlg.show()
    settle(ctx)
    ini.ui.end_date.set_text("31.2.27")  # a date that does not exist: the message
    entry.ui.entry_date.set_text("8.12.25")
    QTest.keyClicks(entry.ui.title, "Styregruppemøde om akutpladser")
    rel.ui.kendskab.lineEdit().selectAll()
    QTest.keyClicks(rel.ui.kendskab, "11")
    ind.ui.baseline.setText("18 %")
    ind.ui.target.setText("12,5")
    pw.first.setText("grøn bro over")
    common.set_combo_value(entry.ui.type, "eskalering")  # the type's own fields, no jump
    picker = action.ui.owner_id
    picker.setFocus()
    picker.lineEdit().setText("sygepl")
    picker._search("sygepl")  # the search pop-up, as when typing
    return out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_issue18_screens(qapp, demo_ctx, qtbot, monkeypatch, lang):
    OUT.mkdir(parents=True, exist_ok=True)
    i18n.install(qapp, lang)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.show()
        settle(demo_ctx)
        window.open_initiative(demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg").id)
        settle(demo_ctx)
        for w, h in SIZES:
            window.resize(w, h)
            settle(demo_ctx)
            window.grab().save(str(OUT / f"{lang}-{w}x{h}-initiative.png"))
            opened = dialogs(window, demo_ctx)
            for name, dlg in opened:
                pix = composite(window, dlg)
                assert not pix.isNull()
                pix.save(str(OUT / f"{lang}-{w}x{h}-{name}.png"))
            cal = opened[1][1].ui.entry_date
            cal.open_calendar()
            QApplication.processEvents()
            assert cal.popup is not None
            cal.popup.grab().save(str(OUT / f"{lang}-{w}x{h}-calendar.png"))
            cal.popup.close()
            popup = opened[-3][1].ui.owner_id.completer().popup()
            if popup.isVisible():
                popup.grab().save(str(OUT / f"{lang}-{w}x{h}-person-search.png"))
            files = QFileDialog(window, "Brobygger", str(OUT), "PDF (*.pdf)")
            files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            files.resize(min(w - 80, 900), min(h - 120, 560))
            files.show()
            settle(demo_ctx)
            composite(window, files).save(str(OUT / f"{lang}-{w}x{h}-file-dialog.png"))
            files.close()
            for _name, dlg in opened:
                dlg.done(0)
            settle(demo_ctx)
        page = window.show_page("briefs")
        settle(demo_ctx)
        page.select_initiative(demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg").id)
        page.preview_button.click()
        qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=60000)
        composite(window, page.preview_dialog).save(str(OUT / f"{lang}-brief-preview.png"))
        page.preview_dialog.reject()
        shots = boxes(monkeypatch)
        passphrase._wrong(window, True)
        discard._ask_dialog(window)
        for n, pix in enumerate(shots):
            pix.save(str(OUT / f"{lang}-box-{n}.png"))
        assert len(shots) == 2
        window.close()
    finally:
        i18n.install(qapp, "da")
    assert common.combo_value is not None and date.today()
