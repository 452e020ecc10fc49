"""The Overblik shows its initiative cards in batches: a region-wide workspace (500
initiatives) does not build thousands of labels before the user asks for them."""

from __future__ import annotations

from brobygger.ui.overview import OverviewPage
from tests.ui.conftest import settle


def test_cards_come_in_batches_with_a_show_more_button(qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(OverviewPage, "CARD_BATCH", 4)
    w = demo_window
    page = w.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.refresh()
    settle(w.ctx)
    total = len(w.ctx.svc.initiatives.all())
    assert total == 9
    assert len(page.cards) == 4
    assert page.more_button.isVisible()
    assert page.more_button.text() == "Vis flere initiativer (4 af 9 vist)"
    # only the shown cards' summaries were read (the rest cost ~1.3 s at 500 initiatives)
    assert len(page._summaries) == 4
    page.more_button.click()  # the next summaries are read in the background
    assert page.more_button.text() == "Henter …" and page.more_button.isVisible()
    settle(w.ctx)
    assert len(page.cards) == 8
    assert page.more_button.text() == "Vis flere initiativer (8 af 9 vist)"
    page.more_button.click()
    settle(w.ctx)
    assert len(page.cards) == 9 and not page.more_button.isVisible()
    # the cards are in the initiatives' order, each once
    names = [i.name for i in w.ctx.svc.initiatives.all()]
    ids = {i.name: i.id for i in w.ctx.svc.initiatives.all()}
    assert [c.initiative_id for c in page.cards] == [ids[n] for n in names]
    # every card still opens its initiative
    with qtbot.waitSignal(page.open_initiative) as blocker:
        page.cards[8].clicked.emit(page.cards[8].initiative_id)
    assert blocker.args == [page.cards[8].initiative_id]
    # a reload starts again from the first batch
    w.show_page("overview")
    page.refresh()
    settle(w.ctx)
    assert len(page.cards) == 4 and page.more_button.isVisible()


def test_all_cards_without_a_button_when_few(demo_window):
    page = demo_window.show_page("overview")
    settle(demo_window.ctx)
    assert len(page.cards) == 9
    assert not page.more_button.isVisible()


def test_cards_are_built_a_chunk_per_turn_of_the_event_loop(qtbot, demo_window, monkeypatch):
    """The GUI thread builds a few cards, paints and answers, then builds the next few."""
    monkeypatch.setattr(OverviewPage, "CARD_CHUNK", 2)
    page = demo_window.show_page("overview")
    page.refresh()
    demo_window.ctx.tasks.wait()  # the data delivered: the first chunk is built at once
    assert len(page.cards) == 2
    assert not page.more_button.isVisible()
    qtbot.waitUntil(lambda: len(page.cards) == 9)
    assert [c.initiative_id for c in page.cards] == [
        i.id for i in demo_window.ctx.svc.initiatives.all()]
    assert page.ui.subtitle.text().startswith("9 initiativer")


def test_the_overview_says_it_is_fetching_before_its_first_data(qtbot, demo_ctx):
    page = OverviewPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.ui.subtitle.text() == "Henter …"
    assert not page.ui.recentEmpty.isVisibleTo(page)  # not "no entries yet"
    assert not page.ui.dueEmpty.isVisibleTo(page)
