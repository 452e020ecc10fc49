"""Run by test_scaling.py in its own process (QT_SCALE_FACTOR must be set before Qt starts):
the example workspace on a full-HD offscreen screen at the given scale; shoots Overblik, an
initiative, the Logbog and the log-entry dialog, and prints as JSON what does not fit –
windows larger than the screen and labels narrower than their text (clipped).

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.ui.scaling_probe OUT_DIR DATA_DIR
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import tests.conftest  # noqa: F401  (an in-memory keyring: the real one is never touched)


def clipped_labels(window: QWidget) -> list[str]:
    """Visible one-line labels whose text is wider than the room they got."""
    out = []
    for label in window.findChildren(QLabel):
        if label.property("elides"):  # drawn with "…" and the whole text as tooltip
            continue
        if not label.isVisible() or label.wordWrap() or not label.text().strip() \
                or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            need = label.minimumSizeHint().width() - label.contentsMargins().left() \
                - label.contentsMargins().right()
        else:  # the ink of the text, not only its advance (a final "e" may overhang)
            text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            fm = label.fontMetrics()
            need = max(fm.boundingRect(text).width(), fm.horizontalAdvance(text))
            if label.indent() > 0:
                need += label.indent()
        room = label.contentsRect().width()
        if room < need:
            out.append(f"{label.objectName() or label.text()[:30]}: {room} < {need}")
    return out


def fits(window: QWidget, screen: Any) -> bool:
    avail = screen.availableGeometry()
    return window.frameGeometry().width() <= avail.width() \
        and window.frameGeometry().height() <= avail.height()


def main(out_dir: Path, data_dir: Path) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from brobygger.services import Services
    from brobygger.services.demo import load_demo
    from brobygger.store.workspace import Workspace
    from brobygger.ui import appearance, discard, i18n
    from brobygger.ui.common import Context
    from brobygger.ui.mainwindow import MainWindow
    from brobygger.ui.tasks import TaskManager

    # a question would block this process: closing the dialog throws nothing away
    discard.discard_hook = lambda parent: discard.DISCARD
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    i18n.install(app, "da")
    appearance.apply(app, "normal")
    ws = Workspace.open(data_dir / "ws")
    svc = Services(ws, user="tester")
    load_demo(svc, today=date(2026, 11, 20))
    ctx = Context(svc=svc, tasks=TaskManager(), settings=settings)

    def settle() -> None:
        for _ in range(4):
            ctx.tasks.wait()
            app.processEvents()

    screen = app.primaryScreen()
    window = MainWindow(ctx)
    window.resize(screen.availableGeometry().size())
    window.show()
    settle()
    scale = f"{round(screen.devicePixelRatio() * 100)}"
    report: dict[str, Any] = {"screen": [screen.availableGeometry().width(),
                                         screen.availableGeometry().height()],
                              "min_window": [window.minimumSizeHint().width(),
                                             window.minimumSizeHint().height()],
                              "shots": {}, "clipped": {}, "fits": {}}

    def shoot(w: QWidget, name: str) -> None:
        settle()
        path = out_dir / f"scale-{scale}-{name}.png"
        w.grab().save(str(path))
        report["shots"][name] = str(path)
        report["clipped"][name] = clipped_labels(w)
        report["fits"][name] = fits(w, screen)

    window.show_page("overview")
    shoot(window, "overblik")
    page = window.show_page("initiatives")
    settle()
    page.show_initiative(svc.initiatives.all()[0].id)
    shoot(window, "initiativ")
    window.show_page("log")
    shoot(window, "logbog")
    dlg = window.new_entry()
    settle()
    shoot(dlg, "ny-note")
    dlg.close()
    settle()
    window.close()
    ctx.tasks.wait()
    ws.close()
    return report


if __name__ == "__main__":
    print("REPORT " + json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
