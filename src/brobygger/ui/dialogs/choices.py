"""The choices the dialogs offer: severity and impact scales, initiatives, people and
organisations."""

from __future__ import annotations

import uuid
from typing import Any

from brobygger.ui.common import Context
from brobygger.ui.i18n import tr as _tr


def severity_choices() -> list[tuple[int, str]]:
    return [(0, _tr("dialogs", "0 – ingen")), (1, _tr("dialogs", "1 – lidt")),
            (2, _tr("dialogs", "2 – betydelig")),
            (3, _tr("dialogs", "3 – alvorlig"))]


def impact_choices() -> list[tuple[int, str]]:
    return [(0, _tr("dialogs", "0 – ingen betydning")), (1, _tr("dialogs", "1 – lille")),
            (2, _tr("dialogs", "2 – betydelig")),
            (3, _tr("dialogs", "3 – stor"))]


def initiative_items(ctx: Context) -> list[tuple[Any, str]]:
    return [(i.id, i.name) for i in ctx.svc.initiatives.all()]


def people_items(ctx: Context) -> list[tuple[Any, str]]:
    orgs = {o.id: o.name for o in ctx.svc.organisations.all()}
    out = []
    for p in ctx.svc.people.all():
        extra = p.title or orgs.get(p.organisation_id or uuid.UUID(int=0), "")
        out.append((p.id, f"{p.name} ({extra})" if extra else p.name))
    return out


def organisation_items(ctx: Context) -> list[tuple[Any, str]]:
    return [(o.id, o.name) for o in ctx.svc.organisations.all()]
