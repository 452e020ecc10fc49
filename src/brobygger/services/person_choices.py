"""The people a person picker offers: each with title, organisation and the initiatives
the person is a member of – one definition for every dialog that chooses a person (owner,
participant, member, the other side of a relation, "me")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from brobygger.dto import Member
    from brobygger.services import Services

__all__ = ["PersonChoice", "member_organisations", "ordered_for", "person_choices"]


@dataclass(frozen=True, slots=True)
class PersonChoice:
    id: uuid.UUID
    name: str
    title: str
    organisation: str
    initiatives: frozenset[uuid.UUID]

    @property
    def search_text(self) -> str:
        """What a search matches: name, title and organisation."""
        return " ".join(x for x in (self.name, self.title, self.organisation) if x)


def person_choices(svc: Services) -> list[PersonChoice]:
    """Every person (not deleted) with the initiatives they are a member of, by name."""
    orgs = {o.id: o.name for o in svc.organisations.all()}
    memberships: dict[uuid.UUID, set[uuid.UUID]] = {}
    for m in svc.members.list():
        memberships.setdefault(m.person_id, set()).add(m.initiative_id)
    from brobygger.services.person_directory import choice_rows

    empty: frozenset[uuid.UUID] = frozenset()
    # columns, not whole people (notes, contact data): 50,000 people at scale 10
    people = [PersonChoice(pid, name, title, orgs.get(org_id, "") if org_id else "",
                           frozenset(memberships[pid]) if pid in memberships else empty)
              for pid, name, title, org_id in choice_rows(svc)]
    return sorted(people, key=lambda c: (c.name.casefold(), str(c.id)))


def member_organisations(svc: Services, members: Iterable[Member]) -> dict[uuid.UUID, str]:
    """Each member's organisation (person id → name; "" without one)."""
    orgs: dict[uuid.UUID, str] = {}
    out: dict[uuid.UUID, str] = {}
    for m in members:
        person = svc.people.get(m.person_id)
        org_id = person.organisation_id
        if org_id is not None and org_id not in orgs:
            orgs[org_id] = svc.organisations.get(org_id).name
        out[m.person_id] = orgs.get(org_id, "") if org_id is not None else ""
    return out


def ordered_for(choices: list[PersonChoice], initiative_id: uuid.UUID | None
                ) -> tuple[list[PersonChoice], list[PersonChoice]]:
    """The initiative's members first, then everyone else (each by name)."""
    if initiative_id is None:
        return [], list(choices)
    members = [c for c in choices if initiative_id in c.initiatives]
    return members, [c for c in choices if initiative_id not in c.initiatives]
