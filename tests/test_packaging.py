"""Packaging (issue 9): the selftest, the version's one source, the Linux desktop files, the
icons, the licence list – and (slow) the frozen Linux bundle built and selftested."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import keyring
import pytest
from keyring.backends import fail

import brobygger
from brobygger import paths, selftest
from brobygger.licences import components
from tests.conftest import MEMORY_KEYRING

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "dk.brobygger.Brobygger"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def buildinfo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("buildinfo", PACKAGING / "buildinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def by_name(checks: list[selftest.Check]) -> dict[str, selftest.Check]:
    return {c.name: c for c in checks}


# -- selftest in-process -------------------------------------------------------------------
def test_selftest_passes_on_a_working_installation() -> None:
    before = {k for k in MEMORY_KEYRING.secrets if k[0] == "brobygger"}
    checks = selftest.run()
    text = selftest.report(checks)
    assert all(c.ok for c in checks), text
    names = [c.name for c in checks]
    for wanted in ("version", "programfiler", "nøglering", "arbejdsområde", "migreringer",
                   "eksempeldata", "søgning", "statusnotat (PDF)", "PostgreSQL-driver", "licenser",
                   "Qt",
                   "oversættelser", "formularer", "ikoner"):
        assert wanted in names
    assert f"Resultat: alle {len(checks)} kontroller bestået" in text
    # The test keyring is usable: the key went there, and was removed again afterwards.
    assert "en nøgle i nøgleringen" in by_name(checks)["arbejdsområde"].detail
    # (Other tests may have left their own workspaces' keys; the selftest adds none.)
    assert {k for k in MEMORY_KEYRING.secrets if k[0] == "brobygger"} == before


def test_selftest_without_a_keyring_uses_a_passphrase_and_says_why() -> None:
    keyring.set_keyring(fail.Keyring())
    try:
        checks = by_name(selftest.run(qt=False))
    finally:
        keyring.set_keyring(MEMORY_KEYRING)
    assert checks["nøglering"].ok
    assert "ikke brugbar (keyring.backends.fail.Keyring)" in checks["nøglering"].detail
    assert "adgangsfrase" in checks["arbejdsområde"].detail
    assert all(c.ok for c in checks.values())


def test_selftest_reports_missing_migrations(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "no-migrations-here"
    monkeypatch.setattr(paths, "migrations_dir", lambda: missing)
    checks = selftest.run(qt=False)
    result = by_name(checks)
    assert not result["programfiler"].ok
    assert str(missing / "env.py") in result["programfiler"].detail
    assert not result["arbejdsområde"].ok
    assert not result["migreringer"].ok
    assert "ikke kørt" in result["migreringer"].detail
    assert result["version"].ok and result["nøglering"].ok
    text = selftest.report(checks)
    assert "  FEJL  programfiler" in text
    failed = sum(not c.ok for c in checks)
    assert f"Resultat: {failed} af {len(checks)} kontroller fejlede" in text


def test_selftest_main_exit_code_and_report(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(selftest, "run", lambda: [selftest.Check("a", True, "fint"),
                                                  selftest.Check("b", False, "gik galt")])
    assert selftest.main() == 1
    out = capsys.readouterr().out
    assert "  ok    a  fint" in out and "  FEJL  b  gik galt" in out
    monkeypatch.setattr(selftest, "run", lambda: [selftest.Check("a", True, "fint")])
    assert selftest.main() == 0


def test_app_and_cli_hand_selftest_over(monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger import app, cli

    monkeypatch.setattr(selftest, "main", lambda argv=None: 7)
    assert app.main(["--selftest"]) == 7  # before argparse and before any QApplication
    assert cli.main(["selftest"]) == 7


def test_check_pdf_rejects_what_is_not_a_whole_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"<html>" + b"x" * 4000)
    with pytest.raises(selftest.Failed, match="begynder ikke med %PDF-"):
        selftest.check_pdf(bad)
    bad.write_bytes(b"%PDF-1.4\n" + b"x" * 4000)
    with pytest.raises(selftest.Failed, match="mangler %%EOF"):
        selftest.check_pdf(bad)


# -- one version ---------------------------------------------------------------------------
def test_version_has_one_source() -> None:
    info = buildinfo()
    version = pyproject_version()
    assert brobygger.__version__ == version
    assert info.version() == version
    spec = (PACKAGING / "brobygger.spec").read_text(encoding="utf-8")
    assert "VERSION = buildinfo.version()" in spec
    assert info.check_install() is None  # the metadata the bundle copies is current


def test_windows_version_file() -> None:
    info = buildinfo()
    assert info.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert info.version_tuple("2.0rc1") == (2, 0, 0, 0)
    text = info.windows_version_file("1.2.3")
    ast.parse(text)  # PyInstaller evaluates it as a Python expression
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text


# -- Linux desktop integration and icons ---------------------------------------------------
def test_desktop_file() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Brobygger"
    assert entry["Exec"] == "brobygger"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        res = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                             text=True)
        assert res.returncode == 0 and not res.stdout.strip(), res.stdout


def test_appstream_metainfo() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "MIT"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == pyproject_version(), \
        "add a <release> for the version in pyproject.toml"
    if shutil.which("appstreamcli"):
        res = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                             capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_app_icons() -> None:
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    with Image.open(icons / "brobygger.png") as png:
        assert png.size == (512, 512)
    with Image.open(icons / "brobygger.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert (icons / "brobygger.icns").read_bytes()[:4] == b"icns"


# -- licences for the About dialog ---------------------------------------------------------
def test_licences_of_bundled_components() -> None:
    items = components()
    assert items[0] == ("brobygger", brobygger.__version__, "MIT")
    names = {name.lower(): (version, licence) for name, version, licence in items}
    for wanted in ("pyside6_essentials", "qt", "sqlcipher", "reportlab", "keyring",
                   "sqlalchemy", "python", "psycopg"):
        assert any(n.replace("-", "_").startswith(wanted) for n in names), wanted
    assert "LGPL-3.0-only" in names["qt"][1]
    assert all(name and licence for name, _, licence in items)


def test_licences_need_no_qt() -> None:
    code = ("import sys; from brobygger.licences import components; components(); "
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert res.stdout.strip() == "[]"


# -- the frozen app ------------------------------------------------------------------------
@pytest.mark.slow
def test_linux_bundle_builds_and_passes_its_selftest(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    env = {**os.environ, "BROBYGGER_BUILD_VENV": sys.prefix,
           "BROBYGGER_DIST_DIR": str(tmp_path / "dist"),
           "BROBYGGER_WORK_DIR": str(tmp_path / "work")}
    env.pop("QT_QPA_PLATFORM", None)  # the selftest must get offscreen by itself
    env.pop("DISPLAY", None)
    try:
        res = subprocess.run(["bash", str(PACKAGING / "build-linux.sh")], capture_output=True,
                             text=True, env=env, cwd=tmp_path, timeout=900)
        assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-4000:]
        assert "· frossen app" in res.stdout
        assert "Resultat: alle" in res.stdout and "FEJL" not in res.stdout
        assert f"brobygger-cli {pyproject_version()}" in res.stdout
        bundle = tmp_path / "dist" / "brobygger"
        assert (bundle / "share" / "applications" / f"{APP_ID}.desktop").exists()
        assert (bundle / "_internal" / "brobygger" / "migrations" / "script.py.mako").exists()
    finally:
        shutil.rmtree(tmp_path / "dist", ignore_errors=True)
        shutil.rmtree(tmp_path / "work", ignore_errors=True)
