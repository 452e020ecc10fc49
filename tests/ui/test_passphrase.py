"""A new passphrase is typed twice with a strength hint; too short or different asks again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from brobygger.domain.passphrase import strength
from brobygger.ui.passphrase import PassphraseDialog


def test_strength_hint() -> None:
    assert strength("kort") == 0
    assert strength("12345678") == 1
    assert strength("akutteam1") >= 1
    assert strength("Viborg-akutteam-2026!") >= 3
    assert strength("fire ord der ikke hænger sammen") == 4


def test_new_passphrase_twice(qtbot):
    dlg = PassphraseDialog(True, "Arbejdsområdet krypteres.")
    qtbot.addWidget(dlg)
    dlg.show()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.first.setText("kort")
    assert "For kort" in dlg.meter.text()
    ok.click()
    assert dlg.isVisible() and "for kort" in dlg.errors.text(dlg.first)
    dlg.first.setText("grøn bro over åen")
    assert "Styrke" in dlg.meter.text()
    dlg.second.setText("grøn bro over aaen")
    ok.click()
    assert dlg.isVisible() and "ikke ens" in dlg.errors.text(dlg.second)
    assert dlg.second.text() == ""
    dlg.second.setText("grøn bro over åen")
    ok.click()
    assert not dlg.isVisible() and dlg.result() == PassphraseDialog.DialogCode.Accepted
    assert dlg.text() == "grøn bro over åen"


def test_existing_passphrase_once(qtbot):
    dlg = PassphraseDialog(False, "")
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.second.isVisible()
    dlg.first.setText("x")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.result() == PassphraseDialog.DialogCode.Accepted
