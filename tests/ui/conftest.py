"""UI test fixtures: settings in a temp dir, a main window on a fresh or example workspace,
and helpers to find open dialogs and wait for background work."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import event
from sqlalchemy.engine import Engine

from brobygger.services import Services
from brobygger.ui import appearance, common, i18n
from brobygger.ui.common import Context
from brobygger.ui.mainwindow import MainWindow
from brobygger.ui.tasks import TaskManager

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="session", autouse=True)
def _qt_app_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    settings_dir = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings_dir))
    qapp.setApplicationName("Brobygger-tests")
    qapp.setOrganizationName("Brobygger-tests")
    i18n.install(qapp, "da")
    appearance.apply(qapp)


@pytest.fixture(autouse=True)
def _auto_confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(parent: Any, title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(common, "confirm_hook", yes)
    monkeypatch.setattr(common, "question_hook",
                        lambda parent, title, text, button: yes(parent, title, text))
    from brobygger.ui import discard

    monkeypatch.setattr(discard, "discard_hook", lambda parent: discard.DISCARD)
    return asked


@pytest.fixture(autouse=True)
def shown_recovery_keys(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A new encrypted workspace's recovery key is recorded here instead of a modal dialog."""
    from brobygger.ui import recovery

    shown: list[str] = []
    monkeypatch.setattr(recovery, "show_hook", lambda parent, key, where: shown.append(key))
    return shown


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "brobygger.ini"), QSettings.Format.IniFormat)


def make_ctx(svc: Services, settings: QSettings) -> Context:
    return Context(svc=svc, tasks=TaskManager(), settings=settings)


@pytest.fixture
def ctx(svc: Services, settings: QSettings) -> Iterator[Context]:
    c = make_ctx(svc, settings)
    yield c
    c.tasks.wait()


@pytest.fixture
def demo_ctx(demo_svc: Services, settings: QSettings) -> Iterator[Context]:
    c = make_ctx(demo_svc, settings)
    yield c
    c.tasks.wait()


def _window(qtbot: Any, c: Context) -> MainWindow:
    w = MainWindow(c)
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    settle(c)
    return w


@pytest.fixture
def window(qtbot: Any, ctx: Context) -> Iterator[MainWindow]:
    w = _window(qtbot, ctx)
    yield w
    ctx.tasks.wait()
    w.close()


@pytest.fixture
def demo_window(qtbot: Any, demo_ctx: Context) -> Iterator[MainWindow]:
    w = _window(qtbot, demo_ctx)
    yield w
    demo_ctx.tasks.wait()
    w.close()


@pytest.fixture
def english_demo_window(qtbot: Any, demo_ctx: Context, qapp: QApplication
                        ) -> Iterator[MainWindow]:
    """The example workspace's main window with the UI in English (Danish again after)."""
    i18n.install(qapp, "en")
    try:
        w = _window(qtbot, demo_ctx)
        yield w
        demo_ctx.tasks.wait()
        w.close()
    finally:
        i18n.install(qapp, "da")


def settle(c: Context, rounds: int = 4) -> None:
    """Let background tasks finish and their follow-ups (refreshes) run."""
    for _ in range(rounds):
        c.tasks.wait()
        QApplication.processEvents()


def find_dialog(cls: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()
             and (w.parentWidget() is None or w.parentWidget().window().isVisible())]
    assert found, f"no open {cls.__name__}"
    return wait_for_lookups(found[-1])


def wait_for_lookups(dialog: Any, timeout: float = 20.0) -> Any:
    """A record dialog once its look-ups (read in the background) have arrived."""
    import time

    end = time.monotonic() + timeout
    while getattr(dialog, "lookups_pending", False) and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not getattr(dialog, "lookups_pending", False), "look-ups never arrived"
    return dialog


