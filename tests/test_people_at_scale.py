"""Reading people without reading every person (issue 21: memory at scale 10): the
directory's blocks, names looked up by id, and Min uge before anyone has chosen themself."""

from __future__ import annotations

from datetime import date

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
