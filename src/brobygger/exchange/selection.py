"""What an exchange bundle holds for a set of initiatives: every record of them, what they
refer to, and the trash the counterpart has seen (moved out of :mod:`records`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from brobygger.exchange.records import ENTITY_LABELS, Record, exchange_states, load, table


# -- what belongs to a set of initiatives ----------------------------------------------------
def collect(s: Session, initiative_ids: Sequence[uuid.UUID]) -> dict[str, dict[uuid.UUID,
                                                                                 Record]]:
    """Every record of the initiatives, plus every record they refer to (people,
    organisations and their parents, a parent initiative's card), so the bundle is whole.

    Records in the trash are left out – unless they were exchanged before: then their
    deletion is news for the counterpart."""
    chosen = set(initiative_ids)
    picked: dict[str, dict[uuid.UUID, Record]] = {name: {} for name in ENTITY_LABELS}
    picked["initiative"] = load(s, "initiative", chosen)
    for name in ("initiative_party", "initiative_member", "log_entry", "action",
                 "relationship_assessment", "plague_assessment", "barrier_assessment",
                 "indicator", "ask", "readiness_answer"):
        tbl = table(name)
        picked[name] = load(s, name, where=tbl.c.initiative_id.in_(chosen))
    for name, column, parent in (("ask_link", "ask_id", "ask"),
                                 ("measurement", "indicator_id", "indicator"),
                                 ("indicator_party", "indicator_id", "indicator")):
        owners = list(picked[parent])
        picked[name] = load(s, name, where=table(name).c[column].in_(owners)) if owners else {}
    _collect_meetings(s, chosen, picked)
    from brobygger.exchange.agreement_records import collect_agreements
    collect_agreements(s, chosen, picked)  # agreements (issue 17)
    # Trash: only what the counterpart has seen before.
    trashed = [r.id for rows in picked.values() for r in rows.values() if r.deleted]
    known = exchange_states(s, trashed)
    for rows in picked.values():
        for rid in [r.id for r in rows.values() if r.deleted and r.id not in known]:
            del rows[rid]
    # an ask left out (in the trash, never exchanged: a merged duplicate) takes its links
    links = picked["ask_link"]
    for rid in [r.id for r in links.values() if r.values["ask_id"] not in picked["ask"]]:
        del links[rid]
    # Close over references (a reference must point into the bundle or be absent).
    pending = [(t, i) for rows in picked.values() for r in rows.values() for t, i in r.refs()]
    while pending:
        wanted: dict[str, set[uuid.UUID]] = {}
        for target, rid in pending:
            if rid not in picked[target]:
                wanted.setdefault(target, set()).add(rid)
        pending = []
        for target, ids in wanted.items():
            found = load(s, target, ids)
            picked[target].update(found)
            pending.extend((t, i) for r in found.values() for t, i in r.refs())
    return picked


def _collect_meetings(s: Session, chosen: set[uuid.UUID],
                      picked: dict[str, dict[uuid.UUID, Record]]) -> None:
    """The forums of the initiatives with their members and all their meetings (attendees,
    agenda items and the items' links)."""
    links = load(s, "forum_initiative", where=table("forum_initiative").c.initiative_id.in_(
        chosen)) if chosen else {}
    picked["forum_initiative"] = links
    forums = {r.values["forum_id"] for r in links.values()}
    if not forums:
        return
    for name, column, owners in (("forum", "id", forums), ("forum_member", "forum_id", forums),
                                 ("meeting", "forum_id", forums)):
        picked[name] = load(s, name, where=table(name).c[column].in_(owners))
    for name, column, parent in (("meeting_attendee", "meeting_id", "meeting"),
                                 ("agenda_item", "meeting_id", "meeting"),
                                 ("agenda_item_link", "item_id", "agenda_item")):
        owners = set(picked[parent])
        picked[name] = load(s, name, where=table(name).c[column].in_(owners)) if owners else {}
