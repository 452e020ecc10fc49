"""Personer og organisationer reads people a block at a time (issue 21: memory at scale 10):
the table holds the first block until the user scrolls; search and level are answered by the
database, so a person on a later block is still found; a link to a person shows them."""

from __future__ import annotations

from typing import Any

import pytest

from brobygger.ui import directory_people
from brobygger.ui.wiring import open_record
from tests.ui.conftest import settle, shoot

BLOCK = 5


@pytest.fixture
def people(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    monkeypatch.setattr(directory_people, "BLOCK", BLOCK)
    svc = ctx.svc
    viborg = svc.organisations.create(name="Viborg Kommune", sector="kommune")
    made = [svc.people.create(name=f"Anne Borg {i:02d}", title="Sygeplejerske")
            for i in range(60)]
    made.append(svc.people.create(name="Åse Zinck", title="Visitator",
                                  organisation_id=viborg.id, level="topleder"))
    return made


def _names(model: Any) -> list[str]:
    return [model.record(r).name for r in range(model.rowCount())]


def test_the_table_holds_the_first_block_until_scrolled(window: Any, ctx: Any,
                                                         people: list[Any]) -> None:
    page = window.show_page("directory")
    settle(ctx)
    model = page.people
    assert model.total == 61
    # the blocks that fill the view, not every person of the workspace
    held = model.rowCount()
    assert BLOCK <= held < 61 and held % BLOCK == 0
    assert _names(model) == [f"Anne Borg {i:02d}" for i in range(held)]
    view = page.ui.peopleView
    view.scrollToBottom()  # the end of what is held: the next block is read
    settle(ctx)
    assert model.rowCount() == held + BLOCK
    for _ in range(20):
        view.scrollToBottom()
        settle(ctx)
    assert model.rowCount() == 61
    assert _names(model)[-1] == "Åse Zinck"
    assert model.canFetchMore() is False


def test_search_and_level_find_a_person_on_a_later_block(window: Any, ctx: Any,
                                                          people: list[Any]) -> None:
    page = window.show_page("directory")
    settle(ctx)
    page.ui.peopleSearch.setText("zinck")  # by name, in another case
    settle(ctx)
    assert _names(page.people) == ["Åse Zinck"]
    assert page.ui.peopleView.currentIndex().row() == 0
    page.ui.peopleSearch.setText("viborg")  # by the organisation's name
    settle(ctx)
    assert _names(page.people) == ["Åse Zinck"]
    page.ui.peopleSearch.setText("")
    page.ui.levelFilter.setCurrentIndex(page.ui.levelFilter.findData("topleder"))
    settle(ctx)
    assert _names(page.people) == ["Åse Zinck"]
    assert "Visitator" in page.ui.personView.toPlainText()
    page.ui.levelFilter.setCurrentIndex(0)
    page.ui.peopleSearch.setText("borg 57")  # far beyond the first block
    settle(ctx)
    assert _names(page.people) == ["Anne Borg 57"]
    shoot(window, "directory_paged_da")


def test_a_link_to_a_person_on_a_later_block_selects_them(window: Any, ctx: Any,
                                                           people: list[Any]) -> None:
    page = window.show_page("directory")
    settle(ctx)
    last = people[-1]
    open_record(window, "person", last.id)
    settle(ctx, rounds=8)
    row = page.people.row_of(last.id)
    assert row >= BLOCK  # read on until the person's row
    assert page.ui.peopleView.currentIndex().row() == row
    assert "Visitator" in page.ui.personView.toPlainText()


def test_the_directory_in_english_with_the_example(english_demo_window: Any) -> None:
    w = english_demo_window
    page = w.show_page("directory")
    settle(w.ctx)
    assert page.people.rowCount() == page.people.total > 0
    page.ui.peopleSearch.setText("kommune")  # by the organisation's name
    settle(w.ctx)
    assert page.people.rowCount() == page.people.total > 0
    shoot(w, "directory_paged_en")
