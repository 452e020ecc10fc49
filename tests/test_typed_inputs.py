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


CASE_NEW_RECORDS = '''
from brobygger.services import Services


def use(svc: Services) -> None:
    svc.asks.create(title="Fælles budget", level="topledelse", due_date="2026-12-01")
    svc.meetings.forums.create(name="Styregruppen", kind="styregruppe", rhythm_weeks=6)
    svc.meetings.meetings.create(forum_id=None, meeting_date="2026-12-01", start_time="14:00")
    svc.meetings.items.create(meeting_id=None, title="Status", minutes=10, purpose="beslutning")
    svc.asks.create(titel="Fælles budget")
    svc.meetings.forums.update("id", expected_version=1, rytme=6)
    svc.meetings.meetings.create(meeting_date="2026-12-01", start="14:00")
    svc.meetings.items.create(title="Status", minutes=[10])
    svc.meetings.links.create(item_id=None, entity="action", record=None)
'''


def test_mypy_catches_misspelt_fields_of_asks_and_meetings(tmp_path: Path) -> None:
    case = tmp_path / "case_new.py"
    case.write_text(CASE_NEW_RECORDS, encoding="utf-8")
    out, _err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                 "--no-error-summary", str(case)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 5, out
    for wrong, error in zip(('"titel"', '"rytme"', '"start"', '"minutes"', '"record"'), errors,
                            strict=True):
        assert wrong in error, error


def _entity_services() -> list[type]:
    import importlib
    import pkgutil

    import brobygger.services as package
    from brobygger.services.base import EntityService

    found: dict[str, type] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"brobygger.services.{info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, EntityService)
                    and value is not EntityService):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


def test_every_entity_service_has_typed_create_and_update() -> None:
    """No service keeps untyped ``**fields``: each names its fields TypedDict as the third
    type argument of EntityService, which the mypy plugin (tools/mypy_fields.py) gives
    create and update as keywords (a misspelt field is a mypy error, not ignored)."""
    import typing

    from brobygger.services.base import EntityService

    untyped = []
    services = _entity_services()
    assert len(services) >= 27
    for cls in services:
        if getattr(cls, "__parameters__", ()):  # a generic base (NamedService), no service
            continue
        args = next((typing.get_args(b) for b in getattr(cls, "__orig_bases__", ())
                     if issubclass(typing.get_origin(b) or object, EntityService)), ())
        if len(args) != 3 or not typing.is_typeddict(args[2]):
            untyped.append(cls.__qualname__)
        elif (cls.model, cls.dto_class) != args[:2]:
            untyped.append(f"{cls.__qualname__} (model, dto_class)")
    assert not untyped, f"services with untyped create/update: {untyped}"


CASE_LATE_RECORDS = '''
from brobygger.services import Services


def use(svc: Services) -> None:
    svc.self_reviews.create(person_id=None, topik="x")
    svc.readiness.create(initiative_id=None, reflection="a", svar="ja")
    svc.meetings.contacts.create(person_id=None, interval=30)
'''


def test_mypy_catches_misspelt_fields_of_reviews_readiness_and_rhythms(tmp_path: Path) -> None:
    case = tmp_path / "case_late.py"
    case.write_text(CASE_LATE_RECORDS, encoding="utf-8")
    out, _err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                 "--no-error-summary", str(case)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 3, out
    for wrong, error in zip(('"topik"', '"svar"', '"interval"'), errors, strict=True):
        assert wrong in error, error
