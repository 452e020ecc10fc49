"""The Aftaler view (issue 17, items 2 and 6): a log entry of the agreement's initiatives
linked to the agreement and one of its deviations from the app (and unlinked again), and
the follow-up brief for all agreements of a forum written from the app – read back with
pypdf. Screenshots in Danish and English."""

from __future__ import annotations

from PySide6.QtCore import Qt

from brobygger.ui.agreements import AgreementsPage
from brobygger.ui.agreements.links import ForumBriefDialog, LinkEntryDialog
from brobygger.ui.common import combo_value, set_combo_value
from tests.ui.conftest import (
    SAMBO,
    agreements_page,
    closed,
    find_dialog,
    select_agreement,
    settle,
    shoot,
)


def _link_and_unlink(qtbot, w, page: AgreementsPage, lang: str) -> None:
    select_agreement(page, SAMBO)
    tab = page.entries_tab
    page.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    page.tabs.setCurrentIndex(1)
    page.deviation_view.selectRow(0)
    deviation = page.deviation_model.record(0)
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(LinkEntryDialog)
    qtbot.waitExposed(dialog)
    settle(w.ctx)
    assert dialog.entry.count() > 0 and dialog.ok.isEnabled()
    assert combo_value(dialog.deviation) == deviation.id  # the selected deviation
    entry_title = dialog.entry.currentText().split(" – ", 1)[1]
    shoot(dialog, f"agreements_link_dialog_{lang}")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(w.ctx)
    assert closed(dialog)
    select_agreement(page, SAMBO)
    assert tab.model.rowCount() == before + 1
    rows = [tab.model.record(r) for r in range(tab.model.rowCount())]
    linked = next(k for k in rows if k.entry_title == entry_title)
    assert linked.deviation == deviation.title
    stored = w.ctx.svc.agreements.entries.list(entry_id=linked.entry_id)
    assert [k.deviation_id for k in stored] == [deviation.id]
    shoot(w, f"agreements_links_{lang}")
    tab.view.selectRow(rows.index(linked))
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    settle(w.ctx)
    select_agreement(page, SAMBO)
    assert tab.model.rowCount() == before
    assert w.ctx.svc.agreements.entries.list(entry_id=linked.entry_id) == []


def test_link_a_log_entry_to_an_agreement_and_deviation_from_the_view(qtbot,
                                                                      demo_window) -> None:
    _link_and_unlink(qtbot, demo_window, agreements_page(demo_window), "da")


def test_link_dialog_in_english(qtbot, english_demo_window) -> None:
    w = english_demo_window
    w.resize(1280, 860)
    page = agreements_page(w)
    assert page.entries_tab.link_button.text() == "Link &log entry …"
    _link_and_unlink(qtbot, w, page, "en")
    page.export_forum_brief()
    dialog = find_dialog(ForumBriefDialog)
    qtbot.waitExposed(dialog)
    shoot(dialog, "agreements_forum_brief_dialog_en")
    dialog.reject()


def test_forum_brief_from_the_view(qtbot, demo_window, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    from brobygger.ui import saving

    opened = []
    monkeypatch.setattr(saving, "ask_path_hook", lambda _p, _s: tmp_path / "forum.pdf")
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    w = demo_window
    svc = w.ctx.svc
    lines = svc.agreements.register()
    forum = next(f for f in svc.meetings.forums.all()
                 if any(ln.agreement.forum_id == f.id for ln in lines))
    titles = [ln.agreement.title for ln in lines if ln.agreement.forum_id == forum.id]
    others = [ln.agreement.title for ln in lines if ln.agreement.forum_id != forum.id]
    page = agreements_page(w)
    qtbot.mouseClick(page.forum_brief_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(ForumBriefDialog)
    qtbot.waitExposed(dialog)
    assert set_combo_value(dialog.forum, forum.id)
    shoot(dialog, "agreements_forum_brief_dialog_da")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(w.ctx)
    assert closed(dialog)
    assert opened == [tmp_path / "forum.pdf"]
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(opened[0]).pages)
                    .split())
    for title in titles:
        assert title in text
    for title in others:
        assert title not in text
