"""A workspace where every kind of agenda proposal is present (and decoys that must not
be proposed): shared by the meeting tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from brobygger.services import Services

LAST = date(2026, 3, 2)
NEXT = date(2026, 4, 13)


@dataclass
class Fixture:
    forum: uuid.UUID
    initiative: uuid.UUID
    people: dict[str, uuid.UUID]
    orgs: dict[str, uuid.UUID]
    last: uuid.UUID
    next: uuid.UUID
    expect: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    decoys: set[uuid.UUID] = field(default_factory=set)


def build(svc: Services) -> Fixture:
    ms = svc.meetings
    kom = svc.organisations.create(name="Viborg Kommune", sector="kommune").id
    hosp = svc.organisations.create(name="Regionshospitalet Viborg", sector="region_hospital").id
    pko = svc.organisations.create(name="Praksiskonsulenterne", sector="almen_praksis").id
    hanne = svc.people.create(name="Hanne Bisgaard", organisation_id=kom, level="chef",
                              email="hanne@viborg.example").id
    jens = svc.people.create(name="Jens Krogh", organisation_id=hosp, level="chef",
                             email="jens@rhv.example").id
    ini = svc.initiatives.create(name="Akutsamarbejde, Viborg", status="drift").id
    other = svc.initiatives.create(name="Et andet initiativ", status="drift").id
    forum = ms.create_forum(name="Styregruppen for akutsamarbejdet", kind="styregruppe",
                            rhythm_weeks=6, place="Viborg Rådhus", initiative_ids=[ini],
                            members=[(hanne, "formand"), (jens, "medlem")]).id
    older = ms.schedule(forum, date(2026, 1, 19), start_time="14:00", end_time="16:00")
    last = ms.schedule(forum, LAST, start_time="14:00", end_time="16:00")
    older_item = ms.save_agenda(older.id, [ms_proposal("Akutpladser")])[0]
    item = ms.save_agenda(last.id, [ms_proposal("Fælles vagtplan")])[0]
    carried = ms.record_action(older_item.id, title="Udkast til fælles instruks",
                               owner_id=jens, due_date=date(2026, 2, 20)).id
    done_old = ms.record_action(older_item.id, title="Tal med lægevagten", owner_id=jens,
                                due_date=date(2026, 2, 1)).id
    svc.actions.mark_done(done_old, on=date(2026, 1, 30))
    ms.set_status(older.id, "godkendt")
    decision = ms.record_decision(item.id, title="Fælles vagtplan vedtaget").id
    a_done = ms.record_action(item.id, title="Send vagtplanen ud", owner_id=hanne,
                              due_date=date(2026, 3, 10), decision_id=decision).id
    svc.actions.mark_done(a_done, on=date(2026, 3, 9))
    a_overdue = ms.record_action(item.id, title="Aftal IV-oplæring", owner_id=jens,
                                 due_date=date(2026, 3, 30)).id
    a_open = ms.record_action(item.id, title="Evaluer efter tre måneder", owner_id=hanne,
                              due_date=date(2026, 6, 1)).id
    ms.set_status(last.id, "afholdt")
    nxt = ms.plan_next(forum).id
    # plagues: worsened / unchanged / in another initiative
    svc.plagues.create(initiative_id=ini, plague="graazoner", assessed_on=date(2026, 2, 20),
                       severity=1)
    p_worse = svc.plagues.create(initiative_id=ini, plague="graazoner",
                                 assessed_on=date(2026, 3, 20), severity=3).id
    svc.plagues.create(initiative_id=ini, plague="usynlige_resultater",
                       assessed_on=date(2026, 2, 1), severity=2)
    same = svc.plagues.create(initiative_id=ini, plague="usynlige_resultater",
                              assessed_on=date(2026, 3, 25), severity=2).id
    elsewhere = svc.plagues.create(initiative_id=other, plague="graazoner",
                                   assessed_on=date(2026, 3, 20), severity=3).id
    # barriers
    svc.barriers.create(initiative_id=ini, barrier="skaeve_incitamenter",
                        assessed_on=date(2026, 1, 5), impact=1, escalation_level="lokalt")
    b_worse = svc.barriers.create(initiative_id=ini, barrier="skaeve_incitamenter",
                                  assessed_on=date(2026, 3, 15), impact=3,
                                  escalation_level="topledelse", ask="Fælles pulje",
                                  ask_to="Direktionerne", status="eskaleret").id
    # indicators: new measurement / wrong way / quiet
    ind_new = svc.indicators.create(initiative_id=ini, name="Forebyggede indlæggelser",
                                    unit="pct.", direction="op", baseline=10, target=25).id
    svc.measurements.create(indicator_id=ind_new, measured_on=date(2026, 1, 31), value=15)
    svc.measurements.create(indicator_id=ind_new, measured_on=date(2026, 3, 31), value=19)
    ind_wrong = svc.indicators.create(initiative_id=ini, name="Genindlæggelser", unit="antal",
                                      direction="ned", baseline=40, target=30).id
    svc.measurements.create(indicator_id=ind_wrong, measured_on=date(2025, 12, 31), value=35)
    svc.measurements.create(indicator_id=ind_wrong, measured_on=date(2026, 1, 31), value=38)
    ind_quiet = svc.indicators.create(initiative_id=ini, name="Ventetid", unit="dage",
                                      direction="ned").id
    svc.measurements.create(indicator_id=ind_quiet, measured_on=date(2025, 12, 31), value=9)
    svc.measurements.create(indicator_id=ind_quiet, measured_on=date(2026, 1, 31), value=7)
    # decisions: due for follow-up / followed up
    due = svc.log.create(initiative_id=ini, entry_date=date(2026, 1, 10), type="beslutning",
                         title="IV-behandling flyttes hjem", decision_status="implementeret").id
    done = svc.log.create(initiative_id=ini, entry_date=date(2026, 1, 12), type="aftale",
                          title="Lægeansvar aftalt", decision_status="fulgt_op").id
    # relationships: stale / fresh
    stale = svc.relationships.create(initiative_id=ini, org_a_id=kom, org_b_id=hosp,
                                     assessed_on=date(2025, 10, 1), kendskab=7, respekt=7,
                                     tillid=6).id
    fresh = svc.relationships.create(initiative_id=ini, org_a_id=kom, org_b_id=pko,
                                     assessed_on=date(2026, 3, 1), kendskab=5, respekt=6,
                                     tillid=5).id
    # asks: open (one raised at the last meeting), answered since the last meeting, and
    # answered before it / closed (decoys)
    ask_open = ms.record_ask(item.id, title="Fælles pulje til nattedækning",
                             addressee="Direktionerne", level="topledelse",
                             due_date=date(2026, 4, 1)).id
    ask_answered = svc.asks.create(initiative_id=ini, title="Adgang til hinandens journaler",
                                   raised_on=date(2026, 2, 1), level="nationalt",
                                   addressee="Sundhedsdatastyrelsen").id
    svc.asks.answer(ask_answered, answer="Kræver lovændring", answered_on=date(2026, 3, 20))
    ask_old = svc.asks.create(initiative_id=ini, title="Lokaler til akutteamet",
                              raised_on=date(2026, 1, 5), level="chef", addressee="Kommunen").id
    svc.asks.answer(ask_old, answer="Ja", answered_on=date(2026, 2, 2),
                    outcome="imoedekommet")
    barrier_ask = svc.asks.for_barrier(b_worse)
    assert barrier_ask is not None
    fx = Fixture(forum, ini, {"hanne": hanne, "jens": jens},
                 {"kom": kom, "hosp": hosp, "pko": pko}, last.id, nxt)
    fx.expect = {
        "godkendelse": {last.id},
        "opfoelgning": {a_done, a_overdue, a_open, carried},
        "plager": {p_worse},
        "barrierer": {b_worse},
        "indikatorer": {ind_new, ind_wrong},
        "beslutninger": {due, decision},
        "relationer": {stale},
        # the escalated barrier's concrete ask is an ask too (the asks module derives it)
        "anmodninger": {ask_open, barrier_ask.id},
        "svar": {ask_answered},
    }
    fx.decoys = {done_old, same, elsewhere, ind_quiet, done, fresh, ask_old}
    return fx


def ms_proposal(title: str) -> object:
    from brobygger.services.agenda import Proposal
    return Proposal(kind="andet", title=title, purpose="droeftelse", minutes=20)


def time_of(text: str) -> object:
    from datetime import time
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))
