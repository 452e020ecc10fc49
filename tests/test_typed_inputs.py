"""Typed keyword signatures for the services' create/update: mypy catches a misspelt field
at the call site (the services would silently ignore it at run time)."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]

CASE = '''
from brobygger.services import Services


def use(svc: Services) -> None:
    svc.people.create(name="Anne", organisation_id=None, level="chef")
    svc.log.create(entry_date="2026-11-30", type="moede", title="Møde", participants=[])
    svc.initiatives.update("id", expected_version=2, status="drift")
    svc.people.create(name="Anne", organisaton_id=None)
    svc.log.update("id", expected_version=1, titel="ny")
    svc.actions.create(title="Ring", due_date=3)
'''


def test_mypy_catches_misspelt_fields_and_wrong_values(tmp_path: Path) -> None:
    case = tmp_path / "case.py"
    case.write_text(CASE, encoding="utf-8")
    out, _err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                 "--no-error-summary", str(case)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 3, out
    assert '"organisaton_id"' in errors[0] and '"titel"' in errors[1]
    assert '"due_date"' in errors[2]
