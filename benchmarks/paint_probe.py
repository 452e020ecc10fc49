"""Start-up probe, run as a subprocess by ``run.py``: prints when the first main window is
painted, and optionally the peak memory after visiting every view.

    python benchmarks/paint_probe.py bare            # a bare PySide6 main window
    python benchmarks/paint_probe.py app [ARGS…]     # brobygger.app.main(ARGS)
    python benchmarks/paint_probe.py visit INITIATIVE_ID [ARGS…]
    python benchmarks/paint_probe.py walk INITIATIVE_ID [ARGS…]   # usable, stall, typing

Both modes start the same way (a fresh interpreter running this file) and are measured
the same way: ``QApplication`` is swapped for a subclass whose event filter sees the first
``Paint`` event of a ``QMainWindow`` (or a widget inside one) and prints
``FIRST_PAINT <time.time()>``. The app paints its frame first ("Åbner arbejdsområdet …")
and attaches the workspace after that; the first paint with the workspace attached prints
``WORKSPACE_PAINT <time.time()>``. The app needs no hook of its own. ``app`` then closes the
window normally, so the workspace is closed cleanly as after a real session; ``visit``
walks every page (and the tabs of one initiative) waiting for the background loads, and
prints ``PEAK_RSS_KB <ru_maxrss>``.
"""

from __future__ import annotations

import os
import sys
import time

_MODE = sys.argv[1] if len(sys.argv) > 1 else "bare"


def _install_hook(on_paint, ready=lambda window: True):  # type: ignore[no-untyped-def]
    """Print FIRST_PAINT at the first paint of a main window; call ``on_paint`` at the first
    paint of one that is ``ready`` (the app: its workspace is attached – printed as
    WORKSPACE_PAINT; before that the window is the start-up frame)."""
    from PySide6 import QtWidgets  # noqa: TID251  (the probe is a Qt program)
    from PySide6.QtCore import QEvent, QObject  # noqa: TID251

    base = QtWidgets.QApplication

    class _Watcher(QObject):
        first = done = False

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if not self.done and event.type() == QEvent.Type.Paint \
                    and isinstance(obj, QtWidgets.QWidget) \
                    and isinstance(obj.window(), QtWidgets.QMainWindow):
                if not self.first:
                    self.first = True
                    print(f"FIRST_PAINT {time.time():.6f}", flush=True)
                if ready(obj.window()):
                    self.done = True
                    print(f"WORKSPACE_PAINT {time.time():.6f}", flush=True)
                    # off every later event: a Python filter on the application costs a
                    # few µs per event, which the walk would count as the app's stall
                    QtWidgets.QApplication.instance().removeEventFilter(self)
                    on_paint(obj.window())
            return False

    class ProbeApplication(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self._probe = _Watcher()
            self.installEventFilter(self._probe)

    QtWidgets.QApplication = ProbeApplication  # type: ignore[misc]


def bare() -> int:
    def painted(window) -> None:  # type: ignore[no-untyped-def]
        os._exit(0)

    _install_hook(painted)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: TID251

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Brobygger"))
    window.resize(1280, 820)
    window.show()
    return app.exec()


def _keyring() -> None:
    """The benchmark keyring, chosen the way keyring itself offers (run.py sets
    PYTHON_KEYRING_BACKEND): importing keyring here would add ~100 ms to the measured start
    that the app itself only spends after its first paint."""
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "bench_keyring.FileKeyring")
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)


def _attached(window) -> bool:  # type: ignore[no-untyped-def]
    return getattr(window, "ctx", None) is not None


