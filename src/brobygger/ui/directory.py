"""Personer og organisationer: a directory with sector and level, and a person's page."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)

from brobygger.domain.catalogue import LEVELS, ORGANISATION_KINDS, PERSON_ROLES, SECTORS
from brobygger.services import LogFilter
from brobygger.services.person_directory import DirectoryQuery
from brobygger.ui import common, dialogs, i18n
from brobygger.ui.boxes import MessageBox
from brobygger.ui.common import (
    Context,
    ask,
    combo_value,
    documents_dir,
    fill_combo,
    fit_columns,
    selected_record,
    setup_table,
    show_error,
    with_selected,
)
from brobygger.ui.directory_people import PeopleModel
from brobygger.ui.form_setup import page_form
from brobygger.ui.forms.ui_directorypage import Ui_DirectoryPage
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.name_book import name_book
from brobygger.ui.page import Page
from brobygger.ui.record_table import RecordTable
from brobygger.ui.render import organisation_html, person_html


class DirectoryPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = page_form(self, Ui_DirectoryPage())
        self.org_names: dict[uuid.UUID, str] = {}
        self._orgs: list[Any] = []
        # the people a block at a time (50,000 at scale 10); the organisations are few
        self.people = PeopleModel(ctx, [
            Column(self.tr("Navn"), lambda p: p.name),
            Column(self.tr("Titel"), lambda p: p.title),
            Column(self.tr("Organisation"), lambda p: self.org_names.get(p.organisation_id, "")),
            Column(self.tr("Niveau"), lambda p: i18n.label(LEVELS, p.level)),
            Column(self.tr("Funktion"), lambda p: i18n.label(PERSON_ROLES, p.role)),
            Column(self.tr("Ildsjæl"), lambda p: "★" if p.is_champion else ""),
        ], self)
        self.orgs = RecordTableModel([
            Column(self.tr("Navn"), lambda o: o.name),
            Column(self.tr("Sektor"), lambda o: i18n.label(SECTORS, o.sector)),
            Column(self.tr("Type"), lambda o: i18n.label(ORGANISATION_KINDS, o.kind)),
            Column(self.tr("Overordnet"), lambda o: self.org_names.get(o.parent_id, "")),
        ], self)
        ui.peopleView.setModel(self.people)
        ui.orgView.setModel(self.orgs)
        setup_table(ui.peopleView, stretch=None)
        setup_table(ui.orgView, stretch=None)
        ui.peopleSplitter.setSizes([520, 420])
        ui.orgSplitter.setSizes([520, 420])
        fill_combo(ui.levelFilter, i18n.choices(LEVELS), none_label=self.tr("Alle niveauer"))
        fill_combo(ui.sectorFilter, i18n.choices(SECTORS), none_label=self.tr("Alle sektorer"))
        ui.peopleSearch.textChanged.connect(self._filter_people)
        ui.levelFilter.currentIndexChanged.connect(self._filter_people)
        ui.orgSearch.textChanged.connect(self._filter_orgs)
        ui.sectorFilter.currentIndexChanged.connect(self._filter_orgs)
        self.kind_filter = kind_filter(ui.sectorFilter, self.tr("Alle typer"),
                                       self.tr("Organisationstype"))
        self.kind_filter.currentIndexChanged.connect(self._filter_orgs)
        ui.peopleView.selectionModel().selectionChanged.connect(self._person_selected)
        ui.orgView.selectionModel().selectionChanged.connect(self._org_selected)
        ui.newPersonButton.clicked.connect(
            lambda: dialogs.open_dialog(dialogs.PersonDialog(self.ctx, None, self.window())))
        ui.newOrgButton.clicked.connect(
            lambda: dialogs.open_dialog(dialogs.OrganisationDialog(self.ctx, None,
                                                                   self.window())))
        self.people_records = RecordTable(
            self, ctx, ui.peopleView, service="people", what=lambda person: person.name,
            open=lambda person: dialogs.open_dialog(
                dialogs.PersonDialog(self.ctx, person, self.window())))
        self.people_records.buttons(ui.editPersonButton, ui.deletePersonButton,
                                    ui.personHistoryButton)
        self.org_records = RecordTable(
            self, ctx, ui.orgView, service="organisations", what=lambda org: org.name,
            open=lambda org: dialogs.open_dialog(
                dialogs.OrganisationDialog(self.ctx, org, self.window())))
        self.org_records.buttons(ui.editOrgButton, ui.deleteOrgButton, ui.orgHistoryButton)
        ui.exportPersonButton.clicked.connect(lambda: self.export_person())
        ui.anonymiseButton.clicked.connect(self.anonymise_person)
        ui.exportPersonButton.setToolTip(self.tr(
            "Alt, hvad arbejdsområdet rummer om personen, som PDF eller JSON (GDPR: "
            "indsigt og dataportabilitet)"))
        ui.anonymiseButton.setToolTip(self.tr(
            "Erstatter navn og kontaktdata og fjerner navnet fra alle tekster (GDPR: "
            "sletning); vurderingerne bliver stående anonymt"))
        self._gdpr_busy: QProgressDialog | None = None
        self.self_review_button = QPushButton(self.tr("Egen evaluering…"), self)
        self.self_review_button.setToolTip(self.tr(
            "Din egen daterede note om chefens tre opgaver og tre kompetencer – privat, "
            "medmindre du deler den med en efterfølger"))
        self.self_review_button.clicked.connect(self.add_self_review)
        ui.personActions.addWidget(self.self_review_button)
        ui.personView.setHtml(person_html(None))
        ui.orgDetail.setHtml(organisation_html(None))

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc

        def work() -> dict[str, Any]:
            return {"orgs": svc.organisations.all()}

        def done(data: dict[str, Any]) -> None:
            if not self.is_current(generation):
                return
            self._orgs = data["orgs"]
            self.org_names = {o.id: o.name for o in self._orgs}
            self._filter_people()
            self._filter_orgs()

        self.ctx.tasks.run(work, done)

    def _filter_people(self) -> None:
        """Search and level are answered by the database; the first block is shown."""
        query = DirectoryQuery(level=combo_value(self.ui.levelFilter),
                               text=self.ui.peopleSearch.text().strip())
        selected = selected_record(self.ui.peopleView)

        def shown() -> None:
            fit_columns(self.ui.peopleView, {1: 230, 2: 210})
            if selected is not None and self.people.row_of(selected.id) >= 0:
                self.ui.peopleView.selectRow(self.people.row_of(selected.id))
            elif self.people.rowCount():
                self.ui.peopleView.selectRow(0)
            else:
                self.ui.personView.setHtml(person_html(None))

        self.people.load(query, shown)

    def _filter_orgs(self) -> None:
        text = self.ui.orgSearch.text().strip().casefold()
        sector = combo_value(self.ui.sectorFilter)
        kind = combo_value(self.kind_filter)
        selected = selected_record(self.ui.orgView)
        rows = [o for o in self._orgs if (not sector or o.sector == sector)
                and (not kind or o.kind == kind)
                and (not text or text in o.name.casefold())]
        self.orgs.set_rows(rows)
        fit_columns(self.ui.orgView)
        if selected is not None and self.orgs.row_of(selected.id) >= 0:
            self.ui.orgView.selectRow(self.orgs.row_of(selected.id))
        elif rows:
            self.ui.orgView.selectRow(0)

    def show_person(self, person_id: uuid.UUID) -> None:
        self.ui.tabs.setCurrentIndex(0)

        def select(row: int) -> None:
            if row >= 0:
                self.ui.peopleView.selectRow(row)

        self.people.reveal(person_id, select)

    def _show_detail(self, view: QTableView, pane: QTextBrowser,
                     render: Callable[[dict[str, Any] | None], str],
                     gather: Callable[[Any], dict[str, Any]]) -> None:
        """The selected record's page in ``pane``: what ``gather`` reads on the worker,
        rendered – unless another row was selected meanwhile."""
        record = selected_record(view)
        if record is None:
            pane.setHtml(render(None))
            return

        def done(bundle: dict[str, Any]) -> None:
            current = selected_record(view)
            if current is not None and current.id == record.id:
                pane.setHtml(render(bundle))

        self.ctx.tasks.run(lambda: gather(record), done)

    def _person_selected(self, *_args: object) -> None:
        svc = self.ctx.svc
        book = name_book(self.ctx)

        def gather(person: Any) -> dict[str, Any]:
            names = book.with_initiatives(svc)  # shared with the other views, not a copy
            relations = svc.relationships.list(party_id=person.id)
            if person.organisation_id:
                relations += svc.relationships.list(party_id=person.organisation_id)
            return {"person": person, "names": names,
                    "members": svc.members.list(person_id=person.id),
                    "relations": relations,
                    "actions": svc.actions.list(owner_id=person.id),
                    "entries": svc.log.list(LogFilter(person_id=person.id), limit=50),
                    "self_reviews": svc.self_reviews.list(person.id)}

        self._show_detail(self.ui.peopleView, self.ui.personView, person_html, gather)

    def add_self_review(self) -> None:
        from brobygger.ui.asks import SelfReviewDialog

        with_selected(self.ui.peopleView, lambda person: dialogs.open_dialog(
            SelfReviewDialog(self.ctx, None, self.window(), person_id=person.id)))

    def _org_selected(self, *_args: object) -> None:
        svc = self.ctx.svc
        book = name_book(self.ctx)

        def gather(org: Any) -> dict[str, Any]:
            names = book.with_initiatives(svc)  # shared with the other views, not a copy
            parties = [p for i in svc.initiatives.all() for p in svc.parties.list(i.id)
                       if p.organisation_id == org.id]
            return {"organisation": org, "names": names,
                    "people": svc.people.list(organisation_id=org.id), "parties": parties,
                    "relations": svc.relationships.list(party_id=org.id)}

        self._show_detail(self.ui.orgView, self.ui.orgDetail, organisation_html, gather)

    # -- GDPR --------------------------------------------------------------------------------
    def export_person(self, path: Path | None = None) -> None:
        """Everything held about the selected person, as PDF or JSON (by the suffix)."""
        from brobygger.services.gdpr import write_person_export

        person = selected_record(self.ui.peopleView)
        if person is None:
            return
        suggested = documents_dir() / f"persondata-{_slug(person.name)}.pdf"
        target = path or common.save_path_hook(
            self.window(), self.tr("Eksportér persondata"), suggested,
            self.tr("PDF til at læse (*.pdf);;JSON til andre systemer (*.json)"))
        if target is None:
            return
        if target.suffix.lower() not in (".pdf", ".json"):
            target = target.with_suffix(".pdf")
        svc, person_id = self.ctx.svc, person.id
        self._busy(self.tr("Samler personens data …"))

        def done(written: Path) -> None:
            self._idle()
            self._info(self.tr("Alt om {name} er gemt i {path}.").format(
                name=person.name, path=written))

        self.ctx.tasks.run(lambda: write_person_export(svc.gdpr.export_person(person_id),
                                                       target), done, self._gdpr_failed)

    def anonymise_person(self) -> None:
        person = selected_record(self.ui.peopleView)
        if person is None:
            return
        text = self.tr(
            "Navn, titel, telefon, e-mail og noter for {name} erstattes, og navnet fjernes "
            "fra alle tekster i arbejdsområdet – også i papirkurven og historikken. Vurderinger "
            "og roller bliver stående under betegnelsen »Anonym person«.\n\nDet kan ikke "
            "fortrydes. Sikkerhedskopier fra før beholder de gamle oplysninger, til de "
            "bliver ryddet op.").format(name=person.name)
        if not ask(self.window(), self.tr("Anonymisér person"), text,
                   self.tr("Anonymisér")):
            return
        svc, person_id = self.ctx.svc, person.id
        self._busy(self.tr("Anonymiserer {name} …").format(name=person.name))

        def done(result: Any) -> None:
            self._idle()
            self._info(self.tr("{name} hedder nu »{label}«. {n} poster er ændret.").format(
                name=person.name, label=result.label, n=result.records_changed))

        self.ctx.tasks.run(lambda: svc.gdpr.anonymise_person(person_id), done,
                           self._gdpr_failed, write=True)

    def _busy(self, text: str) -> None:
        progress = QProgressDialog(text, "", 0, 0, self.window())
        progress.setCancelButton(None)
        progress.setWindowTitle("Brobygger")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._gdpr_busy = progress

    def _idle(self) -> None:
        if self._gdpr_busy is not None:
            self._gdpr_busy.close()
            self._gdpr_busy = None

    def _gdpr_failed(self, exc: BaseException) -> None:
        self._idle()
        show_error(self.window(), exc)

    def _info(self, text: str) -> None:
        box = MessageBox(QMessageBox.Icon.Information, "Brobygger", text,
                          QMessageBox.StandardButton.Ok, self.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box



def _slug(name: str) -> str:
    keep = "".join(c if c.isalnum() else "-" for c in name.casefold())
    return "-".join(p for p in keep.split("-") if p)[:60] or "person"


def kind_filter(beside: QComboBox, none_label: str, name: str) -> QComboBox:
    """A filter by organisation type (sundhedsråd, KAP-enhed, …) placed after ``beside``."""
    holder = beside.parentWidget()
    combo = QComboBox(holder)
    combo.setAccessibleName(name)
    fill_combo(combo, i18n.choices(ORGANISATION_KINDS), none_label=none_label)
    boxes = holder.findChildren(QBoxLayout) if holder is not None else []
    for box in boxes:
        at = box.indexOf(beside)
        if at >= 0:
            box.insertWidget(at + 1, combo)
            QWidget.setTabOrder(beside, combo)
            break
    return combo
