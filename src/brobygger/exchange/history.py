"""A record's content hash in this version's data model and in the previous one's.

A bundle's history (``known``) and a migrated workspace's exchange states may hold hashes
computed before a column existed (:data:`compat.ADDED_COLUMNS`: an indicator's
``target_date``, an organisation's ``kind``, …). Comparing both forms keeps a change made
on one side only from looking like a conflict."""

from __future__ import annotations

from brobygger.exchange.compat import ADDED_COLUMNS, ADDED_DEFAULTS
from brobygger.exchange.records import (
    LINK_OWNER,
    Record,
    content_hash,
    encode_links,
)


def hash_forms(rec: Record) -> set[str]:
    """The record's hash, plus – when the columns added since the previous data model all
    hold what an older record gets (empty, or their default) – the hash the previous version
    computed for the same content."""
    forms = {rec.hash}
    added = ADDED_COLUMNS.get(rec.entity)
    if added and all(rec.encoded.get(name) == ADDED_DEFAULTS.get((rec.entity, name))
                     for name in added):
        older = {k: v for k, v in rec.encoded.items() if k not in added}
        forms.add(content_hash(rec.entity, older, encode_links(rec.links)
                               if rec.entity == LINK_OWNER else None))
    return forms
