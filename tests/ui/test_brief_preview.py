"""Briefs → Vis side 1: page 1 of the brief is shown before anything is saved (issue 18, 8);
it is made and rendered off the GUI thread; Gem som PDF saves exactly that brief."""

from __future__ import annotations

import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from brobygger.reports import preview as preview_module
from brobygger.ui import brief_preview, saving
from tests.ui.conftest import closed, settle, shoot


def test_page_one_is_shown_before_saving(demo_window, demo_ctx, qtbot, tmp_path, monkeypatch):
    asked: list[Path] = []
    opened: list[Path] = []
    threads: list[str] = []
    real = preview_module.page_one_png

    def rendering(pdf: Path, width: int = 800) -> bytes:
        threads.append(threading.current_thread().name)
        return real(pdf, width)

    monkeypatch.setattr(preview_module, "page_one_png", rendering)
    monkeypatch.setattr(saving, "ask_path_hook",
                        lambda parent, suggested: asked.append(suggested) or tmp_path / "s.pdf")
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    viborg = demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg")
    page = demo_window.show_page("briefs")
    settle(demo_ctx)
    page.select_initiative(viborg.id)
    page.ui.author.setText("Mette Kjær, sundhedschef")
    assert page.preview_button.isVisible() and page.preview_button.isEnabled()
    QTest.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=60000)
    dlg = page.preview_dialog
    assert isinstance(dlg, brief_preview.PreviewDialog)
    assert threads and threads[0] != threading.main_thread().name  # rendered off the GUI
    assert asked == [] and opened == []  # nothing saved yet
    image = dlg.image.pixmap().toImage()
    assert image.width() == brief_preview.WIDTH
    assert 1.3 < image.height() / image.width() < 1.5  # an A4 page, portrait
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height() // 3, 4)
               if QColor(image.pixel(x, y)).lightness() < 128)
    assert dark > 200  # the title block and text, not a blank page
    folder = dlg.folder
    assert dlg.pdf.exists() and folder.exists()
    shoot(dlg, "brief-preview-da")
    QTest.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened == [tmp_path / "s.pdf"]
    assert asked and asked[0].name.startswith("Akutsamarbejde")
    text = PdfReader(str(tmp_path / "s.pdf")).pages[0].extract_text()
    assert "Akutsamarbejde, Viborg" in text and "Mette Kjær" in text
    qtbot.waitUntil(lambda: closed(dlg))
    assert not folder.exists()  # the temporary brief is gone


def test_closing_the_preview_saves_nothing(window, ctx, qtbot, tmp_path, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    ini = ctx.svc.initiatives.create(name="Akutteam Århus", status="opstart")
    page = window.show_page("briefs")
    settle(ctx)
    page.select_initiative(ini.id)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=60000)
    dlg = page.preview_dialog
    folder = dlg.folder
    dlg.reject()
    qtbot.waitUntil(lambda: not folder.exists())
    assert opened == []
