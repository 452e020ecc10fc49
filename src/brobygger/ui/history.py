"""Historik…: the audit trail of one record – who changed what, when, old → new.

:class:`HistoryModel` has one row per changed field (the time, user and action are shown
on the first row of each change). Values are shown as the user knows them: Danish dates,
times in local time, names instead of ids, catalogue labels instead of codes.
:func:`add_history_menu` gives a table view a context menu with "Historik…".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QShortcut
from PySide6.QtWidgets import QDialog, QMenu, QTableView, QWidget

from brobygger.domain import display, fields
from brobygger.services import audit
from brobygger.services.dto import AuditEvent
from brobygger.services.unit_of_work import Changes
from brobygger.ui import i18n, style
from brobygger.ui.common import Context, error_text, fit_columns, selected_record, setup_table
from brobygger.ui.form_setup import dialog_form, enlarge, hints, standard_buttons
from brobygger.ui.forms.ui_historydialog import Ui_HistoryDialog
from brobygger.ui.i18n import tr as _tr

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "history"



def field_label(field: str) -> str:
    """The field's name in the UI's language (the one list: :mod:`brobygger.domain.fields`)."""
    return fields.field_label(field)


def action_label(action: str) -> str:
    """What happened, in the UI's language (the one list: :mod:`brobygger.domain.display`)."""
    return display.action_text(action)


class Formatter:
    """Turns the trail's JSON values into what the user recognises: the one definition,
    :func:`brobygger.domain.display.value_text`, with the names of the ids it knows."""

    def __init__(self, names: Mapping[uuid.UUID, str] | None = None) -> None:
        self.names = {str(k): v for k, v in (names or {}).items()}

    def __call__(self, entity: str, field: str, value: Any) -> str:
        return display.field_value_text(entity, field, value, names=self.names)

    def value(self, value: Any, catalogue: Any = None) -> str:
        return display.value_text(value, catalogue=catalogue, names=self.names)


@dataclass(frozen=True)
class HistoryRow:
    event: AuditEvent
    field: str
    old: str
    new: str
    first: bool  # the first row of its event: shows the time, user and action


def history_rows(events: list[AuditEvent], fmt: Formatter) -> list[HistoryRow]:
    rows: list[HistoryRow] = []
    for event in events:
        changes = [(f, v) for f, v in event.changes.items() if f != "deleted_at"] \
            if event.action in (audit.DELETE, audit.RESTORE) else list(event.changes.items())
        if not changes:
            rows.append(HistoryRow(event, "", "", "", True))
            continue
        for i, (field, (old, new)) in enumerate(changes):
            rows.append(HistoryRow(event, field, fmt(event.entity, field, old),
                                   fmt(event.entity, field, new), i == 0))
    return rows


