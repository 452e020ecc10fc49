"""Code lists and pure rules for agreements (issue 17): the kinds of written agreement
cross-sector work runs on, an agreement's life cycle, and the rules every part of the app
checks them with (in force on a day, due for review, a task transfer without a medical
responsible).

"Der er regler i aftalerne, som ledere og medarbejdere er nødt til at bryde" (004): a
deviation is recorded, not hidden – its theme groups it in the yearly follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from brobygger.domain.codelist import Catalogue, _item


class AgreementKind(StrEnum):
    SUNDHEDSAFTALE = "sundhedsaftale"
    SAMARBEJDSAFTALE = "samarbejdsaftale"
    FORLOEBSBESKRIVELSE = "forloebsbeskrivelse"
    OPGAVEBESKRIVELSE = "opgavebeskrivelse"
    OPGAVEOVERDRAGELSE = "opgaveoverdragelse"
    DRIFTSAFTALE = "driftsaftale"
    LOKAL_AFTALE = "lokal_aftale"


AGREEMENT_KINDS: Catalogue[AgreementKind] = Catalogue("agreement_kinds", AgreementKind, [
    _item("sundhedsaftale", "Sundhedsaftale", "Health agreement",
          "Den politiske aftale mellem region og kommuner om samarbejdet på sundhedsområdet."),
    _item("samarbejdsaftale", "Samarbejdsaftale", "Cooperation agreement",
          "Opgaver, snitflader og forpligtelser på tværs, fx om indlæggelse og udskrivelse."),
    _item("forloebsbeskrivelse", "Forløbsbeskrivelse", "Pathway description",
          "Et fælles forløb for en patientgruppe; godkendes af sundhedsrådet."),
    _item("opgavebeskrivelse", "Opgavebeskrivelse", "Task description",
          "Hvem gør hvad i en afgrænset opgave."),
    _item("opgaveoverdragelse", "Opgaveoverdragelse", "Task transfer",
          "En opgave flyttes fra én part til en anden, fx IV-behandling fra hospital til "
          "kommune."),
    _item("driftsaftale", "Driftsaftale", "Operating agreement",
          "Rammerne for et fælles tilbud i drift, fx et fælles hus."),
    _item("lokal_aftale", "Lokal aftale", "Local agreement",
          "En aftale mellem de lokale ledere."),
], title_da="aftaletype")


class AgreementStatus(StrEnum):
    UDKAST = "udkast"
    GODKENDT = "godkendt"
    I_KRAFT = "i_kraft"
    TIL_REVISION = "til_revision"
    UDLOEBET = "udloebet"


AGREEMENT_STATUSES: Catalogue[AgreementStatus] = Catalogue(
    "agreement_statuses", AgreementStatus, [
        _item("udkast", "Udkast", "Draft", "Aftalen er under udarbejdelse."),
        _item("godkendt", "Godkendt", "Approved", "Aftalen er godkendt, men ikke trådt i kraft."),
        _item("i_kraft", "I kraft", "In force", "Aftalen gælder."),
        _item("til_revision", "Til revision", "Under review",
              "Aftalen gælder, men revideres."),
        _item("udloebet", "Udløbet", "Expired",
              "Aftalen gælder ikke længere (udløbet eller afløst af en ny version)."),
    ], title_da="aftalens status")

# The statuses of an agreement that applies (or is about to): THE definition the register,
# the status brief, Min uge, the agenda builder and the CLI count with.
LIVE_STATUSES: frozenset[str] = frozenset({"godkendt", "i_kraft", "til_revision"})
REVIEW_HORIZON_DAYS = 30


@dataclass(frozen=True, slots=True)
class Validity:
    """The dates that decide whether a version applies on a day."""

    status: str
    in_force_from: date | None
    in_force_to: date | None


def in_force_on(a: Validity, day: date) -> bool:
    """Whether the version applies on ``day``: approved or later (not a draft, not
    expired by status), and ``day`` within its in-force dates (open ends allowed; an
    approved agreement with no start date is not yet in force)."""
    if a.status not in LIVE_STATUSES and a.status != "udloebet":
        return False
    if a.in_force_from is None or a.in_force_from > day:
        return False
    if a.in_force_to is not None and a.in_force_to < day:
        return False
    return a.status != "udloebet" or a.in_force_to is not None


def review_due(status: str, review_on: date | None, day: date,
               horizon_days: int = REVIEW_HORIZON_DAYS) -> bool:
    """Due for review: a live agreement whose review date is within ``horizon_days`` of
    ``day`` (or passed), or one whose status already says *til revision*."""
    if status not in LIVE_STATUSES:
        return False
    if status == "til_revision":
        return True
    return review_on is not None and review_on <= day + timedelta(days=horizon_days)


def lacks_medical_responsible(text: str, org_id: object | None, person_id: object | None
                              ) -> bool:
    """A task transfer that names no one holding the medical responsibility (the
    *gråzoner* plague): flagged in the register, the status brief and ``review``."""
    return not (text or "").strip() and org_id is None and person_id is None
