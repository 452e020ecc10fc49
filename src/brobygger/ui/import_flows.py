"""The import flows behind *Filer → Importér eksisterende data*: file → (mapping or
period) → preview → progress (cancellable; nothing is written until the end, and a
cancel writes nothing) → result with *Fortryd import*. All reading, planning and writing
runs on the task runner, so the window stays responsive. The menu itself is
:mod:`brobygger.ui.import_menu`, which imports this module when a command is chosen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from brobygger.exchange import importing as imp
from brobygger.services import imports as si
from brobygger.services.import_undo import list_imports, undo_import
from brobygger.ui.boxes import MessageBox
from brobygger.ui.common import Context, documents_dir, show_error
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.import_dialogs import (
    CalendarRangeDialog,
    MappingDialog,
    PreviewDialog,
    ResultDialog,
    UndoDialog,
)

CONTACTS, LOG, CALENDAR = si.KIND_CONTACTS, si.KIND_LOG, si.KIND_CALENDAR



class _Bridge(QObject):
    """Progress from the worker thread to the progress dialog (queued signal)."""

    moved = Signal(int, int)


def _info(parent: QWidget | None, text: str) -> QMessageBox:
    box = MessageBox(QMessageBox.Icon.Information, "Brobygger", text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _busy(parent: QWidget | None, text: str) -> QProgressDialog:
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)  # reading and planning write nothing; they are quick
    progress.setWindowTitle("Brobygger")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    return progress


class ImportRun:
    """One import, from the chosen file to the result. The caller keeps it alive."""

    def __init__(self, ctx: Context, parent: QWidget | None, kind: str) -> None:
        self.ctx, self.parent, self.kind = ctx, parent, kind
        self.dialogs: list[QWidget] = []
        self.plan: si.ImportPlan | None = None
        self.result: si.ImportResult | None = None
        self.sheet: imp.Sheet | None = None
        self.mapping: imp.LogMapping | None = None
        self.cancel = threading.Event()
        self.bridge = _Bridge()
        self.progress: QProgressDialog | None = None
        self.finished: Callable[[], None] | None = None
        self.result_dialog: ResultDialog | None = None
        self.forums: list[tuple[Any, str]] = []  # (id, name) of the forums, for a calendar
        self.calendar: tuple[Any, Any, Any] = ("", None, None)  # path, from, to

    # -- helpers ---------------------------------------------------------------------------
    def _run(self, text: str, fn: Callable[[], Any], on_done: Callable[[Any], Any]) -> None:
        busy = _busy(self.parent, text)

        def done(value: Any) -> None:
            busy.close()
            on_done(value)

        def failed(exc: BaseException) -> None:
            busy.close()
            show_error(self.parent, exc, _tr("imports", "Filen kan ikke læses ind"))

        self.ctx.tasks.run(fn, done, failed)

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialogs.append(dialog)
        dialog.open()  # type: ignore[attr-defined]

    # -- the steps -------------------------------------------------------------------------
    def choose_file(self) -> None:
        title, pattern = {
            CONTACTS: (_tr("imports", "Vælg kontakter"),
                       _tr("imports", "Kontakter (*.vcf *.csv)")),
            LOG: (_tr("imports", "Vælg regneark med logbogen"),
                  _tr("imports", "Regneark (*.xlsx *.csv)")),
            CALENDAR: (_tr("imports", "Vælg kalenderfil"),
                       _tr("imports", "Kalender (*.ics)"))}[self.kind]
        path, _ = QFileDialog.getOpenFileName(self.parent, title, str(documents_dir()),
                                              pattern)
        if path:
            self.start(path)

    def start(self, path: str | Path) -> None:
        svc = self.ctx.svc
        if self.kind == CONTACTS:
            self._run(_tr("imports", "Læser kontakterne …"),
                      lambda: imp.plan_contacts_file(svc, path), self.preview)
        elif self.kind == LOG:
            def read() -> tuple[imp.Sheet, imp.LogMapping, list[str], Any]:
                src, sheet = imp.read_sheet(path)
                mapping = imp.suggest_mapping(svc, sheet)
                return sheet, mapping, imp.type_words(sheet, mapping), src
            self._run(_tr("imports", "Læser regnearket …"), read, lambda v: self.map_columns(*v))
        else:
            dlg = CalendarRangeDialog(self.parent)
            dlg.accepted.connect(lambda: self._calendar(path, *dlg.period()))
            self._open(dlg)

    def _calendar(self, path: str | Path, start: Any, end: Any) -> None:
        svc = self.ctx.svc

        def read() -> si.ImportPlan:
            self.forums = [(f.id, f.name) for f in svc.meetings.forums.all()]
            return imp.plan_calendar_file(svc, path, start, end)  # type: ignore[no-any-return]

        self.calendar = (path, start, end)
        self._run(_tr("imports", "Læser kalenderen …"), read, self.preview)

    def _replan(self, dlg: PreviewDialog, forum_id: Any) -> None:
        """The events again, as log entries (``None``) or as meetings of the forum."""
        svc = self.ctx.svc
        path, start, end = self.calendar

        def done(plan: si.ImportPlan) -> None:
            self.plan = plan
            dlg.set_plan(plan)

        def failed(exc: BaseException) -> None:
            dlg.set_plan(dlg.plan)
            show_error(dlg, exc, _tr("imports", "Filen kan ikke læses ind"))

        self.ctx.tasks.run(lambda: imp.plan_calendar_file(svc, path, start, end,
                                                          forum_id=forum_id), done, failed)

    def map_columns(self, sheet: imp.Sheet, mapping: imp.LogMapping, words: list[str],
                    src: Any) -> MappingDialog:
        self.sheet = sheet
        dlg = MappingDialog(sheet, mapping, words, self.parent)
        svc = self.ctx.svc

        def chosen() -> None:
            self.mapping = dlg.mapping()
            chosen_mapping = self.mapping
            self._run(_tr("imports", "Sammenligner med arbejdsområdet …"),
                      lambda: imp.plan_log(svc, sheet, chosen_mapping, src), self.preview)
        dlg.accepted.connect(chosen)
        self._open(dlg)
        return dlg

    def preview(self, plan: si.ImportPlan) -> PreviewDialog | None:
        self.plan = plan
        if not plan.records:
            _info(self.parent, _tr("imports", "Filen giver intet at importere."))
            return None
        dlg = PreviewDialog(plan, self.parent,
                            forums=self.forums if self.kind == CALENDAR else None)
        dlg.target_changed.connect(lambda forum_id: self._replan(dlg, forum_id))
        dlg.accepted.connect(lambda: self.apply(dlg.options()))
        self._open(dlg)
        return dlg

    def apply(self, options: dict[str, Any]) -> None:
        plan, svc = self.plan, self.ctx.svc
        assert plan is not None
        total = max(1, len(plan.records))
        progress = QProgressDialog(_tr("imports", "Importerer {n} rækker …").format(n=total),
                                   _tr("imports", "Afbryd"), 0, total, self.parent)
        progress.setWindowTitle("Brobygger")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel.set)
        self.bridge.moved.connect(lambda done, _t: progress.setValue(min(done, total)))
        self.progress = progress
        sheet, mapping = self.sheet, self.mapping

        def work() -> si.ImportResult:
            result = imp.apply_plan(svc, plan, progress=self.bridge.moved.emit,
                                     cancelled=self.cancel.is_set, **options)
            if sheet is not None and mapping is not None:
                imp.remember(svc, sheet, mapping)
            return result

        self.ctx.tasks.run(work, self._applied, self._failed, write=True)

    def _failed(self, exc: BaseException) -> None:
        if self.progress is not None:
            self.progress.close()
        if isinstance(exc, si.ImportCancelled):
            _info(self.parent, exc.message)
        else:
            show_error(self.parent, exc, _tr("imports", "Importen blev ikke gennemført"))
        self._finish()

    def _applied(self, result: si.ImportResult) -> None:
        if self.progress is not None:
            self.progress.close()
        self.result = result
        plan = self.plan
        dlg = ResultDialog(result, plan.source_name if plan else "", self.parent)
        dlg.undo_requested.connect(lambda: self._undo(dlg))
        dlg.finished.connect(lambda _r: self._finish())
        self.result_dialog = dlg
        self._open(dlg)

    def _undo(self, dlg: ResultDialog) -> None:
        svc, batch_id = self.ctx.svc, dlg.import_result.batch_id

        def done(moved: int) -> None:
            dlg.text.setText(_tr("imports", "Importen er fortrudt: {n} poster er lagt i "
                                 "papirkurven.").format(n=moved))
            dlg.undo.setEnabled(False)

        title = _tr("imports", "Importen kan ikke fortrydes")
        self.ctx.tasks.run(lambda: undo_import(svc, batch_id), done,
                           lambda exc: show_error(dlg, exc, title), write=True)

    def _finish(self) -> None:
        if self.finished is not None:
            self.finished()


class UndoFlow:
    """*Fortryd import…*: the list of imports; undo the selected one."""

    def __init__(self, ctx: Context, parent: QWidget | None) -> None:
        self.ctx = ctx
        self.dialog = UndoDialog(parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.undo_requested.connect(self._undo)
        self._load()
        self.dialog.open()

    def _load(self) -> None:
        svc = self.ctx.svc
        self.ctx.tasks.run(lambda: list_imports(svc), self.dialog.set_batches)

    def _undo(self, batch: Any) -> None:
        svc = self.ctx.svc

        def done(moved: int) -> None:
            self.dialog.show_message(_tr("imports", "Importen af {file} er fortrudt: {n} "
                                         "poster er lagt i papirkurven.").format(
                                             file=batch.source_name, n=moved))
            self._load()

        def failed(exc: BaseException) -> None:
            self.dialog.show_message(getattr(exc, "message", str(exc)), error=True)

        self.ctx.tasks.run(lambda: undo_import(svc, batch.id), done, failed, write=True)
