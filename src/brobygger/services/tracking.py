"""Actions, assessments (relationships, plagues, barriers) and results (indicators)."""

from __future__ import annotations

import builtins
import uuid
from collections import defaultdict, deque
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import String, func, or_, type_coerce
from sqlmodel import Session, col

from brobygger.domain import numbers, rules
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    BARRIER_STATUSES,
    BARRIERS,
    DIRECTIONS,
    ESCALATION_LEVELS,
    PLAGUES,
    Rule,
)
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.services import dto, inputs
from brobygger.services import indicator_parties as parts
from brobygger.services.base import Clean, EntityService, chunked
from brobygger.services.values import code, date_or_today, optional_date, optional_text
from brobygger.store import models
from brobygger.store.types import uuids_from_db


class Actions(EntityService[models.Action, dto.Action, inputs.ActionFields]):
    noun_da = "handlingen"
    order_by: ClassVar[tuple[str, ...]] = ("due_date", "title")

    def clean(self, s: Session, data: Clean, existing: models.Action | None) -> Clean:
        status = code(ACTION_STATUSES, data.get("status") or ACTION_STATUSES.default, "status")
        done_on = optional_date(data.get("done_on"), "done_on")
        if status == "udfoert" and done_on is None:
            done_on = date.today()
        if status != "udfoert":
            done_on = None
        return {
            "initiative_id": self.initiative_ref(s, data, required=False),
            "title": rules.require_text(data.get("title"), "title", "Titel", 300),
            "owner_id": self.ref(s, models.Person, data.get("owner_id"), "owner_id", "ansvarlig",
                                 required=False),
            "due_date": optional_date(data.get("due_date"), "due_date"),
            "status": status,
            "source_entry_id": self.ref(s, models.LogEntry, data.get("source_entry_id"),
                                        "source_entry_id", "logindførsel", required=False),
            "done_on": done_on,
            "notes": optional_text(data.get("notes")),
        }

    def list(self, *, initiative_id: uuid.UUID | None = None, open_only: bool = False,
             owner_id: uuid.UUID | None = None, due_before: date | None = None,
             within: Collection[uuid.UUID] | None = None,
             due_from: date | None = None) -> builtins.list[dto.Action]:
        """``within``: only the actions of these initiatives; ``due_from`` / ``due_before``:
        only those due in that period (both days included)."""
        m = models.Action
        where = (self._among("initiative_id", within)
                 + self._equal(initiative_id=initiative_id, owner_id=owner_id))
        if open_only:
            where.append(m.status.in_(ACTION_STATUSES.having(Rule.OPEN)))  # type: ignore[attr-defined]
        if due_before:
            where.append(m.due_date <= due_before)  # type: ignore[operator]
        if due_from:
            where.append(m.due_date >= due_from)  # type: ignore[operator]
        return self._query(*where)

    def overdue(self, today: date | None = None) -> builtins.list[dto.Action]:
        day = today or date.today()
        return [a for a in self.list(open_only=True) if a.is_overdue(day)]

    def mark_done(self, id_: object, on: date | None = None) -> dto.Action:
        return self.update(id_, status="udfoert", done_on=on or date.today())


