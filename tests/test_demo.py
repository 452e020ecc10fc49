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
    span = max(e.entry_date for e in entries) - min(e.entry_date for e in entries)
    assert 2 * 365 <= span.days <= 3 * 366
    randers = demo_svc.initiatives.find("Randers")
    labs = demo_svc.initiatives.list(parent_id=randers.id)
    assert len(labs) == 5  # the five development laboratories
    for lab in labs:
        sponsors = [m for m in demo_svc.members.list(initiative_id=lab.id) if m.role == "sponsor"]
        assert len(sponsors) == 2, lab.name


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
