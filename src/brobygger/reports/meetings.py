"""Agenda and minutes of a meeting as PDFs, in the house style of the briefs (the
confidentiality line on every page, "Side X af Y", Danish dates, the embedded font).

Data in, PDF out: the caller gathers a
:class:`~brobygger.dto.meetings.MeetingView` (``svc.meetings.view(meeting_id)``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from brobygger.domain.catalogue import ENTRY_TYPES
from brobygger.domain.i18n import _
from brobygger.domain.meetings import FORUM_KINDS, ITEM_PURPOSES, MEETING_STATUSES
from brobygger.reports.document import PageInfo, check_target, render, write_atomically
from brobygger.reports.sections import Cell, Sections
from brobygger.reports.typography import count_da, date_da, esc

if TYPE_CHECKING:
    from brobygger.dto.meetings import ForumSummary, ItemView, LinkedRecord, MeetingView

DEFAULT_CONFIDENTIALITY = "Fortroligt – kun til forummets medlemmer"


@dataclass(frozen=True)
class MeetingPdfOptions:
    author: str = ""
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    today: date | None = None
    example: bool = False


def _when(view: MeetingView) -> str:
    m = view.meeting
    text = date_da(m.meeting_date)
    if m.start_time is not None:
        text += f", kl. {m.start_time:%H.%M}"
        if m.end_time is not None:
            text += f"–{m.end_time:%H.%M}"
    return text


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} t. {rest} min."
    return f"{hours} t." if hours else f"{rest} min."


def _head(sec: Sections, view: MeetingView, kicker: str, options: MeetingPdfOptions,
          extra: Sequence[tuple[str, Cell]]) -> list[Flowable]:
    f = view.forum
    rows: list[tuple[str, Cell]] = [
        ("Forum", f"{f.name} ({FORUM_KINDS.label(f.kind) if f.kind in FORUM_KINDS else f.kind})"),
        ("Tid", _when(view)),
    ]
    if view.meeting.place:
        rows.append(("Sted", view.meeting.place))
    if view.initiative_names:
        rows.append(("Initiativ", ", ".join(view.initiative_names)))
    rows.extend(extra)
    if options.author:
        rows.append(("Udarbejdet af", options.author))
    rows.append(("Dato", date_da(options.today or date.today())))
    out: list[Flowable] = [Paragraph(esc(kicker.upper()), sec.st.kicker),
                           Paragraph(esc(view.title), sec.st.title), sec.kv_table(rows)]
    if options.confidentiality:
        out += [Spacer(1, 4), sec.banner(options.confidentiality)]
    return out


def _people(view: MeetingView, present: bool | None = None) -> str:
    names = [a.name + (f" ({a.organisation})" if a.organisation else "")
             for a in view.attendees if present is None or a.present is present]
    return ", ".join(names) if names else "–"


def _item_head(sec: Sections, n: int, iv: ItemView, with_time: bool) -> list[Flowable]:
    it = iv.item
    purpose = ITEM_PURPOSES.label(it.purpose) if it.purpose in ITEM_PURPOSES else it.purpose
    meta = [purpose]
    if iv.owner_name:
        meta.append(f"ansvarlig: {iv.owner_name}")
    if with_time:
        meta.append(_duration(it.minutes))
    return [Paragraph(f"{n}. {esc(it.title)}", sec.st.entry_head),
            Paragraph(esc(" · ".join(meta)), sec.st.entry_meta)]


def _sources(sec: Sections, iv: ItemView) -> list[Flowable]:
    """What the item is about: the proposal's lines as written when the agenda was built
    (the state then), else the linked records as they are now."""
    lines = [ln[1:].strip() for ln in iv.item.description.splitlines() if ln.startswith("•")]
    other = [ln for ln in iv.item.description.splitlines()
             if ln.strip() and not ln.startswith("•")]
    out: list[Flowable] = [Paragraph(esc(ln), sec.st.body) for ln in other]
    if not lines:
        lines = [lk.label + (f" – {lk.detail}" if lk.detail else "") for lk in iv.sources]
    out += [Paragraph(esc(ln), sec.st.bullet, bulletText="•") for ln in lines]
    return out


# -- agenda ----------------------------------------------------------------------------------
def agenda_flowables(view: MeetingView, options: MeetingPdfOptions) -> list[Flowable]:
    sec = Sections()
    extra: list[tuple[str, Cell]] = [
        ("Inviterede", _people(view)),
        ("Varighed", f"{count_da(len(view.items), 'punkt', 'punkter')}, i alt "
                     f"{_duration(view.running_minutes)}"),
    ]
    out = _head(sec, view, "Dagsorden", options, extra)
    out += sec.h1("Dagsorden")
    if not view.items:
        out.append(sec.empty("Ingen punkter endnu."))
        return out
    out.append(sec.table(
        ["Nr.", "Punkt", "Formål", "Ansvarlig", "Tid"],
        [[str(n), iv.item.title, ITEM_PURPOSES.label(iv.item.purpose)
          if iv.item.purpose in ITEM_PURPOSES else iv.item.purpose,
          iv.owner_name or "–", _duration(iv.item.minutes)]
         for n, iv in enumerate(view.items, 1)], [9, 78, 24, 34, 17]))
    out += sec.h1("Punkterne")
    for n, iv in enumerate(view.items, 1):
        block: list[Flowable] = _item_head(sec, n, iv, True)
        block += _sources(sec, iv)
        out.append(KeepTogether(block))
    return out


# -- minutes ---------------------------------------------------------------------------------
def _created_rows(links: Sequence[LinkedRecord]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for lk in links:
        if lk.entity == "log_entry":
            kind = ENTRY_TYPES.label(lk.state) if lk.state in ENTRY_TYPES else "Beslutning"
            what = lk.label + (f": {lk.text}" if lk.text else "")
            rows.append([kind, what, "–", date_da(lk.when)])
        elif lk.entity == "action":
            rows.append(["Handling", lk.label, lk.who or "–", date_da(lk.when)])
        elif lk.entity == "ask":
            rows.append(["Anmodning", lk.label, lk.who or "–", date_da(lk.when)])
        else:
            kind = {"plague_assessment": "Plage", "barrier_assessment": "Barriere"}.get(
                lk.entity, "Post")
            rows.append([kind, f"{lk.label} ({lk.detail})" if lk.detail else lk.label, "–",
                         "–"])
    return rows


def minutes_flowables(view: MeetingView, options: MeetingPdfOptions) -> list[Flowable]:
    sec = Sections()
    status = view.meeting.status
    extra: list[tuple[str, Cell]] = [
        ("Til stede", _people(view, True)),
        ("Afbud", _people(view, False)),
        ("Status", MEETING_STATUSES.label(status) if status in MEETING_STATUSES else status),
    ]
    out = _head(sec, view, "Referat", options, extra)
    if view.meeting.notes:
        out += sec.h1("Generelt")
        out += sec.text(view.meeting.notes)
    out += sec.h1("Referat")
    if not view.items:
        out.append(sec.empty("Ingen punkter på dagsordenen."))
    for n, iv in enumerate(view.items, 1):
        out += _item_head(sec, n, iv, False)
        out += _sources(sec, iv)
        if iv.item.notes:
            out.append(Paragraph("<b>Referat:</b>", sec.st.h3))
            out += sec.text(iv.item.notes)
        elif not iv.created:
            out.append(sec.empty("Intet referat til punktet."))
        if iv.created:
            out.append(Spacer(1, 2))
            out.append(sec.table(["Type", "Hvad", "Ansvarlig / til", "Dato / frist"],
                                 _created_rows(iv.created), [20, 86, 34, 32]))
    out += _summary(sec, view)
    return out


def _summary(sec: Sections, view: MeetingView) -> list[Flowable]:
    actions = [lk for iv in view.items for lk in iv.created if lk.entity == "action"]
    asks = [lk for iv in view.items for lk in iv.created if lk.entity == "ask"]
    out: list[Flowable] = []
    if actions:
        out += sec.h1("Handlinger fra mødet")
        out.append(sec.table(["Handling", "Ansvarlig", "Frist"],
                             [[a.label, a.who or "–", date_da(a.when)] for a in actions],
                             [104, 40, 34]))
    if asks:
        out += sec.h1("Anmodninger fra mødet")
        out.append(sec.table(["Anmodning", "Til", "Svar senest"],
                             [[a.label, a.who or "–", date_da(a.when)] for a in asks],
                             [104, 40, 34]))
    return out


# -- files -----------------------------------------------------------------------------------
def _write(view: MeetingView, out: Path, options: MeetingPdfOptions, kind: str,
           flowables: list[Flowable]) -> Path:
    target = check_target(Path(out))
    if target.suffix.lower() != ".pdf":
        from brobygger.domain.errors import InputError
        raise InputError(_("'{name}' er ikke en PDF-fil. Giv filen endelsen .pdf.",
                           name=target.name))
    info = PageInfo(kind, f"{view.title} · {date_da(view.meeting.meeting_date)}",
                    options.confidentiality, date_da(options.today or date.today()),
                    options.author, options.example)
    return write_atomically(target, lambda: render(flowables, info,
                                                   f"{kind}: {view.title}"))


def agenda_pdf(view: MeetingView, out: Path,
               options: MeetingPdfOptions = MeetingPdfOptions()) -> Path:
    """Write the meeting's agenda to ``out`` (PDF, atomically)."""
    return _write(view, out, options, "Dagsorden", agenda_flowables(view, options))


