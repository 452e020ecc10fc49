"""The page: A4 template, running header and footer ("Side X af Y"), PDF metadata, and
writing the file atomically."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from brobygger import __version__, fileio
from brobygger.domain.cpr import mask_cpr
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.reports.typography import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    WARN,
    ExportError,
    register_fonts,
)

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 19 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the running header and footer show, and the PDF's metadata."""

    kind: str              # "Statusnotat", "Porteføljeoverblik", "Overdragelsesnotat"
    subject: str           # e.g. the initiative's name
    confidentiality: str
    printed: str           # Danish date
    author: str
    example: bool = False


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Page-frame text, CPR-like numbers masked, shortened with … to ``width``."""
    text = mask_cpr(text)
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorate(canvas: Canvas, info: PageInfo, page: int, total: int) -> None:
    canvas.saveState()
    top = PAGE_H - 12 * mm
    # header: the kind of brief left, the confidentiality line right
    left = "Brobygger · " + info.kind + (" · EKSEMPELDATA" if info.example else "")
    canvas.setFont(FONT_BOLD, 7.6)
    canvas.setFillColor(ACCENT)
    left_w = min(canvas.stringWidth(left, FONT_BOLD, 7.6), CONTENT_W * 0.45)
    canvas.drawString(MARGIN_X, top, _fit(canvas, left, FONT_BOLD, 7.6, left_w))
    if info.confidentiality:
        canvas.setFillColor(WARN)
        conf = _fit(canvas, info.confidentiality, FONT_BOLD, 7.6, CONTENT_W - left_w - 12)
        canvas.drawRightString(PAGE_W - MARGIN_X, top, conf)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 2.8 * mm, PAGE_W - MARGIN_X, top - 2.8 * mm)
    # footer: subject and date left, page number right
    bottom = 10 * mm
    canvas.line(MARGIN_X, bottom + 3.6 * mm, PAGE_W - MARGIN_X, bottom + 3.6 * mm)
    canvas.setFont(FONT, 7.4)
    canvas.setFillColor(MUTED)
    pages = f"Side {page} af {total}"
    pages_w = canvas.stringWidth(pages, FONT, 7.4)
    footer = f"{info.subject} · {info.printed}" if info.subject else info.printed
    canvas.drawString(MARGIN_X, bottom,
                      _fit(canvas, footer, FONT, 7.4, CONTENT_W - pages_w - 12))
    canvas.drawRightString(PAGE_W - MARGIN_X, bottom, pages)
    canvas.restoreState()


def _canvas_maker(info: PageInfo) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        """Keeps every page until the end so the footer can say "Side X af Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                _decorate(self, info, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class KeepWithStart(KeepTogether):  # type: ignore[misc]  # ReportLab has no type hints
    """What ``keepWithNext`` builds: a heading (and an introducing note) kept with the *start*
    of what follows. ReportLab's own KeepTogether moves the whole group to the next page
    whenever the group does not fit, so a heading before a long table left most of a page
    blank; here the group stays when the heading and a first part of the table fit."""

    def split(self, aW: float, aH: float) -> Any:
        content = list(self._content)
        if len(content) > 1:
            head, last = content[:-1], content[-1]
            head_h = 0.0
            for f in head:
                _, h = f.wrapOn(self.canv, aW, aH)
                head_h += h + f.getSpaceBefore() + f.getSpaceAfter()
            room = aH - head_h - last.getSpaceBefore()
            if room > 0:
                _, last_h = last.wrapOn(self.canv, aW, room)
                fits_whole = last_h <= room
                if fits_whole or (room >= 20 * mm and last.splitOn(self.canv, aW, room)):
                    return content
        return super().split(aW, aH)


def render(flowables: Sequence[Flowable], info: PageInfo, title: str,
           on_progress: Callable[[int, int], None] | None = None) -> bytes:
    """Lay the flowables out on A4 pages and return the PDF bytes. ``on_progress(done,
    total)`` follows the top-level flowables as they are placed."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=mask_cpr(title), author=mask_cpr(info.author) or "Brobygger", subject=info.kind,
        creator=f"Brobygger {__version__}", keywords=["Brobygger", info.kind],
        lang="da-DK", displayDocTitle=1, initialFontName=FONT)
    doc.keepTogetherClass = KeepWithStart
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if on_progress is not None:
        total = max(1, len(flowables))
        placed = [0]

        def after_flowable(flowable: Flowable) -> None:
            placed[0] += 1
            on_progress(min(placed[0], total), total)

        doc.afterFlowable = after_flowable
    try:
        doc.build(list(flowables), canvasmaker=_canvas_maker(info))
    except LayoutError as exc:
        raise ExportError(_("Notatet kunne ikke sættes op på siderne (et element er større end "
                            "en side). Forkort den længste tekst, og prøv igen – og meld gerne "
                            "fejlen. ({exc})", exc=exc)) from exc
    return buffer.getvalue()


# -- writing -------------------------------------------------------------------------------
def check_target(out: Path) -> Path:
    """Refuse a target we cannot write before any work is done."""
    target = Path(out).expanduser()
    if target.is_dir():
        raise InputError(_("'{target}' er en mappe. Angiv et filnavn, fx '{value}'.",
                           target=target, value=target / 'statusnotat.pdf'))
    directory = target.parent
    if not directory.is_dir():
        raise InputError(_("Mappen '{directory}' findes ikke. Vælg en eksisterende mappe til "
                           "PDF-filen.", directory=directory))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ExportError(_("Brobygger har ikke lov til at skrive i mappen '{directory}'. Vælg "
                            "en anden mappe, fx Dokumenter, og prøv igen.", directory=directory))
    return target


def write_atomically(out: Path, produce: Callable[[], bytes]) -> Path:
    """Produce the file's bytes, then write them to a temporary file beside ``out``, flush
    them to disk and rename it over ``out``. A failure at any point leaves ``out`` as it was
    and no temporary file behind."""
    target = check_target(out)
    data = produce()
    try:
        fileio.write_atomically(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        hint = _("Luk filen, hvis den er åben i et andet program, eller vælg en anden mappe "
                 "eller et andet filnavn, og prøv igen.")
        raise ExportError(_("PDF-filen kunne ikke gemmes som '{target}' ({reason}). {hint}",
                            target=target, reason=reason, hint=hint)) \
            from exc
    return target


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
