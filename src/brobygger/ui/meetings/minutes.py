"""The minutes mode: during or after the meeting the user goes through the items – who is
present, notes per item and, in one step from the item, a decision, an action or a plague
re-assessment (linked to the meeting and the item) – and sets the meeting's status."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

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
        self.setWindowTitle(self.tr("Referat"))
        self.setAccessibleName(self.tr("Referat"))
        self.resize(1080, 700)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)  # long forum names must not widen the dialog
        style.set_role(self.heading, "title")
        top.addWidget(self.heading, 1)
        status_label = QLabel(self.tr("Status:"), self)
        top.addWidget(status_label)
        self.status = QComboBox(self)
        fill_combo(self.status, i18n.choices(MEETING_STATUSES))
        self.status.setAccessibleName(self.tr("Mødets status"))
        status_label.setBuddy(self.status)
        top.addWidget(self.status)
        layout.addLayout(top)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 2)
        self._build_left(left)
        right = QVBoxLayout()
        body.addLayout(right, 3)
        self._build_right(right)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Referat som PDF …"), self)
        self.close_button = QPushButton(self.tr("Gem og luk"), self)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.items_view.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        self.presence.dataChanged.connect(self._presence_changed)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.decision_button.clicked.connect(self.new_decision)
        self.action_button.clicked.connect(self.new_action)
        self.plague_button.clicked.connect(self.new_plague)
        self.ask_button.clicked.connect(self.new_ask)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.close_button.clicked.connect(self.finish)
        self._loading = True
        self.reload()

    def _build_left(self, left: QVBoxLayout) -> None:
        left.addWidget(QLabel(self.tr("Til stede (flueben):"), self))
        self.presence = CheckListModel(parent=self)
        self.presence_view = QListView(self)
        self.presence_view.setModel(self.presence)
        self.presence_view.setAccessibleName(self.tr("Til stede"))
        self.presence_view.setMaximumHeight(170)
        left.addWidget(self.presence_view)
        left.addWidget(QLabel(self.tr("Punkter:"), self))
        self.items = RecordTableModel(
            [
                Column(self.tr("Nr."), lambda iv: iv.item.position),
                Column(self.tr("Punkt"), lambda iv: iv.item.title),
                Column(self.tr("Oprettet"), lambda iv: len(iv.created) or ""),
            ],
            self,
        )
        self.items_view = QTableView(self)
        self.items_view.setModel(self.items)
        setup_table(self.items_view, stretch=1)
        self.items_view.setAccessibleName(self.tr("Dagsordenens punkter"))
        left.addWidget(self.items_view, 1)

    def _build_right(self, right: QVBoxLayout) -> None:
        self.item_title = QLabel(self)
        self.item_title.setStyleSheet(SECTION_STYLE)
        self.item_title.setWordWrap(True)
        right.addWidget(self.item_title)
        self.sources = QTextBrowser(self)
        self.sources.setAccessibleName(self.tr("Punktets grundlag"))
        self.sources.setMaximumHeight(150)
        right.addWidget(self.sources)
        right.addWidget(QLabel(self.tr("Referat af punktet:"), self))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Referat af punktet"))
        self.notes.setTabChangesFocus(True)
        right.addWidget(self.notes, 1)
        buttons = QHBoxLayout()
        self.decision_button = QPushButton(self.tr("Beslutning …"), self)
        self.action_button = QPushButton(self.tr("Handling …"), self)
        self.plague_button = QPushButton(self.tr("Plage …"), self)
        self.ask_button = QPushButton(self.tr("Anmodning …"), self)
        for b in (self.decision_button, self.action_button, self.ask_button,
                  self.plague_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right.addLayout(buttons)
        self.created = QTextBrowser(self)
        self.created.setAccessibleName(self.tr("Oprettet fra punktet"))
        self.created.setMaximumHeight(140)
        right.addWidget(self.created)

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
                  self.ask_button, self.notes):
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

    def new_decision(self) -> forms.FormDialog | None:
        iv = self.current_item()
        if iv is None:
            return None
        self.save_notes()
        return self._open(forms.DecisionDialog(self.ctx, iv.item.id, self))

    def new_action(self) -> forms.FormDialog | None:
        iv = self.current_item()
        if iv is None or self.view_data is None:
            return None
        self.save_notes()
        people = [(a.person_id, a.name) for a in self.view_data.attendees]
        decisions = [(lk.record_id, lk.label) for lk in iv.created if lk.entity == "log_entry"]
        return self._open(forms.ActionDialog(self.ctx, iv.item.id, people, decisions, self))

    def new_plague(self) -> forms.FormDialog | None:
        iv = self.current_item()
        if iv is None:
            return None
        self.save_notes()
        return self._open(forms.PlagueDialog(self.ctx, iv.item.id, self))

    def new_ask(self) -> forms.FormDialog | None:
        iv = self.current_item()
        if iv is None:
            return None
        self.save_notes()
        return self._open(forms.AskDialog(self.ctx, iv.item.id, self))

    def export_pdf(self) -> None:
        from brobygger.ui.meetings.exports import export_minutes

        self.save_notes(lambda: export_minutes(self.ctx, self, self.meeting_id))

    def finish(self) -> None:
        self.save_notes(self.accept)
