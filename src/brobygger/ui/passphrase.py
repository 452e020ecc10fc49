"""Passphrase dialogs (the UI side; keys and their storage are in ``store``).

A new passphrase is typed twice, with a strength hint, and a too short or mismatching one
asks again in the same dialog instead of ending the start. A passphrase that does not fit
says »Forkert adgangsfrase« with *Prøv igen* as the default – restoring a backup is never
the default answer to a typo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain import passphrase as rules
from brobygger.ui import style
from brobygger.ui.boxes import MessageBox
from brobygger.ui.common import InlineErrors
from brobygger.ui.form_setup import add_text
from brobygger.ui.i18n import tr as _tr

RETRY, RESTORE, QUIT = "retry", "restore", "quit"



def strength_text(text: str) -> str:
    score = rules.strength(text)
    return [_tr("passphrase", "For kort: mindst {n} tegn.").format(n=rules.MIN_LENGTH),
            _tr("passphrase", "Styrke: svag – brug flere ord."),
            _tr("passphrase", "Styrke: middel – et ord mere gør den stærkere."),
            _tr("passphrase", "Styrke: god."),
            _tr("passphrase", "Styrke: stærk.")][score]


class PassphraseDialog(QDialog):
    """One field for an existing passphrase; two and a strength hint for a new one."""

    def __init__(self, new: bool, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(_tr("passphrase",
                                "Ny adgangsfrase") if new else _tr("passphrase", "Adgangsfrase"))
        layout = QVBoxLayout(self)
        if reason:
            add_text(layout, reason, self)
        if new:
            add_text(layout, _tr("passphrase",
                                 "Vælg en adgangsfrase på mindst {n} tegn – gerne nogle ord, "
                                 "du kan huske. Den kan ikke findes igen, hvis du glemmer den."
                                 ).format(n=rules.MIN_LENGTH), self, "hint")
        form = QFormLayout()
        layout.addLayout(form)
        self.first = self._field(_tr("passphrase", "Adgangsfrase"))
        form.addRow(_tr("passphrase", "&Adgangsfrase:"), self.first)
        self.second = self._field(_tr("passphrase", "Gentag adgangsfrasen"))
        self.meter = QLabel(self)
        if new:
            form.addRow(_tr("passphrase", "&Gentag:"), self.second)
            form.addRow("", self.meter)
            style.set_role(self.meter, "hint")
            self.first.textChanged.connect(self._update)
            self._update()
        else:
            self.second.hide()
            self.meter.hide()
        form_error = QLabel(self)
        layout.addWidget(form_error)
        self.errors = InlineErrors(self, form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("passphrase", "OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("passphrase",
                                                                           "Annuller"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)
        # shown whole (wrapped labels need their height for the width), never cramped
        layout.activate()
        height = layout.totalHeightForWidth(480) if layout.hasHeightForWidth() \
            else self.sizeHint().height()
        self.setMinimumSize(480, max(height, self.sizeHint().height()) + 70)

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(280)
        return edit

    def _update(self) -> None:
        self.meter.setText(strength_text(self.first.text()))
        self.meter.setAccessibleName(self.meter.text())

    def text(self) -> str:
        return self.first.text()

    def check(self) -> None:
        self.errors.clear()
        text = self.first.text()
        if not text:
            self.errors.show(self.first, _tr("passphrase", "Skriv adgangsfrasen."))
            return
        if self.new and len(text) < rules.MIN_LENGTH:
            self.errors.show(self.first, _tr("passphrase",
                                             "Adgangsfrasen er for kort: brug mindst {n} "
                                             "tegn.").format(n=rules.MIN_LENGTH))
            return
        if self.new and self.second.text() != text:
            self.errors.show(self.second, _tr("passphrase",
                                              "De to adgangsfraser er ikke ens. Skriv den "
                                              "samme to gange."))
            self.second.clear()
            return
        self.accept()


def _ask(parent: QWidget | None, new: bool, reason: str) -> str | None:
    dlg = PassphraseDialog(new, reason, parent)
    return dlg.text() if dlg.exec() == QDialog.DialogCode.Accepted else None


def _wrong(parent: QWidget | None, can_restore: bool) -> str:
    box = MessageBox(QMessageBox.Icon.Warning, _tr("passphrase", "Forkert adgangsfrase"),
                      _tr("passphrase",
                          "Forkert adgangsfrase. Arbejdsområdet er ikke ændret."), parent=parent)
    box.setInformativeText(_tr("passphrase", "Tjek Caps Lock og tastaturets sprog, og prøv igen."))
    retry = box.addButton(_tr("passphrase", "Prøv igen"), QMessageBox.ButtonRole.AcceptRole)
    restore = box.addButton(_tr("passphrase", "Gendan en sikkerhedskopi …"),
                            QMessageBox.ButtonRole.ActionRole) if can_restore else None
    quit_ = box.addButton(_tr("passphrase", "Afslut"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else RESTORE if clicked is restore and restore else QUIT


# Tests replace these: (parent, new, reason) -> text | None and (parent, can_restore) -> answer.
ask_hook: Callable[[QWidget | None, bool, str], str | None] = _ask
wrong_hook: Callable[[QWidget | None, bool], str] = _wrong
