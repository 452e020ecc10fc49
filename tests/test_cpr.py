"""CPR detection and masking (domain.cpr), property-based."""

from __future__ import annotations

import calendar
import re
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from brobygger.domain.cpr import CprMatch, contains_cpr, find_cpr, mask_cpr
from brobygger.domain.errors import CprFoundError, InputError
from brobygger.services import Services
from brobygger.services.privacy import find_cpr_in_fields, mask_fields
from brobygger.store.workspace import Workspace
from tests.conftest import run_cli as run

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

valid_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2057, 12, 31))
serials = st.integers(min_value=0, max_value=9999).map(lambda n: f"{n:04d}")
separators = st.sampled_from(["-", " ", ""])
# text around a number: never a digit or a hyphen right next to it
prefixes = st.sampled_from(["", "Pt. ", "cpr: ", "(", "borger ", "Udskrevet\n", "nr.\t"])
suffixes = st.sampled_from(["", ".", " blev udskrevet", ")", ", ", "\n"])


def ddmmyy(d: date) -> str:
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def mod11_ok(ten: str) -> bool:
    return sum(int(c) * w for c, w in zip(ten, WEIGHTS, strict=True)) % 11 == 0


def real_day(day: int, month: int, yy: int) -> bool:
    """Independent oracle: the day exists in 19YY or 20YY."""
    if not 1 <= month <= 12:
        return False
    return any(1 <= day <= calendar.monthrange(century + yy, month)[1]
               for century in (1900, 2000))


def assert_one(text: str, number: str, d: date) -> None:
    found = find_cpr(text)
    assert [m.text for m in found] == [number]
    m = found[0]
    assert text[m.start:m.end] == number
    assert m.masked == f"{ddmmyy(d)}-****"
    masked = mask_cpr(text)
    assert masked == text.replace(number, f"{ddmmyy(d)}-****")
    assert re.sub(r"[^0-9]", "", masked) == ddmmyy(d)  # the serial digits are gone
    assert not contains_cpr(masked)


@settings(max_examples=400)
@given(valid_dates, serials, separators, prefixes, suffixes)
def test_every_valid_date_with_any_serial_is_flagged(d: date, serial: str, sep: str,
                                                     pre: str, post: str) -> None:
    number = f"{ddmmyy(d)}{sep}{serial}"
    assert_one(f"{pre}{number}{post}", number, d)
    assert contains_cpr(number)


@given(valid_dates, st.integers(min_value=0, max_value=999), separators)
def test_flagged_with_valid_modulus_11(d: date, first3: int, sep: str) -> None:
    nine = f"{ddmmyy(d)}{first3:03d}"
    weighted = sum(int(c) * w for c, w in zip(nine, WEIGHTS[:9], strict=True))
    check = (11 - weighted % 11) % 11
    assume(check < 10)
    ten = f"{nine}{check}"
    assert mod11_ok(ten)
    number = f"{ten[:6]}{sep}{ten[6:]}"
    assert_one(f"Borgeren {number} blev udskrevet", number, d)


@given(valid_dates, serials, separators)
def test_flagged_without_valid_modulus_11(d: date, serial: str, sep: str) -> None:
    assume(not mod11_ok(ddmmyy(d) + serial))
    number = f"{ddmmyy(d)}{sep}{serial}"
    assert_one(number, number, d)


def test_every_day_1900_to_2057_is_flagged() -> None:
    day = date(1900, 1, 1)
    while day <= date(2057, 12, 31):
        assert contains_cpr(f"{ddmmyy(day)}-1234"), day
        day = date.fromordinal(day.toordinal() + 1)


@pytest.mark.parametrize(("text", "flagged"), [
    ("290200-1234", True),   # 2000 was a leap year
    ("290296 1234", True),
    ("290201-1234", False),  # neither 1901 nor 2001 was
    ("290100-1234", True),   # 29 January
    ("310490-1234", False),  # 31 April
    ("000190-1234", False),
    ("011390-1234", False),
    ("320190-1234", False),
    ("0101901234", True),
    ("010190  1234", True),  # doubled spaces disguise nothing (issue 13)
    ("010190-1234 020290-4321", True),
    ("1234-0101901234", False),  # joined by a hyphen: one long run (account number)
    ("010190-1234-56", False),
    ("01019012345", False),
    ("00101901234", False),
    ("010190-12345", False),
    ("0010190-1234", False),
    ("ab010190-1234cd", True),
])
def test_examples(text: str, flagged: bool) -> None:
    assert contains_cpr(text) is flagged


