"""Spreadsheets in: ``.xlsx`` (openpyxl) and ``.csv`` (``;`` or ``,``, UTF-8 or
Windows-1252) as one :class:`Sheet` – the header row found among the first rows (merged
header cells filled in), then the data rows with their row numbers as the user sees them."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from brobygger.domain.i18n import _
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.importing.source import ImportFileError, SourceFile, decode_text
from brobygger.exchange.importing.values import cell_text

HEADER_SCAN = 10  # the header row is looked for among the first rows

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Sheet:
    """A table read from a file: ``headers`` and ``rows`` as (row number, cells)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]
    header_row: int = 1
    sheet_names: tuple[str, ...] = field(default=())


def _unique(headers: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for i, h in enumerate(headers):
        name = h.strip() or f"Kolonne {i + 1}"
        base, n = name, 2
        while name in out:
            name = f"{base} ({n})"
            n += 1
        out.append(name)
    return tuple(out)


def find_header(rows: Sequence[Sequence[object]], score: Callable[[str], bool]) -> int:
    """The index of the header row among the first :data:`HEADER_SCAN` rows: the one with
    the most cells ``score`` recognises; else the first with two or more text cells."""
    best, best_score = -1, 0
    for i, row in enumerate(rows[:HEADER_SCAN]):
        n = sum(1 for v in row if isinstance(v, str) and score(v))
        if n > best_score:
            best, best_score = i, n
    if best >= 0:
        return best
    for i, row in enumerate(rows[:HEADER_SCAN]):
        if sum(1 for v in row if isinstance(v, str) and v.strip()) >= 2:
            return i
    return 0


def _build(name: str, raw: list[tuple[int, list[object]]], score: Callable[[str], bool],
           sheet_names: tuple[str, ...] = ()) -> Sheet:
    raw = [(n, r) for n, r in raw if any(cell_text(v) for v in r)]
    if not raw:
        raise ImportFileError(_("Filen indeholder ingen rækker med data."))
    h = find_header([r for _n, r in raw], score)
    header_no, header = raw[h]
    width = max(len(header), 1)
    while width > 1 and not cell_text(header[width - 1]):
        width -= 1
    headers = _unique([cell_text(v) for v in header[:width]])
    rows = []
    for number, cells in raw[h + 1:]:
        extra = [v for v in cells[width:] if cell_text(v)]
        if extra:
            raise ImportFileError(
                _("rækken har {cells} felter, men overskriften har kun {width}. Måske står "
                  "der et skilletegn i en tekst uden anførselstegn – ret rækken, og prøv "
                  "igen.", cells=width + len(cells[width:]), width=width), number)
        padded = tuple(cells[:width]) + (None,) * (width - min(len(cells), width))
        rows.append((number, padded))
    return Sheet(name, headers, tuple(rows), header_no, sheet_names)


def read_csv(src: SourceFile, score: Callable[[str], bool]) -> Sheet:
    text = decode_text(src.data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    if first.startswith("sep=") and len(first) >= 5:
        delimiter, text = first[4], text.split("\n", 1)[1] if "\n" in text else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        raw = [(reader.line_num, list[object](row)) for row in reader]
    except csv.Error as exc:
        raise ImportFileError(_("CSV-filen kan ikke læses ({reason}).", reason=exc),
                              reader.line_num) from None
    return _build(src.name, raw, score)


def read_xlsx(src: SourceFile, score: Callable[[str], bool], sheet: str | None = None,
              progress: Progress | None = None) -> Sheet:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(io.BytesIO(src.data)):
        raise ImportFileError(_("{name} er ikke en Excel-fil (.xlsx). Gem arket som "
                                "Excel-projektmappe (.xlsx) eller CSV, og prøv igen.",
                                name=src.name))
    try:
        # read-only streams the rows (about twice as fast for big sheets); merged cells
        # are read from the sheet's XML (read-only mode does not offer them)
        wb = load_workbook(io.BytesIO(src.data), data_only=True, read_only=True)
        names = tuple(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError(_("Arket »{sheet}« findes ikke i {name} (arkene hedder "
                                    "{sheets}).", sheet=sheet, name=src.name,
                                    sheets=", ".join(names)))
        ws = wb[sheet] if sheet is not None else _first_with_data(wb)
        merged = _merged(src.data, getattr(ws, "_worksheet_path", ""))
        raw: list[tuple[int, list[object]]] = []
        total = ws.max_row or 0
        for number, values in enumerate(ws.iter_rows(values_only=True), 1):
            raw.append((number, list(values)))
            if progress is not None and number % 1000 == 0:
                progress(number, total)
        title = ws.title
        wb.close()
    except ImportFileError:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(_("{name} kan ikke åbnes som Excel-projektmappe (filen er "
                                "beskadiget eller i et andet format).", name=src.name)) from None
    for (r, c), (top_r, top_c) in merged.items():  # a merged cell shows its top-left value
        if r <= len(raw) and top_r <= len(raw):
            cells = raw[r - 1][1]
            top = raw[top_r - 1][1]
            value = top[top_c - 1] if top_c <= len(top) else None
            cells.extend([None] * (c - len(cells)))
            cells[c - 1] = value
    return _build(title, raw, score, names)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def _merged(data: bytes, path: str) -> dict[tuple[int, int], tuple[int, int]]:
    """Cell → the top-left cell of its merged range, within the header area."""
    from openpyxl.utils.cell import coordinate_to_tuple

    out: dict[tuple[int, int], tuple[int, int]] = {}
    if not path:
        return out
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        try:
            xml = z.read(path.lstrip("/"))
        except KeyError:
            return out
    for a, b in _MERGE.findall(xml[-2_000_000:]):
        r1, c1 = coordinate_to_tuple(a.decode())
        r2, c2 = coordinate_to_tuple(b.decode())
        if r1 > HEADER_SCAN + 1:
            continue
        for r in range(r1, min(r2, HEADER_SCAN + 1) + 1):
            for c in range(c1, min(c2, c1 + 200) + 1):
                if (r, c) != (r1, c1):
                    out[(r, c)] = (r1, c1)
    return out


def _first_with_data(wb: Any) -> Any:
    for ws in wb.worksheets:
        if (ws.max_row or 0) > 1 or next(ws.iter_rows(max_row=1, values_only=True), None):
            return ws
    return wb.active


@gc_paused()
def read_table(src: SourceFile, score: Callable[[str], bool], sheet: str | None = None,
               progress: Progress | None = None) -> Sheet:
    if src.path.suffix.lower() == ".csv":
        return read_csv(src, score)
    return read_xlsx(src, score, sheet, progress)
