"""What a bundle from an older version lacks: the columns added since bundle format 1, and
the value each gets when missing (None unless named in :data:`ADDED_DEFAULTS`). A leader's
self-review is never exchanged."""

from __future__ import annotations

from typing import Any

ADDED_COLUMNS: dict[str, frozenset[str]] = {
    "indicator": frozenset({"target_date"}),  # format 2 (issue 15)
    # format 3 (issue 17; migration 0010_reform_parties)
    "organisation": frozenset({"kind"}), "person": frozenset({"role"}),
    "initiative": frozenset({"kind"}), "ask": frozenset({"addressee_forum_id"}),
    "measurement": frozenset({"organisation_id"}),
}
ADDED_DEFAULTS: dict[tuple[str, str], Any] = {("organisation", "kind"): "organisation"}
