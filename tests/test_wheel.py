"""The wheel ships the migrations and resources: build it, install it in a fresh virtual
environment and run the console script from there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                    "--outdir", str(out), str(ROOT)], check=True, capture_output=True)
    wheel = next(out.glob("brobygger-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "brobygger/migrations/env.py" in names
    assert any(n.startswith("brobygger/migrations/versions/0001") for n in names)
    assert "brobygger/resources/demo/workspace.json" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # Dependencies come from the development environment (no network needed); the package
    # itself only from the wheel.
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True, check=True)
    Path(site.stdout.strip(), "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
                   check=True, capture_output=True)
    cli = env_dir / "bin" / "brobygger-cli"
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": "", "BROBYGGER_PASSPHRASE": "en lang hemmelig frase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    for args in (["init"], ["demo"], ["search", "akutpladser"], ["check"]):
        res = subprocess.run([str(cli), *args, "--data-dir", str(data)], capture_output=True,
                             text=True, env=env, cwd=tmp_path)
        assert res.returncode == 0, (args, res.stderr)
    where = subprocess.run([str(py), "-c", "import brobygger; print(brobygger.__file__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert str(env_dir) in where.stdout  # the wheel's copy, not the source tree
