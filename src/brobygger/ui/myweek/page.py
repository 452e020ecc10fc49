"""Min uge: for the person the user's profile is linked to – meetings in the next 14 days
with their agenda status, actions I own that are due or overdue, and the people I should
get in touch with. Each line opens its record. Two choices: start Brobygger on this view,
and show a desktop notification of what is due today at start-up (off by default)."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from brobygger.services.myweek import PROFILE_META_KEY, MyWeek, WeekLine
from brobygger.services.person_choices import person_choices
from brobygger.services.unit_of_work import Changes
from brobygger.ui import style
from brobygger.ui.common import Context, combo_value, set_combo_value
from brobygger.ui.form_setup import add_text
from brobygger.ui.meetings import MEETING_TABLES, SECTION_STYLE
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.page import ALL_TABLES, Page
from brobygger.ui.pickers import PersonPicker
from brobygger.ui.tables import record_view

START_KEY = "myweek/start"
NOTIFY_KEY = "myweek/notify"


def me_override(ctx: Context) -> uuid.UUID | None:
    """On a shared workspace 'me' is the person linked to this login's profile (kept in
    the app's settings); on a laptop workspace the workspace knows it."""
    if not ctx.svc.ws.is_shared:
        return None
    from brobygger.ui.profile import linked_person

    return linked_person(ctx)


def setting_on(ctx: Context, key: str) -> bool:
    return ctx.setting(key, "false").lower() in ("true", "1")


class MyWeekPage(Page):
    open_record = Signal(str, object)  # entity, id
    tables: ClassVar[frozenset[str]] = MEETING_TABLES | ALL_TABLES | frozenset(
        {"agreement", "agreement_initiative"})

    def wants(self, changes: Changes) -> bool:
        return super().wants(changes) or PROFILE_META_KEY in changes.meta

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Min uge"), self)
        style.set_role(self.title, "title")
        head.addWidget(self.title)
        head.addStretch(1)
        me_label = QLabel(self.tr("Jeg er:"), self)
        head.addWidget(me_label)
        self.me = PersonPicker(self)
        self.me.setAccessibleName(self.tr("Jeg er"))
        self.me.setMinimumContentsLength(22)
        me_label.setBuddy(self.me)
        head.addWidget(self.me)
        outer.addLayout(head)
        self.summary = add_text(outer, "", self, "hint")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.sections = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.models: dict[str, RecordTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self.empty: dict[str, QLabel] = {}
        for key, heading, empty in self._section_texts():
            self._add_section(body, key, heading, empty)
        self.sections.addStretch(1)
        self.start_box = QCheckBox(self.tr("Start Brobygger på Min uge"), self)
        self.notify_box = QCheckBox(
            self.tr("Vis en skrivebordsbesked om dagens frister, når Brobygger starter"), self
        )
        self.start_box.setChecked(setting_on(ctx, START_KEY))
        self.notify_box.setChecked(setting_on(ctx, NOTIFY_KEY))
        self.start_box.toggled.connect(lambda on: ctx.settings.setValue(START_KEY, on))
        self.notify_box.toggled.connect(lambda on: ctx.settings.setValue(NOTIFY_KEY, on))
        outer.addWidget(self.start_box)
        outer.addWidget(self.notify_box)
        self.me.currentIndexChanged.connect(lambda _i: self._choose_me())
        self._loading = False

    def _section_texts(self) -> list[tuple[str, str, str]]:
        return [
            (
                "meetings",
                self.tr("Møder de næste 14 dage"),
                self.tr("Ingen møder de næste 14 dage."),
            ),
            (
                "actions",
                self.tr("Mine handlinger med frist nu"),
                self.tr("Ingen af dine handlinger har frist denne uge."),
            ),
            (
                "asks_raised",
                self.tr("Mine anmodninger uden svar til tiden"),
                self.tr("Ingen af dine anmodninger har overskredet svarfristen."),
            ),
            (
                "asks_to_me",
                self.tr("Anmodninger til mig"),
                self.tr("Ingen åbne anmodninger er stilet til dig."),
            ),
            (
                "agreements",
                self.tr("Aftaler til revision"),
                self.tr("Ingen af dine aftaler skal revideres den næste måned."),
            ),
            (
                "contacts",
                self.tr("Hold kontakten"),
                self.tr("Du har været i kontakt med alle i dine initiativer for nylig."),
            ),
        ]

    def _add_section(self, body: QWidget, key: str, heading: str, empty: str) -> None:
        label = QLabel(heading, body)
        label.setStyleSheet(SECTION_STYLE)
        self.sections.addWidget(label)
        model = RecordTableModel(
            [
                Column(self.tr("Hvad"), lambda w: w.text),
                Column(
                    self.tr("Hvornår og status"),
                    lambda w: w.detail,
                    foreground=lambda w: style.OVERDUE if w.urgent else None,
                ),
            ],
            self,
        )
        view = record_view(body, model, heading, stretch=1)
        view.setMinimumHeight(90)
        view.doubleClicked.connect(lambda index, m=model: self._open(m.record(index.row())))
        view.activated.connect(lambda index, m=model: self._open(m.record(index.row())))
        note = QLabel(empty, body)
        style.set_role(note, "hint")
        self.sections.addWidget(view)
        self.sections.addWidget(note)
        self.models[key], self.views[key], self.empty[key] = model, view, note

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc
        person = me_override(self.ctx)

        def work() -> dict[str, Any]:
            from brobygger.services.myweek import my_week

            return {
                "week": my_week(svc, person_id=person),
                "people": person_choices(svc),
            }

        def done(data: dict[str, Any]) -> None:
            if not self.is_current(generation):
                return
            week: MyWeek = data["week"]
            self._loading = True
            self.me.set_people(data["people"], self.tr("– vælg dig selv –"))
            set_combo_value(self.me, week.person_id)
            self._loading = False
            for key, model in self.models.items():
                lines = week.section(key)
                model.set_rows(lines)
                self.views[key].setVisible(bool(lines))
                self.views[key].setFixedHeight(min(8, max(1, len(lines))) * 28 + 40)
                self.views[key].setColumnWidth(0, 360)
                self.empty[key].setVisible(not lines)
            if week.person_id is None:
                self.summary.setText(
                    self.tr(
                        "Vælg dig selv under »Jeg er«, så viser Min uge dine møder, dine "
                        "handlinger og de personer, du bør tale med. Indtil da vises alle møder."
                    )
                )
            else:
                self.summary.setText(
                    self.tr(
                        "{name}: {m} møder, {a} handlinger, {k} anmodninger, {c} at kontakte."
                    ).format(
                        name=week.person_name,
                        m=len(week.section("meetings")),
                        a=len(week.section("actions")),
                        k=len(week.section("asks_raised")) + len(week.section("asks_to_me")),
                        c=len(week.section("contacts")),
                    )
                )

        self.ctx.tasks.run(work, done)

    def _choose_me(self) -> None:
        if self._loading:
            return
        person: uuid.UUID | None = combo_value(self.me)
        svc = self.ctx.svc
        if svc.ws.is_shared:  # per login, in the app's settings (see ui.profile)
            from brobygger.ui.profile import _link_key

            self.ctx.settings.setValue(_link_key(self.ctx), str(person) if person else "")
            self.invalidate()
            return

        def work() -> None:
            from brobygger.services.myweek import set_profile_person

            set_profile_person(svc, person)

        self.ctx.tasks.run(work, None, None, write=True)

    def _open(self, line: WeekLine | None) -> None:
        if line is not None:
            self.open_record.emit(line.entity, line.record_id)
