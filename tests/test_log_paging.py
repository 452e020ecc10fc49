"""Paging through the log (the Logbog's table): LogEntries.page and LogEntries.position
agree with each other and with the display order, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from brobygger.services import LogFilter, Services
from brobygger.store import models


@pytest.fixture
def svc(svc_both: Services) -> Services:
    """On SQLite, then on PostgreSQL (tests/conftest.py)."""
    return svc_both


@pytest.fixture
def entries(svc: Services) -> list[uuid.UUID]:
    """23 entries in display order (newest first). Six share one date and one recording
    time, so only the id tells them apart."""
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    made = [svc.log.create(initiative_id=ini.id if i % 2 else None,
                           entry_date=date(2026, 1 + i % 5, 1 + i % 7),
                           type="beslutning" if i % 3 == 0 else "moede",
                           title=f"Indførsel {i}", body="tolkebistand" if i % 4 == 0 else "")
            for i in range(23)]
    same_day = [e.id for e in made[:6]]
    with svc.ws.write() as s:
        s.execute(update(models.LogEntry).where(
            models.LogEntry.id.in_(same_day))  # type: ignore[attr-defined]
            .values(entry_date=date(2026, 3, 3),
                    created_at=datetime(2026, 3, 3, 12, 0, tzinfo=UTC)))
    ordered = sorted(svc.log.get_many([e.id for e in made]),
                     key=lambda e: (e.entry_date, e.created_at, e.id.hex), reverse=True)
    return [e.id for e in ordered]


def _pages(svc: Services, flt: LogFilter, size: int, total: int | None = None
           ) -> list[uuid.UUID]:
    out: list[uuid.UUID] = []
    for start in range(0, svc.log.count(flt), size):
        out += [e.id for e in svc.log.page(flt, offset=start, limit=size, total=total)]
    return out


def test_pages_follow_the_display_order(svc: Services, entries: list[uuid.UUID]) -> None:
    everything = LogFilter()
    assert _pages(svc, everything, 5) == entries
    assert _pages(svc, everything, 5, total=len(entries)) == entries  # the second half
    assert _pages(svc, everything, 4, total=len(entries)) == entries  # … from the end
    assert [e.id for e in svc.log.page(offset=21, limit=10)] == entries[21:]
    assert [e.id for e in svc.log.page(offset=21, limit=10, total=23)] == entries[21:]
    assert svc.log.page(offset=23, limit=10, total=23) == []
    assert svc.log.page(offset=40) == []
    # the display order of list() – the id only breaks its ties
    listed = svc.log.list()
    tied = {e.id for e in listed if e.created_at == datetime(2026, 3, 3, 12, 0, tzinfo=UTC)}
    assert len(tied) == 6 and {e.id for e in listed} == set(entries)
    assert [i for i in entries if i not in tied] == [e.id for e in listed if e.id not in tied]


def test_pages_of_a_filter(svc: Services, entries: list[uuid.UUID]) -> None:
    decisions = LogFilter(type="beslutning")
    expected = [i for i in entries if svc.log.get(i).type == "beslutning"]
    assert _pages(svc, decisions, 3) == expected
    assert _pages(svc, decisions, 3, total=len(expected)) == expected
    assert [svc.log.position(i, decisions) for i in expected] == list(range(len(expected)))
    other = next(i for i in entries if i not in expected)
    assert svc.log.position(other, decisions) is None
    # which listings page from an index alone (any page in milliseconds)
    ini = svc.log.get(entries[0]).initiative_id or svc.log.get(entries[1]).initiative_id
    assert svc.log.pages_from_index(LogFilter(initiative_id=ini, date_from=date(2026, 2, 1)))
    assert not svc.log.pages_from_index(decisions)
    assert not svc.log.pages_from_index(LogFilter(plague="graazoner"))


def test_position_is_the_row_in_the_pages(svc: Services, entries: list[uuid.UUID]) -> None:
    assert [svc.log.position(i) for i in entries] == list(range(len(entries)))
    svc.log.delete(entries[4])
    assert svc.log.position(entries[4]) is None
    assert svc.log.position(entries[5]) == 4
    assert svc.log.position(uuid.uuid4()) is None
    assert _pages(svc, LogFilter(), 5) == entries[:4] + entries[5:]


def test_a_text_search_pages_through_its_ranked_hits(svc: Services,
                                                     entries: list[uuid.UUID]) -> None:
    flt = LogFilter(text="tolkebistand")
    hits = svc.log.ids(flt)
    assert len(hits) == 6
    assert _pages(svc, flt, 4) == hits
    assert [svc.log.position(i, flt) for i in hits] == list(range(6))
    assert svc.log.position(next(i for i in entries if i not in hits), flt) is None
