"""The page of one initiative reloads for changes to that initiative only (another user's
entries arrive many times a second on a shared workspace, each naming its initiative), and
for changes that may concern any initiative (names, unknown changes)."""

from __future__ import annotations

import uuid
from typing import Any

from brobygger.services.unit_of_work import Changes
from brobygger.ui.initiative.detail import InitiativeDetail


def test_an_initiative_page_skips_other_initiatives_changes(ctx: Any, qtbot: Any,
                                                           monkeypatch: Any) -> None:
    a = ctx.svc.initiatives.create(name="Udskrivning")
    b = ctx.svc.initiatives.create(name="Akutpladser")
    page = InitiativeDetail(ctx)
    qtbot.addWidget(page)
    loads: list[uuid.UUID] = []
    monkeypatch.setattr(page, "load", loads.append)
    page.initiative = a
    page.show()

    def entry(initiative: uuid.UUID) -> Changes:  # as another user's notice says it
        return Changes.of(created={"log_entry": {uuid.uuid4()}}, external=True,
                          initiatives=frozenset({initiative}),
                          scoped=frozenset({"log_entry"}))

    ctx.tasks.changed.emit(entry(b.id))
    assert loads == []  # another initiative's entry
    ctx.tasks.changed.emit(entry(a.id))
    assert loads == [a.id]
    ctx.tasks.changed.emit(Changes.of(updated={"person": {uuid.uuid4()}}))
    assert loads == [a.id, a.id]  # names are shown on every initiative's page
    ctx.tasks.changed.emit(Changes(touched=frozenset({"log_entry"}), external=True))
    assert len(loads) == 3  # the initiatives not known (a notice with too many ids)
    ctx.tasks.changed.emit(Changes.unknown())
    assert len(loads) == 4
