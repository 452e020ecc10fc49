"""An ask links several log entries and actions (``ask_link``, migration 0009_ask_links):
the single link of the previous version migrated (SQLite and PostgreSQL), links written
through the unit of work, an escalation entry about the same matter joining the barrier's
ask, a merge taking over the links, bundles carrying them, and format-2 bundles still
importing."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from brobygger.domain.errors import ValidationError
from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle, records
from brobygger.exchange.bundle import KdfCost
from brobygger.services import Services, ask_links
from brobygger.services.asks import AskFilter
from brobygger.store.workspace import Workspace, alembic_config
from tests.conftest import FIXTURES, PASS, VIBORG, load_migration, old_example_workspace


def test_the_namespace_is_the_migrations() -> None:
    assert load_migration("0009_ask_links").LINK_NAMESPACE == ask_links.LINK_NAMESPACE


def _exchanged_at_0008(target: Path) -> set[uuid.UUID]:
    """The example at schema 0008 (the previous version), its asks with an entry exchanged
    once (an exchange state each)."""
    directory = old_example_workspace(target)
    db = directory / "brobygger.sqlite3"
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.upgrade(cfg, "0008")
    con = sqlite3.connect(db)
    try:
        asks = [r[0] for r in con.execute("SELECT id FROM ask WHERE entry_id IS NOT NULL "
                                          "ORDER BY id LIMIT 5")]
        con.executemany("INSERT INTO exchange_state (record_id, entity, last_hash, "
                        "known_hashes, exchanged_at) VALUES (?, 'ask', ?, '[]', "
                        "'2026-11-01 10:00:00')", [(a, "0" * 64) for a in asks])
        con.commit()
    finally:
        con.close()
    return {uuid.UUID(a) for a in asks}


def test_migration_turns_the_single_link_into_link_rows(tmp_path: Path) -> None:
    exchanged = _exchanged_at_0008(tmp_path / "old")
    with Workspace.open(tmp_path / "old") as ws:
        svc = Services(ws, user="tester")
        asks = svc.asks.list()
        with_entry = [a for a in asks if a.entry_id is not None]
        assert len(with_entry) == 12  # every escalation entry of the example
        with ws.read() as s:
            links = records.load(s, "ask_link")
            states = records.exchange_states(s, links)
        assert sorted((r.values["ask_id"], r.values["entry_id"]) for r in links.values()) == \
            sorted((a.id, a.entry_id) for a in with_entry)
        for rec in links.values():
            assert rec.id == ask_links.link_id(rec.values["ask_id"], "log_entry",
                                               rec.values["entry_id"])
            assert rec.values["action_id"] is None and not rec.deleted
        for a in with_entry:
            assert a.entry_ids == (a.entry_id,) and a.action_ids == ()
        # asks exchanged before: their derived links are known to the counterpart, who
        # derives the identical link
        expected = {rid for rid, r in links.items() if r.values["ask_id"] in exchanged}
        assert len(expected) == 5 and set(states) == expected
        assert all(states[rid].last_hash == links[rid].hash for rid in expected)


def test_two_laptops_derive_identical_links(tmp_path: Path) -> None:
    hashes = []
    for name in ("a", "b"):
        with Workspace.open(old_example_workspace(tmp_path / name)) as ws, ws.read() as s:
            hashes.append(sorted((str(r.id), r.hash) for r in records.load(s, "ask_link")
                                 .values()))
    assert hashes[0] == hashes[1] and len(hashes[0]) == 12


@pytest.fixture
def case(svc: Services) -> dict[str, Any]:
    ini = svc.initiatives.create(name="Akut", status="drift")
    other = svc.initiatives.create(name="Andet", status="drift")
    e1 = svc.log.create(initiative_id=ini.id, entry_date=date(2026, 3, 1), type="haendelse",
                        title="Ingen nattedækning")
    e2 = svc.log.create(initiative_id=ini.id, entry_date=date(2026, 3, 8), type="moede",
                        title="Styregruppen drøftede nattedækning")
    foreign = svc.log.create(initiative_id=other.id, entry_date=date(2026, 3, 8),
                             type="moede", title="Et andet initiativ")
    a1 = svc.actions.create(initiative_id=ini.id, title="Beregn udgiften til nattevagter")
    a2 = svc.actions.create(initiative_id=ini.id, title="Send notat til direktionen")
    return {"ini": ini.id, "e1": e1.id, "e2": e2.id, "foreign": foreign.id, "a1": a1.id,
            "a2": a2.id}


def test_an_ask_links_several_entries_and_actions(svc: Services, case: dict[str, Any]) -> None:
    ask = svc.asks.create(initiative_id=case["ini"], title="Midler til nattedækning",
                          raised_on=date(2026, 3, 10), entry_ids=[case["e1"], case["e2"]],
                          action_ids=[case["a1"], case["a2"]])
    assert set(ask.entry_ids) == {case["e1"], case["e2"]}
    assert set(ask.action_ids) == {case["a1"], case["a2"]}
    assert svc.asks.get(ask.id).entry_ids == ask.entry_ids  # read back the same
    # unlink one of each: the links go to the trash, linking again restores the same row
    svc.asks.update(ask.id, entry_ids=[case["e1"]], action_ids=[case["a2"]])
    again = svc.asks.update(ask.id, entry_ids=[case["e1"], case["e2"]],
                            action_ids=[case["a2"]])
    assert set(again.entry_ids) == {case["e1"], case["e2"]} and again.action_ids == (case["a2"],)
    with svc.ws.read() as s:
        rows = records.load(s, "ask_link")
    assert len(rows) == 4  # no duplicate rows: one per (ask, record), ids deterministic
    assert sum(r.deleted for r in rows.values()) == 1
    # the ask's history says what was linked and unlinked
    events = svc.audit.history(ask.id)
    assert any("action_ids" in ev.changes for ev in events)
    # bad input: a clear Danish message, nothing saved
    with pytest.raises(ValidationError, match="andet initiativ"):
        svc.asks.update(ask.id, entry_ids=[case["foreign"]])
    with pytest.raises(ValidationError, match="Ukendt handling"):
        svc.asks.update(ask.id, action_ids=[uuid.uuid4()])
    assert set(svc.asks.get(ask.id).entry_ids) == {case["e1"], case["e2"]}


def test_the_raising_entry_stays_linked(svc: Services, case: dict[str, Any]) -> None:
    entry = svc.log.create(initiative_id=case["ini"], entry_date=date(2026, 4, 1),
                           type="eskalering", title="Nattedækning til direktionen",
                           escalation_level="topledelse")
    [ask] = svc.asks.list(AskFilter(initiative_id=case["ini"]))
    assert ask.entry_id == entry.id and ask.entry_ids == (entry.id,)
    updated = svc.asks.update(ask.id, entry_ids=[case["e2"]])
    assert set(updated.entry_ids) == {entry.id, case["e2"]}


def test_a_second_escalation_of_the_same_matter_joins_the_barrier_ask(svc: Services) -> None:
    """The issue's rule: an escalation entry linked to the same barrier in the same
    initiative on the same date is the same matter – also when the barrier's ask already
    has an entry. It becomes one more of the ask's entries, never a second ask."""
    ini = svc.initiatives.create(name="Akut", status="drift")
    svc.barriers.create(initiative_id=ini.id, barrier="ressourcepres",
                        assessed_on=date(2026, 3, 1), impact=2, escalation_level="topledelse",
                        ask="Midler til nattedækning", ask_to="Direktionen",
                        status="eskaleret")
    first = svc.log.create(initiative_id=ini.id, entry_date=date(2026, 3, 1),
                           type="eskalering", title="Nattedækning (kommunen)",
                           escalation_level="topledelse", barriers=["ressourcepres"])
    second = svc.log.create(initiative_id=ini.id, entry_date=date(2026, 3, 1),
                            type="eskalering", title="Nattedækning (hospitalet)",
                            escalation_level="topledelse", barriers=["ressourcepres"])
    [ask] = svc.asks.list(AskFilter(initiative_id=ini.id))
    assert ask.entry_id == first.id
    assert set(ask.entry_ids) == {first.id, second.id}


