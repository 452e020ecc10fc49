"""Briefs → *Vis side 1 …*: the brief the form describes is made in the background, its first
page rendered to a picture (PDFium, also in the background) and shown before anything is
saved; *Gem som PDF …* then saves exactly that brief, *Luk* discards it.

The brief is written to a private temporary folder (it holds personal data) that is removed
when the preview closes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brobygger.fileio import write_atomically
from brobygger.ui import saving
from brobygger.ui.common import Context, combo_value, error_text
from brobygger.ui.form_setup import add_text
from brobygger.ui.i18n import tr as _tr


class BriefsPage(Protocol):
    """What the preview needs of the briefs page (:class:`brobygger.ui.briefs.BriefsPage`,
    a widget; the page imports this module, not the other way round)."""

    ui: Any
    ctx: Context
    busy: bool
    preview_button: QPushButton
    preview_dialog: QWidget | None

    def brief_job(self, out: Path, *, remember: bool = True) -> Callable[[], Path]: ...

    def _done(self, path: Path) -> None: ...

    def _failed(self, exc: BaseException) -> None: ...


WIDTH = 640  # pixels of the rendered page (A4 at about 77 dpi)


class PreviewDialog(QDialog):
    """Page 1 of a brief, with *Gem som PDF …* and *Luk*."""

    def __init__(self, page: BriefsPage, pdf: Path, png: bytes, folder: Path) -> None:
        super().__init__(cast(QWidget, page).window())
        self.page, self.pdf, self.folder = page, pdf, folder
        self.setObjectName("BriefPreviewDialog")
        self.setWindowTitle(_tr("briefs", "Forhåndsvisning af side 1"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        add_text(layout, _tr("briefs", "Sådan ser briefets første side ud. Intet er gemt endnu."),
                 self)
        self.image = QLabel(self)
        self.image.setObjectName("pageOne")
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.image.setPixmap(pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(_tr("briefs", "Side 1 af briefet"))
        area = QScrollArea(self)
        area.setWidget(self.image)
        area.setWidgetResizable(True)
        area.setMinimumSize(min(pixmap.width() + 30, 700), 420)
        layout.addWidget(area, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(_tr("briefs", "&Gem som PDF …"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        close = buttons.addButton(_tr("briefs", "&Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setToolTip(_tr("briefs", "Lukker forhåndsvisningen uden at gemme"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(pixmap.width() + 60, 760), 760)
        self.finished.connect(self._clean)

    def save(self) -> None:
        """Save the brief shown (no second rendering) where the user chooses, and open it."""
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        out = saving.ask_path_hook(self, Path(docs) / self.suggested_name())
        if out is None:
            return
        source = self.pdf

        def work() -> Path:
            write_atomically(out, source.read_bytes())  # never a half-written PDF
            return out

        self.save_button.setEnabled(False)
        self.page.ctx.tasks.run(work, self._saved, self._failed)

    def suggested_name(self) -> str:
        from datetime import date

        ui = self.page.ui
        name = ui.initiative.currentText() if combo_value(ui.kind) != "portfolio" \
            else _tr("briefs", "portefølje")
        return f"{saving.slug(name)}-{date.today().isoformat()}.pdf"

    def _saved(self, path: Path) -> None:
        self.page._done(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.page._failed(exc)

    def _clean(self, _result: int = 0) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def add_preview_button(page: BriefsPage) -> QPushButton:
    """*Vis side 1 …* beside *Eksportér*."""
    button = QPushButton(_tr("briefs", "Vis side &1 …"), cast(QWidget, page))
    button.setObjectName("previewButton")
    button.setToolTip(_tr("briefs", "Se briefets første side, før du gemmer det"))
    row = page.ui.exportRow
    assert isinstance(row, QHBoxLayout)
    row.insertWidget(max(row.indexOf(page.ui.exportButton), 0), button)
    button.clicked.connect(lambda: preview(page))
    return button


def preview(page: BriefsPage) -> None:
    """Make the brief in a private temporary folder and show page 1 (all in the background)."""
    from brobygger.reports.preview import page_one_png

    ui = page.ui
    if combo_value(ui.kind) != "portfolio" and combo_value(ui.initiative) is None:
        ui.statusLabel.setText(_tr("briefs", "Vælg et initiativ."))
        return
    folder = Path(tempfile.mkdtemp(prefix="brobygger-preview-"))
    job = page.brief_job(folder / "brief.pdf", remember=False)

    def work() -> tuple[Path, bytes]:
        pdf = job()
        return pdf, page_one_png(pdf, WIDTH)

    def done(result: tuple[Path, bytes]) -> None:
        page.busy = False
        page.preview_button.setEnabled(True)
        ui.exportButton.setEnabled(True)
        ui.progress.setVisible(False)
        ui.statusLabel.setText("")
        dlg = PreviewDialog(page, result[0], result[1], folder)
        page.preview_dialog = dlg
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.open()

    def failed(exc: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        page.busy = False
        page.preview_button.setEnabled(True)
        ui.exportButton.setEnabled(True)
        ui.progress.setVisible(False)
        ui.statusLabel.setText(error_text(exc))

    page.busy = True
    page.preview_button.setEnabled(False)
    ui.exportButton.setEnabled(False)
    ui.progress.setValue(0)
    ui.progress.setVisible(True)
    ui.statusLabel.setText(_tr("briefs", "Laver forhåndsvisningen …"))
    page.ctx.tasks.run(work, done, failed)
