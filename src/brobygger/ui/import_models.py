"""Item models of the import dialogs: the plan (preview) and the list of imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from brobygger.services import imports as si
from brobygger.services.import_undo import BatchInfo
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import DISPLAY, Index

ERROR_BG, NOTICE_BG, OK_BG = QColor("#fde2e1"), QColor("#fff4cc"), QColor("#e3f4e1")



def action_label(action: str) -> str:
    return {si.CREATE: _tr("imports", "Oprettes"),
            si.MATCH: _tr("imports", "Findes allerede"),
            si.SUGGEST: _tr("imports", "Forslag"),
            si.UPDATE: _tr("imports", "Opdateres"),
            si.UNCHANGED: _tr("imports", "Allerede importeret"),
            si.CONFLICT: _tr("imports", "Konflikt"),
            si.SKIP: _tr("imports", "Springes over"),
            si.ERROR: _tr("imports", "Fejl")}.get(action, action)


def entity_label(entity: str) -> str:
    return {"organisation": _tr("imports", "Organisation"), "person": _tr("imports", "Person"),
            "log_entry": _tr("imports", "Logindførsel")}.get(entity, entity)


def needs_attention(r: si.PlannedRecord) -> bool:
    return bool(r.action in (si.SUGGEST, si.ERROR, si.CONFLICT, si.SKIP) or r.suggestions
                or r.cpr or r.unmatched)


class PlanModel(QAbstractTableModel):
    """One row per planned record. Column 2 ("Handling") of a suggestion is checkable:
    checked = the user confirms it (the record's ``accepted``)."""

    ROW, WHAT, ACTION, LABEL, DETAILS = range(5)

    def __init__(self, plan: si.ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rows: list[si.PlannedRecord] = list(plan.records)

    def set_filter(self, attention_only: bool) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.plan.records if needs_attention(r)] if attention_only \
            else list(self.plan.records)
        self.endResetModel()

    def confirmable(self, r: si.PlannedRecord) -> bool:
        return r.action == si.SUGGEST or bool(r.suggestions)

    def set_all_accepted(self, accepted: bool) -> None:
        for r in self.plan.records:
            if self.confirmable(r):
                r.accepted = accepted
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (_tr("imports", "Række"), _tr("imports", "Hvad"),
                    _tr("imports", "Handling"), _tr("imports", "Navn eller titel"),
                    _tr("imports", "Hvorfor / detaljer"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.ACTION and \
                self.confirmable(self.rows[index.row()]):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return self._text(r, c)
        if role == Qt.ItemDataRole.CheckStateRole and c == self.ACTION and self.confirmable(r):
            return Qt.CheckState.Checked if r.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and c == self.ACTION:
            if r.action in (si.ERROR, si.CONFLICT):
                return QBrush(ERROR_BG)
            if needs_attention(r):
                return QBrush(NOTICE_BG)
            if r.action == si.CREATE:
                return QBrush(OK_BG)
        if role == Qt.ItemDataRole.ToolTipRole and c == self.DETAILS:
            return self._text(r, c) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: si.PlannedRecord, c: int) -> str:
        if c == self.ROW:
            return str(r.row)
        if c == self.WHAT:
            return entity_label(r.entity)
        if c == self.ACTION:
            text = action_label(r.action)
            if self.confirmable(r):
                text += " – " + (_tr("imports", "bekræftet") if r.accepted
                                 else _tr("imports", "bekræft?"))
            return text
        if c == self.LABEL:
            return r.label
        return r.describe_da()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or \
                index.column() != self.ACTION:
            return False
        r = self.rows[index.row()]
        if not self.confirmable(r):
            return False
        r.accepted = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        return True


class BatchModel(QAbstractTableModel):
    """The imports, newest first (Fortryd import)."""

    def __init__(self, batches: Sequence[BatchInfo] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.batches = list(batches)

    def set_batches(self, batches: Sequence[BatchInfo]) -> None:
        self.beginResetModel()
        self.batches = list(batches)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (_tr("imports", "Tidspunkt"), _tr("imports", "Slags"),
                    _tr("imports", "Fil"), _tr("imports", "Oprettet"),
                    _tr("imports", "Status"))[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.batches) or role != DISPLAY:
            return None
        b, c = self.batches[index.row()], index.column()
        kinds = {si.KIND_CONTACTS: _tr("imports", "Kontakter"),
                 si.KIND_LOG: _tr("imports", "Logbog fra regneark"),
                 si.KIND_CALENDAR: _tr("imports", "Møder fra kalender")}
        return (b.at.astimezone().strftime("%d-%m-%Y %H:%M"), kinds.get(b.kind, b.kind),
                b.source_name, str(b.created),
                _tr("imports", "Fortrudt") if b.undone_at else _tr("imports", "Aktiv"))[c]
