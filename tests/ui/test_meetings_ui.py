"""Meetings in the app (issue 16): a pytest-qt minutes flow – a new meeting, the agenda
builder, a decision, an action and a plague re-assessment recorded from two items, checked
in the records, their links and the minutes PDF – and screenshots of the meeting view, the
agenda builder, the minutes mode and Min uge (Danish and English)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.ui import common, i18n, saving
from brobygger.ui.meetings import exports, forms
from brobygger.ui.meetings.builder import AgendaBuilderDialog
from brobygger.ui.meetings.minutes import MinutesDialog
from brobygger.ui.meetings.page import MeetingsPage
from tests import meeting_fixture as mf
from tests.ui.conftest import ARTIFACTS, settle


def _ok(dialog: forms.FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_minutes_flow(qtbot: Any, ctx: Any, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    svc = ctx.svc
    fx = mf.build(svc)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    settle(ctx)
    # a new meeting of the forum
    page.new_meeting()
    settle(ctx)
    dlg = page._dialog
    assert isinstance(dlg, forms.MeetingDialog)
    common.set_combo_value(dlg.forum, fx.forum)
    dlg.day.setDate(QDate(2026, 5, 25))
    dlg.start.setTime(QTime(10, 0))
    dlg.end.setTime(QTime(12, 0))
    _ok(dlg)
    settle(ctx)
    meeting = next(m for m in svc.meetings.meetings.list(forum_id=fx.forum)
                   if m.meeting_date == date(2026, 5, 25))
    page.select_meeting(meeting.id)
    settle(ctx)
    assert page.selected().id == meeting.id
    # the agenda builder proposes, the user drops one and saves
    builder = page.open_builder()
    assert isinstance(builder, AgendaBuilderDialog)
    settle(ctx)
    kinds = [p.kind for _kept, p in builder.model.rows]
    assert kinds[:2] == ["godkendelse", "opfoelgning"]
    assert all(kept for kept, _p in builder.model.rows)
    last_row = len(builder.model.rows) - 1
    builder.model.setData(builder.model.index(last_row, 0), 0,
                          common.Qt.ItemDataRole.CheckStateRole)  # type: ignore[attr-defined]
    builder.view.selectRow(0)
    builder._move(1)  # "godkendelse" after "opfølgning"
    assert "2 punkter" not in builder.total.text()
    builder.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(ctx)
    items = svc.meetings.items.list(meeting.id)
    assert [i.kind for i in items][:2] == ["opfoelgning", "godkendelse"]
    assert len(items) == last_row
    # minutes: presence, notes and records from two items
    minutes = page.open_minutes()
    assert isinstance(minutes, MinutesDialog)
    settle(ctx)
    minutes.presence.setData(minutes.presence.index(0), 2,
                             common.Qt.ItemDataRole.CheckStateRole)  # type: ignore[attr-defined]
    settle(ctx)
    minutes.items_view.selectRow(len(items) - 1)
    settle(ctx)
    minutes.notes.setPlainText("Gråzonerne drøftet; lægeansvaret skal præciseres.")
    decision_dlg = minutes.new_decision()
    settle(ctx)
    assert isinstance(decision_dlg, forms.DecisionDialog)
    decision_dlg.title_edit.setText("Lægeansvaret præciseres i instruksen")  # type: ignore[attr-defined]
    _ok(decision_dlg)
    settle(ctx)
    plague_dlg = minutes.new_plague()
    assert isinstance(plague_dlg, forms.PlagueDialog)
    common.set_combo_value(plague_dlg.plague, "graazoner")
    plague_dlg.severity.setValue(2)
    _ok(plague_dlg)
    settle(ctx)
    minutes.items_view.selectRow(0)  # opfølgning fra sidst
    settle(ctx)
    action_dlg = minutes.new_action()
    assert isinstance(action_dlg, forms.ActionDialog)
    action_dlg.title_edit.setText("Rykke for IV-oplæringen")  # type: ignore[attr-defined]
    common.set_combo_value(action_dlg.owner, fx.people["jens"])
    action_dlg.due.setDate(QDate(2026, 6, 8))
    _ok(action_dlg)
    settle(ctx)
    ask_dlg = minutes.new_ask()
    assert isinstance(ask_dlg, forms.AskDialog)
    ask_dlg.title_edit.setText("Fælles pulje til weekendlæger")  # type: ignore[attr-defined]
    ask_dlg.addressee.setText("Regionsrådet")  # type: ignore[attr-defined]
    common.set_combo_value(ask_dlg.level, "politisk")
    ask_dlg.due.setDate(QDate(2026, 6, 22))
    _ok(ask_dlg)
    settle(ctx)
    # the records and their links
    view = svc.meetings.view(meeting.id)
    plague_item, follow_item = view.items[-1], view.items[0]
    assert follow_item.item.kind == "opfoelgning"
    assert plague_item.item.notes.startswith("Gråzonerne drøftet")
    assert [lk.entity for lk in plague_item.created] == ["log_entry", "plague_assessment"]
    assert [lk.entity for lk in follow_item.created] == ["action", "ask"]
    ask = svc.asks.get(follow_item.created[1].record_id)
    assert (ask.addressee, ask.level, ask.due_date, ask.raised_on, ask.status) == (
        "Regionsrådet", "politisk", date(2026, 6, 22), date(2026, 5, 25), "aaben")
    decision = svc.log.get(plague_item.created[0].record_id)
    assert (decision.type, decision.entry_date) == ("beslutning", date(2026, 5, 25))
    action = svc.actions.get(follow_item.created[0].record_id)
    assert (action.owner_id, action.due_date) == (fx.people["jens"], date(2026, 6, 8))
    assert action.initiative_id == fx.initiative
    assert sum(1 for a in view.attendees if a.present) == 1
    # the minutes PDF
    opened: list[Path] = []
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    out = tmp_path / "referat.pdf"
    exports.export_minutes(ctx, minutes, meeting.id, out)
    settle(ctx)
    assert opened == [out]
    text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
    for expected in ("Lægeansvaret præciseres i instruksen", "Rykke for IV-oplæringen",
                     "Fælles pulje til weekendlæger", "Regionsrådet", "22. juni 2026",
                     "Jens Krogh", "8. juni 2026", "Gråzonerne drøftet", "Side 1 af"):
        assert expected in text, expected
    minutes.finish()
    settle(ctx)


def test_minutes_keep_text_on_cpr(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
                                  ) -> None:
    svc = ctx.svc
    fx = mf.build(svc)
    svc.meetings.save_agenda(fx.next, svc.meetings.propose_agenda(fx.next))
    dlg = MinutesDialog(ctx, fx.next)
    qtbot.addWidget(dlg)
    errors: list[str] = []
    monkeypatch.setattr("brobygger.ui.meetings.minutes.show_error",
                        lambda parent, exc: errors.append(common.error_text(exc)))
    dlg.show()
    settle(ctx)
    dlg.notes.setPlainText("Borger 010190-1234 genindlagt")
    dlg.save_notes()
    settle(ctx)
    assert errors and "CPR" in errors[0]
    assert dlg.notes.toPlainText() == "Borger 010190-1234 genindlagt"  # nothing lost
    assert "010190" not in svc.meetings.items.list(fx.next)[0].notes


@pytest.mark.parametrize("lang", ["da", "en"])
def test_meeting_screenshots(qtbot: Any, demo_window: Any, demo_ctx: Any, qapp: Any,
                             lang: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    if lang == "en":
        i18n.install(qapp, "en")
    try:
        from brobygger.ui.mainwindow import MainWindow
        window = demo_window
        if lang == "en":
            window = MainWindow(demo_ctx)
            qtbot.addWidget(window)
            window.resize(1280, 820)
            window.show()
            settle(demo_ctx)
        page = window.show_page("meetings")
        settle(demo_ctx)
        ms = demo_ctx.svc.meetings
        held = next(m for m in ms.meetings.all() if m.status == "afholdt")
        page.select_meeting(held.id)
        settle(demo_ctx)
        window.grab().save(str(ARTIFACTS / f"meetings-view-{lang}.png"))
        upcoming = next(m for m in ms.meetings.all() if m.status == "planlagt")
        page.select_meeting(upcoming.id)
        settle(demo_ctx)
        builder = page.open_builder()
        settle(demo_ctx)
        builder.grab().save(str(ARTIFACTS / f"meetings-builder-{lang}.png"))
        builder.reject()
        page.select_meeting(held.id)
        settle(demo_ctx)
        minutes = page.open_minutes()
        settle(demo_ctx)
        minutes.items_view.selectRow(1)
        settle(demo_ctx)
        minutes.grab().save(str(ARTIFACTS / f"meetings-minutes-{lang}.png"))
        minutes.reject()
        window.show_page("myweek")
        settle(demo_ctx)
        window.grab().save(str(ARTIFACTS / f"myweek-{lang}.png"))
        assert window.myweek.models["actions"].rowCount() >= 1
        if lang == "en":
            window.close()
    finally:
        i18n.install(qapp, "da")


def test_my_week_lines_open_their_records(qtbot: Any, demo_window: Any, demo_ctx: Any) -> None:
    from brobygger.ui import dialogs
    from brobygger.ui.mainwindow import PAGES
    from tests.ui.conftest import find_dialog

    page = demo_window.show_page("myweek")
    settle(demo_ctx)
    assert page.me.currentText() == "Marianne Toft (Viborg Kommune)"  # the example's profile
    contact = page.models["contacts"].record(0)
    page._open(contact)
    settle(demo_ctx)
    assert demo_window.ui.nav.currentRow() == PAGES.index("directory")
    assert common.selected_record(demo_window.directory.ui.peopleView).id == contact.record_id
    demo_window.show_page("myweek")
    settle(demo_ctx)
    action = page.models["actions"].record(0)
    page._open(action)
    settle(demo_ctx)
    dlg = find_dialog(dialogs.ActionDialog)
    assert dlg.windowTitle()
    dlg.reject()