class Relationships(EntityService[
        models.RelationshipAssessment, dto.RelationshipAssessment, inputs.RelationshipFields]):
    """Relationship assessments on the ladder kendskab → respekt → tillid (1–10 each)."""

    noun_da = "relationsvurderingen"
    order_by: ClassVar[tuple[str, ...]] = ("assessed_on", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.RelationshipAssessment | None
              ) -> Clean:
        org_a, org_b = data.get("org_a_id"), data.get("org_b_id")
        person_a, person_b = data.get("person_a_id"), data.get("person_b_id")
        if org_a or org_b:
            if person_a or person_b:
                raise ValidationError("org_a_id", _("Vurder enten to organisationer eller to "
                                                    "personer – ikke en blanding."))
            a = self.ref(s, models.Organisation, org_a, "org_a_id", "organisation (part A)")
            b = self.ref(s, models.Organisation, org_b, "org_b_id", "organisation (part B)")
        else:
            a = self.ref(s, models.Person, person_a, "person_a_id", "person (part A)")
            b = self.ref(s, models.Person, person_b, "person_b_id", "person (part B)")
        if a == b:
            raise ValidationError("org_b_id", _("En relation kræver to forskellige parter."))
        is_org = bool(org_a or org_b)
        return {
            "initiative_id": self.initiative_ref(s, data, required=False),
            "org_a_id": a if is_org else None,
            "org_b_id": b if is_org else None,
            "person_a_id": None if is_org else a,
            "person_b_id": None if is_org else b,
            "assessed_on": date_or_today(data, "assessed_on"),
            "kendskab": rules.validate_score(data.get("kendskab"), "kendskab"),
            "respekt": rules.validate_score(data.get("respekt"), "respekt"),
            "tillid": rules.validate_score(data.get("tillid"), "tillid"),
            "note": optional_text(data.get("note")),
            "assessed_by": optional_text(data.get("assessed_by") or self.services.author, 300),
        }

    def list(self, *, initiative_id: uuid.UUID | None = None,
             party_id: uuid.UUID | None = None) -> builtins.list[dto.RelationshipAssessment]:
        m = models.RelationshipAssessment
        where = self._equal(initiative_id=initiative_id)
        if party_id:
            where.append(or_(col(m.org_a_id) == party_id, col(m.org_b_id) == party_id,
                             col(m.person_a_id) == party_id, col(m.person_b_id) == party_id))
        return self._query(*where)

    def latest_per_pair(self, keep: int = 2, within: Collection[uuid.UUID] | None = None
                        ) -> builtins.list[dto.RelationshipAssessment]:
        """The ``keep`` latest assessments of every pair of parties in every initiative (or
        in those ``within``), in the order of :meth:`list`. The Overblik's stage and trend
        need no more, and a whole history as DTOs is heavy (50,000 assessments: ~75 MB);
        only ids and parties are read for the rest."""
        m = models.RelationshipAssessment

        def raw(*columns: Any) -> Any:  # ids as stored: no UUID objects for 50,000 rows
            return type_coerce(func.coalesce(*columns) if len(columns) > 1 else columns[0],
                               String)

        stmt = self._select(*self._among("initiative_id", within)).with_only_columns(
            raw(m.id), raw(m.initiative_id), raw(m.org_a_id, m.person_a_id),
            raw(m.org_b_id, m.person_b_id))
        latest: dict[tuple[Any, Any, Any], deque[Any]] = {}
        with self.ws.read() as s:
            # Core rows, streamed: the ORM would buffer every row first
            for id_, initiative_id, a, b in s.connection().execute(stmt):
                key = (initiative_id, a, b) if str(a) <= str(b) else (initiative_id, b, a)
                ids = latest.get(key)
                if ids is None:
                    ids = latest[key] = deque(maxlen=keep)
                ids.append(id_)
        found: builtins.list[dto.RelationshipAssessment] = []
        for chunk in chunked(uuids_from_db([i for ids in latest.values() for i in ids])):
            found += self._query(col(m.id).in_(chunk))
        return sorted(found, key=lambda r: (r.assessed_on, r.created_at))

    def by_pair(self, initiative_id: uuid.UUID | None = None
                ) -> dict[tuple[uuid.UUID, uuid.UUID], builtins.list[dto.RelationshipAssessment]]:
        """Assessment series per pair of parties, oldest first."""
        series: dict[tuple[uuid.UUID, uuid.UUID], list[dto.RelationshipAssessment]] = (
            defaultdict(list))
        for a in self.list(initiative_id=initiative_id):
            series[a.pair].append(a)
        return dict(series)


class Plagues(EntityService[models.PlagueAssessment, dto.PlagueAssessment, inputs.PlagueFields]):
    noun_da = "plagevurderingen"
    order_by: ClassVar[tuple[str, ...]] = ("assessed_on", "plague")

    def clean(self, s: Session, data: Clean, existing: models.PlagueAssessment | None) -> Clean:
        plague = PLAGUES.get(str(data.get("plague") or ""), "plague")
        return {
            "initiative_id": self.initiative_ref(s, data),
            "plague": plague.code,
            "assessed_on": date_or_today(data, "assessed_on"),
            "severity": rules.validate_range(data.get("severity"), "severity", 0, 3, "Alvor"),
            "note": optional_text(data.get("note")),
            "mitigation": optional_text(data.get("mitigation")),
            "owner_id": self.ref(s, models.Person, data.get("owner_id"), "owner_id", "ansvarlig",
                                 required=False),
        }

    def list(self, initiative_id: uuid.UUID | None = None, *,
             within: Collection[uuid.UUID] | None = None) -> list[dto.PlagueAssessment]:
        return self._query(*self._among("initiative_id", within),
                           *self._equal(initiative_id=initiative_id))

    def latest(self, initiative_id: uuid.UUID) -> dict[str, dto.PlagueAssessment]:
        """The newest assessment of each plague for an initiative."""
        return {a.plague: a for a in self.list(initiative_id)}


