"""The trash, the settings and the first-start welcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QWidget

from brobygger.domain.catalogue import BARRIERS, PLAGUES
from brobygger.ui import appearance, i18n
from brobygger.ui.common import (
    Context,
    combo_value,
    fill_combo,
    fit_columns,
    selected_record,
    set_combo_value,
    setup_table,
    show_error,
)
from brobygger.ui.form_setup import dialog_form, enlarge, hints, standard_buttons
from brobygger.ui.forms.ui_settingsdialog import Ui_SettingsDialog
from brobygger.ui.forms.ui_trashdialog import Ui_TrashDialog
from brobygger.ui.forms.ui_welcomedialog import Ui_WelcomeDialog
from brobygger.ui.models import Column, RecordTableModel


@dataclass(frozen=True)
class TrashItem:
    service: str
    kind: str
    text: str
    deleted_at: datetime | None
    id: Any


class TrashDialog(QDialog):
    """Everything deleted, newest first; Gendan puts it back."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = dialog_form(self, Ui_TrashDialog())
        self.model = RecordTableModel([
            Column(self.tr("Slettet"), lambda t: i18n.locale().toString(
                t.deleted_at.astimezone(), "d. MMM yyyy HH:mm") if t.deleted_at else ""),
            Column(self.tr("Type"), lambda t: t.kind),
            Column(self.tr("Hvad"), lambda t: t.text),
        ], self)
        self.ui.trashView.setModel(self.model)
        setup_table(self.ui.trashView, stretch=2)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.trashView.doubleClicked.connect(lambda _i: self.restore_selected())
        standard_buttons(self, self.ui.buttons)
        ctx.tasks.changed.connect(self.reload)
        self.reload()

    def kinds(self) -> list[tuple[str, str, Any]]:
        t = self.tr
        return [
            ("initiatives", t("Initiativ"), lambda r: r.name),
            ("log", t("Logindførsel"),
             lambda r: f"{i18n.fmt_date_short(r.entry_date)} – {r.title}"),
            ("actions", t("Handling"), lambda r: r.title),
            ("people", t("Person"), lambda r: r.name),
            ("organisations", t("Organisation"), lambda r: r.name),
            ("parties", t("Part"), lambda r: r.organisation_name),
            ("members", t("Medlem"), lambda r: r.person_name),
            ("relationships", t("Relationsvurdering"),
             lambda r: f"{i18n.fmt_date_short(r.assessed_on)}: "
                       f"{r.kendskab}/{r.respekt}/{r.tillid}"),
            ("plagues", t("Plagevurdering"),
             lambda r: f"{i18n.label(PLAGUES, r.plague)} ({i18n.fmt_date_short(r.assessed_on)})"),
            ("barriers", t("Barrierevurdering"),
             lambda r: f"{i18n.label(BARRIERS, r.barrier)} ({i18n.fmt_date_short(r.assessed_on)})"),
            ("indicators", t("Indikator"), lambda r: r.name),
            ("measurements", t("Måling"),
             lambda r: f"{i18n.fmt_date_short(r.measured_on)}: {i18n.fmt_number(r.value)}"),
        ]

    def reload(self) -> None:
        svc = self.ctx.svc
        kinds = self.kinds()

        def work() -> list[TrashItem]:
            items = []
            for service, kind, describe in kinds:
                for r in getattr(svc, service).trash():
                    items.append(TrashItem(service, kind, describe(r), r.deleted_at, r.id))
            items.sort(key=lambda t: t.deleted_at or datetime.min, reverse=True)
            return items

        def done(items: list[TrashItem]) -> None:
            self.model.set_rows(items)
            fit_columns(self.ui.trashView)
            self.ui.restoreButton.setEnabled(bool(items))
            if not items:
                self.ui.intro.setText(self.tr("Papirkurven er tom."))

        self.ctx.tasks.run(work, done)

    def restore_selected(self) -> None:
        item: TrashItem | None = selected_record(self.ui.trashView)
        if item is None:
            return
        service = getattr(self.ctx.svc, item.service)
        self.ctx.tasks.run(lambda: service.restore(item.id), None,
                           lambda exc: show_error(self, exc), write=True)


class SettingsDialog(QDialog):
    language_changed = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = dialog_form(self, Ui_SettingsDialog())
        fill_combo(self.ui.language, list(i18n.LANGUAGES))
        set_combo_value(self.ui.language, i18n.lang())
        from brobygger.ui.profile import author_key

        self.ui.author.setText(ctx.setting(author_key(ctx)))
        self.ui.confidentiality.setText(ctx.setting(
            "briefs/confidentiality", self.tr("Fortroligt – kun til styregruppen")))
        hints(self.ui.languageNote)
        # the high-contrast look: the system's setting, or always on/off
        self.contrast = QComboBox(self)
        fill_combo(self.contrast, [("system", self.tr("Følg systemet")),
                                   ("high", self.tr("Høj kontrast")),
                                   ("normal", self.tr("Normal"))])
        set_combo_value(self.contrast, ctx.setting("appearance/contrast", "system"))
        contrast_label = QLabel(self.tr("&Kontrast"), self)
        contrast_label.setBuddy(self.contrast)
        self.ui.form.addRow(contrast_label, self.contrast)
        QWidget.setTabOrder(self.ui.confidentiality, self.contrast)
        standard_buttons(self, self.ui.buttons, on_ok=self.save)

    def save(self) -> None:
        from brobygger.ui.profile import author_key

        s = self.ctx.settings
        s.setValue(author_key(self.ctx), self.ui.author.text().strip())
        s.setValue("briefs/confidentiality", self.ui.confidentiality.text().strip())
        lang = combo_value(self.ui.language)
        changed = lang != i18n.lang()
        s.setValue("language", lang)
        contrast = combo_value(self.contrast) or "system"
        if contrast != self.ctx.setting("appearance/contrast", "system"):
            s.setValue("appearance/contrast", contrast)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                appearance.apply(app, contrast)
        self.accept()
        if changed:
            self.language_changed.emit(lang)


class WelcomeDialog(QDialog):
    """First start with an empty workspace: start empty or open the example."""

    EMPTY, EXAMPLE = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        enlarge(self.ui.heading, 6)
        self.choice = 0
        self.ui.startEmptyButton.clicked.connect(lambda: self._choose(self.EMPTY))
        self.ui.openExampleButton.clicked.connect(lambda: self._choose(self.EXAMPLE))

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
