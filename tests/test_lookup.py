"""The CLI (and any typed input) accepts Danish labels as well as codes."""

from __future__ import annotations

import pytest

from brobygger.domain.catalogue import ACTION_STATUSES, DECISION_STATUSES, ENTRY_TYPES
from brobygger.domain.errors import ValidationError
from brobygger.domain.lookup import find_item


@pytest.mark.parametrize(("text", "code"), [
    ("møde", "moede"), ("Møde", "moede"), ("moede", "moede"), ("hændelse", "haendelse"),
    ("haendelse", "haendelse"), ("ESKALERING", "eskalering"), ("meeting", "moede"),
])
def test_entry_types(text: str, code: str) -> None:
    assert find_item(ENTRY_TYPES, text).code == code


def test_statuses() -> None:
    done = [i for i in ACTION_STATUSES.items if i.label_da.lower() == "udført"]
    if done:
        assert find_item(ACTION_STATUSES, "udført").code == done[0].code
        assert find_item(ACTION_STATUSES, "udfoert").code == done[0].code
    for item in DECISION_STATUSES.items:
        assert find_item(DECISION_STATUSES, item.label_da).code == item.code


def test_unknown_lists_the_labels() -> None:
    with pytest.raises(ValidationError) as info:
        find_item(ENTRY_TYPES, "frokost")
    assert "frokost" in info.value.message and "møde" in info.value.message
