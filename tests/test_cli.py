"""brobygger-cli: every command, exit codes and an unchanged database on bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brobygger import paths
from tests.conftest import run_cli as run
from tests.conftest import settled_hash


def test_init_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = str(tmp_path / "w")
    code, out, _ = run(capsys, "init", "--data-dir", d)
    assert code == 0 and "klar" in out
    code, out, _ = run(capsys, "check", "--data-dir", d)
    assert code == 0 and "Integritet: ok" in out
    code, out, _ = run(capsys, "initiatives", "--data-dir", d)
    assert code == 0 and "Ingen initiativer" in out


def test_missing_workspace_is_an_error(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    code, _, err = run(capsys, "log", "list", "--data-dir", str(tmp_path / "nowhere"))
    assert code == 1 and "brobygger-cli init" in err
    assert not (tmp_path / "nowhere").exists()


def test_demo_lists_and_search(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    d = str(demo_dir)
    code, out, _ = run(capsys, "initiatives", "--data-dir", d)
    assert code == 0 and "Akutsamarbejde" in out and "Psykiatriens Hus" in out
    code, out, _ = run(capsys, "search", "akutpladser", "--data-dir", d)
    assert code == 0 and "Akutsamarbejde" in out
    code, out, _ = run(capsys, "log", "list", "--data-dir", d, "--type", "eskalering")
    assert code == 0 and "Eskalering" in out
    code, _, err = run(capsys, "demo", "--data-dir", d)
    assert code == 2 and "tomt" in err


def test_log_add_and_list(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    d = str(demo_dir)
    code, out, err = run(capsys, "log", "add", "--data-dir", d, "-i", "Akutsamarbejde, Viborg",
                         "--type", "beslutning", "--date", "05-03-2026", "--title",
                         "Fælles vagtplan for akutteamet", "--body", "Vedtaget i styregruppen.")
    assert code == 0, err
    code, out, _ = run(capsys, "log", "list", "--data-dir", d, "--from", "2026-03-05",
                       "--to", "2026-03-05")
    assert "Fælles vagtplan for akutteamet" in out and "05-03-2026" in out
    code, out, _ = run(capsys, "search", "vagtplan", "--data-dir", d)
    assert "Fælles vagtplan" in out


@pytest.mark.parametrize("bad", [
    ["--type", "fest", "--title", "x"],
    ["--type", "moede", "--title", "   "],
    ["--type", "moede", "--title", "x", "--date", "31-02-2026"],
    ["--type", "moede", "--title", "x", "-i", "Findes ikke"],
    ["--type", "eskalering", "--title", "x"],
    ["--type", "moede", "--title", "x", "--plague", "pest"],
    ["--title", "mangler type"],
])
def test_log_add_bad_input(capsys: pytest.CaptureFixture[str], demo_dir: Path,
                           bad: list[str]) -> None:
    db = demo_dir / paths.DB_FILENAME
    before = settled_hash(db)
    code, _, err = run(capsys, "log", "add", "--data-dir", str(demo_dir), *bad)
    assert code == 2
    assert err.strip()
    assert "Traceback" not in err
    assert settled_hash(db) == before


def test_assess(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    d = str(demo_dir)
    code, out, err = run(capsys, "assess", "Viborg Kommune", "Regionshospitalet Viborg",
                         "--data-dir", d)
    assert code == 0, err
    assert "Respekt" in out and "Trin" in out
    code, out, err = run(capsys, "assess", "Viborg Kommune", "Regionshospitalet Viborg",
                         "--data-dir", d, "--kendskab", "9", "--respekt", "9", "--tillid", "8",
                         "--date", "2026-11-21")
    assert code == 0, err
    assert "21-11-2026" in out and "Tillid" in out
    db = demo_dir / paths.DB_FILENAME
    before = settled_hash(db)
    for bad in (["--kendskab", "11", "--respekt", "5", "--tillid", "5"],
                ["--kendskab", "5"],
                ["--kendskab", "x", "--respekt", "5", "--tillid", "5"]):
        code, _, err = run(capsys, "assess", "Viborg Kommune", "Regionshospitalet Viborg",
                           "--data-dir", d, *bad)
        assert code == 2 and err
    code, _, err = run(capsys, "assess", "Viborg Kommune", "Ingen Sådan", "--data-dir", d)
    assert code == 2 and "Ingen Sådan" in err
    assert settled_hash(db) == before


def test_help_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in (["--help"], ["init", "--help"], ["demo", "--help"], ["initiatives", "--help"],
                ["log", "--help"], ["log", "add", "--help"], ["log", "list", "--help"],
                ["search", "--help"], ["assess", "--help"], ["check", "--help"]):
        code, out, _ = run(capsys, *cmd)
        assert code == 0 and "--data-dir" in out, cmd


def test_console_script_without_keyring(tmp_path: Path) -> None:
    """The installed console script, in a process with no OS keyring (as on CI): it asks
    for a passphrase instead of writing a key file, or honours --no-encryption."""
    exe = Path(sys.executable).with_name("brobygger-cli")
    env = {k: v for k, v in os.environ.items() if k != "BROBYGGER_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    res = subprocess.run([str(exe), "init", "--data-dir", str(tmp_path / "x")],
                         capture_output=True, text=True, env=env)
    assert res.returncode == 1 and "adgangsfrase" in res.stderr
    assert not (tmp_path / "x" / "brobygger.sqlite3").exists()
    res = subprocess.run([str(exe), "init", "--data-dir", str(tmp_path / "x")],
                         capture_output=True, text=True,
                         env={**env, "BROBYGGER_PASSPHRASE": "en lang hemmelig frase"})
    assert res.returncode == 0, res.stderr
    assert not (tmp_path / "x" / "brobygger.sqlite3").read_bytes().startswith(b"SQLite")
    res = subprocess.run([str(exe), "init", "--no-encryption", "--data-dir",
                          str(tmp_path / "plain")], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "plain" / "brobygger.sqlite3").read_bytes().startswith(b"SQLite")
