"""The Logbog's names of initiatives are read without whole records. (Its total, once read
from the narrow index of migration 0013, is now one row of the counts kept by triggers:
tests/test_log_counts.py.)"""

from __future__ import annotations

from typing import Any

from brobygger.services import Services


def test_initiative_names_are_those_of_the_records(ws: Any) -> None:
    """The Logbog's initiative filter and name column read ids and names only – the same
    initiatives, trash included, in the same order as the whole records."""
    svc = Services(ws, user="tester")
    for name in ("Psykiatriens Hus", "Akutteam", "Udskrivningsaftalen"):
        svc.initiatives.create(name=name, status="drift")
    gone = svc.initiatives.create(name="Bæltet", status="drift")
    svc.initiatives.delete(gone.id)
    names = svc.initiatives.names(include_deleted=True)
    assert [(n.id, n.name, n.deleted_at) for n in names] == [
        (i.id, i.name, i.deleted_at) for i in svc.initiatives.all(include_deleted=True)]
    assert gone.id not in {n.id for n in svc.initiatives.names()}
    assert names[0].name == "Akutteam"
