"""The health reform's structures (issue 17, item 4), a forum as an ask's addressee, and
indicators per party (item 5): services, the example, briefs read back with pypdf, the
migration 0010_reform_parties from a previous version's workspace, old bundles, PostgreSQL."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from brobygger.domain.catalogue import (
    ASK_LEVELS,
    CATALOGUES,
    ESCALATION_LEVELS,
    INITIATIVE_KINDS,
    ORGANISATION_KINDS,
    PERSON_ROLES,
)
from brobygger.domain.errors import ValidationError
from brobygger.domain.meetings import FORUM_KINDS, ITEM_KINDS
from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle
from brobygger.exchange.bundle import KdfCost
from brobygger.services import Services
from brobygger.services.asks import AskFilter
from brobygger.services.briefs import BriefOptions, collect, status_brief
from brobygger.store import models
from brobygger.store.workspace import Workspace, head_revision
from tests.conftest import FIXTURES, PASS, VIBORG, old_example_workspace
from tests.conftest import run_cli as run

PREVENTED = "Andel akutteamforløb der forebygger indlæggelse"
TODAY = date(2026, 11, 20)


# -- the code lists ---------------------------------------------------------------------------
def test_reform_codes_live_in_the_catalogue() -> None:
    assert {"sundhedsraad", "sundhedsklynge", "kap_enhed", "pko"} <= set(
        ORGANISATION_KINDS.codes())
    assert set(INITIATIVE_KINDS.codes()) == {
        "klyngeprojekt", "opgaveoverdragelse", "forloebsbeskrivelse", "nationalt_initiativ",
        "lokalt_udviklingsprojekt"}
    assert "almen_medicinsk_overlaege" in PERSON_ROLES
    assert {"sundhedsraad", "sundhedsklynge"} <= set(ASK_LEVELS.codes())
    assert {"sundhedsraad", "sundhedsklynge"} <= set(ESCALATION_LEVELS.codes())
    assert {"sundhedsraad", "klyngestyregruppe", "kap_bestyrelse"} <= set(FORUM_KINDS.codes())
    assert "Sundhedsklynge" in FORUM_KINDS.label("klyngestyregruppe")
    assert ITEM_KINDS.label("til_forum") == "Anmodninger til forummet"
    for name in ("organisation_kinds", "initiative_kinds", "person_roles"):
        for item in CATALOGUES[name]:
            assert item.label_da and item.label_en and item.label_da != item.code
    assert ORGANISATION_KINDS.label("pko", "en") == "Practice consultant scheme (PKO)"


# -- kinds, roles: saved, and refused in Danish -----------------------------------------------
def test_kinds_and_roles_are_saved(svc: Services) -> None:
    raad = svc.organisations.create(name="Sundhedsrådet for Viborg-området", sector="andet",
                                    kind="sundhedsraad")
    plain = svc.organisations.create(name="Skive Kommune", sector="kommune")
    assert raad.kind == "sundhedsraad" and plain.kind == "organisation"
    assert [o.id for o in svc.organisations.list(kind="sundhedsraad")] == [raad.id]
    person = svc.people.create(name="Karen Holm", role="almen_medicinsk_overlaege")
    assert svc.people.get(person.id).role == "almen_medicinsk_overlaege"
    initiative = svc.initiatives.create(name="Demensudredning", kind="klyngeprojekt")
    assert svc.initiatives.get(initiative.id).kind == "klyngeprojekt"
    # a sundhedsråd is a party like any organisation
    svc.parties.create(initiative_id=initiative.id, organisation_id=raad.id)
    assert [p.organisation_id for p in svc.parties.list(initiative.id)] == [raad.id]


@pytest.mark.parametrize(("service", "fields", "field"), [
    ("organisations", {"name": "X", "sector": "andet", "kind": "sundhedsudvalg"}, "kind"),
    ("initiatives", {"name": "X", "kind": "pilotprojekt"}, "kind"),
    ("people", {"name": "X", "role": "overlaege"}, "role"),
])
def test_unknown_kind_is_refused_in_danish(svc: Services, service: str, fields: dict[str, Any],
                                           field: str) -> None:
    before = len(getattr(svc, service).all())
    with pytest.raises(ValidationError) as err:
        getattr(svc, service).create(**fields)
    assert err.value.field == field and "Ukendt værdi" in err.value.message
    assert "Gyldige værdier" in err.value.message
    assert len(getattr(svc, service).all()) == before  # nothing saved


# -- indicators per party -----------------------------------------------------------------------
def _split_indicator(svc: Services) -> tuple[Any, Any, Any, Any]:
    viborg = svc.organisations.create(name="Viborg Kommune", sector="kommune")
    skive = svc.organisations.create(name="Skive Kommune", sector="kommune")
    initiative = svc.initiatives.create(name="Akut")
    ind = svc.indicators.create(initiative_id=initiative.id, name="Genindlæggelser",
                                unit="%", direction="ned", baseline=20, target=15,
                                parties=[viborg.id, skive.id])
    return ind, viborg, skive, initiative


def test_measurement_for_a_party_not_of_the_indicator_is_refused(svc: Services) -> None:
    ind, viborg, skive, _ = _split_indicator(svc)
    assert ind.parties == (viborg.id, skive.id)
    assert svc.indicators.get(ind.id).parties == (viborg.id, skive.id)
    randers = svc.organisations.create(name="Randers Kommune", sector="kommune")
    svc.measurements.create(indicator_id=ind.id, measured_on="2026-03-31", value=18,
                            organisation_id=viborg.id)
    svc.measurements.create(indicator_id=ind.id, measured_on="2026-03-31", value=19)
    with pytest.raises(ValidationError) as err:
        svc.measurements.create(indicator_id=ind.id, measured_on="2026-06-30", value=17,
                                organisation_id=randers.id)
    assert err.value.field == "organisation_id"
    assert err.value.message.startswith("Randers Kommune er ikke part i indikatoren")
    every = svc.measurements.list(ind.id, with_parties=True)
    assert len(every) == 2  # nothing saved
    assert [m.value for m in svc.measurements.list(ind.id)] == [19.0]  # overall only
    # a party with measurements cannot be dropped; one without can
    with pytest.raises(ValidationError) as drop:
        svc.indicators.update(ind.id, parties=[skive.id])
    assert "Viborg Kommune har målinger" in drop.value.message
    assert svc.indicators.get(ind.id).parties == (viborg.id, skive.id)
    assert svc.indicators.update(ind.id, parties=[viborg.id]).parties == (viborg.id,)
    assert svc.indicators.get(ind.id).parties == (viborg.id,)


def test_status_per_party_and_overall(svc: Services) -> None:
    ind, viborg, skive, initiative = _split_indicator(svc)
    for day, whole, v, s in (("2026-03-31", 19.5, 19.0, 21.0), ("2026-06-30", 18.0, 17.0,
                                                                  22.0)):
        svc.measurements.create(indicator_id=ind.id, measured_on=day, value=whole)
        svc.measurements.create(indicator_id=ind.id, measured_on=day, value=v,
                                organisation_id=viborg.id)
        svc.measurements.create(indicator_id=ind.id, measured_on=day, value=s,
                                organisation_id=skive.id)
    data = collect(svc, initiative.id, date_from=None, date_to=date(2026, 7, 1),
                   today=date(2026, 7, 1))
    (got,) = data.indicators
    assert [m.value for m in got.measurements] == [19.5, 18.0]
    assert [(p.party, [m.value for m in p.measurements]) for p in got.parts] == [
        ("Viborg Kommune", [19.0, 17.0]), ("Skive Kommune", [21.0, 22.0])]
    assert got.status.startswith("På vej")               # lower is better: 19,5 → 18
    assert got.parts[0].status.startswith("På vej")
    assert got.parts[1].status == "Går den forkerte vej"  # Skive: 21 → 22
    assert [label for label, _ in got.series_points] == ["I alt", "Viborg Kommune",
                                                         "Skive Kommune"]


# -- a forum as the addressee of an ask ---------------------------------------------------------
def test_ask_to_a_forum_in_filter_agenda_and_brief(demo_svc: Services) -> None:
    svc = demo_svc
    raad = next(f for f in svc.meetings.forums.all() if f.kind == "sundhedsraad")
    asked = svc.asks.list(AskFilter(forum_id=raad.id))
    assert [a.title for a in asked] == [
        "En ydelse i overenskomsten for almen praksis til tværsektorielle konferencer om "
        "fælles borgere"]
    assert asked[0].level == "sundhedsraad"
    # a forum that does not exist is refused, nothing changed
    with pytest.raises(ValidationError) as err:
        svc.asks.update(asked[0].id, addressee_forum_id=uuid.uuid4())
    assert err.value.field == "addressee_forum_id" and "Ukendt forum" in err.value.message
    assert svc.asks.get(asked[0].id).addressee_forum_id == raad.id
    # the forum's next meeting: what is asked of it is its own item
    meeting = svc.meetings.schedule(raad.id, TODAY)
    proposals = svc.meetings.propose_agenda(meeting.id, today=TODAY)
    to_forum = [p for p in proposals if p.kind == "til_forum"]
    assert [link.record_id for p in to_forum for link in p.links] == [asked[0].id]
    assert to_forum[0].purpose == "beslutning"
    waiting = [link.record_id for p in proposals if p.kind == "anmodninger" for link in p.links]
    assert asked[0].id not in waiting  # not "awaiting an answer" for the forum asked
    # the steering group still sees it as an ask awaiting the health council's answer
    steering = next(f for f in svc.meetings.forums.all()
                    if f.name == "Styregruppen for akutsamarbejdet, Viborg")
    nxt = svc.meetings.schedule(steering.id, TODAY)
    waiting = [link for p in svc.meetings.propose_agenda(nxt.id, today=TODAY)
               if p.kind == "anmodninger" for link in p.links]
    assert any(link.record_id == asked[0].id for link in waiting)


# -- the example: Viborg's indicator per party, chart data and the brief ------------------------
def test_example_viborg_indicator_per_party_in_chart_and_brief(demo_svc: Services,
                                                               tmp_path: Path) -> None:
    svc = demo_svc
    viborg = svc.initiatives.find(VIBORG)
    assert viborg.kind == "opgaveoverdragelse"
    data = collect(svc, viborg.id, date_from=None, date_to=None, today=TODAY)
    ind = next(i for i in data.indicators if i.indicator.name == PREVENTED)
    assert [p.party for p in ind.parts] == ["Viborg Kommune", "Skive Kommune"]
    assert all(p.measurements for p in ind.parts)
    labels = [label for label, points in ind.series_points if points]
    assert labels == ["I alt", "Viborg Kommune", "Skive Kommune"]  # the chart's series
    assert ind.parts[1].status == "Går den forkerte vej"  # Skive 16,8 → 16,5 (illustration)
    assert all("Illustration" in m.source for p in ind.parts for m in p.measurements)
    out = status_brief(svc, viborg.id, None, None, tmp_path / "status.pdf",
                       BriefOptions(today=TODAY))
    reader = PdfReader(out)
    page_one = reader.pages[0].extract_text()
    assert "Viborg Kommune 21,7 %: På vej" in " ".join(page_one.split())
    assert "Skive Kommune 16,5 %: Går den forkerte vej" in " ".join(page_one.split())
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert text.count("Viborg Kommune 21,7 %: På vej") == 2  # page 1 and the results
    assert text.count("Skive Kommune 16,5 %: Går den forkerte vej") == 2
    assert "I alt" in text  # the chart's legend names the series side by side


# -- migration from the previous version's workspace ---------------------------------------
def test_migration_keeps_data_and_recomputes_hashes(tmp_path: Path) -> None:
    from brobygger.exchange.records import content_hash, load

    directory = old_example_workspace(tmp_path / "old")
    con = sqlite3.connect(directory / "brobygger.sqlite3")
    orgs_before = con.execute("SELECT count(*) FROM organisation").fetchone()[0]
    ms_before = con.execute("SELECT count(*) FROM measurement").fetchone()[0]
    states = con.execute("SELECT count(*) FROM exchange_state WHERE entity IN "
                         "('organisation', 'person', 'initiative', 'measurement')").fetchone()[0]
    con.close()
    assert orgs_before and ms_before and states
    with Workspace.open(directory) as ws:
        assert ws.schema_revision() == head_revision()
        svc = Services(ws, user="tester")
        orgs = svc.organisations.all()
        assert len(orgs) == orgs_before and {o.kind for o in orgs} == {"organisation"}
        assert all(i.kind is None for i in svc.initiatives.all())
        every = [m for i in svc.indicators.all()
                 for m in svc.measurements.list(i.id, with_parties=True)]
        assert len(every) == ms_before and all(m.organisation_id is None for m in every)
        assert all(i.parties == () for i in svc.indicators.all())
        with ws.read() as s:
            rows = s.execute(models.ExchangeState.__table__.select().where(
                models.ExchangeState.__table__.c.entity.in_(
                    ["organisation", "person", "initiative", "measurement"]))).all()
            assert rows
            for row in rows:
                rec = load(s, row.entity, [row.record_id])[row.record_id]
                # the state knows the record's hash in the new data model: no false conflict
                assert row.last_hash == rec.hash == content_hash(row.entity, rec.encoded)


@pytest.mark.parametrize("fixture", ["bundle_v1_viborg.brobygger", "bundle_v2_viborg.brobygger"])
def test_old_bundles_still_import(svc: Services, fixture: str) -> None:
    plan = plan_import(svc, read_bundle(FIXTURES / fixture, PASS))
    apply_import(svc, plan)
    orgs = svc.organisations.all()
    assert orgs and {o.kind for o in orgs} == {"organisation"}
    assert all(i.kind is None for i in svc.initiatives.all())


def test_bundle_carries_parties_kinds_and_forum_addressee(demo_svc: Services,
                                                           tmp_path: Path) -> None:
    viborg = demo_svc.initiatives.find(VIBORG)
    path = export_bundle(demo_svc, [viborg.id], tmp_path / "v.brobygger", PASS,
                         kdf_cost=KdfCost(n=2**8)).path
    with Workspace.open(tmp_path / "other") as ws:
        other = Services(ws, user="other")
        apply_import(other, plan_import(other, read_bundle(path, PASS)))
        ind = next(i for i in other.indicators.all() if i.name == PREVENTED)
        names = {o.id: o.name for o in other.organisations.all()}
        assert [names[p] for p in ind.parties] == ["Viborg Kommune", "Skive Kommune"]
        assert len(other.measurements.list(ind.id, with_parties=True)) > len(
            other.measurements.list(ind.id))
        assert other.initiatives.find(VIBORG).kind == "opgaveoverdragelse"
        raad = next(f for f in other.meetings.forums.all() if f.kind == "sundhedsraad")
        assert other.asks.list(AskFilter(forum_id=raad.id))


# -- PostgreSQL ---------------------------------------------------------------------------------
def test_parties_and_forum_addressee_on_postgresql(pg_ws: Workspace) -> None:
    svc = Services(pg_ws, user="i17b_pg")
    ind, _viborg, skive, initiative = _split_indicator(svc)
    svc.measurements.create(indicator_id=ind.id, measured_on="2026-03-31", value=18,
                            organisation_id=skive.id)
    other = svc.organisations.create(name="Sundhedsklyngen", sector="andet",
                                     kind="sundhedsklynge")
    with pytest.raises(ValidationError):
        svc.measurements.create(indicator_id=ind.id, measured_on="2026-03-31", value=18,
                                organisation_id=other.id)
    assert [m.organisation_id for m in svc.measurements.list(ind.id, with_parties=True)] == [
        skive.id]
    forum = svc.meetings.create_forum(name="Sundhedsrådet", kind="sundhedsraad",
                                      initiative_ids=[initiative.id])
    ask = svc.asks.create(initiative_id=initiative.id, title="Godkend forløbsbeskrivelsen",
                          level="sundhedsraad", addressee_forum_id=forum.id)
    assert [a.id for a in svc.asks.list(AskFilter(forum_id=forum.id))] == [ask.id]
    assert svc.organisations.list(kind="sundhedsklynge")[0].id == other.id


# -- the command line ---------------------------------------------------------------------------
def test_cli_asks_to_a_forum(capsys: pytest.CaptureFixture[str],
                             demo_dir: Path) -> None:
    d = ["--data-dir", str(demo_dir)]
    forum = "Sundhedsrådet for Viborg-området"
    code, out, _ = run(capsys, "asks", "list", "--forum", forum, *d)
    assert code == 0 and "1 anmodninger" in out and "En ydelse i overenskomsten" in out
    code, _, err = run(capsys, "asks", "add", "-i", VIBORG, "--title", "Godkend forløbet",
                       "--level", "sundhedsraad", "--forum", forum, *d)
    assert code == 0, err
    code, out, _ = run(capsys, "asks", "list", "--forum", forum, *d)
    assert "2 anmodninger" in out and "Godkend forløbet" in out
    code, out, _ = run(capsys, "asks", "list", "--level", "sundhedsklynge", *d)
    assert code == 0 and "Ingen anmodninger" in out
    code, _, err = run(capsys, "asks", "add", "-i", VIBORG, "--title", "X", "--level",
                       "amtsraad", *d)
    assert code == 2 and "Ukendt værdi 'amtsraad'" in err  # Danish, nothing saved
    code, out, _ = run(capsys, "asks", "list", "--forum", forum, *d)
    assert "2 anmodninger" in out


def test_min_uge_shows_asks_to_my_forum(svc: Services) -> None:
    from brobygger.services.myweek import my_week

    me = svc.people.create(name="Karen Holm", role="almen_medicinsk_overlaege")
    initiative = svc.initiatives.create(name="Demens")
    forum = svc.meetings.create_forum(name="KAP-enhedens bestyrelse", kind="kap_bestyrelse",
                                      initiative_ids=[initiative.id], members=[(me.id, "")])
    other = svc.meetings.create_forum(name="Styregruppen", initiative_ids=[initiative.id])
    svc.asks.create(initiative_id=initiative.id, title="Godkend forløbsbeskrivelsen",
                    level="sundhedsraad", addressee_forum_id=forum.id, raised_by="Ole")
    svc.asks.create(initiative_id=initiative.id, title="Ikke til mig", level="chef",
                    addressee_forum_id=other.id)
    week = my_week(svc, today=TODAY, person_id=me.id)
    to_me = [line.text for line in week.section("asks_to_me")]
    assert to_me == ["Godkend forløbsbeskrivelsen"]
