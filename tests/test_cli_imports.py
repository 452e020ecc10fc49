"""brobygger-cli imports only what a command needs (issue 21): listing initiatives or
adding a log entry does not load bundles, exports, imports, PDFs, meetings or GDPR code.
Each command runs in a fresh interpreter and prints the modules it loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
from brobygger.cli import main
code = main(sys.argv[1:])
print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
sys.exit(code)
"""
NOT_NEEDED = ("brobygger.exchange", "brobygger.reports", "brobygger.services.meetings",
              "brobygger.services.gdpr", "brobygger.services.tracking",
              "brobygger.services.briefs", "brobygger.services.imports", "reportlab",
              "alembic", "PySide6",
              # the recovery key's ciphers: only where a recovery key is used
              "cryptography",
              # the installation check (Qt, PDF, …) only for `selftest` (issue 21)
              "brobygger.selftest")


def _modules(*args: str) -> list[str]:
    res = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                         text=True, env=dict(os.environ), timeout=120)
    assert res.returncode == 0, res.stderr
    line = next(ln for ln in res.stdout.splitlines() if ln.startswith("MODULES "))
    loaded: list[str] = json.loads(line.removeprefix("MODULES "))
    return loaded


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "ws"
    _modules("init", "--no-encryption", "--data-dir", str(directory))
    return directory


@pytest.mark.parametrize("command", [
    ["initiatives"],
    ["log", "add", "--type", "moede", "--date", "05-03-2026", "--title",
     "Opfølgning på vagtplanen", "--plague", "graazoner"],
])
def test_a_command_loads_only_what_it_needs(data_dir: Path, command: list[str]) -> None:
    loaded = _modules(*command, "--data-dir", str(data_dir))
    assert "brobygger.services.log" in loaded  # the command did run through the services
    wrong = [m for m in loaded if m.startswith(NOT_NEEDED)]
    assert wrong == []


def _run_initiatives(probe: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """``brobygger-cli initiatives`` run through ``probe`` (a ``python -c`` script that calls
    the CLI's main with its arguments) in a fresh interpreter; it must succeed."""
    res = subprocess.run([sys.executable, "-c", probe, "initiatives", "--data-dir",
                          str(data_dir)], capture_output=True, text=True,
                         env=dict(os.environ), timeout=120)
    assert res.returncode == 0, res.stderr
    return res


def test_a_command_does_not_look_up_the_package_version(data_dir: Path) -> None:
    """The version comes from the package metadata (importlib.metadata, ~30 ms): read for
    `--version` only, not when the parser is built for every command (issue 21)."""
    probe = ("import sys\nfrom brobygger.cli import main\ncode = main(sys.argv[1:])\n"
             "print('VERSION_READ', '__version__' in vars(sys.modules['brobygger']))\n"
             "sys.exit(code)\n")
    res = _run_initiatives(probe, data_dir)
    assert "VERSION_READ False" in res.stdout.splitlines()
    shown = subprocess.run([sys.executable, "-m", "brobygger.cli", "--version"],
                           capture_output=True, text=True, env=dict(os.environ), timeout=120)
    from brobygger import __version__

    assert shown.returncode == 0
    assert shown.stdout.strip() == f"brobygger-cli {__version__}"


def test_no_table_model_builds_its_pydantic_schema(data_dir: Path) -> None:
    """The ~40 table classes are built at every start; their pydantic validators, which
    nothing uses (validation lives in the services), are deferred (issue 21)."""
    probe = ("import json, sys\nfrom brobygger.cli import main\n"
             "code = main(sys.argv[1:])\nfrom brobygger.store import models\n"
             "from sqlmodel import SQLModel\n"
             "built = sorted(c.__name__ for c in vars(models).values() if isinstance(c, type)"
             " and issubclass(c, SQLModel) and c is not SQLModel and c.__pydantic_complete__)\n"
             "print('BUILT ' + json.dumps(built), flush=True)\nsys.exit(code)\n")
    res = _run_initiatives(probe, data_dir)
    line = next(ln for ln in res.stdout.splitlines() if ln.startswith("BUILT "))
    assert json.loads(line.removeprefix("BUILT ")) == []


def test_the_services_load_the_rest_on_first_use(data_dir: Path) -> None:
    loaded = _modules("meetings", "forums", "--data-dir", str(data_dir))
    assert "brobygger.services.meetings" in loaded


def test_a_command_closes_its_workspace_cleanly(data_dir_big: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Each command closes the workspace: the next command on a big, unchanged file trusts
    the full check recorded at that close instead of reading the whole file again (before,
    every command after the first ran the full integrity check)."""
    from brobygger.cli import main
    from brobygger.store import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "ALWAYS_CHECK_BELOW", 0)  # every file is "big"
    record = data_dir_big / workspace_module.VERIFIED_FILE
    checked = []
    for _ in range(3):
        assert main(["initiatives", "--data-dir", str(data_dir_big)]) == 0
        checked.append(json.loads(record.read_text(encoding="utf-8"))["checked_at"])
        assert (data_dir_big / workspace_module.CLOSED_FILE).exists()
    assert checked[0] == checked[1] == checked[2]  # one full check, at the first command


@pytest.fixture
def data_dir_big(tmp_path: Path) -> Path:
    """An encrypted workspace (the test keyring), created and closed uncleanly."""
    from brobygger.store.workspace import Workspace

    directory = tmp_path / "big"
    Workspace.open(directory).close()
    (directory / "brobygger-verified.json").unlink()  # as after an unclean close
    return directory