def minutes_pdf(view: MeetingView, out: Path,
                options: MeetingPdfOptions = MeetingPdfOptions()) -> Path:
    """Write the meeting's minutes to ``out`` (PDF, atomically)."""
    return _write(view, out, options, "Referat", minutes_flowables(view, options))


# -- the handover brief's forums ---------------------------------------------------------------
def forums_section(sec: Sections, forums: Sequence[ForumSummary]) -> list[Flowable]:
    """'Fora og møder': the bodies the collaboration runs on, their rhythm and members."""
    out: list[Flowable] = sec.h1("Fora og møder")
    if not forums:
        out.append(sec.empty("Ingen fora registreret: samarbejdet har endnu ingen faste møder "
                             "i Brobygger."))
        return out
    rows: list[list[Cell]] = []
    for f in forums:
        kind = FORUM_KINDS.label(f.kind) if f.kind in FORUM_KINDS else f.kind
        rhythm = f"hver {f.rhythm_weeks}. uge" if f.rhythm_weeks else "ingen fast rytme"
        members = ", ".join(name + (f" ({role})" if role else "") for name, role in f.members)
        when = [f"sidst {date_da(f.last_meeting)}" if f.last_meeting else "",
                f"næste {date_da(f.next_meeting)}" if f.next_meeting else ""]
        rows.append([f.name + (f" – {f.place}" if f.place else ""), f"{kind}, {rhythm}",
                     members or "–", ", ".join(w for w in when if w) or "–"])
    out.append(sec.table(["Forum", "Type og rytme", "Medlemmer", "Møder"], rows,
                         [44, 32, 68, 30]))
    return out
