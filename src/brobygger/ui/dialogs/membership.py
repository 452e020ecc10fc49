"""The dialogs that tie organisations (parties) and people (members) to an initiative."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import MEMBER_ROLES
from brobygger.ui import i18n
from brobygger.ui.common import fill_combo, set_combo_value
from brobygger.ui.dialogs.choices import organisation_items, people_items
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_memberdialog import Ui_MemberDialog
from brobygger.ui.forms.ui_partydialog import Ui_PartyDialog
from brobygger.ui.i18n import tr as _tr


class PartyDialog(RecordDialog):
    ui_class = Ui_PartyDialog
    service = "parties"
    fields = ("organisation_id", "role")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Tilføj part")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger part")

    def setup(self) -> None:
        fill_combo(self.ui.organisation_id, organisation_items(self.ctx),
                   none_label=_tr("dialogs", "(vælg organisation)"))


class MemberDialog(RecordDialog):
    ui_class = Ui_MemberDialog
    service = "members"
    fields = ("person_id", "role")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Tilføj person")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger rolle")

    def setup(self) -> None:
        fill_combo(self.ui.person_id, people_items(self.ctx),
                   none_label=_tr("dialogs", "(vælg person)"))
        fill_combo(self.ui.role, i18n.choices(MEMBER_ROLES))

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.role, MEMBER_ROLES.default)
        super().load_defaults(defaults)
