"""The eight reflections for top management answered per initiative (a readiness
checklist), a leader's private self-review of the three chief tasks and three
competencies, and the settings the briefs read (staleness, the last brief made)."""

from __future__ import annotations

import builtins
import uuid
from datetime import date, timedelta
from typing import Any, ClassVar

from sqlmodel import Session

from brobygger.domain import rules
from brobygger.domain.catalogue import CHIEF_TASKS, COMPETENCIES, READINESS_ANSWERS, REFLECTIONS
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.dto import ReadinessSummary as ReadinessSummary
from brobygger.services import dto, inputs
from brobygger.services.base import Clean, EntityService
from brobygger.services.values import code, date_or_today, optional_text
from brobygger.store import models

STALE_MONTHS_KEY = "stale_after_months"
DEFAULT_STALE_MONTHS = 6
LAST_BRIEF_KEY = "last_brief:"  # + initiative id -> ISO date of the last status brief
UNANSWERED_AFTER_DAYS = 365

SELF_REVIEW_PRIVACY_DA = (
    "Din selvevaluering er privat: den kommer ikke med i notater eller udvekslingsfiler, "
    "medmindre du selv vælger det. Ligger arbejdsområdet på en fælles server, kan "
    "databasens administratorer dog læse den.")


class ReadinessAnswers(EntityService[
        models.ReadinessAnswer, dto.ReadinessAnswer, inputs.ReadinessAnswerFields]):
    noun_da = "svaret på eftertanken"
    order_by: ClassVar[tuple[str, ...]] = ("answered_on", "created_at")

    def clean(self, s: Session, data: Clean, existing: models.ReadinessAnswer | None) -> Clean:
        return {
            "initiative_id": self.initiative_ref(s, data),
            "reflection": code(REFLECTIONS, data.get("reflection") or "", "reflection"),
            "answer": code(READINESS_ANSWERS, data.get("answer") or "", "answer"),
            "note": optional_text(data.get("note")),
            "answered_on": date_or_today(data, "answered_on"),
        }

    def list(self, initiative_id: uuid.UUID) -> builtins.list[dto.ReadinessAnswer]:
        return self._query(models.ReadinessAnswer.initiative_id == initiative_id)

    def checklist(self, initiative_id: uuid.UUID) -> dict[str, dto.ReadinessAnswer]:
        """The newest answer per reflection (reflections never answered are absent)."""
        return {a.reflection: a for a in self.list(initiative_id)}

    def set(self, initiative_id: uuid.UUID, reflection: str, answer: str, note: str = "",
            answered_on: date | str | None = None) -> dto.ReadinessAnswer:
        """Answer a reflection: update the current answer, or record the first one."""
        current = self.checklist(initiative_id).get(code(REFLECTIONS, reflection, "reflection"))
        values: dict[str, Any] = {"answer": answer, "note": note,
                                  "answered_on": answered_on or date.today()}
        if current is None:
            return self.create(initiative_id=initiative_id, reflection=reflection, **values)
        return self.update(current.id, **values)


def readiness_summary(answers: dict[str, dto.ReadinessAnswer], today: date
                      ) -> ReadinessSummary:
    cutoff = today - timedelta(days=UNANSWERED_AFTER_DAYS)
    fresh = {k: a for k, a in answers.items() if a.answered_on >= cutoff}
    stale = tuple(r.code for r in REFLECTIONS if r.code not in fresh)
    last = max((a.answered_on for a in answers.values()), default=None)
    return ReadinessSummary(answers, len(fresh), last, stale)


_TOPICS = {item.code for item in CHIEF_TASKS} | {item.code for item in COMPETENCIES}


class SelfReviews(EntityService[models.SelfReview, dto.SelfReview, inputs.SelfReviewFields]):
    """A leader's own dated notes on the three chief tasks and three competencies.
    Private by default (``shared`` False): never in a bundle; in a brief only if shared."""

    noun_da = "selvevalueringen"
    order_by: ClassVar[tuple[str, ...]] = ("reviewed_on", "topic")

    def clean(self, s: Session, data: Clean, existing: models.SelfReview | None) -> Clean:
        topic = str(data.get("topic") or "")
        if topic not in _TOPICS:
            raise ValidationError("topic", _("Vælg en af chefens tre opgaver eller tre "
                                             "kompetencer."))
        return {
            "person_id": self.ref(s, models.Person, data.get("person_id"), "person_id",
                                  "person"),
            "topic": topic,
            "reviewed_on": date_or_today(data, "reviewed_on"),
            "note": rules.require_text(data.get("note"), "note", "Note", 20_000),
            "shared": bool(data.get("shared", False)),
        }

    def list(self, person_id: uuid.UUID, *, shared_only: bool = False
             ) -> builtins.list[dto.SelfReview]:
        found = self._query(models.SelfReview.person_id == person_id)
        return [r for r in found if r.shared] if shared_only else found

    def latest(self, person_id: uuid.UUID, *, shared_only: bool = False
               ) -> dict[str, dto.SelfReview]:
        return {r.topic: r for r in self.list(person_id, shared_only=shared_only)}


class BriefSettings:
    """Settings the briefs read, kept in the workspace."""

    def __init__(self, services: Any) -> None:
        self.svc = services

    def stale_months(self) -> int:
        raw = self.svc.ws.get_meta(STALE_MONTHS_KEY, "")
        return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_STALE_MONTHS

    def set_stale_months(self, months: int) -> None:
        if not 1 <= int(months) <= 60:
            raise ValidationError("stale_after_months",
                                  _("Vælg et antal måneder mellem 1 og 60."))
        with self.svc.unit_of_work() as uow:
            uow.set_meta(STALE_MONTHS_KEY, str(int(months)))

    def stale_cutoff(self, today: date) -> date:
        """Assessments from before this day are shown as 'ikke vurderet siden …'."""
        months = self.stale_months()
        year, month = divmod(today.month - 1 - months, 12)
        day = min(today.day, 28)
        return date(today.year + year, month + 1, day)

    def last_brief(self, initiative_id: uuid.UUID) -> date | None:
        raw = self.svc.ws.get_meta(f"{LAST_BRIEF_KEY}{initiative_id}", "")
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    def remember_brief(self, initiative_id: uuid.UUID, day: date) -> None:
        with self.svc.unit_of_work() as uow:
            uow.set_meta(f"{LAST_BRIEF_KEY}{initiative_id}", day.isoformat())

    def default_period_start(self, initiative: dto.Initiative) -> date | None:
        """Since the last brief for this initiative, or its start."""
        return self.last_brief(initiative.id) or initiative.start_date
