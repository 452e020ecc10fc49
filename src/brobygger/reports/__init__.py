"""PDFs built with ReportLab (no Qt): the status brief for the steering group, the
portfolio brief and the handover brief for a new leader, and the person export (GDPR).

Data in, PDF out: the reports import only :mod:`brobygger.dto` and :mod:`brobygger.domain`
(an import-linter contract holds it). The services gather the data and call them:

    from brobygger.services.briefs import status_brief
    status_brief(svc, initiative.id, date(2026, 1, 1), date(2026, 6, 30),
                 Path("status.pdf"), BriefOptions(author="Mette Kjær"))

Every function writes its file atomically, reports ``progress(done, total)`` as it works and
raises :class:`~brobygger.domain.errors.BrobyggerError` (Danish message) on failure:
:class:`~brobygger.domain.errors.InputError` for bad choices (unknown initiative, a period
ending before it starts, a folder that does not exist) and :class:`ExportError` when the file
cannot be produced or saved.
"""

from brobygger.reports.briefs import (
    DEFAULT_CONFIDENTIALITY,
    BriefOptions,
    BriefProgress,
    Progress,
    handover_pdf,
    portfolio_pdf,
    status_pdf,
)
from brobygger.reports.person_export import render_person_pdf
from brobygger.reports.typography import ExportError

__all__ = [
    "DEFAULT_CONFIDENTIALITY",
    "BriefOptions",
    "BriefProgress",
    "ExportError",
    "Progress",
    "handover_pdf",
    "portfolio_pdf",
    "render_person_pdf",
    "status_pdf",
]
