"""What every stored field is called – one list for the history, the merge conflicts, the
GDPR export, the privacy scan and the error messages.

The labels are Danish (the source language), marked with ``N_`` for the core's gettext
catalogue (:mod:`brobygger.domain.i18n`); :func:`field_label` gives one in the current
language (English in the English UI).
"""

from __future__ import annotations

from brobygger.domain.i18n import N_, _


def _field(context: str, text: str) -> str:
    """The old marker (before gettext), kept so a branch adding a field still works; the
    extractor reads it too. Write ``N_("…")`` in new code."""
    return text

FIELD_LABELS_DA: dict[str, str] = {
    # texts
    "name": N_("Navn"),
    "title": N_("Titel"),
    "body": N_("Tekst"),
    "notes": N_("Noter"),
    "note": N_("Note"),
    "tags": N_("Mærker"),
    "purpose": N_("Formål"),
    "trigger": N_("Brændende platform"),
    "mitigation": N_("Modtræk"),
    "ask": N_("Hvad der bedes om"),
    "ask_to": N_("Hvem der spørges"),
    "escalated_to": N_("Eskaleret til"),
    "author": N_("Forfatter"),
    "assessed_by": N_("Vurderet af"),
    "role": N_("Rolle"),
    "phone": N_("Telefon"),
    "email": N_("E-mail"),
    "unit": N_("Enhed"),
    "description": N_("Beskrivelse"),
    "source": N_("Kilde"),
    # the log and initiatives
    "entry_date": N_("Dato"),
    "type": N_("Type"),
    "initiative_id": N_("Initiativ"),
    "decision_status": N_("Beslutningens status"),
    "escalation_level": N_("Eskaleret til niveau"),
    "participants": N_("Deltagere"),
    "plagues": N_("Plager"),
    "barriers": N_("Barrierer"),
    "plague": N_("Plage"),
    "barrier": N_("Barriere"),
    "status": N_("Status"),
    "parent_id": N_("Overordnet"),
    "start_date": N_("Start"),
    "end_date": N_("Slut"),
    "formalisation": N_("Formalisering"),
    "meaning": N_("Fælles mening"),
    "cornerstones": N_("Hjørnesten"),
    "readiness": N_("Parathed"),
    # people and organisations
    "organisation_id": N_("Organisation"),
    "organisation_name": N_("Organisation"),
    "person_id": N_("Person"),
    "level": N_("Niveau"),
    "sector": N_("Sektor"),
    "is_champion": N_("Ildsjæl"),
    "active_from": N_("Aktiv fra"),
    "active_to": N_("Aktiv til"),
    # actions
    "owner_id": N_("Ansvarlig"),
    "due_date": N_("Frist"),
    "done_on": N_("Udført"),
    "source_entry_id": N_("Fra logindførsel"),
    # assessments and results
    "org_a_id": N_("Part A"),
    "org_b_id": N_("Part B"),
    "person_a_id": N_("Part A"),
    "person_b_id": N_("Part B"),
    "assessed_on": N_("Vurderet den"),
    "kendskab": N_("Kendskab"),
    "respekt": N_("Respekt"),
    "tillid": N_("Tillid"),
    "severity": N_("Alvor"),
    "impact": N_("Betydning"),
    "direction": N_("Retning"),
    "baseline": N_("Udgangspunkt"),
    "target": N_("Mål"),
    "target_date": N_("Måldato"),
    "indicator_id": N_("Indikator"),
    "measured_on": N_("Målt den"),
    "value": N_("Værdi"),
    # asks, readiness answers and self-reviews (issue 15)
    "reason": N_("Hvorfor"),
    "raised_on": N_("Rejst den"),
    "raised_by": N_("Rejst af"),
    "addressee": N_("Til"),
    "addressee_org_id": N_("Modtagerorganisation"),
    "addressee_person_id": N_("Modtager"),
    "addressee_forum_id": N_("Modtagerforum"),
    "answer": N_("Svar"),
    "answered_on": N_("Besvaret den"),
    "answered_by": N_("Besvaret af"),
    "closed_on": N_("Lukket den"),
    "barrier_assessment_id": N_("Barrierevurdering"),
    "entry_id": N_("Logindførsel"),
    "reflection": N_("Eftertanke"),
    "topic": N_("Emne"),
    "reviewed_on": N_("Dato"),
    "shared": N_("Delt"),
    # agreements, deviations and task transfers (issue 17)
    "series_id": N_("Aftale (alle versioner)"),
    "supersedes_id": N_("Afløser version"),
    "kind": N_("Type"),
    "version_label": N_("Version"),
    "forum_id": N_("Godkendt af forum"),
    "in_force_from": N_("I kraft fra"),
    "in_force_to": N_("I kraft til"),
    "review_on": N_("Revideres senest"),
    "document_ref": N_("Dokument"),
    "summary": N_("Resumé"),
    "parties": N_("Parter"),
    "initiative_ids": N_("Initiativer"),
    "agreement_id": N_("Aftale"),
    "observed_on": N_("Observeret den"),
    "theme": N_("Tema"),
    "rule": N_("Reglen"),
    "effect": N_("Kostede eller sparede"),
    "proposal": N_("Hvad bør ændres"),
    "recorded_by": N_("Registreret af"),
    "deviation_id": N_("Afvigelse"),
    "task": N_("Opgave"),
    "from_org_id": N_("Fra organisation"),
    "from_profession": N_("Fra faggruppe"),
    "to_org_id": N_("Til organisation"),
    "to_profession": N_("Til faggruppe"),
    "competencies": N_("Krævede kompetencer"),
    "assurance": N_("Sådan sikres kompetencerne"),
    "medical_org_id": N_("Lægeligt ansvar (organisation)"),
    "medical_person_id": N_("Lægeligt ansvar (person)"),
    "medical_responsible": N_("Lægeligt ansvarlig"),
    "monitoring": N_("Monitorering"),
    "transferred_on": N_("Overdraget den"),
    # every record
    "created_at": N_("Oprettet"),
    "updated_at": N_("Senest ændret"),
    "deleted_at": N_("Slettet"),
}


def field_label_da(field: str) -> str:
    """The Danish label of ``field`` (the field's own name when it has none)."""
    return FIELD_LABELS_DA.get(field, field)


def field_label(field: str) -> str:
    """The label of ``field`` in the current language (the field's own name when it has
    none)."""
    label = FIELD_LABELS_DA.get(field)
    return _(label) if label else field