def test_merging_takes_over_the_links(svc: Services, case: dict[str, Any]) -> None:
    keep = svc.asks.create(initiative_id=case["ini"], title="Nattedækning",
                           raised_on=date(2026, 3, 10), entry_ids=[case["e1"]])
    drop = svc.asks.create(initiative_id=case["ini"], title="Nattedækning",
                           raised_on=date(2026, 3, 12), entry_ids=[case["e2"]],
                           action_ids=[case["a1"]])
    merged = svc.asks.merge(keep.id, drop.id)
    assert set(merged.entry_ids) == {case["e1"], case["e2"]}
    assert merged.action_ids == (case["a1"],)
    assert [a.id for a in svc.asks.list(AskFilter(initiative_id=case["ini"]))] == [keep.id]


def test_bundles_carry_the_links(demo_svc: Services, tmp_path: Path) -> None:
    viborg = demo_svc.initiatives.find(VIBORG)
    ask = next(a for a in demo_svc.asks.open(viborg.id))
    action = next(a for a in demo_svc.actions.list(initiative_id=viborg.id))
    demo_svc.asks.update(ask.id, action_ids=[action.id])
    path = export_bundle(demo_svc, [viborg.id], tmp_path / "v.brobygger", PASS,
                         kdf_cost=KdfCost(n=2**8)).path
    preview = read_bundle(path, PASS)
    assert preview.manifest.format_version >= 3 and preview.records["ask_link"]
    with Workspace.open(tmp_path / "other") as ws:
        other = Services(ws, user="modpart")
        apply_import(other, plan_import(other, preview))
        assert other.asks.get(ask.id).action_ids == (action.id,)
        assert other.asks.get(ask.id).entry_ids == demo_svc.asks.get(ask.id).entry_ids


