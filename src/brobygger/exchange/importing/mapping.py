"""The mapping step of a log import: which column holds which of Brobygger's fields, and
which of the sheet's own type words means which entry type. Guessed from Danish and
English headers, saved as JSON (the CLI's ``--mapping``) and remembered per workspace for
the next file with the same headers."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from brobygger.domain.catalogue import ENTRY_TYPES
from brobygger.domain.errors import InputError
from brobygger.domain.i18n import N_, _

# Brobygger's fields a column can be mapped to (IGNORE: not imported; EXTRA: appended to
# the text as "Kolonne: værdi", so nothing in the sheet is lost).
DATE, TYPE, TITLE, TEXT, INITIATIVE, PARTICIPANTS, TAGS, EXTRA, IGNORE = (
    "date", "type", "title", "text", "initiative", "participants", "tags", "extra", "ignore")
FIELDS = (DATE, TYPE, TITLE, TEXT, INITIATIVE, PARTICIPANTS, TAGS, EXTRA, IGNORE)
FIELD_LABELS_DA = {  # Danish (marked for gettext: _(label) in the current language)
    DATE: N_("Dato"), TYPE: N_("Type"), TITLE: N_("Titel"), TEXT: N_("Tekst"),
    INITIATIVE: N_("Initiativ"), PARTICIPANTS: N_("Deltagere"), TAGS: N_("Mærker"),
    EXTRA: N_("Føj til teksten"), IGNORE: N_("Indlæs ikke"),
}
SINGLE = (DATE, TYPE, TITLE, INITIATIVE)  # at most one column each

_SYNONYMS: dict[str, tuple[str, ...]] = {
    DATE: ("dato", "date", "mødedato", "modedato", "dag", "day", "tidspunkt", "when",
           "hvornår", "dato for møde", "registreret"),
    TYPE: ("type", "kategori", "category", "art", "slags", "kind", "entry type",
           "indførselstype"),
    TITLE: ("titel", "title", "emne", "subject", "overskrift", "heading", "sag", "punkt",
            "dagsordenspunkt", "summary", "navn"),
    TEXT: ("tekst", "text", "beskrivelse", "description", "referat", "notat", "note",
           "noter", "notes", "indhold", "body", "kommentar", "kommentarer", "comment",
           "comments", "detaljer", "details", "resume", "resumé", "minutes"),
    INITIATIVE: ("initiativ", "initiative", "projekt", "project", "samarbejde",
                 "indsats", "program", "forløb"),
    PARTICIPANTS: ("deltagere", "participants", "attendees", "deltager", "personer",
                   "people", "til stede", "fremmødte", "mødedeltagere"),
    TAGS: ("mærker", "tags", "tag", "nøgleord", "keywords", "emneord", "stikord",
           "etiketter", "labels"),
}

# The sheet's own words for the entry types, beyond the catalogue's labels and codes.
_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "moede": ("møde", "moede", "mode", "meeting", "referat", "mødereferat", "styregruppemøde",
              "driftsmøde", "samtale", "telefonmøde", "opfølgningsmøde", "seminar"),
    "beslutning": ("beslutning", "decision", "besluttet", "vedtaget", "godkendt"),
    "aftale": ("aftale", "agreement", "aftalt", "samarbejdsaftale", "overenskomst"),
    "haendelse": ("hændelse", "haendelse", "incident", "utilsigtet hændelse", "uth",
                  "fejl", "episode", "klage"),
    "eskalering": ("eskalering", "escalation", "eskaleret", "escalated"),
    "observation": ("observation", "iagttagelse", "note", "notat", "bemærkning",
                    "information", "info", "orientering"),
    "resultat": ("resultat", "result", "results", "effekt", "gevinst", "outcome",
                 "milepæl", "milestone"),
}


def normalise(text: str) -> str:
    """Lower case, single spaces, no punctuation at the ends – for header comparisons."""
    text = unicodedata.normalize("NFC", str(text)).casefold()
    text = re.sub(r"[\s_]+", " ", text)
    return text.strip(" .:;*-#()[]")


_BY_SYNONYM = {normalise(s): f for f, words in _SYNONYMS.items() for s in words}
_TYPE_BY_WORD: dict[str, str] = {}
for _code, _words in _TYPE_WORDS.items():
    for _w in _words:
        _TYPE_BY_WORD[normalise(_w)] = _code
for _item in ENTRY_TYPES:
    for _w in (_item.code, _item.label_da, _item.label_en):
        _TYPE_BY_WORD.setdefault(normalise(_w), _item.code)


def guess_field(header: str) -> str:
    """Brobygger's field for a column header, or :data:`EXTRA` when unknown."""
    key = normalise(header)
    if key in _BY_SYNONYM:
        return _BY_SYNONYM[key]
    for word in key.split(" "):
        if word in _BY_SYNONYM and len(word) > 3:
            return _BY_SYNONYM[word]
    return EXTRA


def is_known_header(header: str) -> bool:
    return guess_field(header) != EXTRA


def guess_type(word: str) -> str | None:
    """The entry type code a sheet's type word means, or ``None``."""
    key = normalise(word)
    if not key:
        return None
    if key in _TYPE_BY_WORD:
        return _TYPE_BY_WORD[key]
    for part in re.split(r"[\s/,]+", key):
        if part in _TYPE_BY_WORD:
            return _TYPE_BY_WORD[part]
    return None


