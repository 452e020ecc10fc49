"""Contacts in: vCard (``.vcf``; 2.1 as Outlook writes it, 3.0 and 4.0 as Apple Contacts
and Google write them; one or many cards, folded lines) and Outlook's CSV export (Danish
and English column names, UTF-8 or Windows-1252)."""

from __future__ import annotations

import contextlib
import csv
import io
import quopri
import re
from collections.abc import Sequence
from dataclasses import dataclass

from brobygger.domain.i18n import _
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.importing.mapping import normalise
from brobygger.exchange.importing.source import ImportFileError, SourceFile, decode_text


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One contact as read from the file. ``row`` is the card number (vCard) or the line
    number (CSV). A row with an ``organisation`` and no ``name`` is an organisation only."""

    row: int
    name: str
    organisation: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


# -- vCard ----------------------------------------------------------------------------------
# vobject's line reader (unfolding, quoted-printable, parameters) does the parsing; its
# component objects are skipped: building them cost ~3 ms a card (5,000 contacts: 15 s).
Prop = tuple[dict[str, list[str]], str]  # parameters (upper-case names), raw value


def _params(raw: list[list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in raw:
        if len(item) == 1:  # vCard 2.1: TEL;WORK;VOICE – bare values are types
            out.setdefault("TYPE", []).append(item[0].upper())
        else:
            out.setdefault(item[0].upper(), []).extend(
                part.strip('"').upper() for v in item[1:] for part in v.split(","))
    return out


_ESCAPE = re.compile(r"\\(.)")


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def _parts(text: str) -> list[str]:
    """A structured value (N, ORG) split at the unescaped semicolons."""
    return [_unescape(p) for p in re.split(r"(?<!\\);", text)]


def _text(prop: Prop) -> str:
    """A plain value: quoted-printable decoded, escapes resolved."""
    return _unescape(_qp(prop)).strip()


def _preferred(props: Sequence[Prop], order: Sequence[str]) -> str:
    """The value of the property whose TYPE comes first in ``order`` (PREF first)."""
    def rank(p: Prop) -> int:
        types = set(p[0].get("TYPE", []))
        if "PREF" in types or "PREF" in p[0]:
            return -1
        return next((i for i, t in enumerate(order) if t in types), len(order))
    return next((t for t in (_text(p) for p in sorted(props, key=rank)) if t), "")


def _card(card: dict[str, list[Prop]], number: int) -> ContactRow:
    def first(name: str) -> str:
        return _text(card[name][0]) if name in card else ""
    org = _parts(_qp(card["ORG"][0]))[0].strip() if "ORG" in card else ""
    name = first("FN")
    if not name and "N" in card:
        family, given, additional, prefix = (_parts(_qp(card["N"][0])) + [""] * 4)[:4]
        name = " ".join(p for p in (prefix, given, additional, family) if p).strip()
    kind = first("KIND").lower()
    if kind == "org" or (name and name == org and "N" not in card):
        org, name = org or name, ""
    return ContactRow(
        row=number, name=name, organisation=org, title=first("TITLE") or first("ROLE"),
        phone=_preferred(card.get("TEL", []), ("WORK", "CELL", "VOICE", "MAIN"))
        .removeprefix("tel:"),
        email=_preferred(card.get("EMAIL", []), ("WORK", "INTERNET", "HOME")),
        notes=first("NOTE"))


def _qp(prop: Prop) -> str:
    """A structured value with quoted-printable decoded but escapes kept."""
    params, value = prop
    if "QUOTED-PRINTABLE" in params.get("ENCODING", []):
        charset = (params.get("CHARSET") or ["UTF-8"])[0]
        with contextlib.suppress(LookupError, UnicodeError):
            value = quopri.decodestring(value.encode("latin-1")).decode(charset.lower())
    return value


def read_vcards(src: SourceFile) -> list[ContactRow]:
    """Every card of a ``.vcf`` file, in order (card numbers from 1)."""
    from vobject.base import ParseError, getLogicalLines, parseLine

    text = decode_text(src.data)
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFileError(_("{name} indeholder ingen kontakter (intet BEGIN:VCARD).",
                                name=src.name))
    out: list[ContactRow] = []
    card: dict[str, list[Prop]] | None = None
    depth = 0
    try:
        for line, number in getLogicalLines(io.StringIO(text), allowQP=True):
            name, params, value, _group = parseLine(line, number)
            name = name.upper()
            if name == "BEGIN":
                depth += 1
                if value.upper() == "VCARD" and depth == 1:
                    card = {}
            elif name == "END":
                depth -= 1
                if value.upper() == "VCARD" and card is not None and depth == 0:
                    out.append(_card(card, len(out) + 1))
                    card = None
            elif card is not None and depth == 1:
                card.setdefault(name, []).append((_params(params), value))
    except (ParseError, ValueError) as exc:
        line_no = getattr(exc, "lineNumber", None)
        where = _(" (linje {line})", line=line_no) if line_no else ""
        raise ImportFileError(_("Kontakt nr. {number} i {name} kan ikke læses{where}. "
                                "Eksportér kontakterne igen som vCard.", number=len(out) + 1,
                                name=src.name, where=where)) from None
    if card is not None:
        raise ImportFileError(_("Kontakt nr. {number} i {name} slutter ikke (END:VCARD "
                                "mangler) – filen er afskåret.", number=len(out) + 1,
                                name=src.name))
    if not out:
        raise ImportFileError(_("{name} indeholder ingen kontakter.", name=src.name))
    return out


# -- Outlook CSV ----------------------------------------------------------------------------
_COLUMNS: dict[str, tuple[str, ...]] = {
    "first": ("fornavn", "first name", "given name"),
    "middle": ("mellemnavn", "middle name", "additional name"),
    "last": ("efternavn", "last name", "surname", "family name"),
    "name": ("navn", "name", "fulde navn", "full name", "vist navn", "display name",
             "kontakt", "contact"),
    "email": ("mail-adresse", "e-mail-adresse", "e-mailadresse", "e-mail adresse",
              "e-mail", "email", "mail", "e-mail address", "email address",
              "e-mail 1 - value", "e-mail 1 adresse"),
    "phone": ("telefon (arbejde)", "arbejdstelefon", "firmatelefon", "business phone",
              "mobiltelefon", "mobile phone", "mobil", "primær telefon", "primary phone",
              "telefon", "phone", "tlf", "tlf.", "phone 1 - value", "telefon (firma)"),
    "organisation": ("firma", "virksomhed", "organisation", "organization", "company",
                     "arbejdsplads", "organization 1 - name"),
    "title": ("stilling", "jobtitel", "job title", "jobbetegnelse", "organization 1 - title"),
    "honorific_or_title": ("titel", "title"),
    "notes": ("noter", "notes", "bemærkninger", "note"),
}
_BY_HEADER = {normalise(h): k for k, hs in _COLUMNS.items() for h in hs}
_HONORIFICS = {"hr", "hr.", "fru", "frk", "frk.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.",
               "ms", "ms.", "prof", "prof."}


def _columns(headers: Sequence[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i, h in enumerate(headers):
        key = _BY_HEADER.get(normalise(h))
        if key is not None:
            found.setdefault(key, []).append(i)
    return found


def read_outlook_csv(src: SourceFile) -> list[ContactRow]:
    """Contacts from Outlook's CSV export (or a similar sheet): names from first/middle/
    last name or one name column, the first non-empty e-mail and phone columns."""
    text = decode_text(src.data)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ImportFileError(_("CSV-filen kan ikke læses ({reason}).", reason=exc),
                              reader.line_num) from None
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ImportFileError(_("{name} er tom.", name=src.name))
    header_line, headers = rows[0]
    cols = _columns(headers)
    if not ({"first", "last", "name"} & cols.keys()) and "organisation" not in cols:
        raise ImportFileError(
            _("Kolonnerne med navn blev ikke fundet (fx »Fornavn«/»Efternavn« eller »First "
              "Name«/»Last Name«). Eksportér kontakterne fra Outlook som CSV."), header_line)
    out: list[ContactRow] = []
    for number, row in rows[1:]:
        if len(row) > len(headers) and any(c.strip() for c in row[len(headers):]):
            raise ImportFileError(
                _("rækken har {cells} felter, men overskriften har {width}. Måske står der "
                  "et skilletegn i en tekst uden anførselstegn.", cells=len(row),
                  width=len(headers)), number)

        def get(key: str, row: list[str] = row) -> str:
            for i in cols.get(key, []):
                if i < len(row) and row[i].strip():
                    return row[i].strip()
            return ""
        name = " ".join(p for p in (get("first"), get("middle"), get("last")) if p) \
            or get("name")
        title = get("title")
        alt = get("honorific_or_title")
        if not title and alt.casefold() not in _HONORIFICS:
            title = alt
        out.append(ContactRow(number, name, get("organisation"), title, get("phone"),
                              get("email"), get("notes")))
    return out


@gc_paused()
def read_contacts(src: SourceFile) -> list[ContactRow]:
    if src.path.suffix.lower() == ".vcf":
        return read_vcards(src)
    return read_outlook_csv(src)
