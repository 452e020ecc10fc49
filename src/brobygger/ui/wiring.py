"""Connects the Møder and Min uge views to the main window: the View menu entries
(Ctrl+7, Ctrl+8), opening a record from Min uge, Min uge as the start view and the optional
start-up notification of what is due today (QSystemTrayIcon, off by default)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSystemTrayIcon

from brobygger.ui.i18n import tr as _tr
from brobygger.ui.myweek.page import NOTIFY_KEY, START_KEY, setting_on


def wire(window: Any) -> None:
    ui = window.ui
    for name, text, keys in (
        ("meetings", _tr("MainWindow", "Møder"), "Ctrl+7"),
        ("myweek", _tr("MainWindow", "Min uge"), "Ctrl+8"),
        ("agreements", _tr("MainWindow", "Aftaler"), "Ctrl+9"),
    ):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _c=False, n=name: window.show_page(n))
        ui.menuView.addAction(action)
    ctx = window.ctx
    if setting_on(ctx, START_KEY):
        window.show_page("myweek")
    if setting_on(ctx, NOTIFY_KEY):
        notify_due_today(window)


def wire_page(window: Any, name: str, page: Any) -> None:
    """Connect a view of the main window when it is built (views are built on first use)."""
    if name == "myweek":
        page.open_record.connect(lambda entity, rid: open_record(window, entity, rid))
    elif name == "log":  # the search field's hits in agendas and minutes open the meeting
        page.meeting_hits.open_meeting.connect(lambda rid: open_record(window, "meeting", rid))


def open_record(window: Any, entity: str, record_id: uuid.UUID) -> None:
    ctx = window.ctx
    if entity == "meeting":
        window.show_page("meetings").select_meeting(record_id)
    elif entity == "action":
        from brobygger.ui import dialogs
        from brobygger.ui.common import show_error

        ctx.tasks.run(
            lambda: ctx.svc.actions.get(record_id),
            lambda action: dialogs.open_dialog(dialogs.ActionDialog(ctx, action, window)),
            lambda exc: show_error(window, exc),
        )
    elif entity == "person":
        # the people are read a block at a time: the page reads on to the person's row
        window.show_page("directory").show_person(record_id)
    elif entity == "agreement":
        from brobygger.ui.agreements.page import select_agreement

        select_agreement(window.show_page("agreements"), record_id)
    elif entity == "ask":
        panel = window.show_page("asks").panel
        _select_when_loaded(
            panel.model, lambda: panel.view.selectRow(panel.model.row_of(record_id)), record_id
        )


def _select_when_loaded(model: Any, select: Any, record_id: uuid.UUID) -> None:
    """Select the record now, or when the page's list has loaded (pages fill in the
    background when first shown)."""
    if model.row_of(record_id) >= 0:
        select()
        return

    def loaded() -> None:
        model.modelReset.disconnect(loaded)
        QTimer.singleShot(0, select)

    model.modelReset.connect(loaded)


def notify_due_today(window: Any) -> QSystemTrayIcon | None:
    """Show what is due today as a desktop notification (when the system has a tray)."""
    from brobygger.services.myweek import due_today

    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    ctx = window.ctx

    def show(text: str) -> None:
        if not text:
            return
        tray = QSystemTrayIcon(window.windowIcon(), window)
        tray.setToolTip("Brobygger")
        tray.show()
        tray.messageClicked.connect(lambda: window.show_page("myweek"))
        tray.showMessage(
            _tr("MainWindow", "Brobygger – i dag"),
            text,
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )
        window._tray = tray

    from brobygger.ui.myweek.page import me_override

    person = me_override(ctx)
    ctx.tasks.run(lambda: due_today(ctx.svc, person_id=person), show)
    return None
