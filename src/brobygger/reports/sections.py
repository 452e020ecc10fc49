"""The building blocks of the briefs, one class per brief's sections:
:mod:`.blocks` (shared helpers), :mod:`.status_sections`, :mod:`.handover_sections` and
:mod:`.portfolio_sections`. :class:`Sections` gathers them for :mod:`.briefs`."""

from __future__ import annotations

from brobygger.reports.blocks import SEVERITY, Cell, WrapTable
from brobygger.reports.handover_sections import HandoverSections
from brobygger.reports.portfolio_sections import PortfolioSections, portfolio_rows


class Sections(HandoverSections, PortfolioSections):
    """Every section of every brief."""


__all__ = ["SEVERITY", "Cell", "Sections", "WrapTable", "portfolio_rows"]
