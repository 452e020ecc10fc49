"""Item models for every data list in the UI.

* :class:`RecordTableModel` – a list of frozen DTOs with declared columns.
* :class:`LogTableModel` – the log: holds only the ids of the matching entries and fetches
  rows in blocks as the view asks for them (Anki's browser table model).
* :class:`CheckListModel` – a checkable list (participants, plagues, barriers).
* :class:`PlagueMatrixModel` – the seven plagues × assessment dates.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from brobygger.domain.catalogue import DECISION_STATUSES, ENTRY_TYPES, ESCALATION_LEVELS, PLAGUES
from brobygger.services import Services, dto
from brobygger.ui import i18n, style

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
RECORD = Qt.ItemDataRole.UserRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], object]
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], str | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are DTOs; ``data(index, UserRole)`` gives the DTO of the row."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: uuid.UUID) -> int:
        for i, r in enumerate(self._rows):
            if getattr(r, "id", None) == record_id:
                return i
        return -1

    # -- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == DISPLAY:
            value = col.display(rec)
            return "" if value is None else str(value)
        if role == RECORD:
            return rec
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tooltip is not None:
                return col.tooltip(rec) or None
            value = col.display(rec)
            text = "" if value is None else str(value)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            colour = col.background(rec)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(rec)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)


# -- the log ---------------------------------------------------------------------------------
class LogTableModel(QAbstractTableModel):
    """Entries for a list of ids; rows are loaded in blocks on demand and cached."""

    BLOCK = 100

    def __init__(self, svc: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self._ids: list[uuid.UUID] = []
        self._cache: dict[uuid.UUID, dto.LogEntry] = {}
        self.initiative_names: dict[uuid.UUID, str] = {}
        self.headers = [_tr("models", "Dato"), _tr("models", "Type"), _tr("models", "Titel"),
                        _tr("models", "Initiativ"),
                        _tr("models", "Status/niveau"), _tr("models", "Mærker")]

    def set_ids(self, ids: Sequence[uuid.UUID], names: dict[uuid.UUID, str] | None = None
                ) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        if names is not None:
            self.initiative_names = names
        self.endResetModel()

    def ids(self) -> list[uuid.UUID]:
        return list(self._ids)

    def invalidate(self) -> None:
        """Drop cached rows (after an edit) and repaint."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.headers) - 1))

    def entry(self, row: int) -> dto.LogEntry | None:
        if not 0 <= row < len(self._ids):
            return None
        key = self._ids[row]
        found = self._cache.get(key)
        if found is None:
            start = (row // self.BLOCK) * self.BLOCK
            block = [i for i in self._ids[start:start + self.BLOCK] if i not in self._cache]
            for e in self.svc.log.get_many(block):
                self._cache[e.id] = e
            found = self._cache.get(key)
        return found

    def row_of(self, entry_id: uuid.UUID) -> int:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) \
                or not 0 <= index.column() < len(self.headers):
            return None
        if role not in (DISPLAY, RECORD, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        e = self.entry(index.row())
        if e is None:  # deleted meanwhile
            return _tr("models", "(slettet)") if role == DISPLAY and index.column() == 2 else None
        if role == RECORD:
            return e
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 1 and e.type == "eskalering":
                return QBrush(QColor(style.OVERDUE))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.body[:400] or None if col == 2 else None
        if col == 0:
            return i18n.fmt_date_short(e.entry_date)
        if col == 1:
            return i18n.label(ENTRY_TYPES, e.type)
        if col == 2:
            return e.title
        if col == 3:
            return self.initiative_names.get(e.initiative_id, "") if e.initiative_id else ""
        if col == 4:
            if e.decision_status:
                return i18n.label(DECISION_STATUSES, e.decision_status)
            if e.escalation_level:
                return i18n.label(ESCALATION_LEVELS, e.escalation_level)
            return ""
        return ", ".join(e.tags)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)


# -- checkable lists -----------------------------------------------------------------------
class CheckListModel(QAbstractListModel):
    def __init__(self, items: Iterable[tuple[Any, str]] = (), parent: Any = None,
                 tooltips: dict[Any, str] | None = None) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._checked: set[Any] = set()
        self._tips = tooltips or {}

    def set_items(self, items: Iterable[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def checked(self) -> list[Any]:
        return [key for key, _ in self._items if key in self._checked]

    def set_checked(self, keys: Iterable[Any]) -> None:
        self._checked = set(keys)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        key, text = self._items[index.row()]
        if role == DISPLAY:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if key in self._checked
                    else Qt.CheckState.Unchecked).value
        if role == RECORD:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(key)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._items[index.row()][0]
        state = value.value if hasattr(value, "value") else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)


# -- plague matrix -------------------------------------------------------------------------
class PlagueMatrixModel(QAbstractTableModel):
    """Rows: the seven plagues. Columns: assessment dates (oldest → newest), then the
    latest mitigation. A cell shows the severity 0–3 on a coloured background."""

    MAX_DATES = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._dates: list[date] = []
        self._cells: dict[tuple[str, date], dto.PlagueAssessment] = {}
        self._latest: dict[str, dto.PlagueAssessment] = {}
        self._plagues = [item.code for item in PLAGUES.items]

    def set_assessments(self, assessments: Iterable[dto.PlagueAssessment]) -> None:
        self.beginResetModel()
        self._cells.clear()
        self._latest.clear()
        for a in sorted(assessments, key=lambda a: (a.assessed_on, a.created_at)):
            self._cells[(a.plague, a.assessed_on)] = a
            self._latest[a.plague] = a
        self._dates = sorted({d for _, d in self._cells})[-self.MAX_DATES:]
        self.endResetModel()

    def plague_at(self, row: int) -> str | None:
        return self._plagues[row] if 0 <= row < len(self._plagues) else None

    def assessment(self, row: int, column: int) -> dto.PlagueAssessment | None:
        plague = self.plague_at(row)
        if plague is None:
            return None
        if 0 <= column < len(self._dates):
            return self._cells.get((plague, self._dates[column]))
        return self._latest.get(plague)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._plagues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._dates) + 2

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plagues) \
                or not 0 <= index.column() < len(self._dates) + 2:
            return None
        col = index.column()
        plague = self._plagues[index.row()]
        if col == 0:
            if role == DISPLAY:
                return i18n.label(PLAGUES, plague)
            if role == Qt.ItemDataRole.ToolTipRole:
                return PLAGUES.get(plague).description_da
            return None
        a = self.assessment(index.row(), col - 1)
        if role == RECORD:
            return a
        is_latest = col == len(self._dates) + 1
        if is_latest:
            if role == DISPLAY:
                return a.mitigation if a else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return a.mitigation if a and a.mitigation else None
            return None
        if a is None:
            return None
        if role == DISPLAY:
            return str(a.severity)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTER.value)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(style.SEVERITY_BG[a.severity]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.SEVERITY_FG[a.severity]))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [a.note, a.mitigation and _tr("models", "Modtræk: ") + a.mitigation]
            return "\n".join(p for p in parts if p) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return _tr("models", "Plage")
        if 1 <= section <= len(self._dates):
            return i18n.fmt_date_short(self._dates[section - 1])
        if section == len(self._dates) + 1:
            return _tr("models", "Seneste modtræk")
        return None
