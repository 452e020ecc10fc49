"""A stored value as the text a person reads – the one place for it.

The history (``ui.history``), the merge conflicts (``exchange.conflicts``), the GDPR person
export (``reports.person_export``) and the CLI's history (``cli.privacy``) show record values
through :func:`value_text`; so do catalogue labels elsewhere (``ui.i18n.label``). The rules:

* nothing (``None``, ``""``, an empty list or map) is :data:`EMPTY` ("–");
* a yes/no is "Ja"/"Nej";
* a number has the Danish decimal comma and thousands point ("1.234,5"; "1,234.5" in English);
* a date is long ("5. marts 2026"), a time of day is local ("5. marts 2026 14:03"); ISO text
  of either (the audit trail's JSON) is read as one;
* a catalogue code is its label ("moede" → "Møde"); which field holds which catalogue is
  :data:`CODED_FIELDS` (by table and column) and :data:`CODED_MAPS` (lists and score maps);
* an id is the name of what it points to, when the caller knows it (``names``);
* a list is its items joined by ", ", a score map "Label: 3, …";
* text is shown with CPR-like numbers masked.

``lang`` is the core's language (:func:`brobygger.domain.i18n.language`) unless given;
``"da"`` gives Danish whatever the language (the person export is a Danish document).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from brobygger.domain import agreements as acat
from brobygger.domain import catalogue as cat
from brobygger.domain import meetings as mcat
from brobygger.domain.codelist import Catalogue
from brobygger.domain.cpr import mask_cpr
from brobygger.domain.dates import format_long
from brobygger.domain.i18n import N_, _, language
from brobygger.domain.numbers import decimals_of, format_da

EMPTY = "–"
YES, NO = N_("Ja"), N_("Nej")

# Enumerated columns and the catalogue their codes come from (the exchange validates
# bundles against the same table).
CODED_FIELDS: dict[tuple[str, str], Catalogue[Any]] = {
    ("organisation", "sector"): cat.SECTORS,
    ("organisation", "kind"): cat.ORGANISATION_KINDS,
    ("person", "level"): cat.LEVELS,
    ("person", "role"): cat.PERSON_ROLES,
    ("initiative", "status"): cat.INITIATIVE_STATUSES,
    ("initiative", "kind"): cat.INITIATIVE_KINDS,
    ("initiative_member", "role"): cat.MEMBER_ROLES,
    ("log_entry", "type"): cat.ENTRY_TYPES,
    ("log_entry", "decision_status"): cat.DECISION_STATUSES,
    ("log_entry", "escalation_level"): cat.ESCALATION_LEVELS,
    ("action", "status"): cat.ACTION_STATUSES,
    ("plague_assessment", "plague"): cat.PLAGUES,
    ("barrier_assessment", "barrier"): cat.BARRIERS,
    ("barrier_assessment", "escalation_level"): cat.ESCALATION_LEVELS,
    ("barrier_assessment", "status"): cat.BARRIER_STATUSES,
    ("indicator", "direction"): cat.DIRECTIONS,
    ("ask", "level"): cat.ASK_LEVELS,
    ("ask", "status"): cat.ASK_STATUSES,
    ("ask", "barrier"): cat.BARRIERS,
    ("ask", "plague"): cat.PLAGUES,
    ("readiness_answer", "reflection"): cat.REFLECTIONS,
    ("readiness_answer", "answer"): cat.READINESS_ANSWERS,
    ("forum", "kind"): mcat.FORUM_KINDS,
    ("meeting", "status"): mcat.MEETING_STATUSES,
    ("agenda_item", "kind"): mcat.ITEM_KINDS,
    ("agenda_item", "purpose"): mcat.ITEM_PURPOSES,
    ("agenda_item_link", "role"): mcat.LINK_ROLES,
    ("agreement", "kind"): acat.AGREEMENT_KINDS,
    ("agreement", "status"): acat.AGREEMENT_STATUSES,
}

# Fields holding several codes: a log entry's plague and barrier lists, an initiative's
# score maps (code → score) and readiness checklist (code → yes/no).
CODED_MAPS: dict[str, Catalogue[Any]] = {
    "plagues": cat.PLAGUES, "barriers": cat.BARRIERS,
    "formalisation": cat.FORMALISATION, "meaning": cat.MEANINGS,
    "cornerstones": cat.CORNERSTONES, "readiness": cat.REFLECTIONS,
}


# What happened to a record, as the audit trail names it (its ``action`` codes).
AUDIT_ACTIONS: dict[str, str] = {
    "create": N_("Oprettet"),
    "update": N_("Ændret"),
    "delete": N_("Slettet (lagt i papirkurven)"),
    "restore": N_("Gendannet fra papirkurven"),
    "anonymise": N_("Anonymiseret"),
    "import": N_("Importeret fra fil"),
    "fortryd_import": N_("Import fortrudt"),
}


def action_text(action: str, lang: str | None = None) -> str:
    """An audit action as text ("update" → "Ændret"; an unknown one as it is)."""
    label = AUDIT_ACTIONS.get(action)
    return _text(label, lang) if label else action


def catalogue_of(entity: str, field: str) -> Catalogue[Any] | None:
    """The catalogue the codes of ``entity``'s ``field`` come from (None: not a code)."""
    return CODED_FIELDS.get((entity, field)) or CODED_MAPS.get(field)


