"""The person and organisation dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from brobygger.domain.catalogue import LEVELS, ORGANISATION_KINDS, PERSON_ROLES, SECTORS
from brobygger.ui import i18n, style
from brobygger.ui.common import fill_combo
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_organisationdialog import Ui_OrganisationDialog
from brobygger.ui.forms.ui_persondialog import Ui_PersonDialog
from brobygger.ui.i18n import tr as _tr


class PersonDialog(RecordDialog):
    ui_class = Ui_PersonDialog
    service = "people"
    fields = ("name", "title", "organisation_id", "level", "role", "phone", "email",
              "is_champion", "active_from", "active_to", "notes")
    optional_dates = ("active_from", "active_to")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny person")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger person")
    choices = (("level", LEVELS),)
    presets = (("level", LEVELS.default),)

    def setup(self) -> None:
        self.lookup(self.ui.organisation_id, "organisations", _tr("dialogs", "(ingen)"))
        fill_combo(self.ui.role, i18n.choices(PERSON_ROLES),
                   none_label=_tr("dialogs", "(ingen af disse)"))
        style.set_role(self.ui.intro, "hint")


class OrganisationDialog(RecordDialog):
    ui_class = Ui_OrganisationDialog
    service = "organisations"
    fields = ("name", "sector", "kind", "parent_id", "notes")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny organisation")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger organisation")
    choices = (("sector", SECTORS), ("kind", ORGANISATION_KINDS))
    presets = (("kind", ORGANISATION_KINDS.default),)

    def setup(self) -> None:
        own = self.record.id if self.record is not None else None
        self.lookup(self.ui.parent_id, "organisations", _tr("dialogs", "(ingen)"), exclude=own)
