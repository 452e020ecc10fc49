"""The agenda builder ("Ny dagsorden"): the proposals from what is open – each with the
records it is about – which the user keeps (tick), reorders, edits (title, purpose, owner,
minutes) or drops, plus items of their own. The running time is shown as the list changes."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from brobygger.domain.meetings import ITEM_KINDS, ITEM_PURPOSES
from brobygger.services.agenda import Proposal, make_proposal
from brobygger.services.person_choices import person_choices
from brobygger.ui import i18n, style
from brobygger.ui.common import (
    Context,
    combo_value,
    esc,
    fill_combo,
    set_combo_value,
    setup_table,
    show_error,
)
from brobygger.ui.forms.ui_agendabuilderdialog import Ui_AgendaBuilderDialog
from brobygger.ui.pickers import replace_combo

Index = QModelIndex | QPersistentModelIndex


class ProposalModel(QAbstractTableModel):
    """Rows are [kept, Proposal]; the first column is checkable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []
        self.owners: dict[uuid.UUID, str] = {}
        self.headers = [
            self.tr("Punkt"),
            self.tr("Formål"),
            self.tr("Ansvarlig"),
            self.tr("Min."),
            self.tr("Grundlag"),
        ]

    def set_rows(self, rows: list[tuple[bool, Proposal]]) -> None:
        self.beginResetModel()
        self.rows = [[kept, p] for kept, p in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        kept, p = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                p.title,
                i18n.label(ITEM_PURPOSES, p.purpose),
                self.owners.get(p.owner_id, "–") if p.owner_id else "–",
                str(p.minutes),
                (
                    self.tr("1 post")
                    if len(p.links) == 1
                    else self.tr("{n} poster").format(n=len(p.links))
                )
                if p.links
                else "",
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and not kept:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor(style.MUTED))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self.rows[index.row()][0] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
            )
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def replace(self, row: int, proposal: Proposal) -> None:
        self.rows[row][1] = proposal
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        self.beginResetModel()
        self.rows.insert(target, self.rows.pop(row))
        self.endResetModel()
        return target

    def kept(self) -> list[Proposal]:
        return [p for kept, p in self.rows if kept]


class AgendaBuilderDialog(QDialog):
    """Build and save the agenda of one meeting."""

    def __init__(self, ctx: Context, meeting_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.ui = ui = Ui_AgendaBuilderDialog()  # the form: ui/agendabuilderdialog.ui
        ui.setupUi(self)
        self.setAccessibleName(self.tr("Ny dagsorden"))
        style.set_role(ui.heading, "title")  # long forum names wrap, never widen the dialog
        style.set_role(ui.hint, "hint")
        self.heading, self.view, self.total, self.links = ui.heading, ui.view, ui.total, ui.links
        self.up, self.down, self.add = ui.up, ui.down, ui.add
        self.title_edit, self.purpose, self.minutes = ui.title_edit, ui.purpose, ui.minutes
        self.owner = ui.owner = replace_combo(ui.owner)
        fill_combo(self.purpose, i18n.choices(ITEM_PURPOSES))
        self.model = ProposalModel(self)
        self.view.setModel(self.model)
        setup_table(self.view, stretch=0)
        self.buttons = ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem dagsorden"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.add.clicked.connect(self._add)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.dataChanged.connect(lambda *_: self._update_total())
        self.model.modelReset.connect(self._update_total)
        self.title_edit.editingFinished.connect(self._edit_current)
        self.purpose.currentIndexChanged.connect(lambda _i: self._edit_current())
        self.owner.currentIndexChanged.connect(lambda _i: self._edit_current())
        self.minutes.valueChanged.connect(lambda _v: self._edit_current())
        self._loading = False
        self.load()

    def load(self) -> None:
        svc = self.ctx.svc

        def work() -> dict[str, Any]:
            ms = svc.meetings
            view = ms.view(self.meeting_id)
            people = sorted(
                ((a.person_id, a.name) for a in view.attendees), key=lambda p: p[1].casefold()
            )
            attending = {a.person_id for a in view.attendees}
            return {
                "choices": [c for c in person_choices(svc) if c.id in attending],
                "draft": ms.agenda_draft(self.meeting_id),
                "people": people,
                "title": f"{view.title} – {i18n.fmt_date(view.meeting.meeting_date)}",
            }

        def done(data: dict[str, Any]) -> None:
            self.heading.setText(self.tr("Dagsorden: {t}").format(t=data["title"]))
            self.model.owners = dict(data["people"])
            self.owner.set_people(data["choices"], self.tr("– ingen –"))
            self.model.set_rows(data["draft"])
            if self.model.rows:
                self.view.selectRow(0)
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(0, 330)

        self.ctx.tasks.run(work, done, lambda exc: show_error(self, exc))

    def _current(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_current(self) -> None:
        row = self._current()
        if row < 0:
            return
        p: Proposal = self.model.rows[row][1]
        self._loading = True
        self.title_edit.setText(p.title)
        set_combo_value(self.purpose, p.purpose)
        if not set_combo_value(self.owner, p.owner_id):
            self.owner.setCurrentIndex(0)
        self.minutes.setValue(p.minutes)
        self._loading = False
        kind = i18n.label(ITEM_KINDS, p.kind)
        lines = "".join(
            f"<li>{esc(lk.label)}" + (f" – {esc(lk.detail)}" if lk.detail else "") + "</li>"
            for lk in p.links
        )
        self.links.setHtml(
            f"<p><b>{esc(kind)}</b></p>"
            + (
                f"<ul>{lines}</ul>"
                if lines
                else "<p>" + esc(self.tr("Et punkt uden tilknyttede poster.")) + "</p>"
            )
        )

    def _edit_current(self) -> None:
        row = self._current()
        if self._loading or row < 0:
            return
        p: Proposal = self.model.rows[row][1]
        self.model.replace(
            row,
            dataclasses.replace(
                p,
                title=self.title_edit.text().strip() or p.title,
                purpose=combo_value(self.purpose) or p.purpose,
                owner_id=combo_value(self.owner),
                minutes=self.minutes.value(),
            ),
        )

    def _move(self, delta: int) -> None:
        row = self.model.move(self._current(), delta)
        self.view.selectRow(row)

    def _add(self) -> None:
        p = make_proposal("andet", [], self.tr("Nyt punkt"))
        self.model.beginResetModel()
        self.model.rows.append([True, p])
        self.model.endResetModel()
        self.view.selectRow(len(self.model.rows) - 1)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _update_total(self) -> None:
        kept = self.model.kept()
        self.total.setText(
            self.tr("{n} punkter · samlet tid {m} min.").format(
                n=len(kept), m=sum(p.minutes for p in kept)
            )
        )

    def save(self) -> None:
        self._edit_current()
        kept = self.model.kept()
        ms = self.ctx.svc.meetings
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run(
            lambda: ms.save_agenda(self.meeting_id, kept),
            lambda _r: self.accept(),
            failed,
            write=True,
        )
