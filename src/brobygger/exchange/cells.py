"""A spreadsheet cell as text, the Danish way – the one formatter the imports read cells
with and the CSV export writes them with: numbers with a decimal comma, dates dd-mm-yyyy,
yes/no as ja/nej, None as ''."""

from __future__ import annotations

from datetime import date, datetime


def format_number(value: float) -> str:
    """A number the Danish way: decimal comma, no trailing zeros."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").replace(".", ",")


def cell_text(value: object) -> str:
    """A cell as text: numbers with a decimal comma, dates Danish, None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, int | float):
        return format_number(float(value))
    return str(value).strip()
