"""Bringing in what users have today (issue 20): contacts (vCard, Outlook CSV), a log
from a spreadsheet (``.xlsx``/``.csv`` through a column mapping) and meetings from a
calendar (``.ics``). Each import is two steps – a plan that only reads, then
:func:`brobygger.services.imports.apply_import` (backup, one transaction)::

    plan = plan_contacts_file(svc, "kontakter.vcf")
    print(plan.summary_da())                      # the preview / dry run
    apply_plan(svc, plan, cpr="mask")           # = services.imports.apply_import, GC paused

    src, sheet = read_sheet("logbog.xlsx")
    mapping = suggest_mapping(svc, sheet)         # remembered, else guessed from headers
    plan = plan_log(svc, sheet, mapping, src)

    plan = plan_calendar_file(svc, "kalender.ics", date(2025, 1, 1), date(2025, 12, 31))
    plan = plan_calendar_file(svc, "kalender.ics", start, end, forum_id=forum.id)  # meetings
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.cells import cell_text
from brobygger.exchange.importing.contacts import ContactRow, read_contacts
from brobygger.exchange.importing.ics import CalEvent, read_events
from brobygger.exchange.importing.mapping import (
    FIELD_LABELS_DA,
    FIELDS,
    LogMapping,
    guess_mapping,
    is_known_header,
    normalise,
    signature,
    with_type_words,
)
from brobygger.exchange.importing.plan_calendar import plan_calendar
from brobygger.exchange.importing.plan_contacts import plan_contacts
from brobygger.exchange.importing.plan_log import plan_log
from brobygger.exchange.importing.sheet import Sheet, read_table
from brobygger.exchange.importing.source import (
    MAX_BYTES,
    ImportFileError,
    SourceFile,
    read_source,
)
from brobygger.services.imports import (
    ImportPlan,
    ImportResult,
    apply_import,
    remember_mapping,
    remembered_mapping,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS_DA",
    "MAX_BYTES",
    "CalEvent",
    "ContactRow",
    "ImportFileError",
    "LogMapping",
    "Sheet",
    "SourceFile",
    "apply_plan",
    "plan_calendar",
    "plan_calendar_file",
    "plan_contacts",
    "plan_contacts_file",
    "plan_log",
    "read_sheet",
    "remember",
    "suggest_mapping",
    "type_words",
]

CONTACT_SUFFIXES = (".vcf", ".csv")
SHEET_SUFFIXES = (".xlsx", ".csv")
CALENDAR_SUFFIXES = (".ics",)

Progress = Callable[[int, int], None]


def plan_contacts_file(svc: Any, path: str | Path, *, default_sector: str | None = None,
                       default_level: str | None = None) -> Any:
    src = read_source(path, CONTACT_SUFFIXES, _("en kontaktfil (vCard eller Outlook-CSV)"))
    return plan_contacts(svc, read_contacts(src), src, default_sector=default_sector,
                         default_level=default_level)


def read_sheet(path: str | Path, sheet: str | None = None,
               progress: Progress | None = None) -> tuple[SourceFile, Sheet]:
    src = read_source(path, SHEET_SUFFIXES, _("et regneark (.xlsx eller .csv)"))
    return src, read_table(src, is_known_header, sheet, progress)


def type_words(sheet: Sheet, mapping: LogMapping) -> list[str]:
    """The distinct words in the type column, in order of first appearance."""
    column = mapping.column_for("type")
    if column is None:
        return []
    i = sheet.headers.index(column)
    return list(dict.fromkeys(w for _n, cells in sheet.rows if (w := cell_text(cells[i]))))


def suggest_mapping(svc: Any, sheet: Sheet) -> LogMapping:
    """The mapping remembered for sheets with these headers, else one guessed from them;
    either way with a guess for every type word not mapped yet."""
    remembered = remembered_mapping(svc, signature(sheet.headers))
    mapping: LogMapping | None = None
    if remembered:
        try:
            mapping = _to_headers(LogMapping.from_json(json.loads(remembered)), sheet.headers)
            mapping.check(sheet.headers)
        except (ValueError, InputError):
            mapping = None
    if mapping is None:
        mapping = guess_mapping(sheet.headers)
    return with_type_words(mapping, type_words(sheet, mapping))


def _to_headers(mapping: LogMapping, headers: tuple[str, ...]) -> LogMapping:
    """``mapping`` with its column names spelled as in ``headers`` (case may differ)."""
    by_key = {normalise(h): h for h in headers}
    return replace(mapping, columns={by_key.get(normalise(c), c): f
                                     for c, f in mapping.columns.items()})


def remember(svc: Any, sheet: Sheet, mapping: LogMapping) -> None:
    """Keep ``mapping`` for the next sheet with the same headers."""
    remember_mapping(svc, signature(sheet.headers),
                     json.dumps(mapping.to_json(), ensure_ascii=False))


def plan_calendar_file(svc: Any, path: str | Path, date_from: date, date_to: date,
                       progress: Progress | None = None, *,
                       forum_id: uuid.UUID | None = None) -> Any:
    """The events from ``date_from`` to ``date_to`` as log entries of type møde – or, with
    ``forum_id``, as meetings of that forum."""
    src = read_source(path, CALENDAR_SUFFIXES, _("en kalenderfil (.ics)"))
    return plan_calendar(svc, read_events(src, date_from, date_to, progress), src,
                         forum_id=forum_id)


def apply_plan(svc: Any, plan: ImportPlan, **options: Any) -> ImportResult:
    """:func:`brobygger.services.imports.apply_import` with Python's cyclic garbage collector
    paused (:func:`brobygger.exchange.bulk.gc_paused`): the tens of thousands of rows,
    values and audit records of a big import stay alive until the commit, and the
    collector's walks over them freed nothing while costing 15–30 % of the time."""
    with gc_paused():
        return apply_import(svc, plan, **options)
