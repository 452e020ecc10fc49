"""Page 1 of a PDF as a PNG image – the preview of a brief before it is saved.

No Qt (the UI runs it on a worker thread and turns the bytes into a picture): PDFium
(``pypdfium2``) rasterises the page, Pillow writes the PNG.
"""

from __future__ import annotations

import io
from pathlib import Path

from brobygger.domain.i18n import _
from brobygger.reports.typography import ExportError

__all__ = ["page_one_png"]


def page_one_png(pdf: Path, width: int = 800) -> bytes:
    """Page 1 of ``pdf`` as PNG bytes, ``width`` pixels wide."""
    import pypdfium2 as pdfium  # imported here: only the preview needs it

    try:
        document = pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        raise ExportError(_("Forhåndsvisningen kunne ikke laves: PDF-filen kan ikke "
                            "læses.")) from exc
    try:
        if len(document) == 0:
            raise ExportError(_("Forhåndsvisningen kunne ikke laves: PDF-filen er tom."))
        page = document[0]
        scale = width / max(page.get_width(), 1.0)
        image = page.render(scale=scale).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG")
        page.close()
        return out.getvalue()
    finally:
        document.close()