class HistoryModel(QAbstractTableModel):
    """Columns: time, user, action, field, before, after. ``UserRole`` gives the row."""

    COLUMNS = (QT_TRANSLATE_NOOP("history", "Tidspunkt"), QT_TRANSLATE_NOOP("history", "Hvem"),
               QT_TRANSLATE_NOOP("history", "Hvad"), QT_TRANSLATE_NOOP("history", "Felt"),
               QT_TRANSLATE_NOOP("history", "Før"), QT_TRANSLATE_NOOP("history", "Efter"))
    MAX_CELL = 120

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_events(self, events: list[AuditEvent], fmt: Formatter | None = None) -> None:
        self.beginResetModel()
        self._rows = history_rows(events, fmt or Formatter())
        self.endResetModel()

    @property
    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, row: HistoryRow, column: int) -> str:
        event = row.event
        if column == 0:
            return i18n.fmt_datetime(event.at)
        if column == 1:
            return event.user or _tr("history", "(ukendt)")
        if column == 2:
            return action_label(event.action)
        if column == 3:
            return field_label(row.field) if row.field else ""
        if column == 4:
            return row.old
        return row.new

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column < 3 and not row.first:
                return ""
            text = self._text(row, column).replace("\n", " ⏎ ")
            return text if len(text) <= self.MAX_CELL else text[:self.MAX_CELL - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.FontRole and column == 2 and row.first:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return _tr("history", str(self.COLUMNS[section]))
            return None
        return str(section + 1)


# the tables whose names the history shows (besides the record itself)
_NAMED = frozenset({"organisation", "person", "initiative", "indicator", "audit_event"})


class HistoryDialog(QDialog):
    """The history of one record, loaded in the background."""

    def __init__(self, ctx: Context, record_id: uuid.UUID, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_id = ctx, record_id
        self.ui = ui = dialog_form(self, Ui_HistoryDialog())
        self.setWindowTitle(self.tr("Historik – {title}").format(title=title))
        ui.heading.setText(self.tr("Historik for »{title}«").format(title=title))
        enlarge(ui.heading, 3)
        hints(ui.hint)
        self.model = HistoryModel(self)
        ui.historyView.setModel(self.model)
        setup_table(ui.historyView, stretch=None)
        ui.historyView.setWordWrap(False)
        standard_buttons(self, ui.buttons)
        ctx.tasks.changed.connect(self._changed)
        self.loaded = False
        self.reload()

    def _changed(self, changes: Changes) -> None:
        """Read again when the record (or a name the history shows) changed."""
        if changes.mentions(self.record_id) or changes.touches(_NAMED):
            self.reload()

    def reload(self) -> None:
        svc, record_id = self.ctx.svc, self.record_id

        def work() -> tuple[list[AuditEvent], dict[uuid.UUID, str]]:
            names = svc.overview.party_names()
            names.update({i.id: i.name for i in svc.initiatives.all(include_deleted=True)})
            names.update({i.id: i.name for i in svc.indicators.all(include_deleted=True)})
            return svc.audit.history(record_id), names

        def done(result: tuple[list[AuditEvent], dict[uuid.UUID, str]]) -> None:
            events, names = result
            self.model.set_events(events, Formatter(names))
            fit_columns(self.ui.historyView, {0: 150, 1: 140, 2: 200, 3: 170, 4: 260})
            self.loaded = True
            if not events:
                self.ui.hint.setText(self.tr("Der er ingen ændringer registreret for denne "
                                             "post."))

        def failed(exc: BaseException) -> None:
            self.ui.hint.setText(error_text(exc))
            style.set_role(self.ui.hint, "error")

        self.ctx.tasks.run(work, done, failed)


def open_history(ctx: Context, parent: QWidget | None, record_id: uuid.UUID,
                 title: str) -> HistoryDialog:
    dlg = HistoryDialog(ctx, record_id, title, parent)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.open()
    return dlg


def open_selected_history(ctx: Context, view: QTableView) -> None:
    """The history of the row selected in ``view`` (nothing when none is)."""
    found = _default_describe(selected_record(view))
    if found is not None:
        record_id, title = found
        open_history(ctx, view.window(), record_id, title or _tr("history", "posten"))


def _default_describe(record: Any) -> tuple[uuid.UUID, str] | None:
    if isinstance(record, dict):  # rows built by a page (e.g. the initiative tree)
        inner = record.get("initiative")
        return (record["id"], getattr(inner, "name", "")) if "id" in record else None
    record_id = getattr(record, "id", None)
    if not isinstance(record_id, uuid.UUID):
        return None
    for attr in ("name", "title", "person_name", "organisation_name"):
        text = getattr(record, attr, None)
        if isinstance(text, str) and text:
            return record_id, text
    return record_id, ""


def add_history_menu(view: QTableView, ctx: Context,
                     describe: Callable[[Any], tuple[uuid.UUID, str] | None] | None = None,
                     extra: Callable[[QMenu, Any], None] | None = None) -> None:
    """A right-click menu on ``view`` with "Historik…" for the row under the mouse; the
    keyboard opens it for the current row with Shift+F10 or the menu key."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    how = describe or _default_describe

    def show_menu(pos: QPoint) -> None:
        index = view.indexAt(pos)
        model = view.model()
        if not index.isValid() or model is None:
            return
        view.setCurrentIndex(index)
        record = model.data(index, Qt.ItemDataRole.UserRole)
        found = how(record) if record is not None else None
        if found is None:
            return
        record_id, title = found
        menu = QMenu(view)
        history = QAction(_tr("history", "Historik…"), menu)
        history.triggered.connect(lambda: open_history(ctx, view.window(), record_id,
                                                       title or _tr("history", "posten")))
        menu.addAction(history)
        if extra is not None:
            extra(menu, record)
        menu.exec(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show_menu)

    def from_keyboard() -> None:
        current = view.currentIndex()
        if current.isValid():
            show_menu(view.visualRect(current).center())

    from brobygger.ui.shortcuts import HISTORY_MENU

    for seq in HISTORY_MENU.sequences():
        shortcut = QShortcut(seq, view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(from_keyboard)
    if not view.accessibleDescription():
        view.setAccessibleDescription(_tr("history", "Shift+F10 åbner en menu med historikken "
                                                     "for den valgte række."))