def test_two_numbers_both_masked() -> None:
    text = "Pt. 010190-1234 og 020290 4321 samt 0303031111."
    assert [m.masked for m in find_cpr(text)] == ["010190-****", "020290-****", "030303-****"]
    assert mask_cpr(text) == "Pt. 010190-**** og 020290-**** samt 030303-****."
    assert mask_cpr("ingen numre her") == "ingen numre her"
    assert find_cpr("") == []


def test_match_is_frozen() -> None:
    m = find_cpr("x 010190-1234")[0]
    assert m == CprMatch(2, 13, "010190-1234")
    with pytest.raises(AttributeError):
        m.start = 0  # type: ignore[misc]


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99),
       st.integers(min_value=0, max_value=99), serials, separators)
def test_impossible_dates_are_not_flagged(day: int, month: int, yy: int, serial: str,
                                          sep: str) -> None:
    assume(not real_day(day, month, yy))
    assert find_cpr(f"Nr. {day:02d}{month:02d}{yy:02d}{sep}{serial} i teksten") == []


@given(st.integers(min_value=0, max_value=99).filter(
    lambda yy: not calendar.isleap(1900 + yy) and not calendar.isleap(2000 + yy)), serials)
def test_29_february_of_a_non_leap_year_is_not_flagged(year: int, serial: str) -> None:
    assert not contains_cpr(f"2902{year % 100:02d}-{serial}")


@given(st.text(alphabet="0123456789", min_size=11, max_size=40))
def test_long_digit_runs_are_not_flagged(digits: str) -> None:
    assert find_cpr(digits) == []
    assert find_cpr(f"konto {digits}.") == []


@given(st.text(alphabet="0123456789", min_size=1, max_size=20),
       st.text(alphabet="0123456789", min_size=1, max_size=20), separators)
def test_long_runs_across_the_separator_are_not_flagged(a: str, b: str, sep: str) -> None:
    """11+ digits joined by nothing or a hyphen are one run; a space joins only where a
    CPR number has it (6 + 4), so neither side may be a ten-digit number on its own."""
    assume(len(a) + len(b) >= 11)
    assume((len(a), len(b)) != (6, 4))
    if sep == " ":
        assume(len(a) != 10 and len(b) != 10)
    text = f"{a}{sep}{b}"
    assert find_cpr(text) == [], text


@given(st.text(alphabet="0123456789", min_size=8, max_size=8),
       st.sampled_from(["{d}", "+45 {d}", "+45{d}", "{p}", "+45 {p}", "0045 {p}",
                        "tlf. {p}", "Ring på {d} eller {p}", "+45{d}, +45 {p}"]))
def test_danish_phone_numbers_are_not_flagged(digits: str, template: str) -> None:
    pairs = " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    text = template.format(d=digits, p=pairs)
    assert find_cpr(text) == [], text


# -- the guard in the services --------------------------------------------------------------
@pytest.fixture
def ids(svc: Services) -> dict[str, uuid.UUID]:
    org = svc.organisations.create(name="Viborg Kommune", sector="kommune")
    anne = svc.people.create(name="Anne Kjær", organisation_id=org.id)
    ini = svc.initiatives.create(name="Akutsamarbejde")
    entry = svc.log.create(entry_date="2026-03-05", type="moede", title="Møde")
    return {"org": org.id, "anne": anne.id, "ini": ini.id, "entry": entry.id}


def _counts(svc: Services) -> dict[str, int]:
    with svc.ws.read() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("log_entry", "person", "initiative", "action", "plague_assessment",
                          "barrier_assessment", "audit_event")}


