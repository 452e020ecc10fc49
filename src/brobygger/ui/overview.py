"""Overblik: every initiative as a card, the recent log and actions due this week."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain import rules
from brobygger.domain.catalogue import ENTRY_TYPES, INITIATIVE_STATUSES, PLAGUES, LadderStep
from brobygger.services.overview import InitiativeSummary
from brobygger.ui import i18n, style
from brobygger.ui.accessibility import plain
from brobygger.ui.common import Context, esc, fit_columns, setup_table
from brobygger.ui.form_setup import enlarge, page_form
from brobygger.ui.forms.ui_overviewpage import Ui_OverviewPage
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.page import Page


class InitiativeCard(QFrame):
    clicked = Signal(object)

    def __init__(self, summary: InitiativeSummary, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initiative_id = summary.initiative.id
        style.set_role(self, "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # a keyboard user reaches the card with Tab and opens it with Enter or Space
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(summary.initiative.name)
        self.setMinimumWidth(320)
        ini = summary.initiative
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(5)
        head = QHBoxLayout()
        name = QLabel(f"<b>{esc(ini.name)}</b>")
        name.setWordWrap(True)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        name.setFont(font)
        head.addWidget(name, 1)
        status = QLabel(i18n.label(INITIATIVE_STATUSES, ini.status))
        status.setObjectName("statusPill")
        status.setStyleSheet(f"background:{style.STATUS_BG.get(ini.status, '#eee')};"
                             f"color:{style.TEXT}; border-radius:8px; padding:2px 8px;")
        head.addWidget(status, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        parties = ", ".join(p.organisation_name for p in summary.parties)
        if parties:
            box.addWidget(self._line(esc(parties), muted=True))
        box.addWidget(self._line(self._relations(summary)))
        if summary.active_plagues:
            top = ", ".join(f"{esc(i18n.label(PLAGUES, p.plague))} ({p.severity})"
                            for p in summary.active_plagues[:3])
            box.addWidget(self._line(self.tr("Plager: ") + top))
        else:
            box.addWidget(self._line(self.tr("Plager: ingen aktive"), muted=True))
        esc_count = len(summary.open_escalations)
        overdue = len(summary.overdue_actions)
        facts = []
        facts.append(self._count(esc_count, self.tr("åben anmodning"),
                                 self.tr("åbne anmodninger")))
        facts.append(self._count(overdue, self.tr("forfalden handling"),
                                 self.tr("forfaldne handlinger")))
        box.addWidget(self._line(" · ".join(facts)))
        box.addStretch(1)
        lines = [w.text() for w in self.findChildren(QLabel)]
        self.setAccessibleDescription(". ".join(plain(t) for t in lines[1:] if plain(t))
                                      + ". " + self.tr("Tryk Enter for at åbne."))

    def _count(self, n: int, one: str, many: str) -> str:
        text = i18n.count(n, one, many)
        if n:  # a warning: red, bold and a sign (colour is not the only cue)
            return (f'<span style="color:{style.text_on(style.OVERDUE)}; font-weight:600">'
                    f"⚠ {esc(text)}</span>")
        return f'<span style="color:{style.text_on(style.MUTED)}">{esc(text)}</span>'

    def _relations(self, summary: InitiativeSummary) -> str:
        if not summary.pairs:
            return f'<span style="color:{style.text_on(style.MUTED)}">' + esc(
                self.tr("Relationer: ikke vurderet endnu")) + "</span>"
        stage = summary.stage
        colour = style.STAGE_COLOURS.get(stage.value if stage else None, "#999")
        weakest = min(summary.pairs, key=lambda p: [None, *LadderStep].index(p.stage))
        trend = rules.trend_label(weakest.trend, i18n.lang()).lower()
        colour = style.text_on(colour)
        relations = self.tr("Relationer:")
        return (f'{esc(relations)} <span style="color:{colour}">●</span> '
                f"<b>{esc(rules.stage_label(stage, i18n.lang()))}</b> · {esc(trend)}")

    @staticmethod
    def _line(html: str, muted: bool = False) -> QLabel:
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        if muted:
            style.set_role(label, "hint")
        return label

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.initiative_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.initiative_id)
            return
        super().keyPressEvent(event)


class OverviewPage(Page):
    """Cards for the initiatives (the first CARD_BATCH, then more on request: a region's
    500 initiatives as 4,000 labels would cost seconds and ~100 MB – and their summaries
    are read as the cards are shown, ~1.3 s for all 500), the recent log and the actions
    due this week."""

    CARD_BATCH = 24  # more than a screenful; "Vis flere" adds the next 24
    CARD_CHUNK = 6  # built per turn of the event loop (each chunk lays out all cards)
    open_initiative = Signal(object)
    new_initiative = Signal()
    new_entry = Signal()
    open_directory = Signal()
    open_example = Signal()
    open_entry = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = page_form(self, Ui_OverviewPage())
        style.set_role(self.ui.subtitle, "subtitle")
        style.set_role(self.ui.emptyText, "subtitle")
        enlarge(self.ui.emptyTitle, 3)
        self.cards: list[InitiativeCard] = []
        self._summaries: list[InitiativeSummary] = []  # of the first initiatives
        self._initiatives: list[Any] = []  # every initiative, in the Overblik's order
        self._queued: list[InitiativeSummary] = []  # cards still to be built
        self._fetching = False
        self._today = date.today()
        self.more_button = QPushButton(self.ui.cardsHost)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self._columns = 0
        self.names: dict[uuid.UUID, str] = {}
        self.recent = RecordTableModel([
            Column(self.tr("Dato"), lambda e: i18n.fmt_date_short(e.entry_date)),
            Column(self.tr("Type"), lambda e: i18n.label(ENTRY_TYPES, e.type)),
            Column(self.tr("Titel"), lambda e: e.title),
            Column(self.tr("Initiativ"), lambda e: self.names.get(e.initiative_id, "")),
        ], self)
        self.due = RecordTableModel([
            Column(self.tr("Frist"), lambda a: i18n.fmt_date_short(a.due_date),
                   foreground=lambda a: style.OVERDUE if a.is_overdue(date.today()) else None),
            Column(self.tr("Handling"), lambda a: a.title),
            Column(self.tr("Ansvarlig"), lambda a: self.names.get(a.owner_id, "")),
            Column(self.tr("Initiativ"), lambda a: self.names.get(a.initiative_id, "")),
        ], self)
        for view, model in ((self.ui.recentView, self.recent), (self.ui.dueView, self.due)):
            view.setModel(model)
            setup_table(view, stretch=2 if model is self.recent else 1)
            view.setMinimumHeight(220)
        self.ui.recentView.doubleClicked.connect(
            lambda index: self.open_entry.emit(self.recent.record(index.row())))
        self.ui.newInitiativeButton.clicked.connect(self.new_initiative)
        self.ui.emptyNewInitiativeButton.clicked.connect(self.new_initiative)
        self.ui.newEntryButton.clicked.connect(self.new_entry)
        self.ui.emptyDirectoryButton.clicked.connect(self.open_directory)
        self.ui.emptyExampleButton.clicked.connect(self.open_example)
        self.ui.emptyState.hide()
        # until the first data: "Henter …", not "no entries yet"
        self.ui.subtitle.setText(self.tr("Henter …"))
        for label in (self.ui.recentEmpty, self.ui.dueEmpty):
            label.hide()

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc

        batch = self.CARD_BATCH  # a reload starts again from the first batch

        def load() -> dict[str, Any]:
            today = date.today()
            names = svc.overview.party_names()
            initiatives = svc.initiatives.all()
            names.update({i.id: i.name for i in initiatives})
            return {  # the summaries of the first cards only: the rest when asked for
                "initiatives": initiatives,
                "summaries": svc.overview.summaries(today, initiatives[:batch], names),
                "recent": svc.log.list(limit=12),
                # due this week, read as such: not the thousands overdue (issue 21)
                "due": svc.actions.list(open_only=True, due_from=today,
                                        due_before=today + timedelta(days=7)),
                "names": names,
                "empty": not initiatives and svc.is_empty(),
                "today": today,
            }

        def done(data: dict[str, Any]) -> None:
            if self.is_current(generation):
                self.show_data(data)

        self.ctx.tasks.run(load, done)

    def show_data(self, data: dict[str, Any]) -> None:
        self.names = data["names"]
        summaries: list[InitiativeSummary] = data["summaries"]
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self._initiatives = data["initiatives"]
        self._summaries, self._today = summaries, data["today"]
        self._add_cards(len(summaries))
        self.ui.emptyState.setVisible(not summaries)
        self.ui.emptyExampleButton.setVisible(bool(data["empty"]))
        self.ui.cardsHost.setVisible(bool(summaries))
        self.recent.set_rows(data["recent"])
        self.due.set_rows(data["due"])
        self.ui.recentEmpty.setVisible(not data["recent"])
        self.ui.dueEmpty.setVisible(not data["due"])
        self.ui.recentView.setVisible(bool(data["recent"]))
        self.ui.dueView.setVisible(bool(data["due"]))
        for view in (self.ui.recentView, self.ui.dueView):
            fit_columns(view)
        if summaries:
            n = len(self._initiatives)
            self.ui.subtitle.setText(self.tr("{n} initiativer. Klik på et kort for at åbne "
                                             "initiativet.").format(n=n) if n != 1 else
                                     self.tr("Ét initiativ. Klik på kortet for at åbne det."))
        else:
            self.ui.subtitle.setText(self.tr("Status for dine initiativer: relationer, plager, "
                                             "eskaleringer og handlinger."))

    def _add_cards(self, count: int = CARD_BATCH) -> None:
        """The next ``count`` cards (their summaries read): CARD_CHUNK at a time, one chunk
        per turn of the event loop, so the window paints and answers meanwhile (60 cards
        at once blocked it for ~70 ms)."""
        start = len(self.cards)
        self._queued = self._summaries[start:start + count]
        self._add_chunk()

    def _add_chunk(self) -> None:
        chunk, self._queued = self._queued[:self.CARD_CHUNK], self._queued[self.CARD_CHUNK:]
        if not chunk and self.cards:
            return
        for summary in chunk:
            card = InitiativeCard(summary, self._today, self.ui.cardsHost)
            card.clicked.connect(self.open_initiative)
            self.cards.append(card)
        if self._queued:
            QTimer.singleShot(0, self._add_chunk)
        self._columns = 0
        self._layout_cards()
        # Tab: the buttons at the top, the cards in reading order, "Vis flere", the tables
        from brobygger.ui.accessibility import set_order

        set_order([self.ui.newEntryButton, *self.cards, self.more_button,
                   self.ui.recentView, self.ui.dueView])
        rest = len(self._initiatives) - len(self.cards)
        self.more_button.setText(self.tr("Vis flere initiativer ({shown} af {total} vist)")
                                 .format(shown=i18n.fmt_number(len(self.cards)),
                                         total=i18n.fmt_number(len(self._initiatives))))
        self._fetching = False
        self.more_button.setVisible(rest > 0 and not self._queued)

    def show_more(self) -> None:
        """The next CARD_BATCH cards: their summaries are read in the background."""
        start = len(self.cards)
        if self._fetching or self._queued:  # the next cards are on their way
            return
        if len(self._summaries) >= start + self.CARD_BATCH or \
                len(self._summaries) >= len(self._initiatives):
            self._add_cards()
            return
        svc, today, generation = self.ctx.svc, self._today, self._generation
        wanted = self._initiatives[len(self._summaries):start + self.CARD_BATCH]
        self._fetching = True  # the button keeps the keyboard focus meanwhile
        self.more_button.setText(self.tr("Henter …"))

        def done(more: list[InitiativeSummary]) -> None:
            self._fetching = False
            if self.is_current(generation):
                self._summaries = self._summaries + more
                self._add_cards()

        self.ctx.tasks.run(lambda: svc.overview.summaries(today, wanted), done)

    def _layout_cards(self) -> None:
        columns = 3 if self.width() >= 1500 else 2 if self.width() >= 760 else 1
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.ui.cardsLayout
        for card in self.cards:
            grid.removeWidget(card)
        grid.removeWidget(self.more_button)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // columns, i % columns)
        grid.addWidget(self.more_button, (len(self.cards) + columns - 1) // columns, 0, 1,
                       columns, Qt.AlignmentFlag.AlignLeft)
        for c in range(3):
            grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_cards()
