"""One copy of every organisation's and person's name, shared by the views (issue 21:
memory at scale 10 – the Handlinger view, an initiative's page and the Personer view's
detail each read and kept their own, ~36 MB each at 50,000 people)."""

from __future__ import annotations

from brobygger.ui.name_book import name_book
from tests.ui.conftest import settle


def _busiest(svc):  # type: ignore[no-untyped-def]
    return max(svc.initiatives.all(), key=lambda i: len(svc.actions.list(initiative_id=i.id)))


def test_the_views_share_one_copy_of_the_names(demo_window):
    w = demo_window
    svc = w.ctx.svc
    actions = w.show_page("actions")
    settle(w.ctx)
    w.open_initiative(_busiest(svc).id)
    settle(w.ctx)
    detail = w.initiatives.detail
    book = name_book(w.ctx)
    assert book.reads == 1  # read once, by the first view that needed them
    shared = book.names(svc)
    assert actions.names.maps[-1] is shared  # type: ignore[attr-defined]
    assert detail.names.maps[-1] is shared  # type: ignore[attr-defined]
    person = svc.people.all()[0]
    assert actions.names[person.id] == person.name
    ini = svc.initiatives.all()[0]
    assert detail.names[ini.id] == ini.name  # the initiatives' names with them
    owned = [a for a in actions.model.rows if a.owner_id]
    assert owned  # an owner's name is shown
    owner = owned[0]
    column = [c.header for c in actions.model.columns].index("Ansvarlig")
    row = actions.model.rows.index(owner)
    assert actions.model.index(row, column).data() == svc.people.get(owner.owner_id).name


def test_a_renamed_person_is_read_again(demo_window):
    w = demo_window
    svc = w.ctx.svc
    actions = w.show_page("actions")
    settle(w.ctx)
    owner_id = next(a.owner_id for a in actions.model.rows if a.owner_id)
    person = svc.people.get(owner_id)
    w.ctx.tasks.run(lambda: svc.people.update(person.id, name="Anne Omdøbt",
                                              expected_version=person.version), write=True)
    settle(w.ctx)
    book = name_book(w.ctx)
    assert book.reads == 2  # the change dropped the shared names; the reload read them
    assert actions.names[owner_id] == "Anne Omdøbt"
