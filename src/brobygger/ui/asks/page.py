"""The Anmodninger view: every ask, filtered by addressee, level, status and initiative,
overdue answers marked; the selected ask's details and history; one dialog each to raise,
answer, close and reopen. :class:`AsksPanel` is also an initiative's own tab."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.catalogue import ACTION_STATUSES, ASK_LEVELS, ASK_STATUSES, BARRIERS
from brobygger.services.asks import AskFilter, is_open
from brobygger.ui import i18n, style
from brobygger.ui.asks.dialogs import AnswerDialog, AskDialog, CloseDialog, reopen_ask
from brobygger.ui.buttons import command_row
from brobygger.ui.common import (
    Context,
    ask,
    combo_value,
    esc,
    fill_combo,
    fit_columns,
    paragraphs,
    select_record,
    selected_record,
    set_combo_value,
    setup_table,
    show_error,
)
from brobygger.ui.dialogs import open_dialog
from brobygger.ui.history import add_history_menu, open_history
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.page import Page

# derived asks are in Changes too; an ask may be addressed to a forum
ASK_TABLES = frozenset({"ask", "initiative", "organisation", "forum"})
OPEN = "open"



class AsksPanel(QWidget):
    """Filters, the list of asks, the selected ask and its commands. With
    ``initiative_id`` it shows one initiative's asks (its tab) without that filter."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *,
                 initiative_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_initiative = initiative_id
        self.names: dict[uuid.UUID, str] = {}
        self.orgs: dict[uuid.UUID, str] = {}
        self.forums: dict[uuid.UUID, str] = {}
        self._asks: list[Any] = []
        self.links: dict[uuid.UUID, tuple[Any, ...]] = {}
        self.today = date.today()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.initiative_filter = QComboBox(self)
        self.initiative_filter.setAccessibleName(_tr("asks", "Initiativ"))
        self.level_filter = QComboBox(self)
        self.level_filter.setAccessibleName(_tr("asks", "Niveau"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(_tr("asks", "Status"))
        self.forum_filter = self._forum_filter()  # what is asked of this forum (issue 17)
        self.addressee_filter = QLineEdit(self)
        self.addressee_filter.setPlaceholderText(_tr("asks", "Til hvem (fx regionsrådet)"))
        self.addressee_filter.setAccessibleName(_tr("asks", "Til hvem"))
        self.addressee_filter.setClearButtonEnabled(True)
        for w in (self.initiative_filter, self.level_filter, self.status_filter,
                  self.forum_filter):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(w)
        self.forum_filter.setSizeAdjustPolicy(  # long forum names: room for the text filter
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.forum_filter.setMinimumContentsLength(14)
        filters.addWidget(self.addressee_filter, 1)
        self.initiative_filter.setVisible(initiative_id is None)
        box.addLayout(filters)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(_tr("asks", "Antal anmodninger"))
        box.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = QTableView(split)
        self.view.setAccessibleName(_tr("asks", "Anmodninger"))
        self.detail = QTextBrowser(split)
        self.detail.setAccessibleName(_tr("asks", "Den valgte anmodning"))
        self.detail.setOpenLinks(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 300])
        box.addWidget(split, 1)
        box.addLayout(self._buttons())
        self.model = self._model()
        self.view.setModel(self.model)
        setup_table(self.view)  # the title keeps its width (a stretched one was squeezed)
        # two asks selected (Ctrl/Shift+click) can be merged
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if initiative_id is not None:
            self.view.hideColumn(2)
        add_history_menu(self.view, ctx, lambda a: (a.id, a.title))
        fill_combo(self.level_filter, i18n.choices(ASK_LEVELS),
                   none_label=_tr("asks", "Alle niveauer"))
        fill_combo(self.status_filter, [(OPEN, _tr("asks", "Åbne (venter på svar)")),
                                        *i18n.choices(ASK_STATUSES)],
                   none_label=_tr("asks", "Alle statusser"))
        for combo in (self.initiative_filter, self.level_filter, self.status_filter,
                      self.forum_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.addressee_filter.textChanged.connect(self.apply_filters)
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.show_selected()

    def _buttons(self) -> QHBoxLayout:
        row, buttons = command_row(self, [
            (_tr("asks", "&Ny anmodning …"), self.new), (_tr("asks", "&Ret …"), self.edit),
            (_tr("asks", "&Besvar …"), self.answer), (_tr("asks", "&Luk …"), self.close_ask),
            (_tr("asks", "&Genåbn"), self.reopen), (_tr("asks", "&Historik …"), self.history),
            (_tr("asks", "&Flet …"), self.merge)])
        (self.new_button, self.edit_button, self.answer_button, self.close_button,
         self.reopen_button, self.history_button, self.merge_button) = buttons
        self.merge_button.setToolTip(_tr("asks", "Vælg to anmodninger om samme sag (Ctrl+klik) "
                                                 "og læg dem sammen til én."))
        return row

    def _model(self) -> RecordTableModel:
        return RecordTableModel([
            Column(_tr("asks", "Rejst"), lambda a: i18n.fmt_date_short(a.raised_on)),
            Column(_tr("asks", "Anmodning"), lambda a: a.title),
            Column(_tr("asks", "Initiativ"), lambda a: self.names.get(a.initiative_id, "")),
            Column(_tr("asks", "Til"), self.addressee_text),
            Column(_tr("asks", "Niveau"), lambda a: i18n.label(ASK_LEVELS, a.level)),
            Column(_tr("asks", "Status"), lambda a: i18n.label(ASK_STATUSES, a.status)),
            Column(_tr("asks", "Svarfrist"), self.due_text,
                   foreground=lambda a: style.OVERDUE if a.is_overdue(self.today) else None),
        ], self)

    def _forum_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(_tr("asks", "Til forum"))
        combo.setToolTip(_tr("asks", "Anmodninger rettet til et forum, fx sundhedsrådet eller "
                                     "styregruppen"))
        fill_combo(combo, [], none_label=_tr("asks", "Alle fora"))
        return combo

    # -- texts ----------------------------------------------------------------------------
    def addressee_text(self, a: Any) -> str:
        """The addressee's one definition (dto.Ask.addressee_text): text, forum,
        organisation – else the level in the UI's language."""
        if a.addressee or a.addressee_forum_id in self.forums or a.addressee_org_id in self.orgs:
            return str(a.addressee_text(self.orgs, self.forums))
        return i18n.label(ASK_LEVELS, a.level)

    def due_text(self, a: Any) -> str:
        if a.due_date is None:
            return ""
        text = i18n.fmt_date_short(a.due_date)
        return _tr("asks", "{date} (overskredet)").format(date=text) if a.is_overdue(self.today) \
            else text

    # -- data -----------------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        self._asks = data["asks"]
        self.links = data["links"]
        self.names = data["names"]
        self.orgs = data["orgs"]
        self.forums = data.get("forums", {})
        self.today = date.today()
        forum = combo_value(self.forum_filter)
        self.forum_filter.blockSignals(True)
        fill_combo(self.forum_filter, sorted(self.forums.items(), key=lambda kv: kv[1]),
                   none_label=_tr("asks", "Alle fora"))
        if forum is not None:
            set_combo_value(self.forum_filter, forum)
        self.forum_filter.blockSignals(False)
        fill_combo(self.initiative_filter, sorted(self.names.items(), key=lambda kv: kv[1]),
                   none_label=_tr("asks", "Alle initiativer"))
        self.apply_filters()

    def fetch(self) -> dict[str, Any]:
        """Runs in the background."""
        svc = self.ctx.svc
        flt = AskFilter(initiative_id=self.fixed_initiative)
        asks = svc.asks.list(flt)
        return {"asks": asks, "links": svc.asks.linked_records(asks),
                "names": {i.id: i.name for i in svc.initiatives.all()},
                "orgs": {o.id: o.name for o in svc.organisations.all()},
                "forums": {f.id: f.name for f in svc.meetings.forums.all()}}

    def apply_filters(self) -> None:
        initiative = self.fixed_initiative or combo_value(self.initiative_filter)
        level = combo_value(self.level_filter)
        status = combo_value(self.status_filter)
        forum = combo_value(self.forum_filter)
        needle = self.addressee_filter.text().strip().casefold()
        rows = [a for a in self._asks
                if (not initiative or a.initiative_id == initiative)
                and (not level or a.level == level)
                and (not status or (is_open(a) if status == OPEN else a.status == status))
                and (not forum or a.addressee_forum_id == forum)
                and (not needle or needle in self.addressee_text(a).casefold())]
        selected = selected_record(self.view)
        self.model.set_rows(rows)
        fit_columns(self.view, {0: 110, 1: 260, 2: 120, 3: 140, 4: 110, 5: 100, 6: 150})
        if self.view.columnWidth(1) < 200:
            self.view.setColumnWidth(1, 200)
        open_n = sum(1 for a in rows if is_open(a))
        overdue = sum(1 for a in rows if a.is_overdue(self.today))
        text = _tr("asks", "{n} anmodninger, heraf {o} åbne").format(n=len(rows), o=open_n)
        if overdue:
            text += _tr("asks", " – {d} med overskredet svarfrist").format(d=overdue)
        self.count_label.setText(text)
        select_record(self.view, selected)
        self.show_selected()

    # -- the selected ask -------------------------------------------------------------------
    def current(self) -> Any:
        """The selected ask – None unless exactly one is selected."""
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def selected(self) -> list[Any]:
        rows = self.view.selectionModel().selectedRows()
        return [r for r in (self.model.data(i, Qt.ItemDataRole.UserRole) for i in rows)
                if r is not None]

    def show_selected(self) -> None:
        a = self.current()
        for b in (self.edit_button, self.answer_button, self.close_button,
                  self.history_button):
            b.setEnabled(a is not None)
        self.reopen_button.setEnabled(a is not None and not is_open(a))
        self.merge_button.setEnabled(len(self.selected()) == 2)
        self.detail.setHtml(self.ask_html(a))

    def ask_html(self, a: Any) -> str:
        if a is None:
            hint = _tr("asks", "Vælg en anmodning.")
            return f"<p style='color:{style.MUTED}'>{esc(hint)}</p>"
        rows = [(_tr("asks", "Initiativ"), self.names.get(a.initiative_id, "")),
                (_tr("asks", "Til"), self.addressee_text(a)),
                (_tr("asks", "Niveau"), i18n.label(ASK_LEVELS, a.level)),
                (_tr("asks", "Rejst"), f"{i18n.fmt_date(a.raised_on)} {a.raised_by}".strip()),
                (_tr("asks", "Svarfrist"), self.due_text(a) or "–"),
                (_tr("asks", "Status"), i18n.label(ASK_STATUSES, a.status))]
        if a.barrier:
            rows.append((_tr("asks", "Barriere"), i18n.label(BARRIERS, a.barrier)))
        table = "".join(f"<tr><td style='color:{style.MUTED}; padding-right:8px'>{esc(k)}</td>"
                        f"<td>{esc(v)}</td></tr>" for k, v in rows)
        out = [f"<h3>{esc(a.title)}</h3><table>{table}</table>"]
        why, answer = _tr("asks", "Hvorfor"), _tr("asks", "Svar")
        if a.reason:
            out.append(f"<h4>{esc(why)}</h4>{paragraphs(a.reason)}")
        out.append(self.links_html(a))
        if a.answer:
            when = i18n.fmt_date(a.answered_on) if a.answered_on else ""
            by = f" – {a.answered_by}" if a.answered_by else ""
            out.append(f"<h4>{esc(answer)} {esc(when)}{esc(by)}</h4>"
                       f"{paragraphs(a.answer)}")
        return "".join(out)

    def links_html(self, a: Any) -> str:
        """The log entries and actions the ask concerns."""
        out = []
        for kind, heading in (("log_entry", _tr("asks", "Logindførsler")),
                              ("action", _tr("asks", "Handlinger"))):
            items = [r for r in self.links.get(a.id, ()) if r.kind == kind]
            if not items:
                continue
            lines = []
            for r in items:
                day = i18n.fmt_date(r.day) if r.day else ""
                text = f"{day} – {r.title}" if kind == "log_entry" and day else r.title
                if kind == "action":
                    facts = [i18n.label(ACTION_STATUSES, r.status)] if r.status else []
                    if day:
                        facts.insert(0, _tr("asks", "frist {date}").format(date=day))
                    text += f" ({', '.join(facts)})" if facts else ""
                if r.deleted:
                    text += " – " + _tr("asks", "i papirkurven")
                lines.append(f"<li>{esc(text)}</li>")
            out.append(f"<h4>{esc(heading)}</h4><ul>{''.join(lines)}</ul>")
        return "".join(out)

    # -- commands ---------------------------------------------------------------------------
    def merge(self) -> None:
        """Two asks about the same matter become one, after a confirmation that says what
        happens: the first raised is kept and takes over the other's log entries, actions,
        barrier and reason; the other goes to the trash (it can be restored)."""
        chosen = self.selected()
        if len(chosen) != 2:
            return
        keep, drop = sorted(chosen, key=lambda a: (a.raised_on, a.created_at))
        text = _tr("asks", "Læg de to anmodninger sammen til én?\n\n»{keep}« (rejst {kept}) "
                           "beholdes og overtager logindførsler, handlinger, barriere og "
                           "begrundelse fra »{drop}« (rejst {dropped}).\n\n»{drop}« flyttes "
                           "til papirkurven, hvor den kan gendannes. Brug kun Flet, når de to "
                           "handler om samme sag.").format(
            keep=keep.title, kept=i18n.fmt_date(keep.raised_on), drop=drop.title,
            dropped=i18n.fmt_date(drop.raised_on))
        if not ask(self.window(), _tr("asks", "Flet anmodninger"), text, _tr("asks", "Flet")):
            return
        svc, keep_id, drop_id = self.ctx.svc, keep.id, drop.id
        self.ctx.tasks.run(lambda: svc.asks.merge(keep_id, drop_id),
                           on_error=lambda exc: show_error(self.window(), exc), write=True)

    def new(self) -> None:
        defaults: dict[str, Any] = {}
        initiative = self.fixed_initiative or combo_value(self.initiative_filter)
        if initiative:
            defaults["initiative_id"] = initiative
        open_dialog(AskDialog(self.ctx, None, self.window(), **defaults))

    def edit(self) -> None:
        if (a := self.current()) is not None:
            open_dialog(AskDialog(self.ctx, a, self.window()))

    def answer(self) -> None:
        if (a := self.current()) is not None:
            open_dialog(AnswerDialog(self.ctx, a, self.window()))

    def close_ask(self) -> None:
        if (a := self.current()) is not None:
            open_dialog(CloseDialog(self.ctx, a, self.window()))

    def reopen(self) -> None:
        if (a := self.current()) is not None:
            reopen_ask(self.ctx, self.window(), a)

    def history(self) -> None:
        if (a := self.current()) is not None:
            open_history(self.ctx, self.window(), a.id, a.title)


class AsksPage(Page):
    """Anmodninger: what is asked of whom, across all initiatives."""

    tables: ClassVar[frozenset[str]] = ASK_TABLES

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        box = QVBoxLayout(self)
        self.title = QLabel(self.tr("Anmodninger"), self)
        style.set_role(self.title, "title")
        box.addWidget(self.title)
        hint = QLabel(self.tr("Hvad er bedt om, af hvem – og er der svar? Problemer løses bedst "
                              "på det laveste niveau; her står det, der er sendt videre."), self)
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        box.addWidget(hint)
        self.panel = AsksPanel(ctx, self)
        box.addWidget(self.panel, 1)

    def reload(self, generation: int) -> None:
        def done(data: dict[str, Any]) -> None:
            if self.is_current(generation):
                self.panel.load(data)

        self.ctx.tasks.run(self.panel.fetch, done)
