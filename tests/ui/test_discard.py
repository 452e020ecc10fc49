"""»Kassér ændringerne?«: Escape, the close button and Annuller ask when something changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.ui import discard
from brobygger.ui.dialogs import ActionDialog, InitiativeDialog, LogEntryDialog
from tests.ui.conftest import closed, settle


class Answers(list):
    """The answers the question gives, in order; ``asked`` counts the questions."""

    asked = 0

    def __call__(self, parent) -> str:
        self.asked += 1
        return self.pop(0)


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(discard, "discard_hook", a)
    return a


@pytest.mark.parametrize("cls", [LogEntryDialog, InitiativeDialog, ActionDialog])
def test_nothing_changed_closes_without_asking(qtbot, window, ctx, answers, cls):
    dlg = cls(ctx, None, window)
    dlg.show()
    settle(ctx)  # the choices arrive: filling them is no change
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert closed(dlg)
    assert answers.asked == 0


def test_escape_close_and_cancel_ask(qtbot, window, ctx, answers):
    dlg = LogEntryDialog(ctx, None, window)
    dlg.show()
    settle(ctx)
    QTest.keyClicks(dlg.ui.title, "Møde med praksiskonsulenterne")
    answers += ["continue", "continue", "continue"]
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()
    dlg.close()
    assert dlg.isVisible()
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert dlg.ui.title.text() == "Møde med praksiskonsulenterne"
    assert answers.asked == 3
    answers.append("discard")
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert closed(dlg)
    settle(ctx)
    assert answers.asked == 4


def test_save_from_the_question(qtbot, window, ctx, answers):
    dlg = ActionDialog(ctx, None, window)
    dlg.show()
    settle(ctx)
    QTest.keyClicks(dlg.ui.title, "Send referat til styregruppen")
    answers.append("save")
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert [a.title for a in ctx.svc.actions.list()] == ["Send referat til styregruppen"]
