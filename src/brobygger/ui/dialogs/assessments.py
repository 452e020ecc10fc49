"""The plague and barrier assessment dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import BARRIER_STATUSES, BARRIERS, ESCALATION_LEVELS, PLAGUES
from brobygger.ui import i18n, style
from brobygger.ui.common import combo_value, fill_combo, set_combo_value
from brobygger.ui.dialogs.choices import impact_choices, severity_choices
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_barrierdialog import Ui_BarrierDialog
from brobygger.ui.forms.ui_plaguedialog import Ui_PlagueDialog
from brobygger.ui.i18n import tr as _tr


class PlagueDialog(RecordDialog):
    ui_class = Ui_PlagueDialog
    service = "plagues"
    fields = ("plague", "assessed_on", "severity", "note", "mitigation", "owner_id")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny vurdering af plage")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger vurdering af plage")

    def setup(self) -> None:
        fill_combo(self.ui.plague, i18n.choices(PLAGUES))
        fill_combo(self.ui.severity, severity_choices())
        self.lookup_person("owner_id", _tr("dialogs", "(ingen)"))
        self.ui.plague.currentIndexChanged.connect(self._describe)
        style.set_role(self.ui.plagueDescription, "hint")
        self._describe()

    def _describe(self) -> None:
        code = combo_value(self.ui.plague)
        self.ui.plagueDescription.setText(PLAGUES.get(code).description() if code else "")

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.severity, 1)
        super().load_defaults(defaults)


class BarrierDialog(RecordDialog):
    ui_class = Ui_BarrierDialog
    service = "barriers"
    fields = ("barrier", "assessed_on", "impact", "escalation_level", "ask", "ask_to", "status")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny vurdering af barriere")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger vurdering af barriere")

    def setup(self) -> None:
        fill_combo(self.ui.barrier, i18n.choices(BARRIERS))
        fill_combo(self.ui.impact, impact_choices())
        fill_combo(self.ui.escalation_level, i18n.choices(ESCALATION_LEVELS))
        fill_combo(self.ui.status, i18n.choices(BARRIER_STATUSES))
        self.ui.barrier.currentIndexChanged.connect(self._describe)
        style.set_role(self.ui.barrierDescription, "hint")
        self._describe()

    def _describe(self) -> None:
        code = combo_value(self.ui.barrier)
        self.ui.barrierDescription.setText(BARRIERS.get(code).description() if code else "")

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.impact, 2)
        super().load_defaults(defaults)
