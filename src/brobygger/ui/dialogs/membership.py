"""The dialogs that tie organisations (parties) and people (members) to an initiative."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QPushButton

from brobygger.domain.catalogue import MEMBER_ROLES
from brobygger.ui.common import set_combo_value
from brobygger.ui.dialogs.directory import OrganisationDialog
from brobygger.ui.dialogs.record import RecordDialog, open_dialog
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
        self.lookup(self.ui.organisation_id, "organisations",
                    _tr("dialogs", "(vælg organisation)"))
        # a new organisation can be created right here (it goes into the directory)
        self.new_org_button = QPushButton(_tr("dialogs", "Ny organisation …"), self)
        self.new_org_button.setToolTip(_tr("dialogs", "Opret organisationen i kartoteket og "
                                                      "vælg den som part"))
        self.new_org_button.clicked.connect(self.new_organisation)
        form: QFormLayout = self.ui.form
        position: Any = form.getWidgetPosition(self.ui.organisation_id)
        form.insertRow(int(position[0]) + 1, "", self.new_org_button)

    def new_organisation(self) -> OrganisationDialog:
        dlg = OrganisationDialog(self.ctx, None, self)
        dlg.saved.connect(self._organisation_created)
        open_dialog(dlg)
        self.org_dialog = dlg
        return dlg

    def _organisation_created(self, org: Any) -> None:
        """The new organisation joins the choices (it came back from the save: no query)."""
        combo = self.ui.organisation_id
        if not set_combo_value(combo, org.id):
            combo.addItem(org.name, org.id)
            set_combo_value(combo, org.id)


class MemberDialog(RecordDialog):
    ui_class = Ui_MemberDialog
    service = "members"
    fields = ("person_id", "role")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Tilføj person")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger rolle")
    choices = (("role", MEMBER_ROLES),)
    presets = (("role", MEMBER_ROLES.default),)

    def setup(self) -> None:
        self.lookup_person("person_id", _tr("dialogs", "(vælg person)"))
