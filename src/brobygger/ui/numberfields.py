"""Number fields that say no.

:class:`ScoreBox` is a spin box for a whole number in a range (a relationship score 1–10,
a severity 0–3) that lets you *type* a value outside the range – "11" stays "11" instead of
silently becoming "1" – and then says what is allowed. The arrows and the wheel stay inside
the range. Dialogs swap the Designer form's ``QSpinBox`` for it with :func:`replace_spin_box`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from brobygger.domain.errors import ValidationError
from brobygger.ui.datefield import swap_widget
from brobygger.ui.i18n import tr as _tr


def range_message(lo: int, hi: int, typed: int | str) -> str:
    return _tr("numberfields", "Skriv et helt tal fra {lo} til {hi} (du skrev {typed}).").format(
        lo=lo, hi=hi, typed=typed)


class ScoreBox(QSpinBox):
    """A whole number in ``lo``..``hi``; typing outside it is kept and reported."""

    def __init__(self, lo: int, hi: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lo, self.hi = lo, hi
        self.setRange(min(lo, 0), max(99, hi * 10 + 9))  # room to type "11" or "-1"
        self.setValue(lo)
        self.setAccelerated(False)

    def stepBy(self, steps: int) -> None:
        self.setValue(max(self.lo, min(self.hi, self.value() + steps)))

    def stepEnabled(self) -> QSpinBox.StepEnabledFlag:
        flags = QSpinBox.StepEnabledFlag.StepNone
        if self.value() > self.lo:
            flags |= QSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.hi:
            flags |= QSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def in_range(self) -> bool:
        return self.lo <= self.value() <= self.hi

    def message(self) -> str:
        return "" if self.in_range() else range_message(self.lo, self.hi, self.value())

    def checked_value(self, field: str) -> int:
        """The value for saving; outside the range raises :class:`ValidationError`."""
        if not self.in_range():
            raise ValidationError(field, self.message())
        return self.value()


def replace_spin_box(spin: QSpinBox) -> ScoreBox:
    """A :class:`ScoreBox` with the spin box's range, value, name and place."""
    box = ScoreBox(spin.minimum(), spin.maximum(), spin.parentWidget())
    box.setValue(spin.value())
    name = swap_widget(spin, box)
    if name:
        box.setAccessibleName(name)
    return box
