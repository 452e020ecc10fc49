"""The minutes mode: during or after the meeting the user goes through the items – who is
present, notes per item and, in one step from the item, a decision, an action, an ask or a
plague or barrier re-assessment (linked to the meeting and the item) – and sets the
meeting's status."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from brobygger.domain.meetings import MEETING_STATUSES
from brobygger.services.meetings import ItemView, MeetingView
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
from brobygger.ui.forms.ui_minutesdialog import Ui_MinutesDialog
from brobygger.ui.meetings import SECTION_STYLE, forms
from brobygger.ui.models import CheckListModel, Column, RecordTableModel


def links_html(title: str, links: Any, empty: str) -> str:
    rows = "".join(
        f"<li>{esc(lk.label)}" + (f" – {esc(lk.detail)}" if lk.detail else "") + "</li>"
        for lk in links
    )
    return f"<p><b>{esc(title)}</b></p>" + (
        f"<ul>{rows}</ul>" if rows else f"<p><i>{esc(empty)}</i></p>"
    )


class MinutesDialog(QDialog):
    def __init__(self, ctx: Context, meeting_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.view_data: MeetingView | None = None
        self._item_id: uuid.UUID | None = None
        self._saved_notes = ""
        self.ui = ui = Ui_MinutesDialog()  # the form: ui/minutesdialog.ui
        ui.setupUi(self)
        self.setAccessibleName(self.tr("Referat"))
        style.set_role(ui.heading, "title")
        ui.item_title.setStyleSheet(SECTION_STYLE)
        fill_combo(ui.status, i18n.choices(MEETING_STATUSES))
        self.heading, self.status, self.item_title = ui.heading, ui.status, ui.item_title
        self.presence_view, self.items_view = ui.presence_view, ui.items_view
        self.sources, self.notes, self.created = ui.sources, ui.notes, ui.created
        self.decision_button, self.action_button = ui.decision_button, ui.action_button
        self.plague_button, self.ask_button = ui.plague_button, ui.ask_button
        self.barrier_button = ui.barrier_button
        self.pdf_button, self.close_button = ui.pdf_button, ui.close_button
        self.presence = CheckListModel(parent=self)
        self.presence_view.setModel(self.presence)
        self.items = RecordTableModel(
            [
                Column(self.tr("Nr."), lambda iv: iv.item.position),
                Column(self.tr("Punkt"), lambda iv: iv.item.title),
                Column(self.tr("Oprettet"), lambda iv: len(iv.created) or ""),
            ],
            self,
        )
        self.items_view.setModel(self.items)
        setup_table(self.items_view, stretch=1)
        self.items_view.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        self.presence.dataChanged.connect(self._presence_changed)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        commands = ((ui.decision_button, self.new_decision), (ui.action_button, self.new_action),
                    (ui.plague_button, self.new_plague), (ui.ask_button, self.new_ask),
                    (ui.barrier_button, self.new_barrier), (ui.pdf_button, self.export_pdf),
                    (ui.close_button, self.finish))
        for button, command in commands:
            button.clicked.connect(command)
        self._loading = True
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        ms = self.ctx.svc.meetings
        self.ctx.tasks.run(
            lambda: ms.view(self.meeting_id),
            lambda v: self._show(v, select),
            lambda exc: show_error(self, exc),
        )

    def _show(self, view: MeetingView, select: uuid.UUID | None) -> None:
        self._loading = True
        self.view_data = view
        self.heading.setText(
            self.tr("Referat: {t}, {d}").format(
                t=view.title, d=i18n.fmt_date(view.meeting.meeting_date)
            )
        )
        set_combo_value(self.status, view.meeting.status)
        self.presence.set_items([(a.person_id, a.name) for a in view.attendees])
        self.presence.set_checked([a.person_id for a in view.attendees if a.present])
        current = select or self._item_id
        self.items.set_rows(view.items)
        row = next((n for n, iv in enumerate(view.items) if iv.item.id == current), 0)
        self._loading = False
        if view.items:
            self.items_view.selectRow(row)
            self._select()
        self._set_enabled(bool(view.items))

    def _set_enabled(self, on: bool) -> None:
        for w in (self.decision_button, self.action_button, self.plague_button,
                  self.barrier_button, self.ask_button, self.notes):
            w.setEnabled(on)

    def current_item(self) -> ItemView | None:
        index = self.items_view.currentIndex()
        if not index.isValid():
            return None
        record: ItemView | None = self.items.record(index.row())
        return record

    def _select(self) -> None:
        iv = self.current_item()
        if iv is None or self._loading:
            return
        if self._item_id is not None and self._item_id != iv.item.id:
            self.save_notes()
        self._item_id = iv.item.id
        self._saved_notes = iv.item.notes
        self.item_title.setText(f"{iv.item.position}. {iv.item.title}")
        self.sources.setHtml(
            links_html(self.tr("Grundlag"), iv.sources, self.tr("Ingen tilknyttede poster."))
            + (
                f"<p>{esc(iv.item.description)}</p>"
                if iv.item.description and not iv.sources
                else ""
            )
        )
        self.notes.setPlainText(iv.item.notes)
        self.created.setHtml(
            links_html(self.tr("Oprettet fra punktet"), iv.created, self.tr("Intet endnu."))
        )

    # -- writing -----------------------------------------------------------------------------
    def save_notes(self, then: Any = None) -> None:
        item_id, text = self._item_id, self.notes.toPlainText()
        if item_id is None or text == self._saved_notes:
            if then is not None:
                then()
            return
        self._saved_notes = text
        ms = self.ctx.svc.meetings

        def failed(exc: BaseException) -> None:
            self._saved_notes = ""  # keep what was typed; try again on the next save
            show_error(self, exc)

        self.ctx.tasks.run(
            lambda: ms.set_notes(item_id, text),
            (lambda _r: then()) if then is not None else None,
            failed,
            write=True,
        )

    def _presence_changed(self, *_args: Any) -> None:
        if self._loading or self.view_data is None:
            return
        ms = self.ctx.svc.meetings
        checked = set(self.presence.checked())
        changes = [
            (a.person_id, a.person_id in checked)
            for a in self.view_data.attendees
            if bool(a.present) != (a.person_id in checked)
        ]

        def work() -> None:
            for pid, present in changes:
                ms.set_presence(self.meeting_id, pid, present)

        if changes:
            self.ctx.tasks.run(
                work, lambda _r: self.reload(), lambda e: show_error(self, e), write=True
            )

    def _status_changed(self) -> None:
        status = combo_value(self.status)
        if self._loading or self.view_data is None or status == self.view_data.meeting.status:
            return
        ms = self.ctx.svc.meetings
        self.ctx.tasks.run(
            lambda: ms.set_status(self.meeting_id, status),
            lambda _r: self.reload(),
            lambda e: show_error(self, e),
            write=True,
        )

    def _open(self, dialog: forms.FormDialog) -> forms.FormDialog:
        item = self._item_id
        dialog.accepted.connect(lambda: self.reload(item))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self._child = dialog
        return dialog

    def _from_item(self, make: Callable[[ItemView], forms.FormDialog]
                   ) -> forms.FormDialog | None:
        """A dialog for the current item (its notes saved first); None without an item."""
        iv = self.current_item()
        if iv is None:
            return None
        self.save_notes()
        return self._open(make(iv))

    def new_decision(self) -> forms.FormDialog | None:
        return self._from_item(lambda iv: forms.DecisionDialog(self.ctx, iv.item.id, self))

    def new_action(self) -> forms.FormDialog | None:
        if self.view_data is None:
            return None
        people = [(a.person_id, a.name) for a in self.view_data.attendees]
        return self._from_item(lambda iv: forms.ActionDialog(
            self.ctx, iv.item.id, people,
            [(lk.record_id, lk.label) for lk in iv.created if lk.entity == "log_entry"], self))

    def new_plague(self) -> forms.FormDialog | None:
        return self._from_item(lambda iv: forms.PlagueDialog(self.ctx, iv.item.id, self))

    def new_barrier(self) -> forms.FormDialog | None:
        return self._from_item(lambda iv: forms.BarrierDialog(self.ctx, iv.item.id, self))

    def new_ask(self) -> forms.FormDialog | None:
        return self._from_item(lambda iv: forms.AskDialog(self.ctx, iv.item.id, self))

    def export_pdf(self) -> None:
        from brobygger.ui.meetings.exports import export_minutes

        self.save_notes(lambda: export_minutes(self.ctx, self, self.meeting_id))

    def finish(self) -> None:
        self.save_notes(self.accept)
