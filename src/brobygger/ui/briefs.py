"""Briefs: export a status, portfolio or handover brief as PDF in the background, show
progress and open the PDF when it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from brobygger.ui import saving, style
from brobygger.ui.common import (
    Context,
    combo_value,
    date_value,
    error_text,
    fill_combo,
    set_combo_value,
    set_date,
    setup_date,
)
from brobygger.ui.form_setup import page_form
from brobygger.ui.forms.ui_briefspage import Ui_BriefsPage
from brobygger.ui.models import CheckListModel
from brobygger.ui.page import Page


class _Progress(QObject):
    """Carries progress from the worker thread to the UI thread (queued signal)."""

    moved = Signal(int, int)


class BriefsPage(Page):
    exported = Signal(object)
    tables = frozenset({"initiative"})

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = page_form(self, Ui_BriefsPage())
        style.set_role(ui.intro, "subtitle")
        fill_combo(ui.kind, [("status", self.tr("Statusbrief til styregruppe/topledelse")),
                             ("portfolio", self.tr("Porteføljebrief (alle eller udvalgte)")),
                             ("handover", self.tr("Overdragelsesbrief til en ny leder"))])
        setup_date(ui.dateFrom, optional=True, value=date.today() - timedelta(days=180))
        setup_date(ui.dateTo, optional=True, value=date.today())
        self._add_recipient()
        ui.initiative.currentIndexChanged.connect(self._default_period)
        self.portfolio = CheckListModel([], self)
        ui.portfolioList.setModel(self.portfolio)
        ui.progress.setVisible(False)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.exportButton.clicked.connect(lambda: self.export())
        from brobygger.ui.brief_preview import add_preview_button

        self.preview_button = add_preview_button(self)  # Vis side 1 … before saving
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.busy = False
        self.last_path: Path | None = None
        self.wanted_initiative: Any = None
        self.preview_dialog: QWidget | None = None
        self._kind_changed()

    def reload(self, generation: int) -> None:
        svc = self.ctx.svc

        def done(initiatives: list[Any]) -> None:
            if not self.is_current(generation):
                return
            items = [(i.id, i.name) for i in initiatives]
            fill_combo(self.ui.initiative, items)
            if self.wanted_initiative is not None:  # Ctrl+P from an initiative's page
                set_combo_value(self.ui.initiative, self.wanted_initiative)
            self._default_period()
            checked = set(self.portfolio.checked())
            self.portfolio.set_items(items)
            self.portfolio.set_checked(checked or {i for i, _ in items})
            self.ui.exportButton.setEnabled(bool(items) and not self.busy)
            if not items:
                self.ui.statusLabel.setText(self.tr("Opret et initiativ først – et brief "
                                                    "handler altid om et eller flere "
                                                    "initiativer."))
        from brobygger.ui import profile

        self.ui.author.setText(self.ui.author.text()
                               or self.ctx.setting(profile.author_key(self.ctx))
                               or profile.load(self.ctx).signature)
        def confidentiality() -> str:  # imports the PDF layer: off the UI thread (~0.25 s)
            from brobygger.services.briefs import DEFAULT_CONFIDENTIALITY
            return DEFAULT_CONFIDENTIALITY

        def default(text: str) -> None:
            if not self.ui.confidentiality.text():
                self.ui.confidentiality.setText(self.ctx.setting("briefs/confidentiality",
                                                                 text))

        if not self.ui.confidentiality.text():
            self.ctx.tasks.run(confidentiality, default)
        self.ctx.tasks.run(svc.initiatives.all, done)

    def select_initiative(self, initiative_id: Any) -> None:
        """Preselect the initiative the user came from – now, and again when the list is
        (re)filled in the background (it may not be filled yet)."""
        self.wanted_initiative = initiative_id
        set_combo_value(self.ui.initiative, initiative_id)

    def _add_recipient(self) -> None:
        """The status brief's "for" field: asks addressed to the recipient come first."""
        self.recipient = QLineEdit(self)
        self.recipient.setObjectName("recipient")
        self.recipient.setPlaceholderText(self.tr("fx Hospitalsledelsen, Regionshospitalet "
                                                  "Viborg"))
        self.recipient.setAccessibleName(self.tr("Til (modtager)"))
        self.recipient.setText(self.ctx.setting("briefs/recipient"))
        label = QLabel(self.tr("Til (&modtager)"), self)
        label.setBuddy(self.recipient)
        position: Any = self.ui.form.getWidgetPosition(self.ui.dateTo)
        self.ui.form.insertRow(int(position[0]) + 1, label, self.recipient)

    def _default_period(self) -> None:
        """The period starts at the last status brief for the initiative (or its start)."""
        iid, svc = combo_value(self.ui.initiative), self.ctx.svc
        if iid is None:
            return

        def work() -> date | None:
            day: date | None = svc.brief_settings.default_period_start(svc.initiatives.get(iid))
            return day

        def done(day: date | None) -> None:
            if day is not None and combo_value(self.ui.initiative) == iid:
                set_date(self.ui.dateFrom, day)

        self.ctx.tasks.run(work, done)

    def _kind_changed(self) -> None:
        kind = combo_value(self.ui.kind)
        form = self.ui.form
        form.setRowVisible(self.ui.initiative, kind in ("status", "handover"))
        form.setRowVisible(self.ui.portfolioList, kind == "portfolio")
        form.setRowVisible(self.ui.dateFrom, kind == "status")
        form.setRowVisible(self.ui.dateTo, kind == "status")
        form.setRowVisible(self.recipient, kind == "status")

    def _moved(self, done: int, total: int) -> None:
        self.ui.progress.setMaximum(max(total, 1))
        self.ui.progress.setValue(done)

    def export(self, path: Path | None = None) -> None:
        ui = self.ui
        kind = combo_value(ui.kind)
        name = ui.initiative.currentText() if kind != "portfolio" else self.tr("portefølje")
        if kind != "portfolio" and combo_value(ui.initiative) is None:
            ui.statusLabel.setText(self.tr("Vælg et initiativ."))
            return
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(docs) / f"{saving.slug(name)}-{date.today().isoformat()}.pdf"
        out = path or saving.ask_path_hook(self, suggested)
        if out is None:
            return
        work = self.brief_job(out)
        self.busy = True
        ui.exportButton.setEnabled(False)
        ui.progress.setValue(0)
        ui.progress.setVisible(True)
        ui.statusLabel.setText(self.tr("Laver briefet …"))
        self.ctx.tasks.run(work, self._done, self._failed)

    def brief_job(self, out: Path, *, remember: bool = True) -> Callable[[], Path]:
        """The work that writes the brief the form describes to ``out`` (run it in the
        background); the form's author, confidentiality and recipient are remembered."""
        from brobygger.services.briefs import (
            BriefOptions,
            handover_brief,
            portfolio_brief,
            status_brief,
        )

        ui = self.ui
        kind, initiative_id = combo_value(ui.kind), combo_value(ui.initiative)
        options = BriefOptions(author=ui.author.text().strip(),
                               confidentiality=ui.confidentiality.text().strip(),
                               lang="da",  # the briefs are Danish only for now
                               recipient=self.recipient.text().strip())
        if remember:
            self.ctx.settings.setValue("briefs/recipient", options.recipient)
            from brobygger.ui.profile import author_key

            self.ctx.settings.setValue(author_key(self.ctx), options.author)
            self.ctx.settings.setValue("briefs/confidentiality", options.confidentiality)
        svc, emit = self.ctx.svc, self._progress.moved.emit
        date_from, date_to = date_value(ui.dateFrom), date_value(ui.dateTo)
        ids = self.portfolio.checked()

        def work() -> Path:
            if kind == "status":
                return status_brief(svc, initiative_id, date_from, date_to, out, options,
                                    progress=emit)
            if kind == "handover":
                return handover_brief(svc, initiative_id, out, options, progress=emit)
            return portfolio_brief(svc, ids or None, out, options, progress=emit)

        return work

    def _done(self, path: Path) -> None:
        self.busy = False
        self.last_path = path
        self.ui.exportButton.setEnabled(True)
        self.ui.progress.setValue(self.ui.progress.maximum())
        self.ui.statusLabel.setText(self.tr("Briefet er gemt i {path}").format(path=path))
        self.exported.emit(path)
        saving.open_file_hook(path)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.ui.exportButton.setEnabled(True)
        self.ui.progress.setVisible(False)
        self.ui.statusLabel.setText(error_text(exc))
