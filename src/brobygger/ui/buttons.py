"""A row of command buttons under a list (the asks' and the agreements' views)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

Command = tuple[str, Callable[[], object]]


def command_row(parent: QWidget, commands: Sequence[Command]
                ) -> tuple[QHBoxLayout, list[QPushButton]]:
    """One button per ``(text, what a click does)``, left-aligned in a row; the buttons
    in the order given."""
    row = QHBoxLayout()
    buttons = []
    for text, command in commands:
        button = QPushButton(text, parent)
        button.clicked.connect(command)
        row.addWidget(button)
        buttons.append(button)
    row.addStretch(1)
    return row, buttons