def _lang(lang: str | None) -> str:
    return lang or language()


def _text(message: str, lang: str | None) -> str:
    return message if _lang(lang) == "da" else _(message)


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str | list | tuple | set | frozenset | dict)
                             and not value)


def yes_no(value: object, lang: str | None = None) -> str:
    return _text(YES if value else NO, lang)


def number_text(value: float, lang: str | None = None) -> str:
    """12 → "12", 1234.5 → "1.234,5" ("1,234.5" in English); at most two decimals."""
    if _lang(lang) == "en":
        return f"{value:,.{decimals_of(value)}f}"
    return format_da(value)


def date_text(d: date, lang: str | None = None) -> str:
    """"5. marts 2026" ("5 March 2026" in English)."""
    return format_long(d, _lang(lang))


def datetime_text(moment: datetime, lang: str | None = None) -> str:
    """A moment (UTC when naive) in local time: "5. marts 2026 14:03"."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{date_text(local.date(), lang)} {local:%H:%M}"


def code_text(catalogue: Catalogue[Any], code: object, lang: str | None = None) -> str:
    """The label of ``code`` (the code itself when the catalogue does not know it)."""
    if is_empty(code):
        return EMPTY
    text = str(code)
    return catalogue.label(text, _lang(lang)) if text in catalogue else text


def _iso(text: str, lang: str | None) -> str | None:
    """An ISO date or date-time (the audit trail's JSON) as a shown one; None otherwise."""
    if len(text) < 10 or text[4:5] != "-" or text[7:8] != "-":
        return None
    try:
        if len(text) == 10:
            return date_text(date.fromisoformat(text), lang)
        if text[10:11] in ("T", " "):
            return datetime_text(datetime.fromisoformat(text), lang)
    except ValueError:
        return None
    return None


def value_text(value: Any, *, catalogue: Catalogue[Any] | None = None,
               names: Mapping[str, str] | None = None, lang: str | None = None,
               limit: int | None = None) -> str:
    """``value`` as the user reads it (the module's rules); ``catalogue`` for codes,
    ``names`` (id text → name) for ids, ``limit`` characters at most ("…" ends a cut)."""
    text = _value_text(value, catalogue, names or {}, lang)
    if limit is not None and len(text) > limit:
        return text[:limit - 1] + "…"
    return text


def _value_text(value: Any, catalogue: Catalogue[Any] | None, names: Mapping[str, str],
                lang: str | None) -> str:
    if is_empty(value):
        return EMPTY
    if isinstance(value, bool):
        return yes_no(value, lang)
    if isinstance(value, int | float):
        return number_text(value, lang)
    if isinstance(value, datetime):
        return datetime_text(value, lang)
    if isinstance(value, date):
        return date_text(value, lang)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_value_text(v, catalogue, names, lang) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{_value_text(k, catalogue, names, lang)}: "
                         f"{_value_text(v, None, names, lang)}" for k, v in value.items())
    text = str(value)
    if catalogue is not None and text in catalogue:
        return catalogue.label(text, _lang(lang))
    if isinstance(value, uuid.UUID) or text in names:
        return names.get(text, text)
    return _iso(text, lang) or mask_cpr(text)


def field_value_text(entity: str, field: str, value: Any, *,
                     names: Mapping[str, str] | None = None, lang: str | None = None,
                     limit: int | None = None) -> str:
    """:func:`value_text` of a record's field, the catalogue found by table and column."""
    return value_text(value, catalogue=catalogue_of(entity, field), names=names, lang=lang,
                      limit=limit)
