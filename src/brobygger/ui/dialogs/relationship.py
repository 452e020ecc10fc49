"""The relationship assessment dialog (kendskab, respekt, tillid for two parties)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from brobygger.domain import rules
from brobygger.ui import i18n
from brobygger.ui.common import combo_value, fill_combo, set_combo_value
from brobygger.ui.dialogs.record import RecordDialog
from brobygger.ui.forms.ui_relationshipdialog import Ui_RelationshipDialog
from brobygger.ui.i18n import tr as _tr


class RelationshipDialog(RecordDialog):
    ui_class = Ui_RelationshipDialog
    service = "relationships"
    fields = ("assessed_on", "kendskab", "respekt", "tillid", "note")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny relationsvurdering")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger relationsvurdering")

    def widget_for(self, name: str) -> QWidget | None:
        """The services name a party by its column (``org_a_id``, ``person_b_id``); the
        dialog has one combo box per side."""
        if name in ("org_a_id", "person_a_id", "org_b_id", "person_b_id"):
            name = "party_" + name.split("_")[1]
        return super().widget_for(name)

    def setup(self) -> None:
        ui = self.ui
        fill_combo(ui.kind, [("org", _tr("dialogs", "To organisationer")),
                             ("person", _tr("dialogs", "To personer"))])
        ui.kind.currentIndexChanged.connect(self._fill_parties)
        from brobygger.ui.pickers import replace_combo

        ui.party_a, ui.party_b = replace_combo(ui.party_a), replace_combo(ui.party_b)
        self._lookup_kinds.update({"person_choices", "organisations"})
        if self._initiative_id():
            self._lookup_kinds.add(f"parties:{self._initiative_id()}")
        for spin in (ui.kendskab, ui.respekt, ui.tillid):
            spin.setValue(5)
            spin.valueChanged.connect(self._preview)
        self._fill_parties()
        self._preview()

    def _initiative_id(self) -> Any:
        return self.defaults.get("initiative_id") or (
            self.record.initiative_id if self.record is not None else None)

    def _fill_parties(self) -> None:
        data = self.lookup_data
        if combo_value(self.ui.kind) == "person":  # the initiative's members first
            for picker in (self.ui.party_a, self.ui.party_b):
                picker.set_people(data.get("person_choices", []), _tr("dialogs", "(vælg)"),
                                  self._initiative_id())
                picker.setCurrentIndex(0)
            return
        items = list(data.get("organisations", []))
        initiative_id = self._initiative_id()
        if initiative_id:  # the initiative's parties first
            parties = {o for o, _n in data.get(f"parties:{initiative_id}", [])}
            items.sort(key=lambda x: (x[0] not in parties, x[1]))
        self.ui.party_a.set_plain(items, _tr("dialogs", "(vælg)"))
        self.ui.party_b.set_plain(items, _tr("dialogs", "(vælg)"))

    def _preview(self) -> None:
        k, r, t = self.ui.kendskab.value(), self.ui.respekt.value(), self.ui.tillid.value()
        stage = rules.ladder_stage(k, r, t)
        nxt = rules.next_step(k, r, t)
        text = "<b>" + rules.stage_label(stage, i18n.lang()) + "</b>"
        if nxt is not None:
            text += " · " + _tr("dialogs", "næste trin: {step}").format(
                step=rules.stage_label(nxt, i18n.lang()).lower())
        self.ui.stagePreview.setText(text)

    def load(self, record: Any) -> None:
        super().load(record)
        is_org = record.org_a_id is not None
        set_combo_value(self.ui.kind, "org" if is_org else "person")
        self._fill_parties()
        self._preview()

    def after_lookups(self) -> None:
        """Fill the parties and choose the record's (or the defaults') pair."""
        self._fill_parties()
        if self.record is not None:
            r, is_org = self.record, self.record.org_a_id is not None
            a, b = (r.org_a_id, r.org_b_id) if is_org else (r.person_a_id, r.person_b_id)
        else:
            a, b = self.defaults.get("party_a"), self.defaults.get("party_b")
        if a is not None:
            set_combo_value(self.ui.party_a, a)
        if b is not None:
            set_combo_value(self.ui.party_b, b)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out.pop("party_a", None)
        out.pop("party_b", None)
        a, b = combo_value(self.ui.party_a), combo_value(self.ui.party_b)
        if combo_value(self.ui.kind) == "person":
            out.update(person_a_id=a, person_b_id=b, org_a_id=None, org_b_id=None)
        else:
            out.update(org_a_id=a, org_b_id=b, person_a_id=None, person_b_id=None)
        if self.record is None:
            out.setdefault("initiative_id", self.defaults.get("initiative_id"))
        return out
