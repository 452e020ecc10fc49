"""A search word longer than the prefix indexes is named word by word from the index's
vocabulary (store/fts_terms.py): the same hits as the prefix, in the same order on every
page; a word written after a search is found by the next one; a prefix of too many words
stays a prefix."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from brobygger.services import LogFilter, Services
from brobygger.store import dialect, fts_terms
from brobygger.store.types import uuids_from_db

WORDS = ("udskrivning", "udskrivningen", "udskrivninger", "udskrive", "udsigt", "kommunen",
         "Udskrivningsklare")


def _prefix_hits(svc: Services, word: str) -> set[object]:
    """The live hits of ``"word"*`` read by FTS5's own prefix query."""
    with svc.ws.read() as s:
        return set(uuids_from_db(s.execute(text(
            "SELECT e.id FROM log_entry AS e WHERE e.deleted_at IS NULL AND e.rowid IN "
            "(SELECT rowid FROM log_entry_fts WHERE log_entry_fts MATCH :q)"),
            {"q": dialect.fts_query(word)}).scalars()))


@pytest.fixture
def logged(svc: Services) -> Services:
    for i in range(60):
        a, b = WORDS[i % len(WORDS)], WORDS[(i * 3) % len(WORDS)]
        svc.log.create(entry_date=date(2026, 1, 1 + i % 28), type="moede",
                       title=f"Møde {i} om {a}", body=f"{b} og {a} " * (1 + i % 3))
    return svc


def test_long_prefixes_find_what_the_prefix_finds(logged: Services) -> None:
    svc = logged
    for word in ("udskr", "udskri", "udskrivning", "udskrivningsk", "Udskrivn", "udsigt",
                 "kommu", "udskrivning kommunen", "ingenting"):
        flt = LogFilter(text=word)
        expected = _prefix_hits(svc, word)
        ids = svc.log.ids(flt)
        assert set(ids) == expected, word
        assert svc.log.count(flt) == len(expected), word
        pages = [e.id for k in range(0, 60, 7) for e in svc.log.page(flt, offset=k, limit=7)]
        assert pages == ids, word


def test_the_vocabulary_names_the_words(logged: Services) -> None:
    with logged.ws.read() as s:
        conn = s.connection()
        assert fts_terms.words_of(conn, "udskrivning") == [
            "udskrivning", "udskrivningen", "udskrivninger", "udskrivningsklare"]
        assert fts_terms.words_of(conn, "udskrivninge") == ["udskrivningen", "udskrivninger"]
        assert fts_terms.words_of(conn, "udsk") is None  # a prefix index of its own
        assert fts_terms.words_of(conn, "e-mail") is None  # two tokens: stays a prefix


def test_a_word_written_after_a_search_is_found(logged: Services) -> None:
    svc = logged
    assert svc.log.count(LogFilter(text="udskri")) > 0
    assert svc.log.count(LogFilter(text="udskriftsmodulet")) == 0
    made = svc.log.create(entry_date=date(2026, 2, 1), type="moede", title="Nyt udskriftsmodul")
    assert made.id in svc.log.ids(LogFilter(text="udskrif"))
    assert made.id in svc.log.ids(LogFilter(text="udskri"))
    svc.log.update(made.id, title="Intet her")
    assert made.id not in svc.log.ids(LogFilter(text="udskrif"))


def test_a_prefix_of_many_words_stays_a_prefix(logged: Services,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fts_terms, "MAX_TERMS", 2)
    monkeypatch.setattr(fts_terms, "_CACHE", {})
    with logged.ws.read() as s:
        assert fts_terms.words_of(s.connection(), "udskrivning") is None
        assert fts_terms.expand(s.connection(), ['"udskrivning"*']) == '"udskrivning"*'
    flt = LogFilter(text="udskrivning")
    assert set(logged.log.ids(flt)) == _prefix_hits(logged, "udskrivning")
