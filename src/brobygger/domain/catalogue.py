"""Fixed code lists (catalogues) from the cross-sector leadership framework.

Every catalogue pairs a :class:`~enum.StrEnum` (for typed code) with a tuple of
:class:`CatalogueItem` (for labels and explanations shown to the user). The codes are
stable identifiers stored in the database; labels may change freely.

The Danish descriptions are the app's own short explanations of the framework in
"Ledelse over grænser" (the seven plagues, the relationship ladder, …).

Import every list from here. The machinery is in :mod:`.codelist`, the framework's lists in
:mod:`.framework` and the app's own (statuses, entry types, levels, …) in :mod:`.workflow`.
"""

from __future__ import annotations

from typing import Any

from brobygger.domain.codelist import Catalogue, CatalogueItem, Rule
from brobygger.domain.framework import (
    BARRIERS,
    CHIEF_TASKS,
    COMPETENCIES,
    CORNERSTONES,
    FORMALISATION,
    GENERAL_BARRIERS,
    LADDER,
    MEANINGS,
    PLAGUES,
    REFLECTIONS,
    Barrier,
    ChiefTask,
    Competency,
    Cornerstone,
    FormalisationDimension,
    GeneralBarrier,
    LadderStep,
    Meaning,
    Plague,
    Reflection,
)
from brobygger.domain.reform import (
    INITIATIVE_KINDS,
    ORGANISATION_KINDS,
    PERSON_ROLES,
    InitiativeKind,
    OrganisationKind,
    PersonRole,
)
from brobygger.domain.workflow import (
    ACTION_STATUSES,
    ASK_LEVELS,
    ASK_STATUSES,
    BARRIER_STATUSES,
    DECISION_STATUSES,
    DIRECTIONS,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    INITIATIVE_STATUSES,
    LEVELS,
    MEMBER_ROLES,
    READINESS_ANSWERS,
    SECTORS,
    ActionStatus,
    AskLevel,
    AskStatus,
    BarrierStatus,
    DecisionStatus,
    Direction,
    EntryType,
    EscalationLevel,
    InitiativeStatus,
    Level,
    MemberRole,
    ReadinessAnswer,
    Sector,
)

__all__ = [
    "ACTION_STATUSES",
    "ASK_LEVELS",
    "ASK_STATUSES",
    "BARRIERS",
    "BARRIER_STATUSES",
    "CATALOGUES",
    "CHIEF_TASKS",
    "COMPETENCIES",
    "CORNERSTONES",
    "DECISION_STATUSES",
    "DIRECTIONS",
    "ENTRY_TYPES",
    "ESCALATION_LEVELS",
    "FORMALISATION",
    "GENERAL_BARRIERS",
    "INITIATIVE_KINDS",
    "INITIATIVE_STATUSES",
    "LADDER",
    "LEVELS",
    "MEANINGS",
    "MEMBER_ROLES",
    "ORGANISATION_KINDS",
    "PERSON_ROLES",
    "PLAGUES",
    "READINESS_ANSWERS",
    "REFLECTIONS",
    "SECTORS",
    "ActionStatus",
    "AskLevel",
    "AskStatus",
    "Barrier",
    "BarrierStatus",
    "Catalogue",
    "CatalogueItem",
    "ChiefTask",
    "Competency",
    "Cornerstone",
    "DecisionStatus",
    "Direction",
    "EntryType",
    "EscalationLevel",
    "FormalisationDimension",
    "GeneralBarrier",
    "InitiativeKind",
    "InitiativeStatus",
    "LadderStep",
    "Level",
    "Meaning",
    "MemberRole",
    "OrganisationKind",
    "PersonRole",
    "Plague",
    "ReadinessAnswer",
    "Reflection",
    "Rule",
    "Sector",
]


CATALOGUES: dict[str, Catalogue[Any]] = {
    c.name: c
    for c in (
        PLAGUES,
        BARRIERS,
        LADDER,
        CORNERSTONES,
        MEANINGS,
        FORMALISATION,
        LEVELS,
        SECTORS,
        ENTRY_TYPES,
        INITIATIVE_STATUSES,
        ESCALATION_LEVELS,
        REFLECTIONS,
        MEMBER_ROLES,
        DECISION_STATUSES,
        ACTION_STATUSES,
        BARRIER_STATUSES,
        DIRECTIONS,
        CHIEF_TASKS,
        COMPETENCIES,
        ASK_LEVELS,
        ASK_STATUSES,
        READINESS_ANSWERS,
        GENERAL_BARRIERS,
        ORGANISATION_KINDS,
        INITIATIVE_KINDS,
        PERSON_ROLES,
    )
}
