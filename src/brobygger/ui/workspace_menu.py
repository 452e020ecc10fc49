"""My own workspace next to the example: Filer → Nyt arbejdsområde…, Åbn arbejdsområde…,
Åbn eksemplet, the recent workspaces on this computer, Omdøb… and Fjern….

The example opens as a workspace of its own, in its own folder beside the user's
(``<folder>-eksempel``), never mixed with the user's data. A removed workspace goes to the
file manager's trash after a confirmation; its keyring entry is removed and the removal is
recorded in the settings, so it is not mistaken for a lost workspace later.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFile
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from brobygger import paths
from brobygger.ui.i18n import tr as _tr

EXAMPLE_SUFFIX = "-eksempel"
RECENT_KEY = "workspaces/recent_laptop"
REMOVED_KEY = "workspaces/removed"
NAME_META = "display_name"
MAX_RECENT = 8



# -- where things are ------------------------------------------------------------------------
def example_dir(window: Any) -> Path:
    """The example's own folder, beside the user's workspace."""
    from brobygger.ui import workspaces

    ws = window.ctx.svc.ws
    base = workspaces.laptop_dir(window.ctx.settings) if ws.is_shared else ws.directory
    if base.name.endswith(EXAMPLE_SUFFIX):
        return base
    return base.parent / f"{base.name}{EXAMPLE_SUFFIX}"


def is_example_dir(directory: Path) -> bool:
    return directory.name.endswith(EXAMPLE_SUFFIX)


def recent(settings: Any) -> list[Path]:
    value = settings.value(RECENT_KEY) or []
    items = [value] if isinstance(value, str) else list(value)
    return [Path(str(v)) for v in items if v]


def remember(settings: Any, directory: Path) -> None:
    items = [directory] + [p for p in recent(settings) if p != directory]
    settings.setValue(RECENT_KEY, [str(p) for p in items[:MAX_RECENT]])


def forget(settings: Any, directory: Path) -> None:
    settings.setValue(RECENT_KEY, [str(p) for p in recent(settings) if p != directory])


def display_name(settings: Any, directory: Path) -> str:
    name = settings.value(f"workspaces/name/{_key(directory)}")
    if name:
        return str(name)
    if is_example_dir(directory):
        return _tr("workspace_menu", "Eksemplet (de fire cases)")
    return directory.name


def _key(directory: Path) -> str:
    return re.sub(r"[^\w]", "_", str(directory))[-120:]


def slug(name: str) -> str:
    text = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-")
    return text[:60] or "arbejdsomraade"


# -- hooks the tests replace -------------------------------------------------------------------
def _ask_name(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


def _ask_dir(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def _to_trash(directory: Path) -> bool:
    return bool(QFile.moveToTrash(str(directory)))


ask_name_hook: Callable[[QWidget | None, str, str, str], str | None] = _ask_name
ask_dir_hook: Callable[[QWidget | None, str, Path], Path | None] = _ask_dir
trash_hook: Callable[[Path], bool] = _to_trash


# -- the commands --------------------------------------------------------------------------------
def open_example(window: Any) -> None:
    """Open the example in its own folder (loaded there the first time)."""
    from brobygger.services import Services
    from brobygger.services.demo import load_demo

    directory = example_dir(window)
    if not window.ctx.svc.ws.is_shared and window.ctx.svc.ws.directory == directory:
        return

    def prepare(opened: Any) -> Any:
        svc = Services(opened.ws)
        if svc.is_empty():
            load_demo(svc)
        opened.message = _tr("workspace_menu",
                             "Eksemplet er åbnet i sit eget arbejdsområde. Dine egne data "
                             "er ikke ændret – Filer → Seneste arbejdsområder fører tilbage.")
        return opened

    _open(window, directory, prepare)


def new_workspace(window: Any) -> None:
    """Filer → Nyt arbejdsområde…: a name, then an empty workspace in its own folder."""
    from brobygger.ui import workspaces

    name = ask_name_hook(window, _tr("workspace_menu", "Nyt arbejdsområde"),
                         _tr("workspace_menu", "Navn på det nye arbejdsområde:"), "")
    if not name:
        return
    base = window.ctx.svc.ws.directory if not window.ctx.svc.ws.is_shared else \
        workspaces.laptop_dir(window.ctx.settings)
    directory = base.parent / f"Brobygger-{slug(name)}"
    if (directory / paths.DB_FILENAME).exists():
        _say(window, _tr("workspace_menu",
                         "Der findes allerede et arbejdsområde i {path}. Vælg et andet navn, "
                         "eller åbn det med Filer → Åbn arbejdsområde….").format(path=directory))
        return
    window.ctx.settings.setValue(f"workspaces/name/{_key(directory)}", name)
    _open(window, directory, None)


def open_workspace(window: Any) -> None:
    """Filer → Åbn arbejdsområde…: a folder that holds a Brobygger workspace."""
    start = window.ctx.svc.ws.directory.parent if not window.ctx.svc.ws.is_shared \
        else Path.home()
    directory = ask_dir_hook(window, _tr("workspace_menu", "Åbn arbejdsområde"), start)
    if directory is None:
        return
    if not (directory / paths.DB_FILENAME).exists():
        _say(window, _tr("workspace_menu",
                         "Der er intet Brobygger-arbejdsområde i {path}. Vælg mappen, der "
                         "indeholder {file}.").format(path=directory, file=paths.DB_FILENAME))
        return
    _open(window, directory, None)


def rename_workspace(window: Any) -> None:
    ws = window.ctx.svc.ws
    if ws.is_shared:
        return
    current = display_name(window.ctx.settings, ws.directory)
    name = ask_name_hook(window, _tr("workspace_menu", "Omdøb arbejdsområdet"),
                         _tr("workspace_menu", "Nyt navn:"), current)
    if name:
        window.ctx.settings.setValue(f"workspaces/name/{_key(ws.directory)}", name)
        window.statusBar().showMessage(_tr("workspace_menu",
                                           "Arbejdsområdet hedder nu »{name}«.").format(
            name=name), 8000)


def remove_workspace(window: Any, directory: Path) -> bool:
    """Move another laptop workspace to the trash (after a confirmation), remove its keyring
    entry and record the removal. The open workspace cannot be removed."""
    from brobygger.domain.errors import BrobyggerError
    from brobygger.services.workspace_admin import remove_workspace as remove
    from brobygger.ui.common import ask

    ws = window.ctx.svc.ws
    if not ws.is_shared and ws.directory == directory:
        _say(window, _tr("workspace_menu",
                         "Det åbne arbejdsområde kan ikke fjernes. Åbn et andet først."))
        return False
    name = display_name(window.ctx.settings, directory)
    if not ask(window, _tr("workspace_menu", "Fjern arbejdsområde"),
               _tr("workspace_menu",
                   "Vil du fjerne arbejdsområdet »{name}« ({path})?\n\nMappen flyttes til "
                   "papirkurven, og dens nøgle fjernes fra nøgleringen. Sikkerhedskopierne i "
                   "mappen følger med.").format(name=name, path=directory),
               _tr("workspace_menu", "Flyt til papirkurven")):
        return False
    try:
        remove(directory, trash_hook)
    except BrobyggerError as exc:
        _say(window, exc.message)
        return False
    forget(window.ctx.settings, directory)
    removed = list(window.ctx.settings.value(REMOVED_KEY) or [])
    removed.append(f"{datetime.now(UTC).isoformat()} {directory}")
    window.ctx.settings.setValue(REMOVED_KEY, removed[-50:])
    window.statusBar().showMessage(_tr("workspace_menu",
                                       "»{name}« er flyttet til papirkurven.").format(
        name=name), 8000)
    return True


def _say(window: Any, text: str) -> None:
    from brobygger.domain.errors import InputError
    from brobygger.ui.common import show_error

    show_error(window, InputError(text))


def _open(window: Any, directory: Path, prepare: Callable[[Any], Any] | None) -> None:
    """Open the laptop workspace in ``directory`` (created when new) in place of the one
    shown, and list it under Seneste; ``prepare`` runs on the worker with the opened
    workspace."""
    remember(window.ctx.settings, directory)
    open_in_place(window, directory, prepare, _tr(
        "workspace_menu", "Arbejdsområdet »{name}« er åbnet.").format(
        name=display_name(window.ctx.settings, directory)))


def open_in_place(window: Any, directory: Path, prepare: Callable[[Any], Any] | None,
                  done_text: str) -> None:
    """Open the laptop workspace in ``directory`` in place of the one shown – its key asked
    for here if needed, the rest in the background; ``done_text`` in the status bar after."""
    from brobygger.domain.errors import BrobyggerError
    from brobygger.services.workspaces import workspace_key
    from brobygger.ui import workspaces
    from brobygger.ui.common import show_error
    from brobygger.ui.safety import gui_prompt

    prompt = gui_prompt(window)
    try:
        if (directory / paths.DB_FILENAME).exists():
            workspace_key(directory, prompt)
        work = workspaces.open_laptop(directory, prompt.replay())
    except BrobyggerError as exc:
        show_error(window, exc)
        return

    def run() -> Any:
        opened = work()
        return prepare(opened) if prepare is not None else opened

    window.statusBar().showMessage(_tr("workspace_menu", "Åbner arbejdsområdet …"))
    window.ctx.tasks.run(run, lambda opened: window._opened(opened, done_text),
                         lambda exc: show_error(window, exc))


# -- the menu ------------------------------------------------------------------------------------
def install(window: Any) -> None:
    """Add the commands to Filer and the laptop workspaces to Seneste arbejdsområder."""
    ui = window.ui
    ws = window.ctx.svc.ws
    if not ws.is_shared:
        remember(window.ctx.settings, ws.directory)
    actions = []
    for object_name, text, slot in (
            ("actionNewWorkspace", _tr("workspace_menu", "&Nyt arbejdsområde …"), new_workspace),
            ("actionOpenWorkspace", _tr("workspace_menu", "Å&bn arbejdsområde …"), open_workspace),
            ("actionOpenExample", _tr("workspace_menu", "Åbn &eksemplet"), open_example),
            ("actionRenameWorkspace", _tr("workspace_menu",
                                          "Omdøb arbejdsområdet …"), rename_workspace)):
        action = QAction(text, window)
        action.setObjectName(object_name)
        action.triggered.connect(lambda _c=False, s=slot: s(window))
        ui.menuFile.insertAction(ui.actionOpenShared, action)
        setattr(window, object_name, action)
        actions.append(action)
    window.actionRenameWorkspace.setEnabled(not ws.is_shared)
    add_recovery_key_action(window)


def add_recovery_key_action(window: Any) -> None:
    """File ▸ *Vis/lav gendannelsesnøgle…* (issue 13), right after the encryption."""
    from brobygger.ui.recovery import make_new_recovery_key

    ui = window.ui
    action = QAction(_tr("MainWindow", "Vis/lav &gendannelsesnøgle…"), window)
    action.setObjectName("actionRecoveryKey")
    actions = ui.menuFile.actions()
    after = actions.index(ui.actionEncrypt) + 1
    if after < len(actions):
        ui.menuFile.insertAction(actions[after], action)
    else:
        ui.menuFile.addAction(action)
    action.triggered.connect(lambda: make_new_recovery_key(window, window.ctx.svc.ws))
    window.actionRecoveryKey = action


def fill_recent(window: Any) -> None:
    """Filer ▸ Seneste: this computer's workspace and the shared ones first, then the other
    laptop workspaces, each with Fjern…."""
    from brobygger.ui import workspaces

    menu = window.ui.menuRecent
    menu.clear()
    ws = window.ctx.svc.ws
    laptop = workspaces.laptop_dir(window.ctx.settings)
    if ws.is_shared or ws.directory != laptop:
        action = menu.addAction(_tr("MainWindow", "Arbejdsområdet på denne computer"))
        action.setToolTip(str(laptop))
        action.triggered.connect(lambda _c=False, d=laptop: window.open_laptop(d))
    current = workspaces.describe(ws) if ws.is_shared else None
    shared = [u for u in workspaces.recent_shared(window.ctx.settings)
              if workspaces.describe_url(u) != current]
    if shared:
        menu.addSeparator()
    for url in shared:
        where = workspaces.describe_url(url)
        action = menu.addAction(_tr("MainWindow", "Delt: {where}").format(where=where))
        action.triggered.connect(lambda _c=False, u=url: window.open_shared(u, connect=True))
    if menu.isEmpty():
        menu.addAction(_tr("MainWindow", "(ingen andre arbejdsområder endnu)")).setEnabled(False)
    _add_other_laptops(window)


def _add_other_laptops(window: Any) -> None:
    menu = window.ui.menuRecent
    ws = window.ctx.svc.ws
    others = [p for p in recent(window.ctx.settings)
              if (ws.is_shared or p != ws.directory) and (p / paths.DB_FILENAME).exists()]
    if not others:
        return
    for action in list(menu.actions()):
        if not action.isEnabled():  # "(ingen andre arbejdsområder endnu)"
            menu.removeAction(action)
    menu.addSeparator()
    for directory in others:
        name = display_name(window.ctx.settings, directory)
        action = menu.addAction(name)
        action.setToolTip(str(directory))
        action.triggered.connect(lambda _c=False, d=directory: _open(window, d, None))
    menu.addSeparator()
    remove = menu.addMenu(_tr("workspace_menu", "Fjern et arbejdsområde"))
    for directory in others:
        action = remove.addAction(display_name(window.ctx.settings, directory) + " …")
        action.setToolTip(str(directory))
        action.triggered.connect(lambda _c=False, d=directory: remove_workspace(window, d))
