"""Typed keyword signatures of the agreement services (see :mod:`.inputs`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

from brobygger.services.inputs import Day, Id


class AgreementFields(TypedDict, total=False):
    series_id: Id
    supersedes_id: Id
    kind: str
    title: str
    version_label: str | None
    status: str | None
    forum_id: Id
    in_force_from: Day
    in_force_to: Day
    review_on: Day
    owner_id: Id
    document_ref: str | None
    summary: str | None
    parties: Iterable[Id] | None
    initiative_ids: Iterable[Id] | None


class DeviationFields(TypedDict, total=False):
    agreement_id: Id
    observed_on: Day
    title: str
    theme: str | None
    rule: str | None
    reason: str | None
    effect: str | None
    proposal: str | None
    recorded_by: str | None


class AgreementEntryFields(TypedDict, total=False):
    agreement_id: Id
    entry_id: Id
    deviation_id: Id


class TransferFields(TypedDict, total=False):
    agreement_id: Id
    initiative_id: Id
    task: str
    from_org_id: Id
    from_profession: str | None
    to_org_id: Id
    to_profession: str | None
    competencies: str | None
    assurance: str | None
    medical_org_id: Id
    medical_person_id: Id
    medical_responsible: str | None
    indicator_id: Id
    monitoring: str | None
    transferred_on: Day
