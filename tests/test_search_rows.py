"""svc.log.search reads its hits' rows and links with the hits (issue 21: one query on
SQLite, not a lookup by id and a query per kind of link afterwards); the entries it returns
are exactly those of the ranked ids read one by one – links, tags, trash, the ranking
window – on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from brobygger.services import LogFilter, Services
from brobygger.store import dialect


@pytest.fixture
def svc(svc_both: Services) -> Services:
    """On SQLite, then on PostgreSQL (tests/conftest.py)."""
    return svc_both


@pytest.fixture
def made(svc: Services, monkeypatch: pytest.MonkeyPatch) -> list[uuid.UUID]:
    monkeypatch.setattr(dialect, "RANK_WINDOW", 6)  # most hits beyond the ranking window
    people = [svc.people.create(name=f"Person {i}").id for i in range(4)]
    ids = []
    for i in range(24):
        ids.append(svc.log.create(
            entry_date=date(2026, 2, 1) + timedelta(days=i % 5), type="moede",
            title=f"Tolkebistand {i}", body="tolkebistanden " * (1 + i % 3),
            tags="akut, tolk" if i % 2 else "",
            participants=people[: i % 4], plagues=["graazoner"] if i % 3 else [],
            barriers=["ressourcepres", "almen_praksis"] if i % 5 == 0 else []).id)
    for i in (3, 10):
        svc.log.delete(ids[i])
    return ids


def test_search_returns_the_entries_of_the_ranked_ids(svc: Services,
                                                      made: list[uuid.UUID]) -> None:
    for q, limit in (("tolkebi", 100), ("tolkebi", 5), ("tolk akut", 100), ("zzz", 10)):
        ranked = svc.log.ids(LogFilter(text=q))[:limit]
        expected = svc.log.get_many(ranked)
        found = svc.log.search(q, limit=limit)
        assert found == expected, q
        assert all(e.deleted_at is None for e in found)
    linked = next(e for e in svc.log.search("tolkebi") if len(e.participants) == 3)
    assert linked == svc.log.get(linked.id)
    assert any(len(e.barriers) == 2 for e in svc.log.search("tolkebi"))


def test_search_with_another_filter_is_unchanged(svc: Services,
                                                 made: list[uuid.UUID]) -> None:
    flt = LogFilter(plague="graazoner")
    found = svc.log.search("tolkebi", flt=flt)
    assert found == svc.log.get_many(svc.log.ids(LogFilter(text="tolkebi",
                                                           plague="graazoner")))
    assert found and all("graazoner" in e.plagues for e in found)


def test_search_reads_rows_and_links_with_the_hits(svc: Services,
                                                   made: list[uuid.UUID]) -> None:
    statements: list[str] = []
    event.listen(svc.ws.engine, "before_cursor_execute",
                 lambda _c, _cur, stmt, *_a: statements.append(stmt))
    found = svc.log.search("tolkebi", limit=100)
    assert len(found) == 22
    with_links = [s for s in statements if "log_entry_person" in s]
    # no query per kind of link: each query of rows carries all three
    assert with_links and all("log_entry_plague" in s and "log_entry_barrier" in s
                              for s in with_links), statements
    if svc.ws.engine.dialect.name == "sqlite":
        # the hits in the ranking window and the older ones, each with rows and links:
        # nothing looked up by id afterwards
        assert len(with_links) == 2
        assert not any("log_entry.id IN" in s for s in statements), statements
