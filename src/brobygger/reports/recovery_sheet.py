"""The recovery key on paper: one A4 page to print and keep in a safe place.

Whoever has this page (or the PDF file) can open the workspace – the page says so.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from brobygger.reports.document import write_atomically
from brobygger.reports.typography import FONT, FONT_BOLD, register_fonts

WARNING = ("Den, der har denne side eller PDF-filen, kan åbne arbejdsområdet. Print siden, "
           "gem den et sikkert sted (fx et aflåst skab), og slet PDF-filen bagefter.")


def recovery_sheet_bytes(recovery_key: str, location: str, today: date | None = None) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle("Brobygger – gendannelsesnøgle")
    _width, height = A4
    x, y = 25 * mm, height - 35 * mm
    c.setFont(FONT_BOLD, 18)
    c.drawString(x, y, "Gendannelsesnøgle til Brobygger")
    c.setFont(FONT, 10.5)
    y -= 12 * mm
    for line in (f"Arbejdsområde: {location}",
                 f"Lavet: {(today or date.today()).strftime('%d-%m-%Y')}"):
        c.drawString(x, y, line)
        y -= 6 * mm
    y -= 8 * mm
    c.setFont("Courier-Bold", 16)
    c.drawString(x, y, recovery_key)
    y -= 16 * mm
    c.setFont(FONT, 10.5)
    text = c.beginText(x, y)
    for line in _wrap("Brug nøglen, hvis arbejdsområdet ikke kan åbnes på en ny computer, "
                      "efter en geninstallation, eller hvis adgangsfrasen er glemt: "
                      "brobygger-cli --recovery-key-file FIL, eller skriv den i Brobygger, "
                      "når programmet beder om den. " + WARNING, 90):
        text.textLine(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def write_recovery_sheet(path: Path, recovery_key: str, location: str) -> Path:
    return write_atomically(path, lambda: recovery_sheet_bytes(recovery_key, location))
