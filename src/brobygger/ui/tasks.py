"""Background work à la Anki's taskman: database work runs on a thread pool, results and
errors come back on the UI thread, and ``changed`` tells every view what data changed.

    ctx.tasks.run(lambda: svc.log.ids(flt), on_done=model.set_ids)
    ctx.tasks.run(lambda: svc.actions.mark_done(id_), write=True,   # one writer at a time
                  initiator=self)

A write task collects the :class:`~brobygger.services.unit_of_work.Changes` of every unit
of work it commits; when it is delivered, ``changed`` carries them (with ``initiator``) to
the views, which reload only when a table they show changed (Anki's ``OpChanges`` and
``operation_did_execute``). Changes made by other programs or users arrive on the same
signal (:class:`~brobygger.services.watch.ChangeWatcher`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

from brobygger.domain.errors import BrobyggerError
from brobygger.services.unit_of_work import Changes, collect

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Task(QRunnable):
    def __init__(self, manager: TaskManager, fn: Callable[[], Any], on_done: Callback | None,
                 on_error: Callback | None, write: bool, initiator: object | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.manager, self.fn = manager, fn
        self.on_done, self.on_error, self.write = on_done, on_error, write
        self.initiator = initiator
        self.changes = Changes()

    def run(self) -> None:
        with collect() as box:
            try:
                result = self.fn()
            except BaseException as exc:  # delivered to the UI thread
                if not isinstance(exc, BrobyggerError):
                    log.exception("Background task failed")
                self.changes = box.changes.with_initiator(self.initiator)
                self.manager._deliver.emit((self, False, exc))
                return
        self.changes = box.changes.with_initiator(self.initiator)
        self.manager._deliver.emit((self, True, result))


class TaskManager(QObject):
    """Runs callables off the UI thread. Reads share a small pool; writes go through a
    single worker so they never race each other."""

    changed = Signal(object)  # Changes: what a write (or another program) changed
    failed = Signal(object)  # an exception no caller handled
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(3)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._pending = 0
        self.started = 0  # tasks run so far (tests count round trips with it)
        self._deliver.connect(self._finish)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, fn: Callable[[], Any], on_done: Callback | None = None,
            on_error: Callback | None = None, *, write: bool = False,
            initiator: object | None = None) -> None:
        """Run ``fn`` in the background. ``write``: on the single writer; what it changed
        goes out on ``changed`` with ``initiator`` (the view that started it)."""
        self._pending += 1
        self.started += 1
        task = _Task(self, fn, on_done, on_error, write, initiator)
        (self._writes if write else self._reads).start(task)

    @Slot(object)
    def _finish(self, payload: tuple[_Task, bool, Any]) -> None:
        task, ok, value = payload
        self._pending -= 1
        try:
            if ok:
                if task.on_done is not None:
                    task.on_done(value)
            elif task.on_error is not None:
                task.on_error(value)
            else:
                self.failed.emit(value)
        except RuntimeError as exc:  # the receiving widget was closed meanwhile
            if "already deleted" not in str(exc):
                raise
        finally:
            if task.changes:  # what committed, even if a later step failed
                self.changed.emit(task.changes)

    def announce(self, changes: Changes) -> None:
        """Tell the views about changes made elsewhere (another program or user)."""
        if changes:
            self.changed.emit(changes)

    def run_and_wait(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` in the background and return its result (or raise its error) – the
        UI thread keeps painting and answering dialogs meanwhile (a nested event loop).
        For start-up, where nothing can go on until the workspace is open."""
        loop = QEventLoop()
        box: list[tuple[bool, Any]] = []

        def guarded() -> tuple[bool, Any]:  # the caller handles (and reports) its errors
            try:
                return True, fn()
            except BaseException as exc:
                return False, exc

        def done(outcome: tuple[bool, Any]) -> None:
            box.append(outcome)
            loop.quit()

        self.run(guarded, done)
        if not box:
            loop.exec()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every task has finished and been delivered (tests, shutdown)."""
        end = time.monotonic() + timeout
        while self._pending and time.monotonic() < end:
            self._reads.waitForDone(20)
            self._writes.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._pending


class GuiCaller(QObject):
    """Lets background work ask the user: :meth:`wrap` gives a callable that, called on a
    worker thread, runs on the UI thread (where this object lives) while the worker waits
    – e.g. the passphrase prompt while the workspace opens in the background."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _run(self, box: list[Any]) -> None:
        fn, args = box[0], box[1]
        try:
            box.append((True, fn(*args)))
        except BaseException as exc:  # handed back to the waiting worker
            box.append((False, exc))

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            if QThread.currentThread() is self.thread():
                return fn(*args)
            box: list[Any] = [fn, args]
            self._call.emit(box)
            ok, value = box[2]
            if not ok:
                raise value
            return value
        return call
