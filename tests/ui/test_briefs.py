"""Ctrl+P: export a PDF brief in the background, with progress, and open it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from brobygger.ui import common, saving
from tests.ui.conftest import settle


def test_export_status_brief(demo_window, demo_ctx, qtbot, tmp_path, monkeypatch):
    opened: list = []
    monkeypatch.setattr(saving, "ask_path_hook", lambda parent, suggested: tmp_path / "s.pdf")
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    viborg = demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg")
    demo_window.open_initiative(viborg.id)
    settle(demo_ctx)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    QTest.keyClick(demo_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.briefs
    assert demo_window.current_page() == "briefs"
    settle(demo_ctx)
    page.select_initiative(viborg.id)
    assert common.combo_value(page.ui.initiative) == viborg.id
    page.ui.author.setText("Mette Kjær, sundhedschef")
    QTest.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert opened == [tmp_path / "s.pdf"]
    assert (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"
    assert page.ui.progress.value() == page.ui.progress.maximum()
    assert "gemt" in page.ui.statusLabel.text()
    assert demo_ctx.settings.value("briefs/author") == "Mette Kjær, sundhedschef"


def test_export_portfolio_brief(demo_window, demo_ctx, qtbot, tmp_path, monkeypatch):
    opened: list = []
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    page = demo_window.show_page("briefs")
    settle(demo_ctx)
    common.set_combo_value(page.ui.kind, "portfolio")
    assert page.ui.portfolioList.isVisibleTo(page)
    assert not page.ui.dateFrom.isVisibleTo(page)
    page.export(tmp_path / "p.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert (tmp_path / "p.pdf").exists()
