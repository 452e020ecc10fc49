"""Use cases for organisations, people, initiatives and their parties and members."""

from __future__ import annotations

import builtins
import re
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session, col

from brobygger.domain import rules
from brobygger.domain.catalogue import (
    CORNERSTONES,
    FORMALISATION,
    INITIATIVE_KINDS,
    INITIATIVE_STATUSES,
    LEVELS,
    MEANINGS,
    MEMBER_ROLES,
    ORGANISATION_KINDS,
    PERSON_ROLES,
    REFLECTIONS,
    SECTORS,
)
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.services import dto, inputs
from brobygger.services.base import Clean, EntityService, NamedService, Related
from brobygger.services.values import code, optional_date, optional_text, score_map
from brobygger.store import models

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Organisations(NamedService[
        models.Organisation, dto.Organisation, inputs.OrganisationFields]):
    noun_da = "organisationen"
    find_noun = "organisation"

    def clean(self, s: Session, data: Clean, existing: models.Organisation | None) -> Clean:
        return {
            "name": rules.require_text(data.get("name"), "name", "Navn", 300),
            "sector": code(SECTORS, data.get("sector") or SECTORS.default, "sector"),
            "parent_id": self.ref(s, models.Organisation, data.get("parent_id"), "parent_id",
                                  "overordnet organisation", required=False),
            "notes": optional_text(data.get("notes")),
            "kind": code(ORGANISATION_KINDS, data.get("kind") or ORGANISATION_KINDS.default,
                         "kind"),
        }

    def list(self, *, sector: str | None = None, text: str | None = None,
             kind: str | None = None) -> list[dto.Organisation]:
        where: builtins.list[Any] = []
        if sector:
            where.append(models.Organisation.sector == code(SECTORS, sector, "sector"))
        if kind:
            where.append(models.Organisation.kind == code(ORGANISATION_KINDS, kind, "kind"))
        if text:
            where.append(models.Organisation.name.icontains(text.strip()))  # type: ignore[attr-defined]
        return self._query(*where)


class People(NamedService[models.Person, dto.Person, inputs.PersonFields]):
    noun_da = "personen"
    find_noun = "person"

    def clean(self, s: Session, data: Clean, existing: models.Person | None) -> Clean:
        email = optional_text(data.get("email"), 300)
        if email and not _EMAIL.match(email):
            raise ValidationError("email", _("'{email}' ligner ikke en e-mailadresse.",
                                             email=email))
        active_from = optional_date(data.get("active_from"), "active_from")
        active_to = optional_date(data.get("active_to"), "active_to")
        if active_from and active_to and active_to < active_from:
            raise ValidationError("active_to", _("Slutdatoen ligger før startdatoen."))
        return {
            "name": rules.require_text(data.get("name"), "name", "Navn", 300),
            "title": optional_text(data.get("title"), 300),
            "organisation_id": self.ref(s, models.Organisation, data.get("organisation_id"),
                                        "organisation_id", "organisation", required=False),
            "level": code(LEVELS, data.get("level") or LEVELS.default, "level"),
            "phone": optional_text(data.get("phone"), 64),
            "email": email,
            "is_champion": bool(data.get("is_champion", False)),
            "active_from": active_from,
            "active_to": active_to,
            "notes": optional_text(data.get("notes")),
            "role": code(PERSON_ROLES, data["role"], "role") if data.get("role") else None,
        }

    def list(self, *, organisation_id: uuid.UUID | None = None, level: str | None = None,
             text: str | None = None) -> builtins.list[dto.Person]:
        where = self._equal(organisation_id=organisation_id)
        if level:
            where.append(models.Person.level == code(LEVELS, level, "level"))
        if text:
            needle = text.strip()
            where.append(or_(models.Person.name.icontains(needle),  # type: ignore[attr-defined]
                             models.Person.title.icontains(needle)))  # type: ignore[attr-defined]
        return self._query(*where)


