"""The Plager tab: the seven plagues over time and the selected assessment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView, QWidget

from brobygger.domain.catalogue import PLAGUES
from brobygger.services import dto
from brobygger.ui import dialogs, i18n, style
from brobygger.ui.common import chip, confirm_delete, esc, fit_columns, show_error
from brobygger.ui.initiative.tab import Detail, Tab
from brobygger.ui.models import PlagueMatrixModel
from brobygger.ui.render import CSS


class PlaguesTab(Tab):
    def __init__(self, detail: Detail, widget: QWidget | None = None) -> None:
        super().__init__(detail, widget)
        ui = self.ui
        self.matrix = PlagueMatrixModel(self)
        detail.setup_views([(ui.plagueMatrixView, self.matrix, None)])
        ui.plagueMatrixView.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        ui.plaguesSplitter.setSizes([300, 140])
        ui.newPlagueButton.clicked.connect(self.new_plague)
        ui.editPlagueButton.clicked.connect(self.edit_plague)
        ui.deletePlagueButton.clicked.connect(self.delete_plague)
        ui.plagueMatrixView.selectionModel().selectionChanged.connect(self._plague_selected)
        ui.plagueMatrixView.doubleClicked.connect(lambda _i: self.edit_plague())

    def show(self, data: dict[str, Any]) -> None:
        ui = self.ui
        self.matrix.set_assessments(data["plagues"])
        fit_columns(ui.plagueMatrixView)
        header = ui.plagueMatrixView.horizontalHeader()
        for col in range(1, self.matrix.columnCount() - 1):
            header.resizeSection(col, 96)
        header.setStretchLastSection(True)
        if not ui.plagueMatrixView.selectionModel().hasSelection():
            ui.plagueMatrixView.setCurrentIndex(self.matrix.index(0, 0))
        self._plague_selected()

    def _plague_selected(self, *_args: object) -> None:
        indexes = self.ui.plagueMatrixView.selectionModel().selectedIndexes()
        row = indexes[0].row() if indexes else -1
        col = indexes[0].column() if indexes else 0
        plague = self.matrix.plague_at(row)
        if plague is None:
            self.ui.plagueDetail.setHtml(CSS + "<p class='muted'>" + esc(self.tr(
                "Vælg en plage i tabellen. Tryk »Ny vurdering…« for at vurdere, hvor meget "
                "plagen fylder lige nu.")) + "</p>")
            return
        a = self.matrix.assessment(row, col - 1) if col >= 1 else self.matrix.assessment(
            row, self.matrix.columnCount() - 2)
        item = PLAGUES.get(plague)
        parts = [CSS, f"<h3>{esc(item.label(i18n.lang()))}</h3>",
                 f"<p class='muted'>{esc(item.description())}</p>"]
        owner, note = self.tr("ansvarlig"), self.tr("Note")
        mitigation, not_assessed = self.tr("Modtræk"), self.tr("Ikke vurderet på denne dato.")
        if a is not None:
            names = self.detail.names
            badge = chip(self.tr("Alvor {s} af 3").format(s=a.severity),
                         style.SEVERITY_BG[a.severity])
            parts.append(f"<p>{badge}"
                         f" &nbsp;{esc(i18n.fmt_date(a.assessed_on))}"
                         + (f" · {esc(owner)}: {esc(names.get(a.owner_id, ''))}"
                            if a.owner_id else "") + "</p>")
            if a.note:
                parts.append(f"<p><b>{esc(note)}:</b> {esc(a.note)}</p>")
            if a.mitigation:
                parts.append(f"<p><b>{esc(mitigation)}:</b> {esc(a.mitigation)}</p>")
        else:
            parts.append(f"<p class='muted'>{esc(not_assessed)}</p>")
        self.ui.plagueDetail.setHtml("".join(parts))

    def _selected_plague_assessment(self) -> dto.PlagueAssessment | None:
        indexes = self.ui.plagueMatrixView.selectionModel().selectedIndexes()
        if not indexes:
            return None
        row, col = indexes[0].row(), indexes[0].column()
        if col >= 1:
            found = self.matrix.assessment(row, col - 1)
            if found is not None:
                return found
        return self.matrix.assessment(row, self.matrix.columnCount() - 2)

    def history_target(self, a: object) -> tuple[Any, str] | None:
        if not isinstance(a, dto.PlagueAssessment):
            return None
        return a.id, self.tr("{plague} fra {date}").format(
            plague=i18n.label(PLAGUES, a.plague), date=i18n.fmt_date(a.assessed_on))

    def new_plague(self) -> None:
        indexes = self.ui.plagueMatrixView.selectionModel().selectedIndexes()
        plague = self.matrix.plague_at(indexes[0].row()) if indexes else None
        defaults: dict[str, Any] = {"plague": plague} if plague else {}
        self.detail.new_record(dialogs.PlagueDialog, True, **defaults)

    def edit_plague(self) -> None:
        a = self._selected_plague_assessment()
        if a is None:
            self.new_plague()
            return
        dialogs.open_dialog(dialogs.PlagueDialog(self.ctx, a, self.widget))

    def delete_plague(self) -> None:
        a = self._selected_plague_assessment()
        if a is None or not confirm_delete(self.widget, self.tr(
                "vurderingen af {p} fra {d}").format(
                p=i18n.label(PLAGUES, a.plague), d=i18n.fmt_date(a.assessed_on))):
            return
        self.ctx.tasks.run(lambda: self.ctx.svc.plagues.delete(
            a.id, expected_version=a.version), None,
                           lambda exc: show_error(self.widget, exc), write=True)
