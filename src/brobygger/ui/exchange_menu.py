"""The Filer menu's exchange entries: choose what to send or export, then hand over to the
flows in :mod:`brobygger.ui.exchange_dialogs` (file dialog, passphrase, progress, result).

    Eksportér til modpart…            ExportBundleDialog → exchange_dialogs.export_bundle
    Importér fra modpart…             exchange_dialogs.import_bundle
    Eksportér data (CSV/Excel/kalender)…  ExportDataDialog → exchange_dialogs.export_file
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from brobygger.ui import exchange_dialogs
from brobygger.ui.common import Context, InlineErrors, combo_value, fill_combo, set_combo_value
from brobygger.ui.form_setup import dialog_form, hints, standard_buttons
from brobygger.ui.forms.ui_exportbundledialog import Ui_ExportBundleDialog
from brobygger.ui.forms.ui_exportdatadialog import Ui_ExportDataDialog
from brobygger.ui.models import CheckListModel


class ExportBundleDialog(QDialog):
    """Which initiatives go to the counterpart; then the file and the passphrase."""

    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 selected: Iterable[uuid.UUID] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = dialog_form(self, Ui_ExportBundleDialog())
        hints(ui.intro)
        self.errors = InlineErrors(self, ui.errorLabel)
        self.model = CheckListModel([], self)
        ui.initiatives.setModel(self.model)
        self._selected = set(selected)
        standard_buttons(self, ui.buttons, self.tr("&Videre…"))
        self._ids: list[uuid.UUID] = []
        ui.allButton.clicked.connect(lambda: self.model.set_checked(self._ids))
        ui.noneButton.clicked.connect(lambda: self.model.set_checked(()))
        ctx.tasks.run(ctx.svc.initiatives.all, self._loaded)

    def _loaded(self, initiatives: list[Any]) -> None:
        self._ids = [i.id for i in initiatives]
        self.model.set_items([(i.id, i.name) for i in initiatives])
        self.model.set_checked(self._selected or ())
        if not initiatives:
            self.errors.show(None, self.tr("Der er ingen initiativer at sende endnu."))

    def initiative_ids(self) -> list[uuid.UUID]:
        return list(self.model.checked())

    def accept(self) -> None:
        ids = self.initiative_ids()
        if not ids:
            self.errors.show(None, self.tr("Vælg mindst ét initiativ."))
            return
        super().accept()
        exchange_dialogs.export_bundle(self.ctx, self.parentWidget(), ids)


class ExportDataDialog(QDialog):
    """What (log, actions, assessments), which format (CSV, Excel, calendar), which
    initiative; then the file."""

    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 initiative_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = dialog_form(self, Ui_ExportDataDialog())
        hints(ui.intro, ui.hint)
        fill_combo(ui.what, [("log", self.tr("Logbogen")), ("actions", self.tr("Handlinger")),
                             ("assessments", self.tr("Vurderinger (relationer, plager, "
                                                     "barrierer)"))])
        fill_combo(ui.initiative, [], none_label=self.tr("Alle initiativer"))
        self._initiative_id = initiative_id
        standard_buttons(self, ui.buttons, self.tr("&Eksportér…"))
        ui.what.currentIndexChanged.connect(self._what_changed)
        ui.format.currentIndexChanged.connect(self._describe)
        self._what_changed()
        ctx.tasks.run(ctx.svc.initiatives.all, self._loaded)

    def _loaded(self, initiatives: list[Any]) -> None:
        fill_combo(self.ui.initiative, [(i.id, i.name) for i in initiatives],
                   none_label=self.tr("Alle initiativer"))
        if self._initiative_id is not None:
            set_combo_value(self.ui.initiative, self._initiative_id)

    def _what_changed(self, *_args: object) -> None:
        formats = [("xlsx", self.tr("Excel-regneark (.xlsx)")),
                   ("csv", self.tr("CSV til Excel (.csv)"))]
        if combo_value(self.ui.what) in ("log", "actions"):
            formats.append(("ics", self.tr("Kalender til Outlook (.ics)")))
        fill_combo(self.ui.format, formats)
        self._describe()

    def _describe(self, *_args: object) -> None:
        what, fmt = combo_value(self.ui.what), combo_value(self.ui.format)
        if fmt == "ics":
            text = self.tr("Møderne i logbogen som kalenderaftaler.") if what == "log" else \
                self.tr("De åbne handlinger med frist som heldagsaftaler.")
        elif fmt == "csv":
            text = self.tr("Semikolon-separeret UTF-8, som dansk Excel åbner direkte.")
        else:
            text = self.tr("Med rigtige datoer og tal og filtre i overskriftsrækken.")
        self.ui.hint.setText(text)

    def choice(self) -> tuple[str, str, uuid.UUID | None]:
        """(format, what, initiative id or None)."""
        return (combo_value(self.ui.format), combo_value(self.ui.what),
                combo_value(self.ui.initiative))

    def accept(self) -> None:
        fmt, what, initiative_id = self.choice()
        super().accept()
        exchange_dialogs.export_file(self.ctx, self.parentWidget(), fmt, what, initiative_id)


def export_to_counterpart(ctx: Context, parent: QWidget,
                          selected: Iterable[uuid.UUID] = ()) -> ExportBundleDialog:
    dlg = ExportBundleDialog(ctx, parent, selected)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.open()
    return dlg


def import_from_counterpart(ctx: Context, parent: QWidget) -> Any:
    return exchange_dialogs.import_bundle(ctx, parent)


def export_data(ctx: Context, parent: QWidget,
                initiative_id: uuid.UUID | None = None) -> ExportDataDialog:
    dlg = ExportDataDialog(ctx, parent, initiative_id)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.open()
    return dlg
