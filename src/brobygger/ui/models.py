"""Item models for every data list in the UI.

* :class:`RecordTableModel` – a list of frozen DTOs with declared columns.
* :class:`LogTableModel` – the log: holds the row count of a listing and a bounded cache of
  blocks, read by offset (or by id for a search's ranked hits) as the view asks for rows.
* :class:`CheckListModel` – a checkable list (participants, plagues, barriers).
* :class:`PlagueMatrixModel` – the seven plagues × assessment dates.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from brobygger.domain.catalogue import DECISION_STATUSES, ENTRY_TYPES, ESCALATION_LEVELS, PLAGUES
from brobygger.services import LogFilter, Services, dto
from brobygger.ui import i18n, style
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.log_blocks import LogListing as LogListing
from brobygger.ui.log_blocks import first_hits
from brobygger.ui.log_blocks import read_block as read_block

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
RECORD = Qt.ItemDataRole.UserRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter



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
            text = "" if value is None else str(value)
            # a warning is never told by colour alone: red (overdue) text carries a sign
            if text and col.foreground is not None and col.foreground(rec) == style.OVERDUE:
                return f"⚠ {text}"
            return text
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
            return QBrush(QColor(style.text_on(colour))) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)


# -- the log ---------------------------------------------------------------------------------
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Any], None]], None]


class LogTableModel(QAbstractTableModel):
    """The log, for listings of any length: the model holds the row count and a bounded
    cache of blocks of :attr:`BLOCK` entries, read by offset (a filter) or by id (a
    search's ranked hits, a given list of ids) as the view asks for rows.

    A block is read when the view first asks for one of its rows. With ``run``
    (``ctx.tasks.run``) it is read in the background – the UI thread never queries: its rows
    show "…" until it arrives (``dataChanged``), and the neighbours of the block in view
    are read ahead. Without one (tests, exports) it is read at once."""

    BLOCK = 100
    CACHE_BLOCKS = 30   # at most 3,000 entries in memory
    WANTED = 6          # blocks waiting to be read in the background; older wishes
                        # (rows scrolled past) are dropped

    def __init__(self, svc: Services, parent: Any = None, *, run: Runner | None = None
                 ) -> None:
        super().__init__(parent)
        self.svc = svc
        self._run = run
        self._listing = LogListing(ids=())
        self._blocks: OrderedDict[int, tuple[dto.LogEntry | None, ...]] = OrderedDict()
        self._stale: set[int] = set()      # cached, but re-read after invalidate()
        self._wanted: OrderedDict[int, None] = OrderedDict()  # last = most urgent
        self._failed: set[int] = set()
        self._loading: tuple[int, int] | None = None  # (generation, block) being read
        self._generation = 0
        self._last = -1
        self.initiative_names: Mapping[uuid.UUID, str] = {}
        self.headers = [_tr("models", "Dato"), _tr("models", "Type"), _tr("models", "Titel"),
                        _tr("models", "Initiativ"),
                        _tr("models", "Status/niveau"), _tr("models", "Mærker")]

    # -- content -------------------------------------------------------------------------
    def fetch(self, flt: LogFilter, *, around: uuid.UUID | None = None,
              rows: Iterable[int] = (), count: bool | None = None) -> LogListing:
        """The listing of ``flt`` with its first block, the block of ``around`` (an entry
        to select again) and those of ``rows``. Database work only (no Qt): run it off the
        UI thread. A text search alone is paged like a filter, ranking only the hits of the
        blocks read (``around`` is looked for among its first hits only); a search with
        other filters keeps its ranked hits (``svc.log.ids``); any other filter is paged:
        ``count`` plus blocks by offset.

        A text search alone with a block of hits or more is ``counting`` when ``count`` is
        False: its first block is read, not the number of hits (the Logbog counts them
        afterwards, :meth:`set_total`). By default only a model that reads in the
        background (``run``) leaves the count for later."""
        log, size = self.svc.log, self.BLOCK
        if log.pages_by_search(flt):  # the first block now, the count afterwards
            listing = replace(first_hits(self.svc, flt, size), around=around)
            if listing.counting and (count if count is not None else self._run is None):
                listing = replace(listing, total=log.count(flt), counting=False)
        elif flt.text and flt.text.strip():
            ids = tuple(log.ids(flt))
            listing = LogListing(flt, len(ids), ids, around=around)
            row = ids.index(around) if around in ids else -1
        else:
            listing = LogListing(flt, log.count(flt), around=around,
                                 background=not log.pages_from_index(flt))
        if listing.ids is None:
            found = log.position(around, flt) if around is not None and listing.total else None
            row = -1 if found is None or found >= listing.total else found
        wanted = {0, *(r // size for r in (row, *rows) if 0 <= r < listing.total)}
        blocks = {b: listing.blocks.get(b) or read_block(self.svc, listing, b, size)
                  for b in sorted(wanted) if b * size < listing.total}
        return replace(listing, blocks=blocks, around_row=row)

    def set_total(self, listing: LogListing, total: int) -> bool:
        """The count of a listing shown while it was ``counting`` has come: the rows past
        those shown are added (the rows shown stay). False when the model shows another
        listing by now."""
        current = self._listing
        if current.flt != listing.flt or not current.counting:
            return False
        shown = current.total
        self._listing = replace(current, counting=False)
        if total > shown:
            self.beginInsertRows(QModelIndex(), shown, total - 1)
            self._listing = replace(self._listing, total=total)
            self.endInsertRows()
        return True

    def set_listing(self, listing: LogListing,
                    names: Mapping[uuid.UUID, str] | None = None) -> None:
        self.beginResetModel()
        self._listing = replace(listing, blocks={})
        self._blocks = OrderedDict(sorted(listing.blocks.items()))
        self._stale.clear()
        self._wanted.clear()
        self._failed.clear()
        self._loading = None
        self._generation += 1
        self._last = -1
        if names is not None:
            self.initiative_names = names
        self.endResetModel()

    def set_ids(self, ids: Sequence[uuid.UUID], names: Mapping[uuid.UUID, str] | None = None
                ) -> None:
        """Show exactly these entries, in this order (rows are read as they are shown)."""
        self.set_listing(LogListing(total=len(ids), ids=tuple(ids)), names)

    @property
    def listing(self) -> LogListing:
        return self._listing

    def invalidate(self) -> None:
        """The entries changed (an edit, a deletion): read the rows again and repaint.
        In the background the old rows stay on screen until the new ones arrive."""
        self._generation += 1
        self._loading = None
        self._wanted.clear()
        self._failed.clear()
        if self._background():
            self._stale = set(self._blocks)
        else:
            self._blocks.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self.headers) - 1))

    def entry(self, row: int) -> dto.LogEntry | None:
        """The entry of the row, read now (waiting) if it is not cached; None: deleted
        meanwhile. The view's rows go through :meth:`data`, which does not wait."""
        if not 0 <= row < self._listing.total:
            return None
        block = row // self.BLOCK
        rows = self._blocks.get(block)
        if rows is None or block in self._stale:
            rows = self._store(block, read_block(self.svc, self._listing, block, self.BLOCK,
                                                 *self._anchors(block)))
        offset = row - block * self.BLOCK
        return rows[offset] if offset < len(rows) else None

    def row_of(self, entry_id: uuid.UUID) -> int:
        """The row of the entry when the model knows it (-1: not in the listing, or in a
        block not read): in a list of ids, in a cached block, or the listing's ``around``."""
        listing = self._listing
        if listing.ids is not None:
            try:
                return listing.ids.index(entry_id)
            except ValueError:
                return -1
        if entry_id == listing.around:
            return listing.around_row
        for block, rows in self._blocks.items():
            for i, e in enumerate(rows):
                if e is not None and e.id == entry_id:
                    return block * self.BLOCK + i
        return -1

    def cached_blocks(self) -> list[int]:
        return sorted(self._blocks)

    # -- reading blocks ------------------------------------------------------------------
    def _background(self) -> bool:
        """With a runner every block is read in the background: the UI thread never waits
        for the database (a quick read arrives before the next paint)."""
        return self._run is not None

    def _anchors(self, block: int) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """The entries just above and below ``block`` when their blocks are read and
        current (keyset paging of a filter; a list of ids needs none)."""
        if not self._listing.paged:
            return None, None
        above = self._blocks.get(block - 1)
        below = self._blocks.get(block + 1)
        after = (above[-1].id if above and block - 1 not in self._stale
                 and len(above) == self.BLOCK and above[-1] is not None else None)
        before = (below[0].id if below and block + 1 not in self._stale
                  and below[0] is not None else None)
        return after, before

    def _store(self, block: int, rows: tuple[dto.LogEntry | None, ...]
               ) -> tuple[dto.LogEntry | None, ...]:
        self._blocks[block] = rows
        self._blocks.move_to_end(block)
        self._stale.discard(block)
        while len(self._blocks) > self.CACHE_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def _cached(self, row: int) -> tuple[bool, dto.LogEntry | None]:
        """(known, entry) without waiting: asks for the block in the background."""
        block = row // self.BLOCK
        rows = self._blocks.get(block)
        background = self._background()
        if not background and (rows is None or block in self._stale):
            return True, self.entry(row)
        if rows is None or block in self._stale:
            self._want(block)
        if rows is None:
            return False, None
        if block != self._last:
            # read ahead, at low priority: the next block in the direction of scrolling
            near = block - 1 if block < self._last else block + 1
            self._last = block
            self._blocks.move_to_end(block)
            if background and 0 <= near * self.BLOCK < self._listing.total \
                    and near not in self._blocks:
                self._want(near, urgent=False)
        offset = row - block * self.BLOCK
        return True, rows[offset] if offset < len(rows) else None

    def _want(self, block: int, urgent: bool = True) -> None:
        if block in self._failed or (self._loading is not None and self._loading[1] == block):
            return
        if urgent:
            self._wanted[block] = None
            self._wanted.move_to_end(block)
        elif block not in self._wanted:
            self._wanted[block] = None
            self._wanted.move_to_end(block, last=False)
        while len(self._wanted) > self.WANTED:
            self._wanted.popitem(last=False)
        self._next()

    def _next(self) -> None:
        """Start reading the most urgent wanted block (one read at a time)."""
        if self._run is None or self._loading is not None:
            return
        while self._wanted:
            block, _ = self._wanted.popitem()
            if block not in self._blocks or block in self._stale:
                self._start(self._run, block)
                return

    def _start(self, run: Runner, block: int) -> None:
        svc, listing, size, generation = self.svc, self._listing, self.BLOCK, self._generation
        self._loading = (generation, block)
        after, before = self._anchors(block)
        run(lambda: read_block(svc, listing, block, size, after, before),
            lambda rows: self._arrived(generation, block, rows),
            lambda exc: self._read_failed(generation, block, exc))

    def _arrived(self, generation: int, block: int,
                 rows: tuple[dto.LogEntry | None, ...]) -> None:
        if self._loading == (generation, block):
            self._loading = None
        if generation == self._generation:
            self._store(block, rows)
            first = block * self.BLOCK
            last = min(first + self.BLOCK, self._listing.total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self.headers) - 1))
        self._next()

    def _read_failed(self, generation: int, block: int, exc: BaseException) -> None:
        if self._loading == (generation, block):
            self._loading = None
        if generation == self._generation:
            self._failed.add(block)  # not asked again until the listing is reset
            log.warning("Reading log rows %d… failed: %s", block * self.BLOCK, exc)
        self._next()

    # -- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._listing.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._listing.total \
                or not 0 <= index.column() < len(self.headers):
            return None
        if role not in (DISPLAY, RECORD, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        col = index.column()
        known, e = self._cached(index.row())
        if not known:  # being read
            if role == DISPLAY:
                return "…" if col == 2 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(style.MUTED))
            return None
        if e is None:  # deleted meanwhile
            return _tr("models", "(slettet)") if role == DISPLAY and col == 2 else None
        if role == RECORD:
            return e
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 1 and e.type == "eskalering":
                return QBrush(QColor(style.text_on(style.OVERDUE)))
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

    def set_items(self, items: Iterable[tuple[Any, str]],
                  tooltips: dict[Any, str] | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        if tooltips is not None:
            self._tips = tooltips
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
                return PLAGUES.get(plague).description()
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
