"""No input crashes Brobygger: any Unicode, control characters, NUL, lone surrogates, FTS
operators and very long strings – at search and at save, on SQLite and PostgreSQL. Every
outcome is a result or a clean BrobyggerError (a Danish message), never
UnicodeEncodeError/OperationalError."""

from __future__ import annotations

import contextlib
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brobygger.domain.errors import BrobyggerError
from brobygger.services import Services
from brobygger.store.workspace import Workspace

EXAMPLES = int(os.environ.get("BROBYGGER_FUZZ_EXAMPLES", "500"))

_NASTY = st.sampled_from(["\x00", "\ud800", "\udfff", "\x1b", "\u200b", "\ufeff", "NEAR(",
                          '"', "*", "^", "-", "OR", "AND", "NOT", ":", "(", ")", "\\", "'",
                          "%", "_", "\u0301", "\U0001f600", "\r\n", "\t"])
TEXTS = st.one_of(
    st.text(alphabet=st.characters(codec=None), max_size=60),  # any code point, surrogates too
    st.lists(st.one_of(_NASTY, st.text(max_size=5)), max_size=20).map("".join),
    st.builds(lambda ch, n: ch * n, _NASTY | st.characters(), st.sampled_from([1000, 100_000])),
)


def _exercise(svc: Services, text: str) -> None:
    with contextlib.suppress(BrobyggerError):
        svc.log.search(text)
    try:
        entry = svc.log.create(entry_date=date(2026, 3, 5), type="beslutning", title=text or "x",
                               body=text, tags=text)
    except BrobyggerError:
        return
    assert "\x00" not in entry.body
    svc.log.search(entry.title[:50])
    with contextlib.suppress(BrobyggerError):
        svc.organisations.create(name=text, sector="kommune")


@pytest.fixture
def fuzz_svc(ws: Workspace) -> Services:
    return Services(ws, user="fuzz")


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(text=TEXTS)
def test_any_text_on_sqlite(fuzz_svc: Services, text: str) -> None:
    _exercise(fuzz_svc, text)


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(text=TEXTS)
def test_any_text_on_postgresql(pg_ws: Workspace, text: str) -> None:
    _exercise(Services(pg_ws, user="fuzz"), text)


def test_nul_and_lone_surrogates_are_cleaned(fuzz_svc: Services) -> None:
    entry = fuzz_svc.log.create(entry_date=date(2026, 3, 5), type="beslutning",
                                title="Møde\x00 i \ud800styregruppen", body="a\x00b")
    assert entry.title == "Møde i \ufffdstyregruppen"
    assert entry.body == "ab"
    assert [e.id for e in fuzz_svc.log.search("styregruppen\x00\udfff")] == [entry.id]
