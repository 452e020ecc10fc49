"""The indicator and measurement dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import DIRECTIONS
from brobygger.ui import style
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_indicatordialog import Ui_IndicatorDialog
from brobygger.ui.forms.ui_measurementdialog import Ui_MeasurementDialog
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import CheckListModel


class IndicatorDialog(RecordDialog):
    ui_class = Ui_IndicatorDialog
    service = "indicators"
    fields = ("name", "unit", "direction", "parties", "baseline", "target", "description")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny indikator")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger indikator")
    choices = (("direction", DIRECTIONS),)

    def setup(self) -> None:
        style.set_role(self.ui.intro, "hint")
        # broken down by party: the initiative's parties to choose from (issue 17)
        parties = CheckListModel([], self)
        self.ui.parties.setModel(parties)
        self.ui.parties.setMaximumHeight(96)
        self.ui.parties.setAccessibleName(_tr("dialogs", "Opdelt på parter"))
        self.check_models = {"parties": parties}
        initiative = self._wanted("initiative_id")
        if initiative is not None:
            self.lookup(parties, f"parties:{initiative}")


class MeasurementDialog(RecordDialog):
    ui_class = Ui_MeasurementDialog
    service = "measurements"
    fields = ("measured_on", "value", "organisation_id", "source")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny måling")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger måling")

    def setup(self) -> None:
        # one of the indicator's parties, or none: the whole population (issue 17)
        indicator = self._wanted("indicator_id")
        self.lookup(self.ui.organisation_id,
                    f"indicator_parties:{indicator}" if indicator else "none",
                    _tr("dialogs", "(hele befolkningen)"))

    def after_lookups(self) -> None:
        has_parties = self.ui.organisation_id.count() > 1
        self.ui.organisation_id.setEnabled(has_parties)
        self.ui.organisation_id_label.setEnabled(has_parties)
