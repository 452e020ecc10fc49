"""Small form dialogs of the meetings view: a forum, a meeting, and – from an agenda item
in the minutes – a decision, an action, an ask and a plague re-assessment. Each is a Qt
Designer form (``ui/*.ui``, compiled to ``ui/forms``); each dialog runs its write in the
background; an error is shown under the form and nothing typed is lost."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from brobygger.domain.catalogue import (
    ASK_LEVELS,
    BARRIER_STATUSES,
    BARRIERS,
    DECISION_STATUSES,
    ESCALATION_LEVELS,
    PLAGUES,
)
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
from brobygger.ui.forms.ui_forumdialog import Ui_ForumDialog
from brobygger.ui.forms.ui_itemactiondialog import Ui_ItemActionDialog
from brobygger.ui.forms.ui_itemaskdialog import Ui_ItemAskDialog
from brobygger.ui.forms.ui_itembarrierdialog import Ui_ItemBarrierDialog
from brobygger.ui.forms.ui_itemdecisiondialog import Ui_ItemDecisionDialog
from brobygger.ui.forms.ui_itemplaguedialog import Ui_ItemPlagueDialog
from brobygger.ui.forms.ui_meetingdialog import Ui_MeetingDialog
from brobygger.ui.models import CheckListModel

Choices = Sequence[tuple[uuid.UUID, str]]
"""What a combo box or check list offers: (id, text) pairs."""


class FormDialog(QDialog):
    """A dialog from a Qt Designer form (``ui_class``: the window title, a form layout
    ``form`` and the ``buttons`` OK/Cancel) with inline errors. Subclasses fill their
    widgets, implement :meth:`work` (runs in the background) and may override
    :meth:`field_widgets`."""

    ui_class: ClassVar[type]

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = self.ui_class()
        self.ui.setupUi(self)  # the form's (translated) title
        self.setAccessibleName(self.windowTitle())
        self.result_value: Any = None
        self.form: QFormLayout = self.ui.form
        self.error_label = QLabel(self)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(self.ui.buttons), self.error_label)
        self.errors = InlineErrors(self, self.error_label)
        self.buttons: QDialogButtonBox = self.ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

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


class ItemDialog(FormDialog):
    """A record made from an agenda item in the minutes (linked to the meeting and the
    item): subclasses fill their widgets in :meth:`setup` and write with :meth:`record`."""

    def __init__(self, ctx: Context, item_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.item_id = item_id
        self.setup()

    def setup(self) -> None:
        """Hook: name and fill the form's widgets."""

    def record(self, method: str, **values: Any) -> Callable[[], Any]:
        """The write: ``svc.meetings.<method>(item_id, **values)`` (values read now, on the
        UI thread; the call runs in the background)."""
        write, item = getattr(self.ctx.svc.meetings, method), self.item_id
        return lambda: write(item, **values)


class ForumDialog(FormDialog):
    """A new forum (the form: ui/forumdialog.ui)."""

    ui_class = Ui_ForumDialog

    def __init__(self, ctx: Context, initiatives: Choices, people: Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.name, self.kind, self.rhythm, self.place = ui.name, ui.kind, ui.rhythm, ui.place
        fill_combo(self.kind, i18n.choices(FORUM_KINDS))
        self.initiatives = CheckListModel(initiatives, self)
        ui.initiativesView.setModel(self.initiatives)
        self.members = CheckListModel(people, self)
        ui.membersView.setModel(self.members)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "rhythm_weeks": self.rhythm}

    def work(self) -> Callable[[], Any]:
        ms = self.ctx.svc.meetings
        name = self.name.text()
        kind, rhythm = combo_value(self.kind), self.rhythm.value() or None
        place = self.place.text()
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
    """A new meeting of a forum (the form: ui/meetingdialog.ui)."""

    ui_class = Ui_MeetingDialog

    def __init__(self, ctx: Context, forums: Choices, forum_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.forum, self.day, self.has_time = ui.forum, ui.day, ui.has_time
        self.start, self.end, self.place = ui.start, ui.end, ui.place
        fill_combo(self.forum, forums)
        if forum_id is not None:
            set_combo_value(self.forum, forum_id)
        setup_date(self.day)
        self.start.setTime(QTime(14, 0))
        self.end.setTime(QTime(16, 0))

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
        start = self.start.time().toPython() if timed else None
        end = self.end.time().toPython() if timed else None
        place = self.place.text().strip() or None
        return lambda: ms.schedule(
            forum, day or date.today(), start_time=start, end_time=end, place=place
        )


class DecisionDialog(ItemDialog):
    """A decision or agreement from an agenda item (a log entry with status; the form:
    ui/itemdecisiondialog.ui)."""

    ui_class = Ui_ItemDecisionDialog

    def setup(self) -> None:
        ui = self.ui
        self.kind, self.title_edit, self.body, self.status = (
            ui.kind, ui.title_edit, ui.body, ui.status)
        fill_combo(
            self.kind, [("beslutning", self.tr("Beslutning")), ("aftale", self.tr("Aftale"))]
        )
        fill_combo(self.status, i18n.choices(DECISION_STATUSES))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "body": self.body}

    def work(self) -> Callable[[], Any]:
        return self.record("record_decision", title=self.title_edit.text(),
                           body=self.body.toPlainText(), type=combo_value(self.kind),
                           status=combo_value(self.status))


