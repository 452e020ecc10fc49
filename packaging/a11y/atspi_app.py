"""The app as a screen reader meets it, for ``dump_atspi.py``: the example workspace in a
temporary folder, the main window on Overblik and (with ``--dialog``) the log-entry dialog
open over it, or (``--initiative``) the first initiative's Relationer tab. Runs until it is
ended (the dumper ends it)."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import keyring
from keyring.backends import null
from PySide6.QtCore import QSettings  # noqa: TID251 (a stand-alone tool, like the app)
from PySide6.QtWidgets import QApplication  # noqa: TID251


def main() -> int:
    keyring.set_keyring(null.Keyring())  # never the user's own keyring
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Brobygger")
    from brobygger.services import Services
    from brobygger.services.demo import load_demo
    from brobygger.store import crypto
    from brobygger.store.workspace import Workspace
    from brobygger.ui import i18n, style
    from brobygger.ui.common import Context
    from brobygger.ui.mainwindow import MainWindow
    from brobygger.ui.tasks import TaskManager

    folder = Path(tempfile.mkdtemp(prefix="brobygger-a11y-"))
    i18n.install(app, "en" if "--en" in sys.argv else "da")
    style.apply(app, "normal")
    ws = Workspace.open(folder / "ws", encryption=crypto.NONE)
    svc = Services(ws, user="a11y")
    load_demo(svc, today=date.today())
    ctx = Context(svc=svc, tasks=TaskManager(),
                  settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    if "--initiative" in sys.argv:  # the first initiative's Relationer tab (chart, bars)
        page = window.show_page("initiatives")
        page.show_initiative(svc.initiatives.all()[0].id)
        page.detail.ui.tabs.setCurrentIndex(1)
    if "--dialog" in sys.argv:
        window.new_entry()
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
