"""The agreement register (issue 17): versions, deviations, task transfers, reviews due,
validation with Danish messages, the audit trail."""

from __future__ import annotations

from datetime import date

import pytest

from brobygger.domain.errors import ValidationError
from brobygger.services import Services
from brobygger.services.agreements import agreement_warnings, is_flagged


def _base(svc: Services) -> tuple[object, object, object]:
    region = svc.organisations.create(name="Region Syddanmark", sector="region_hospital")
    odense = svc.organisations.create(name="Odense Kommune", sector="kommune")
    ini = svc.initiatives.create(name="SAM:BO", status="drift")
    return region.id, odense.id, ini.id


def _count(svc: Services) -> int:
    return len(svc.agreements.agreements.all())


def test_create_with_parties_and_initiatives(svc: Services) -> None:
    region, odense, ini = _base(svc)
    a = svc.agreements.agreements.create(
        kind="samarbejdsaftale", title="SAM:BO", status="i_kraft", in_force_from="1.9.2008",
        review_on="1.6.2027", parties=[region, odense], initiative_ids=[ini])
    got = svc.agreements.agreements.get(a.id)
    assert got.parties == (region, odense) and got.initiative_ids == (ini,)
    assert got.in_force_from == date(2008, 9, 1) and got.version_label == "1"
    svc.agreements.agreements.update(a.id, parties=[region])
    assert svc.agreements.agreements.get(a.id).parties == (region,)
    assert [e.action for e in svc.audit.history(a.id)] == ["update", "create"]


def test_in_force_to_before_from_is_refused_in_danish_nothing_saved(svc: Services) -> None:
    _base(svc)
    with pytest.raises(ValidationError) as err:
        svc.agreements.agreements.create(kind="driftsaftale", title="Driftsaftale",
                                         in_force_from="1.3.2026", in_force_to="1.2.2026")
    assert err.value.field == "in_force_to"
    assert "før den træder i kraft" in str(err.value) and "1. marts 2026" in str(err.value)
    assert _count(svc) == 0


def test_unknown_kind_is_refused_in_danish_nothing_saved(svc: Services) -> None:
    with pytest.raises(ValidationError) as err:
        svc.agreements.agreements.create(kind="hemmelig_aftale", title="X")
    assert err.value.field == "kind" and "aftaletype" in str(err.value).lower()
    assert "hemmelig_aftale" in str(err.value)
    assert _count(svc) == 0


def test_review_date_in_the_past_warns_but_saves(svc: Services) -> None:
    today = date(2026, 12, 1)
    warnings = agreement_warnings(review_on=date(2026, 1, 1), is_new=True, today=today)
    assert len(warnings) == 1 and "fortiden" in warnings[0]
    assert agreement_warnings(review_on=date(2027, 1, 1), is_new=True, today=today) == []
    assert agreement_warnings(review_on=date(2026, 1, 1), is_new=False, today=today) == []
    a = svc.agreements.agreements.create(kind="lokal_aftale", title="Lokal",
                                         status="i_kraft", in_force_from="1.1.2025",
                                         review_on="1.1.2026")
    assert [x.id for x in svc.agreements.reviews_due(today)] == [a.id]


def test_superseding_keeps_both_and_the_one_in_force_wins(svc: Services) -> None:
    region, odense, ini = _base(svc)
    v1 = svc.agreements.agreements.create(
        kind="samarbejdsaftale", title="SAM:BO", status="i_kraft", in_force_from="1.9.2008",
        parties=[region, odense], initiative_ids=[ini])
    v2 = svc.agreements.supersede(v1.id, in_force_from="1.1.2015", version_label="2015")
    versions = svc.agreements.versions(v2.id)
    assert [v.id for v in versions] == [v1.id, v2.id]
    old = versions[0]
    assert old.status == "udloebet" and old.in_force_to == date(2014, 12, 31)
    assert v2.series_id == v1.series_id and v2.supersedes_id == v1.id
    assert v2.parties == (region, odense) and v2.initiative_ids == (ini,)
    assert svc.agreements.in_force(versions, date(2010, 5, 1)).id == v1.id  # type: ignore[union-attr]
    assert svc.agreements.in_force(versions, date(2020, 5, 1)).id == v2.id  # type: ignore[union-attr]
    assert [line.versions for line in svc.agreements.register(date(2020, 5, 1))] == [2]
    with pytest.raises(ValidationError):
        svc.agreements.supersede(v2.id, in_force_from="1.1.2010")


def test_deviation_and_log_link(svc: Services) -> None:
    _region, _odense, ini = _base(svc)
    a = svc.agreements.agreements.create(kind="samarbejdsaftale", title="SAM:BO",
                                         status="i_kraft", in_force_from="1.9.2008",
                                         initiative_ids=[ini])
    d = svc.agreements.deviations.create(
        agreement_id=a.id, observed_on="3.11.2026", title="Udskrivelse fredag eftermiddag",
        theme="Udskrivelse", reason="Sengepres", effect="Sparede to sengedage",
        proposal="Tillad udskrivelse efter telefonisk aftale")
    entry = svc.log.create(initiative_id=ini, entry_date="3.11.2026", type="haendelse",
                           title="Udskrevet uden varsel")
    svc.agreements.link_entry(a.id, entry.id, d.id)
    assert [e.deviation_id for e in svc.agreements.entries.list(entry_id=entry.id)] == [d.id]
    summary = svc.agreements.summary([ini], date(2026, 10, 1), date(2026, 11, 30))
    assert (summary.in_force, summary.deviations) == (1, 1)
    assert summary.text().startswith("1 i kraft, 0 til revision, 1 afvigelser i perioden")


def test_transfer_without_medical_responsible_is_flagged(svc: Services) -> None:
    region, odense, ini = _base(svc)
    t = svc.agreements.transfers.create(task="IV-behandling i eget hjem",
                                        from_org_id=region, to_org_id=odense,
                                        initiative_id=ini)
    assert is_flagged(t)
    findings = svc.agreements.findings(date(2026, 12, 1))
    assert [f.kind for f in findings] == ["uden_laegeligt_ansvar"]
    assert svc.agreements.summary([ini], date(2026, 1, 1), date(2026, 12, 1)).flagged_transfers == 1
    svc.agreements.transfers.update(t.id, medical_responsible="Hospitalets læger")
    assert svc.agreements.findings(date(2026, 12, 1)) == []


def test_cpr_in_a_deviation_is_refused(svc: Services) -> None:
    from brobygger.domain.errors import CprFoundError

    a = svc.agreements.agreements.create(kind="lokal_aftale", title="Lokal")
    with pytest.raises(CprFoundError):
        svc.agreements.deviations.create(agreement_id=a.id, title="Borger 010203-1234")
    assert svc.agreements.deviations.list() == []


def test_gdpr_export_names_agreements_and_transfers(svc: Services) -> None:
    region, _odense, _ini = _base(svc)
    niels = svc.people.create(name="Niels Hvid", organisation_id=region)
    a = svc.agreements.agreements.create(kind="opgaveoverdragelse", title="IV", owner_id=niels.id)
    svc.agreements.transfers.create(task="IV-behandling", agreement_id=a.id,
                                    medical_person_id=niels.id)
    data = svc.gdpr.export_person(niels.id)
    assert [r["title"] for r in data["agreements_owned"]] == ["IV"]
    assert [r["task"] for r in data["task_transfers_medically_responsible"]] == [
        "IV-behandling"]
