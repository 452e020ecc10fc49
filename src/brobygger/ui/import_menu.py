"""*Filer → Importér eksisterende data*: the menu only. The flows behind it
(:mod:`brobygger.ui.import_flows`: readers, planners, dialogs – the exchange package and
its ciphers) are imported when one of the commands is chosen, not when the window is
built: ~50 ms of start-up CPU before the Overblik could show its data (issue 21)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from brobygger.services.imports import KIND_CALENDAR, KIND_CONTACTS, KIND_LOG
from brobygger.ui.i18n import tr as _tr


def install_menu(window: Any) -> QMenu:
    """*Filer → Importér eksisterende data* (after *Importér fra modpart…*)."""
    ui = window.ui
    menu = QMenu(_tr("imports", "Importér &eksisterende data"), window)
    menu.setObjectName("menuImportData")
    keep: list[Any] = []

    def run(kind: str) -> None:
        from brobygger.ui.import_flows import ImportRun

        flow = ImportRun(window.ctx, window, kind)
        keep.append(flow)
        flow.finished = lambda: keep.remove(flow) if flow in keep else None
        flow.choose_file()

    def undo_flow() -> None:
        from brobygger.ui.import_flows import UndoFlow

        keep.append(UndoFlow(window.ctx, window))

    for name, text, kind in (
            ("actionImportContacts", _tr("imports", "&Kontakter (vCard, Outlook-CSV)…"),
             KIND_CONTACTS),
            ("actionImportLog", _tr("imports", "&Logbog fra regneark (Excel, CSV)…"), KIND_LOG),
            ("actionImportCalendar", _tr("imports", "&Møder fra kalender (.ics)…"),
             KIND_CALENDAR)):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _c=False, k=kind: run(k))
        menu.addAction(action)
    menu.addSeparator()
    undo = QAction(_tr("imports", "&Fortryd import…"), window)
    undo.setObjectName("actionUndoImport")
    undo.triggered.connect(undo_flow)
    menu.addAction(undo)
    actions = ui.menuFile.actions()
    after = actions.index(ui.actionImportBundle) + 1 if ui.actionImportBundle in actions \
        else len(actions)
    before = actions[after] if after < len(actions) else None
    if before is not None:
        ui.menuFile.insertMenu(before, menu)
    else:
        ui.menuFile.addMenu(menu)
    window._import_flows = keep
    return menu
