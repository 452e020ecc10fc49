"""Which agreement records belong to a set of initiatives (issue 17; bundle format 3): the
agreements serving them – every version of each – with their parties, initiatives,
deviations, log links and task transfers."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from brobygger.exchange.records import Record, load, table


def collect_agreements(s: Session, chosen: set[uuid.UUID],
                        picked: dict[str, dict[uuid.UUID, Record]]) -> None:
    """The agreements serving the initiatives – every version of each – with their parties,
    initiatives, deviations, log links and task transfers (and the initiatives' transfers
    without an agreement)."""
    if not chosen:
        return
    served = load(s, "agreement_initiative",
                  where=table("agreement_initiative").c.initiative_id.in_(chosen))
    first = {r.values["agreement_id"] for r in served.values()}
    transfers = load(s, "task_transfer", where=table("task_transfer").c.initiative_id.in_(
        chosen))
    first |= {r.values["agreement_id"] for r in transfers.values()
              if r.values.get("agreement_id") is not None}
    if not first:
        picked["task_transfer"] = transfers
        return
    tbl = table("agreement")
    series = {sid for (sid,) in s.execute(select(tbl.c.series_id).where(tbl.c.id.in_(first)))}
    picked["agreement"] = load(s, "agreement", where=tbl.c.series_id.in_(series))
    ids = set(picked["agreement"])
    for name in ("agreement_party", "agreement_initiative", "deviation", "agreement_entry",
                 "task_transfer"):
        picked[name] = load(s, name, where=table(name).c.agreement_id.in_(ids))
    picked["task_transfer"].update(transfers)
