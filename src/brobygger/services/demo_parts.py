"""What the example workspace's later parts (forums and meetings, agreements) share: reading
their JSON file from ``resources/demo/`` and finding the records the example's
``workspace.json`` names by key (``"key": "hanne"`` → the person loaded for it)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from brobygger import paths


def read_part(name: str) -> dict[str, Any] | None:
    """The content of the example's part ``name`` (e.g. ``demo/meetings.json``); None when
    the installation has no such file."""
    path = paths.resource_dir() / name
    if not path.exists():
        return None
    content: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return content


def _by_key(records: Iterable[Any], entries: Iterable[dict[str, Any]]) -> dict[str, uuid.UUID]:
    ids = {r.name: r.id for r in records}
    return {e["key"]: ids[e["name"]] for e in entries}


@dataclass(frozen=True, slots=True)
class DemoKeys:
    """The example's keys → the ids of the organisations, people and initiatives loaded."""

    org: dict[str, uuid.UUID]
    person: dict[str, uuid.UUID]
    initiative: dict[str, uuid.UUID]

    @classmethod
    def of(cls, svc: Any, data: dict[str, Any]) -> DemoKeys:
        """The keys of ``data`` (the example's workspace.json) as loaded into ``svc``."""
        return cls(org=_by_key(svc.organisations.all(), data["organisations"]),
                   person=_by_key(svc.people.all(), data["people"]),
                   initiative=_by_key(svc.initiatives.all(), data["initiatives"]))
