"""Tables: long texts end in an ellipsis and show in full as a tooltip; column widths the
user sets are kept (across reloads and restarts) and stay resizable.

:func:`brobygger.ui.common.setup_table` applies both to every table of the app:

- :class:`EllipsisTipDelegate` – a cell whose text does not fit is drawn with "…" (the view's
  elide mode) and its tooltip is the full text; a cell that fits keeps the model's own tooltip.
- :func:`remember_columns` – when the user has dragged (or double-clicked) a column border,
  the widths are stored in the settings under the table's name; :func:`restore_columns`
  (called by ``fit_columns`` after each reload) puts them back instead of fitting to the
  contents, so a column does not jump back after every reload.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QToolTip,
    QWidget,
)

from brobygger.ui.accessibility import KeepColourDelegate

KEY_PROPERTY = "columnsKey"


def full_text_if_elided(view: QAbstractItemView,
                        index: QModelIndex | QPersistentModelIndex) -> str | None:
    """The cell's whole text when it does not fit its cell (it is drawn with "…")."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return None
    text = str(text)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.text = text
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    needed = view.fontMetrics().horizontalAdvance(text) + 2 * margin
    return text if needed > room else None


class EllipsisTipDelegate(KeepColourDelegate):
    """The tooltip of a cut-off cell is its full text."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and view is not None:
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            full = full_text_if_elided(view, index)
            if full is not None:
                tip = f"{full}\n{own}" if own and str(own) != full else full
                QToolTip.showText(event.globalPos(), tip, view.viewport())
                return True
        return bool(super().helpEvent(event, view, option, index))


def columns_key(view: QTableView) -> str:
    """The settings key of a table: its name within the page or dialog that holds it."""
    stored = view.property(KEY_PROPERTY)
    if stored:
        return str(stored)
    owner: QWidget | None = view.parentWidget()
    while owner is not None and not type(owner).__module__.startswith("brobygger."):
        owner = owner.parentWidget()
    name = view.objectName() or "table"
    return f"columns/{type(owner).__name__ if owner is not None else 'window'}/{name}"


class _SaveOnRelease(QObject):
    """The user finished dragging (or double-clicked) a column border: store the widths."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick):
            save_columns(self.view)
        return False


def save_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    if widths:
        QSettings().setValue(columns_key(view), ",".join(map(str, widths)))


def saved_widths(view: QTableView) -> list[int]:
    raw = QSettings().value(columns_key(view), "")
    try:
        return [int(x) for x in str(raw or "").split(",") if x.strip()]
    except ValueError:
        return []


def restore_columns(view: QTableView) -> bool:
    """Put back the widths the user set (same number of columns); True if there were any."""
    widths = saved_widths(view)
    header = view.horizontalHeader()
    if not widths or len(widths) != header.count():
        return False
    for col, width in enumerate(widths):
        if header.sectionResizeMode(col) == QHeaderView.ResizeMode.Interactive \
                and not (header.stretchLastSection() and col == header.count() - 1):
            header.resizeSection(col, max(width, header.minimumSectionSize()))
    return True


def remember_columns(view: QTableView) -> None:
    """Keep the widths the user sets for ``view`` (see the module's docstring)."""
    if view.property("columnsRemembered"):
        return
    header = view.horizontalHeader()
    filt = _SaveOnRelease(view)
    header.viewport().installEventFilter(filt)
    view.setProperty("columnsRemembered", True)


# -- combo boxes ---------------------------------------------------------------------------------
class _ElidingCombo(QObject):
    """Paints a combo box's current text with "…" when it does not fit (Qt cuts it off), and
    makes the whole text its tooltip."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QComboBox) and not obj.isEditable():
            if event.type() == QEvent.Type.Paint:
                _paint_elided(obj)
                return True
            if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                tip = combo_tooltip(obj)
                if tip:
                    QToolTip.showText(event.globalPos(), tip, obj)
                    return True
        return False


def _label_room(combo: QComboBox) -> tuple[QStyleOptionComboBox, int]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = rect.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull()
                           else 0)
    return option, room


def _paint_elided(combo: QComboBox) -> None:
    option, room = _label_room(combo)
    painter = QStylePainter(combo)
    painter.setPen(combo.palette().color(QPalette.ColorRole.Text))
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    option.currentText = combo.fontMetrics().elidedText(option.currentText,
                                                        Qt.TextElideMode.ElideRight, room)
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def elided_combo_text(combo: QComboBox) -> str:
    """The current text as painted (with "…" when it does not fit)."""
    option, room = _label_room(combo)
    return combo.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                          room)


def combo_tooltip(combo: QComboBox) -> str:
    """The whole current text when it is cut off (after the combo's own tooltip)."""
    own = str(combo.property("ownToolTip") or "")
    text = combo.currentText()
    if text and elided_combo_text(combo) != text:
        return f"{text}\n{own}" if own else text
    return own


_eliding: list[_ElidingCombo] = []


def elide_combo(combo: QComboBox, chars: int = 22) -> None:
    """A combo box that does not grow with its longest choice (a long initiative name made
    dialogs scroll sideways): about ``chars`` characters wide, the current text ending in "…"
    with the whole text as tooltip, and a pop-up list wide enough for the choices."""
    if combo.property("elides"):
        return
    combo.setProperty("elides", True)
    combo.setProperty("ownToolTip", combo.toolTip())
    combo.setToolTip("")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    if view is not None:
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        _widen_popup(combo)
        model = combo.model()
        if model is not None:
            model.rowsInserted.connect(lambda *_a, c=combo: _widen_soon(c))
    if not _eliding:
        _eliding.append(_ElidingCombo())
    combo.installEventFilter(_eliding[0])


def _widen_soon(combo: QComboBox) -> None:
    """Once per batch of new choices (a fill adds them one by one)."""
    if not combo.property("widenPending"):
        combo.setProperty("widenPending", True)
        QTimer.singleShot(0, combo, lambda c=combo: _widen_popup(c))


def _widen_popup(combo: QComboBox) -> None:
    combo.setProperty("widenPending", False)
    view = combo.view()
    if view is not None:
        fm = view.fontMetrics()
        widest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                     default=0)
        view.setMinimumWidth(min(widest + 40, 640))


# -- titles ----------------------------------------------------------------------------------------
class _ElidingLabel(QObject):
    """Paints a one-line label's text with "…" when it does not fit; the tooltip and the
    accessible name keep the whole text (``text()`` stays whole too)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QLabel) and event.type() == QEvent.Type.Paint:
            painter = QStylePainter(obj)
            rect = obj.contentsRect()
            shown = elided_label_text(obj)
            obj.style().drawItemText(painter, rect, int(obj.alignment().value), obj.palette(),
                                     obj.isEnabled(), shown, QPalette.ColorRole.WindowText)
            return True
        return False


_label_filter: list[_ElidingLabel] = []


def elided_label_text(label: QLabel) -> str:
    return label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight,
                                          label.contentsRect().width())


def elide_label(label: QLabel, minimum: int = 120) -> None:
    """One line, "…" when cut, the whole text as tooltip (set by :func:`set_elided_text`)."""
    label.setWordWrap(False)
    label.setProperty("elides", True)  # drawn with "…" when cut (not clipped)
    label.setMinimumWidth(minimum)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, label.sizePolicy().verticalPolicy())
    if not _label_filter:
        _label_filter.append(_ElidingLabel())
    label.installEventFilter(_label_filter[0])


def set_elided_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setToolTip(text)
    label.setAccessibleName(text)
