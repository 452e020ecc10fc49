"""Reading people without reading every person (issue 21: memory at scale 10): the
directory's blocks, names looked up by id, and Min uge before anyone has chosen themself."""

from __future__ import annotations

from datetime import date

import pytest

from brobygger.services import Services
from brobygger.services.myweek import my_week
from brobygger.services.person_directory import (
    DirectoryQuery,
    people_block,
    people_count,
    person_names,
    person_row,
)


def test_blocks_in_name_order_and_a_persons_row(svc: Services) -> None:
    made = [svc.people.create(name=f"Bo Berg {i:02d}", title="Læge") for i in range(7)]
    gone = svc.people.create(name="Bo Berg 99")
    svc.people.delete(gone.id)
    q = DirectoryQuery(text="berg")
    assert people_count(svc, q) == 7  # not the deleted one
    assert [p.name for p in people_block(svc, q, 3, 2)] == ["Bo Berg 03", "Bo Berg 04"]
    assert person_row(svc, q, made[5].id) == 5
    assert person_row(svc, q, gone.id) == -1
    assert person_row(svc, DirectoryQuery(text="læge"), made[6].id) == 6
    assert person_names(svc, [made[1].id, gone.id]) == {made[1].id: "Bo Berg 01"}


def test_my_week_lists_no_ones_actions_before_i_choose_myself(svc: Services) -> None:
    owner = svc.people.create(name="Rikke Holm")
    svc.actions.create(title="Ring til visitationen", owner_id=owner.id,
                       due_date=date(2026, 1, 5))
    day = date(2026, 1, 10)
    assert [w for w in my_week(svc, day).lines if w.section == "actions"] == []
    mine = [w.text for w in my_week(svc, day, person_id=owner.id).lines
            if w.section == "actions"]
    assert mine == ["Ring til visitationen"]


@pytest.fixture
def both(svc_both: Services) -> Services:
    """On SQLite, then on PostgreSQL (tests/conftest.py)."""
    return svc_both


def test_the_directory_search_folds_danish_letters(both: Services) -> None:
    """"ø" finds "Østergård" and "ÅSE" finds "Åse" – SQLite's own lower()/LIKE fold
    only A–Z; a % or _ typed is a letter, not a wildcard."""
    org = both.organisations.create(name="Ærø Kommune", sector="kommune")
    oster = both.people.create(name="Søren Østergård", title="Overlæge")
    aase = both.people.create(name="Åse Holm", organisation_id=org.id)
    both.people.create(name="Bo 100% Berg")
    found = {p.id for p in people_block(both, DirectoryQuery(text="østerg"), 0, 10)}
    assert found == {oster.id}
    assert {p.id for p in people_block(both, DirectoryQuery(text="ÅSE"), 0, 10)} == {aase.id}
    assert {p.id for p in people_block(both, DirectoryQuery(text="ærø"), 0, 10)} == {aase.id}
    assert {p.id for p in people_block(both, DirectoryQuery(text="OVERLÆGE"), 0, 10)} == {
        oster.id}
    assert people_count(both, DirectoryQuery(text="0%")) == 1
    assert people_count(both, DirectoryQuery(text="_")) == 0
