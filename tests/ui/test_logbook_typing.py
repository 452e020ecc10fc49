"""Search while typing in the Logbog (issue 21): a keystroke reads the hits' first page –
not the count of every entry, the initiatives or the people again; a save reads what it
changed anew."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtTest import QTest

from brobygger.services import LogFilter
from tests.ui.conftest import listed_ids, settle


def test_typing_reads_only_the_hits(window: Any, ctx: Any, qtbot: Any,
                                    monkeypatch: Any) -> None:
    svc = ctx.svc
    ini = svc.initiatives.create(name="Akutsamarbejde", status="drift")
    for i in range(6):
        svc.log.create(initiative_id=ini.id, entry_date=date(2026, 1, 1 + i), type="moede",
                       title=f"Møde {i}", body="tolkebistanden" if i % 2 else "vagtplanen")
    log = window.log
    window.show_page("log")
    log.refresh()
    settle(ctx)
    assert log.ui.countLabel.text() == "6 indførsler"
    calls: list[str] = []
    count, everything = svc.log.count, svc.initiatives.names

    def spy_count(flt: LogFilter | None = None) -> int:
        calls.append("count" if flt in (None, LogFilter()) else "hits")
        return count(flt)

    def spy_all(*args: Any, **kwargs: Any) -> Any:
        calls.append("initiatives")
        return everything(*args, **kwargs)

    def spy_people(*args: Any, **kwargs: Any) -> Any:
        calls.append("people")
        return people(*args, **kwargs)

    people = svc.overview.party_names  # read with the person filter's people
    monkeypatch.setattr(svc.log, "count", spy_count)
    monkeypatch.setattr(svc.initiatives, "names", spy_all)
    monkeypatch.setattr(svc.overview, "party_names", spy_people)
    for letter in "tolk":
        QTest.keyClicks(log.ui.searchEdit, letter)
        log.refresh()  # what the debounce timer does after the last keystroke
        settle(ctx)
    assert log.ui.countLabel.text() == "3 af 6 indførsler"
    assert len(listed_ids(log.model)) == 3
    assert "count" not in calls and "initiatives" not in calls and "hits" in calls
    assert "people" not in calls  # the person filter and the reading pane's names stay
    # a save through the write path: the total is read again and shown
    calls.clear()
    ctx.tasks.run(lambda: svc.log.create(entry_date=date(2026, 2, 1), type="moede",
                                         title="Tolke", body="tolkebistanden"), write=True)
    settle(ctx)
    qtbot.waitUntil(lambda: log.ui.countLabel.text() == "4 af 7 indførsler", timeout=5000)
    assert "count" in calls and "people" not in calls
    # a new person: the names are read again
    ctx.tasks.run(lambda: svc.people.create(name="Anne Holm"), write=True)
    settle(ctx)
    qtbot.waitUntil(lambda: "people" in calls, timeout=5000)
