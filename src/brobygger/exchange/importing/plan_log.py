"""The plan for log entries from the rows of a spreadsheet through a :class:`LogMapping`
(calendar events: :mod:`.plan_calendar`). Participants and initiatives are matched by
e-mail or name; near-misses are suggestions; names that match nobody stay in the text."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from brobygger.domain.catalogue import ENTRY_TYPES
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import N_, _, language
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.cells import cell_text
from brobygger.exchange.importing import mapping as m
from brobygger.exchange.importing.matching import Directory, Index, Match
from brobygger.exchange.importing.sheet import Sheet
from brobygger.exchange.importing.source import SourceFile
from brobygger.exchange.importing.values import BadDate, parse_date
from brobygger.services.imports import (
    CREATE,
    ERROR,
    KIND_LOG,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    PlannedRecord,
    Suggestion,
    cpr_in,
    imported_keys,
)
from brobygger.store import models

TITLE_MAX = 300
_SPLIT = re.compile(r"\s*(?:[,;/\n]|\bog\b|\band\b|&)\s*")
_ADDRESS = re.compile(r"<?([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>?")

Progress = Callable[[int, int], None]
# What the plan shows (reasons, notes) is in the UI's language; what it writes into a record
# ("Øvrige deltagere: …", "Sted: …") stays Danish, so a re-import finds the same content.
_UNKNOWN_TYPE = N_("ukendt type »{word}« → {label}")


def title_and_body(title: str, body: str) -> tuple[str, str]:
    title = " ".join(title.split())
    if not title:
        first = body.strip().splitlines()[0] if body.strip() else ""
        title = first if len(first) <= 80 else first[:80].rsplit(" ", 1)[0] + " …"
    if len(title) > TITLE_MAX:
        body = f"{title}\n\n{body}".strip()
        title = title[:TITLE_MAX - 2].rsplit(" ", 1)[0] + " …"
    return title, body


class _People:
    """Matches the names in a participants cell (or a calendar's attendees), collecting
    near-misses for one vectorised fuzzy pass."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def exact(self, name: str, email: str) -> Match | None:
        return self.index.exact(name, email)

    def fuzzy(self, names: Iterable[str]) -> dict[str, Match]:
        unique = list(dict.fromkeys(n for n in names if n))
        return {n: hit for n, hit in zip(unique, self.index.fuzzy(unique), strict=True)
                if hit is not None}


def finish_matches(recs: Sequence[PlannedRecord], pending: dict[int, list[tuple[str, str]]],
                   directory: Directory, text_field: str = "body") -> None:
    """Resolve the names no exact match found: suggestions or 'unmatched' (kept in the
    record's ``text_field``)."""
    people = _People(directory.people)
    fuzzy_people = people.fuzzy(n for items in pending.values() for f, n in items
                                if f == "participants")
    fuzzy_init = dict(zip(
        (names := list(dict.fromkeys(n for items in pending.values() for f, n in items
                                     if f == "initiative_id"))),
        directory.initiatives.fuzzy(names), strict=True))
    for i, rec in enumerate(recs):
        unmatched: list[str] = []
        for fld, text in pending.get(i, []):
            hit = fuzzy_people.get(text) if fld == "participants" else fuzzy_init.get(text)
            if hit is not None:
                rec.suggestions.append(Suggestion(fld, text, hit.id, hit.label, hit.score))
            else:
                unmatched.append(text if fld == "participants"
                                 else _("initiativ: {name}", name=text))
        rec.unmatched = tuple(unmatched)
        if pending.get(i):  # every name the file gives stays in the text: nothing is lost
            rec.values[text_field] = _with_names(rec.values.get(text_field, ""), pending[i])


def _with_names(body: str, pending: list[tuple[str, str]]) -> str:
    names = [n for f, n in pending if f == "participants"]
    inits = [n for f, n in pending if f == "initiative_id"]
    lines = [body] if body else []
    if names:
        lines.append("Øvrige deltagere: " + ", ".join(names))
    if inits:
        lines.append("Initiativ i kilden: " + ", ".join(inits))
    return "\n\n".join(lines)


def _participants(cell: str, people: Index, pending: list[tuple[str, str]]) -> list[uuid.UUID]:
    ids: list[uuid.UUID] = []
    for part in _SPLIT.split(cell):
        part = part.strip().strip('"')
        if not part:
            continue
        address = _ADDRESS.search(part)
        email = address.group(1) if address else ""
        name = _ADDRESS.sub("", part).strip() or email
        hit = people.exact(name, email)
        if hit is not None:
            ids.append(hit.id)
        else:
            pending.append(("participants", part))
    return ids


def _content_key(values: dict[str, Any]) -> str:
    text = "\x1f".join(str(values.get(k, "")) for k in ("entry_date", "type", "title", "body"))
    return "log:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _existing_titles(svc: Any, days: list[date]) -> set[tuple[date, str]]:
    if not days:
        return set()
    e = models.LogEntry
    stmt = select(col(e.entry_date), col(e.title)).where(
        col(e.deleted_at).is_(None), col(e.entry_date) >= min(days),
        col(e.entry_date) <= max(days))
    with svc.ws.read() as s:
        return {(d, t.casefold()) for d, t in s.execute(stmt)}


def _row_record(number: int, cells: dict[str, object], mp: m.LogMapping,
                directory: Directory, pending: list[tuple[str, str]]) -> PlannedRecord:
    date_col = mp.column_for(m.DATE) or ""
    raw_date = cells.get(date_col)
    try:
        day = parse_date(raw_date)
    except BadDate:
        shown = cell_text(raw_date)
        reason = (_("ugyldig dato »{value}« i kolonnen »{column}«", value=shown,
                    column=date_col) if shown
                  else _("datoen mangler i kolonnen »{column}«", column=date_col))
        label = cell_text(cells.get(mp.column_for(m.TITLE) or "")) or shown \
            or _("(uden dato)")
        return PlannedRecord(number, "log_entry", ERROR, label, reason=reason)
    type_col = mp.column_for(m.TYPE)
    word = cell_text(cells.get(type_col)) if type_col else ""
    entry_type = mp.types.get(word) or (m.guess_type(word) if word else None) \
        or mp.default_type
    texts = [cell_text(cells.get(c)) for c in mp.columns_for(m.TEXT)]
    extra = [f"{c}: {cell_text(cells.get(c))}" for c in mp.columns_for(m.EXTRA)
             if cell_text(cells.get(c))]
    body = "\n\n".join(t for t in [*texts, "\n".join(extra)] if t)
    title, body = title_and_body(cell_text(cells.get(mp.column_for(m.TITLE) or "")), body)
    if not title:
        return PlannedRecord(number, "log_entry", SKIP, _("(tom)"),
                             reason=_("rækken har hverken titel eller tekst"))
    values: dict[str, Any] = {"entry_date": day, "type": entry_type, "title": title,
                              "body": body}
    tags = [t for c in mp.columns_for(m.TAGS) for t in _SPLIT.split(cell_text(cells.get(c)))]
    values["tags"] = [t for t in tags if t.strip()]
    init_col = mp.column_for(m.INITIATIVE)
    init_name = cell_text(cells.get(init_col)) if init_col else ""
    if init_name:
        hit = directory.initiatives.exact(init_name)
        if hit is not None:
            values["initiative_id"] = hit.id
        else:
            pending.append(("initiative_id", init_name))
    participants: list[uuid.UUID] = []
    for c in mp.columns_for(m.PARTICIPANTS):
        participants += _participants(cell_text(cells.get(c)), directory.people, pending)
    values["participants"] = tuple(dict.fromkeys(participants))
    rec = PlannedRecord(number, "log_entry", CREATE, title, values)
    if entry_type == "eskalering":
        values["escalation_level"] = "chef"
        rec.reason = _("eskaleringsniveau sat til Chefniveau (ret det bagefter)")
    if word and word not in mp.types and m.guess_type(word) is None:
        rec.reason = _(_UNKNOWN_TYPE, word=word,
                       label=ENTRY_TYPES.label(entry_type, language()))
    return rec


@gc_paused()
def plan_log(svc: Any, sheet: Sheet, mp: m.LogMapping, src: SourceFile,
             progress: Progress | None = None) -> ImportPlan:
    """What importing the rows of ``sheet`` through ``mp`` would do; reads only."""
    mp.check(sheet.headers)
    directory = Directory(svc)
    recs: list[PlannedRecord] = []
    pending: dict[int, list[tuple[str, str]]] = {}
    for i, (number, cells) in enumerate(sheet.rows):
        row_pending: list[tuple[str, str]] = []
        recs.append(_row_record(number, dict(zip(sheet.headers, cells, strict=True)), mp,
                                directory, row_pending))
        if row_pending:
            pending[i] = row_pending
        if progress is not None and i % 1000 == 999:
            progress(i + 1, len(sheet.rows))
    finish_matches(recs, pending, directory)
    _dedupe(svc, recs)
    validate(svc, recs)
    prefix = _(_UNKNOWN_TYPE).split("{", 1)[0]
    unknown = sorted({r.reason for r in recs if r.reason.startswith(prefix)})
    notes = [_("{n} ukendte typeord – vælg deres type i tilknytningen.", n=len(unknown))] \
        if unknown else []
    return ImportPlan(KIND_LOG, src.name, src.sha256, recs, notes)


def _dedupe(svc: Any, recs: list[PlannedRecord]) -> None:
    """Rows imported before (same content) or already in the log (same date and title),
    and rows repeated in the file, are skipped."""
    for r in recs:
        if r.action == CREATE:
            r.key = _content_key(r.values)
            r.cpr = cpr_in(r.values)
    earlier = imported_keys(svc, KIND_LOG, {r.key for r in recs if r.key})
    existing = _existing_titles(svc, [r.values["entry_date"] for r in recs
                                      if r.action == CREATE])
    first: dict[str, int] = {}
    for r in recs:
        if r.action != CREATE:
            continue
        if r.key in earlier:
            r.action, r.target_id = UNCHANGED, earlier[r.key].record_id
            r.reason = _("importeret før")
        elif (r.values["entry_date"], r.values["title"].casefold()) in existing:
            r.action, r.reason = SKIP, _("findes allerede i logbogen (samme dato og titel)")
        elif r.key in first:
            r.action, r.reason = SKIP, _("samme som række {row}", row=first[r.key])
        first.setdefault(r.key, r.row)


def validate(svc: Any, recs: list[PlannedRecord], service: Any = None) -> None:
    """The record's own rules (the same ``clean`` the editor uses), before anything is
    written: a row that breaks them is an error with its row number. The participants and
    the initiative were found among the live records just now (:class:`Directory`), so
    they are set aside for the check – ``clean`` would look each row's up again."""
    service = service if service is not None else svc.log
    with svc.ws.read() as s:
        for r in recs:
            if r.action not in (CREATE, UPDATE):
                continue
            refs = {k: r.values[k] for k in ("participants", "initiative_id") if k in r.values}
            # r.refs (a person's organisation from this file) are known only when written
            try:
                data = service.clean(s, {k: v for k, v in r.values.items() if k not in refs},
                                     None)
            except ValidationError as exc:
                r.action, r.reason = ERROR, exc.message
                continue
            data.update(refs)
            data["participants"] = tuple(refs.get("participants", ()))
            if r.action == CREATE:
                r.validated = (dict(r.values), data)
