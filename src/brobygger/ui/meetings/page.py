"""Møder: the forums' meetings (upcoming first), the selected meeting's agenda, presence and
what its minutes created; from here the agenda builder, the minutes mode, the next meeting
and the PDFs and the invitation."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from brobygger.domain.meetings import FORUM_KINDS, ITEM_PURPOSES, MEETING_STATUSES
from brobygger.services.meetings import MeetingView
from brobygger.ui import i18n, style
from brobygger.ui.common import (
    Context,
    combo_value,
    esc,
    fill_combo,
    fit_columns,
    selected_record,
    setup_table,
    show_error,
)
from brobygger.ui.forms.ui_meetingspage import Ui_MeetingsPage
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.meetings import MEETING_TABLES, exports, forms
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.page import ALL_TABLES, Page


def _when(m: Any) -> str:
    text = i18n.fmt_date_short(m.meeting_date)
    if m.start_time is not None:
        text += f" {m.start_time:%H.%M}"
    return text



def meeting_html(view: MeetingView) -> str:
    """The meeting view: forum, time, place, people, the agenda with each item's basis,
    notes and what was created from it."""
    m, f = view.meeting, view.forum
    when = (
        i18n.fmt_date(m.meeting_date)
        + (f", {m.start_time:%H.%M}" if m.start_time else "")
        + (f"–{m.end_time:%H.%M}" if m.end_time else "")
    )
    parts = [
        f"<h2>{esc(view.title)}</h2>",
        f"<p>{esc(i18n.label(FORUM_KINDS, f.kind))} · {esc(when)}"
        + (f" · {esc(m.place)}" if m.place else "")
        + "<br/>"
        + esc(_tr("MeetingsPage", "Status: {s}").format(s=i18n.label(MEETING_STATUSES, m.status)))
        + " · "
        + esc(
            _tr("MeetingsPage", "{n} punkter, {t} min.").format(
                n=len(view.items), t=view.running_minutes
            )
        )
        + "</p>",
    ]
    people = ", ".join(
        esc(a.name)
        + (
            ""
            if a.present is None
            else (" ✓" if a.present else " " + _tr("MeetingsPage", "(afbud)"))
        )
        for a in view.attendees
    )
    parts.append(f"<p><b>{esc(_tr('MeetingsPage', 'Deltagere'))}:</b> {people or '–'}</p>")
    if not view.items:
        none = _tr("MeetingsPage", "Ingen dagsorden endnu. Vælg »Ny dagsorden …«.")
        parts.append(f"<p><i>{esc(none)}</i></p>")
    for iv in view.items:
        it = iv.item
        meta = i18n.label(ITEM_PURPOSES, it.purpose) + (
            f", {iv.owner_name}" if iv.owner_name else ""
        )
        parts.append(
            f"<h3>{it.position}. {esc(it.title)}</h3>"
            f"<p style='color:{style.MUTED}'>{esc(meta)} · {it.minutes} min.</p>"
        )
        if iv.sources:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>{esc(lk.label)}" + (f" – {esc(lk.detail)}" if lk.detail else "") + "</li>"
                    for lk in iv.sources
                )
                + "</ul>"
            )
        if it.notes:
            parts.append(f"<p><b>{esc(_tr('MeetingsPage', 'Referat'))}:</b> {esc(it.notes)}</p>")
        if iv.created:
            parts.append(
                f"<p><b>{esc(_tr('MeetingsPage', 'Oprettet'))}:</b></p><ul>"
                + "".join(
                    f"<li>{esc(lk.label)}" + (f" – {esc(lk.detail)}" if lk.detail else "") + "</li>"
                    for lk in iv.created
                )
                + "</ul>"
            )
    return "".join(parts)


class MeetingsPage(Page):
    tables: ClassVar[frozenset[str]] = MEETING_TABLES | ALL_TABLES
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.forums: dict[uuid.UUID, str] = {}
        self.ui = ui = Ui_MeetingsPage()  # the form: ui/meetingspage.ui
        ui.setupUi(self)
        style.set_role(ui.title, "title")
        style.set_role(ui.summary, "hint")
        self.forum_filter, self.show_filter = ui.forumFilter, ui.showFilter
        self.summary, self.table, self.detail = ui.summary, ui.table, ui.detail
        fill_combo(
            self.show_filter,
            [("upcoming", self.tr("Kommende og seneste")), ("all", self.tr("Alle møder"))],
        )
        self.model = RecordTableModel(
            [
                Column(self.tr("Tid"), _when),
                Column(self.tr("Forum"), lambda m: self.forums.get(m.forum_id, "")),
                Column(self.tr("Status"), lambda m: i18n.label(MEETING_STATUSES, m.status)),
            ],
            self,
        )
        self.table.setModel(self.model)
        setup_table(self.table, stretch=1)
        ui.splitter.setSizes([430, 620])
        self.buttons: dict[str, QPushButton] = {
            "forum": ui.forumButton, "meeting": ui.meetingButton, "next": ui.nextButton,
            "agenda": ui.agendaButton, "minutes": ui.minutesButton,
            "agenda_pdf": ui.agendaPdfButton, "ics": ui.icsButton,
            "minutes_pdf": ui.minutesPdfButton}
        self.buttons["forum"].clicked.connect(self.new_forum)
        self.buttons["meeting"].clicked.connect(self.new_meeting)
        self.buttons["next"].clicked.connect(self.plan_next)
        self.buttons["agenda"].clicked.connect(self.open_builder)
        self.buttons["minutes"].clicked.connect(self.open_minutes)
        self.buttons["agenda_pdf"].clicked.connect(
            lambda: self._with_meeting(lambda m: exports.export_agenda(self.ctx, self, m.id))
        )
        self.buttons["ics"].clicked.connect(
            lambda: self._with_meeting(lambda m: exports.export_invitation(self.ctx, self, m.id))
        )
        self.buttons["minutes_pdf"].clicked.connect(
            lambda: self._with_meeting(lambda m: exports.export_minutes(self.ctx, self, m.id))
        )
        self.forum_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _i: self.open_minutes())
        self._select_id: uuid.UUID | None = None
        self._dialog: QDialog | None = None

    # -- loading -------------------------------------------------------------------------------
    def reload(self, generation: int) -> None:
        svc = self.ctx.svc
        forum_id = combo_value(self.forum_filter)
        show = combo_value(self.show_filter)

        def work() -> dict[str, Any]:
            ms = svc.meetings
            meetings = ms.meetings.list(forum_id=forum_id)
            if show == "upcoming":
                today = date.today()
                past = [m for m in meetings if m.meeting_date < today][-3:]
                meetings = [m for m in meetings if m.meeting_date >= today] + past[::-1]
            else:
                meetings = meetings[::-1]
            return {"forums": ms.forums.all(), "meetings": meetings}

        def done(data: dict[str, Any]) -> None:
            if not self.is_current(generation):
                return
            self.forums = {f.id: f.name for f in data["forums"]}
            fill_combo(
                self.forum_filter,
                [(f.id, f.name) for f in data["forums"]],
                none_label=self.tr("Alle fora"),
            )
            current = selected_record(self.table)
            self.model.set_rows(data["meetings"])
            fit_columns(self.table, {1: 260})
            wanted = self._select_id or (current.id if current is not None else None)
            row = self.model.row_of(wanted) if wanted else -1
            if row < 0 and self.model.rows:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
            self.show_selected()
            self.summary.setText(
                self.tr("{f} fora · {m} møder vist").format(
                    f=len(data["forums"]), m=len(data["meetings"])
                )
                if data["forums"]
                else self.tr(
                    "Ingen fora endnu. Opret styregruppen, driftsmødet eller "
                    "arbejdsgruppen med »Nyt forum …«."
                )
            )

        self.ctx.tasks.run(work, done)

    def selected(self) -> Any:
        return selected_record(self.table)

    def select_meeting(self, meeting_id: uuid.UUID) -> None:
        self._select_id = meeting_id
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)
        else:  # not among the upcoming: show all meetings
            self.show_filter.setCurrentIndex(1)
            self.refresh()

    def show_selected(self) -> None:
        m = self.selected()
        for key in ("next", "agenda", "minutes", "agenda_pdf", "ics", "minutes_pdf"):
            self.buttons[key].setEnabled(m is not None)
        if m is None:
            self.detail.setHtml("")
            return
        self._select_id = m.id
        ms = self.ctx.svc.meetings

        def done(view: MeetingView) -> None:
            current = self.selected()
            if current is not None and current.id == view.meeting.id:
                self.detail.setHtml(meeting_html(view))

        self.ctx.tasks.run(lambda: ms.view(m.id), done, lambda exc: show_error(self, exc))

    def _with_meeting(self, fn: Any) -> None:
        m = self.selected()
        if m is not None:
            fn(m)

    # -- commands ------------------------------------------------------------------------------
    def _keep(self, dialog: QDialog) -> QDialog:
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_forum(self) -> None:
        svc = self.ctx.svc

        def work() -> tuple[list[Any], list[Any]]:
            return ([(i.id, i.name) for i in svc.initiatives.all()],
                    [(p.id, p.name) for p in svc.people.all()])

        def done(lists: tuple[list[Any], list[Any]]) -> None:
            self._keep(forms.ForumDialog(self.ctx, lists[0], lists[1], self.window()))

        self.ctx.tasks.run(work, done, lambda exc: show_error(self, exc))

    def new_meeting(self) -> None:
        ms = self.ctx.svc.meetings
        forum_id = combo_value(self.forum_filter)

        def done(forums: list[Any]) -> None:
            dlg = forms.MeetingDialog(self.ctx, [(f.id, f.name) for f in forums], forum_id,
                                      self.window())
            dlg.accepted.connect(lambda: self._created(dlg.result_value))
            self._keep(dlg)

        self.ctx.tasks.run(ms.forums.all, done, lambda exc: show_error(self, exc))

    def _created(self, meeting: Any) -> None:
        if meeting is not None:
            self._select_id = meeting.id

    def plan_next(self) -> None:
        m = self.selected()
        if m is None:
            return
        ms = self.ctx.svc.meetings
        self.ctx.tasks.run(
            lambda: ms.plan_next(m.forum_id),
            self._created,
            lambda exc: show_error(self, exc),
            write=True,
        )

    def open_builder(self) -> QDialog | None:
        from brobygger.ui.meetings.builder import AgendaBuilderDialog

        m = self.selected()
        return None if m is None else self._keep(AgendaBuilderDialog(self.ctx, m.id, self.window()))

    def open_minutes(self) -> QDialog | None:
        from brobygger.ui.meetings.minutes import MinutesDialog

        m = self.selected()
        return None if m is None else self._keep(MinutesDialog(self.ctx, m.id, self.window()))