def test_a_format_2_bundle_still_imports(svc: Services) -> None:
    """Written by the previous version (asks with one entry, no ask_link)."""
    preview = read_bundle(FIXTURES / "bundle_v2_viborg.brobygger", PASS)
    assert preview.manifest.format_version == 2 and not preview.records["ask_link"]
    apply_import(svc, plan_import(svc, preview))
    viborg = svc.initiatives.find(VIBORG)
    asks = svc.asks.list(AskFilter(initiative_id=viborg.id))
    assert len(asks) == 6
    raised = [a for a in asks if a.entry_id is not None]
    assert len(raised) == 3 and all(a.entry_ids == (a.entry_id,) for a in raised)


@pytest.fixture
def pg_old(pg_server: str) -> Iterator[str]:
    """A PostgreSQL database at schema 0008 (the previous version)."""
    from sqlalchemy.engine import make_url

    name = f"i15_old_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def test_migration_on_postgresql(pg_old: str) -> None:
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", pg_old)
    command.upgrade(cfg, "0008")
    ini, entry, ask = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    engine = sa.create_engine(pg_old)
    stamp = "2026-01-05 10:00:00+00"
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO initiative (id, created_at, updated_at, version, name, purpose, "
            "trigger, status, formalisation, meaning, cornerstones, readiness) VALUES "
            "(:id, :t, :t, 1, 'Akut', '', '', 'drift', '{}', '{}', '{}', '{}')"),
            {"id": ini, "t": stamp})
        conn.execute(sa.text(
            "INSERT INTO log_entry (id, created_at, updated_at, version, initiative_id, "
            "entry_date, type, title, body, tags, escalated_to, author) VALUES (:id, :t, :t, "
            "1, :ini, '2026-01-05', 'eskalering', 'Nattedækning', '', '', '', '')"),
            {"id": entry, "t": stamp, "ini": ini})
        conn.execute(sa.text(
            "INSERT INTO ask (id, created_at, updated_at, version, initiative_id, title, "
            "reason, raised_on, raised_by, level, addressee, status, answer, answered_by, "
            "entry_id) VALUES (:id, :t, :t, 1, :ini, 'Nattedækning', '', '2026-01-05', '', "
            "'topledelse', '', 'aaben', '', '', :e)"), {"id": ask, "t": stamp, "ini": ini,
                                                      "e": entry})
    engine.dispose()
    with Workspace.open_url(pg_old) as ws:
        svc = Services(ws, user="i15_pg")
        got = svc.asks.get(ask)
        assert got.entry_ids == (entry,)
        with ws.read() as s:
            [link] = records.load(s, "ask_link").values()
        assert link.id == ask_links.link_id(ask, "log_entry", entry)
        action = svc.actions.create(initiative_id=ini, title="Beregn udgiften")
        assert svc.asks.update(ask, action_ids=[action.id]).action_ids == (action.id,)


