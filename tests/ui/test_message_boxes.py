"""Message boxes fit their text (brief item 8): a text column of about 60 characters, room
around the buttons, never past the screen – at 100 % on the offscreen test screen and at
200 % on full HD (960×540 logical pixels)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from tests.ui.test_scaling import SCREEN

ROOT = Path(__file__).resolve().parents[2]


def measure(parent: QWidget) -> list[dict[str, object]]:
    """Show the discard and wrong-passphrase boxes; their measures."""
    from brobygger.ui import discard, passphrase

    out: list[dict[str, object]] = []

    def grab(box: QMessageBox) -> int:
        box.show()
        QTest.qWait(30)
        label = box.findChild(QLabel, "qt_msgbox_label")
        buttons = box.findChild(QDialogButtonBox)
        avail = box.screen().availableGeometry()
        m = box.layout().contentsMargins()
        out.append({"label": label.width(), "chars": label.fontMetrics().averageCharWidth(),
                    "font": label.fontMetrics().height(), "box": box.size().toTuple(),
                    "screen": avail.size().toTuple(), "margins": (m.left(), m.right()),
                    "buttons_right": buttons.geometry().right()})
        box.hide()
        return 0

    original = QMessageBox.exec
    QMessageBox.exec = grab  # type: ignore[method-assign]
    try:
        discard._ask_dialog(parent)
        passphrase._wrong(parent, True)
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    return out


def check(found: list[dict[str, object]]) -> None:
    assert len(found) == 2
    for m in found:
        width, _height = m["box"]  # type: ignore[misc]
        screen_w, screen_h = m["screen"]  # type: ignore[misc]
        assert width <= screen_w and _height <= screen_h
        assert m["label"] >= 50 * m["chars"], m  # type: ignore[operator]
        left, right = m["margins"]  # type: ignore[misc]
        assert left >= m["font"] and right >= m["font"], m  # type: ignore[operator]
        assert m["buttons_right"] <= width - m["font"], m  # type: ignore[operator]


def test_message_boxes_fit_at_100_percent(window):
    check(measure(window))


@pytest.mark.parametrize("factor", ["2"])
def test_message_boxes_fit_at_200_percent(factor, tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = {**os.environ, "QT_SCALE_FACTOR": factor,
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    code = ("import json, sys\n"
            "from PySide6.QtWidgets import QApplication, QWidget\n"
            "from brobygger.ui import appearance\n"
            "from tests.ui.test_message_boxes import measure\n"
            "app = QApplication(sys.argv)\n"
            "appearance.apply(app)\n"
            "w = QWidget(); w.resize(800, 500); w.show()\n"
            "print('REPORT ' + json.dumps(measure(w)))\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    lines = [x for x in run.stdout.splitlines() if x.startswith("REPORT ")]
    assert run.returncode == 0 and lines, run.stderr[-2000:]
    found = json.loads(lines[-1][len("REPORT "):])
    assert found[0]["screen"] == [960, 540]
    check(found)
