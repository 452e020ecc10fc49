"""Numbers as typed (domain/numbers.py) and the decimals an indicator is shown with."""

from __future__ import annotations

import pytest

from brobygger.domain import numbers
from brobygger.domain.errors import ValidationError
from brobygger.reports.typography import number_da


@pytest.mark.parametrize(("text", "value"), [
    ("16,5", 16.5), ("16.5", 16.5), ("18 %", 18.0), ("18%", 18.0), (" 7 ", 7.0),
    ("1.234,5", 1234.5), ("1 234", 1234.0), ("\u22123,5", -3.5), ("+2", 2.0), ("16,0", 16.0),
])
def test_parse(text: str, value: float) -> None:
    assert numbers.parse(text) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "16,5 kg", "1..2", "12 34 5"])
def test_not_a_number(text: str) -> None:
    with pytest.raises(numbers.NumberError) as info:
        numbers.parse(text)
    assert info.value.kind == "not_a_number"


def test_whole_numbers() -> None:
    assert numbers.parse_int("7,0") == 7
    with pytest.raises(numbers.NumberError) as info:
        numbers.parse_int("7,5")
    assert info.value.kind == "not_whole"


def test_common_decimals_and_format() -> None:
    assert numbers.common_decimals([16.0, 16.5, None]) == 1
    assert numbers.common_decimals([16.0, 17.0]) == 0
    assert numbers.common_decimals([1.125]) == 2
    assert numbers.format_da(16.0, 1) == "16,0"
    assert numbers.format_da(1234.5) == "1.234,5"
    assert number_da(16.0, "%", 1) == "16,0 %"
    assert number_da(16.0) == "16"


def test_services_accept_percent_and_comma(svc) -> None:
    ini = svc.initiatives.create(name="Akutteam", status="drift")
    ind = svc.indicators.create(initiative_id=ini.id, name="Genindlæggelser", unit="%",
                                baseline="18 %", target="12,5")
    assert (ind.baseline, ind.target) == (18.0, 12.5)
    m = svc.measurements.create(indicator_id=ind.id, measured_on="1.3.26", value="16,0")
    assert m.value == 16.0
    with pytest.raises(ValidationError) as info:
        svc.measurements.create(indicator_id=ind.id, measured_on="1.4.26", value="seksten")
    assert info.value.field == "value" and "seksten" in info.value.message
