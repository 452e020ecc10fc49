"""Agenda and minutes as PDF and the invitation as .ics, from the meetings view: ask where,
write in the background, open the file (hooks replaced in the tests)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from brobygger.ui import common, saving
from brobygger.ui.common import Context, show_error
from brobygger.ui.i18n import tr as _tr


def _slug(text: str) -> str:
    return re.sub(r"[^\wæøåÆØÅ-]+", "-", text).strip("-")[:60] or "moede"


def _export(
    ctx: Context, parent: QWidget, meeting_id: uuid.UUID, kind: str, path: Path | None = None
) -> None:
    svc = ctx.svc
    # the meeting is read in the background (no query on the UI thread), then saved
    ctx.tasks.run(lambda: (svc.meetings.view(meeting_id), svc.is_example()),
                  lambda got: _save(ctx, parent, got[0], got[1], kind, path),
                  lambda exc: show_error(parent, exc))


def _save(ctx: Context, parent: QWidget, view: Any, example: bool, kind: str,
          path: Path | None) -> None:
    from brobygger.reports.meetings import MeetingPdfOptions, agenda_pdf, minutes_pdf

    base = f"{_slug(view.title)}-{view.meeting.meeting_date.isoformat()}"
    if kind == "ics":
        title, name, filters = (_tr("meetings", "Gem invitationen"), f"invitation-{base}.ics",
                                _tr("meetings", "Kalenderfil (*.ics)"))
    else:
        title = (_tr("meetings", "Gem dagsordenen") if kind == "agenda"
                 else _tr("meetings", "Gem referatet"))
        name = f"{'dagsorden' if kind == 'agenda' else 'referat'}-{base}.pdf"
        filters = _tr("meetings", "PDF-filer (*.pdf)")
    out = path or common.save_path_hook(parent, title, common.documents_dir() / name, filters)
    if out is None:
        return
    options = MeetingPdfOptions(example=example)

    def work() -> Any:
        if kind == "ics":
            from brobygger.exchange.meeting_ics import export_invitation
            return export_invitation(view, out)
        write = agenda_pdf if kind == "agenda" else minutes_pdf
        return write(view, out, options)

    ctx.tasks.run(work, saving.open_file_hook, lambda exc: show_error(parent, exc))


def export_agenda(
    ctx: Context, parent: QWidget, meeting_id: uuid.UUID, path: Path | None = None
) -> None:
    _export(ctx, parent, meeting_id, "agenda", path)


def export_minutes(
    ctx: Context, parent: QWidget, meeting_id: uuid.UUID, path: Path | None = None
) -> None:
    _export(ctx, parent, meeting_id, "minutes", path)


def export_invitation(
    ctx: Context, parent: QWidget, meeting_id: uuid.UUID, path: Path | None = None
) -> None:
    _export(ctx, parent, meeting_id, "ics", path)
