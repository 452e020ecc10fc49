"""brobygger-cli import-contacts / import-log / import-calendar / undo-import: the plan
first, --dry-run writes nothing, exit 2 and an unchanged database on bad input,
suggestions only with --accept-suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli as run
from tests.conftest import settled_hash
from tests.helpers import import_files as F


@pytest.fixture
def ws_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    d = str(tmp_path / "w")
    assert run(capsys, "init", "--data-dir", d)[0] == 0
    return d


def db(d: str) -> Path:
    return Path(d) / "brobygger.sqlite3"


def test_dry_run_then_import_then_nothing_twice(capsys: pytest.CaptureFixture[str],
                                                ws_dir: str, tmp_path: Path) -> None:
    vcf = str(F.write_vcard(tmp_path / "k.vcf"))
    before = settled_hash(db(ws_dir))
    code, out, _ = run(capsys, "import-contacts", vcf, "--data-dir", ws_dir, "--dry-run")
    assert code == 0 and "Plan: oprettes: 7" in out and "Prøvekørsel" in out
    assert settled_hash(db(ws_dir)) == before
    code, out, _ = run(capsys, "import-contacts", vcf, "--data-dir", ws_dir)
    assert code == 0 and "Oprettet: 4 organisationer, 3 personer." in out
    code, out, _ = run(capsys, "import-contacts", vcf, "--data-dir", ws_dir)
    assert code == 0 and "Oprettet: ingen nye poster" in out and "fandtes allerede: 7" in out


def test_log_with_mapping_file_and_calendar(capsys: pytest.CaptureFixture[str], ws_dir: str,
                                            tmp_path: Path) -> None:
    xlsx = str(F.write_excel_log(tmp_path / "log.xlsx"))
    mapping = tmp_path / "mapping.json"
    code, out, _ = run(capsys, "import-log", xlsx, "--data-dir", ws_dir,
                       "--write-mapping", str(mapping))
    assert code == 0 and json.loads(mapping.read_text(encoding="utf-8"))["columns"]["Emne"] \
        == "title"
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["columns"]["Nøgleord"] = "ignore"
    data["types"]["Referat"] = "observation"
    mapping.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "import-log", xlsx, "--data-dir", ws_dir, "--mapping",
                       str(mapping))
    assert code == 0 and "Oprettet: 4 logindførsler." in out
    code, out, _ = run(capsys, "log", "list", "--data-dir", ws_dir, "--type", "observation")
    assert "Driftsmøde" in out
    ics = str(F.write_ics(tmp_path / "k.ics"))
    args = ("import-calendar", ics, "--data-dir", ws_dir, "--from", "01-03-2025",
            "--to", "31-03-2025")
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Oprettet: 2 logindførsler." in out  # 17 and 31 March
    code, out, _ = run(capsys, *args)
    assert "allerede importeret: 2" in out
    code, out, _ = run(capsys, "imports", "--data-dir", ws_dir)
    assert "k.ics" in out and "log.xlsx" in out


@pytest.mark.parametrize(("name", "content", "command", "message"), [
    ("tom.csv", b"", "import-log", "er tom"),
    ("falsk.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(500), "import-log", "ikke en Excel-fil"),
    ("skaev.csv", b"Dato;Titel\n01-01-2025;A\n02-01-2025;B;C\n", "import-log",
     "Række 3"),
    ("dato.csv", b"Dato;Titel\n01-01-2025;A\n31-02-2025;B\n", "import-log",
     "ugyldig dato »31-02-2025«"),
    ("tom.vcf", b"", "import-contacts", "er tom"),
    ("k.ics", b"noget andet", "import-calendar", "ikke en kalenderfil"),
])
def test_bad_input_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str],
                                              ws_dir: str, tmp_path: Path, name: str,
                                              content: bytes, command: str,
                                              message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = settled_hash(db(ws_dir))
    extra = ["--from", "2025-01-01", "--to", "2025-12-31"] if command == "import-calendar" \
        else []
    code, out, err = run(capsys, command, str(path), "--data-dir", ws_dir, *extra)
    assert code == 2
    assert message in out + err
    assert "Traceback" not in err
    assert settled_hash(db(ws_dir)) == before


def test_a_200_mb_file_exits_2(capsys: pytest.CaptureFixture[str], ws_dir: str,
                               tmp_path: Path) -> None:
    path = tmp_path / "kæmpe.csv"
    with path.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse
    code, _, err = run(capsys, "import-log", str(path), "--data-dir", ws_dir)
    assert code == 2 and "for stor" in err and "højst 50 MB" in err


def test_suggestions_need_accept_suggestions(capsys: pytest.CaptureFixture[str], ws_dir: str,
                                             tmp_path: Path) -> None:
    vcf = F.write_vcard(tmp_path / "k.vcf")
    run(capsys, "import-contacts", str(vcf), "--data-dir", ws_dir)
    csv = F.write_outlook_csv(tmp_path / "o.csv", [
        ["Hanne", "", "Bisgård", "", "Viborg Kommune", "", "", "", "", "", "", ""]])
    code, out, _ = run(capsys, "import-contacts", str(csv), "--data-dir", ws_dir, "--dry-run")
    assert code == 0 and "Forslag" in out and "Ligner »Hanne Bisgaard«" in out
    assert "--accept-suggestions bruger dem" in out
    code, out, _ = run(capsys, "import-contacts", str(csv), "--data-dir", ws_dir,
                       "--accept-suggestions")
    assert code == 0 and "Oprettet: ingen nye poster" in out


def test_cpr_needs_a_choice_and_undo(capsys: pytest.CaptureFixture[str], ws_dir: str,
                                     tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Dato;Titel;Tekst\n01-02-2025;Sag;CPR 010190-1234 nævnt\n",
                    encoding="utf-8")
    before = settled_hash(db(ws_dir))
    code, out, err = run(capsys, "import-log", str(path), "--data-dir", ws_dir)
    assert code == 2 and "010190-****" in out and "--cpr mask" in err
    assert "1234" not in out + err
    assert settled_hash(db(ws_dir)) == before
    code, out, _ = run(capsys, "import-log", str(path), "--data-dir", ws_dir, "--cpr", "mask")
    assert code == 0 and "CPR-numre maskeret: 1" in out
    batch = out.split("Import-id: ")[1].split()[0]
    code, out, _ = run(capsys, "undo-import", batch, "--data-dir", ws_dir)
    assert code == 0 and "1 poster er lagt i papirkurven" in out
    code, out, err = run(capsys, "undo-import", batch, "--data-dir", ws_dir)
    assert code == 2 and "allerede fortrudt" in err


def test_help_of_the_import_commands(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("import-contacts", "import-log", "import-calendar", "undo-import"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and "--data-dir" in out
    code, out, _ = run(capsys, "import-log", "--help")
    assert "--mapping" in out and "--dry-run" in out and "--accept-suggestions" in out
