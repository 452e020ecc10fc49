"""A search while typing (issue 21): a text search alone is counted from the full-text
index and paged without ranking every hit, and its pages are exactly the ranked listing of
``svc.log.ids`` – inside and beyond the ranking window, with entries in the trash, from
either end, on SQLite and on PostgreSQL. The index has prefix indexes (migration 0011)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command

from brobygger import paths
from brobygger.services import LogFilter, Services
from brobygger.store import dialect
from brobygger.store.workspace import Workspace, alembic_config


@pytest.fixture
def svc(svc_both: Services) -> Services:
    """On SQLite, then on PostgreSQL (tests/conftest.py)."""
    return svc_both


@pytest.fixture
def hits(svc: Services, monkeypatch: pytest.MonkeyPatch) -> list[uuid.UUID]:
    """31 entries about interpreters (five of them in the trash) among 40, and a ranking
    window of 8 hits, so most hits lie beyond it."""
    monkeypatch.setattr(dialect, "RANK_WINDOW", 8)
    made = []
    for i in range(40):
        body = ("tolkebistanden " * (1 + i % 4)) if i % 4 else "kommunen og regionen"
        made.append(svc.log.create(entry_date=date(2026, 1, 1) + timedelta(days=i % 9),
                                   type="moede", title=f"Møde {i}", body=body).id)
    for i in (1, 2, 13, 30, 39):
        svc.log.delete(made[i])
    found = svc.log.ids(LogFilter(text="tolkebi"))
    assert len(found) == 30 - 5
    return found


def _pages(svc: Services, flt: LogFilter, size: int, total: int | None) -> list[uuid.UUID]:
    out: list[uuid.UUID] = []
    for start in range(0, svc.log.count(flt), size):
        out += [e.id for e in svc.log.page(flt, offset=start, limit=size, total=total)]
    return out


def test_search_pages_are_the_ranked_listing(svc: Services, hits: list[uuid.UUID]) -> None:
    flt = LogFilter(text="tolkebi")
    assert svc.log.pages_by_search(flt)
    assert svc.log.count(flt) == len(hits)  # from the index, the trash subtracted
    for size in (3, 7, 25, 100):
        assert _pages(svc, flt, size, None) == hits
        assert _pages(svc, flt, size, len(hits)) == hits  # the second half from the end
    assert [e.id for e in svc.log.page(flt, offset=len(hits) - 2, limit=10,
                                       total=len(hits))] == hits[-2:]
    assert svc.log.page(flt, offset=len(hits), limit=5, total=len(hits)) == []
    assert [svc.log.position(i, flt) for i in hits] == list(range(len(hits)))
    assert svc.log.count(LogFilter(text="ingenting")) == 0
    assert svc.log.page(LogFilter(text="ingenting")) == []


def test_a_search_with_another_filter_lists_every_hit(svc: Services,
                                                      hits: list[uuid.UUID]) -> None:
    flt = LogFilter(text="tolkebi", date_from=date(2026, 1, 3))
    assert not svc.log.pages_by_search(flt)
    listed = svc.log.ids(flt)
    assert listed == [h for h in hits if h in set(listed)] and 0 < len(listed) < len(hits)
    assert svc.log.count(flt) == len(listed)


def test_migration_0011_rebuilds_the_index_with_prefixes(tmp_path: Path) -> None:
    """A workspace of the previous version (0009, entries in it) is searchable after the
    upgrade, from the rebuilt index with its prefix indexes; and the downgrade drops them."""
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = data_dir / paths.DB_FILENAME
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.upgrade(cfg, "0009_agreements")
    entry = uuid.uuid4()
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO log_entry (id, created_at, updated_at, version, entry_date, "
                    "type, title, body, tags, escalated_to, author) VALUES (?, "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, '2026-01-01', 'moede', "
                    "'Tolkebistanden', 'Kommunen bestiller tolke', '', '', '')", (entry.hex,))
    command.upgrade(cfg, "0011_fts_prefix")
    with sqlite3.connect(db) as con:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'log_entry_fts'"
                          ).fetchone()[0]
        prefixed = con.execute("SELECT rowid FROM log_entry_fts WHERE log_entry_fts MATCH "
                               "'\"kom\"*'").fetchall()
    assert f"prefix='{dialect.FTS_PREFIX}'" in sql and len(prefixed) == 1
    command.downgrade(cfg, "0009_agreements")
    with sqlite3.connect(db) as con:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'log_entry_fts'"
                          ).fetchone()[0]
        found = con.execute("SELECT rowid FROM log_entry_fts WHERE log_entry_fts MATCH "
                            "'\"kommunen\"'").fetchall()
    assert "prefix" not in sql and len(found) == 1
    with Workspace.open(data_dir, encryption="none") as ws:  # up to the head again
        svc = Services(ws, user="t")
        assert [e.id for e in svc.log.page(LogFilter(text="kom"))] == [entry]
        assert svc.log.count(LogFilter(text="tolk")) == 1
