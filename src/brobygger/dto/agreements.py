"""The agreement records and views the services hand out (issue 17): plain frozen records,
importable by the reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from brobygger.dto import RecordDTO

__all__ = ["Agreement", "AgreementBriefData", "AgreementEntry", "AgreementLine",
           "AgreementSummary", "BriefAgreement", "Deviation", "Finding", "TaskTransfer",
           "TransferView"]


@dataclass(frozen=True, slots=True)
class Agreement(RecordDTO):
    series_id: uuid.UUID
    supersedes_id: uuid.UUID | None
    kind: str
    title: str
    version_label: str
    status: str
    forum_id: uuid.UUID | None
    in_force_from: date | None
    in_force_to: date | None
    review_on: date | None
    owner_id: uuid.UUID | None
    document_ref: str
    summary: str
    parties: tuple[uuid.UUID, ...] = ()
    initiative_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class Deviation(RecordDTO):
    agreement_id: uuid.UUID
    observed_on: date
    title: str
    theme: str
    rule: str
    reason: str
    effect: str
    proposal: str
    recorded_by: str


@dataclass(frozen=True, slots=True)
class AgreementEntry(RecordDTO):
    agreement_id: uuid.UUID
    entry_id: uuid.UUID
    deviation_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class EntryLink:
    """A linked log entry as the Aftaler view shows it (``id``: the link's)."""

    id: uuid.UUID
    agreement_id: uuid.UUID
    entry_id: uuid.UUID
    entry_date: date
    entry_title: str
    deviation: str


@dataclass(frozen=True, slots=True)
class TaskTransfer(RecordDTO):
    agreement_id: uuid.UUID | None
    initiative_id: uuid.UUID | None
    task: str
    from_org_id: uuid.UUID | None
    from_profession: str
    to_org_id: uuid.UUID | None
    to_profession: str
    competencies: str
    assurance: str
    medical_org_id: uuid.UUID | None
    medical_person_id: uuid.UUID | None
    medical_responsible: str
    indicator_id: uuid.UUID | None
    monitoring: str
    transferred_on: date | None


@dataclass(frozen=True, slots=True)
class TransferView:
    """A task transfer with names resolved; ``medical`` is '' when no one is named
    (``flagged``)."""

    transfer: TaskTransfer
    from_party: str
    to_party: str
    medical: str
    indicator: str
    agreement: str
    flagged: bool

    @property
    def id(self) -> uuid.UUID:
        return self.transfer.id


@dataclass(frozen=True, slots=True)
class AgreementLine:
    """One row of the register: the current version of an agreement series."""

    agreement: Agreement
    versions: int
    parties: tuple[str, ...]
    forum: str
    owner: str
    deviations: int
    transfers_flagged: int
    review_due: bool
    in_force: bool

    @property
    def id(self) -> uuid.UUID:
        """The shown version's id (views select rows by it)."""
        return self.agreement.id


@dataclass(frozen=True, slots=True)
class AgreementSummary:
    """The status brief's line "Aftaler: i kraft, til revision, afvigelser i perioden"."""

    in_force: int
    review_due: int
    deviations: int
    flagged_transfers: int

    def text(self) -> str:
        """The line in the current language (Danish by default)."""
        from brobygger.domain.i18n import _, ngettext

        text = _("{in_force} i kraft, {due} til revision, {deviations} afvigelser i perioden",
                 in_force=self.in_force, due=self.review_due, deviations=self.deviations)
        if self.flagged_transfers:
            text += "; " + ngettext("{n} opgaveoverdragelse uden lægeligt ansvarlig",
                                    "{n} opgaveoverdragelser uden lægeligt ansvarlig",
                                    self.flagged_transfers)
        return text


@dataclass(frozen=True, slots=True)
class BriefAgreement:
    """One agreement series in the follow-up brief: the version in force on the brief's
    end date (else the newest), every version, deviations by theme, transfers, linked
    indicators (name, unit, latest value, target) and the questions for the revision."""

    shown: Agreement
    in_force_on_end: bool
    versions: tuple[Agreement, ...]
    parties: tuple[str, ...]
    forum: str
    owner: str
    initiatives: tuple[str, ...]
    deviations_by_theme: tuple[tuple[str, tuple[Deviation, ...]], ...]
    transfers: tuple[TransferView, ...]
    indicators: tuple[tuple[str, str, str, str], ...]
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """A content finding of ``brobygger-cli review``."""

    kind: str        # "uden_laegeligt_ansvar", "revision_overskredet", …
    entity: str
    record_id: uuid.UUID
    text: str


@dataclass(frozen=True, slots=True)
class AgreementBriefData:
    """Everything the agreement follow-up brief shows: one agreement or all of a forum's,
    for the period ``start``..``end`` (the version shown is the one in force on ``end``)."""

    subject: str
    start: date
    end: date
    agreements: tuple[BriefAgreement, ...]
    example: bool = False