@pytest.mark.parametrize(("service", "fields", "field"), [
    ("log", {"entry_date": "2026-03-05", "type": "moede", "title": "Pt. 010190-1234"},
     "title"),
    ("log", {"entry_date": "2026-03-05", "type": "moede", "title": "Udskrivelse",
             "body": "Borgeren (0101901234) blev udskrevet for tidligt."}, "body"),
    ("log", {"entry_date": "2026-03-05", "type": "moede", "title": "x",
             "tags": "akut, 010190 1234"}, "tags"),
    ("people", {"name": "Anne", "notes": "cpr 010190-1234"}, "notes"),
    ("organisations", {"name": "010190-1234 ApS"}, "name"),
    ("initiatives", {"name": "x", "purpose": "010190-1234"}, "purpose"),
    ("initiatives", {"name": "x", "trigger": "010190-1234"}, "trigger"),
    ("actions", {"title": "Ring om 010190-1234"}, "title"),
])
def test_services_refuse_cpr_and_write_nothing(svc: Services, ids: dict[str, uuid.UUID],
                                               service: str, fields: dict[str, object],
                                               field: str) -> None:
    before = _counts(svc)
    with pytest.raises(CprFoundError) as err:
        getattr(svc, service).create(**fields)
    assert isinstance(err.value, InputError)
    assert err.value.field == field
    assert [m.masked for m in err.value.matches] == ["010190-****"]
    assert "CPR-nummer" in err.value.message and "maskér" in err.value.message
    assert "1234" not in err.value.message
    assert _counts(svc) == before


def test_update_and_assessments_are_guarded(svc: Services, ids: dict[str, uuid.UUID]) -> None:
    before = svc.log.get(ids["entry"])
    n = _counts(svc)
    with pytest.raises(CprFoundError) as err:
        svc.log.update(ids["entry"], body="Se 010190-1234")
    assert err.value.field == "body"
    assert svc.log.get(ids["entry"]) == before
    with pytest.raises(CprFoundError):
        svc.plagues.create(initiative_id=ids["ini"], plague="konfliktende_styring",
                           severity=2, mitigation="Aftal med 010190-1234")
    with pytest.raises(CprFoundError):
        svc.barriers.create(initiative_id=ids["ini"], barrier="ressourcepres", impact=1,
                            ask="010190-1234")
    assert _counts(svc) == n


def test_allow_cpr_lets_it_through(ws: Workspace) -> None:
    svc = Services(ws, user="tester", allow_cpr=True)
    e = svc.log.create(entry_date="2026-03-05", type="moede", title="Pt. 010190-1234")
    assert e.title == "Pt. 010190-1234"
    # the audit trail never keeps the full number
    assert svc.audit.history(e.id)[0].changes["title"] == (None, "Pt. 010190-****")


def test_mask_fields_then_save(svc: Services) -> None:
    fields = {"entry_date": "2026-03-05", "type": "moede", "title": "Pt. 010190-1234",
              "tags": ["akut", "0101901234"]}
    assert set(find_cpr_in_fields(fields)) == {"title", "tags"}
    e = svc.log.create(**mask_fields(fields))
    assert e.title == "Pt. 010190-****" and e.tags == ("akut", "010190-****")


# -- CLI ---------------------------------------------------------------------------------


def test_cli_log_add_needs_allow_cpr(capsys: pytest.CaptureFixture[str],
                                     tmp_path: Path) -> None:
    d = str(tmp_path / "w")
    assert run(capsys, "init", "--data-dir", d, "--no-encryption")[0] == 0
    code, out, err = run(capsys, "log", "add", "--data-dir", d, "-t", "moede",
                         "--title", "Udskrivelse", "--body", "Pt. 0101901234 kom hjem")
    assert code == 2, out
    assert "CPR" in err and "--allow-cpr" in err and "0101901234" not in err
    with Workspace.open(d) as w:
        assert Services(w).log.count() == 0  # nothing written
    code, _, _ = run(capsys, "scan", "--data-dir", d)
    assert code == 0
    code, out, err = run(capsys, "log", "add", "--data-dir", d, "-t", "moede",
                         "--title", "Udskrivelse", "--body", "Pt. 0101901234 kom hjem",
                         "--allow-cpr")
    assert code == 0, err
    entry_id = out.split()[-1]
    code, out, err = run(capsys, "scan", "--data-dir", d)
    assert code == 1
    assert "010190-****" in out and entry_id in out and "log_entry" in out and "body" in out
    assert "0101901234" not in out + err and "1234" not in out.replace(entry_id, "")
