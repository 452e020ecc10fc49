"""The CLI accepts Danish labels as well as codes and says which it understood."""

from __future__ import annotations

from pathlib import Path

import pytest

from brobygger.cli import main
from brobygger.services import Services
from brobygger.store.workspace import Workspace


def test_danish_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "ws")
    assert main(["--data-dir", d, "init", "--no-encryption"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "log", "add", "--type", "møde", "--date", "8.12.25",
                 "--title", "Styregruppemøde"]) == 0
    err = capsys.readouterr().err
    assert "Forstået: type »møde« = Møde (moede)" in err
    assert main(["--data-dir", d, "log", "add", "--type", "Hændelse", "--title", "Fejl i "
                 "udskrivelse", "--date", "i dag"]) == 0
    assert "(haendelse)" in capsys.readouterr().err
    assert main(["--data-dir", d, "log", "add", "--type", "moede", "--title", "Kode"]) == 0
    assert "Forstået" not in capsys.readouterr().err  # a code needs no note
    assert main(["--data-dir", d, "log", "add", "--type", "frokost", "--title", "x"]) == 2
    assert "møde" in capsys.readouterr().err
    assert main(["--data-dir", d, "log", "list", "--type", "hændelse"]) == 0
    out = capsys.readouterr().out
    assert "Fejl i udskrivelse" in out and "Styregruppemøde" not in out
    with Workspace.open(Path(d), create=False) as ws:
        titles = {e.title: e.entry_date.isoformat() for e in Services(ws).log.all()}
    assert titles["Styregruppemøde"] == "2025-12-08"
