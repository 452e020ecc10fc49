"""What every stored field is called – one list for the history, the merge conflicts, the
GDPR export, the privacy scan and the error messages.

The labels are Danish (the source language). ``_field("fields", …)`` marks each for the
translation tool (``make translations`` reads this module), so the UI shows them in English
with ``QCoreApplication.translate("fields", label)``.
"""

from __future__ import annotations


def _field(context: str, text: str) -> str:
    """A marker for the translation tool; returns ``text`` unchanged."""
    return text


FIELD_LABELS_DA: dict[str, str] = {
    # texts
    "name": _field("fields", "Navn"),
    "title": _field("fields", "Titel"),
    "body": _field("fields", "Tekst"),
    "notes": _field("fields", "Noter"),
    "note": _field("fields", "Note"),
    "tags": _field("fields", "Mærker"),
    "purpose": _field("fields", "Formål"),
    "trigger": _field("fields", "Brændende platform"),
    "mitigation": _field("fields", "Modtræk"),
    "ask": _field("fields", "Hvad der bedes om"),
    "ask_to": _field("fields", "Hvem der spørges"),
    "escalated_to": _field("fields", "Eskaleret til"),
    "author": _field("fields", "Forfatter"),
    "assessed_by": _field("fields", "Vurderet af"),
    "role": _field("fields", "Rolle"),
    "phone": _field("fields", "Telefon"),
    "email": _field("fields", "E-mail"),
    "unit": _field("fields", "Enhed"),
    "description": _field("fields", "Beskrivelse"),
    "source": _field("fields", "Kilde"),
    # the log and initiatives
    "entry_date": _field("fields", "Dato"),
    "type": _field("fields", "Type"),
    "initiative_id": _field("fields", "Initiativ"),
    "decision_status": _field("fields", "Beslutningens status"),
    "escalation_level": _field("fields", "Eskaleret til niveau"),
    "participants": _field("fields", "Deltagere"),
    "plagues": _field("fields", "Plager"),
    "barriers": _field("fields", "Barrierer"),
    "plague": _field("fields", "Plage"),
    "barrier": _field("fields", "Barriere"),
    "status": _field("fields", "Status"),
    "parent_id": _field("fields", "Overordnet"),
    "start_date": _field("fields", "Start"),
    "end_date": _field("fields", "Slut"),
    "formalisation": _field("fields", "Formalisering"),
    "meaning": _field("fields", "Fælles mening"),
    "cornerstones": _field("fields", "Hjørnesten"),
    "readiness": _field("fields", "Parathed"),
    # people and organisations
    "organisation_id": _field("fields", "Organisation"),
    "organisation_name": _field("fields", "Organisation"),
    "person_id": _field("fields", "Person"),
    "level": _field("fields", "Niveau"),
    "sector": _field("fields", "Sektor"),
    "is_champion": _field("fields", "Ildsjæl"),
    "active_from": _field("fields", "Aktiv fra"),
    "active_to": _field("fields", "Aktiv til"),
    # actions
    "owner_id": _field("fields", "Ansvarlig"),
    "due_date": _field("fields", "Frist"),
    "done_on": _field("fields", "Udført"),
    "source_entry_id": _field("fields", "Fra logindførsel"),
    # assessments and results
    "org_a_id": _field("fields", "Part A"),
    "org_b_id": _field("fields", "Part B"),
    "person_a_id": _field("fields", "Part A"),
    "person_b_id": _field("fields", "Part B"),
    "assessed_on": _field("fields", "Vurderet den"),
    "kendskab": _field("fields", "Kendskab"),
    "respekt": _field("fields", "Respekt"),
    "tillid": _field("fields", "Tillid"),
    "severity": _field("fields", "Alvor"),
    "impact": _field("fields", "Betydning"),
    "direction": _field("fields", "Retning"),
    "baseline": _field("fields", "Udgangspunkt"),
    "target": _field("fields", "Mål"),
    "target_date": _field("fields", "Måldato"),
    "indicator_id": _field("fields", "Indikator"),
    "measured_on": _field("fields", "Målt den"),
    "value": _field("fields", "Værdi"),
    # asks, readiness answers and self-reviews (issue 15)
    "reason": _field("fields", "Hvorfor"),
    "raised_on": _field("fields", "Rejst den"),
    "raised_by": _field("fields", "Rejst af"),
    "addressee": _field("fields", "Til"),
    "addressee_org_id": _field("fields", "Modtagerorganisation"),
    "addressee_person_id": _field("fields", "Modtager"),
    "answer": _field("fields", "Svar"),
    "answered_on": _field("fields", "Besvaret den"),
    "answered_by": _field("fields", "Besvaret af"),
    "closed_on": _field("fields", "Lukket den"),
    "barrier_assessment_id": _field("fields", "Barrierevurdering"),
    "entry_id": _field("fields", "Logindførsel"),
    "reflection": _field("fields", "Eftertanke"),
    "topic": _field("fields", "Emne"),
    "reviewed_on": _field("fields", "Dato"),
    "shared": _field("fields", "Delt"),
    # every record
    "created_at": _field("fields", "Oprettet"),
    "updated_at": _field("fields", "Senest ændret"),
    "deleted_at": _field("fields", "Slettet"),
}


def field_label_da(field: str) -> str:
    """The Danish label of ``field`` (the field's own name when it has none)."""
    return FIELD_LABELS_DA.get(field, field)
