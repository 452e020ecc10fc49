"""Small helpers shared by pages and dialogs: the context object, combo boxes, date edits,
confirmations, error messages and HTML snippets."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from brobygger.domain.errors import BrobyggerError
from brobygger.services import Services
from brobygger.ui import i18n
from brobygger.ui.boxes import MessageBox
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.tasks import TaskManager

log = logging.getLogger(__name__)

NO_DATE = QDate(1900, 1, 1)



@dataclass
class Context:
    """What pages and dialogs need: the services, the task runner and the settings."""

    svc: Services
    tasks: TaskManager
    settings: QSettings
    extra: dict[str, Any] = field(default_factory=dict)

    def setting(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return "" if value is None else str(value)


# -- combo boxes ---------------------------------------------------------------------------
def fill_combo(combo: QComboBox, items: Iterable[tuple[Any, str]],
               none_label: str | None = None, keep: bool = True) -> None:
    """Replace the items; keeps the current value when it is still there."""
    current = combo_value(combo) if keep and combo.count() else None
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, text in items:
        combo.addItem(text, value)
    combo.blockSignals(False)
    if current is not None:
        set_combo_value(combo, current)


def combo_value(combo: QComboBox) -> Any:
    index = combo.currentIndex()
    return combo.itemData(index) if index >= 0 else None


def set_combo_value(combo: QComboBox, value: Any) -> bool:
    row_of = getattr(combo.model(), "row_of", None)  # a list model of thousands of people
    if row_of is not None:
        row = row_of(value)
        if row is not None:
            combo.setCurrentIndex(row)
        return row is not None
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False


# -- dates ---------------------------------------------------------------------------------
def setup_date(edit: QDateEdit, *, optional: bool = False, value: date | None = None) -> None:
    """A date edit with the long Danish format; optional ones can be empty ("–")."""
    edit.setLocale(i18n.locale())
    edit.setDisplayFormat("d MMMM yyyy" if i18n.lang() == "en" else "d. MMMM yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumWidth(170)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(_tr("common", "– ingen dato –"))
    set_date(edit, value if value is not None or optional else date.today())


def set_date(edit: QDateEdit, value: date | None) -> None:
    if value is None:
        edit.setDate(edit.minimumDate() if edit.minimumDate() == NO_DATE else
                     QDate.currentDate())
    else:
        edit.setDate(i18n.qdate(value))


def date_value(edit: QDateEdit) -> date | None:
    qd = edit.date()
    if edit.minimumDate() == NO_DATE and qd == NO_DATE:
        return None
    result: date = qd.toPython()  # type: ignore[assignment]
    return result


# -- tables --------------------------------------------------------------------------------
def setup_table(view: QTableView, *, stretch: int | None = None) -> None:
    """Rows selected as a whole; Tab leaves the table (arrow keys move inside it); a
    selected row keeps its cells' text colours."""
    from brobygger.ui.columns import EllipsisTipDelegate, remember_columns

    view.setTabKeyNavigation(False)
    view.setItemDelegate(EllipsisTipDelegate(view))  # cut-off text: "…" and the full tooltip
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    remember_columns(view)  # widths the user sets are kept
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


FIT_ROWS = 60  # rows measured when columns are fitted to their contents


def fit_columns(view: QTableView, widths: dict[int, int] | None = None,
                cap: int = 300, sample: int = FIT_ROWS) -> None:
    """Size columns to their contents (of the first ``sample`` rows), but no wider than
    ``cap`` (or ``widths[col]``) – unless the user has set the widths
    (:mod:`brobygger.ui.columns`): those are kept."""
    from brobygger.ui.columns import restore_columns

    if view.property("columnsRemembered") and restore_columns(view):
        return
    # the first FIT_ROWS rows show the typical widths, measured from their texts (Qt's
    # resizeColumnsToContents asks the Python delegate and model a dozen times per cell)
    from brobygger.ui.column_fit import content_widths

    header = view.horizontalHeader()
    header.setResizeContentsPrecision(max(1, sample))  # a double-click on a border, too
    for col, need in content_widths(view, sample).items():
        limit = widths.get(col, cap) if widths else cap
        if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Stretch:
            header.resizeSection(col, min(need, limit))


