"""Scaling (EN 301 549 §11.1.4.4/11.1.4.10): at 100, 150 and 200 % on a full-HD screen
(200 % = 960×540 logical pixels) the main window and the log-entry dialog fit the screen and
no label is clipped; screenshots of Overblik, an initiative, the Logbog and the log-entry
dialog land in tests/artifacts/ (look at them). Every dialog fits 960×540 as well."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ARTIFACTS, settle
from tests.ui.test_accessibility import _main_dialogs, _record_dialogs

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
          "screens": [{"name": "fullhd", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.mark.parametrize("factor", ["1", "1.5", "2"])
def test_windows_fit_and_labels_are_not_clipped_at_every_scale(factor, tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    env = {**os.environ, "QT_SCALE_FACTOR": factor,
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run([sys.executable, "-m", "tests.ui.scaling_probe", str(ARTIFACTS),
                          str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300, check=False)
    lines = [line for line in run.stdout.splitlines() if line.startswith("REPORT ")]
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT "):])
    width, height = report["screen"]
    assert (width, height) == (round(1920 / float(factor)), round(1080 / float(factor)))
    assert report["min_window"][0] <= width and report["min_window"][1] <= height
    assert all(report["fits"].values()), report["fits"]
    assert report["clipped"] == {name: [] for name in report["shots"]}
    for shot in report["shots"].values():
        assert Path(shot).stat().st_size > 5000


def test_every_dialog_fits_960_by_540(demo_window, qtbot):
    too_big = {}
    for name, opener in [*_record_dialogs(demo_window), *_main_dialogs(demo_window)]:
        dlg = opener()
        settle(demo_window.ctx)
        QApplication.processEvents()
        need = dlg.minimumSizeHint()
        if need.width() > 960 or need.height() > 540 or dlg.minimumWidth() > 960 \
                or dlg.minimumHeight() > 540:
            too_big[name] = (need.width(), need.height())
        dlg.close()
        settle(demo_window.ctx)
    assert too_big == {}


def test_a_dialog_in_its_scroll_area_has_no_changes_to_discard(demo_window, qtbot):
    """Moving the fields into the scroll area is not a change the user made."""
    from brobygger.ui import accessibility

    dlg = demo_window.new_entry()
    settle(demo_window.ctx)
    qtbot.waitUntil(lambda: bool(dlg.property(accessibility.PREPARED)), timeout=3000)
    assert dlg.property("a11yScrolls")
    assert not dlg.has_changes()
    dlg.ui.title.setText("Noget nyt")
    assert dlg.has_changes()


def test_a_dialog_keeps_its_focus_and_default_button_in_its_scroll_area(qtbot):
    """Moving a dialog's content into its scroll area hid the focused button for a moment:
    the focus and the default button (what Enter presses) were lost, so Enter in the
    recovery dialog did nothing instead of »Prøv igen«."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout

    from brobygger.ui.accessibility import scroll_inside

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit())
    safe, risky = QPushButton("Prøv igen"), QPushButton("Gendan")
    layout.addWidget(risky)
    layout.addWidget(safe)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
    safe.setDefault(True)
    dialog.show()
    safe.setFocus()
    qtbot.waitUntil(safe.hasFocus)
    scroll_inside(dialog)
    assert dialog.focusWidget() is safe and safe.isDefault() and not risky.isDefault()
