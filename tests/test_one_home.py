"""One home for every code, rule and label: the catalogue says which items count as what
and what a new record gets, an unknown code names its field, and one list names the
fields for the history, merge conflicts, the GDPR export and the CPR guard."""

from __future__ import annotations

import pytest

from brobygger.domain import fields
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    BARRIER_STATUSES,
    DIRECTIONS,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    INITIATIVE_STATUSES,
    LEVELS,
    MEMBER_ROLES,
    ActionStatus,
    BarrierStatus,
    EntryType,
    EscalationLevel,
    Rule,
)
from brobygger.domain.errors import ValidationError
from brobygger.dto import Action
from brobygger.dto.briefs import DECISION_TYPES, TOP_LEVELS
from brobygger.exchange import merge
from brobygger.services import Services, privacy
from brobygger.services.overview import OPEN_BARRIER_STATUSES
from brobygger.store import models


def test_catalogue_items_carry_their_rules() -> None:
    assert ENTRY_TYPES.having(Rule.DECISION) == (EntryType.BESLUTNING, EntryType.AFTALE)
    assert ACTION_STATUSES.having(Rule.OPEN) == (ActionStatus.AABEN, ActionStatus.I_GANG)
    assert BARRIER_STATUSES.having(Rule.OPEN) == (
        BarrierStatus.IDENTIFICERET, BarrierStatus.ESKALERET, BarrierStatus.UNDER_BEHANDLING)
    assert ESCALATION_LEVELS.having(Rule.TOP) == (
        EscalationLevel.TOPLEDELSE, EscalationLevel.POLITISK, EscalationLevel.NATIONALT)
    assert not ENTRY_TYPES.has("moede", Rule.DECISION)
    assert not ENTRY_TYPES.has("ukendt", Rule.DECISION) and not ENTRY_TYPES.has(None,
                                                                                 Rule.DECISION)
    # the modules that once kept their own lists now read the catalogue
    assert ENTRY_TYPES.having(Rule.DECISION) == DECISION_TYPES
    assert ESCALATION_LEVELS.having(Rule.TOP) == TOP_LEVELS
    assert BARRIER_STATUSES.having(Rule.OPEN) == OPEN_BARRIER_STATUSES


@pytest.mark.parametrize(("status", "is_open"), [("aaben", True), ("i_gang", True),
                                                 ("udfoert", False), ("annulleret", False)])
def test_an_action_is_open_by_the_catalogue(status: str, is_open: bool) -> None:
    action = Action.__new__(Action)
    object.__setattr__(action, "status", status)
    assert action.is_open() is is_open


@pytest.mark.parametrize(("model", "column", "catalogue"), [
    (models.Initiative, "status", INITIATIVE_STATUSES),
    (models.Person, "level", LEVELS),
    (models.InitiativeMember, "role", MEMBER_ROLES),
    (models.Action, "status", ACTION_STATUSES),
    (models.BarrierAssessment, "escalation_level", ESCALATION_LEVELS),
    (models.BarrierAssessment, "status", BARRIER_STATUSES),
    (models.Indicator, "direction", DIRECTIONS),
])
def test_the_model_default_is_the_catalogue_default(model: type, column: str,
                                                     catalogue: object) -> None:
    assert model.model_fields[column].default == catalogue.default  # type: ignore[attr-defined]


def test_services_give_the_catalogue_default(svc: Services) -> None:
    initiative = svc.initiatives.create(name="Uden status")
    assert initiative.status == INITIATIVE_STATUSES.default == "ide"
    action = svc.actions.create(title="Ring til kommunen", initiative_id=initiative.id)
    assert action.status == ACTION_STATUSES.default


@pytest.mark.parametrize(("service", "values", "field"), [
    ("initiatives", {"name": "X", "status": "nonsens"}, "status"),
    ("log", {"entry_date": "2026-01-01", "type": "fest", "title": "X"}, "type"),
    ("log", {"entry_date": "2026-01-01", "type": "beslutning", "title": "X",
             "decision_status": "glemt"}, "decision_status"),
    ("log", {"entry_date": "2026-01-01", "type": "moede", "title": "X",
             "barriers": ["mur"]}, "barriers"),
    ("actions", {"title": "X", "status": "snart"}, "status"),
    ("organisations", {"name": "X", "sector": "rummet"}, "sector"),
    ("people", {"name": "X", "level": "konge"}, "level"),
])
def test_an_unknown_code_names_its_field(svc: Services, service: str, values: dict[str, object],
                                         field: str) -> None:
    with pytest.raises(ValidationError) as err:
        getattr(svc, service).create(**values)
    assert err.value.field == field
    assert "Ukendt værdi" in err.value.message


def test_one_list_of_field_labels() -> None:
    assert merge.FIELD_LABELS is fields.FIELD_LABELS_DA
    assert privacy.field_label_da is fields.field_label_da
    assert fields.field_label_da("mitigation") == "Modtræk"  # once also "Afhjælpning"
    assert fields.field_label_da("org_a_id") == fields.field_label_da("person_a_id") == "Part A"
    assert fields.field_label_da("no_such_field") == "no_such_field"


@pytest.mark.parametrize("model", [
    models.Organisation, models.Person, models.Initiative, models.InitiativeParty,
    models.InitiativeMember, models.LogEntry, models.Action, models.RelationshipAssessment,
    models.PlagueAssessment, models.BarrierAssessment, models.Indicator, models.Measurement,
    models.Ask, models.ReadinessAnswer, models.SelfReview,
])
def test_every_field_a_user_edits_has_a_label(model: type) -> None:
    internal = {"id", "version", "workspace_id", "exchange_hash"}
    columns = set(model.model_fields) - internal  # type: ignore[attr-defined]
    missing = sorted(c for c in columns if c not in fields.FIELD_LABELS_DA)
    assert not missing, f"{model.__name__}: no label for {missing}"