@dataclass(frozen=True, slots=True)
class LogMapping:
    """Columns → fields (``columns``), the sheet's type words → entry type codes
    (``types``) and the type for rows whose type is empty or unknown (``default_type``)."""

    columns: Mapping[str, str]
    types: Mapping[str, str] = field(default_factory=dict)
    default_type: str = "observation"
    sheet: str | None = None

    def column_for(self, fld: str) -> str | None:
        return next((c for c, f in self.columns.items() if f == fld), None)

    def columns_for(self, fld: str) -> list[str]:
        return [c for c, f in self.columns.items() if f == fld]

    def with_column(self, column: str, fld: str) -> LogMapping:
        cols = dict(self.columns)
        if fld in SINGLE:
            for c, f in cols.items():
                if f == fld and c != column:
                    cols[c] = EXTRA
        cols[column] = fld
        return replace(self, columns=cols)

    def with_type(self, word: str, code: str) -> LogMapping:
        return replace(self, types={**self.types, word: ENTRY_TYPES.get(code).code})

    def check(self, headers: Iterable[str]) -> None:
        """Refuse a mapping that cannot work for ``headers`` (Danish message)."""
        known = set(headers)
        missing = [c for c in self.columns if c not in known]
        if missing:
            raise InputError(_("Kolonnen »{column}« i tilknytningen findes ikke i arket "
                               "(kolonnerne er: {columns}). Intet er skrevet.",
                               column=missing[0], columns=", ".join(known)))
        for c, f in self.columns.items():
            if f not in FIELDS:
                raise InputError(_("Ukendt felt »{field}« for kolonnen »{column}« (brug et "
                                   "af {fields}). Intet er skrevet.", field=f, column=c,
                                   fields=", ".join(FIELDS)))
        for f in SINGLE:
            if len(self.columns_for(f)) > 1:
                raise InputError(_("Feltet »{field}« er valgt for flere kolonner – vælg én. "
                                   "Intet er skrevet.", field=_(FIELD_LABELS_DA[f])))
        if self.column_for(DATE) is None:
            raise InputError(_("Vælg den kolonne, der indeholder datoen. Intet er skrevet."))
        if self.column_for(TITLE) is None and not self.columns_for(TEXT):
            raise InputError(_("Vælg en kolonne til titlen eller teksten. Intet er "
                               "skrevet."))
        ENTRY_TYPES.get(self.default_type)

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(self.columns), "types": dict(self.types),
                "default_type": self.default_type,
                **({"sheet": self.sheet} if self.sheet else {})}

    @classmethod
    def from_json(cls, data: object) -> LogMapping:
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise InputError(_("Tilknytningen skal være et JSON-objekt med »columns« "
                               "(kolonne → felt). Intet er skrevet."))
        types = data.get("types") or {}
        if not isinstance(types, dict):
            raise InputError(_("»types« i tilknytningen skal være et JSON-objekt. Intet er "
                               "skrevet."))
        try:
            codes = {str(k): ENTRY_TYPES.get(_type_code(v)).code for k, v in types.items()}
            default = ENTRY_TYPES.get(_type_code(data.get("default_type") or "observation"))
        except InputError as exc:
            raise InputError(_("Tilknytningen: {message} Intet er skrevet.",
                               message=exc.message)) from None
        sheet = data.get("sheet")
        return cls({str(k): str(v) for k, v in data["columns"].items()}, codes, default.code,
                   str(sheet) if sheet else None)

    @classmethod
    def load(cls, path: str | Path) -> LogMapping:
        p = Path(path).expanduser()
        try:
            return cls.from_json(json.loads(p.read_text(encoding="utf-8")))
        except OSError as exc:
            raise InputError(_("Tilknytningsfilen {path} kan ikke læses ({reason}). Intet er "
                               "skrevet.", path=p, reason=exc.strerror or exc)) from None
        except json.JSONDecodeError as exc:
            raise InputError(_("Tilknytningsfilen {path} er ikke gyldig JSON (linje {line}). "
                               "Intet er skrevet.", path=p, line=exc.lineno)) from None


def _type_code(value: object) -> str:
    text = str(value)
    return guess_type(text) or text


def guess_mapping(headers: Iterable[str], type_words: Iterable[str] = ()) -> LogMapping:
    """A first mapping from the headers (each field to the first column that names it)
    and the type words found in the type column."""
    mapping = LogMapping({})
    taken: set[str] = set()
    for h in headers:
        f = guess_field(h)
        if f in SINGLE and f in taken:
            f = EXTRA
        taken.add(f)
        mapping = replace(mapping, columns={**mapping.columns, h: f})
    return with_type_words(mapping, type_words)


def with_type_words(mapping: LogMapping, words: Iterable[str]) -> LogMapping:
    """``mapping`` with a guess for every type word it does not map yet."""
    types = dict(mapping.types)
    for w in words:
        if w and w not in types:
            code = guess_type(w)
            if code is not None:
                types[w] = code
    return replace(mapping, types=types)


def signature(headers: Iterable[str]) -> str:
    """A key for the set of headers (order and case ignored): a remembered mapping is
    offered again for a sheet with the same columns."""
    text = "\n".join(sorted(normalise(h) for h in headers))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


META_PREFIX = "import_mapping:"
