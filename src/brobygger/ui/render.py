"""HTML for the read-only detail panes (a log entry, a person, an organisation)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from brobygger.domain import rules
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    BARRIERS,
    DECISION_STATUSES,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    LEVELS,
    MEMBER_ROLES,
    PLAGUES,
    SECTORS,
)
from brobygger.services import dto
from brobygger.ui import i18n, style
from brobygger.ui.common import chip, esc, paragraphs
from brobygger.ui.i18n import tr as _tr

CSS = (f"<style>h2 {{ margin: 0 0 4px 0; color: {style.TEXT}; }} "
       f"h3 {{ margin: 12px 0 4px 0; color: {style.TEXT}; }} "
       f".muted {{ color: {style.MUTED}; }} td {{ padding: 2px 10px 2px 0; }}</style>")


def _muted(text: str) -> str:
    return f'<p class="muted">{esc(text)}</p>'


def _heading(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


def _section(heading: str, items: list[str], none: str | None = None) -> list[str]:
    """A heading over a list of ``items`` (already HTML): ``none`` in muted text when there
    are none – or, without ``none``, nothing at all."""
    if not items and none is None:
        return []
    body = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items \
        else _muted(none or "")
    return [_heading(heading), body]


def entry_html(e: dto.LogEntry | None, names: Mapping[uuid.UUID, str]) -> str:
    if e is None:
        return CSS + _muted(_tr("render", "Vælg en indførsel for at læse den."))
    meta = [i18n.fmt_date(e.entry_date), i18n.label(ENTRY_TYPES, e.type)]
    if e.initiative_id:
        meta.append(names.get(e.initiative_id, ""))
    if e.author:
        meta.append(_tr("render", "skrevet af {author}").format(author=e.author))
    parts = [CSS, f"<h2>{esc(e.title)}</h2>",
             f'<p class="muted">{esc(" · ".join(m for m in meta if m))}</p>']
    if e.decision_status:
        parts.append("<p>" + chip(i18n.label(DECISION_STATUSES, e.decision_status),
                                  "#e3f4e6") + "</p>")
    if e.escalation_level:
        target = f" – {esc(e.escalated_to)}" if e.escalated_to else ""
        parts.append("<p>" + chip(_tr("render", "Eskaleret til: ") +
                                  i18n.label(ESCALATION_LEVELS, e.escalation_level),
                                  "#fddcb5") + target + "</p>")
    parts.append(paragraphs(e.body) or _muted(_tr("render", "(ingen tekst)")))
    rows = []
    if e.participants:
        rows.append((_tr("render", "Deltagere"),
                     ", ".join(names.get(p, "?") for p in e.participants)))
    if e.plagues:
        rows.append((_tr("render", "Plager"), ", ".join(i18n.label(PLAGUES, p) for p in e.plagues)))
    if e.barriers:
        rows.append((_tr("render", "Barrierer"),
                     ", ".join(i18n.label(BARRIERS, b) for b in e.barriers)))
    if e.tags:
        rows.append((_tr("render", "Mærker"), ", ".join(e.tags)))
    if rows:
        parts.append("<table>" + "".join(
            f'<tr><td class="muted">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
            + "</table>")
    return "".join(parts)


def _relations_html(assessments: Iterable[dto.RelationshipAssessment],
                    names: dict[uuid.UUID, str]) -> list[str]:
    """»Relationer«: the latest assessment of each pair, with its step on the ladder."""
    return [_heading(_tr("render", "Relationer")), _relations_list(assessments, names)]


def _relations_list(assessments: Iterable[dto.RelationshipAssessment],
                    names: dict[uuid.UUID, str]) -> str:
    latest: dict[tuple[uuid.UUID, uuid.UUID], dto.RelationshipAssessment] = {}
    for a in sorted(assessments, key=lambda a: a.assessed_on):
        latest[a.pair] = a
    if not latest:
        return _muted(_tr("render", "Ingen relationsvurderinger endnu."))
    rows = []
    for (a_id, b_id), a in sorted(latest.items(), key=lambda kv: names.get(kv[0][0], "")):
        stage = rules.stage_label(rules.ladder_stage(a.kendskab, a.respekt, a.tillid),
                                  i18n.lang())
        rows.append(f"<li><b>{esc(stage)}</b> – {esc(names.get(a_id, '?'))} ↔ "
                    f"{esc(names.get(b_id, '?'))} <span class='muted'>({a.kendskab}/"
                    f"{a.respekt}/{a.tillid}, {esc(i18n.fmt_date(a.assessed_on))})</span></li>")
    return "<ul>" + "".join(rows) + "</ul>"


def person_html(bundle: dict[str, Any] | None) -> str:
    if not bundle:
        return CSS + _muted(_tr("render", "Vælg en person for at se hendes eller hans "
                                          "initiativer, relationer og historik."))
    p: dto.Person = bundle["person"]
    names: dict[uuid.UUID, str] = bundle["names"]
    org = names.get(p.organisation_id) if p.organisation_id else None
    sub = [x for x in (p.title, org, i18n.label(LEVELS, p.level)) if x]
    parts = [CSS, f"<h2>{esc(p.name)}</h2>", f'<p class="muted">{esc(" · ".join(sub))}</p>']
    contact = [x for x in (p.phone, p.email) if x]
    if contact:
        parts.append(f"<p>{esc(' · '.join(contact))}</p>")
    if p.is_champion:
        parts.append("<p>" + chip(_tr("render", "Ildsjæl"), "#fff4cc") + "</p>")
    if p.notes:
        parts.append(paragraphs(p.notes))
    members: list[dto.Member] = bundle["members"]
    parts += _section(_tr("render", "Initiativer"), [
        f"{esc(names.get(m.initiative_id, '?'))} – {esc(i18n.label(MEMBER_ROLES, m.role))}"
        for m in members], _tr("render", "Ikke med i nogen initiativer."))
    parts += _relations_html(bundle["relations"], names)
    actions: list[dto.Action] = bundle["actions"]
    parts += _section(_tr("render", "Handlinger"), [
        f"{esc(a.title)} – {esc(i18n.label(ACTION_STATUSES, a.status))}"
        + (f" ({esc(i18n.fmt_date(a.due_date))})" if a.due_date else "") for a in actions])
    parts += _self_reviews_html(bundle.get("self_reviews") or [])
    entries: list[dto.LogEntry] = bundle["entries"]
    parts += _section(_tr("render", "Historik i logbogen"), [
        f"<span class='muted'>{esc(i18n.fmt_date_short(e.entry_date))} · "
        f"{esc(i18n.label(ENTRY_TYPES, e.type))}</span> – {esc(e.title)}" for e in entries],
        _tr("render", "Ikke nævnt som deltager i logbogen."))
    return "".join(parts)


def organisation_html(bundle: dict[str, Any] | None) -> str:
    if not bundle:
        return CSS + _muted(_tr("render", "Vælg en organisation."))
    o: dto.Organisation = bundle["organisation"]
    names: dict[uuid.UUID, str] = bundle["names"]
    sub = [i18n.label(SECTORS, o.sector)]
    if o.parent_id:
        sub.append(_tr("render", "under {parent}").format(parent=names.get(o.parent_id, "?")))
    parts = [CSS, f"<h2>{esc(o.name)}</h2>", f'<p class="muted">{esc(" · ".join(sub))}</p>',
             paragraphs(o.notes)]
    people: list[dto.Person] = bundle["people"]
    parts += _section(_tr("render", "Personer"), [
        esc(p.name) + (f" – {esc(p.title)}" if p.title else "") for p in people],
        _tr("render", "Ingen personer registreret."))
    parties: list[dto.Party] = bundle["parties"]
    parts += _section(_tr("render", "Part i initiativer"), [
        esc(names.get(p.initiative_id, "?")) + (f" – {esc(p.role)}" if p.role else "")
        for p in parties], _tr("render", "Ikke part i nogen initiativer."))
    parts += _relations_html(bundle["relations"], names)
    return "".join(parts)


def _self_reviews_html(reviews: list[Any]) -> list[str]:
    """A leader's own notes on the chief tasks and competencies, with the privacy notice."""
    from brobygger.domain.catalogue import CHIEF_TASKS, COMPETENCIES

    if not reviews:
        return []
    note = _tr("render", "Privat: kommer ikke med i notater eller udvekslingsfiler, medmindre "
                         "den er delt. På en fælles server kan databasens administratorer "
                         "læse den.")
    shared = _tr("render", "delt med en efterfølger")
    items = []
    for r in sorted(reviews, key=lambda r: r.reviewed_on, reverse=True):
        topic = i18n.label(CHIEF_TASKS if r.topic in CHIEF_TASKS else COMPETENCIES, r.topic)
        mark = f" <span class='muted'>({esc(shared)})</span>" if r.shared else ""
        items.append(f"<li><b>{esc(topic)}</b> – {esc(i18n.fmt_date(r.reviewed_on))}: "
                     f"{esc(r.note)}{mark}</li>")
    return [_heading(_tr("render", "Egen evaluering")),
            _muted(note), "<ul>" + "".join(items) + "</ul>"]
