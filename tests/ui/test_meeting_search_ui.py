"""The app's search field (Logbog, Ctrl+F) finds agenda and minutes texts too, and a hit
opens the meeting in Møder (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import settle, shoot


def test_search_field_finds_minutes_and_opens_the_meeting(qtbot, demo_window) -> None:
    w = demo_window
    svc = w.ctx.svc
    [(meeting, item)] = [(m, i) for m, i in svc.meetings.search("venteliste weekender")]
    assert item is not None and "venteliste" in item.notes  # it is in the minutes
    w.ui.actionFind.trigger()  # Ctrl+F: the log's search field
    page = w.log
    assert page.ui.searchEdit.hasFocus()
    hits = page.meeting_hits
    assert hits.isHidden()
    qtbot.keyClicks(page.ui.searchEdit, "venteliste weekender")
    qtbot.waitUntil(lambda: hits.model.rowCount() == 1, timeout=5000)
    settle(w.ctx)
    assert hits.isVisible()
    hit = hits.model.record(0)
    assert hit.id == meeting.id and hit.item_id == item.id
    assert hits.model.index(0, 2).data() == "Referat"
    assert "venteliste" in hits.model.index(0, 3).data()
    assert "1 møde" in hits.label.text()
    shoot(w, "search_meeting_hits_da")
    # an agenda text (an item's title) is found too
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, item.title.split()[0])
    qtbot.waitUntil(lambda: any(h.item_id == item.id for h in hits.model.rows), timeout=5000)
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "venteliste weekender")
    qtbot.waitUntil(lambda: hits.model.rowCount() == 1, timeout=5000)
    # activating the hit opens the meeting
    hits.view.setFocus()
    hits.view.setCurrentIndex(hits.model.index(0, 0))
    qtbot.keyClick(hits.view, Qt.Key.Key_Return)
    settle(w.ctx)
    meetings = w.meetings_page
    assert w.current_page() == "meetings"
    qtbot.waitUntil(lambda: meetings.selected() is not None
                    and meetings.selected().id == meeting.id, timeout=5000)
    settle(w.ctx)
    assert "venteliste" in meetings.detail.toPlainText()
    # clearing the search hides the list
    w.show_page("log")
    page.clear_filters()
    assert hits.isHidden()


def test_search_hits_in_english(qtbot, english_demo_window) -> None:
    w = english_demo_window
    demo_ctx = w.ctx
    w.ui.actionFind.trigger()
    qtbot.keyClicks(w.log.ui.searchEdit, "venteliste")
    hits = w.log.meeting_hits
    qtbot.waitUntil(lambda: hits.model.rowCount() >= 1, timeout=5000)
    settle(demo_ctx)
    assert "Also in agendas and minutes" in hits.label.text()
    assert hits.model.index(0, 2).data() == "Minutes"
    shoot(w, "search_meeting_hits_en")
