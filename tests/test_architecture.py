"""The house rules a newcomer relies on: the package layers (import-linter), one Alembic
head, and no module or function too big to read."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from brobygger.services.workspaces import alembic_config

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "brobygger"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
# The ratchet for what was still too big is empty: every module and function is within the
# limits. Keep it so; split a function by its jobs rather than adding a line here.
OVERSIZE_MODULES: dict[str, int] = {}
OVERSIZE_FUNCTIONS: dict[str, int] = {}


def lint_imports(src_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src_root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config",
                           str(ROOT / "pyproject.toml")], capture_output=True, text=True,
                          env=env, cwd=src_root, timeout=300)


@pytest.fixture(scope="module")
def copy_of_the_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("src")
    shutil.copytree(SRC, root / "brobygger",
                    ignore=shutil.ignore_patterns("__pycache__", "forms"))
    shutil.copytree(SRC / "ui" / "forms", root / "brobygger" / "ui" / "forms",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_the_layers_hold() -> None:
    result = lint_imports(SRC.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in ("Layers", "Reports take data in", "reach the store only through",
                     "No import cycles"):
        assert contract in result.stdout


def _break(root: Path, module: str, line: str) -> Path:
    path = root / "brobygger" / module
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\n" + line + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("reports/typography.py", "import brobygger.services.briefs", "Reports take data in"),
    ("ui/about.py", "import brobygger.store.backup", "reach the store only through"),
    ("store/models.py", "import brobygger.services", "Layers"),
    ("cli/common.py", "import brobygger.cli.main", "No import cycles"),
    # a cycle between two modules of one package, even through a lazy import
    ("services/values.py", "def _f() -> None:\n    import brobygger.services.base",
     "No import cycles"),
    ("ui/style.py", "import brobygger.ui.accessibility", "No import cycles"),
    ("ui/meetings/forms.py", "import brobygger.ui.meetings.page", "No import cycles"),
])
def test_a_violation_fails(copy_of_the_package: Path, module: str, line: str,
                           contract: str) -> None:
    path = copy_of_the_package / "brobygger" / module
    original = path.read_text(encoding="utf-8")
    try:
        _break(copy_of_the_package, module, line)
        result = lint_imports(copy_of_the_package)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts")[-1]
    assert contract in broken, result.stdout


def test_alembic_has_a_single_head() -> None:
    """Several branches add migrations; each must be chained onto the current head."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"more than one Alembic head: {heads} – re-chain the newest"


def _sources() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if "forms" not in p.parts]


def test_no_module_is_too_long() -> None:
    long = {name: n for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines()))
            > OVERSIZE_MODULES.get(name := str(p.relative_to(SRC)), MAX_MODULE_LINES)}
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_is_too_long() -> None:
    """Data tables (a module-level constant) are not functions and are not counted."""
    long = {}
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                name = f"{path.relative_to(SRC)}:{node.name}"
                if length > OVERSIZE_FUNCTIONS.get(name, MAX_FUNCTION_LINES):
                    long[name] = length
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_one_translation_helper_in_the_ui() -> None:
    """``brobygger.ui.i18n.tr`` (imported as ``_tr``) is the one helper; no module wraps
    QCoreApplication.translate again."""
    own = [str(p.relative_to(SRC)) for p in _sources()
           if p.is_relative_to(SRC / "ui") and p.name != "i18n.py"
           and ("def _tr(" in (text := p.read_text(encoding="utf-8")) or "def tr(" in text)]
    assert not own, f"own translation helpers: {own}"


# The database swap (restore, re-encryption, backups) renames a SQLite file whose journals
# must go with it and the read-only snapshot copies the database with its WAL, so the store
# keeps its own; the developers' form generator writes source files. Every other file the
# app writes goes through brobygger.fileio.
OWN_RENAMES = {"fileio.py", "store/backup.py", "store/readonly.py", "ui/build_forms.py"}


def test_one_helper_writes_files_atomically() -> None:
    hand_made = [str(p.relative_to(SRC)) for p in _sources()
                 if str(p.relative_to(SRC)) not in OWN_RENAMES
                 and ("os.replace(" in (text := p.read_text(encoding="utf-8"))
                      or "os.rename(" in text or ".write_text(" in text
                      or "shutil.copyfile(" in text)]
    assert not hand_made, f"files written without brobygger.fileio: {hand_made}"
