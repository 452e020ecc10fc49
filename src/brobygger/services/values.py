"""Turning a raw input value into a clean one, or a :class:`ValidationError` naming the
field: ids, dates, free text, catalogue codes and score maps. The entity services
(:mod:`.base`) and the audit trail's reader (:mod:`.audit`) share these."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from brobygger.domain import rules
from brobygger.domain.catalogue import Catalogue
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _


def as_uuid(value: object, field: str, label_da: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise ValidationError(field, _("{label}: '{value}' er ikke et gyldigt id.",
                                       label=_(label_da), value=value)) from exc


def optional_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    return required_date(value, field)


def required_date(value: object, field: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return rules.parse_date(value, field)
    raise ValidationError(field, _("Ugyldig dato: {value}.", value=repr(value)))


def date_or_today(data: Mapping[str, Any], field: str) -> date:
    """``data[field]`` as a date; today when it is missing or empty (the day a record
    is assessed, measured, observed, … unless the user gives another)."""
    return required_date(data.get(field) or date.today(), field)


def optional_text(value: object, max_len: int = 20_000) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > max_len:
        raise ValidationError("text", _("Teksten er for lang ({n} tegn; højst {max}).",
                                        n=len(text), max=max_len))
    return text


def code(catalogue: Catalogue[Any], value: object, field: str | None = None) -> str:
    """The code ``value`` checked against ``catalogue``; an unknown one raises a
    :class:`ValidationError` naming ``field`` – pass the record's field, so the dialog shows
    the message at it (without one the error names the catalogue)."""
    return str(catalogue.parse(str(value), field))


def score_map(
    catalogue: Catalogue[Any], value: object, lo: int, hi: int, field: str
) -> dict[str, int]:
    """A mapping {catalogue code: integer lo..hi}; unknown codes and bad values refused."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(field, _("{field}: forventede en liste af koder og værdier.",
                                       field=field))
    out: dict[str, int] = {}
    for key, raw in value.items():
        item = catalogue.get(str(key), field)
        if raw is None:
            continue
        out[item.code] = rules.validate_range(raw, field, lo, hi, item.label_da)
    return out