def closed(widget: QWidget) -> bool:
    """True when a dialog was closed (and maybe already deleted)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def shoot(widget: QWidget, name: str) -> None:
    """Save a screenshot to tests/artifacts/ (look at it after a UI change)."""
    ARTIFACTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    pix = widget.grab()
    assert not pix.isNull()
    pix.save(str(ARTIFACTS / f"{name}.png"))


def message_texts(close: bool = True) -> list[str]:
    """The texts of the open message boxes (closed unless ``close`` is False)."""
    from PySide6.QtWidgets import QMessageBox

    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            if close:
                w.close()
    return texts


@pytest.fixture
def make_shell(qtbot: Any, qapp: QApplication) -> Iterator[Any]:
    """Builds the app's shell (which rebuilds its window when the workspace changes) on a
    context; at the end its current workspace is closed."""
    from brobygger.app import Shell

    shells: list[Shell] = []

    def make(c: Context) -> Shell:
        shell = Shell(qapp, c)
        shell.window.resize(1280, 820)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        settle(c)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.ctx.tasks.wait()
        shell.window.close()
        shell.shutdown()


def listed_ids(model: Any) -> list[Any]:
    """The ids of every row of a log model, in order (reads any block not read yet)."""
    return [e.id if e is not None else None
            for e in (model.entry(r) for r in range(model.rowCount()))]


# -- silent failures fail the test ---------------------------------------------------------
# Modelled on qutebrowser's ``logfail``: a background task that failed or a warning logged
# anywhere in the app fails the UI test in which it happened, so an error that only reached
# the log (a view that silently stayed empty) is not missed. A test expecting one marks it
# ``@pytest.mark.allow_log("text in the message")``.
class _LogFail(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.closed = False  # after the test's call: fixture teardowns are not its doing

    def emit(self, record: logging.LogRecord) -> None:
        if not self.closed:
            self.records.append(record)


_LOGFAIL = pytest.StashKey[_LogFail]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    yield
    handler = item.stash.get(_LOGFAIL, None)
    if handler is not None:
        handler.closed = True


@pytest.fixture(autouse=True)
def _fail_on_logged_warnings(request: pytest.FixtureRequest) -> Iterator[_LogFail]:
    handler = _LogFail()
    request.node.stash[_LOGFAIL] = handler
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    allowed = [str(a) for m in request.node.iter_markers("allow_log") for a in m.args]
    bad = [r for r in handler.records
           if not any(a in r.getMessage() for a in allowed)]
    if bad:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in bad]
        pytest.fail("A background task failed or a warning was logged:\n" + "\n".join(lines),
                    pytrace=False)


# -- no database work on the GUI thread ------------------------------------------------------
# Every query of the UI runs through the task runner on a worker thread. A statement run on
# the GUI thread from UI code (a frame of brobygger.ui on the stack) fails the test; the test
# code itself may read and write on the main thread to prepare and check data.
def _ui_frame_on_stack() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        name = str(frame.f_globals.get("__name__", ""))
        if name.startswith("brobygger.ui"):
            return f"{name}:{frame.f_code.co_name}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


@pytest.fixture(autouse=True)
def _no_queries_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    seen: list[str] = []

    def check(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            where = _ui_frame_on_stack()
            if where is not None:
                seen.append(f"{where}: {statement.splitlines()[0][:80]}")

    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", check)
    if seen and request.node.get_closest_marker("gui_thread_queries") is None:
        pytest.fail("Database work on the GUI thread:\n" + "\n".join(seen[:10]),
                    pytrace=False)


# -- the Aftaler view on the example workspace -------------------------------------------------
SAMBO = "Samarbejdsaftale om patientforløb (SAM:BO)"


def agreements_page(w: MainWindow) -> Any:
    """Show the Aftaler view and let it load."""
    from brobygger.ui.agreements import AgreementsPage

    page = w.show_page("agreements")
    assert isinstance(page, AgreementsPage)
    settle(w.ctx)
    return page


def select_agreement(page: Any, title: str) -> None:
    row = next(r for r in range(page.model.rowCount())
               if page.model.record(r).agreement.title == title)
    page.view.selectRow(row)
