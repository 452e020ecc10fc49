"""The log entry dialog."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget

from brobygger.domain.catalogue import (
    BARRIERS,
    DECISION_STATUSES,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    PLAGUES,
)
from brobygger.domain.rules import takes_decision, takes_escalation
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
        self._lookup_kinds.add("person_choices")  # filled in after_lookups (members first)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(people)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)  # name, title and organisation
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
        self._steady_type_rows()
        ui.type.currentIndexChanged.connect(self._type_changed)

    def _steady_type_rows(self) -> None:
        """The fields only some types have (decision status, escalation) sit at the end of
        the form, each in a stack with an empty page: a field not used by the type shows
        the empty page (and its label no text), so changing the type moves nothing."""
        ui, form = self.ui, self.ui.form
        self._type_rows: dict[QWidget, tuple[QLabel, QStackedWidget, str]] = {}
        for field in (ui.decision_status, ui.escalation_level, ui.escalated_to):
            label = form.labelForField(field)
            form.takeRow(field)
            stack = QStackedWidget(self)
            stack.setObjectName(field.objectName() + "_room")
            stack.addWidget(field)
            stack.addWidget(QWidget(stack))
            stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            assert isinstance(label, QLabel)
            label.setMinimumWidth(label.sizeHint().width())  # the label column stays too
            form.addRow(label, stack)
            self._type_rows[field] = (label, stack, label.text())
        chain = [ui.initiative_id, ui.body, ui.tags, ui.decision_status, ui.escalation_level,
                 ui.escalated_to, ui.participantsFilter]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def after_lookups(self) -> None:
        """The participants: the initiative's members first, organisation beside the name;
        the filter matches name, title and organisation."""
        self._fill_participants()
        self.ui.initiative_id.currentIndexChanged.connect(self._fill_participants)

    def _fill_participants(self) -> None:
        from brobygger.ui.pickers import person_items, person_tooltip

        choices = self.lookup_data.get("person_choices", [])
        self.check_models["participants"].set_items(
            person_items(choices, self.people_initiative()),
            {c.id: person_tooltip(c) for c in choices})

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
        for field, shown in ((self.ui.decision_status, takes_decision(kind)),
                             (self.ui.escalation_level, takes_escalation(kind)),
                             (self.ui.escalated_to, takes_escalation(kind))):
            label, stack, text = self._type_rows[field]  # their room stays (no jump)
            stack.setCurrentIndex(0 if shown else 1)
            label.setText(text if shown else "")

    def values(self) -> dict[str, Any]:
        out = super().values()
        kind = out.get("type")
        if not takes_decision(kind):
            out["decision_status"] = None
        if not takes_escalation(kind):
            out["escalation_level"] = None
            out["escalated_to"] = ""
        return out
