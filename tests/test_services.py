"""Use cases: create, update, soft delete, restore, list, search – and validation."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from brobygger.domain.errors import InputError, NotFoundError, ValidationError
from brobygger.services import LogFilter, Services


@pytest.fixture
def svc(svc_both: Services) -> Services:
    """On SQLite, then on PostgreSQL (tests/conftest.py)."""
    return svc_both


@pytest.fixture
def base(svc: Services) -> dict[str, uuid.UUID]:
    kom = svc.organisations.create(name="Viborg Kommune", sector="kommune")
    hosp = svc.organisations.create(name="Regionshospitalet Viborg", sector="region_hospital")
    anne = svc.people.create(name="Anne Kjær", title="Sundhedschef", organisation_id=kom.id,
                             level="chef", email="anne@viborg.example.dk")
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift",
                                 start_date="2024-01-01")
    return {"kom": kom.id, "hosp": hosp.id, "anne": anne.id, "ini": ini.id}


def test_dtos_are_frozen_dataclasses(svc: Services, base: dict[str, uuid.UUID]) -> None:
    ini = svc.initiatives.get(base["ini"])
    assert dataclasses.is_dataclass(ini)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ini.name = "x"  # type: ignore[misc]
    assert ini.created_at.tzinfo is not None and ini.created_at.utcoffset().total_seconds() == 0


def test_initiative_crud_and_trash(svc: Services, base: dict[str, uuid.UUID]) -> None:
    ini = svc.initiatives.update(base["ini"], purpose="Færre indlæggelser",
                                 formalisation={"autonomi": 4}, meaning={"borger": 3},
                                 cornerstones={"ildsjaele": 2}, readiness={"formaal": True})
    assert ini.purpose == "Færre indlæggelser" and ini.version == 2
    assert ini.formalisation == {"autonomi": 4} and ini.readiness == {"formaal": True}
    svc.initiatives.delete(ini.id)
    assert [i.name for i in svc.initiatives.list()] == []
    assert [i.name for i in svc.initiatives.trash()] == ["Akutsamarbejde"]
    with pytest.raises(NotFoundError):
        svc.initiatives.get(ini.id)
    restored = svc.initiatives.restore(ini.id)
    assert restored.deleted_at is None
    assert [i.name for i in svc.initiatives.list(status="drift")] == ["Akutsamarbejde"]
    assert svc.initiatives.trash() == []


@pytest.mark.parametrize(("changes", "field", "fragment"), [
    ({"name": "  "}, "name", "må ikke være tom"),
    ({"start_date": "2025-01-01", "end_date": "2024-01-01"}, "end_date", "før startdatoen"),
    ({"status": "nonsens"}, "status", ""),
    ({"formalisation": {"autonomi": 6}}, "formalisation", ""),
    ({"meaning": {"ukendt": 1}}, "meaning", ""),
    ({"start_date": "31-02-2026"}, "start_date", "Ugyldig dato"),
])
def test_initiative_validation(svc: Services, base: dict[str, uuid.UUID],
                               changes: dict[str, object], field: str, fragment: str) -> None:
    before = svc.initiatives.get(base["ini"])
    with pytest.raises(ValidationError) as err:
        svc.initiatives.update(base["ini"], **changes)
    assert err.value.field == field
    assert fragment in err.value.message
    assert svc.initiatives.get(base["ini"]) == before  # nothing written


def test_log_entry_with_links(svc: Services, base: dict[str, uuid.UUID]) -> None:
    e = svc.log.create(initiative_id=base["ini"], entry_date="05-03-2026", type="beslutning",
                       title="Akutpladser udvides", body="Fire nye akutpladser.",
                       tags="akut, #kapacitet, akut", participants=[base["anne"]],
                       plagues=["graazoner"], barriers=["ressourcepres"])
    assert e.entry_date == date(2026, 3, 5)
    assert e.tags == ("akut", "kapacitet")
    assert e.decision_status == "aftalt"  # default status for a decision
    assert e.participants == (base["anne"],) and e.plagues == ("graazoner",)
    assert e.author == "tester"
    e2 = svc.log.update(e.id, plagues=["usynlige_resultater"], decision_status="implementeret")
    assert e2.plagues == ("usynlige_resultater",) and e2.participants == (base["anne"],)
    assert svc.log.list(LogFilter(plague="graazoner")) == []
    assert [x.id for x in svc.log.list(LogFilter(plague="usynlige_resultater"))] == [e.id]
    assert [x.id for x in svc.log.list(LogFilter(person_id=base["anne"]))] == [e.id]
    assert [x.id for x in svc.log.list(LogFilter(barrier="ressourcepres"))] == [e.id]


def test_log_validation(svc: Services, base: dict[str, uuid.UUID]) -> None:
    good = {"initiative_id": base["ini"], "entry_date": "2026-01-01", "type": "moede",
            "title": "Møde"}
    cases = [
        ({"title": ""}, "title"),
        ({"entry_date": "2026-13-01"}, "entry_date"),
        ({"type": "fest"}, "type"),
        ({"initiative_id": uuid.uuid4()}, "initiative_id"),
        ({"type": "eskalering"}, "escalation_level"),
        ({"plagues": ["pest"]}, "plagues"),
        ({"participants": [uuid.uuid4()]}, "participants"),
    ]
    for change, field in cases:
        with pytest.raises(ValidationError) as err:
            svc.log.create(**{**good, **change})
        assert err.value.field == field, change
        assert err.value.message
    assert svc.log.list() == []


def test_escalation_keeps_level(svc: Services, base: dict[str, uuid.UUID]) -> None:
    e = svc.log.create(initiative_id=base["ini"], entry_date="2026-02-02", type="eskalering",
                       title="DRG-incitament", escalation_level="topledelse",
                       escalated_to="Direktionen")
    assert e.escalation_level == "topledelse" and e.decision_status is None


def test_relationship_scores(svc: Services, base: dict[str, uuid.UUID]) -> None:
    a = svc.relationships.create(initiative_id=base["ini"], org_a_id=base["kom"],
                                 org_b_id=base["hosp"], assessed_on="2024-01-01",
                                 kendskab=5, respekt=3, tillid="2")
    assert (a.kendskab, a.respekt, a.tillid) == (5, 3, 2)
    svc.relationships.create(initiative_id=base["ini"], org_a_id=base["hosp"],
                             org_b_id=base["kom"], assessed_on="2025-01-01",
                             kendskab=8, respekt=8, tillid=6)
    series = svc.relationships.by_pair(base["ini"])
    assert len(series) == 1  # A↔B and B↔A are one pair
    assert [r.respekt for r in next(iter(series.values()))] == [3, 8]
    for bad in ({"kendskab": 11}, {"respekt": 0}, {"tillid": "x"}, {"org_b_id": base["kom"]},
                {"person_a_id": base["anne"]}):
        with pytest.raises(ValidationError):
            svc.relationships.create(**{"org_a_id": base["kom"], "org_b_id": base["hosp"],
                                        "kendskab": 5, "respekt": 5, "tillid": 5, **bad})
    assert len(svc.relationships.list()) == 2


def test_latest_assessments_per_pair(svc: Services, base: dict[str, uuid.UUID]) -> None:
    """What the Overblik reads: the two latest of each pair (A↔B = B↔A), per initiative,
    oldest first; deleted ones left out."""
    other = svc.initiatives.create(name="Udskrivning")
    made = []
    for year, (a, b) in zip(range(2021, 2026), [("kom", "hosp"), ("hosp", "kom")] * 3,
                            strict=False):
        made.append(svc.relationships.create(
            initiative_id=base["ini"], org_a_id=base[a], org_b_id=base[b],
            assessed_on=f"{year}-03-01", kendskab=year - 2016, respekt=5, tillid=5))
    svc.relationships.delete(made[-1].id)
    lone = svc.relationships.create(initiative_id=other.id, org_a_id=base["kom"],
                                    org_b_id=base["hosp"], assessed_on="2020-01-01",
                                    kendskab=2, respekt=2, tillid=2)
    latest = svc.relationships.latest_per_pair()
    assert [r.id for r in latest] == [lone.id, made[2].id, made[3].id]
    assert [r.id for r in svc.relationships.latest_per_pair(keep=1)] == [lone.id, made[3].id]


def test_plagues_barriers_indicators_actions(svc: Services, base: dict[str, uuid.UUID]) -> None:
    ini = base["ini"]
    svc.plagues.create(initiative_id=ini, plague="graazoner", assessed_on="2025-01-01",
                       severity=3, mitigation="Aftale om blodprøvesvar")
    svc.plagues.create(initiative_id=ini, plague="graazoner", assessed_on="2026-01-01",
                       severity=1)
    assert svc.plagues.latest(ini)["graazoner"].severity == 1
    with pytest.raises(ValidationError):
        svc.plagues.create(initiative_id=ini, plague="graazoner", severity=4)
    b = svc.barriers.create(initiative_id=ini, barrier="skaeve_incitamenter", impact=3,
                            escalation_level="politisk", ask="Ændr DRG", ask_to="Regionsrådet")
    assert b.status == "identificeret"
    ind = svc.indicators.create(initiative_id=ini, name="Forebyggede indlæggelser", unit="%",
                                baseline="8", target="25,0")
    assert (ind.baseline, ind.target) == (8.0, 25.0)
    svc.measurements.create(indicator_id=ind.id, measured_on="2026-06-30", value=19.5)
    assert [m.value for m in svc.measurements.list(ind.id)] == [19.5]
    with pytest.raises(ValidationError):
        svc.measurements.create(indicator_id=ind.id, value="mange")
    act = svc.actions.create(initiative_id=ini, title="Ring til praksiskonsulent",
                             owner_id=base["anne"], due_date="2026-01-10")
    assert act.is_overdue(date(2026, 2, 1))
    assert [a.id for a in svc.actions.overdue(date(2026, 2, 1))] == [act.id]
    done = svc.actions.mark_done(act.id, on=date(2026, 2, 2))
    assert done.status == "udfoert" and done.done_on == date(2026, 2, 2)
    assert svc.actions.overdue(date(2026, 2, 1)) == []


def test_people_and_organisations(svc: Services, base: dict[str, uuid.UUID]) -> None:
    with pytest.raises(ValidationError, match="e-mailadresse"):
        svc.people.create(name="Bo", email="ikke-en-mail")
    with pytest.raises(ValidationError):
        svc.people.create(name="Bo", level="konge")
    assert [p.name for p in svc.people.list(organisation_id=base["kom"])] == ["Anne Kjær"]
    assert svc.organisations.find("viborg kommune").id == base["kom"]
    with pytest.raises(NotFoundError, match="flere"):
        svc.organisations.find("Viborg")  # matches two
    svc.parties.create(initiative_id=base["ini"], organisation_id=base["kom"], role="Kommune")
    svc.members.create(initiative_id=base["ini"], person_id=base["anne"], role="leder")
    assert [p.organisation_name for p in svc.parties.list(base["ini"])] == ["Viborg Kommune"]
    assert [m.person_name for m in svc.members.list(initiative_id=base["ini"])] == ["Anne Kjær"]
    with pytest.raises(ValidationError):
        svc.members.create(initiative_id=base["ini"], person_id=base["anne"], role="konge")


def test_multi_step_write_is_all_or_nothing(svc: Services) -> None:
    with pytest.raises(InputError), svc.ws.write():
        svc.organisations.create(name="Skive Kommune", sector="kommune")
        svc.organisations.create(name="", sector="kommune")
    assert svc.organisations.list() == []


def test_search_escapes_and_scopes(svc: Services, base: dict[str, uuid.UUID]) -> None:
    svc.log.create(initiative_id=base["ini"], entry_date="2026-01-01", type="observation",
                   title="Året der gik", body="Et godt år for samarbejdet")
    svc.log.create(initiative_id=base["ini"], entry_date="2026-01-02", type="observation",
                   title="Arbejdsgruppe", body="ar arbejde", tags="IT")
    assert [e.title for e in svc.log.search("år")] == ["Året der gik"]
    assert [e.title for e in svc.log.search("ÅR")] == ["Året der gik"]
    assert [e.title for e in svc.log.search("ar")] == ["Arbejdsgruppe"]
    assert [e.title for e in svc.log.search("it")] == ["Arbejdsgruppe"]  # tags indexed
    for nasty in ['"', "*", "-", "(", ")", "AND", "NEAR", ":", "a:b", 'år" OR "x', "NOT",
                  "^", "{}", "''", "NEAR(år ar)", "\x00", "   "]:
        svc.log.search(nasty)  # never raises
    entry = svc.log.search("samarbejdet")[0]
    svc.log.delete(entry.id)
    assert svc.log.search("samarbejdet") == []
    svc.log.restore(entry.id)
    svc.log.update(entry.id, body="nyt indhold")
    assert svc.log.search("samarbejdet") == []
    assert [e.id for e in svc.log.search("indhold")] == [entry.id]


def test_search_ranks_the_recent_hits_then_lists_the_older(
        svc: Services, base: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch) -> None:
    """A word in more entries than the ranking window: the most recently recorded hits are
    ranked (best first), every older hit follows newest first – none is lost, none in the
    trash is shown."""
    from brobygger.store import dialect

    monkeypatch.setattr(dialect, "RANK_WINDOW", 3)
    ids = []
    for i in range(8):  # entry i mentions "tolk" i+1 times in its body: later = better
        ids.append(svc.log.create(initiative_id=base["ini"], entry_date=f"2026-02-{10 - i:02d}",
                                  type="observation", title=f"Møde {i}",
                                  body="tolk " * (1 + i) + "og meget andet " * 5).id)
    svc.log.delete(ids[6])
    hits = [e.id for e in svc.log.search("tolk", limit=100)]
    # window = the 3 newest live hits (7, 5, 4 – 6 is in the trash), best first
    assert hits[:3] == [ids[7], ids[5], ids[4]]
    assert hits[3:] == [ids[3], ids[2], ids[1], ids[0]]  # then the older, newest first
    assert svc.log.count(LogFilter(text="tolk")) == 7
    assert [e.id for e in svc.log.search("tolk", limit=4)] == hits[:4]
    monkeypatch.setattr(dialect, "RANK_WINDOW", 100)  # fewer hits than the window: all ranked
    assert [e.id for e in svc.log.search("tolk")] == [ids[i] for i in (7, 5, 4, 3, 2, 1, 0)]


def test_concurrent_edits_are_detected(svc: Services, base: dict[str, uuid.UUID]) -> None:
    """Two users open the same entry; the second save is refused, not overwriting."""
    from brobygger.domain.errors import ConflictError

    e = svc.log.create(initiative_id=base["ini"], entry_date="2026-01-01", type="moede",
                       title="Styregruppemøde")
    mine = svc.log.get(e.id)
    theirs = svc.log.get(e.id)
    svc.log.update(theirs.id, expected_version=theirs.version, body="Kollegaens referat")
    with pytest.raises(ConflictError, match="ændret") as err:
        svc.log.update(mine.id, expected_version=mine.version, body="Mit referat")
    assert err.value.current.body == "Kollegaens referat"  # type: ignore[attr-defined]
    assert svc.log.get(e.id).body == "Kollegaens referat"
    with pytest.raises(ConflictError):
        svc.log.delete(mine.id, expected_version=mine.version)
