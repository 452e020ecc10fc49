"""Item models of the import dialogs: the plan (preview) and the list of imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from brobygger.domain.catalogue import LEVELS, SECTORS
from brobygger.services import imports as si
from brobygger.services.import_undo import BatchInfo
from brobygger.ui import i18n
from brobygger.ui.common import combo_value, fill_combo, set_combo_value
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import DISPLAY, Index

ERROR_BG, NOTICE_BG, OK_BG = QColor("#fde2e1"), QColor("#fff4cc"), QColor("#e3f4e1")
CODE = Qt.ItemDataRole.UserRole  # the chosen sector/level code of a row
# the field a new record's row lets the user choose: an organisation's sector, a person's
# leadership level – with the catalogue it is chosen from
CHOICE_FIELDS: dict[str, tuple[str, Any]] = {"organisation": ("sector", SECTORS),
                                             "person": ("level", LEVELS)}


def choice_field(r: si.PlannedRecord) -> str | None:
    """"sector" or "level" when the row creates an organisation or a person."""
    spec = CHOICE_FIELDS.get(r.entity)
    if spec is None or r.action not in (si.CREATE, si.SUGGEST) or r.accepted:
        return None
    return spec[0]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the sector (organisation) or leadership level (person) of a row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        entity = index.data(Qt.ItemDataRole.UserRole + 1)
        catalogue = CHOICE_FIELDS[entity][1] if entity in CHOICE_FIELDS else SECTORS
        fill_combo(combo, [(c.code, i18n.label(catalogue, c.code)) for c in catalogue])
        combo.setAccessibleName(_tr("imports", "Sektor eller ledelsesniveau"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        set_combo_value(editor, index.data(CODE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, combo_value(editor), Qt.ItemDataRole.EditRole)



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
            "log_entry": _tr("imports", "Logindførsel"),
            "meeting": _tr("imports", "Møde")}.get(entity, entity)


def needs_attention(r: si.PlannedRecord) -> bool:
    return bool(r.action in (si.SUGGEST, si.ERROR, si.CONFLICT, si.SKIP) or r.suggestions
                or r.cpr or r.unmatched or (r.needs and choice_field(r)))


class PlanModel(QAbstractTableModel):
    """One row per planned record. Column 2 ("Handling") of a suggestion is checkable:
    checked = the user confirms it (the record's ``accepted``). Column 4 is a new
    organisation's sector or a new person's leadership level – editable; the rows whose
    name or title did not tell it (``needs``) are marked until the user chooses."""

    ROW, WHAT, ACTION, LABEL, CHOICE, DETAILS = range(6)
    COLUMNS = 6

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
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 5))

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 5))

    def set_plan(self, plan: si.ImportPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.rows = list(plan.records)
        self.endResetModel()

    def set_choice(self, rows: Sequence[int], field: str, code: str) -> int:
        """Set ``field`` (sector or level) to ``code`` on the given rows where it applies;
        the number of rows changed."""
        changed = 0
        for row in rows:
            r = self.rows[row]
            if choice_field(r) == field:
                r.values[field] = code
                r.needs = tuple(n for n in r.needs if n != field)
                changed += 1
        self.refresh()
        return changed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (_tr("imports", "Række"), _tr("imports", "Hvad"),
                    _tr("imports", "Handling"), _tr("imports", "Navn eller titel"),
                    _tr("imports", "Sektor / niveau"),
                    _tr("imports", "Hvorfor / detaljer"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        r = self.rows[index.row()]
        if index.column() == self.ACTION and self.confirmable(r):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.CHOICE and choice_field(r):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return self._text(r, c)
        if role == Qt.ItemDataRole.CheckStateRole and c == self.ACTION and self.confirmable(r):
            return Qt.CheckState.Checked if r.accepted else Qt.CheckState.Unchecked
        if c == self.CHOICE and role in (CODE, Qt.ItemDataRole.EditRole):
            field = choice_field(r)
            return r.values.get(field) if field else None
        if c == self.CHOICE and role == Qt.ItemDataRole.UserRole + 1:
            return r.entity
        if role == Qt.ItemDataRole.BackgroundRole and c == self.CHOICE and r.needs \
                and choice_field(r):
            return QBrush(NOTICE_BG)
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
        if c == self.CHOICE:
            field = choice_field(r)
            if field is None:
                return ""
            text = i18n.label(CHOICE_FIELDS[r.entity][1], r.values.get(field))
            return text + (" – " + _tr("imports", "vælg?") if field in r.needs else "")
        return r.describe_da()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == self.CHOICE and role == Qt.ItemDataRole.EditRole:
            field = choice_field(self.rows[index.row()])
            catalogue = CHOICE_FIELDS.get(self.rows[index.row()].entity, ("", SECTORS))[1]
            if field is None or value not in catalogue:
                return False
            return self.set_choice([index.row()], field, str(value)) == 1
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.ACTION:
            return False
        r = self.rows[index.row()]
        if not self.confirmable(r):
            return False
        r.accepted = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
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
