"""Where a PDF is saved and how it is opened: the save dialog (the suggested name made safe
by :func:`slug`) and the system's viewer – module-level hooks the tests replace."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def _ask_path(parent: QWidget, suggested: Path) -> Path | None:
    title = QCoreApplication.translate("BriefsPage", "Gem brief som PDF")
    name, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(suggested), "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def _open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# Tests replace these two hooks.
ask_path_hook: Callable[[QWidget, Path], Path | None] = _ask_path
open_file_hook: Callable[[Path], None] = _open_file


def slug(text: str) -> str:
    text = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip().replace(" ", "-")
    return text[:60] or "brief"
