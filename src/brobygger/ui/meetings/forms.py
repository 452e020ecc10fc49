"""Small form dialogs of the meetings view: a forum, a meeting, and – from an agenda item
in the minutes – a decision, an action and a plague re-assessment. Each dialog runs its
write in the background; an error is shown under the form and nothing typed is lost."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.catalogue import ASK_LEVELS, DECISION_STATUSES, PLAGUES
from brobygger.domain.meetings import FORUM_KINDS
from brobygger.ui import i18n
from brobygger.ui.common import (
    Context,
    InlineErrors,
    combo_value,
    date_value,
    error_text,
    fill_combo,
    set_combo_value,
    setup_date,
)
from brobygger.ui.models import CheckListModel


class FormDialog(QDialog):
    """A dialog with a form, OK/Cancel and inline errors. Subclasses fill ``self.form`` and
    implement :meth:`work` (runs in the background) and may override :meth:`fields`."""

    def __init__(self, ctx: Context, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error_label = QLabel(self)
        layout.addWidget(self.error_label)
        self.errors = InlineErrors(self, self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label.rstrip(":"))
        self.form.addRow(label, widget)
        return widget

    def field_widgets(self) -> dict[str, QWidget]:
        return {}

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            job = self.work()
        except ValueError as exc:
            self.errors.show(None, str(exc))
            return
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(job, self._done, self._failed, write=True)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = getattr(exc, "field", None)
        widget = self.field_widgets().get(str(field)) if field else None
        self.errors.show(widget, error_text(exc))


def _line(text: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setText(text)
    return edit


def _time_edit(value: QTime | None = None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setTime(value or QTime(14, 0))
    return edit


class ForumDialog(FormDialog):
    def __init__(
        self,
        ctx: Context,
        initiatives: Sequence[tuple[uuid.UUID, str]],
        people: Sequence[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Nyt forum"), parent)
        self.name = self.add_row(self.tr("Navn:"), _line())
        self.kind = QComboBox()
        fill_combo(self.kind, i18n.choices(FORUM_KINDS))
        self.add_row(self.tr("Type:"), self.kind)
        self.rhythm = QSpinBox()
        self.rhythm.setRange(0, 104)
        self.rhythm.setValue(6)
        self.rhythm.setSpecialValueText(self.tr("ingen fast rytme"))
        self.rhythm.setSuffix(self.tr(" uger"))
        self.add_row(self.tr("Mødes hver:"), self.rhythm)
        self.place = self.add_row(self.tr("Fast mødested:"), _line())
        from PySide6.QtWidgets import QListView

        self.initiatives = CheckListModel(initiatives, self)
        view = QListView()
        view.setModel(self.initiatives)
        view.setMaximumHeight(110)
        self.add_row(self.tr("Initiativer:"), view)
        self.members = CheckListModel(people, self)
        members = QListView()
        members.setModel(self.members)
        members.setMaximumHeight(150)
        self.add_row(self.tr("Medlemmer:"), members)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "rhythm_weeks": self.rhythm}

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        name = self.name.text()  # type: ignore[attr-defined]
        kind, rhythm = combo_value(self.kind), self.rhythm.value() or None
        place = self.place.text()  # type: ignore[attr-defined]
        initiatives, members = self.initiatives.checked(), self.members.checked()
        return lambda: ms.create_forum(
            name=name,
            kind=kind,
            rhythm_weeks=rhythm,
            place=place,
            initiative_ids=initiatives,
            members=[(pid, "") for pid in members],
        )


class MeetingDialog(FormDialog):
    def __init__(
        self,
        ctx: Context,
        forums: Sequence[tuple[uuid.UUID, str]],
        forum_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Nyt møde"), parent)
        self.forum = QComboBox()
        fill_combo(self.forum, forums)
        if forum_id is not None:
            from brobygger.ui.common import set_combo_value

            set_combo_value(self.forum, forum_id)
        self.add_row(self.tr("Forum:"), self.forum)
        self.day = QDateEdit()
        setup_date(self.day)
        self.add_row(self.tr("Dato:"), self.day)
        self.has_time = QCheckBox(self.tr("Med klokkeslæt"))
        self.has_time.setChecked(True)
        self.add_row("", self.has_time)
        self.start = self.add_row(self.tr("Fra:"), _time_edit(QTime(14, 0)))
        self.end = self.add_row(self.tr("Til:"), _time_edit(QTime(16, 0)))
        self.place = self.add_row(self.tr("Sted eller link (tomt: forummets):"), _line())

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "start_time": self.start,
            "end_time": self.end,
            "meeting_date": self.day,
            "forum_id": self.forum,
        }

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        forum = combo_value(self.forum)
        if forum is None:
            raise ValueError(self.tr("Opret først et forum."))
        day = date_value(self.day)
        timed = self.has_time.isChecked()
        start = self.start.time().toPython() if timed else None  # type: ignore[attr-defined]
        end = self.end.time().toPython() if timed else None  # type: ignore[attr-defined]
        place = self.place.text().strip() or None  # type: ignore[attr-defined]
        return lambda: ms.schedule(
            forum, day or date.today(), start_time=start, end_time=end, place=place
        )


class DecisionDialog(FormDialog):
    """A decision or agreement from an agenda item (a log entry with status)."""

    def __init__(self, ctx: Context, item_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Beslutning fra punktet"), parent)
        self.item_id = item_id
        self.kind = QComboBox()
        fill_combo(
            self.kind, [("beslutning", self.tr("Beslutning")), ("aftale", self.tr("Aftale"))]
        )
        self.add_row(self.tr("Type:"), self.kind)
        self.title_edit = self.add_row(self.tr("Titel:"), _line())
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.add_row(self.tr("Tekst:"), self.body)
        self.status = QComboBox()
        fill_combo(self.status, i18n.choices(DECISION_STATUSES))
        self.add_row(self.tr("Status:"), self.status)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "body": self.body}

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        kind, status = combo_value(self.kind), combo_value(self.status)
        title = self.title_edit.text()  # type: ignore[attr-defined]
        body = self.body.toPlainText()
        item = self.item_id
        return lambda: ms.record_decision(item, title=title, body=body, type=kind, status=status)


class ActionDialog(FormDialog):
    """An action (owner, due date) from an agenda item, optionally linked to a decision."""

    def __init__(
        self,
        ctx: Context,
        item_id: uuid.UUID,
        people: Sequence[tuple[uuid.UUID, str]],
        decisions: Sequence[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Handling fra punktet"), parent)
        self.item_id = item_id
        self.title_edit = self.add_row(self.tr("Handling:"), _line())
        from brobygger.ui.pickers import PersonPicker

        self.owner = PersonPicker()
        self.owner.set_plain(people, self.tr("– ingen –"))
        self.add_row(self.tr("Ansvarlig:"), self.owner)
        self.due = QDateEdit()
        setup_date(self.due, optional=True)
        self.add_row(self.tr("Frist:"), self.due)
        self.decision = QComboBox()
        fill_combo(self.decision, decisions, none_label=self.tr("– ingen –"))
        if decisions:
            self.decision.setCurrentIndex(len(decisions))
        self.add_row(self.tr("Følger af beslutningen:"), self.decision)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "owner_id": self.owner, "due_date": self.due}

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        title = self.title_edit.text()  # type: ignore[attr-defined]
        owner, decision = combo_value(self.owner), combo_value(self.decision)
        due = date_value(self.due)
        item = self.item_id
        return lambda: ms.record_action(
            item, title=title, owner_id=owner, due_date=due, decision_id=decision
        )


class PlagueDialog(FormDialog):
    """A plague re-assessment from an agenda item."""

    def __init__(self, ctx: Context, item_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Plage vurderet på mødet"), parent)
        self.item_id = item_id
        self.plague = QComboBox()
        fill_combo(self.plague, i18n.choices(PLAGUES))
        self.add_row(self.tr("Plage:"), self.plague)
        self.severity = QSpinBox()
        self.severity.setRange(0, 3)
        self.severity.setValue(2)
        self.add_row(self.tr("Alvor (0–3):"), self.severity)
        self.note = self.add_row(self.tr("Note:"), _line())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"note": self.note, "severity": self.severity}

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        plague, severity = combo_value(self.plague), self.severity.value()
        note = self.note.text()  # type: ignore[attr-defined]
        item = self.item_id
        return lambda: ms.record_plague(item, plague=plague, severity=severity, note=note)


class AskDialog(FormDialog):
    """An ask raised at the meeting from an agenda item: what, to whom, answer due."""

    def __init__(self, ctx: Context, item_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Anmodning fra punktet"), parent)
        self.item_id = item_id
        self.title_edit = self.add_row(self.tr("Hvad der bedes om:"), _line())
        self.addressee = self.add_row(self.tr("Til (organisation, forum eller person):"),
                                      _line())
        self.level = QComboBox()
        fill_combo(self.level, i18n.choices(ASK_LEVELS))
        set_combo_value(self.level, "topledelse")
        self.add_row(self.tr("Niveau:"), self.level)
        self.due = QDateEdit()
        setup_date(self.due, optional=True)
        self.add_row(self.tr("Svar senest:"), self.due)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.add_row(self.tr("Begrundelse:"), self.reason)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "addressee": self.addressee, "due_date": self.due,
                "reason": self.reason, "level": self.level}

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        title = self.title_edit.text()  # type: ignore[attr-defined]
        to = self.addressee.text()  # type: ignore[attr-defined]
        level, due, reason = combo_value(self.level), date_value(self.due), \
            self.reason.toPlainText()
        item = self.item_id
        return lambda: ms.record_ask(item, title=title, addressee=to, level=level,
                                     due_date=due, reason=reason)
