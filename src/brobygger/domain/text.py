"""Text that every database can hold: no NUL characters, no lone surrogates.

A NUL (``\\x00``) cannot be stored in PostgreSQL and cuts strings short elsewhere; a lone
surrogate (``\\ud800``, from a broken paste or a bad file) cannot be encoded as UTF-8 at
all. Both are cleaned wherever text enters: NUL is removed, a lone surrogate becomes the
replacement character U+FFFD. Pure standard library.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "")
    if text.isascii():  # the common case, checked in C: no surrogate can be in it
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join(REPLACEMENT if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


def clean_value(value: Any) -> Any:
    """``value`` with every string in it cleaned (lists, tuples and mappings too)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Mapping):
        return {k: clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    if isinstance(value, tuple):
        return tuple(clean_value(v) for v in value)
    return value


def _clean_row(row: Any) -> Any:
    if type(row) is tuple:
        return tuple([clean_text(v) if isinstance(v, str) else v for v in row])
    if type(row) is dict:
        return {k: clean_text(v) if isinstance(v, str) else v for k, v in row.items()}
    return clean_parameters(row)


def clean_parameters(parameters: Any) -> Any:
    """DB-API parameters (a mapping, a sequence, or many of them) with their text cleaned."""
    if type(parameters) is list and parameters and type(parameters[0]) in (tuple, dict):
        # executemany (bulk inserts): rows of plain tuples or dicts, without an ABC check
        # per row and value
        return [_clean_row(p) for p in parameters]
    if isinstance(parameters, Mapping):
        return {k: clean_text(v) if isinstance(v, str) else v for k, v in parameters.items()}
    if isinstance(parameters, Sequence) and not isinstance(parameters, str | bytes):
        if parameters and isinstance(parameters[0], Mapping | list | tuple):
            return [clean_parameters(p) for p in parameters]
        return type(parameters)(clean_text(v) if isinstance(v, str) else v  # type: ignore[call-arg]
                                for v in parameters)
    return parameters
