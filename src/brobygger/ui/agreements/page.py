"""Aftaler: the agreement register (issue 17). One row per agreement – its version for
today – with kind, version, status, review date, deviations and a flag for task transfers
without a medical responsible; below it the selected agreement's versions (superseded ones
stay visible), its deviations and its task transfers. Every count comes from
:mod:`brobygger.services.agreements` (the same as the status brief, Min uge and the CLI)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.agreements import AGREEMENT_KINDS, AGREEMENT_STATUSES
from brobygger.ui import i18n, style
from brobygger.ui.buttons import command_row
from brobygger.ui.common import (
    Context,
    combo_value,
    esc,
    fill_combo,
    fit_columns,
    fit_combo,
    paragraphs,
    select_record,
    selected_record,
    setup_table,
)
from brobygger.ui.dialogs import open_dialog
from brobygger.ui.history import add_history_menu, open_history
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.page import Page

AGREEMENT_TABLES = frozenset({"agreement", "agreement_party", "agreement_initiative",
                              "deviation", "agreement_entry", "task_transfer", "forum",
                              "organisation", "initiative", "indicator", "person"})


def fetch(svc: Any, today: date) -> dict[str, Any]:
    """Everything the page shows (runs in the background)."""
    ag = svc.agreements
    return {"lines": ag.register(today), "series": ag.series(),
            "deviations": ag.deviations.list(),
            "transfers": ag.transfer_views(ag.transfers.list()), "links": ag.entry_links(),
            "forums": [(f.id, f.name) for f in svc.meetings.forums.all()],
            "orgs": {o.id: o.name for o in svc.organisations.all(include_deleted=True)}}


class AgreementsPage(Page):
    """The register with its filters, the selected agreement and its commands."""

    tables: ClassVar[frozenset[str]] = AGREEMENT_TABLES

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: dict[str, Any] = {"lines": [], "series": {}, "deviations": [],
                                     "transfers": [], "forums": [], "orgs": {}, "links": []}
        self.today = date.today()
        box = QVBoxLayout(self)
        self.title = QLabel(self.tr("Aftaler"), self)
        style.set_role(self.title, "title")
        box.addWidget(self.title)
        hint = QLabel(self.tr("Aftalerne, samarbejdet kører på – med versioner, afvigelser og "
                              "opgaveoverdragelser. Afvigelser skjules ikke: de gør næste "
                              "revision bedre."), self)
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        box.addWidget(hint)
        box.addLayout(self._filters())
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Antal aftaler"))
        box.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(Qt.Orientation.Horizontal, split)
        self.view = QTableView(top)
        self.view.setAccessibleName(self.tr("Aftaleregister"))
        self.detail = QTextBrowser(top)
        self.detail.setAccessibleName(self.tr("Den valgte aftale"))
        self.detail.setMinimumWidth(360)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([880, 380])
        self.tabs = QTabWidget(split)
        self.tabs.setAccessibleName(self.tr("Versioner, afvigelser og opgaveoverdragelser"))
        self._tables()
        split.setSizes([330, 260])
        box.addWidget(split, 1)
        box.addLayout(self._buttons())
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.transfer_view.doubleClicked.connect(lambda _i: self.edit_transfer())
        self.deviation_view.doubleClicked.connect(lambda _i: self.edit_deviation())
        self.show_selected()

    # -- building ---------------------------------------------------------------------------
    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.forum_filter = QComboBox(self)
        self.forum_filter.setAccessibleName(self.tr("Forum"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Type"))
        fill_combo(self.kind_filter, i18n.choices(AGREEMENT_KINDS),
                   none_label=self.tr("Alle typer"))
        self.due_filter = QCheckBox(self.tr("Kun &til revision"), self)
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Søg i titel og parter"))
        self.text_filter.setAccessibleName(self.tr("Søg i aftaler"))
        self.text_filter.setClearButtonEnabled(True)
        for w in (self.forum_filter, self.kind_filter):
            fit_combo(w, 22)
            w.currentIndexChanged.connect(self.apply_filters)
            row.addWidget(w)
        row.addWidget(self.due_filter)
        row.addWidget(self.text_filter, 1)
        self.forum_brief_button = QPushButton(self.tr("Opfølgning for et &forum …"), self)
        self.forum_brief_button.clicked.connect(self.export_forum_brief)
        row.addWidget(self.forum_brief_button)
        self.due_filter.toggled.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self.apply_filters)
        return row

    def _tables(self) -> None:
        self.model = RecordTableModel([
            Column(self.tr("Aftale"), lambda ln: ln.agreement.title),
            Column(self.tr("Bemærk"), self.flag_text,
                   foreground=lambda ln: style.OVERDUE if ln.transfers_flagged else None),
            Column(self.tr("Status"),
                   lambda ln: i18n.label(AGREEMENT_STATUSES, ln.agreement.status)),
            Column(self.tr("Revideres senest"),
                   lambda ln: i18n.fmt_date(ln.agreement.review_on),
                   foreground=lambda ln: style.OVERDUE if ln.review_due else None),
            Column(self.tr("Afvigelser"), lambda ln: str(ln.deviations)),
            Column(self.tr("Type"), lambda ln: i18n.label(AGREEMENT_KINDS, ln.agreement.kind)),
            Column(self.tr("Version"), lambda ln: ln.agreement.version_label),
        ], self)
        self.view.setModel(self.model)
        setup_table(self.view)
        add_history_menu(self.view, self.ctx, lambda ln: (ln.agreement.id, ln.agreement.title))
        self.version_model = RecordTableModel([
            Column(self.tr("Version"), lambda a: a.version_label),
            Column(self.tr("Status"), lambda a: i18n.label(AGREEMENT_STATUSES, a.status)),
            Column(self.tr("I kraft fra"), lambda a: i18n.fmt_date(a.in_force_from)),
            Column(self.tr("I kraft til"), lambda a: i18n.fmt_date(a.in_force_to)),
            Column(self.tr("Dokument"), lambda a: a.document_ref),
        ], self)
        self.deviation_model = RecordTableModel([
            Column(self.tr("Dato"), lambda d: i18n.fmt_date(d.observed_on)),
            Column(self.tr("Afvigelse"), lambda d: d.title),
            Column(self.tr("Tema"), lambda d: d.theme),
            Column(self.tr("Hvorfor"), lambda d: d.reason),
            Column(self.tr("Bør ændres"), lambda d: d.proposal),
        ], self)
        self.transfer_model = RecordTableModel([
            Column(self.tr("Opgave"), lambda t: t.transfer.task),
            Column(self.tr("Fra"), lambda t: t.from_party),
            Column(self.tr("Til"), lambda t: t.to_party),
            Column(self.tr("Lægeligt ansvar"),
                   lambda t: t.medical or self.tr("Ingen lægeligt ansvarlig"),
                   foreground=lambda t: style.OVERDUE if t.flagged else None),
            Column(self.tr("Monitorering"), lambda t: t.indicator or t.transfer.monitoring),
        ], self)
        self.version_view = QTableView(self.tabs)
        self.deviation_view = QTableView(self.tabs)
        self.transfer_view = QTableView(self.tabs)
        for view, model, name in (
                (self.version_view, self.version_model, self.tr("Versioner")),
                (self.deviation_view, self.deviation_model, self.tr("Afvigelser")),
                (self.transfer_view, self.transfer_model, self.tr("Opgaveoverdragelser"))):
            view.setModel(model)
            setup_table(view, stretch=1)
            view.setAccessibleName(name)
            self.tabs.addTab(view, name)
        from brobygger.ui.agreements.links import EntriesTab

        self.entries_tab = EntriesTab(self.tabs)
        self.tabs.addTab(self.entries_tab, self.tr("Logindførsler"))
        self.entries_tab.link_button.clicked.connect(self.link_entry)
        self.entries_tab.unlink_button.clicked.connect(self.unlink_entry)
        add_history_menu(self.deviation_view, self.ctx, lambda d: (d.id, d.title))
        add_history_menu(self.transfer_view, self.ctx,
                         lambda t: (t.transfer.id, t.transfer.task))

    def _buttons(self) -> QHBoxLayout:
        row, buttons = command_row(self, [
            (self.tr("&Ny aftale …"), self.new), (self.tr("&Ret …"), self.edit),
            (self.tr("Ny &version …"), self.new_version),
            (self.tr("Registrér &afvigelse …"), self.new_deviation),
            (self.tr("Ny &opgaveoverdragelse …"), self.new_transfer),
            (self.tr("O&pfølgning (PDF) …"), self.export_brief),
            (self.tr("&Historik …"), self.history)])
        (self.new_button, self.edit_button, self.version_button, self.deviation_button,
         self.transfer_button, self.brief_button, self.history_button) = buttons
        return row

    # -- texts ------------------------------------------------------------------------------
    def review_text(self, ln: Any) -> str:
        a = ln.agreement
        text = i18n.fmt_date(a.review_on) if a.review_on else ""
        if ln.review_due:
            text = (text + " " if text else "") + self.tr("(til revision)")
        return text

    def flag_text(self, ln: Any) -> str:
        parts = []
        if ln.transfers_flagged:
            parts.append(self.tr("{n} uden lægeligt ansvar").format(n=ln.transfers_flagged))
        if not ln.in_force:
            parts.append(self.tr("ikke i kraft"))
        if ln.versions > 1:
            parts.append(self.tr("{n} versioner").format(n=ln.versions))
        return " · ".join(parts)

    # -- data -------------------------------------------------------------------------------
    def reload(self, generation: int) -> None:
        svc, today = self.ctx.svc, date.today()

        def done(data: dict[str, Any]) -> None:
            if self.is_current(generation):
                self.load(data, today)

        self.ctx.tasks.run(lambda: fetch(svc, today), done)

    def load(self, data: dict[str, Any], today: date) -> None:
        self.data, self.today = data, today
        forum = combo_value(self.forum_filter)
        fill_combo(self.forum_filter, sorted(data["forums"], key=lambda kv: kv[1]),
                   none_label=self.tr("Alle fora"))
        if forum is not None:
            from brobygger.ui.common import set_combo_value
            set_combo_value(self.forum_filter, forum)
        self.apply_filters()

    def apply_filters(self) -> None:
        forum, kind = combo_value(self.forum_filter), combo_value(self.kind_filter)
        due = self.due_filter.isChecked()
        needle = self.text_filter.text().strip().casefold()
        orgs = self.data["orgs"]
        rows = [ln for ln in self.data["lines"]
                if (not forum or ln.agreement.forum_id == forum)
                and (not kind or ln.agreement.kind == kind) and (not due or ln.review_due)
                and (not needle or needle in " ".join(
                    (ln.agreement.title, *(orgs.get(p, "") for p in ln.agreement.parties))
                ).casefold())]
        selected = self.current()
        self.model.set_rows(rows)
        fit_columns(self.view, {0: 260, 1: 190, 2: 100, 3: 160, 4: 90, 5: 150, 6: 140})
        if rows:
            self.view.horizontalHeader().resizeSection(0, 260)
        flagged = sum(ln.transfers_flagged for ln in rows)
        text = self.tr("{n} aftaler: {i} i kraft, {r} til revision").format(
            n=len(rows), i=sum(1 for ln in rows if ln.in_force),
            r=sum(1 for ln in rows if ln.review_due))
        if flagged:
            text += self.tr(" – ⚠ {f} opgaveoverdragelser uden lægeligt ansvarlig").format(
                f=flagged)
        self.count_label.setText(text)
        select_record(self.view, selected)
        self.show_selected()

    # -- the selected agreement -----------------------------------------------------------------
    def current(self) -> Any:
        return selected_record(self.view)

    def versions_of(self, ln: Any) -> list[Any]:
        return list(self.data["series"].get(ln.agreement.series_id, [ln.agreement]))

    def show_selected(self) -> None:
        ln = self.current()
        for b in (self.edit_button, self.version_button, self.deviation_button,
                  self.brief_button, self.history_button):
            b.setEnabled(ln is not None)
        if ln is None:
            for m in (self.version_model, self.deviation_model, self.transfer_model,
                      self.entries_tab.model):
                m.set_rows([])
            self.entries_tab.update_buttons(False)
            hint = self.tr("Vælg en aftale.")
            self.detail.setHtml(f"<p style='color:{style.MUTED}'>{esc(hint)}</p>")
            return
        versions = self.versions_of(ln)
        ids = {a.id for a in versions}
        self.version_model.set_rows(list(reversed(versions)))
        self.deviation_model.set_rows(sorted(
            (d for d in self.data["deviations"] if d.agreement_id in ids),
            key=lambda d: d.observed_on, reverse=True))
        self.transfer_model.set_rows([t for t in self.data["transfers"]
                                      if t.transfer.agreement_id in ids])
        self.entries_tab.model.set_rows([k for k in self.data["links"]
                                         if k.agreement_id in ids])
        self.entries_tab.update_buttons(True)
        fit_columns(self.entries_tab.view, {0: 160, 1: 460, 2: 360})
        fit_columns(self.version_view, {0: 160, 1: 100, 2: 140, 3: 140})
        fit_columns(self.deviation_view, {0: 120, 1: 260, 2: 120, 3: 220})
        fit_columns(self.transfer_view, {0: 200, 1: 200, 2: 200, 3: 220})
        self.detail.setHtml(self.agreement_html(ln))

    def agreement_html(self, ln: Any) -> str:
        a, orgs = ln.agreement, self.data["orgs"]
        rows = [(self.tr("Type"), i18n.label(AGREEMENT_KINDS, a.kind)),
                (self.tr("Version"), a.version_label),
                (self.tr("Status"), i18n.label(AGREEMENT_STATUSES, a.status)),
                (self.tr("I kraft"), f"{i18n.fmt_date(a.in_force_from) or '…'} – "
                                     f"{i18n.fmt_date(a.in_force_to) or '…'}"),
                (self.tr("Revideres senest"), self.review_text(ln) or "–"),
                (self.tr("Parter"), ", ".join(orgs.get(p, "") for p in a.parties) or "–"),
                (self.tr("Godkendt af"), ln.forum or "–"),
                (self.tr("Ejer"), ln.owner or "–"),
                (self.tr("Dokument"), a.document_ref or "–")]
        table = "".join(f"<tr><td style='color:{style.MUTED}; padding-right:8px'>{esc(k)}</td>"
                        f"<td>{esc(v)}</td></tr>" for k, v in rows)
        out = f"<h3>{esc(a.title)}</h3><table>{table}</table>"
        if ln.transfers_flagged:
            warn = self.tr("⚠ {n} opgaveoverdragelse(r) uden lægeligt ansvarlig – se fanen "
                           "Opgaveoverdragelser.").format(n=ln.transfers_flagged)
            out += f"<p style='color:{style.OVERDUE}'><b>{esc(warn)}</b></p>"
        return out + (paragraphs(a.summary) if a.summary else "")

    # -- commands ---------------------------------------------------------------------------
    def new(self) -> None:
        from brobygger.ui.agreements.dialogs import AgreementDialog

        forum = combo_value(self.forum_filter)
        defaults: dict[str, Any] = {"forum_id": forum} if forum else {}
        open_dialog(AgreementDialog(self.ctx, None, self.window(), **defaults))

    def edit(self) -> None:
        from brobygger.ui.agreements.dialogs import AgreementDialog

        if (ln := self.current()) is not None:
            open_dialog(AgreementDialog(self.ctx, ln.agreement, self.window()))

    def new_version(self) -> None:
        from brobygger.ui.agreements.dialogs import VersionDialog

        if (ln := self.current()) is not None:
            open_dialog(VersionDialog(self.ctx, ln.agreement, self.window()))

    def new_deviation(self) -> None:
        from brobygger.ui.agreements.dialogs import DeviationDialog

        if (ln := self.current()) is not None:
            open_dialog(DeviationDialog(self.ctx, None, self.window(),
                                        agreement_id=ln.agreement.id))

    def edit_deviation(self) -> None:
        from brobygger.ui.agreements.dialogs import DeviationDialog

        if (d := selected_record(self.deviation_view)) is not None:
            open_dialog(DeviationDialog(self.ctx, d, self.window()))

    def new_transfer(self) -> None:
        from brobygger.ui.agreements.dialogs import TransferDialog

        defaults: dict[str, Any] = {}
        if (ln := self.current()) is not None:
            defaults["agreement_id"] = ln.agreement.id
            if ln.agreement.initiative_ids:
                defaults["initiative_id"] = ln.agreement.initiative_ids[0]
            if ln.agreement.parties:
                defaults["from_org_id"] = ln.agreement.parties[0]
        open_dialog(TransferDialog(self.ctx, None, self.window(), **defaults))

    def edit_transfer(self) -> None:
        from brobygger.ui.agreements.dialogs import TransferDialog

        if (t := selected_record(self.transfer_view)) is not None:
            open_dialog(TransferDialog(self.ctx, t.transfer, self.window()))

    def link_entry(self) -> None:
        from brobygger.ui.agreements.links import LinkEntryDialog

        if (ln := self.current()) is not None:
            ids = {a.id for a in self.versions_of(ln)}
            devs = [d for d in self.data["deviations"] if d.agreement_id in ids]
            dev = selected_record(self.deviation_view)
            open_dialog(LinkEntryDialog(self.ctx, ln.agreement, devs, self.window(),
                                        deviation_id=dev.id if dev is not None else None))

    def unlink_entry(self) -> None:
        from brobygger.ui.agreements.links import unlink

        if (k := selected_record(self.entries_tab.view)) is not None:
            unlink(self.ctx, self, k)

    def export_forum_brief(self) -> None:
        """The follow-up brief for all agreements of a forum (chosen in a dialog)."""
        from brobygger.ui.agreements.links import ForumBriefDialog

        ln = self.current()
        forum = combo_value(self.forum_filter) or (ln.agreement.forum_id if ln else None)
        open_dialog(ForumBriefDialog(self.ctx, self.data["forums"], self.window(), forum))

    def history(self) -> None:
        if (ln := self.current()) is not None:
            open_history(self.ctx, self.window(), ln.agreement.id, ln.agreement.title)

    def export_brief(self) -> None:
        """The follow-up brief for the selected agreement (PDF), written in the background
        and opened."""
        from pathlib import Path

        from brobygger.ui import saving
        from brobygger.ui.common import documents_dir, show_error

        ln = self.current()
        if ln is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in ln.agreement.title)[:40].strip("-")
        path = saving.ask_path_hook(self, documents_dir() / f"Aftale-{safe}.pdf")
        if path is None:
            return
        svc, agreement_id, author = self.ctx.svc, ln.agreement.id, self.ctx.svc.author

        def work() -> Path:
            from brobygger.services.agreement_brief import agreement_brief

            return agreement_brief(svc, path, agreement_id=agreement_id, author=author)

        self.ctx.tasks.run(work, saving.open_file_hook, lambda exc: show_error(self, exc))


def select_agreement(page: AgreementsPage, record_id: uuid.UUID) -> None:
    """Select the agreement (any of its versions) once the register has loaded."""
    def select() -> None:
        for row in range(page.model.rowCount()):
            ln = page.model.record(row)
            if ln is not None and any(a.id == record_id for a in page.versions_of(ln)):
                page.view.selectRow(row)
                return

    if page.model.rowCount():
        select()
        return

    def loaded() -> None:
        page.model.modelReset.disconnect(loaded)
        select()

    page.model.modelReset.connect(loaded)
