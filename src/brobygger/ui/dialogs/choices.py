"""The choices the dialogs offer: severity and impact scales, initiatives, people and
organisations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel

from brobygger.services.person_choices import person_choices
from brobygger.ui import style
from brobygger.ui.common import combo_value
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.pickers import person_items

if TYPE_CHECKING:
    from brobygger.services import Services


def severity_choices() -> list[tuple[int, str]]:
    return [(0, _tr("dialogs", "0 – ingen")), (1, _tr("dialogs", "1 – lidt")),
            (2, _tr("dialogs", "2 – betydelig")),
            (3, _tr("dialogs", "3 – alvorlig"))]


def impact_choices() -> list[tuple[int, str]]:
    return [(0, _tr("dialogs", "0 – ingen betydning")), (1, _tr("dialogs", "1 – lille")),
            (2, _tr("dialogs", "2 – betydelig")),
            (3, _tr("dialogs", "3 – stor"))]


def describe_choice(combo: QComboBox, label: QLabel, catalogue: Any) -> None:
    """``label`` (a hint under ``combo``) explains the catalogue item chosen, and follows the
    choice."""
    def show() -> None:
        code = combo_value(combo)
        label.setText(catalogue.get(code).description() if code else "")

    combo.currentIndexChanged.connect(show)
    style.set_role(label, "hint")
    show()


def read_lookups(svc: Services, kinds: Iterable[str]) -> dict[str, list[Any]]:
    """The choices of the dialogs' look-ups: ``initiatives``, ``people``, ``person_choices``,
    ``organisations``, ``forums``, ``parties:<initiative id>`` (its organisations) and
    ``indicator_parties:<indicator id>`` (the organisations it is broken down by). Database work:
    the dialogs run it in the background (:meth:`RecordDialog.lookup`)."""
    out: dict[str, list[Any]] = {}
    for kind in kinds:
        if kind == "initiatives":
            out[kind] = [(i.id, i.name) for i in svc.initiatives.all()]
        elif kind == "organisations":
            out[kind] = [(o.id, o.name) for o in svc.organisations.all()]
        elif kind == "people":  # (id, "Name (Organisation)") for check lists
            out[kind] = list(person_items(person_choices(svc)))
        elif kind == "person_choices":  # for the person pickers
            out[kind] = list(person_choices(svc))
        elif kind == "forums":
            out[kind] = [(f.id, f.name) for f in svc.meetings.forums.all()]
        elif kind.startswith("indicator_parties:"):  # an indicator's parties (issue 17)
            ind = svc.indicators.get(uuid.UUID(kind.split(":", 1)[1]))
            orgs = {o.id: o.name for o in svc.organisations.all(include_deleted=True)}
            out[kind] = [(p, orgs.get(p, "")) for p in ind.parties]
        elif kind == "none":
            out[kind] = []
        elif kind == "indicators":
            names = {i.id: i.name for i in svc.initiatives.all()}
            out[kind] = [(i.id, f"{i.name} ({names.get(i.initiative_id, '')})")
                         for i in svc.indicators.list()]
        elif kind == "agreements":
            out[kind] = [(a.id, f"{a.title} ({a.version_label})")
                         for a in svc.agreements.agreements.all()]
        elif kind.startswith("parties:"):
            out[kind] = [(p.organisation_id, p.organisation_name)
                         for p in svc.parties.list(uuid.UUID(kind.split(":", 1)[1]))]
    return out
