"""The app's search field finds agendas and minutes too: under the log's search results, a
short list of the meetings whose agenda items or minutes hold every word typed
(:meth:`brobygger.services.meetings.MeetingsService.search`); activating one opens the
meeting in Møder (:data:`MeetingHits.open_meeting`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from brobygger.ui import i18n, style
from brobygger.ui.common import Context
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.tables import record_view

MAX_HITS = 50
SNIPPET = 90



@dataclass(frozen=True, slots=True)
class MeetingHit:
    """One meeting or agenda item that matched (``id`` is the meeting's)."""

    id: uuid.UUID
    item_id: uuid.UUID | None
    when: str
    forum: str
    where: str      # "Dagsorden" / "Referat" / "Mødet"
    text: str       # the item's title and a snippet of the matching text


def _snippet(text: str, words: list[str]) -> str:
    flat = " ".join(text.split())
    low = flat.casefold()
    at = min((i for i in (low.find(w) for w in words) if i >= 0), default=0)
    start = max(0, at - 20)
    cut = flat[start:start + SNIPPET]
    return ("…" if start else "") + cut + ("…" if start + SNIPPET < len(flat) else "")


def find_hits(svc: Any, text: str) -> list[MeetingHit]:
    """Database work: run in the background."""
    ms = svc.meetings
    found = ms.search(text)[:MAX_HITS]
    if not found:
        return []
    forums = {f.id: f.name for f in ms.forums.all()}
    words = [w.casefold() for w in text.split()]
    hits = []
    for meeting, item in found:
        when = i18n.fmt_date(meeting.meeting_date)
        forum = forums.get(meeting.forum_id, "")
        if item is None:
            hits.append(MeetingHit(meeting.id, None, when, forum, _tr("MeetingHits", "Mødet"),
                                   _snippet(" ".join((meeting.title, meeting.notes)), words)))
            continue
        in_minutes = any(w in item.notes.casefold() for w in words)
        where = _tr("MeetingHits", "Referat") if in_minutes else _tr("MeetingHits", "Dagsorden")
        body = item.notes if in_minutes else item.description
        snippet = _snippet(body, words) if body.strip() else ""
        hits.append(MeetingHit(meeting.id, item.id, when, forum, where,
                               item.title + (f" – {snippet}" if snippet else "")))
    return hits


class MeetingHits(QWidget):
    """Hidden until a search finds agendas or minutes."""

    open_meeting = Signal(object)  # the meeting's id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._asked = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        style.set_role(self.label, "hint")
        box.addWidget(self.label)
        self.model = RecordTableModel([
            Column(_tr("MeetingHits", "Dato"), lambda h: h.when),
            Column(_tr("MeetingHits", "Forum"), lambda h: h.forum),
            Column(_tr("MeetingHits", "Fundet i"), lambda h: h.where),
            Column(_tr("MeetingHits", "Tekst"), lambda h: h.text),
        ], self)
        self.view = record_view(self, self.model, _tr(
            "MeetingHits", "Møder, hvor søgningen findes i dagsorden eller referat"), stretch=3)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        box.addWidget(self.view)
        # as tall as its rows need (up to the maximum): the log keeps the free space
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def search(self, text: str) -> None:
        """Search in the background; an older answer that arrives late is dropped."""
        text = text.strip()
        self._asked = text
        if not text:
            self.model.set_rows([])
            self.hide()
            return
        svc = self.ctx.svc
        self.ctx.tasks.run(lambda: find_hits(svc, text), lambda hits: self._show(text, hits))

    def _show(self, text: str, hits: list[MeetingHit]) -> None:
        if text != self._asked:
            return
        self.model.set_rows(hits)
        meetings = len({h.id for h in hits})
        if meetings == 1:
            text = _tr("MeetingHits", "Også i dagsordener og referater: 1 møde – dobbeltklik "
                                      "for at åbne det")
        else:
            text = _tr("MeetingHits", "Også i dagsordener og referater: {n} møder – "
                                      "dobbeltklik for at åbne mødet").format(n=meetings)
        self.label.setText(text)
        for col, width in ((0, 120), (1, 220), (2, 90)):
            self.view.setColumnWidth(col, width)
        rows = min(len(hits), 3)
        self.view.setFixedHeight(self.view.horizontalHeader().height() + 4
                                 + rows * self.view.verticalHeader().defaultSectionSize())
        self.setVisible(bool(hits))

    def _activated(self, index: Any) -> None:
        hit = self.model.data(index, Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.open_meeting.emit(hit.id)