class Initiatives(NamedService[models.Initiative, dto.Initiative, inputs.InitiativeFields]):
    noun_da = "initiativet"
    find_noun = "initiativ"

    def clean(self, s: Session, data: Clean, existing: models.Initiative | None) -> Clean:
        start = optional_date(data.get("start_date"), "start_date")
        end = optional_date(data.get("end_date"), "end_date")
        if start and end and end < start:
            raise ValidationError("end_date", _("Slutdatoen ligger før startdatoen."))
        parent = self.ref(s, models.Initiative, data.get("parent_id"), "parent_id",
                          "overordnet initiativ", required=False)
        if existing is not None and parent == existing.id:
            raise ValidationError("parent_id", _("Et initiativ kan ikke være sit eget "
                                                 "overordnede."))
        readiness_raw = data.get("readiness") or {}
        readiness = {REFLECTIONS.get(str(k), "readiness").code: bool(v)
                     for k, v in readiness_raw.items()}
        return {
            "name": rules.require_text(data.get("name"), "name", "Navn", 300),
            "parent_id": parent,
            "purpose": optional_text(data.get("purpose")),
            "trigger": optional_text(data.get("trigger")),
            "status": code(INITIATIVE_STATUSES, data.get("status") or INITIATIVE_STATUSES.default,
                           "status"),
            "kind": code(INITIATIVE_KINDS, data["kind"], "kind") if data.get("kind") else None,
            "start_date": start,
            "end_date": end,
            "formalisation": score_map(FORMALISATION, data.get("formalisation"), 1, 5,
                                       "formalisation"),
            "meaning": score_map(MEANINGS, data.get("meaning"), 0, 3, "meaning"),
            "cornerstones": score_map(CORNERSTONES, data.get("cornerstones"), 0, 3,
                                      "cornerstones"),
            "readiness": readiness,
        }

    def list(self, *, status: str | None = None, parent_id: uuid.UUID | None = None,
             top_level: bool = False) -> builtins.list[dto.Initiative]:
        where = self._equal(parent_id=parent_id)
        if status:
            where.append(models.Initiative.status == code(INITIATIVE_STATUSES, status, "status"))
        if top_level:
            where.append(models.Initiative.parent_id.is_(None))  # type: ignore[union-attr]
        return self._query(*where)

    def names(self, *, include_deleted: bool = False) -> builtins.list[dto.InitiativeName]:
        """Every initiative's id and name (the trash too if asked), by name."""
        m = models.Initiative
        stmt = select(col(m.id), col(m.name), col(m.deleted_at)).order_by(col(m.name))
        if not include_deleted:
            stmt = stmt.where(col(m.deleted_at).is_(None))
        with self.ws.read() as s:
            return [dto.InitiativeName(*row) for row in s.execute(stmt)]


class Parties(EntityService[models.InitiativeParty, dto.Party, inputs.PartyFields]):
    """The organisations that are parties to an initiative."""

    noun_da = "parten"
    related = Related("organisation_id", models.Organisation,
                      {"organisation_name": "name", "sector": "sector"})

    def clean(self, s: Session, data: Clean, existing: models.InitiativeParty | None) -> Clean:
        initiative_id = self.ref(s, models.Initiative, data.get("initiative_id"),
                                 "initiative_id", "initiativ")
        organisation_id = self.ref(s, models.Organisation, data.get("organisation_id"),
                                   "organisation_id", "organisation")
        party = models.InitiativeParty
        twice = select(col(party.id)).where(
            col(party.initiative_id) == initiative_id,
            col(party.organisation_id) == organisation_id, col(party.deleted_at).is_(None))
        if existing is not None:
            twice = twice.where(col(party.id) != existing.id)
        if s.execute(twice.limit(1)).first() is not None:
            raise ValidationError("organisation_id", _("Organisationen er allerede part i "
                                                       "initiativet."))
        return {"initiative_id": initiative_id, "organisation_id": organisation_id,
                "role": optional_text(data.get("role"), 300)}

    def list(self, initiative_id: uuid.UUID) -> list[dto.Party]:
        return self._query(models.InitiativeParty.initiative_id == initiative_id)

    def within(self, initiatives: Collection[uuid.UUID]) -> builtins.list[dto.Party]:
        """The parties of these initiatives (in the order of :meth:`all`)."""
        return self._query(*self._among("initiative_id", initiatives))


class Members(EntityService[models.InitiativeMember, dto.Member, inputs.MemberFields]):
    """People in an initiative with their role (leder, sponsor, projektleder, …)."""

    noun_da = "medlemmet"
    related = Related("person_id", models.Person,
                      {"person_name": "name", "person_title": "title"})

    def clean(self, s: Session, data: Clean, existing: models.InitiativeMember | None) -> Clean:
        return {
            "initiative_id": self.ref(s, models.Initiative, data.get("initiative_id"),
                                      "initiative_id", "initiativ"),
            "person_id": self.ref(s, models.Person, data.get("person_id"), "person_id", "person"),
            "role": code(MEMBER_ROLES, data.get("role") or MEMBER_ROLES.default, "role"),
        }

    def list(self, *, initiative_id: uuid.UUID | None = None,
             person_id: uuid.UUID | None = None) -> builtins.list[dto.Member]:
        return self._query(*self._equal(initiative_id=initiative_id, person_id=person_id))