def fit_combo(combo: QComboBox, chars: int = 16) -> None:
    """About ``chars`` characters wide; a longer choice ends in "…" with a tooltip."""
    from brobygger.ui.columns import elide_combo

    elide_combo(combo, chars)


def selected_record(view: QTableView) -> Any:
    model = view.model()
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes or model is None:
        return None
    return model.data(indexes[0], Qt.ItemDataRole.UserRole)


def with_selected(view: QTableView, act: Callable[[Any], object]) -> None:
    """``act`` on the record selected in ``view`` (nothing when no row is selected)."""
    record = selected_record(view)
    if record is not None:
        act(record)


def select_record(view: QTableView, record: Any) -> bool:
    """Select ``record``'s row again (after a reload) if the view's model still lists it."""
    model: Any = view.model()  # a RecordTableModel (ui.models)
    row = model.row_of(record.id) if record is not None and model is not None else -1
    if row >= 0:
        view.selectRow(row)
    return row >= 0


def on_delete_key(view: QWidget, slot: Callable[[], None]) -> QShortcut:
    from brobygger.ui.shortcuts import DELETE_ROW

    shortcut = QShortcut(DELETE_ROW.sequences()[0], view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


# -- confirmations and errors --------------------------------------------------------------
def _confirm_dialog(parent: QWidget | None, title: str, text: str) -> bool:
    box = MessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(_tr("common", "Flyt til papirkurven"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


# Tests replace this to answer without a modal dialog.
confirm_hook: Callable[[QWidget | None, str, str], bool] = _confirm_dialog


def confirm_delete(parent: QWidget | None, what: str) -> bool:
    text = _tr("common",
               "Vil du slette {what}?\n\nDet flyttes til papirkurven, hvor du kan gendanne "
               "det (Filer → Papirkurv).").format(what=what)
    return confirm_hook(parent, _tr("common", "Slet"), text)


def delete_confirmed(parent: QWidget, ctx: Context, record: Any,
                     what: Callable[[Any], str], delete: Callable[..., object]) -> None:
    """Ask before moving ``record`` to the trash (``what`` names it in the question), then
    ``delete`` it in the background – refused if someone changed it since it was read
    (its version). Nothing happens when ``record`` is None (no row selected)."""
    if record is None or not confirm_delete(parent, what(record)):
        return
    ctx.tasks.run(lambda: delete(record.id, expected_version=record.version), None,
                  lambda exc: show_error(parent, exc), write=True)


def _question_dialog(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    box = MessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("common", "Annuller"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(button)
    box.exec()
    return box.clickedButton() is button


# Tests replace this to answer without a modal dialog: (parent, title, text, yes) -> bool.
question_hook: Callable[[QWidget | None, str, str, str], bool] = _question_dialog


def ask(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A warning question with a button that says what happens (``yes``) and Annuller."""
    return question_hook(parent, title, text, yes)


def _ask_save_path(parent: QWidget | None, title: str, suggested: Path,
                   filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


# Tests replace this: (parent, title, suggested path, filters) -> chosen path or None.
save_path_hook: Callable[[QWidget | None, str, Path, str], Path | None] = _ask_save_path


def documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def error_text(exc: BaseException) -> str:
    """The message for the user: a Brobygger error's own; for anything else only the kind
    of error – never the SQL statement or its parameters (see :mod:`brobygger.errorlog`)."""
    from brobygger.errorlog import safe_summary
    from brobygger.services.workspaces import is_disk_full

    if isinstance(exc, BrobyggerError):
        return exc.message
    if is_disk_full(exc):
        return _tr("common", "Disken er fuld – frigør plads og prøv igen; intet er gemt.")
    return _tr("common",
               "Der skete en uventet fejl, og handlingen blev ikke gennemført. Prøv igen; "
               "sker det igen, så genstart Brobygger. Dine data er ikke ændret.") + (
        f"\n\n({safe_summary(exc)})")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A non-blocking error message in Danish (never a traceback). An unexpected error is
    logged (redacted) and the dialog offers "Kopiér fejlrapport"."""
    from brobygger.errorlog import log_unexpected, report_text
    from brobygger.services.workspaces import is_disk_full

    box = MessageBox(QMessageBox.Icon.Warning, title or _tr("common", "Det lykkedes ikke"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not isinstance(exc, BrobyggerError) and not is_disk_full(exc):
        log_unexpected(exc)
        report = report_text(exc)
        copy = box.addButton(_tr("common", "Kopiér fejlrapport"),
                             QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(_tr("common", "Kopiér fejlrapport"))

        def _copy() -> None:
            from PySide6.QtWidgets import QApplication

            QApplication.clipboard().setText(report)

        copy.clicked.connect(_copy)
        box.setObjectName("unexpectedErrorBox")
    if parent is None:  # keep a parentless box alive until it is closed
        _OPEN_BOXES.append(box)
        box.finished.connect(lambda _r: _OPEN_BOXES.remove(box) if box in _OPEN_BOXES
                             else None)
    box.open()


_OPEN_BOXES: list[QMessageBox] = []


# -- html ----------------------------------------------------------------------------------
def esc(text: object) -> str:
    return html.escape(str(text or ""))


def paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in (text or "").split("\n") if p.strip())


def chip(text: str, bg: str, fg: str = "#1f2933") -> str:
    return (f'<span style="background-color:{bg}; color:{fg};">&nbsp;{esc(text)}&nbsp;</span>')


# -- inline errors in hand-made dialogs ------------------------------------------------------
class InlineErrors:
    """Danish error messages right under a dialog's fields (form layouts) and in one label
    for the whole dialog – the dialog stays open and keeps what the user typed."""

    wrap = False  # short messages: no word wrap, no stray height

    def __init__(self, dialog: QWidget, form_label: QLabel) -> None:
        from brobygger.ui import style

        self.dialog, self.form_label = dialog, form_label
        self.labels: dict[QWidget, QLabel] = {}
        style.set_role(form_label, "error")
        form_label.setWordWrap(True)
        form_label.hide()

    def clear(self) -> None:
        for w in self.labels:
            self.clear_at(w)
        self.form_label.clear()
        self.form_label.hide()

    def clear_at(self, widget: QWidget) -> None:
        """The message under ``widget`` goes (the user changed the field)."""
        label = self.labels.get(widget)
        if label is not None:
            label.hide()
        if widget.property("invalid"):
            _mark_invalid(widget, False)

    def place(self, widget: QWidget, label: QLabel) -> bool:
        """Put ``label`` right under ``widget``; False when there is no place for it."""
        return _place_under(widget, label)

    def show(self, widget: QWidget | None, message: str) -> None:
        """Under ``widget`` (and focus it), or for the whole dialog when None."""
        from brobygger.ui import style

        if widget is None:
            self.form_label.setText(message)
            self.form_label.show()
            return
        label = self.labels.get(widget)
        if label is None:
            label = QLabel(self.dialog)
            label.setWordWrap(self.wrap)
            style.set_role(label, "error")
            if not self.place(widget, label):
                self.show(None, message)
                return
            self.labels[widget] = label
        label.setText(message)
        label.show()
        _mark_invalid(widget, True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self, widget: QWidget | None = None) -> str:
        if widget is None:
            return self.form_label.text() if not self.form_label.isHidden() else ""
        label = self.labels.get(widget)
        return label.text() if label is not None and not label.isHidden() else ""


def _mark_invalid(w: QWidget, invalid: bool) -> None:
    w.setProperty("invalid", invalid)
    w.style().unpolish(w)
    w.style().polish(w)


def _place_under(w: QWidget, label: QLabel) -> bool:
    parent = w.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        position: Any = form.getWidgetPosition(w)
        row = int(position[0])
        if row >= 0:
            form.insertRow(row + 1, "", label)
            return True
    return False
