"""The readable PDF of a person export (GDPR right of access).

Uses the briefs' page template and typography (:mod:`brobygger.reports`): embedded font
with æøå, "Side X af Y", Danish dates. Input is the dict of
:meth:`brobygger.services.gdpr.Gdpr.export_person`; all text is CPR-masked again here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from brobygger.domain import catalogue, display, rules
from brobygger.domain.fields import field_label_da
from brobygger.reports.document import CONTENT_W, PageInfo, render
from brobygger.reports.typography import ACCENT_LIGHT, RULE, esc, styles


def _text(value: Any) -> str:
    """A value as text (the one definition, :func:`brobygger.domain.display.value_text`;
    Danish – the export is a Danish document – and CPR-masked)."""
    return display.value_text(value, lang="da")


def _label(cat: Any, code: object) -> str:
    return display.code_text(cat, code, lang="da")


def _table(rows: Sequence[Sequence[str]], headers: Sequence[str],
           widths: Sequence[float]) -> Table:
    st = styles()
    data = [[Paragraph(esc(h), st.cell_head) for h in headers]]
    data += [[Paragraph(esc(c), st.cell) for c in r] for r in rows]
    table = Table(data, colWidths=[w * CONTENT_W for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _section(out: list[Flowable], title: str, rows: Sequence[Sequence[str]],
             headers: Sequence[str], widths: Sequence[float]) -> None:
    st = styles()
    out.append(Paragraph(esc(title), st.h1))
    if rows:
        out.append(_table(rows, headers, widths))
    else:
        out.append(Paragraph("Ingen.", st.empty))


def _flowables(data: Mapping[str, Any]) -> list[Flowable]:
    st = styles()
    person = data["person"]
    out: list[Flowable] = [
        Paragraph("Indsigt – oplysninger om én person", st.kicker),
        Paragraph(esc(person.get("name", "")), st.title),
        Paragraph(esc(
            f"Udtræk af alt, hvad dette Brobygger-arbejdsområde indeholder om personen, "
            f"dannet {_text(data.get('exported_at'))}. CPR-lignende numre er maskeret."),
            st.note),
        Spacer(1, 4),
    ]
    rows = []
    for key in ("name", "title", "organisation_name", "level", "phone", "email",
                "is_champion", "active_from", "active_to", "notes", "created_at",
                "updated_at", "deleted_at"):
        value = person.get(key)
        if key == "level":
            value = _label(catalogue.LEVELS, value)
        if key == "deleted_at" and not value:
            continue
        rows.append((field_label_da(key), _text(value)))
    _section(out, "Personen", rows, ("Felt", "Værdi"), (0.28, 0.72))

    _section(out, "Medlemskaber af initiativer", [
        (m.get("initiative_name", ""), _label(catalogue.MEMBER_ROLES, m.get("role")))
        for m in data.get("memberships", [])], ("Initiativ", "Rolle"), (0.65, 0.35))

    entries = data.get("log_entries", [])
    out.append(Paragraph(esc(f"Logindførsler ({len(entries)})"), st.h1))
    if not entries:
        out.append(Paragraph("Ingen.", st.empty))
    for e in entries:
        why = " og ".join("deltog" if r == "deltager" else "nævnt i teksten"
                          for r in e.get("reasons", []))
        out.append(Paragraph(esc(f"{_text(e.get('entry_date'))} · "
                                 f"{_label(catalogue.ENTRY_TYPES, e.get('type'))} · "
                                 f"{e.get('title', '')}"), st.entry_head))
        meta = f"{e.get('initiative_name') or 'Intet initiativ'} · {why}"
        if e.get("deleted_at"):
            meta += " · i papirkurven"
        out.append(Paragraph(esc(meta), st.entry_meta))
        if e.get("body"):
            out.append(Paragraph(esc(_text(e["body"])), st.entry_body))

    _section(out, "Handlinger med personen som ansvarlig", [
        (a.get("title", ""), a.get("initiative_name", ""), _text(a.get("due_date")),
         _label(catalogue.ACTION_STATUSES, a.get("status")))
        for a in data.get("actions", [])],
        ("Handling", "Initiativ", "Frist", "Status"), (0.4, 0.28, 0.16, 0.16))

    _section(out, "Relationsvurderinger", [
        (_text(r.get("assessed_on")), r.get("other_party", ""), r.get("initiative_name", ""),
         f"{r.get('kendskab')} / {r.get('respekt')} / {r.get('tillid')}", _text(r.get("note")))
        for r in data.get("relationship_assessments", [])],
        ("Dato", "Anden part", "Initiativ", "Kendskab / respekt / tillid", "Note"),
        (0.14, 0.2, 0.2, 0.16, 0.3))

    _section(out, "Plagevurderinger med personen som ansvarlig", [
        (_text(p.get("assessed_on")), _label(catalogue.PLAGUES, p.get("plague")),
         str(p.get("severity")), _text(p.get("mitigation")))
        for p in data.get("plague_assessments", [])],
        ("Dato", "Plage", "Alvor", "Modtræk"), (0.14, 0.3, 0.1, 0.46))

    _own_sections(out, data)

    _section(out, "Andre steder, navnet nævnes", [
        (m.get("entity", ""), m.get("field", ""), _text(m.get("text")))
        for m in data.get("mentions", [])], ("Tabel", "Felt", "Tekst"), (0.2, 0.15, 0.65))

    _section(out, "Ændringslog for personen", [
        (_text(ev.get("at")), ev.get("user", ""),
         display.action_text(ev.get("action", ""), lang="da"),
         "; ".join(f"{field_label_da(k)}: {_text(v[0])} → {_text(v[1])}"
                   for k, v in ev.get("changes", {}).items()))
        for ev in data.get("audit_events", [])],
        ("Tidspunkt", "Bruger", "Handling", "Ændringer"), (0.18, 0.14, 0.14, 0.54))
    return out


def _topic(code: object) -> str:
    for cat in (catalogue.CHIEF_TASKS, catalogue.COMPETENCIES):
        if str(code) in cat:
            return _label(cat, code)
    return str(code or "–")


def _own_sections(out: list[Flowable], data: Mapping[str, Any]) -> None:
    """The person's self-reviews, the asks addressed to them and their meetings: every
    list of the JSON export is in the readable PDF too."""
    _section(out, "Egne selvevalueringer (chefens opgaver og kompetencer)", [
        (_text(r.get("reviewed_on")), _topic(r.get("topic")), _text(r.get("note")),
         "delt" if r.get("shared") else "privat")
        for r in data.get("self_reviews", [])],
        ("Dato", "Opgave/kompetence", "Note", "Deling"), (0.14, 0.26, 0.48, 0.12))
    _section(out, "Anmodninger rettet til personen", [
        (_text(a.get("raised_on")), a.get("title", ""), a.get("initiative_name", ""),
         _label(catalogue.ASK_STATUSES, a.get("status")), _text(a.get("answer")))
        for a in data.get("asks_addressed", [])],
        ("Rejst", "Anmodning", "Initiativ", "Status", "Svar"), (0.13, 0.3, 0.2, 0.13, 0.24))
    _section(out, "Fora og møder", [
        *((m.get("forum_name", ""), "Medlem", m.get("role", "") or "–")
          for m in data.get("forum_memberships", [])),
        *((m.get("forum_name", ""), f"Møde {_text(m.get('meeting_date'))}",
           {True: "til stede", False: "fraværende"}.get(m.get("present"), "inviteret"))
          for m in data.get("meeting_attendance", [])),
        *((m.get("forum_name", ""), f"Punkt {_text(m.get('meeting_date'))}",
           m.get("title", "")) for m in data.get("agenda_items_owned", [])),
        *(("Hold kontakten", "Interval", f"{r.get('interval_days')} dage")
          for r in data.get("contact_rhythm", []))],
        ("Forum", "Hvad", "Detalje"), (0.4, 0.25, 0.35))


def render_person_pdf(data: Mapping[str, Any]) -> bytes:
    """The PDF bytes of a person export."""
    name = str(data["person"].get("name", ""))
    info = PageInfo(kind="Indsigt (GDPR)", subject=name,
                    confidentiality="Fortroligt – personoplysninger",
                    printed=rules.format_date_da(date.today()),
                    author=str(data.get("exported_by", "")))
    return render(_flowables(data), info, f"Oplysninger om {name}")
