"""Exchange and exports in the app: the conflict dialog and the three flows behind the menu
entries (import a bundle, export a bundle, export a table or calendar).

Self-contained: the main window only needs to call, e.g. from its File menu::

    from brobygger.ui import exchange_dialogs as xd
    xd.import_bundle(ctx, self)                          # Filer → Indlæs udvekslingsfil…
    xd.export_bundle(ctx, self, [initiative.id])         # Filer → Send initiativ til modpart…
    xd.export_file(ctx, self, "xlsx", "log", initiative_id)   # Filer → Eksportér …

Every slow step (the key derivation, the comparison, the backup and the import) runs on the
task runner; a busy progress dialog shows meanwhile. Nothing is written before the user has
seen what will happen and chosen for every conflict.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain.errors import InputError
from brobygger.exchange import (
    Choice,
    Conflict,
    ImportPlan,
    ImportResult,
    Resolutions,
    apply_import,
    export_ics,
    export_table,
    plan_import,
    read_bundle,
)
from brobygger.exchange import export_bundle as _export_bundle
from brobygger.exchange.bundle import MIN_PASSPHRASE, SUFFIX
from brobygger.exchange.conflicts import FieldChange
from brobygger.ui.boxes import MessageBox
from brobygger.ui.common import Context, show_error
from brobygger.ui.form_setup import add_text, standard_buttons
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.tables import record_view


def choice_label(choice: Choice | None) -> str:
    if choice is None:
        return _tr("exchange", "– vælg –")
    return {Choice.MINE: _tr("exchange", "Behold min"),
            Choice.THEIRS: _tr("exchange", "Tag modpartens"),
            Choice.BOTH: _tr("exchange", "Behold begge")}[choice]


class ConflictDialog(QDialog):
    """One row per conflict; the fields that differ for the selected one; a choice per
    conflict (or one for all). ``resolutions()`` gives the choices once accepted."""

    chosen = Signal()

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._choices = plan.resolutions()
        self.setWindowTitle(_tr("exchange", "Konflikter i udvekslingsfilen"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        add_text(layout, _tr("exchange",
            "Disse poster er ændret både her og hos modparten siden sidste udveksling. Vælg for "
            "hver, hvilken version der skal gælde. »Behold begge« lægger modpartens version ind "
            "som en ny post med en note."), self)
        self.summary = add_text(
            layout, plan.preview.manifest.summary_da() + "\n" + plan.summary_da(), self)

        self.conflicts = RecordTableModel([
            Column(_tr("exchange", "Hvad"), lambda c: c.entity_label.capitalize()),
            Column(_tr("exchange", "Titel"), lambda c: c.title),
            Column(_tr("exchange", "Valg"),
                   lambda c: choice_label(self._choices.choice(c.record_id))),
        ], self)
        self.conflicts.set_rows(plan.conflicts)
        self.fields = RecordTableModel([
            Column(_tr("exchange", "Felt"), lambda f: f.label),
            Column(_tr("exchange", "Her"), lambda f: f.mine),
            Column(_tr("exchange", "Hos modparten"), lambda f: f.theirs),
        ], self)
        self.conflict_view = record_view(self, self.conflicts, stretch=1)
        self.field_view = record_view(self, self.fields, stretch=2)
        self.field_view.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.conflict_view)
        splitter.addWidget(self.field_view)
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("exchange", "Denne post:"), self))
        self.group = QButtonGroup(self)
        self.radios: dict[Choice, QRadioButton] = {}
        for choice in Choice:
            radio = QRadioButton(choice_label(choice), self)
            self.group.addButton(radio)
            self.radios[choice] = radio
            row.addWidget(radio)
            radio.clicked.connect(lambda _=False, c=choice: self.choose(c))
        row.addStretch(1)
        row.addWidget(QLabel(_tr("exchange", "Alle:"), self))
        self.all_buttons: dict[Choice, QPushButton] = {}
        for choice in Choice:
            button = QPushButton(choice_label(choice), self)
            button.clicked.connect(lambda _=False, c=choice: self.choose_all(c))
            self.all_buttons[choice] = button
            row.addWidget(button)
        layout.addLayout(row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        standard_buttons(self, self.buttons, _tr("exchange", "Læs ind"))
        layout.addWidget(self.buttons)
        selection = self.conflict_view.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._show_current())
        if plan.conflicts:
            self.conflict_view.selectRow(0)
        self._refresh()

    # -- state ------------------------------------------------------------------------------
    def current(self) -> Conflict | None:
        index = self.conflict_view.currentIndex()
        record = self.conflicts.record(index.row()) if index.isValid() else None
        return record if isinstance(record, Conflict) else None

    def resolutions(self) -> Resolutions:
        return self._choices

    def choose(self, choice: Choice | str) -> None:
        conflict = self.current()
        if conflict is not None:
            self._choices.resolve(conflict.record_id, choice)
            self._refresh()

    def choose_all(self, choice: Choice | str) -> None:
        self._choices.resolve_all(choice)
        self._refresh()

    def _show_current(self) -> None:
        conflict = self.current()
        rows: Sequence[FieldChange] = conflict.fields if conflict is not None else ()
        self.fields.set_rows(rows)
        self.field_view.resizeRowsToContents()
        chosen = self._choices.choice(conflict.record_id) if conflict is not None else None
        self.group.setExclusive(False)
        for choice, radio in self.radios.items():
            radio.setChecked(choice == chosen)
            radio.setEnabled(conflict is not None)
        self.group.setExclusive(True)

    def _refresh(self) -> None:
        top = self.conflicts.index(0, 2)
        bottom = self.conflicts.index(max(0, self.conflicts.rowCount() - 1), 2)
        self.conflicts.dataChanged.emit(top, bottom)
        self._show_current()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        missing = len(self._choices.unresolved())
        ok.setEnabled(missing == 0)
        ok.setToolTip(_tr("exchange", "Vælg for alle konflikter først.") if missing else "")

    def accept(self) -> None:
        if self._choices.unresolved():
            return
        self.chosen.emit()
        super().accept()


# -- small prompts -----------------------------------------------------------------------------
def ask_passphrase(parent: QWidget | None, new: bool) -> str | None:
    """The bundle's passphrase (asked twice for a new file); ``None`` when cancelled."""
    title = _tr("exchange", "Adgangsfrase")
    first, ok = QInputDialog.getText(
        parent, title, _tr("exchange", "Adgangsfrase til udvekslingsfilen:") if not new else
        _tr("exchange", "Vælg en adgangsfrase (mindst {n} tegn). Giv den til modtageren ad en "
            "anden vej end filen.").format(n=MIN_PASSPHRASE), QLineEdit.EchoMode.Password)
    if not ok or not first:
        return None
    if new:
        again, ok = QInputDialog.getText(parent, title, _tr("exchange", "Gentag adgangsfrasen:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != first:
            show_error(parent, InputError(_tr("exchange",
                                              "De to adgangsfraser er ikke ens. Prøv igen.")))
            return None
    return first


def _busy(parent: QWidget | None, text: str) -> QProgressDialog:
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowTitle("Brobygger")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(True)
    progress.setValue(0)
    return progress


_orphans: list[QWidget] = []  # parentless message boxes must outlive this call


def _info(parent: QWidget | None, text: str) -> QMessageBox:
    box = MessageBox(QMessageBox.Icon.Information, "Brobygger", text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _orphans.append(box)
        box.finished.connect(lambda _r: _orphans.remove(box) if box in _orphans else None)
    box.open()
    return box


def _run(ctx: Context, parent: QWidget | None, text: str, fn: Callable[[], Any],
         on_done: Callable[[Any], None], *, write: bool = False) -> None:
    progress = _busy(parent, text)

    def done(value: Any) -> None:
        progress.close()
        on_done(value)

    def failed(exc: BaseException) -> None:
        progress.close()
        show_error(parent, exc)

    ctx.tasks.run(fn, done, failed, write=write)


# -- the flows ---------------------------------------------------------------------------------
class ImportFlow:
    """Read → compare → (choose) → import. Kept by the caller until ``finished`` runs."""

    def __init__(self, ctx: Context, parent: QWidget | None,
                 finished: Callable[[ImportResult | None], None] | None = None) -> None:
        self.ctx, self.parent = ctx, parent
        self.finished = finished
        self.plan: ImportPlan | None = None
        self.dialog: ConflictDialog | None = None
        self.result: ImportResult | None = None

    def start(self, path: str | Path, passphrase: str) -> None:
        svc = self.ctx.svc
        _run(self.ctx, self.parent, _tr("exchange", "Læser og sammenligner udvekslingsfilen …"),
             lambda: plan_import(svc, read_bundle(path, passphrase)), self._planned)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        if not plan.has_changes:
            _info(self.parent, plan.preview.manifest.summary_da() + "\n\n" + _tr("exchange",
                "Der er intet nyt i filen: alt er allerede her."))
            self._done(None)
            return
        if plan.cpr_findings:
            show_error(self.parent, InputError(_tr("exchange",
                "Filen indeholder tal, der ligner CPR-numre. De bliver maskeret (fx "
                "010190-****), når filen læses ind.")), _tr("exchange", "CPR-numre"))
        if plan.conflicts:
            self.dialog = ConflictDialog(plan, self.parent)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.chosen.connect(lambda: self.apply(self.dialog.resolutions()
                                                          if self.dialog else None))
            self.dialog.rejected.connect(lambda: self._done(None))
            self.dialog.open()
        else:
            self.apply(None)

    def apply(self, resolutions: Resolutions | None) -> None:
        plan = self.plan
        assert plan is not None
        svc = self.ctx.svc
        _run(self.ctx, self.parent, _tr("exchange", "Tager en sikkerhedskopi og læser filen ind …"),
             lambda: apply_import(svc, plan, resolutions, mask_cpr_numbers=True),
             self._applied, write=True)

    def _applied(self, result: ImportResult) -> None:
        self.result = result
        _info(self.parent, result.summary_da())
        self._done(result)

    def _done(self, result: ImportResult | None) -> None:
        if self.finished is not None:
            self.finished(result)


_flows: list[ImportFlow] = []  # keep running flows alive


def import_bundle(ctx: Context, parent: QWidget | None, path: str | Path | None = None,
                  passphrase: str | None = None) -> ImportFlow | None:
    """Filer → Indlæs udvekslingsfil…: choose the file, give the passphrase, see the plan,
    resolve conflicts, import (a backup is taken first)."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, _tr("exchange", "Indlæs udvekslingsfil"), "",
            _tr("exchange", "Brobygger-udvekslingsfil (*{suffix});;Alle filer (*)").format(
                suffix=SUFFIX))
        if not chosen:
            return None
        path = chosen
    if passphrase is None:
        passphrase = ask_passphrase(parent, new=False)
        if passphrase is None:
            return None
    flow = ImportFlow(ctx, parent, lambda _r: _flows.remove(flow) if flow in _flows else None)
    _flows.append(flow)
    flow.start(path, passphrase)
    return flow


def export_bundle(ctx: Context, parent: QWidget | None, initiative_ids: Sequence[uuid.UUID],
                  path: str | Path | None = None, passphrase: str | None = None,
                  on_done: Callable[[Any], None] | None = None) -> None:
    """Filer → Send til modpart…: one encrypted file with the chosen initiatives."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, _tr("exchange", "Gem udvekslingsfil"), "udveksling" + SUFFIX,
            _tr("exchange", "Brobygger-udvekslingsfil (*{suffix})").format(suffix=SUFFIX))
        if not chosen:
            return
        path = chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX
    if passphrase is None:
        passphrase = ask_passphrase(parent, new=True)
        if passphrase is None:
            return
    svc = ctx.svc
    target, secret = path, passphrase

    def done(result: Any) -> None:
        _info(parent, _tr("exchange", "Udvekslingsfilen er gemt: {path}").format(
            path=result.path) + "\n\n" + result.manifest.summary_da())
        if on_done is not None:
            on_done(result)

    _run(ctx, parent, _tr("exchange", "Krypterer udvekslingsfilen …"),
         lambda: _export_bundle(svc, list(initiative_ids), target, secret), done, write=True)


_FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "ics": "iCalendar (*.ics)"}


def export_file(ctx: Context, parent: QWidget | None, fmt: str, what: str,
                initiative_id: uuid.UUID | None = None, path: str | Path | None = None,
                on_done: Callable[[Any], None] | None = None) -> None:
    """Filer → Eksportér: ``fmt`` csv/xlsx/ics, ``what`` log/actions/assessments."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, _tr("exchange", "Eksportér"),
                                                f"{what}.{fmt}", _FILTERS.get(fmt, ""))
        if not chosen:
            return
        path = chosen if chosen.lower().endswith("." + fmt) else f"{chosen}.{fmt}"
    svc = ctx.svc
    target = path

    def work() -> Any:
        if fmt == "ics":
            return export_ics(svc, what, target, initiative_id)
        return export_table(svc, fmt, what, target, initiative_id)

    def done(result: Any) -> None:
        _info(parent, _tr("exchange", "Gemt: {path}").format(path=result.path))
        if on_done is not None:
            on_done(result)

    _run(ctx, parent, _tr("exchange", "Eksporterer …"), work, done)
