"""The plague and barrier assessment dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import BARRIER_STATUSES, BARRIERS, ESCALATION_LEVELS, PLAGUES
from brobygger.ui.dialogs.choices import describe_choice, impact_choices, severity_choices
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
    choices = (("plague", PLAGUES), ("severity", severity_choices))
    presets = (("severity", 1),)

    def setup(self) -> None:
        self.lookup_person("owner_id", _tr("dialogs", "(ingen)"))
        describe_choice(self.ui.plague, self.ui.plagueDescription, PLAGUES)


class BarrierDialog(RecordDialog):
    ui_class = Ui_BarrierDialog
    service = "barriers"
    fields = ("barrier", "assessed_on", "impact", "escalation_level", "ask", "ask_to", "status")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny vurdering af barriere")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger vurdering af barriere")
    choices = (("barrier", BARRIERS), ("impact", impact_choices),
               ("escalation_level", ESCALATION_LEVELS), ("status", BARRIER_STATUSES))
    presets = (("impact", 2),)

    def setup(self) -> None:
        describe_choice(self.ui.barrier, self.ui.barrierDescription, BARRIERS)
