"""The log entry dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFormLayout

from brobygger.domain.catalogue import (
    BARRIERS,
    DECISION_STATUSES,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    PLAGUES,
    Rule,
)
from brobygger.ui import i18n
from brobygger.ui.common import combo_value, fill_combo, set_combo_value
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_logentrydialog import Ui_LogEntryDialog
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import CheckListModel


class LogEntryDialog(RecordDialog):
    ui_class = Ui_LogEntryDialog
    service = "log"
    fields = ("entry_date", "type", "title", "initiative_id", "decision_status",
              "escalation_level", "escalated_to", "body", "tags", "participants", "plagues",
              "barriers")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny logindførsel")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger logindførsel")

    def setup(self) -> None:
        ui = self.ui
        fill_combo(ui.type, i18n.choices(ENTRY_TYPES))
        self.lookup(ui.initiative_id, "initiatives",
                    _tr("dialogs", "(ikke knyttet til et initiativ)"))
        fill_combo(ui.decision_status, i18n.choices(DECISION_STATUSES))
        fill_combo(ui.escalation_level, [c for c in i18n.choices(ESCALATION_LEVELS)
                                         if c[0] != "lokalt"],
                   none_label=_tr("dialogs", "(vælg niveau)"))
        people = CheckListModel([], self)
        self.lookup(people, "people")
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(people)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.participants.setModel(proxy)
        ui.participantsFilter.textChanged.connect(proxy.setFilterFixedString)
        plagues = CheckListModel(i18n.choices(PLAGUES), self,
                                 {i.code: i.description() for i in PLAGUES.items})
        barriers = CheckListModel(i18n.choices(BARRIERS), self,
                                  {i.code: i.description() for i in BARRIERS.items})
        ui.plagues.setModel(plagues)
        ui.barriers.setModel(barriers)
        self.check_models = {"participants": people, "plagues": plagues, "barriers": barriers}
        for view in (ui.plagues, ui.barriers):
            view.setMaximumHeight(150)
        ui.participants.setMinimumWidth(300)
        for view in (ui.participants, ui.plagues, ui.barriers):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.body.setMinimumHeight(140)
        ui.type.currentIndexChanged.connect(self._type_changed)

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        from brobygger.ui.drafts import DraftKeeper

        set_combo_value(self.ui.type, ENTRY_TYPES.default)
        super().load_defaults(defaults)
        self._type_changed()
        self.draft_keeper = DraftKeeper(self)  # a new entry survives a crash

    def load(self, record: Any) -> None:
        super().load(record)
        self._type_changed()

    def _type_changed(self) -> None:
        kind = combo_value(self.ui.type)
        form: QFormLayout = self.ui.form
        form.setRowVisible(self.ui.decision_status, ENTRY_TYPES.has(kind, Rule.DECISION))
        form.setRowVisible(self.ui.escalation_level, kind == "eskalering")
        form.setRowVisible(self.ui.escalated_to, kind == "eskalering")

    def values(self) -> dict[str, Any]:
        out = super().values()
        kind = out.get("type")
        if not ENTRY_TYPES.has(kind, Rule.DECISION):
            out["decision_status"] = None
        if kind != "eskalering":
            out["escalation_level"] = None
            out["escalated_to"] = ""
        return out
