"""Keyset paging of the log (issue 21): a page read from the entry above or below it
(``after`` / ``before``) is the page read by offset, from both ends, with entries in the
trash, for every kind of filter and both plans of a person/plague/barrier filter – on
SQLite and PostgreSQL. The counts of such filters come from the link tables."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from brobygger.services import LogFilter, Services
from brobygger.services import log as log_service


@pytest.fixture
def svc(svc_both: Services) -> Services:
    """On SQLite, then on PostgreSQL (tests/conftest.py)."""
    return svc_both


@pytest.fixture
def people(svc: Services) -> list[uuid.UUID]:
    return [svc.people.create(name=f"Person {i}").id for i in range(3)]


@pytest.fixture
def listing(svc: Services, people: list[uuid.UUID]) -> list[uuid.UUID]:
    """31 entries, newest first; several share a date; three are in the trash."""
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    made = []
    for i in range(31):
        made.append(svc.log.create(
            initiative_id=ini.id if i % 3 else None,
            entry_date=date(2026, 1 + i % 4, 1 + i % 3),
            type="beslutning" if i % 4 == 0 else "moede", title=f"Indførsel {i}",
            participants=[people[i % 3]] + ([people[2]] if i % 5 == 0 else []),
            plagues=["graazoner"] if i % 2 else [],
            barriers=["ressourcepres"] if i % 3 == 0 else []))
    for i in (4, 9, 17):
        svc.log.delete(made[i].id)
    live = [e for i, e in enumerate(made) if i not in (4, 9, 17)]
    live.sort(key=lambda e: (e.entry_date, e.created_at, e.id.hex), reverse=True)
    return [e.id for e in live]


def _expected(svc: Services, ids: list[uuid.UUID], flt: LogFilter) -> list[uuid.UUID]:
    out = []
    for e in svc.log.get_many(ids):
        if ((flt.type is None or e.type == flt.type)
                and (flt.plague is None or flt.plague in e.plagues)
                and (flt.barrier is None or flt.barrier in e.barriers)
                and (flt.person_id is None or flt.person_id in e.participants)
                and (flt.initiative_id is None or e.initiative_id == flt.initiative_id)):
            out.append(e.id)
    return out


def _forward(svc: Services, flt: LogFilter, size: int, total: int) -> list[uuid.UUID]:
    """Page after page, each from the last entry of the one before (keyset)."""
    out: list[uuid.UUID] = []
    for start in range(0, total, size):
        after = out[-1] if out else None
        out += [e.id for e in svc.log.page(flt, offset=start, limit=size, total=total,
                                           after=after)]
    return out


def _backward(svc: Services, flt: LogFilter, size: int, total: int) -> list[uuid.UUID]:
    """From the last page up, each from the first entry of the one below (keyset)."""
    out: list[uuid.UUID] = []
    starts = list(range(0, total, size))
    for start in reversed(starts):
        n = min(size, total - start)
        before = out[0] if out else None
        out = [e.id for e in svc.log.page(flt, offset=start, limit=n, total=total,
                                          before=before)] + out
    return out


def _offsets(svc: Services, flt: LogFilter, size: int, total: int) -> list[uuid.UUID]:
    return [i for start in range(0, total, size)
            for i in (e.id for e in svc.log.page(flt, offset=start, limit=size, total=total))]


@pytest.mark.parametrize("ratio", [0, 10**9])  # probe from the display order / link table
def test_keyset_pages_are_the_offset_pages(svc: Services, people: list[uuid.UUID],
                                           listing: list[uuid.UUID], ratio: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(log_service, "PROBE_RATIO", ratio)
    filters = [LogFilter(), LogFilter(type="moede"), LogFilter(plague="graazoner"),
               LogFilter(barrier="ressourcepres"), LogFilter(person_id=people[2]),
               LogFilter(person_id=people[0], type="moede"),
               LogFilter(plague="graazoner", barrier="ressourcepres")]
    for flt in filters:
        expected = _expected(svc, listing, flt)
        assert expected, flt
        total = svc.log.count(flt)
        assert total == len(expected), flt  # the trash left out of the link counts
        for size in (4, 7):
            assert _offsets(svc, flt, size, total) == expected, (flt, size)
            assert _forward(svc, flt, size, total) == expected, (flt, size)
            assert _backward(svc, flt, size, total) == expected, (flt, size)


def test_an_anchor_gone_falls_back_to_the_offset(svc: Services,
                                                 listing: list[uuid.UUID]) -> None:
    flt = LogFilter()
    page = [e.id for e in svc.log.page(flt, offset=5, limit=5, after=uuid.uuid4())]
    assert page == listing[5:10]
    page = [e.id for e in svc.log.page(flt, offset=5, limit=5, before=uuid.uuid4())]
    assert page == listing[5:10]


def test_an_anchor_in_the_trash_still_marks_its_place(svc: Services,
                                                      listing: list[uuid.UUID]) -> None:
    """An entry trashed after its page was read still anchors the next page."""
    flt = LogFilter(plague="graazoner")
    expected = _expected(svc, listing, flt)
    svc.log.delete(expected[3])
    rest = [e.id for e in svc.log.page(flt, offset=4, limit=50, after=expected[3])]
    assert rest == expected[4:]
    above = [e.id for e in svc.log.page(flt, offset=0, limit=3, before=expected[3])]
    assert above == expected[:3]
    assert svc.log.count(flt) == len(expected) - 1


def test_a_rare_filter_at_scale_ten_is_paged_from_the_link_table() -> None:
    """Measured at scale 10 (1,000,000 entries): the busiest person's 1,893 entries by
    walking the display order took 5.1 s CPU, from the link table 0.23 s; a plague in
    64,080 entries by walking 0.1 s, from the link table 3.1 s. Scale 1 as before."""
    assert not log_service.walks_display_order(1_893, 1_000_000)
    assert log_service.walks_display_order(64_080, 1_000_000)
    assert not log_service.walks_display_order(321, 100_000)
    assert log_service.walks_display_order(6_481, 100_000)
