"""The performance changes of issue 8 keep their meaning: search, ids, count, the change
token, the fast migration-head lookup and the skipped integrity check of an unchanged file."""

from __future__ import annotations

import dataclasses
import os
import uuid
from datetime import date
from pathlib import Path

import pytest

from brobygger import paths
from brobygger.services import LogFilter, Services
from brobygger.store import revisions
from brobygger.store import workspace as workspace_module
from brobygger.store.types import uuid_from_db
from brobygger.store.workspace import Workspace


def test_fast_revision_lookup_agrees_with_alembic() -> None:
    directory = paths.migrations_dir()
    assert revisions._revisions(directory) == revisions._alembic_revisions(directory)


def test_uuid_from_db_is_a_real_uuid() -> None:
    for _ in range(50):
        u = uuid.uuid4()
        v = uuid_from_db(u.hex)
        assert v == u and hash(v) == hash(u) and str(v) == str(u) and v.version == 4
    assert uuid_from_db(u) is u
    assert uuid_from_db(str(u)) == u
    with pytest.raises(ValueError):
        uuid_from_db("not-a-uuid")


def _entries(svc: Services, n: int, **extra: object) -> list[uuid.UUID]:
    return [svc.log.create(entry_date=date(2026, 1, 1 + i % 28), type="observation",
                           title=f"Note {i}", body="akutpladser og udskrivning " * (1 + i % 3),
                           **extra).id for i in range(n)]


def test_search_leaves_trash_out_and_still_fills_the_limit(svc: Services) -> None:
    ids = _entries(svc, 12)
    for i in ids[:5]:
        svc.log.delete(i)
    hits = svc.log.search("akutpladser", limit=7)
    assert len(hits) == 7
    assert not {h.id for h in hits} & set(ids[:5])
    assert set(svc.log.ids(LogFilter(text="akutpladser"))) == set(ids[5:])


def test_ids_count_and_filters_agree(svc: Services) -> None:
    org = svc.organisations.create(name="Kommunen", sector="kommune")
    person = svc.people.create(name="Anne Holm", organisation_id=org.id)
    ini = svc.initiatives.create(name="Akutpladser", status="drift")
    mine = _entries(svc, 4, initiative_id=ini.id, participants=[person.id],
                    plagues=["graazoner"])
    other = _entries(svc, 3)
    svc.log.delete(other[0])
    everything = svc.log.ids()
    assert len(everything) == svc.log.count() == 6
    assert [e.id for e in svc.log.list()] == everything  # same order as the list
    for flt in (LogFilter(initiative_id=ini.id), LogFilter(person_id=person.id),
                LogFilter(plague="graazoner")):
        assert set(svc.log.ids(flt)) == set(mine)
        assert svc.log.count(flt) == 4
    assert set(svc.log.ids(LogFilter(text="akutpladser", person_id=person.id))) == set(mine)
    assert [e.id for e in svc.log.get_many([other[0], *mine])] == mine  # trash left out


def test_lists_and_parties_come_back_complete(svc: Services) -> None:
    org = svc.organisations.create(name="Region Øst", sector="region_hospital")
    person = svc.people.create(name="Søren Bøgh", title="overlæge", organisation_id=org.id)
    ini = svc.initiatives.create(name="Fælles akutfunktion", formalisation={
        "formaliseringsgrad": 3})
    svc.parties.create(initiative_id=ini.id, organisation_id=org.id, role="ejer")
    svc.members.create(initiative_id=ini.id, person_id=person.id, role="leder")
    assert svc.initiatives.all() == [svc.initiatives.get(ini.id)]
    assert svc.people.all() == [svc.people.get(person.id)]
    party = svc.parties.list(ini.id)[0]
    assert (party.organisation_name, party.sector, party.role) == ("Region Øst",
                                                                    "region_hospital", "ejer")
    member = svc.members.list(initiative_id=ini.id)[0]
    assert (member.person_name, member.person_title) == ("Søren Bøgh", "overlæge")


