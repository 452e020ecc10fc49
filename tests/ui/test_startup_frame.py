"""Start-up paints the main window's frame before the data layer is loaded; the workspace
is attached to that same window when it is open."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QLabel

from brobygger.ui.mainwindow import PAGES, MainWindow
from tests.ui.conftest import settle


def test_the_entry_point_paints_without_the_data_layer() -> None:
    """Importing what the frame needs must not pull in SQLAlchemy, SQLCipher or ReportLab
    (about a second of imports): that is what keeps the first paint quick."""
    code = ("import sys, brobygger.app, brobygger.ui.mainwindow, brobygger.ui.style, "
            "brobygger.ui.i18n\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'sqlmodel', 'sqlcipher3', 'reportlab', 'alembic') or "
            "m.startswith('brobygger.services') or m.startswith('brobygger.store'))\n"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""


def test_frame_says_it_is_opening_and_then_becomes_the_window(qtbot, ctx, settings) -> None:
    settings.setValue("window/page", "log")
    frame = MainWindow(settings=settings)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    texts = [w.text() for w in frame.findChildren(QLabel) if w.isVisible()]
    assert "Åbner arbejdsområdet …" in texts
    assert not frame.ui.nav.isEnabled() and not frame.menuBar().isEnabled()
    assert frame.ui.nav.count() == len(PAGES)  # the navigation is there from the start
    assert not frame.ui.exampleBanner.isVisible()

    frame.attach(ctx)
    settle(ctx)
    assert frame.ui.nav.isEnabled() and frame.menuBar().isEnabled()
    assert frame.current_page() == "log"  # the last view is remembered
    assert frame.ui.stack.currentWidget().widget() is frame.log  # in its scroll area
    assert frame.ui.stack.count() == len(PAGES)
    assert "Åbner arbejdsområdet …" not in [
        w.text() for w in frame.findChildren(QLabel) if w.isVisible()]
    ctx.tasks.wait()
    frame.close()


def test_closing_the_frame_while_opening_closes_after_the_open(qtbot, ctx, settings) -> None:
    frame = MainWindow(settings=settings)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    frame.close()  # the user clicks the close button while the workspace opens
    assert frame.isVisible()  # not yet: nothing would be left to attach the workspace to
    frame.attach(ctx)
    qtbot.waitUntil(lambda: not frame.isVisible())
    ctx.tasks.wait()
    assert settings.value("window/page") == "overview"  # closed like any window


def test_frame_restores_the_saved_geometry(qtbot, settings) -> None:
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    settings.setValue("window/geometry", first.saveGeometry())
    frame = MainWindow(settings=settings)
    qtbot.addWidget(frame)
    assert isinstance(settings.value("window/geometry"), QByteArray)
    assert (frame.width(), frame.height()) == (700, 500)


def test_start_up_opens_the_workspace_off_the_ui_thread(tmp_path, monkeypatch, qapp) -> None:
    """The workspace (migrations, integrity check, decryption) opens on the task runner
    while the frame is already painted; the passphrase dialog still comes on the UI
    thread."""
    import threading

    from PySide6.QtWidgets import QApplication

    from brobygger import app
    from brobygger.services.workspaces import Workspace
    from brobygger.store import crypto
    from brobygger.ui import i18n, passphrase

    directory = tmp_path / "ws"
    Workspace.open(directory, encryption=crypto.PASSPHRASE,
                   passphrase=lambda _n, _r: "en god lang frase").close()
    seen: dict[str, object] = {}
    real_open = Workspace.open.__func__  # type: ignore[attr-defined]

    def spying_open(cls, *args, **kwargs):
        seen["open_thread"] = threading.current_thread()
        seen["frame_painted"] = any(isinstance(w, MainWindow) and w.isVisible()
                                    for w in QApplication.topLevelWidgets())
        return real_open(cls, *args, **kwargs)

    def ask(parent, new, reason):
        seen["prompt_thread"] = threading.current_thread()
        return "en god lang frase"

    monkeypatch.setattr(Workspace, "open", classmethod(spying_open))
    monkeypatch.setattr(passphrase, "ask_hook", ask)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    try:
        assert app.main(["--data-dir", str(directory), "--lang", "da"]) == 0
    finally:
        for w in QApplication.topLevelWidgets():
            w.close()
        i18n.install(qapp, "da")
    assert seen["open_thread"] is not threading.main_thread()
    assert seen["frame_painted"] is True
    assert seen["prompt_thread"] is threading.main_thread()
    # start-up's objects are kept out of the collector's full passes (UI stall), and the
    # collector runs again afterwards
    assert gc.get_freeze_count() > 0 and gc.isenabled()
    from brobygger.ui import feature_check

    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is feature_check.uses_pyside  # no source read
