"""The indicator and measurement dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import DIRECTIONS
from brobygger.ui import i18n, style
from brobygger.ui.common import fill_combo
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_indicatordialog import Ui_IndicatorDialog
from brobygger.ui.forms.ui_measurementdialog import Ui_MeasurementDialog


class IndicatorDialog(RecordDialog):
    ui_class = Ui_IndicatorDialog
    service = "indicators"
    fields = ("name", "unit", "direction", "baseline", "target", "description")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny indikator")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger indikator")

    def setup(self) -> None:
        fill_combo(self.ui.direction, i18n.choices(DIRECTIONS))
        style.set_role(self.ui.intro, "hint")


class MeasurementDialog(RecordDialog):
    ui_class = Ui_MeasurementDialog
    service = "measurements"
    fields = ("measured_on", "value", "source")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny måling")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger måling")
