"""Numbers that say no: a score typed outside 1–10 is kept and reported, never changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.ui import common
from brobygger.ui.dialogs import RelationshipDialog
from brobygger.ui.numberfields import ScoreBox
from tests.ui.conftest import closed, settle


def test_a_score_of_11_is_not_silently_1(qtbot, window, ctx):
    a = ctx.svc.organisations.create(name="Viborg Kommune", sector="kommune")
    b = ctx.svc.organisations.create(name="Regionshospitalet Viborg", sector="region_hospital")
    dlg = RelationshipDialog(ctx, None, window)
    dlg.show()
    settle(ctx)
    common.set_combo_value(dlg.ui.party_a, a.id)
    common.set_combo_value(dlg.ui.party_b, b.id)
    box = dlg.ui.kendskab
    assert isinstance(box, ScoreBox)
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "11")
    assert box.value() == 11 and box.text() == "11"
    label = dlg.error_label("kendskab")
    assert label is not None and "fra 1 til 10" in label.text() and "11" in label.text()
    save = dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert dlg.isVisible() and ctx.svc.relationships.list() == []
    # arrows stay inside the range; the message goes when the value fits
    box.stepBy(1)
    assert box.value() == 10
    assert dlg.error_label("kendskab") is None
    box.stepBy(5)
    assert box.value() == 10
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert [r.kendskab for r in ctx.svc.relationships.list()] == [10]
