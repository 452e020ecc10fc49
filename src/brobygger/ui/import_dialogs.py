"""The import dialogs (issue 20): the mapping step of a spreadsheet, the period of a
calendar, the preview (what will be created, matched, suggested, skipped – and why), the
result with *Fortryd import*, and the list of imports to undo. The flows that open them
are in :mod:`brobygger.ui.import_flows`."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.catalogue import ENTRY_TYPES, LEVELS, SECTORS
from brobygger.exchange.importing import FIELDS, LogMapping, Sheet
from brobygger.exchange.importing.values import cell_text
from brobygger.services import imports as si
from brobygger.services.import_undo import BatchInfo
from brobygger.ui import i18n, style
from brobygger.ui.common import combo_value, fill_combo, set_combo_value
from brobygger.ui.import_models import BatchModel, ChoiceDelegate, PlanModel, choice_field
from brobygger.ui.tables import record_view

SAMPLES = 3  # example values shown per column in the mapping step


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("imports", "Annuller"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    style.set_role(label, "hint")
    return label


class MappingDialog(QDialog):
    """The sheet's columns beside Brobygger's fields, and the sheet's type words beside the
    app's entry types – guessed (or remembered), changeable."""

    def __init__(self, sheet: Sheet, mapping: LogMapping, type_words: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet, self._mapping = sheet, mapping
        self.setWindowTitle(self.tr("Importér logbog – kolonner"))
        self.setObjectName("importMappingDialog")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Hvilke kolonner er hvad?"))
        style.set_role(title, "title")
        layout.addWidget(title)
        layout.addWidget(_hint(self.tr(
            "Arket »{sheet}« har overskrifterne i række {row} og {n} rækker med data. "
            "Brobygger har gættet ud fra overskrifterne; ret det, der er forkert. Valget "
            "huskes til næste ark med de samme kolonner.").format(
                sheet=sheet.name, row=sheet.header_row, n=len(sheet.rows))))
        labels = {"date": self.tr("Dato"), "type": self.tr("Type"), "title": self.tr("Titel"),
                  "text": self.tr("Tekst"), "initiative": self.tr("Initiativ"),
                  "participants": self.tr("Deltagere"), "tags": self.tr("Mærker"),
                  "extra": self.tr("Føj til teksten"), "ignore": self.tr("Indlæs ikke")}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        for col, head in enumerate((self.tr("Kolonne i arket"), self.tr("Felt i Brobygger"),
                                    self.tr("Eksempler"))):
            h = QLabel(f"<b>{head}</b>")
            grid.addWidget(h, 0, col)
        self.combos: dict[str, QComboBox] = {}
        for i, header in enumerate(sheet.headers, 1):
            name = QLabel(header)
            samples = [cell_text(cells[i - 1]) for _n, cells in sheet.rows[:SAMPLES]]
            shown = " · ".join(s[:28] + ("…" if len(s) > 28 else "") for s in samples if s)
            example = QLabel(shown[:90])
            example.setToolTip("\n".join(samples))
            style.set_role(example, "hint")
            combo = QComboBox()
            fill_combo(combo, [(f, labels[f]) for f in FIELDS])
            set_combo_value(combo, mapping.columns.get(header, "extra"))
            combo.setAccessibleName(self.tr("Felt for kolonnen {name}").format(name=header))
            name.setBuddy(combo)
            grid.addWidget(name, i, 0)
            grid.addWidget(combo, i, 1)
            grid.addWidget(example, i, 2)
            self.combos[header] = combo
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        layout.addWidget(scroll, 1)
        types_box = QGroupBox(self.tr("Arkets typer → Brobyggers typer"))
        form = QFormLayout(types_box)
        self.type_combos: dict[str, QComboBox] = {}
        choices = [(t.code, i18n.label(ENTRY_TYPES, t.code)) for t in ENTRY_TYPES]
        for word in type_words[:40]:
            combo = QComboBox()
            fill_combo(combo, choices)
            set_combo_value(combo, mapping.types.get(word, mapping.default_type))
            combo.setAccessibleName(self.tr("Type for »{word}«").format(word=word))
            form.addRow(word, combo)
            self.type_combos[word] = combo
        self.default_type = QComboBox()
        fill_combo(self.default_type, choices)
        set_combo_value(self.default_type, mapping.default_type)
        self.default_type.setAccessibleName(self.tr("Type for rækker uden kendt type"))
        form.addRow(self.tr("Rækker uden (kendt) type"), self.default_type)
        layout.addWidget(types_box)
        self.error = QLabel()
        style.set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Vis forhåndsvisning…")))
        self.resize(760, 620)

    def mapping(self) -> LogMapping:
        mapping = LogMapping({h: combo_value(c) for h, c in self.combos.items()},
                             dict(self._mapping.types), combo_value(self.default_type),
                             self._mapping.sheet)
        for word, combo in self.type_combos.items():
            mapping = mapping.with_type(word, combo_value(combo))
        return mapping

    def accept(self) -> None:
        from brobygger.domain.errors import InputError

        try:
            self.mapping().check(self.sheet.headers)
        except InputError as exc:
            self.error.setText(exc.message.replace(" Intet er skrevet.", ""))
            self.error.show()
            return
        super().accept()


class CalendarRangeDialog(QDialog):
    """The period whose events are imported."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importér møder fra kalender"))
        today = today or date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr(
            "Begivenhederne i perioden bliver til logindførsler af typen møde eller – vælg det "
            "i forhåndsvisningen – til møder i et forum. Gentagne møder foldes ud; en ny "
            "indlæsning af samme fil tilføjer intet to gange.")))
        form = QFormLayout()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, value, name in ((self.date_from, date(today.year - 1, 1, 1), self.tr("Fra")),
                                  (self.date_to, today, self.tr("Til og med"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        layout.addLayout(form)
        self.error = QLabel()
        style.set_role(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Videre…")))
        self.setMinimumWidth(460)

    def period(self) -> tuple[date, date]:
        a, b = self.date_from.date(), self.date_to.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def accept(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.setText(self.tr("Slutdatoen ligger før startdatoen."))
            self.error.show()
            return
        super().accept()


class PreviewDialog(QDialog):
    """What the import will do, row by row, before anything is written. Suggestions are
    confirmed here; CPR-like numbers are masked or their rows skipped; rows with errors
    are skipped only when the user says so."""

    target_changed = Signal(object)  # uuid.UUID of a forum, or None: as log entries

    def __init__(self, plan: si.ImportPlan, parent: QWidget | None = None,
                 forums: list[tuple[uuid.UUID, str]] | None = None) -> None:
        super().__init__(parent)
        self.plan, self.forums = plan, forums
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Importér – forhåndsvisning"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sådan bliver {file} læst ind").format(file=plan.source_name))
        style.set_role(title, "title")
        layout.addWidget(title)
        self.summary = _hint("")
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.only_attention = QCheckBox(self.tr("Vis kun rækker, der kræver stillingtagen"))
        self.only_attention.toggled.connect(self._filter)
        bar.addWidget(self.only_attention)
        bar.addStretch(1)
        self.accept_all = QPushButton(self.tr("&Brug alle forslag"))
        self.accept_all.clicked.connect(lambda: self._accept_all(True))
        bar.addWidget(self.accept_all)
        layout.addLayout(bar)
        self._target(layout)
        self.model = PlanModel(plan, self)
        self.view = record_view(None, self.model, stretch=PlanModel.DETAILS)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setItemDelegateForColumn(PlanModel.CHOICE, ChoiceDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAccessibleName(self.tr("Rækkerne i filen og hvad der sker med dem"))
        self.view.setColumnWidth(PlanModel.ROW, 60)
        self.view.setColumnWidth(PlanModel.WHAT, 110)
        self.view.setColumnWidth(PlanModel.ACTION, 190)
        self.view.setColumnWidth(PlanModel.LABEL, 260)
        self.view.setColumnWidth(PlanModel.CHOICE, 150)
        layout.addWidget(self.view, 1)
        self._defaults(layout)
        self._choices(layout)
        self.buttons = _buttons(self, self.tr("&Importér"))
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._update)
        self._update()
        self.resize(980, 640)

    def _defaults(self, layout: QVBoxLayout) -> None:
        """Sector and leadership level for the selected rows (new organisations and
        people); each row's own choice is its "Sektor / niveau" cell."""
        self.sector: QComboBox | None = None
        self.level: QComboBox | None = None
        self.set_sector: QPushButton | None = None
        self.set_level: QPushButton | None = None
        fields = {choice_field(r) for r in self.plan.records} - {None}
        if not fields:
            return
        box = QGroupBox(self.tr("Sektor og ledelsesniveau for de valgte rækker"))
        row = QHBoxLayout(box)
        for field, catalogue, default, name, button_text in (
                ("sector", SECTORS, "andet", self.tr("Sektor"), self.tr("Sæt &sektor")),
                ("level", LEVELS, "medarbejder", self.tr("Ledelsesniveau"),
                 self.tr("Sæt &niveau"))):
            if field not in fields:
                continue
            combo = QComboBox()
            fill_combo(combo, [(c.code, i18n.label(catalogue, c.code)) for c in catalogue])
            set_combo_value(combo, default)
            combo.setAccessibleName(name)
            label = QLabel(name)
            label.setBuddy(combo)
            button = QPushButton(button_text)
            button.setAccessibleName(self.tr("{name}: sæt for de valgte rækker").format(
                name=name))
            button.clicked.connect(lambda _c=False, f=field, cb=combo: self._set_for_selected(
                f, combo_value(cb)))
            row.addWidget(label)
            row.addWidget(combo)
            row.addWidget(button)
            row.addSpacing(12)
            if field == "sector":
                self.sector, self.set_sector = combo, button
            else:
                self.level, self.set_level = combo, button
        row.addStretch(1)
        layout.addWidget(box)
        layout.addWidget(_hint(self.tr(
            "Gule felter i kolonnen Sektor / niveau kunne ikke udledes af navn eller titel. "
            "Vælg rækkerne (Ctrl+A vælger alle) og sæt sektor eller niveau, eller dobbeltklik "
            "på en celle for at vælge for den ene række.")))

    def _set_for_selected(self, field: str, code: str) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        self.model.set_choice(rows, field, code)
        self._update()

    def _target(self, layout: QVBoxLayout) -> None:
        """For a calendar: import the events as log entries of type møde, or as meetings
        of a chosen forum (the flow plans again when the choice changes)."""
        self.target: QComboBox | None = None
        if self.forums is None:
            return
        box = QGroupBox(self.tr("Importér begivenhederne som"))
        row = QHBoxLayout(box)
        self.target = QComboBox()
        self.target.addItem(self.tr("Logindførsler af typen møde"), "")
        for forum_id, name in self.forums:
            self.target.addItem(self.tr("Møder i forummet {name}").format(name=name),
                                str(forum_id))
        set_combo_value(self.target, str(self.plan.forum_id or ""))
        self.target.setAccessibleName(self.tr("Importér begivenhederne som"))
        self.target.currentIndexChanged.connect(self._target_changed)
        row.addWidget(self.target, 1)
        if not self.forums:
            row.addWidget(_hint(self.tr("Opret et forum under Møder for at importere "
                                        "begivenhederne som møder.")), 2)
        else:
            row.addWidget(_hint(self.tr("Som møder: deltagere, der findes som personer, "
                                        "bliver inviterede.")), 2)
        layout.addWidget(box)

    def _target_changed(self, _index: int) -> None:
        value = combo_value(self.target) if self.target is not None else ""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.summary.setText(self.tr("Sammenligner med arbejdsområdet …"))
        self.target_changed.emit(uuid.UUID(value) if value else None)

    def set_plan(self, plan: si.ImportPlan) -> None:
        """The plan again (another choice of what the events become)."""
        self.plan = plan
        self.model.set_plan(plan)
        self._update()

    def _choices(self, layout: QVBoxLayout) -> None:
        self.cpr_box = QGroupBox()
        row = QHBoxLayout(self.cpr_box)
        self.cpr_group = QButtonGroup(self)
        for i, text in enumerate((self.tr("&Maskér numrene (fx 010190-****)"),
                                  self.tr("&Spring rækkerne over"))):
            button = QRadioButton(text)
            button.setChecked(i == 0)
            self.cpr_group.addButton(button, i)
            row.addWidget(button)
        layout.addWidget(self.cpr_box)
        self.skip_invalid = QCheckBox()
        self.skip_invalid.toggled.connect(self._update)
        layout.addWidget(self.skip_invalid)

    def _filter(self, on: bool) -> None:
        self.model.set_filter(on)

    def _accept_all(self, accepted: bool) -> None:
        self.model.set_all_accepted(accepted)
        self._update()

    def _update(self, *_args: object) -> None:
        p = self.plan
        accepted = sum(1 for r in p.records if r.action == si.SUGGEST and r.accepted)
        parts = [self.tr("Oprettes: {n}").format(n=p.count(si.CREATE) + p.count(si.SUGGEST)
                                                 - accepted),
                 self.tr("findes allerede: {n}").format(n=p.count(si.MATCH) + accepted),
                 self.tr("forslag: {n}").format(n=sum(1 for r in p.records
                                                      if self.model.confirmable(r))),
                 self.tr("opdateres: {n}").format(n=p.count(si.UPDATE)),
                 self.tr("allerede importeret: {n}").format(n=p.count(si.UNCHANGED)),
                 self.tr("konflikter: {n}").format(n=p.count(si.CONFLICT)),
                 self.tr("springes over: {n}").format(n=p.count(si.SKIP)),
                 self.tr("fejl: {n}").format(n=len(p.errors))]
        text = ", ".join(x for x in parts if not x.endswith(": 0"))
        missing = sum(1 for r in p.records if r.needs and choice_field(r))
        notes = " ".join([*p.notes, *([self.tr(
            "{n} nye organisationer eller personer har en sektor eller et ledelsesniveau, "
            "der ikke kunne udledes (gult) – vælg det nedenfor, ellers bruges Andet og "
            "Medarbejder.").format(n=missing)] if missing else [])])
        self.summary.setText(text + (f"\n{notes}" if notes else "") + "\n" + self.tr(
            "Intet er skrevet endnu. Der tages en sikkerhedskopi, før importen skrives."))
        self.cpr_box.setTitle(self.tr("{n} række(r) indeholder noget, der ligner et "
                                      "CPR-nummer").format(n=len(p.cpr_rows)))
        self.cpr_box.setVisible(bool(p.cpr_rows))
        self.skip_invalid.setText(self.tr("Spring de {n} rækker med fejl over (ellers "
                                          "importeres intet)").format(n=len(p.errors)))
        self.skip_invalid.setVisible(bool(p.errors))
        self.accept_all.setVisible(any(self.model.confirmable(r) for r in p.records))
        self.view.setColumnHidden(PlanModel.CHOICE,
                                  not any(choice_field(r) for r in p.records))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        blocked = bool(p.errors) and not self.skip_invalid.isChecked()
        ok.setEnabled(not blocked)
        ok.setToolTip(self.tr("Ret filen, eller spring rækkerne med fejl over.")
                      if blocked else "")

    def options(self) -> dict[str, Any]:
        """The keyword arguments of :func:`~brobygger.services.imports.apply_import`."""
        cpr = None
        if self.plan.cpr_rows:
            cpr = si.CPR_MASK if self.cpr_group.checkedId() == 0 else si.CPR_SKIP
        return {"cpr": cpr,
                "skip_invalid": bool(self.plan.errors) and self.skip_invalid.isChecked()}


class ResultDialog(QDialog):
    """What the import did, with *Fortryd import*."""

    undo_requested = Signal()

    def __init__(self, result: si.ImportResult, source_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_result = result
        self.setObjectName("importResultDialog")
        self.setWindowTitle(self.tr("Importen er gennemført"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("{file} er læst ind").format(file=source_name))
        style.set_role(title, "title")
        layout.addWidget(title)
        self.text = QLabel(result.summary_da())
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        if result.backup is not None:
            layout.addWidget(_hint(self.tr("Sikkerhedskopi fra før importen: {name}").format(
                name=result.backup.name)))
        layout.addWidget(_hint(self.tr(
            "Fortryd import lægger alt, hvad importen oprettede, i papirkurven – så længe "
            "intet af det er rettet, og intet andet henviser til det.")))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        self.undo = box.addButton(self.tr("&Fortryd import"),
                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.undo.setAccessibleName(self.tr("Fortryd importen"))
        self.undo.clicked.connect(self.undo_requested.emit)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(560, 260)


class UndoDialog(QDialog):
    """The imports, newest first; *Fortryd import* on the selected one."""

    undo_requested = Signal(object)  # BatchInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fortryd import"))
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr(
            "Vælg en import. Det, den oprettede, lægges i papirkurven – kun hvis intet af "
            "det er rettet siden, og intet andet henviser til det.")))
        self.model = BatchModel([], self)
        self.view = record_view(None, self.model, self.tr("Importerne"), stretch=2)
        self.view.setColumnWidth(0, 130)
        self.view.setColumnWidth(1, 170)
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        self.undo = box.addButton(self.tr("&Fortryd valgte import"),
                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.undo.clicked.connect(self._undo)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(720, 380)

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.model.set_batches(batches)
        if batches:
            self.view.selectRow(0)
        else:
            self.message.setText(self.tr("Der er ingen importer endnu."))

    def selected(self) -> BatchInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.batches[rows[0].row()] if rows else None

    def _undo(self) -> None:
        batch = self.selected()
        if batch is not None:
            self.undo_requested.emit(batch)

    def show_message(self, text: str, error: bool = False) -> None:
        style.set_role(self.message, "error" if error else "hint")
        self.message.setText(text)
