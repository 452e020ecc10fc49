"""The history dialog shows values through the one definition (domain.display)."""

from __future__ import annotations

from datetime import date

from brobygger.domain import display
from brobygger.ui.history import Formatter, action_label


def test_history_labels_codes_by_table_and_column() -> None:
    fmt = Formatter()
    # before: the history's own table mapped every "level" to the people's levels
    # ("Chef") and knew no ask status (the raw "besvaret")
    assert fmt("ask", "level", "chef") == "Chefniveau"
    assert fmt("person", "level", "chef") == "Chef"
    assert fmt("ask", "status", "besvaret") == "Besvaret"
    assert fmt("agreement", "status", "i_kraft") != "i_kraft"


def test_history_and_the_other_outputs_agree() -> None:
    fmt = Formatter()
    for entity, field, value in [("person", "is_champion", True),
                                 ("measurement", "value", 1234.5),
                                 ("log_entry", "entry_date", date(2026, 3, 5).isoformat()),
                                 ("log_entry", "type", "moede"),
                                 ("log_entry", "plagues", ["konfliktende_styring"])]:
        assert fmt(entity, field, value) == display.field_value_text(entity, field, value)
    assert fmt("person", "is_champion", True) == "Ja"
    assert action_label("restore") == "Gendannet fra papirkurven"
