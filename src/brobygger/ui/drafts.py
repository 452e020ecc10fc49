"""An unsaved new log entry survives a crash.

While »Ny logindførsel« is open with something typed, what it holds is kept every few
seconds as a draft *inside the workspace* (``workspace_meta``, so encrypted with it – never
a plain file). Saving or discarding the entry removes the draft. At the next start a draft
left behind (the app crashed, the laptop ran out of power) is offered: continue or discard.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from brobygger.ui import i18n
from brobygger.ui.boxes import MessageBox
from brobygger.ui.common import combo_value, set_combo_value
from brobygger.ui.i18n import tr as _tr

log = logging.getLogger(__name__)

KEY = "draft_log_entry"
INTERVAL_MS = 2000
CONTINUE, DISCARD = "continue", "discard"
_COMBOS = ("type", "initiative_id", "decision_status", "escalation_level")
_TEXTS = ("title", "escalated_to", "tags")
_CHECKS = ("participants", "plagues", "barriers")



def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


def _typed(value: Any) -> Any:
    """Ids come back as UUIDs (codes stay strings)."""
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return value
    return value


def state(dlg: Any) -> dict[str, Any]:
    """What the log entry dialog holds, as JSON-able values."""
    ui = dlg.ui
    values: dict[str, Any] = {"entry_date": ui.entry_date.text(),
                              "body": ui.body.toPlainText()}
    for name in _COMBOS:
        values[name] = _jsonable(combo_value(getattr(ui, name)))
    for name in _TEXTS:
        values[name] = getattr(ui, name).text()
    for name in _CHECKS:
        values[name] = [_jsonable(v) for v in dlg.check_models[name].checked()]
    return values


def restore(dlg: Any, values: dict[str, Any]) -> None:
    ui = dlg.ui
    ui.entry_date.set_text(str(values.get("entry_date") or ""))
    ui.body.setPlainText(str(values.get("body") or ""))
    for name in _COMBOS:
        if values.get(name) is not None:
            set_combo_value(getattr(ui, name), _typed(values[name]))
    for name in _TEXTS:
        getattr(ui, name).setText(str(values.get(name) or ""))
    for name in _CHECKS:
        dlg.check_models[name].set_checked([_typed(v) for v in values.get(name) or []])
    dlg._type_changed()


def _write(ctx: Any, text: str) -> None:
    svc = ctx.svc
    ctx.tasks.run(lambda: svc.set_meta(KEY, text), write=True)


class DraftKeeper(QObject):
    """Keeps a new log entry dialog's content as the workspace's draft."""

    def __init__(self, dlg: Any) -> None:
        super().__init__(dlg)
        self.dlg, self.ctx = dlg, dlg.ctx
        self.last = ""
        self.stored = False  # a draft of this dialog is in the workspace
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.keep)
        self.timer.start()
        dlg.finished.connect(self._finished)

    def keep(self) -> None:
        """Store the draft now when it changed (nothing is stored before a change)."""
        if not self.dlg.has_changes():
            return
        current = json.dumps(state(self.dlg), ensure_ascii=False, sort_keys=True)
        if current == self.last:
            return
        self.last = current
        self.stored = True
        _write(self.ctx, json.dumps({"saved_at": datetime.now(UTC).isoformat(),
                                     "values": state(self.dlg)}, ensure_ascii=False))

    def _finished(self, _result: int) -> None:
        """Saved or discarded: the draft goes."""
        self.timer.stop()
        if self.stored:
            self.stored = False
            _write(self.ctx, "")


def saved_draft(svc: Any) -> dict[str, Any] | None:
    """The draft left in the workspace (None when there is none) – for a worker thread."""
    raw = svc.ws.get_meta(KEY, "")
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        log.warning("An unreadable log entry draft was ignored")
        return None
    return data if isinstance(data, dict) and isinstance(data.get("values"), dict) else None


def _ask(parent: QWidget | None, data: dict[str, Any]) -> str:
    title = str(data["values"].get("title") or "").strip() or _tr("drafts", "(uden titel)")
    when = ""
    try:
        when = i18n.fmt_datetime(datetime.fromisoformat(str(data.get("saved_at"))))
    except (ValueError, AttributeError):
        when = ""
    box = MessageBox(QMessageBox.Icon.Question, _tr("drafts", "Ikke-gemt logindførsel"),
                      _tr("drafts",
                          "Sidst blev en ny logindførsel ikke gemt: »{title}«{when}. Vil du "
                          "fortsætte med den?").format(
                          title=title, when=f" ({when})" if when else ""), parent=parent)
    keep = box.addButton(_tr("drafts", "Fortsæt med den"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("drafts", "Kassér den"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return CONTINUE if box.clickedButton() is keep else DISCARD


# Tests replace this: (parent, draft) -> "continue" | "discard".
offer_hook: Callable[[QWidget | None, dict[str, Any]], str] = _ask


def offer_saved(window: Any, done: Callable[[Any], None] | None = None) -> None:
    """At start: a draft left behind is read in the background and offered; ``done`` gets
    the reopened dialog (or None)."""
    svc = window.ctx.svc

    def offer(data: dict[str, Any] | None) -> None:
        dlg = None
        if data is not None:
            if offer_hook(window, data) == DISCARD:
                _write(window.ctx, "")
            else:
                dlg = window.new_entry()
                keeper = getattr(dlg, "draft_keeper", None)
                if keeper is not None:
                    keeper.stored = True  # saving or discarding it now removes the draft
                dlg.when_ready(lambda d=dlg: restore(d, data["values"]))
        if done is not None:
            done(dlg)

    window.ctx.tasks.run(lambda: saved_draft(svc), offer)
