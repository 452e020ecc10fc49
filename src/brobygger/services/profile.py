"""The user's profile (who I am) and its Person in the workspace.

The profile itself (name, title, organisation, e-mail) belongs to the user, not to a
workspace: the app keeps it in its settings (per OS account; on a shared PostgreSQL
workspace the link is kept per login). Here: find or create the Person it stands for, so
the user appears in the directory and can be picked as participant or owner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brobygger.domain import rules
from brobygger.domain.errors import NotFoundError

if TYPE_CHECKING:
    from brobygger.services import Services, inputs

__all__ = ["Profile", "link_person"]


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    title: str = ""
    organisation: str = ""
    email: str = ""

    @property
    def signature(self) -> str:
        """"Mette Kjær, sundhedschef" – the author line of a brief."""
        return ", ".join(x for x in (self.name.strip(), self.title.strip()) if x)


def link_person(svc: Services, profile: Profile, person_id: uuid.UUID | None = None
                ) -> uuid.UUID:
    """The Person for ``profile``: the one linked before (``person_id``), else one with the
    same name, else a new one (with the organisation when the directory has it). Empty
    title or e-mail on the Person are filled from the profile; nothing else is changed."""
    rules.require_text(profile.name, "name", "Navn", 300)
    people = svc.people
    person = None
    if person_id is not None:
        try:
            person = people.get(person_id)
        except NotFoundError:
            person = None
    if person is None:
        wanted = profile.name.strip().casefold()
        person = next((p for p in people.all() if p.name.strip().casefold() == wanted), None)
    org_id = _organisation_id(svc, profile.organisation)
    if person is None:
        created = people.create(name=profile.name.strip(), title=profile.title.strip(),
                                email=profile.email.strip(), organisation_id=org_id,
                                level="chef")
        return uuid.UUID(str(created.id))
    changes: inputs.PersonFields = {}
    if not person.title and profile.title.strip():
        changes["title"] = profile.title.strip()
    if not person.email and profile.email.strip():
        changes["email"] = profile.email.strip()
    if person.organisation_id is None and org_id is not None:
        changes["organisation_id"] = org_id
    if changes:
        people.update(person.id, expected_version=person.version, **changes)
    return uuid.UUID(str(person.id))


def _organisation_id(svc: Services, name: str) -> uuid.UUID | None:
    wanted = name.strip().casefold()
    if not wanted:
        return None
    for org in svc.organisations.all():
        if org.name.strip().casefold() == wanted:
            return uuid.UUID(str(org.id))
    return None