def app(args: list[str]) -> int:
    _keyring()

    def painted(window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer  # noqa: TID251
        QTimer.singleShot(0, window.close)

    _install_hook(painted, _attached)
    from brobygger.app import main

    return main(args)


def visit(initiative_id: str, args: list[str]) -> int:
    import resource
    import uuid

    _keyring()

    def settle(window, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication  # noqa: TID251
        end = time.monotonic() + seconds
        tasks = window.ctx.tasks
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            if not tasks.busy:
                time.sleep(0.05)
                QCoreApplication.processEvents()
                if not tasks.busy:
                    return
            time.sleep(0.01)

    def painted(window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer  # noqa: TID251
        from PySide6.QtWidgets import QTabWidget  # noqa: TID251

        def walk() -> None:
            from brobygger.ui.mainwindow import PAGES
            settle(window)
            for name in PAGES:
                window.show_page(name)
                settle(window)
            window.show_page("initiatives")
            window.initiatives.show_initiative(uuid.UUID(initiative_id))
            settle(window)
            for tabs in window.initiatives.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    settle(window)
            log_view = getattr(window.log.ui, "logView", None)
            if log_view is not None:  # scroll the Logbog to the end
                window.show_page("log")
                settle(window)
                log_view.scrollToBottom()
                settle(window)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"PEAK_RSS_KB {peak}", flush=True)
            window.close()

        QTimer.singleShot(0, walk)

    _install_hook(painted, _attached)
    from brobygger.app import main

    return main(args)


class _Heartbeat:
    """A 5 ms timer on the GUI thread; its lateness is how long the thread was blocked."""

    INTERVAL_MS = 5

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer  # noqa: TID251

        self.worst = 0.0
        self.by_step: dict[str, float] = {}  # the worst lateness during each step
        self.step = ""       # what the probe is doing now …
        self.worst_at = ""   # … and when the worst stall happened
        self.last = time.perf_counter()
        # the GUI thread's own CPU time between two beats: a block of its own work, apart
        # from waiting for a core on a busy machine
        self.worst_cpu, self.worst_cpu_at = 0.0, ""
        self.cpu_by_step: dict[str, float] = {}
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        late = (now - self.last) * 1000 - self.INTERVAL_MS
        if late > self.worst:
            self.worst, self.worst_at = late, self.step
        if late > self.by_step.get(self.step, 0.0):
            self.by_step[self.step] = late
        self.last = now
        cpu_now = time.thread_time()
        cpu = (cpu_now - self.last_cpu) * 1000
        if cpu > self.worst_cpu:
            self.worst_cpu, self.worst_cpu_at = cpu, self.step
        if cpu > self.cpu_by_step.get(self.step, 0.0):
            self.cpu_by_step[self.step] = cpu
        self.last_cpu = cpu_now


def _pump(ms: int) -> None:
    """Run the event loop for ``ms`` (timers fire on time; no sleeping on the GUI thread)."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _idle(window, seconds: float = 120) -> float:  # type: ignore[no-untyped-def]
    """Pump until the background tasks are done; returns the time.perf_counter() then."""
    end = time.monotonic() + seconds
    tasks = window.ctx.tasks
    while time.monotonic() < end:
        _pump(2)
        if not tasks.busy:
            _pump(0)
            if not tasks.busy:
                return time.perf_counter()
    return time.perf_counter()


def _rss_mb() -> float:
    """The resident memory now (Linux), in MB."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


TYPED_WORD = "udskrivning"


def walk(initiative_id: str, args: list[str]) -> int:
    """``walk``: time to usable (USABLE: the Overblik's loads done and painted), then, with a
    5 ms heartbeat on the GUI thread, every page, every tab of one initiative, a search typed
    letter by letter in the Logbog (TYPED_MS: from the debounce firing to the model set
    with the first page, per keystroke from the third letter) and a saved log entry
    (REFRESH_MS: from the save to every visible view reloaded). Prints STALL_MS (the worst
    lateness), STALL_AT (during what), STALL_STEPS (the worst per step) and PEAK_RSS_KB.
    On a busy machine lateness is mostly waiting for a core, so it also prints the GUI
    thread's own CPU time between two beats (STALL_CPU_MS, _AT, _STEPS), the process's CPU
    time at USABLE (USABLE_CPU) and the resident memory after each step (RSS_STEPS_MB).
    The views are built on their first visit: the walk builds each as it shows it; the
    start view is the Overblik (START_PAGE; the walk ends there, so the next start too)."""
    import resource
    import uuid
    from datetime import date

    _keyring()

    def painted(window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer  # noqa: TID251
        from PySide6.QtWidgets import QTabWidget  # noqa: TID251

        def go() -> None:
            from brobygger.ui.mainwindow import PAGES
            _idle(window)
            print(f"USABLE {time.time():.6f}", flush=True)
            # the process's CPU time from its start: what the start cost, apart from load
            print(f"USABLE_CPU {time.process_time():.6f}", flush=True)
            print(f"START_PAGE {window.current_page()}", flush=True)
            rss = [f"usable={_rss_mb():.0f}"]
            beat = _Heartbeat()
            for name in PAGES:
                beat.step = f"page {name}"
                window.show_page(name)
                _idle(window)
                rss.append(f"{name}={_rss_mb():.0f}")
            window.show_page("initiatives")
            beat.step = "initiative detail"
            window.initiatives.show_initiative(uuid.UUID(initiative_id))
            _idle(window)
            for tabs in window.initiatives.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    beat.step = f"tab {tabs.tabText(i)}"
                    tabs.setCurrentIndex(i)
                    _idle(window)
            rss.append(f"initiative={_rss_mb():.0f}")
            log = window.log
            window.show_page("log")
            _idle(window)
            fired: list[float] = []
            shown: list[float] = []
            log._search_timer.timeout.connect(lambda: fired.append(time.perf_counter()))
            log.model.modelReset.connect(lambda: shown.append(time.perf_counter()))
            typed = []
            beat.step = "typing in the Logbog"
            for k in range(1, len(TYPED_WORD) + 1):
                log.ui.searchEdit.setText(TYPED_WORD[:k])
                while log._search_timer.isActive():
                    _pump(1)
                _idle(window)
                if k >= 3 and fired and shown and shown[-1] > fired[-1]:
                    typed.append((shown[-1] - fired[-1]) * 1000)
            print("TYPED_MS " + " ".join(f"{t:.2f}" for t in typed), flush=True)
            log.ui.searchEdit.setText("")
            while log._search_timer.isActive():
                _pump(1)
            _idle(window)
            beat.step = "saving an entry"
            saved: list[float] = []
            svc = window.ctx.svc
            window.ctx.tasks.run(
                lambda: svc.log.create(entry_date=date(2026, 11, 20), type="moede",
                                       title="Opfølgning på udskrivningerne",
                                       body="Benchmark: gemt fra sonden."),
                lambda _e: saved.append(time.perf_counter()), write=True)
            done = _idle(window)
            _pump(0)
            if saved:
                print(f"REFRESH_MS {(done - saved[0]) * 1000:.2f}", flush=True)
            print(f"STALL_MS {beat.worst:.2f}", flush=True)
            print(f"STALL_AT {beat.worst_at}", flush=True)
            print("STALL_STEPS " + "; ".join(f"{k}={v:.0f}" for k, v in beat.by_step.items()),
                  flush=True)
            print(f"STALL_CPU_MS {beat.worst_cpu:.2f}", flush=True)
            print(f"STALL_CPU_AT {beat.worst_cpu_at}", flush=True)
            print("STALL_CPU_STEPS " + "; ".join(
                f"{k}={v:.0f}" for k, v in beat.cpu_by_step.items()), flush=True)
            rss.append(f"end={_rss_mb():.0f}")
            print("RSS_STEPS_MB " + " ".join(rss), flush=True)  # resident after each step
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"PEAK_RSS_KB {peak}", flush=True)
            beat.timer.stop()
            window.show_page("overview")  # the next start shows the Overblik again
            window.close()

        QTimer.singleShot(0, go)

    _install_hook(painted, _attached)
    from brobygger.app import main

    return main(args)


if __name__ == "__main__":
    if _MODE == "bare":
        sys.exit(bare())
    if _MODE == "app":
        sys.exit(app(sys.argv[2:]))
    if _MODE == "visit":
        sys.exit(visit(sys.argv[2], sys.argv[3:]))
    if _MODE == "walk":
        sys.exit(walk(sys.argv[2], sys.argv[3:]))
    sys.exit(f"unknown mode {_MODE}")