def test_status_brief_shows_what_an_open_ask_concerns(demo_svc: Services,
                                                     tmp_path: Path) -> None:
    from pypdf import PdfReader

    from brobygger.services.briefs import BriefOptions, status_brief
    from tests.conftest import DEMO_TODAY

    viborg = demo_svc.initiatives.find(VIBORG)
    ask = demo_svc.asks.open(viborg.id)[0]
    action = demo_svc.actions.create(initiative_id=viborg.id, title="Regn nattevagterne ud",
                                     due_date=date(2026, 12, 15))
    entry = demo_svc.log.create(initiative_id=viborg.id, entry_date=date(2026, 11, 2),
                                type="moede", title="Driftsmødet så på nattetallene")
    demo_svc.asks.update(ask.id, entry_ids=[*ask.entry_ids, entry.id],
                         action_ids=[action.id])
    pdf = status_brief(demo_svc, viborg.id, None, None, tmp_path / "s.pdf",
                       BriefOptions(today=DEMO_TODAY))
    page1 = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Handling: Regn nattevagterne ud (frist 15. december 2026, åben)" in page1
    assert "I loggen: 2. november 2026 Driftsmødet så på nattetallene" in page1


def test_links_to_records_in_the_trash_never_block_the_ask(svc: Services,
                                                          case: dict[str, Any]) -> None:
    """A linked entry or action (or the raising entry) moved to the trash later: answering
    or closing the ask still works, the link stays and is shown as in the trash."""
    raising = svc.log.create(initiative_id=case["ini"], entry_date=date(2026, 4, 1),
                             type="eskalering", title="Nattedækning til direktionen",
                             escalation_level="topledelse")
    [ask] = svc.asks.list(AskFilter(initiative_id=case["ini"]))
    svc.asks.update(ask.id, entry_ids=[case["e1"]], action_ids=[case["a1"]])
    svc.log.delete(case["e1"])
    svc.log.delete(raising.id)
    svc.actions.delete(case["a1"])
    answered = svc.asks.answer(ask.id, answer="Bevilget fra 1. januar",
                               outcome="imoedekommet")
    assert answered.status == "imoedekommet"
    assert set(answered.entry_ids) == {raising.id, case["e1"]}
    assert answered.action_ids == (case["a1"],)
    shown = svc.asks.linked_records([answered])[ask.id]
    assert all(r.deleted for r in shown) and len(shown) == 3
    # a NEW link must still be a live record
    svc.log.delete(case["e2"])
    with pytest.raises(ValidationError, match="Ukendt logindførsel"):
        svc.asks.update(ask.id, entry_ids=[*answered.entry_ids, case["e2"]])


def test_a_merged_duplicate_stays_out_of_the_bundle(demo_svc: Services, tmp_path: Path) -> None:
    """The ask merged away (in the trash, never exchanged) is not in the bundle, nor are its
    links – and the bundle imports."""
    viborg = demo_svc.initiatives.find(VIBORG)
    entries = [e for e in demo_svc.log.list() if e.initiative_id == viborg.id][:2]
    keep = demo_svc.asks.create(initiative_id=viborg.id, title="Weekenddækning",
                                raised_on=date(2026, 10, 1), entry_ids=[entries[0].id])
    drop = demo_svc.asks.create(initiative_id=viborg.id, title="Weekenddækning",
                                raised_on=date(2026, 10, 2), entry_ids=[entries[1].id])
    demo_svc.asks.merge(keep.id, drop.id)
    path = export_bundle(demo_svc, [viborg.id], tmp_path / "v.brobygger", PASS,
                         kdf_cost=KdfCost(n=2**8)).path
    preview = read_bundle(path, PASS)
    assert drop.id not in preview.records["ask"]
    assert all(r.values["ask_id"] != drop.id for r in preview.records["ask_link"].values())
    with Workspace.open(tmp_path / "other") as ws:
        other = Services(ws, user="modpart")
        apply_import(other, plan_import(other, preview))
        assert set(other.asks.get(keep.id).entry_ids) == {entries[0].id, entries[1].id}
