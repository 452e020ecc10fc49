"""Two tabs of an initiative: its own asks (Anmodninger), and the readiness checklist – the
eight reflections for top management answered ja / delvist / nej / ikke relevant, with a
note and a date."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.catalogue import READINESS_ANSWERS, REFLECTIONS
from brobygger.services.readiness import readiness_summary
from brobygger.ui import i18n
from brobygger.ui.common import combo_value, fill_combo, set_combo_value, show_error
from brobygger.ui.form_setup import add_text
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.initiative.tab import Detail, Tab

if TYPE_CHECKING:
    from brobygger.services import Services
    from brobygger.ui.asks.page import AsksPanel



def load_extra(svc: Services, initiative_id: uuid.UUID) -> dict[str, Any]:
    """What these two tabs need, read with the rest of the initiative (background)."""
    from brobygger.services.asks import AskFilter

    asks = svc.asks.list(AskFilter(initiative_id=initiative_id))
    return {"asks": asks, "ask_links": svc.asks.linked_records(asks),
            "orgs": {o.id: o.name for o in svc.organisations.all()},
            "readiness": svc.readiness.checklist(initiative_id)}


def _prepared(content: QWidget) -> None:
    """Keyboard and names for what a tab built after its page was prepared."""
    from brobygger.ui import accessibility

    accessibility.prepare(content)


class AsksTab(Tab):
    """The initiative's asks: the Anmodninger view's panel, built when the tab is first
    filled (it is a whole view: ~20 ms, a fifth of building the initiative's page)."""

    def __init__(self, detail: Detail) -> None:
        super().__init__(detail)
        self.page = QWidget()
        QVBoxLayout(self.page)
        self._panel: AsksPanel | None = None
        self.ui.tabs.addTab(self.page, _tr("asks", "Anmodninger"))

    @property
    def panel(self) -> AsksPanel:
        if self._panel is None:
            from brobygger.ui.asks.page import AsksPanel

            self._panel = AsksPanel(self.ctx, self.page, initiative_id=uuid.UUID(int=0))
            layout = self.page.layout()
            assert layout is not None
            layout.addWidget(self._panel)
            _prepared(self._panel)
        return self._panel

    def show(self, data: dict[str, Any]) -> None:
        self.panel.fixed_initiative = data["summary"].initiative.id
        self.panel.load({"asks": data["asks"], "links": data["ask_links"], "names": {
            data["summary"].initiative.id: data["summary"].initiative.name},
            "orgs": data["orgs"]})


class ReadinessTab(Tab):
    """The readiness checklist, editable: one row per reflection."""

    def __init__(self, detail: Detail) -> None:
        super().__init__(detail)
        self.initiative_id: uuid.UUID | None = None
        self.answers: dict[str, Any] = {}
        self.rows: dict[str, tuple[QComboBox, QLineEdit, QLabel]] = {}
        self.widget = QWidget()  # filled when the tab is first filled (_build)
        self.ui.tabs.addTab(self.widget, _tr("asks", "Parathed"))

    def _build(self) -> None:
        page = self.widget
        outer = QVBoxLayout(page)
        self.summary = add_text(outer, "", page, "hint")
        area = QScrollArea(page)
        area.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        heads = (_tr("asks", "Eftertanke"), _tr("asks", "Svar"), _tr("asks", "Note"),
                 _tr("asks", "Besvaret"))
        for col, head in enumerate(heads):
            label = QLabel(f"<b>{head}</b>", inner)
            grid.addWidget(label, 0, col)
        for r, item in enumerate(REFLECTIONS, start=1):
            question = QLabel(item.label(i18n.lang()), inner)
            question.setWordWrap(True)
            question.setToolTip(item.description())
            answer = QComboBox(inner)
            fill_combo(answer, i18n.choices(READINESS_ANSWERS),
                       none_label=_tr("asks", "– ikke besvaret –"))
            answer.setAccessibleName(_tr("asks", "Svar: {q}").format(q=item.label(i18n.lang())))
            note = QLineEdit(inner)
            note.setAccessibleName(_tr("asks", "Note: {q}").format(q=item.label(i18n.lang())))
            when = QLabel("", inner)
            question.setBuddy(answer)
            grid.addWidget(question, r, 0)
            grid.addWidget(answer, r, 1)
            grid.addWidget(note, r, 2)
            grid.addWidget(when, r, 3)
            self.rows[item.code] = (answer, note, when)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(REFLECTIONS) + 1, 1)
        area.setWidget(inner)
        outer.addWidget(area, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_tr("asks", "&Gem svarene"), page)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        _prepared(page)

    def show(self, data: dict[str, Any]) -> None:
        if not self.rows:
            self._build()
        self.initiative_id = data["summary"].initiative.id
        self.answers = data["readiness"]
        summary = readiness_summary(self.answers, date.today())
        text = _tr("asks", "De otte eftertanker til topledelsen. {n} af 8 er gennemgået det "
                           "seneste år.").format(n=summary.reviewed)
        if summary.stale:
            text += " " + _tr("asks", "{k} er ikke besvaret i over et år.").format(
                k=len(summary.stale))
        self.summary.setText(text)
        for code, (answer, note, when) in self.rows.items():
            a = self.answers.get(code)
            if a is None:
                answer.setCurrentIndex(0)
            else:
                set_combo_value(answer, a.answer)
            note.setText(a.note if a else "")
            stale = code in summary.stale and a is not None
            when.setText(i18n.fmt_date(a.answered_on) + (" ⚠" if stale else "") if a else "–")

    def changed_rows(self) -> list[tuple[str, str, str]]:
        out = []
        for code, (answer, note, _when) in self.rows.items():
            value = combo_value(answer)
            current = self.answers.get(code)
            if value and (current is None or current.answer != value
                          or current.note != note.text().strip()):
                out.append((code, str(value), note.text().strip()))
        return out

    def save(self) -> None:
        if self.initiative_id is None:
            return
        rows, iid, svc = self.changed_rows(), self.initiative_id, self.ctx.svc

        def work() -> None:
            with svc.unit_of_work():
                for code, value, note in rows:
                    svc.readiness.set(iid, code, value, note)

        if rows:
            self.ctx.tasks.run(work, None, lambda exc: show_error(self.widget, exc), write=True)
