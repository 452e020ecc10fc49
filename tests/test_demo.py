"""The example workspace: the four cases of DOMAIN.md §3, faithful to the source."""

from __future__ import annotations

from brobygger.services import Services

MAIN_CASES = ("Psykiatriens Hus, Silkeborg",
              "Sundhedsstrategisk ledelse af det nære sundhedsvæsen, Randers",
              "Samarbejdsaftale om patientforløb (SAM:BO), Fyn",
              "Akutsamarbejde, Viborg")


def _by_name(svc: Services) -> dict[str, object]:
    return {i.name: i for i in svc.initiatives.all()}


def test_cases_marked_as_example_with_enough_log(demo_svc: Services) -> None:
    assert demo_svc.is_example()
    names = _by_name(demo_svc)
    assert set(MAIN_CASES) <= set(names)
    entries = demo_svc.log.all()
    assert len(entries) >= 40
    types = {e.type for e in entries}
    assert {"beslutning", "aftale", "eskalering"} <= types
    # historical dates are exempt from the shift to today (SAM:BO's agreement, 2008)
    history = [e for e in entries if e.entry_date.year < 2020]
    assert [e.entry_date.isoformat() for e in history] == ["2008-09-01"]
    recent = [e for e in entries if e not in history]
    span = max(e.entry_date for e in recent) - min(e.entry_date for e in recent)
    assert 2 * 365 <= span.days <= 3 * 366
    randers = demo_svc.initiatives.find("Randers")
    labs = demo_svc.initiatives.list(parent_id=randers.id)
    assert len(labs) == 5  # the five development laboratories
    hospital = demo_svc.organisations.find("Regionshospitalet Randers")
    for lab in labs:
        members = demo_svc.members.list(initiative_id=lab.id)
        sponsors = [m for m in members if m.role == "sponsor"]
        assert len(sponsors) == 2, lab.name
        # sponsors typically from the hospital's management; about ten leaders each
        assert any(demo_svc.people.get(m.person_id).organisation_id == hospital.id
                   for m in sponsors), lab.name
        assert 9 <= sum(1 for m in members if m.role in ("leder", "medlem")) <= 11


def test_respect_rises_from_under_4_to_over_8(demo_svc: Services) -> None:
    for name in MAIN_CASES:
        initiative = demo_svc.initiatives.find(name)
        pairs = demo_svc.overview.pairs(initiative.id)
        assert pairs, name
        main = max(pairs, key=lambda p: len(p.assessments))
        assert main.assessments[0].respekt < 4, name
        assert main.assessments[-1].respekt > 8, name


def test_viborg_acute_team_prevents_about_one_in_five(demo_svc: Services) -> None:
    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    indicator = next(i for i in demo_svc.indicators.list(viborg.id) if "indlæggelse" in i.name)
    latest = demo_svc.measurements.list(indicator.id)[-1]
    assert 17 <= latest.value <= 23


def test_search_on_the_example(demo_svc: Services) -> None:
    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    hits = demo_svc.log.search("akutpladser")
    assert hits and all(e.initiative_id == viborg.id for e in hits)
    silkeborg = demo_svc.initiatives.find("Psykiatriens Hus, Silkeborg")
    hits = demo_svc.log.search("Psykiatriens Hus")
    assert len(hits) >= 2 and all(e.initiative_id == silkeborg.id for e in hits)
    for nasty in ['"Psykiatriens', "akut*", "-akut", "(akut", "akut AND", "NEAR(akut)",
                  "title:akut", 'år" OR "ar']:
        demo_svc.log.search(nasty)


def test_example_fidelity(demo_svc: Services) -> None:
    """Issue 15 §9: checked against seed 004."""
    from brobygger.domain.catalogue import ASK_STATUSES

    names = [i.name for i in demo_svc.initiatives.all()]
    assert "Laboratorium: Forebyggelse af uhensigtsmæssige indlæggelser" in names
    sambo = demo_svc.initiatives.find("SAM:BO")
    assert sambo.start_date is not None and sambo.start_date.year == 2008
    # every phone number is in an obviously fictitious range
    assert all(p.phone.startswith("00 00 ") for p in demo_svc.people.all() if p.phone)
    # no anachronism: psychiatry in Risskov moved in 2018
    assert not demo_svc.log.search("Risskov")
    # Viborg's ask to the health council is coded as such
    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    council = [a for a in demo_svc.asks.list() if a.initiative_id == viborg.id
               and a.addressee.startswith("Sundhedsrådet")]
    assert [a.level for a in council] == ["sundhedsraad"]
    # the asks show every status; settled escalations are answered asks
    assert {a.status for a in demo_svc.asks.list()} == set(ASK_STATUSES.codes())
    for a in demo_svc.asks.list():
        if a.status in ("imoedekommet", "afvist", "besvaret"):
            assert a.answer and a.answered_on is not None, a.title
    # solved plagues get a later, lower assessment
    silkeborg = demo_svc.initiatives.find("Psykiatriens Hus")
    latest = demo_svc.plagues.list(silkeborg.id)
    conflicting = [p for p in latest if p.plague == "konfliktende_styring"]
    assert conflicting[-1].severity < conflicting[0].severity
