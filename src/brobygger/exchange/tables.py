"""Spreadsheet exports: log entries, actions and assessments to CSV and XLSX.

CSV is written the way Danish Excel reads it without an import wizard: UTF-8 with a byte
order mark, ``;`` between fields, CRLF line ends, dates as DD-MM-ÅÅÅÅ and decimal commas.
XLSX (openpyxl) has typed date and number cells, a bold, frozen header row with filters and
column widths that fit the content. Codes are written as their Danish labels.

Text that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``)
is made harmless: in CSV it gets a leading apostrophe, in XLSX it is stored as text.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from brobygger.domain import display, rules
from brobygger.domain.cpr import mask_cpr
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _
from brobygger.exchange import files
from brobygger.exchange.cells import cell_text

WHAT_CHOICES = ("log", "actions", "assessments")
FORMATS = ("csv", "xlsx")
TEXT, DATE, INT, FLOAT = "text", "date", "int", "float"
MAX_WIDTH = 60
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: str = TEXT
    wide: bool = False  # long text: wrap it in XLSX


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    rows: int


class Names:
    """Names of initiatives, people and organisations (the trash included)."""

    def __init__(self, svc: Any) -> None:
        def names(service: Any) -> dict[uuid.UUID, str]:
            return {r.id: r.name for r in service.all(include_deleted=True)}

        self.initiatives = names(svc.initiatives)
        self.people = names(svc.people)
        self.orgs = names(svc.organisations)

    def initiative(self, rid: uuid.UUID | None) -> str:
        return self.initiatives.get(rid, "") if rid else ""

    def person(self, rid: uuid.UUID | None) -> str:
        return self.people.get(rid, "") if rid else ""

    def party(self, org: uuid.UUID | None, person: uuid.UUID | None) -> str:
        if org is not None:
            return self.orgs.get(org, "")
        return self.person(person)


def _codes(entity: str) -> Callable[[str, str | None], str]:
    """``label(field, code)``: a code of ``entity``'s ``field`` as its (Danish) label – the
    catalogue from :func:`brobygger.domain.display.catalogue_of`; an unknown code as it is."""
    def label(field: str, value: str | None) -> str:
        catalogue = display.catalogue_of(entity, field)
        if value and catalogue is not None and value in catalogue:
            return str(catalogue.label(value))
        return value or ""
    return label


entry_code = _codes("log_entry")
action_code = _codes("action")
plague_code = _codes("plague_assessment")
barrier_code = _codes("barrier_assessment")


def resolve_initiative(svc: Any, initiative: uuid.UUID | str | None) -> uuid.UUID | None:
    if initiative is None or initiative == "":
        return None
    if isinstance(initiative, uuid.UUID):
        return initiative
    found = svc.initiatives.find(str(initiative))
    return found.id  # type: ignore[no-any-return]


# -- the sheets ------------------------------------------------------------------------------
def log_sheet(svc: Any, initiative_id: uuid.UUID | None = None) -> Sheet:
    from brobygger.services import LogFilter

    names = Names(svc)
    entries = sorted(svc.log.list(LogFilter(initiative_id=initiative_id)),
                     key=lambda e: (e.entry_date, e.created_at))
    columns = (Column("Dato", DATE), Column("Type"), Column("Initiativ"), Column("Titel"),
               Column("Tekst", wide=True), Column("Mærker"), Column("Deltagere"),
               Column("Plager"), Column("Barrierer"), Column("Beslutningsstatus"),
               Column("Eskaleringsniveau"), Column("Eskaleret til"), Column("Forfatter"),
               Column("Id"))
    rows = tuple((
        e.entry_date, entry_code("type", e.type), names.initiative(e.initiative_id), e.title,
        e.body, ", ".join(e.tags), ", ".join(sorted(names.person(p) for p in e.participants)),
        ", ".join(entry_code("plagues", p) for p in e.plagues),
        ", ".join(entry_code("barriers", b) for b in e.barriers),
        entry_code("decision_status", e.decision_status),
        entry_code("escalation_level", e.escalation_level), e.escalated_to, e.author, str(e.id),
    ) for e in entries)
    return Sheet("Logbog", columns, rows)


def actions_sheet(svc: Any, initiative_id: uuid.UUID | None = None) -> Sheet:
    names = Names(svc)
    sources = {e.id: e.title for e in _all_entries(svc)}
    actions = sorted(svc.actions.list(initiative_id=initiative_id),
                     key=lambda a: (a.due_date is None, a.due_date or date.min, a.title))
    columns = (Column("Titel"), Column("Initiativ"), Column("Ansvarlig"), Column("Frist", DATE),
               Column("Status"), Column("Udført", DATE), Column("Fra logindførsel"),
               Column("Noter", wide=True), Column("Id"))
    rows = tuple((
        a.title, names.initiative(a.initiative_id), names.person(a.owner_id), a.due_date,
        action_code("status", a.status), a.done_on,
        sources.get(a.source_entry_id, "") if a.source_entry_id else "", a.notes, str(a.id),
    ) for a in actions)
    return Sheet("Handlinger", columns, rows)


def _all_entries(svc: Any) -> list[Any]:
    return list(svc.log.list())


def relationship_sheet(svc: Any, initiative_id: uuid.UUID | None = None) -> Sheet:
    names = Names(svc)
    columns = (Column("Initiativ"), Column("Dato", DATE), Column("Part A"), Column("Part B"),
               Column("Kendskab", INT), Column("Respekt", INT), Column("Tillid", INT),
               Column("Trin"), Column("Note", wide=True), Column("Vurderet af"), Column("Id"))
    rows = tuple((
        names.initiative(r.initiative_id), r.assessed_on, names.party(r.org_a_id, r.person_a_id),
        names.party(r.org_b_id, r.person_b_id), r.kendskab, r.respekt, r.tillid,
        rules.stage_label(rules.ladder_stage(r.kendskab, r.respekt, r.tillid)), r.note,
        r.assessed_by, str(r.id),
    ) for r in svc.relationships.list(initiative_id=initiative_id))
    return Sheet("Relationer", columns, rows)


def plague_sheet(svc: Any, initiative_id: uuid.UUID | None = None) -> Sheet:
    names = Names(svc)
    columns = (Column("Initiativ"), Column("Dato", DATE), Column("Plage"),
               Column("Alvor (0–3)", INT), Column("Note", wide=True),
               Column("Afhjælpning", wide=True), Column("Ansvarlig"), Column("Id"))
    rows = tuple((
        names.initiative(p.initiative_id), p.assessed_on, plague_code("plague", p.plague),
        p.severity, p.note, p.mitigation, names.person(p.owner_id), str(p.id),
    ) for p in svc.plagues.list(initiative_id))
    return Sheet("Plager", columns, rows)


def barrier_sheet(svc: Any, initiative_id: uuid.UUID | None = None) -> Sheet:
    names = Names(svc)
    columns = (Column("Initiativ"), Column("Dato", DATE), Column("Barriere"),
               Column("Betydning (0–3)", INT), Column("Eskaleringsniveau"),
               Column("Ønske", wide=True), Column("Ønsket til"), Column("Status"), Column("Id"))
    rows = tuple((
        names.initiative(b.initiative_id), b.assessed_on, barrier_code("barrier", b.barrier),
        b.impact, barrier_code("escalation_level", b.escalation_level), b.ask, b.ask_to,
        barrier_code("status", b.status), str(b.id),
    ) for b in svc.barriers.list(initiative_id))
    return Sheet("Barrierer", columns, rows)


def assessments_combined(svc: Any, initiative_id: uuid.UUID | None = None) -> Sheet:
    """The three kinds of assessment in one table (for CSV, which has no sheets)."""
    names = Names(svc)
    columns = (Column("Vurdering"), Column("Initiativ"), Column("Dato", DATE), Column("Emne"),
               Column("Kendskab", INT), Column("Respekt", INT), Column("Tillid", INT),
               Column("Alvor/betydning (0–3)", INT), Column("Eskaleringsniveau"),
               Column("Trin/status"), Column("Note", wide=True), Column("Afhjælpning/ønske",
                                                                   wide=True),
               Column("Ansvarlig/ønsket til"), Column("Id"))
    rows: list[tuple[Any, ...]] = []
    for r in svc.relationships.list(initiative_id=initiative_id):
        pair = (f"{names.party(r.org_a_id, r.person_a_id)} ↔ "
                f"{names.party(r.org_b_id, r.person_b_id)}")
        rows.append(("Relation", names.initiative(r.initiative_id), r.assessed_on, pair,
                     r.kendskab, r.respekt, r.tillid, None, "",
                     rules.stage_label(rules.ladder_stage(r.kendskab, r.respekt, r.tillid)),
                     r.note, "", r.assessed_by, str(r.id)))
    for p in svc.plagues.list(initiative_id):
        rows.append(("Plage", names.initiative(p.initiative_id), p.assessed_on,
                     plague_code("plague", p.plague), None, None, None, p.severity, "", "",
                     p.note, p.mitigation, names.person(p.owner_id), str(p.id)))
    for b in svc.barriers.list(initiative_id):
        rows.append(("Barriere", names.initiative(b.initiative_id), b.assessed_on,
                     barrier_code("barrier", b.barrier), None, None, None, b.impact,
                     barrier_code("escalation_level", b.escalation_level),
                     barrier_code("status", b.status), "", b.ask, b.ask_to, str(b.id)))
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    return Sheet("Vurderinger", columns, tuple(rows))


def sheets_for(svc: Any, what: str, initiative: uuid.UUID | str | None = None, *,
               single: bool = False) -> list[Sheet]:
    """The sheets of one export. ``single`` asks for one table (CSV)."""
    initiative_id = resolve_initiative(svc, initiative)
    if what == "log":
        return [log_sheet(svc, initiative_id)]
    if what == "actions":
        return [actions_sheet(svc, initiative_id)]
    if what == "assessments":
        if single:
            return [assessments_combined(svc, initiative_id)]
        return [relationship_sheet(svc, initiative_id), plague_sheet(svc, initiative_id),
                barrier_sheet(svc, initiative_id)]
    raise InputError(_("Ukendt indhold '{what}'. Vælg log, actions eller assessments.", what=what))


# -- CSV -------------------------------------------------------------------------------------
def _csv_cell(value: Any) -> str:
    """A cell as the import reads it back (:func:`.cells.cell_text`: ja/nej,
    dd-mm-yyyy, a decimal comma); a moment in local time; a text with CPR-like numbers
    masked and a formula start defused."""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d-%m-%Y %H:%M")
    if value is None or isinstance(value, bool | date | int | float):
        return cell_text(value)
    text = mask_cpr(str(value))  # an export leaves Brobygger: CPR-like numbers masked
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_bytes(sheet: Sheet) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quotechar='"', lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow([c.header for c in sheet.columns])
    for row in sheet.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(sheet: Sheet, path: str | Path) -> Path:
    return files.write_bytes(path, csv_bytes(sheet))


# -- XLSX ------------------------------------------------------------------------------------
def _sheet_title(name: str, taken: Iterable[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "-", name)[:31] or "Ark"
    base, n = title, 2
    while title in taken:
        suffix = f" {n}"
        title = base[:31 - len(suffix)] + suffix
        n += 1
    return title


def _text_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_xlsx(sheets: Sequence[Sheet], path: str | Path, title: str = "") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "Brobygger"
    wb.properties.title = title or ", ".join(s.name for s in sheets)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_title(sheet.name, wb.sheetnames))
        ws.append([c.header for c in sheet.columns])
        for cell in ws[1]:
            cell.font = bold
            cell.fill = fill
        for r, row in enumerate(sheet.rows, start=2):
            for c, (column, value) in enumerate(zip(sheet.columns, row, strict=True), start=1):
                cell = ws.cell(row=r, column=c)
                if isinstance(value, str):
                    cell.value = _ILLEGAL_XML.sub("", mask_cpr(value))
                    if value.startswith("="):
                        cell.data_type = "s"  # never a formula
                else:
                    cell.value = value
                if column.kind == DATE and value is not None:
                    cell.number_format = "DD-MM-YYYY"
                elif column.kind == FLOAT:
                    cell.number_format = "0.##"
                cell.alignment = wrap if column.wide else top
        for c, column in enumerate(sheet.columns, start=1):
            widest = max([len(column.header)] + [_text_width(row[c - 1])
                                                 for row in sheet.rows[:500]])
            ws.column_dimensions[get_column_letter(c)].width = min(widest + 2, MAX_WIDTH)
        ws.freeze_panes = "A2"
        last = get_column_letter(len(sheet.columns))
        ws.auto_filter.ref = f"A1:{last}{max(1, len(sheet.rows) + 1)}"
    writer: Callable[[IO[bytes]], None] = wb.save
    return files.write_with(path, writer)


def export_table(svc: Any, fmt: str, what: str, path: str | Path,
                 initiative: uuid.UUID | str | None = None) -> ExportSummary:
    """Export ``what`` (log, actions, assessments) as ``fmt`` (csv, xlsx) to ``path``."""
    if fmt not in FORMATS:
        raise InputError(_("Ukendt format '{fmt}'. Vælg csv eller xlsx.", fmt=fmt))
    sheets = sheets_for(svc, what, initiative, single=fmt == "csv")
    target = write_csv(sheets[0], path) if fmt == "csv" else write_xlsx(sheets, path)
    return ExportSummary(target, sum(len(s.rows) for s in sheets))
