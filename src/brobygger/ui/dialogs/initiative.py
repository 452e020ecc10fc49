"""The initiative dialog: name, status, parent, period, purpose and the profile sliders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QWidget

from brobygger.domain.catalogue import (
    CORNERSTONES,
    FORMALISATION,
    INITIATIVE_KINDS,
    INITIATIVE_STATUSES,
    MEANINGS,
)
from brobygger.ui import i18n
from brobygger.ui.common import fill_combo, set_combo_value
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_initiativedialog import Ui_InitiativeDialog
from brobygger.ui.i18n import tr as _tr


class InitiativeDialog(RecordDialog):
    ui_class = Ui_InitiativeDialog
    service = "initiatives"
    fields = ("name", "status", "kind", "parent_id", "start_date", "end_date", "purpose",
              "trigger")
    optional_dates = ("start_date", "end_date")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Nyt initiativ")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger initiativ")

    def setup(self) -> None:
        fill_combo(self.ui.status, i18n.choices(INITIATIVE_STATUSES))
        fill_combo(self.ui.kind, i18n.choices(INITIATIVE_KINDS),
                   none_label=_tr("dialogs", "(ikke angivet)"))
        own = self.record.id if self.record is not None else None
        self.lookup(self.ui.parent_id, "initiatives",
                    _tr("dialogs", "(intet – et selvstændigt initiativ)"), exclude=own)
        self.sliders: dict[str, dict[str, QSlider]] = {"formalisation": {}, "meaning": {},
                                                       "cornerstones": {}}
        grid: QGridLayout = self.ui.formalisationGrid
        for row, item in enumerate(FORMALISATION.items):
            name = QLabel(item.label(i18n.lang()))
            name.setToolTip(item.description())
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(_tr("dialogs", "samarbejde")), row, 1)
            slider = self._slider(0, 5, _tr("dialogs", "ikke vurderet"))
            grid.addWidget(slider, row, 2)
            grid.addWidget(QLabel(_tr("dialogs", "samordning")), row, 3)
            grid.addWidget(slider.value_label, row, 4)  # type: ignore[attr-defined]
            self.sliders["formalisation"][item.code] = slider
        grid.setColumnStretch(2, 1)
        mgrid: QGridLayout = self.ui.meaningGrid
        row = 0
        for key, catalogue, heading in (("meaning", MEANINGS, _tr("dialogs", "Fælles mening")),
                                        ("cornerstones", CORNERSTONES,
                                         _tr("dialogs", "Hjørnesten"))):
            head = QLabel(f"<b>{heading}</b>")
            mgrid.addWidget(head, row, 0, 1, 3)
            row += 1
            for item in catalogue.items:
                name = QLabel(item.label(i18n.lang()))
                name.setToolTip(item.description())
                slider = self._slider(0, 3, "0")
                mgrid.addWidget(name, row, 0)
                mgrid.addWidget(slider, row, 1)
                mgrid.addWidget(slider.value_label, row, 2)  # type: ignore[attr-defined]
                self.sliders[key][item.code] = slider
                row += 1
        mgrid.setColumnStretch(1, 1)

    def _slider(self, lo: int, hi: int, zero_text: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(lo, hi)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setMinimumWidth(160)
        value_label = QLabel(zero_text)
        value_label.setMinimumWidth(90)

        def show(v: int) -> None:
            value_label.setText(zero_text if v == 0 else str(v))

        slider.valueChanged.connect(show)
        slider.value_label = value_label  # type: ignore[attr-defined]
        return slider

    def load(self, record: Any) -> None:
        super().load(record)
        for key in self.sliders:
            current = getattr(record, key) or {}
            for code, slider in self.sliders[key].items():
                slider.setValue(int(current.get(code, 0)))

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.status, INITIATIVE_STATUSES.default)
        super().load_defaults(defaults)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["formalisation"] = {c: s.value() for c, s in self.sliders["formalisation"].items()
                                if s.value() > 0}
        out["meaning"] = {c: s.value() for c, s in self.sliders["meaning"].items()}
        out["cornerstones"] = {c: s.value() for c, s in self.sliders["cornerstones"].items()}
        return out

    def widget_for(self, name: str) -> QWidget | None:
        if name in ("formalisation", "meaning", "cornerstones"):
            sliders = list(self.sliders[name].values())
            return sliders[0] if sliders else None
        return super().widget_for(name)
