"""Indicators broken down by party (issue 17, item 5): an indicator for a population may be
measured per party – readmissions per municipality, Viborg beside Skive.

An indicator's parties are rows of ``indicator_party`` (organisations, in order). A
measurement with ``organisation_id`` is that party's value; one without is the value for the
whole population (the overall series). A measurement for an organisation that is not a party
of its indicator is refused with a Danish message and nothing is saved.

:func:`split` is THE definition of which measurements form which series; the Resultater tab,
the agenda builder and the briefs all use it, and every series gets its status from the same
rules (:mod:`brobygger.domain.indicators` via :class:`~brobygger.dto.briefs.IndicatorData`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.services import dto
from brobygger.services.base import chunked
from brobygger.services.unit_of_work import current as current_uow
from brobygger.store import models


@dataclass(frozen=True, slots=True)
class Series:
    """One series of an indicator: the overall one (``organisation_id`` None, ``name``
    empty) or one party's."""

    organisation_id: uuid.UUID | None
    name: str
    measurements: tuple[dto.Measurement, ...]  # oldest first


def split(indicator: dto.Indicator, measurements: Iterable[dto.Measurement],
          org_names: Mapping[uuid.UUID, str]) -> tuple[Series, tuple[Series, ...]]:
    """The overall series and one series per party of ``indicator`` (in the indicator's
    order; a party without measurements gets an empty series)."""
    ms = sorted(measurements, key=lambda m: (m.measured_on, m.created_at))
    overall = Series(None, "", tuple(m for m in ms if m.organisation_id is None))
    parts = tuple(Series(p, org_names.get(p, ""),
                         tuple(m for m in ms if m.organisation_id == p))
                  for p in indicator.parties)
    return overall, parts


def overall(measurements: Iterable[dto.Measurement]) -> list[dto.Measurement]:
    """The measurements of the whole population (no party), oldest first."""
    return sorted((m for m in measurements if m.organisation_id is None),
                  key=lambda m: (m.measured_on, m.created_at))


# -- used by the Indicators and Measurements services --------------------------------------
def parties_of(s: Session, indicator_ids: Sequence[uuid.UUID]
               ) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
    """Each indicator's live parties, in order."""
    link = models.IndicatorParty
    out: dict[uuid.UUID, list[uuid.UUID]] = {}
    for chunk in chunked(set(indicator_ids)):
        rows = s.execute(select(col(link.indicator_id), col(link.organisation_id)).where(
            col(link.indicator_id).in_(chunk), col(link.deleted_at).is_(None)).order_by(
            col(link.position), col(link.created_at)))
        for ind, org in rows:
            out.setdefault(ind, []).append(org)
    return {k: tuple(v) for k, v in out.items()}


def write_parties(s: Session, indicator_id: uuid.UUID, wanted: Sequence[uuid.UUID]) -> None:
    """Make the indicator's parties ``wanted`` (in order): new links added, dropped ones to
    the trash, positions kept in order – inside the open unit of work (audit, Changes)."""
    uow = current_uow()
    if uow is None:
        raise RuntimeError("an indicator's parties are written inside a unit of work")
    link = models.IndicatorParty
    rows = list(s.scalars(select(link).where(col(link.indicator_id) == indicator_id,
                                             col(link.deleted_at).is_(None))))
    by_org = {r.organisation_id: r for r in rows}
    for position, org in enumerate(wanted):
        row = by_org.pop(org, None)
        if row is None:
            new = link(indicator_id=indicator_id, organisation_id=org, position=position)
            uow.add(new, {"indicator_id": indicator_id, "organisation_id": org,
                          "position": position})
        elif row.position != position:
            before = {"position": row.position}
            row.position = position
            uow.updated(row, before, {"position": position})
    for row in by_org.values():
        uow.soft_delete(row)


def check_dropped(s: Session, indicator_id: uuid.UUID, wanted: Sequence[uuid.UUID],
                  names: Mapping[uuid.UUID, str] | None = None) -> None:
    """A party that has measurements cannot be dropped (its values would lose their
    meaning): a Danish message, nothing saved."""
    m = models.Measurement
    stmt = select(col(m.organisation_id)).where(
        col(m.indicator_id) == indicator_id, col(m.deleted_at).is_(None),
        col(m.organisation_id).is_not(None))
    if wanted:
        stmt = stmt.where(col(m.organisation_id).not_in(list(wanted)))
    found = s.execute(stmt.limit(1)).first()
    if found is not None:
        org = s.get(models.Organisation, found[0])
        name = org.name if org is not None else ""
        raise ValidationError(
            "parties", _("{name} har målinger på indikatoren og kan ikke fjernes. Slet "
                         "partens målinger først.", name=name or _("En part")))


def check_party(s: Session, indicator_id: uuid.UUID | None, organisation_id: Any) -> None:
    """A measurement's party must be one of its indicator's parties."""
    if organisation_id is None or indicator_id is None:
        return
    link = models.IndicatorParty
    found = s.execute(select(col(link.id)).where(
        col(link.indicator_id) == indicator_id, col(link.organisation_id) == organisation_id,
        col(link.deleted_at).is_(None)).limit(1)).first()
    if found is None:
        org = s.get(models.Organisation, organisation_id)
        name = org.name if org is not None else _("Organisationen")
        raise ValidationError(
            "organisation_id", _("{name} er ikke part i indikatoren. Vælg en af indikatorens "
                                 "parter, eller lad feltet stå tomt for hele befolkningen.",
                                 name=name))
