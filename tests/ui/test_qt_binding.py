"""The Qt binding survives a long working day of signals.

PySide6 6.12.0 released a reference to ``True`` on every emitted bool signal; on Python 3.11
(where ``True`` is not immortal) a few hundred check-box toggles aborted the app with
"deallocating True or False". pyproject.toml excludes that release; this test keeps it out.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SESSION = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QCheckBox

    app = QApplication([])

    class Source(QObject):
        flag = Signal(bool)

    source, box = Source(), QCheckBox()
    seen = {True: 0, False: 0}

    def note(value):
        seen[value] += 1

    source.flag.connect(note)
    box.toggled.connect(note)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(20_000):
        source.flag.emit(True)
        box.toggle()
    after = sys.getrefcount(True), sys.getrefcount(False)
    print("OK", seen[True], seen[False], before[0] - after[0], before[1] - after[1])
""")


def test_bool_signals_keep_pythons_true_and_false_alive():
    run = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    # every emit arrived, and no reference to True or False was lost or leaked
    assert run.stdout.split() == ["OK", "30000", "10000", "0", "0"], run.stdout