class ActionDialog(ItemDialog):
    """An action (owner, due date) from an agenda item, optionally linked to a decision
    (the form: ui/itemactiondialog.ui)."""

    ui_class = Ui_ItemActionDialog

    def __init__(
        self,
        ctx: Context,
        item_id: uuid.UUID,
        people: Choices,
        decisions: Choices,
        parent: QWidget | None = None,
    ) -> None:
        self.people, self.decisions = people, decisions
        super().__init__(ctx, item_id, parent)

    def setup(self) -> None:
        from brobygger.ui.pickers import replace_combo

        ui, people, decisions = self.ui, self.people, self.decisions
        self.title_edit, self.due, self.decision = ui.title_edit, ui.due, ui.decision
        self.owner = ui.owner = replace_combo(ui.owner)
        self.owner.set_plain(people, self.tr("– ingen –"))
        setup_date(self.due, optional=True)
        fill_combo(self.decision, decisions, none_label=self.tr("– ingen –"))
        if decisions:
            self.decision.setCurrentIndex(len(decisions))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "owner_id": self.owner, "due_date": self.due}

    def work(self) -> Callable[[], Any]:
        return self.record("record_action", title=self.title_edit.text(),
                           owner_id=combo_value(self.owner), due_date=date_value(self.due),
                           decision_id=combo_value(self.decision))


class PlagueDialog(ItemDialog):
    """A plague re-assessment from an agenda item (the form: ui/itemplaguedialog.ui)."""

    ui_class = Ui_ItemPlagueDialog

    def setup(self) -> None:
        ui = self.ui
        self.plague, self.severity, self.note = ui.plague, ui.severity, ui.note
        fill_combo(self.plague, i18n.choices(PLAGUES))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"note": self.note, "severity": self.severity}

    def work(self) -> Callable[[], Any]:
        return self.record("record_plague", plague=combo_value(self.plague),
                           severity=self.severity.value(), note=self.note.text())


class AskDialog(ItemDialog):
    """An ask raised at the meeting from an agenda item: what, to whom, answer due (the
    form: ui/itemaskdialog.ui)."""

    ui_class = Ui_ItemAskDialog

    def setup(self) -> None:
        ui = self.ui
        self.title_edit, self.addressee, self.level = ui.title_edit, ui.addressee, ui.level
        self.due, self.reason = ui.due, ui.reason
        fill_combo(self.level, i18n.choices(ASK_LEVELS))
        set_combo_value(self.level, "topledelse")
        setup_date(self.due, optional=True)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "addressee": self.addressee, "due_date": self.due,
                "reason": self.reason, "level": self.level}

    def work(self) -> Callable[[], Any]:
        return self.record("record_ask", title=self.title_edit.text(),
                           addressee=self.addressee.text(), level=combo_value(self.level),
                           due_date=date_value(self.due), reason=self.reason.toPlainText())


class BarrierDialog(ItemDialog):
    """A barrier re-assessment from an agenda item: impact, escalation level, what is asked
    of whom, status (the form: ui/itembarrierdialog.ui). A concrete ask becomes an ask."""

    ui_class = Ui_ItemBarrierDialog

    def setup(self) -> None:
        ui = self.ui
        self.barrier, self.impact, self.level = ui.barrier, ui.impact, ui.escalation_level
        self.ask, self.ask_to, self.status = ui.ask, ui.ask_to, ui.status
        fill_combo(self.barrier, i18n.choices(BARRIERS))
        fill_combo(self.level, i18n.choices(ESCALATION_LEVELS))
        fill_combo(self.status, i18n.choices(BARRIER_STATUSES))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"barrier": self.barrier, "impact": self.impact, "ask": self.ask,
                "ask_to": self.ask_to, "escalation_level": self.level, "status": self.status}

    def work(self) -> Callable[[], Any]:
        return self.record("record_barrier", barrier=combo_value(self.barrier),
                           impact=self.impact.value(), escalation_level=combo_value(self.level),
                           ask=self.ask.text(), ask_to=self.ask_to.text(),
                           status=combo_value(self.status))
