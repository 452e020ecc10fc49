"""One dialog each to raise (or edit), answer and close an ask; reopening is a question.

The forms are built in code on :class:`~brobygger.ui.dialogs.RecordDialog`, so they share
its inline errors, CPR guard (with "Maskér CPR-numre") and conflict handling."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from brobygger.domain.catalogue import ASK_LEVELS, ASK_STATUSES, BARRIERS, PLAGUES
from brobygger.services.asks import CLOSED_STATUSES
from brobygger.ui import i18n
from brobygger.ui.common import Context, ask, combo_value, fill_combo, show_error
from brobygger.ui.dialogs import RecordDialog
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import CheckListModel
from brobygger.ui.specform import SpecForm


class _Form(SpecForm):
    context = "asks"


class _AskForm(_Form):
    spec = (
        ("initiative_id", QT_TRANSLATE_NOOP("asks", "&Initiativ"), "combo"),
        ("title", QT_TRANSLATE_NOOP("asks", "&Hvad bedes der om"), "line"),
        ("reason", QT_TRANSLATE_NOOP("asks", "Hvor&for"), "text"),
        ("level", QT_TRANSLATE_NOOP("asks", "&Niveau"), "combo"),
        ("addressee", QT_TRANSLATE_NOOP("asks", "&Til (forum eller person)"), "line"),
        ("addressee_org_id", QT_TRANSLATE_NOOP("asks", "&Organisation"), "combo"),
        ("addressee_forum_id", QT_TRANSLATE_NOOP("asks", "&Forum (fx sundhedsrådet)"), "combo"),
        ("raised_on", QT_TRANSLATE_NOOP("asks", "&Rejst"), "date"),
        ("due_date", QT_TRANSLATE_NOOP("asks", "&Svar ønsket senest"), "date"),
        ("barrier", QT_TRANSLATE_NOOP("asks", "&Barriere"), "combo"),
        ("plague", QT_TRANSLATE_NOOP("asks", "&Plage"), "combo"),
        ("entry_ids", QT_TRANSLATE_NOOP("asks", "&Logindførsler, den handler om"), "list"),
        ("action_ids", QT_TRANSLATE_NOOP("asks", "Hand&linger, der følger den op"), "list"),
    )


def link_choices(svc: Any, initiative_id: Any) -> dict[str, list[tuple[Any, str]]]:
    """The log entries and actions of an initiative an ask may concern, newest entries
    first. Database work: run in the background."""
    from brobygger.services import LogFilter

    if initiative_id is None:
        return {"entry_ids": [], "action_ids": []}
    entries = svc.log.list(LogFilter(initiative_id=initiative_id))
    actions = svc.actions.list(initiative_id=initiative_id)
    due = _tr("asks", "frist {date}")
    return {
        "entry_ids": [(e.id, f"{i18n.fmt_date(e.entry_date)} – {e.title}") for e in entries],
        "action_ids": [(a.id, a.title + (f" ({due.format(date=i18n.fmt_date(a.due_date))})"
                                         if a.due_date else "")) for a in actions],
    }


class AskDialog(RecordDialog):
    """Raise an ask, or edit what it asks and of whom."""

    ui_class = _AskForm
    service = "asks"
    optional_dates = ("due_date",)
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny anmodning")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Ret anmodning")

    def setup(self) -> None:
        ui = self.ui
        ui.intro.setText(_tr("asks", "Hvad bedes der om, af hvem og hvornår skal svaret "
                                     "foreligge? Løs helst problemet på det laveste niveau – "
                                     "send kun det videre, der ikke kan løses lokalt."))
        none = _tr("asks", "– ingen –")
        self.lookup(ui.initiative_id, "initiatives")
        fill_combo(ui.level, i18n.choices(ASK_LEVELS))
        self.lookup(ui.addressee_org_id, "organisations", none)
        self.lookup(ui.addressee_forum_id, "forums", none)
        fill_combo(ui.barrier, i18n.choices(BARRIERS), none_label=none)
        fill_combo(ui.plague, i18n.choices(PLAGUES), none_label=none)
        from brobygger.ui.common import set_combo_value

        set_combo_value(ui.level, "topledelse")
        for name in ("entry_ids", "action_ids"):
            model = CheckListModel(parent=self)
            getattr(ui, name).setModel(model)
            self.check_models[name] = model
        ui.entry_ids.setToolTip(_tr("asks", "Den logindførsel, der rejste anmodningen, "
                                            "forbliver tilknyttet."))
        self._links_for: Any = object()  # the initiative the link choices are for
        self._links_ready = False
        self._shown: dict[str, set[Any]] = {}

    def after_lookups(self) -> None:
        self.ui.initiative_id.currentIndexChanged.connect(self._load_link_choices)
        self.when_ready(self._load_link_choices)  # after the base class enables Save

    def values(self) -> dict[str, Any]:
        out = super().values()
        if not self._links_ready:  # never unlink what the dialog has not shown yet
            out.pop("entry_ids", None)
            out.pop("action_ids", None)
            return out
        if self._links_for != getattr(self.record, "initiative_id", None):
            return out  # another initiative: its own entries and actions only
        for name, shown in self._shown.items():  # links to records not listed (the trash)
            hidden = [k for k in (self._wanted(name) or ()) if k not in shown]
            out[name] = [*out.get(name, []), *hidden]
        return out

    def _load_link_choices(self) -> None:
        """Read the initiative's entries and actions in the background; Save waits for
        them (saving without them would unlink everything)."""
        initiative = combo_value(self.ui.initiative_id)
        if initiative == self._links_for:
            return
        self._links_for = initiative
        self._links_ready = False
        svc = self.ctx.svc
        self.ui.buttons.setEnabled(False)
        self.ctx.tasks.run(lambda: link_choices(svc, initiative),
                           lambda data: self._link_choices_arrived(initiative, data),
                           self._failed)

    def _link_choices_arrived(self, initiative: Any, data: dict[str, Any]) -> None:
        if initiative != self._links_for:
            return  # the user chose another initiative meanwhile
        untouched = not self.has_changes()
        for name, items in data.items():
            model = self.check_models[name]
            keep = model.checked() or (self._wanted(name) or ())
            model.set_items(items)
            model.set_checked(keep)
            self._shown[name] = {key for key, _text in items}
        self._links_ready = True
        self.ui.buttons.setEnabled(True)
        if untouched:
            self.mark_clean()


def closed_choices() -> list[tuple[str, str]]:
    """The statuses an ask is closed with (answering can close it, too)."""
    return [(c, i18n.label(ASK_STATUSES, c)) for c in ASK_STATUSES.codes()
            if c in CLOSED_STATUSES]


class _AnswerForm(_Form):
    spec = (
        ("answer", QT_TRANSLATE_NOOP("asks", "&Svar"), "text"),
        ("answered_by", QT_TRANSLATE_NOOP("asks", "Svaret &af"), "line"),
        ("answered_on", QT_TRANSLATE_NOOP("asks", "Svar&dato"), "date"),
        ("outcome", QT_TRANSLATE_NOOP("asks", "&Udfald"), "combo"),
    )


class _AskStep(RecordDialog):
    """A step in an ask's life (answer, close) on the ask loaded: the intro names the ask;
    the fields start empty (they are the step's, not the ask's)."""

    service = "asks"
    intro: ClassVar[object] = ""

    def load(self, record: Any) -> None:
        self.ui.intro.setText(_tr("asks", str(self.intro)).format(title=record.title))


class AnswerDialog(_AskStep):
    """Record the answer; with an outcome the ask is closed at the same time."""

    ui_class = _AnswerForm
    intro = QT_TRANSLATE_NOOP("asks", "Svar på: {title}")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Besvar anmodning")

    def setup(self) -> None:
        ui = self.ui
        outcomes = [("besvaret", _tr("asks", "Besvaret – styregruppen følger op"))]
        fill_combo(ui.outcome, outcomes + closed_choices())

    def load(self, record: Any) -> None:
        super().load(record)
        ui = self.ui
        ui.answer.setPlainText(record.answer)
        ui.answered_by.setText(record.answered_by)
        self.set_value(self.widget_for("answered_on") or ui.answered_on,
                       record.answered_on or date.today())

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        outcome = values.get("outcome")
        return self.act("answer", answer=values["answer"], answered_on=values["answered_on"],
                        answered_by=values["answered_by"],
                        outcome=None if outcome == "besvaret" else outcome)


class _CloseForm(_Form):
    spec = (
        ("status", QT_TRANSLATE_NOOP("asks", "&Lukkes som"), "combo"),
        ("closed_on", QT_TRANSLATE_NOOP("asks", "&Dato"), "date"),
        ("note", QT_TRANSLATE_NOOP("asks", "&Bemærkning"), "text"),
    )


class CloseDialog(_AskStep):
    """Close an ask with its outcome."""

    ui_class = _CloseForm
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Luk anmodning")
    intro = QT_TRANSLATE_NOOP("asks", "Luk: {title}")

    def setup(self) -> None:
        fill_combo(self.ui.status, closed_choices())

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        return self.act("close", outcome=values["status"] or "", closed_on=values["closed_on"],
                        note=values["note"] or "")


class _SelfReviewForm(_Form):
    spec = (
        ("topic", QT_TRANSLATE_NOOP("asks", "&Opgave eller kompetence"), "combo"),
        ("reviewed_on", QT_TRANSLATE_NOOP("asks", "&Dato"), "date"),
        ("note", QT_TRANSLATE_NOOP("asks", "&Note"), "text"),
        ("shared", QT_TRANSLATE_NOOP("asks", "&Del med en efterfølger (overdragelsesnotat)"),
         "check"),
    )


class SelfReviewDialog(RecordDialog):
    """A leader's own dated note on one of the three chief tasks or three competencies."""

    ui_class = _SelfReviewForm
    service = "self_reviews"
    title_new = QT_TRANSLATE_NOOP("dialogs", "Egen evaluering")

    def setup(self) -> None:
        from brobygger.domain.catalogue import CHIEF_TASKS, COMPETENCIES

        self.ui.intro.setText(_tr("asks", str(PRIVACY_NOTE)))
        fill_combo(self.ui.topic, [*i18n.choices(CHIEF_TASKS), *i18n.choices(COMPETENCIES)])


PRIVACY_NOTE = QT_TRANSLATE_NOOP(
    "asks", "Din egen evaluering af chefens tre opgaver og tre kompetencer. Den er privat: den "
            "kommer ikke med i notater eller udvekslingsfiler, medmindre du vælger at dele den "
            "med en efterfølger. Ligger arbejdsområdet på en fælles server, kan databasens "
            "administratorer dog læse den.")


def reopen_ask(ctx: Context, parent: QWidget | None, record: Any) -> None:
    """Ask first, then reopen (status åben; the answer stays in the history)."""
    if not ask(parent, _tr("asks", "Genåbn anmodning"),
               _tr("asks", "Genåbn »{title}«? Den tæller igen som åben og venter på svar.")
               .format(title=record.title), _tr("asks", "Genåbn")):
        return
    rid, version = record.id, record.version
    ctx.tasks.run(lambda: ctx.svc.asks.reopen(rid, expected_version=version),
                  on_error=lambda exc: show_error(parent, exc), write=True)
