"""The action dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import ACTION_STATUSES
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_actiondialog import Ui_ActionDialog
from brobygger.ui.i18n import tr as _tr


class ActionDialog(RecordDialog):
    ui_class = Ui_ActionDialog
    service = "actions"
    fields = ("title", "initiative_id", "owner_id", "due_date", "status", "notes")
    optional_dates = ("due_date",)
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny handling")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger handling")
    choices = (("status", ACTION_STATUSES),)

    def setup(self) -> None:
        self.lookup(self.ui.initiative_id, "initiatives", _tr("dialogs", "(intet initiativ)"))
        self.lookup_person("owner_id", _tr("dialogs", "(ingen)"))
