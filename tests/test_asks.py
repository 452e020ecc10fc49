"""Asks with a life cycle: the migration of today's data (schema 0004), one definition of
open, escalation entries and barrier asks as one matter, and exchange bundles."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from brobygger.domain.errors import ValidationError
from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle, records
from brobygger.exchange.bundle import KdfCost
from brobygger.services import Services
from brobygger.services.asks import AskFilter, count_open
from brobygger.store import models
from brobygger.store.workspace import Workspace, head_revision
from tests.conftest import FIXTURES, PASS, VIBORG, load_migration, old_example_workspace

SILKEBORG = "Psykiatriens Hus, Silkeborg"


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_migration_accounts_for_every_barrier_ask_and_escalation(tmp_path: Path) -> None:
    directory = old_example_workspace(tmp_path / "old")
    db = directory / "brobygger.sqlite3"
    assert _rows(db, "SELECT version_num FROM alembic_version") == [("0004",)]
    barrier_asks = {uuid.UUID(r[0]) for r in _rows(
        db, "SELECT id FROM barrier_assessment WHERE trim(ask) <> ''")}
    escalations = {uuid.UUID(r[0]) for r in _rows(
        db, "SELECT id FROM log_entry WHERE type = 'eskalering'")}
    assert len(barrier_asks) == 12 and len(escalations) == 12
    old_hashes = dict(_rows(db, "SELECT record_id, last_hash FROM exchange_state "
                                "WHERE entity = 'indicator'"))
    assert len(old_hashes) == 3

    with Workspace.open(directory) as ws:
        assert ws.schema_revision() == head_revision()
        svc = Services(ws, user="tester")
        asks = svc.asks.list()
        # every barrier ask is exactly one ask, every escalation entry part of exactly one
        assert sorted(a.barrier_assessment_id for a in asks if a.barrier_assessment_id) == \
            sorted(barrier_asks)
        assert sorted(a.entry_id for a in asks if a.entry_id) == sorted(escalations)
        # 11 entries are the same matter as a barrier's ask; Randers has one barrier ask
        # without an entry and one escalation without a barrier: 13 asks, not 24
        assert len(asks) == 13
        ns = load_migration("0008_asks").ASK_NAMESPACE
        for a in asks:
            source = a.barrier_assessment_id or a.entry_id
            assert a.id == uuid.uuid5(ns, str(source))
        # settled barriers are settled asks; Viborg's "5 anmodninger" are really 2 open
        viborg = svc.initiatives.find(VIBORG)
        assert svc.asks.open_count(viborg.id) == 2
        silkeborg = svc.initiatives.find(SILKEBORG)
        open_silkeborg = svc.asks.open(silkeborg.id)
        assert [a.title for a in open_silkeborg] == [
            "Juridisk vurdering af samtykkebaseret deling af en fælles krise- og "
            "behandlingsplan"]
        # readiness ticks became answers (ja / nej), nothing dropped
        with ws.read() as s:
            answers = len(s.exec(select(models.ReadinessAnswer)).all())
            ticks = sum(len(i.readiness or {}) for i in s.exec(select(models.Initiative)))
        assert answers == ticks == 32
        # the indicators' exchange hashes were recomputed: the first exchange after the
        # upgrade sees no change where nothing changed
        with ws.read() as s:
            current = {rid: rec.hash for rid, rec in records.load(s, "indicator").items()}
            states = records.exchange_states(s, current)
        assert len(states) == 3
        for rid, known in states.items():
            assert known.last_hash == current[rid]
            assert known.last_hash != old_hashes[rid.hex]


def test_two_laptops_derive_the_same_asks(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        with Workspace.open(old_example_workspace(tmp_path / name)) as ws:
            ids.append(sorted(str(a.id) for a in Services(ws).asks.list()))
    assert ids[0] == ids[1] and len(ids[0]) == 13


def test_old_bundle_still_imports(svc: Services, tmp_path: Path) -> None:
    """A bundle written by the previous version (format 1: no asks, indicators without a
    target date) imports."""
    plan = plan_import(svc, read_bundle(FIXTURES / "bundle_v1_viborg.brobygger", PASS))
    apply_import(svc, plan)
    viborg = svc.initiatives.find(VIBORG)
    assert len(svc.indicators.list(viborg.id)) == 3
    assert all(i.target_date is None for i in svc.indicators.list(viborg.id))


def test_example_counts_each_matter_once(demo_svc: Services) -> None:
    viborg = demo_svc.initiatives.find(VIBORG)
    asks = demo_svc.asks.list(AskFilter(initiative_id=viborg.id))
    entries = [e for e in demo_svc.log.list() if e.type == "eskalering"
               and e.initiative_id == viborg.id]
    barriers = [b for b in demo_svc.barriers.list(viborg.id) if b.ask]
    # every escalation entry and barrier ask is in exactly one ask
    assert sorted(a.entry_id for a in asks if a.entry_id) == sorted(e.id for e in entries)
    assert sorted(a.barrier_assessment_id for a in asks if a.barrier_assessment_id) == \
        sorted(b.id for b in barriers)
    summary = demo_svc.overview.summary(viborg.id)
    assert len(summary.open_escalations) == demo_svc.asks.open_count(viborg.id) == \
        count_open(asks) == 4  # two barrier asks, a chief-level ask, one from the minutes


def test_an_escalation_entry_updates_the_barrier_ask(svc: Services) -> None:
    ini = svc.initiatives.create(name="Akut", status="drift")
    barrier = svc.barriers.create(initiative_id=ini.id, barrier="ressourcepres",
                                  assessed_on=date(2026, 3, 1), impact=2,
                                  escalation_level="topledelse", ask="Midler til nattedækning",
                                  ask_to="Direktionen", status="eskaleret")
    entry = svc.log.create(initiative_id=ini.id, entry_date=date(2026, 3, 1),
                           type="eskalering", title="Nattedækning", escalation_level="topledelse",
                           barriers=["ressourcepres"])
    asks = svc.asks.list()
    assert len(asks) == 1
    assert asks[0].barrier_assessment_id == barrier.id and asks[0].entry_id == entry.id
    # a later entry about the same barrier is a likely duplicate: offered, not merged
    svc.log.create(initiative_id=ini.id, entry_date=date(2026, 5, 1), type="eskalering",
                   title="Nattedækning igen", escalation_level="politisk",
                   barriers=["ressourcepres"])
    assert len(svc.asks.list()) == 2
    [(first, second)] = svc.asks.likely_duplicates(ini.id)
    # the user confirms: one ask keeps both entries' history, the other goes to the trash
    merged = svc.asks.merge(first.id, second.id)
    assert [a.id for a in svc.asks.list()] == [merged.id]
    assert "Nattedækning igen" in merged.reason
    assert not svc.asks.likely_duplicates(ini.id)


def test_life_cycle(svc: Services) -> None:
    ini = svc.initiatives.create(name="Akut", status="drift")
    ask = svc.asks.create(initiative_id=ini.id, title="Fælles finansiering",
                          raised_on=date(2026, 1, 5), level="sundhedsraad",
                          addressee="Sundhedsrådet Midt", due_date=date(2026, 3, 1))
    assert ask.is_open and ask.is_overdue(date(2026, 3, 2))
    answered = svc.asks.answer(ask.id, answer="Tages op i april", answered_on=date(2026, 2, 1))
    assert answered.status == "besvaret" and not answered.is_open
    closed = svc.asks.close(ask.id, outcome="afvist", closed_on=date(2026, 4, 20))
    assert closed.status == "afvist" and closed.settled_on == date(2026, 4, 20)
    reopened = svc.asks.reopen(ask.id)
    assert reopened.is_open and reopened.closed_on is None
    with pytest.raises(ValidationError, match=r"udfald|lukkes"):
        svc.asks.close(ask.id, outcome="aaben")
    with pytest.raises(ValidationError, match="før"):
        svc.asks.update(ask.id, due_date=date(2025, 1, 1))


def test_bundle_carries_asks(demo_svc: Services, tmp_path: Path) -> None:
    viborg = demo_svc.initiatives.find(VIBORG)
    path = export_bundle(demo_svc, [viborg.id], tmp_path / "v.brobygger", PASS,
                         kdf_cost=KdfCost(n=2**8)).path
    with Workspace.open(tmp_path / "other") as ws:
        other = Services(ws, user="modpart")
        apply_import(other, plan_import(other, read_bundle(path, PASS)))
        assert sorted(a.id for a in other.asks.list()) == sorted(
            a.id for a in demo_svc.asks.list(AskFilter(initiative_id=viborg.id)))