class Barriers(EntityService[
        models.BarrierAssessment, dto.BarrierAssessment, inputs.BarrierFields]):
    noun_da = "barrierevurderingen"
    order_by: ClassVar[tuple[str, ...]] = ("assessed_on", "barrier")

    def clean(self, s: Session, data: Clean, existing: models.BarrierAssessment | None) -> Clean:
        return {
            "initiative_id": self.initiative_ref(s, data),
            "barrier": BARRIERS.get(str(data.get("barrier") or ""), "barrier").code,
            "assessed_on": date_or_today(data, "assessed_on"),
            "impact": rules.validate_range(data.get("impact"), "impact", 0, 3, "Betydning"),
            "escalation_level": code(ESCALATION_LEVELS,
                                     data.get("escalation_level") or ESCALATION_LEVELS.default,
                                     "escalation_level"),
            "ask": optional_text(data.get("ask")),
            "ask_to": optional_text(data.get("ask_to"), 300),
            "status": code(BARRIER_STATUSES, data.get("status") or BARRIER_STATUSES.default,
                           "status"),
        }

    def after_write(self, s: Session, row: models.BarrierAssessment, data: Clean) -> None:
        self.services.asks.sync_barrier(s, row)

    def list(self, initiative_id: uuid.UUID | None = None, *,
             within: Collection[uuid.UUID] | None = None) -> list[dto.BarrierAssessment]:
        return self._query(*self._among("initiative_id", within),
                           *self._equal(initiative_id=initiative_id))

    def latest(self, initiative_id: uuid.UUID) -> dict[str, dto.BarrierAssessment]:
        return {a.barrier: a for a in self.list(initiative_id)}


class Indicators(EntityService[models.Indicator, dto.Indicator, inputs.IndicatorFields]):
    noun_da = "indikatoren"
    order_by: ClassVar[tuple[str, ...]] = ("name",)

    def clean(self, s: Session, data: Clean, existing: models.Indicator | None) -> Clean:
        return {
            "initiative_id": self.initiative_ref(s, data),
            "name": rules.require_text(data.get("name"), "name", "Navn", 300),
            "unit": optional_text(data.get("unit"), 64),
            "direction": code(DIRECTIONS, data.get("direction") or DIRECTIONS.default, "direction"),
            "baseline": _number(data.get("baseline"), "baseline", "Udgangspunkt"),
            "target": _number(data.get("target"), "target", "Mål"),
            "description": optional_text(data.get("description")),
            "target_date": optional_date(data.get("target_date"), "target_date"),
            "parties": self.refs(s, models.Organisation, data.get("parties") or (),
                                 "parties", "part"),
        }

    # -- the indicator's parties (services/indicator_parties.py) ---------------------------
    def current_extra(self, s: Session, row: models.Indicator) -> Clean:
        return {"parties": parts.parties_of(s, [row.id]).get(row.id, ())}

    def after_write(self, s: Session, row: models.Indicator, data: Clean) -> None:
        parts.check_dropped(s, row.id, data["parties"])
        parts.write_parties(s, row.id, data["parties"])

    def written_dto(self, s: Session, row: models.Indicator, data: Clean) -> dto.Indicator:
        return self._dto_from(row, {"parties": tuple(data["parties"])})

    def to_dto(self, s: Session, row: Any) -> dto.Indicator:
        return self.to_dtos(s, [row])[0]

    def to_dtos(self, s: Session, rows: Sequence[Any]) -> builtins.list[dto.Indicator]:
        found = parts.parties_of(s, [r.id for r in rows])
        return [self._dto_from(r, {"parties": found.get(r.id, ())}) for r in rows]

    def list(self, initiative_id: uuid.UUID | None = None) -> list[dto.Indicator]:
        return self._query(*self._equal(initiative_id=initiative_id))


class Measurements(EntityService[models.Measurement, dto.Measurement, inputs.MeasurementFields]):
    noun_da = "målingen"
    order_by: ClassVar[tuple[str, ...]] = ("measured_on",)

    def clean(self, s: Session, data: Clean, existing: models.Measurement | None) -> Clean:
        value = _number(data.get("value"), "value", "Værdi")
        if value is None:
            raise ValidationError("value", _("Værdi skal udfyldes."))
        indicator_id = self.ref(s, models.Indicator, data.get("indicator_id"),
                                "indicator_id", "indikator")
        party = self.ref(s, models.Organisation, data.get("organisation_id"),
                         "organisation_id", "part", required=False)
        parts.check_party(s, indicator_id, party)
        return {
            "indicator_id": indicator_id,
            "measured_on": date_or_today(data, "measured_on"),
            "value": value,
            "source": optional_text(data.get("source"), 300),
            "organisation_id": party,
        }

    def list(self, indicator_id: uuid.UUID, *,
             with_parties: bool = False) -> list[dto.Measurement]:
        """The indicator's measurements for the whole population, oldest first; with
        ``with_parties`` each party's too (split them with services.indicator_parties)."""
        where: builtins.list[Any] = [models.Measurement.indicator_id == indicator_id]
        if not with_parties:
            where.append(col(models.Measurement.organisation_id).is_(None))
        return self._query(*where)


def _number(value: object, field: str, label_da: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(field, _("{label} skal være et tal.", label=_(label_da)))
    if isinstance(value, int | float):
        return float(value)
    try:
        return numbers.parse(str(value))  # "16,5", "18 %", "1.234,5"
    except numbers.NumberError as exc:
        raise ValidationError(field, _("{label} skal være et tal, fx 16,5 eller 18 % (fik "
                                       "'{value}').", label=_(label_da), value=value)) from exc