def _open_spying(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Workspace, bool]:
    seen: list[bool] = []
    real = workspace_module.inspect_readonly

    def spy(*args: object, full_check: bool = True) -> str | None:
        seen.append(full_check)
        return real(*args, full_check=full_check)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module, "inspect_readonly", spy)
    ws = Workspace.open(data_dir)
    return ws, seen[-1]


def test_unchanged_big_file_skips_the_full_check(data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_module, "ALWAYS_CHECK_BELOW", 0)  # every file is "big"
    Workspace.open(data_dir).close()
    record = data_dir / workspace_module.VERIFIED_FILE
    assert record.exists()

    ws, full = _open_spying(data_dir, monkeypatch)
    assert not full and not record.exists()  # skipped, and the record is consumed
    Services(ws).organisations.create(name="Ny", sector="kommune")
    ws.close()
    ws, full = _open_spying(data_dir, monkeypatch)  # changed by this app: still trusted
    assert not full
    ws.close()

    db = data_dir / paths.DB_FILENAME
    st = db.stat()
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 1))  # touched from outside
    ws, full = _open_spying(data_dir, monkeypatch)
    assert full
    ws.close()

    (data_dir / workspace_module.VERIFIED_FILE).unlink()  # no clean close on record
    ws, full = _open_spying(data_dir, monkeypatch)
    assert full
    ws.close()


def test_small_files_are_always_fully_checked(data_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    Workspace.open(data_dir).close()
    ws, full = _open_spying(data_dir, monkeypatch)
    assert full
    ws.close()


def test_an_old_check_is_repeated(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_module, "ALWAYS_CHECK_BELOW", 0)
    ws = Workspace.open(data_dir)
    assert ws.checked_at is not None
    ws.checked_at -= workspace_module.VERIFY_MAX_AGE
    ws.close()
    ws, full = _open_spying(data_dir, monkeypatch)
    assert full
    ws.close()


def test_batched_summaries_equal_one_by_one(demo_svc: Services) -> None:
    today = date(2026, 11, 20)
    batched = demo_svc.overview.summaries(today)
    single = [demo_svc.overview.summary(s.initiative.id, today) for s in batched]
    # the batch keeps each pair's two latest assessments: the same stage, trend and latest
    assert batched and [dataclasses.replace(s, pairs=()) for s in batched] == [
        dataclasses.replace(s, pairs=()) for s in single]
    for b, s in zip(batched, single, strict=True):
        assert [(p.label, p.stage, p.trend, p.latest) for p in b.pairs] == [
            (p.label, p.stage, p.trend, p.latest) for p in s.pairs]
        assert all(p.assessments == q.assessments[-2:] for p, q in zip(b.pairs, s.pairs,
                                                                       strict=True))
    assert any(len(p.assessments) > 2 for s in single for p in s.pairs)  # it was tested
    assert any(s.pairs for s in batched) and any(s.active_plagues for s in batched)
    names = demo_svc.overview.party_names()
    assert {o.id for o in demo_svc.organisations.all()} <= set(names)


def test_summaries_of_some_initiatives_equal_those_of_all(demo_svc: Services) -> None:
    """The Overblik reads the summaries of its first cards only: the same summaries, in the
    order asked for, as when every initiative is summarised."""
    today = date(2026, 11, 20)
    every = {s.initiative.id: s for s in demo_svc.overview.summaries(today)}
    initiatives = demo_svc.initiatives.all()
    some = [initiatives[3], initiatives[0], initiatives[5]]
    part = demo_svc.overview.summaries(today, some)
    assert [s.initiative.id for s in part] == [i.id for i in some]
    assert part == [every[i.id] for i in some]
    assert any(s.pairs for s in part) and any(s.parties for s in part)
    assert demo_svc.overview.summaries(today, []) == []
