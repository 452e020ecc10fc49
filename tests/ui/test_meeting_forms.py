"""The meetings views and dialogs are Qt Designer forms (``ui/*.ui`` compiled to
``ui/forms``) like the rest of the app – with labels bound to their fields, accessible
names, and the texts translated (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from brobygger.ui import i18n
from brobygger.ui.forms.ui_agendabuilderdialog import Ui_AgendaBuilderDialog
from brobygger.ui.forms.ui_forumdialog import Ui_ForumDialog
from brobygger.ui.forms.ui_itemactiondialog import Ui_ItemActionDialog
from brobygger.ui.forms.ui_itemaskdialog import Ui_ItemAskDialog
from brobygger.ui.forms.ui_itemdecisiondialog import Ui_ItemDecisionDialog
from brobygger.ui.forms.ui_itemplaguedialog import Ui_ItemPlagueDialog
from brobygger.ui.forms.ui_meetingdialog import Ui_MeetingDialog
from brobygger.ui.forms.ui_meetingspage import Ui_MeetingsPage
from brobygger.ui.forms.ui_minutesdialog import Ui_MinutesDialog
from brobygger.ui.meetings import forms
from brobygger.ui.meetings.builder import AgendaBuilderDialog
from brobygger.ui.meetings.minutes import MinutesDialog
from brobygger.ui.meetings.page import MeetingsPage
from tests import meeting_fixture as mf
from tests.ui.conftest import settle, shoot


def _labels_have_buddies(dialog: QWidget) -> None:
    """Every field label is bound to its field (Alt+letter, screen readers), and every
    input has an accessible name."""
    for label in dialog.findChildren(QLabel):
        if label.objectName().endswith("Label") and label.objectName() != "statusLabel":
            assert label.buddy() is not None, label.objectName()
            assert label.buddy().accessibleName(), label.buddy().objectName()


def test_meetings_views_are_designer_forms(qtbot: Any, ctx: Any) -> None:
    svc = ctx.svc
    fx = mf.build(svc)
    svc.meetings.save_agenda(fx.next, svc.meetings.propose_agenda(fx.next))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    assert isinstance(page.ui, Ui_MeetingsPage)
    assert page.table is page.ui.table and page.buttons["agenda"] is page.ui.agendaButton
    builder = AgendaBuilderDialog(ctx, fx.next)
    qtbot.addWidget(builder)
    assert isinstance(builder.ui, Ui_AgendaBuilderDialog)
    assert builder.owner is builder.ui.owner  # the person picker in the form's place
    minutes = MinutesDialog(ctx, fx.next)
    qtbot.addWidget(minutes)
    assert isinstance(minutes.ui, Ui_MinutesDialog)
    settle(ctx)
    item = svc.meetings.items.list(fx.next)[0].id
    people = [(p.id, p.name) for p in svc.people.all()]
    for dialog, form in (
            (forms.ForumDialog(ctx, [], people), Ui_ForumDialog),
            (forms.MeetingDialog(ctx, [(fx.forum, "Styregruppen")]), Ui_MeetingDialog),
            (forms.DecisionDialog(ctx, item), Ui_ItemDecisionDialog),
            (forms.ActionDialog(ctx, item, people, []), Ui_ItemActionDialog),
            (forms.PlagueDialog(ctx, item), Ui_ItemPlagueDialog),
            (forms.AskDialog(ctx, item), Ui_ItemAskDialog)):
        qtbot.addWidget(dialog)
        assert isinstance(dialog.ui, form)
        _labels_have_buddies(dialog)
        assert dialog.error_label.parent() is dialog  # the inline errors under the form


@pytest.mark.parametrize("lang", ["da", "en"])
def test_meeting_dialog_screenshots(qtbot: Any, ctx: Any, qapp: Any, lang: str) -> None:
    svc = ctx.svc
    fx = mf.build(svc)
    svc.meetings.save_agenda(fx.next, svc.meetings.propose_agenda(fx.next))
    item = svc.meetings.items.list(fx.next)[0].id
    people = [(p.id, p.name) for p in svc.people.all()]
    i18n.install(qapp, lang)
    try:
        forum = forms.ForumDialog(ctx, [(fx.initiative, "Akutsamarbejde")], people)
        meeting = forms.MeetingDialog(ctx, [(fx.forum, "Styregruppen")])
        ask = forms.AskDialog(ctx, item)
        action = forms.ActionDialog(ctx, item, people, [])
        for name, dialog in (("forum", forum), ("meeting", meeting), ("item-ask", ask),
                             ("item-action", action)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            shoot(dialog, f"meetings-{name}-dialog-{lang}")
        if lang == "en":
            assert forum.windowTitle() == "New forum"
            assert forum.ui.rhythm.suffix() == " weeks"
            assert ask.ui.title_editLabel.text() == "What is asked:"
        else:
            assert forum.ui.nameLabel.text() == "Navn:"
    finally:
        i18n.install(qapp, "da")


def test_minutes_record_a_barrier_reassessment(qtbot: Any, ctx: Any) -> None:
    """Minutes in place: a barrier re-assessment from the item (with a concrete ask, which
    becomes an ask), linked to the meeting's item."""
    from PySide6.QtWidgets import QDialogButtonBox

    from brobygger.services.asks import AskFilter
    from brobygger.ui.common import set_combo_value
    from brobygger.ui.forms.ui_itembarrierdialog import Ui_ItemBarrierDialog

    svc = ctx.svc
    fx = mf.build(svc)
    svc.meetings.save_agenda(fx.next, svc.meetings.propose_agenda(fx.next))
    minutes = MinutesDialog(ctx, fx.next)
    qtbot.addWidget(minutes)
    minutes.show()
    settle(ctx)
    assert minutes.barrier_button.isEnabled()
    minutes.items_view.selectRow(0)
    settle(ctx)
    dlg = minutes.new_barrier()
    assert isinstance(dlg, forms.BarrierDialog) and isinstance(dlg.ui, Ui_ItemBarrierDialog)
    _labels_have_buddies(dlg)
    set_combo_value(dlg.barrier, "ressourcepres")
    dlg.impact.setValue(3)
    set_combo_value(dlg.level, "topledelse")
    dlg.ask.setText("Midler til weekenddækning")
    dlg.ask_to.setText("Direktionerne")
    set_combo_value(dlg.status, "eskaleret")
    shoot(dlg, "meetings-item-barrier-dialog-da")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(ctx)
    view = svc.meetings.view(fx.next)
    created = view.items[0].created
    assert [lk.entity for lk in created] == ["barrier_assessment"]
    barrier = svc.barriers.get(created[0].record_id)
    assert (barrier.barrier, barrier.impact, barrier.status, barrier.assessed_on) == (
        "ressourcepres", 3, "eskaleret", view.meeting.meeting_date)
    asks = svc.asks.list(AskFilter(initiative_id=barrier.initiative_id))
    assert any(a.barrier_assessment_id == barrier.id and a.title == "Midler til "
               "weekenddækning" for a in asks)
    minutes.finish()
    settle(ctx)
