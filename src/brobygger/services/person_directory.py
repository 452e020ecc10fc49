"""The people of Personer og organisationer, a block at a time: the directory holds only the
rows a user has scrolled to, not every person of the workspace (50,000 at scale 10).

One definition of what the directory lists and in which order (name, then id), of what its
search matches (name, title or the organisation's name, case-insensitive) and of a person's
row in that order – so a person found on a later block can be shown without reading all."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlmodel import col

from brobygger.domain.catalogue import LEVELS
from brobygger.services import dto
from brobygger.services.values import code
from brobygger.store import models
from brobygger.store.folding import contains_folded

if TYPE_CHECKING:
    from collections.abc import Iterable

    from brobygger.services import Services

__all__ = [
    "BLOCK",
    "DirectoryQuery",
    "choice_rows",
    "people_block",
    "people_by_name",
    "people_count",
    "person_names",
    "person_row",
]

BLOCK = 200  # rows read at a time


@dataclass(frozen=True, slots=True)
class DirectoryQuery:
    """The directory's filter: a level code and a search text (both optional)."""

    level: str | None = None
    text: str = ""


def _where(q: DirectoryQuery) -> list[Any]:
    person, org = models.Person, models.Organisation
    where: list[Any] = [person.deleted_at.is_(None)]  # type: ignore[union-attr]
    if q.level:
        where.append(person.level == code(LEVELS, q.level, "level"))
    needle = q.text.strip()
    if needle:
        in_org = select(col(org.id)).where(contains_folded(org.name, needle))
        where.append(or_(contains_folded(person.name, needle),
                         contains_folded(person.title, needle),
                         person.organisation_id.in_(in_org)))  # type: ignore[union-attr]
    return where


def people_count(svc: Services, q: DirectoryQuery) -> int:
    """How many people the directory lists for ``q``."""
    with svc.ws.read() as s:
        stmt = select(func.count()).select_from(models.Person).where(*_where(q))
        return int(s.execute(stmt).scalar_one())


def people_block(svc: Services, q: DirectoryQuery, offset: int,
                 limit: int = BLOCK) -> list[dto.Person]:
    """The people on rows ``offset … offset + limit`` of the directory, by name."""
    person = models.Person
    columns = [getattr(person, f.name) for f in dataclasses.fields(dto.Person)]
    stmt = select(*columns).where(*_where(q)).order_by(
        person.name, person.id).offset(offset).limit(limit)  # type: ignore[arg-type]
    with svc.ws.read() as s:
        return [dto.Person(*r) for r in s.execute(stmt)]


def person_row(svc: Services, q: DirectoryQuery, person_id: uuid.UUID) -> int:
    """The person's row in the directory for ``q``; -1 when ``q`` does not list them."""
    person = models.Person
    with svc.ws.read() as s:
        listed = s.execute(select(col(person.name), col(person.id)).where(
            col(person.id) == person_id, *_where(q))).first()
        if listed is None:
            return -1
        name, pid = listed
        before = select(func.count()).select_from(person).where(*_where(q), or_(
            person.name < name, and_(person.name == name, person.id < pid)))
        return int(s.execute(before).scalar_one())


def person_names(svc: Services, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of those of ``ids`` who are people (not deleted) – without reading all."""
    person = models.Person
    wanted = list(dict.fromkeys(ids))
    out: dict[uuid.UUID, str] = {}
    with svc.ws.read() as s:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            out.update({i: n for i, n in s.execute(
                select(col(person.id), col(person.name)).where(
                    col(person.id).in_(chunk), *_where(DirectoryQuery())))})
    return out


def choice_rows(svc: Services) -> list[tuple[uuid.UUID, str, str, uuid.UUID | None]]:
    """Every person (not deleted) as (id, name, title, organisation id): what a picker
    offers, without reading each person's notes and contact data."""
    person = models.Person
    with svc.ws.read() as s:
        return [(i, n, t, o) for i, n, t, o in s.execute(select(
            col(person.id), col(person.name), col(person.title),
            col(person.organisation_id)).where(*_where(DirectoryQuery())))]


def people_by_name(svc: Services) -> list[tuple[uuid.UUID, str]]:
    """Every person (not deleted) as (id, name), by name: a filter's choices, without
    reading each person's whole record."""
    person = models.Person
    with svc.ws.read() as s:
        return [(i, n) for i, n in s.execute(
            select(col(person.id), col(person.name)).where(*_where(DirectoryQuery()))
            .order_by(col(person.name), col(person.id)))]
