"""Contacts in: vCard (``.vcf``; 2.1 as Outlook writes it, 3.0 and 4.0 as Apple Contacts
and Google write them; one or many cards, folded lines) and Outlook's CSV export (Danish
and English column names, UTF-8 or Windows-1252)."""

from __future__ import annotations

import contextlib
import csv
import io
import quopri
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
def _param(prop: Any, name: str) -> list[str]:
    values = prop.params.get(name) or prop.params.get(name.lower()) or []
    return [str(v).upper() for v in values]


def _text(prop: Any) -> str:
    value = prop.value
    if isinstance(value, list | tuple):
        value = ";".join(str(v) for v in value if v)
    text = str(value or "")
    if "QUOTED-PRINTABLE" in _param(prop, "ENCODING"):
        charset = (_param(prop, "CHARSET") or ["UTF-8"])[0]
        with contextlib.suppress(LookupError, UnicodeError):
            text = quopri.decodestring(text.encode("latin-1")).decode(charset.lower())
    return text.strip()


def _preferred(props: Sequence[Any], order: Sequence[str]) -> str:
    """The value of the property whose TYPE comes first in ``order`` (PREF first)."""
    def rank(p: Any) -> int:
        types = {part.strip('"') for t in _param(p, "TYPE") for part in t.split(",")}
        if "PREF" in types or _param(p, "PREF"):
            return -1
        return next((i for i, t in enumerate(order) if t in types), len(order))
    ranked = sorted(props, key=rank)
    return next((t for t in (_text(p) for p in ranked) if t), "")


def _card_name(card: Any) -> str:
    contents = card.contents
    fn = _text(contents["fn"][0]) if "fn" in contents else ""
    if fn:
        return fn
    if "n" in contents:
        n = contents["n"][0].value
        if hasattr(n, "given"):
            parts = [n.prefix, n.given, n.additional, n.family]
            return " ".join(" ".join(p) if isinstance(p, list) else str(p)
                            for p in parts if p).strip()
    return ""


def _card(card: Any, number: int) -> ContactRow:
    contents = card.contents
    org = ""
    if "org" in contents:
        value = contents["org"][0].value
        org = (str(value[0]) if isinstance(value, list) and value else str(value or "")).strip()
        if "QUOTED-PRINTABLE" in _param(contents["org"][0], "ENCODING"):
            org = _text(contents["org"][0]).split(";")[0]
    kind = _text(contents["kind"][0]).lower() if "kind" in contents else ""
    name = _card_name(card)
    if kind == "org" or (name and name == org and "n" not in contents):
        org, name = org or name, ""
    title = _text(contents["title"][0]) if "title" in contents else ""
    if not title and "role" in contents:
        title = _text(contents["role"][0])
    return ContactRow(
        row=number, name=name, organisation=org, title=title,
        phone=_preferred(contents.get("tel", []), ("WORK", "CELL", "VOICE", "MAIN"))
        .removeprefix("tel:"),
        email=_preferred(contents.get("email", []), ("WORK", "INTERNET", "HOME")),
        notes=_text(contents["note"][0]) if "note" in contents else "")


def read_vcards(src: SourceFile) -> list[ContactRow]:
    """Every card of a ``.vcf`` file, in order (card numbers from 1)."""
    import vobject
    from vobject.base import ParseError

    text = decode_text(src.data)
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFileError(f"{src.name} indeholder ingen kontakter (intet BEGIN:VCARD).")
    out: list[ContactRow] = []
    number = 0
    try:
        for card in vobject.readComponents(text, allowQP=True):
            if card.name.upper() != "VCARD":
                continue
            number += 1
            out.append(_card(card, number))
    except (ParseError, ValueError, AttributeError) as exc:
        line = getattr(exc, "lineNumber", None)
        where = f" (linje {line})" if line else ""
        raise ImportFileError(f"Kontakt nr. {number + 1} i {src.name} kan ikke læses{where}. "
                              "Eksportér kontakterne igen som vCard.") from None
    if not out:
        raise ImportFileError(f"{src.name} indeholder ingen kontakter.")
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
        raise ImportFileError(f"CSV-filen kan ikke læses ({exc}).", reader.line_num) from None
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ImportFileError(f"{src.name} er tom.")
    header_line, headers = rows[0]
    cols = _columns(headers)
    if not ({"first", "last", "name"} & cols.keys()) and "organisation" not in cols:
        raise ImportFileError(
            "Kolonnerne med navn blev ikke fundet (fx »Fornavn«/»Efternavn« eller »First "
            "Name«/»Last Name«). Eksportér kontakterne fra Outlook som CSV.", header_line)
    out: list[ContactRow] = []
    for number, row in rows[1:]:
        if len(row) > len(headers) and any(c.strip() for c in row[len(headers):]):
            raise ImportFileError(
                f"rækken har {len(row)} felter, men overskriften har {len(headers)}. Måske "
                "står der et skilletegn i en tekst uden anførselstegn.", number)

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


def read_contacts(src: SourceFile) -> list[ContactRow]:
    if src.path.suffix.lower() == ".vcf":
        return read_vcards(src)
    return read_outlook_csv(src)
