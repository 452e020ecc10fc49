"""Entity services for agreements (issue 17): agreement versions with their parties and
initiatives, deviations, links from log entries, and task transfers. Every write goes
through the unit of work (validation, CPR guard, version bump, audit trail). The register,
versions and the brief are in :mod:`brobygger.services.agreements`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import select
from sqlmodel import Session, col

from brobygger.domain import display, rules
from brobygger.domain.agreements import AGREEMENT_KINDS, AGREEMENT_STATUSES
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.dto.agreements import Agreement, AgreementEntry, Deviation, TaskTransfer
from brobygger.services.agreement_inputs import (
    AgreementEntryFields,
    AgreementFields,
    DeviationFields,
    TransferFields,
)
from brobygger.services.base import Clean, EntityService, chunked
from brobygger.services.unit_of_work import current as current_uow
from brobygger.services.values import (
    as_uuid,
    code,
    date_or_today,
    optional_date,
    optional_text,
    required_date,
)
from brobygger.store import models


def check_dates(in_force_from: date | None, in_force_to: date | None) -> None:
    if in_force_from is not None and in_force_to is not None and in_force_to < in_force_from:
        raise ValidationError(
            "in_force_to",
            _("Aftalen kan ikke ophøre ({end}) før den træder i kraft ({start}). Ret datoerne.",
              end=display.date_text(in_force_to), start=display.date_text(in_force_from)))


class Agreements(EntityService[models.Agreement, Agreement, AgreementFields]):
    """Agreement versions. ``parties`` (organisation ids) and ``initiative_ids`` are links
    kept in their own tables, written in the same transaction."""

    noun_da = "aftalen"
    order_by: ClassVar[tuple[str, ...]] = ("title", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.Agreement | None) -> Clean:
        start = optional_date(data.get("in_force_from"), "in_force_from")
        end = optional_date(data.get("in_force_to"), "in_force_to")
        check_dates(start, end)
        kind = data.get("kind")
        if not kind:
            raise ValidationError("kind", _("Vælg aftalens type."))
        series = data.get("series_id")
        return {
            "series_id": as_uuid(series, "series_id", "Aftaleserien") if series else uuid.uuid4(),
            "supersedes_id": self.ref(s, models.Agreement, data.get("supersedes_id"),
                                      "supersedes_id", "aftale", required=False),
            "kind": code(AGREEMENT_KINDS, kind, "kind"),
            "title": rules.require_text(data.get("title"), "title", "Titel", 300),
            "version_label": optional_text(data.get("version_label") or "1", 64),
            "status": code(AGREEMENT_STATUSES, data.get("status") or "udkast", "status"),
            "forum_id": self.ref(s, models.Forum, data.get("forum_id"), "forum_id", "forum",
                                 required=False),
            "in_force_from": start,
            "in_force_to": end,
            "review_on": optional_date(data.get("review_on"), "review_on"),
            "owner_id": self.ref(s, models.Person, data.get("owner_id"), "owner_id", "person",
                                 required=False),
            "document_ref": optional_text(data.get("document_ref"), 1000),
            "summary": optional_text(data.get("summary")),
            "parties": self.refs(s, models.Organisation, data.get("parties") or (), "parties",
                                 "organisation"),
            "initiative_ids": self.refs(s, models.Initiative, data.get("initiative_ids") or (),
                                        "initiative_ids", "initiativ"),
        }

    @staticmethod
    def clean_date(value: object, field: str) -> date:
        return required_date(value, field)

    def current_extra(self, s: Session, row: models.Agreement) -> Clean:
        links = _links(s, [row.id])
        return {"parties": links[0].get(row.id, ()), "initiative_ids": links[1].get(row.id, ())}

    def after_write(self, s: Session, row: models.Agreement, data: Clean) -> None:
        uow = current_uow()
        if uow is None:
            raise RuntimeError("links are written inside a unit of work")
        for model, column, wanted in (
                (models.AgreementParty, "organisation_id", data["parties"]),
                (models.AgreementInitiative, "initiative_id", data["initiative_ids"])):
            have = {getattr(r, column): r for r in s.execute(select(model).where(
                col(model.agreement_id) == row.id,
                col(model.deleted_at).is_(None))).scalars()}
            for key in wanted:
                if key not in have:
                    link = model(agreement_id=row.id, **{column: key})
                    uow.add(link, {"agreement_id": row.id, column: key})
            for key, link in have.items():
                if key not in wanted:
                    uow.soft_delete(link)

    def to_dtos(self, s: Session, rows: Sequence[Any]) -> builtins.list[Agreement]:
        parties, inits = _links(s, [r.id for r in rows])
        return [self._dto_from(r, {"parties": parties.get(r.id, ()),
                                   "initiative_ids": inits.get(r.id, ())}) for r in rows]

    def to_dto(self, s: Session, row: models.Agreement) -> Agreement:
        return self.to_dtos(s, [row])[0]

    def list(self, *, series_id: uuid.UUID | None = None, forum_id: uuid.UUID | None = None
             ) -> builtins.list[Agreement]:
        where: builtins.list[Any] = []
        if series_id is not None:
            where.append(col(models.Agreement.series_id) == series_id)
        if forum_id is not None:
            where.append(col(models.Agreement.forum_id) == forum_id)
        return self._query(*where)

    def find(self, title_or_id: str) -> Agreement:
        """By id, or by title (the newest version of the one series whose title matches)."""
        from brobygger.domain.errors import NotFoundError

        text = title_or_id.strip()
        try:
            return self.get(uuid.UUID(text))
        except (ValueError, NotFoundError):
            pass
        rows = self.all()
        matches = [r for r in rows if r.title.casefold() == text.casefold()] or [
            r for r in rows if text.casefold() in r.title.casefold()]
        series = {r.series_id for r in matches}
        if not matches:
            raise NotFoundError(_("Fandt ingen aftale med titlen '{text}'.", text=text))
        if len(series) > 1:
            titles = ", ".join(sorted({r.title for r in matches})[:5])
            raise NotFoundError(_("'{text}' passer på flere aftaler ({titles}). Skriv titlen "
                                  "mere præcist.", text=text, titles=titles))
        return max(matches, key=lambda r: (r.in_force_from or date.min, r.created_at))


def _links(s: Session, ids: Iterable[uuid.UUID]
           ) -> tuple[dict[uuid.UUID, tuple[uuid.UUID, ...]],
                      dict[uuid.UUID, tuple[uuid.UUID, ...]]]:
    parties: dict[uuid.UUID, builtins.list[uuid.UUID]] = {}
    inits: dict[uuid.UUID, builtins.list[uuid.UUID]] = {}
    for chunk in chunked(ids):
        for out, model, column in ((parties, models.AgreementParty, "organisation_id"),
                                   (inits, models.AgreementInitiative, "initiative_id")):
            for aid, key in s.execute(select(
                    col(model.agreement_id),
                    getattr(model, column)).where(
                    col(model.agreement_id).in_(chunk),
                    col(model.deleted_at).is_(None)).order_by(col(model.created_at))):
                out.setdefault(aid, []).append(key)
    return ({k: tuple(v) for k, v in parties.items()}, {k: tuple(v) for k, v in inits.items()})


class Deviations(EntityService[models.Deviation, Deviation, DeviationFields]):
    noun_da = "afvigelsen"
    order_by: ClassVar[tuple[str, ...]] = ("observed_on", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.Deviation | None) -> Clean:
        return {
            "agreement_id": self.ref(s, models.Agreement, data.get("agreement_id"),
                                     "agreement_id", "aftale"),
            "observed_on": date_or_today(data, "observed_on"),
            "title": rules.require_text(data.get("title"), "title", "Titel", 300),
            "theme": optional_text(data.get("theme"), 100),
            "rule": optional_text(data.get("rule")),
            "reason": optional_text(data.get("reason")),
            "effect": optional_text(data.get("effect")),
            "proposal": optional_text(data.get("proposal")),
            "recorded_by": optional_text(data.get("recorded_by") or self.services.user, 300),
        }

    def list(self, agreement_ids: Iterable[uuid.UUID] | None = None
             ) -> builtins.list[Deviation]:
        if agreement_ids is None:
            return self._query()
        ids = builtins.list(agreement_ids)
        return self._query(col(models.Deviation.agreement_id).in_(ids)) if ids else []


class AgreementEntries(EntityService[models.AgreementEntry, AgreementEntry, AgreementEntryFields]):
    """A log entry linked to an agreement, optionally to one of its deviations."""

    noun_da = "koblingen til aftalen"

    def clean(self, s: Session, data: Clean, existing: models.AgreementEntry | None) -> Clean:
        agreement_id = self.ref(s, models.Agreement, data.get("agreement_id"), "agreement_id",
                                "aftale")
        deviation_id = self.ref(s, models.Deviation, data.get("deviation_id"), "deviation_id",
                                "afvigelse", required=False)
        if deviation_id is not None:
            dev = s.get(models.Deviation, deviation_id)
            agr = s.get(models.Agreement, agreement_id)
            owner = s.get(models.Agreement, dev.agreement_id) if dev is not None else None
            if agr is None or owner is None or owner.series_id != agr.series_id:
                raise ValidationError("deviation_id",
                                      _("Afvigelsen hører til en anden aftale."))
        return {"agreement_id": agreement_id,
                "entry_id": self.ref(s, models.LogEntry, data.get("entry_id"), "entry_id",
                                     "logindførsel"),
                "deviation_id": deviation_id}

    def list(self, *, agreement_ids: Iterable[uuid.UUID] | None = None,
             entry_id: uuid.UUID | None = None) -> builtins.list[AgreementEntry]:
        return self._query(*self._among("agreement_id", agreement_ids),
                           *self._equal(entry_id=entry_id))


class TaskTransfers(EntityService[models.TaskTransfer, TaskTransfer, TransferFields]):
    noun_da = "opgaveoverdragelsen"
    order_by: ClassVar[tuple[str, ...]] = ("task", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.TaskTransfer | None) -> Clean:
        def org(field: str) -> uuid.UUID | None:
            return self.ref(s, models.Organisation, data.get(field), field, "organisation",
                            required=False)

        return {
            "agreement_id": self.ref(s, models.Agreement, data.get("agreement_id"),
                                     "agreement_id", "aftale", required=False),
            "initiative_id": self.initiative_ref(s, data, required=False),
            "task": rules.require_text(data.get("task"), "task", "Opgave", 300),
            "from_org_id": org("from_org_id"),
            "from_profession": optional_text(data.get("from_profession"), 300),
            "to_org_id": org("to_org_id"),
            "to_profession": optional_text(data.get("to_profession"), 300),
            "competencies": optional_text(data.get("competencies")),
            "assurance": optional_text(data.get("assurance")),
            "medical_org_id": org("medical_org_id"),
            "medical_person_id": self.ref(s, models.Person, data.get("medical_person_id"),
                                          "medical_person_id", "person", required=False),
            "medical_responsible": optional_text(data.get("medical_responsible"), 300),
            "indicator_id": self.ref(s, models.Indicator, data.get("indicator_id"),
                                     "indicator_id", "indikator", required=False),
            "monitoring": optional_text(data.get("monitoring")),
            "transferred_on": optional_date(data.get("transferred_on"), "transferred_on"),
        }

    def list(self, *, agreement_ids: Iterable[uuid.UUID] | None = None,
             initiative_id: uuid.UUID | None = None) -> builtins.list[TaskTransfer]:
        return self._query(*self._among("agreement_id", agreement_ids),
                           *self._equal(initiative_id=initiative_id))


def person_agreement_records(s: Session, person_id: uuid.UUID, row_dict: Any
                             ) -> dict[str, Any]:
    """For the GDPR export: the agreements the person owns and the task transfers where
    they hold the medical responsibility (trash included)."""
    def where(model: Any, column: str) -> Any:
        return s.scalars(select(model).where(col(getattr(model, column)) == person_id))

    return {
        "agreements_owned": [row_dict(r) for r in where(models.Agreement, "owner_id")],
        "task_transfers_medically_responsible": [
            row_dict(r) for r in where(models.TaskTransfer, "medical_person_id")],
    }
