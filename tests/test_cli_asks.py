"""brobygger-cli asks list|add|answer|close|reopen and readiness show|set: the same open
count as the services, Danish errors and nothing saved on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from brobygger.services import Services
from brobygger.store.workspace import Workspace
from tests.conftest import run_cli as run
from tests.conftest import settled_hash


def _svc(d: Path) -> Services:
    return Services(Workspace.open(d), user="t")


def test_asks_life_cycle_from_the_command_line(capsys: pytest.CaptureFixture[str],
                                               demo_dir: Path) -> None:
    d = str(demo_dir)
    code, out, _ = run(capsys, "asks", "list", "--open", "--data-dir", d)
    assert code == 0 and "heraf 7 åbne" in out and "OVERSKREDET" in out
    code, out, _ = run(capsys, "asks", "list", "--level", "sundhedsraad", "--data-dir", d)
    assert code == 0 and "1 anmodninger" in out
    code, out, err = run(capsys, "asks", "add", "-i", "Viborg", "--title",
                         "Adgang til hospitalets medicinmodul", "--level", "topledelse",
                         "--to", "Hospitalsledelsen, Regionshospitalet Viborg", "--due",
                         "2027-01-15", "--data-dir", d)
    assert code == 0, err
    ask_id = out.split("id ")[1].split(")")[0]
    code, out, _ = run(capsys, "asks", "list", "--open", "--data-dir", d)
    assert "heraf 8 åbne" in out
    code, out, err = run(capsys, "asks", "answer", ask_id, "--answer", "Ja, fra februar",
                         "--by", "Direktionen", "--data-dir", d)
    assert code == 0 and "besvaret" in out, err
    code, out, err = run(capsys, "asks", "close", ask_id, "--outcome", "imoedekommet",
                         "--data-dir", d)
    assert code == 0 and "imødekommet" in out, err
    code, out, err = run(capsys, "asks", "reopen", ask_id, "--data-dir", d)
    assert code == 0 and "åben" in out, err
    with _svc(demo_dir).ws as ws:
        svc = Services(ws)
        ask = next(a for a in svc.asks.list() if a.title.startswith("Adgang til"))
        assert ask.status == "aaben" and ask.answer.startswith("Ja, fra februar")
        assert svc.asks.open_count() == 8


def test_bad_input_saves_nothing(capsys: pytest.CaptureFixture[str],
                                 demo_dir: Path) -> None:
    d = str(demo_dir)
    db = demo_dir / "brobygger.sqlite3"
    before = settled_hash(db)
    code, _, err = run(capsys, "asks", "add", "-i", "Viborg", "--title", "X", "--level",
                       "kommunen", "--data-dir", d)
    assert code == 2 and "kommunen" in err
    code, _, err = run(capsys, "asks", "close", "ffff", "--outcome", "imoedekommet",
                       "--data-dir", d)
    assert code == 2 and "Fandt ingen anmodninger" in err
    code, _, err = run(capsys, "asks", "add", "-i", "Viborg", "--title",
                       "Borger 010203-1234 skal have svar", "--level", "chef", "--data-dir", d)
    assert code == 2 and "010203-1234" not in err
    assert settled_hash(db) == before


def test_readiness_from_the_command_line(capsys: pytest.CaptureFixture[str],
                                         demo_dir: Path) -> None:
    d = str(demo_dir)
    code, out, _ = run(capsys, "readiness", "set", "Viborg", "politisk_opmaerksomhed",
                       "delvist", "--note", "Rejst i KKR", "--data-dir", d)
    assert code == 0
    code, out, _ = run(capsys, "readiness", "show", "Viborg", "--data-dir", d)
    line = next(li for li in out.splitlines() if li.startswith("politisk_opmaerksomhed"))
    assert "Delvist" in line and "Rejst i KKR" in line
    code, _, err = run(capsys, "readiness", "set", "Viborg", "formaal", "måske", "--data-dir", d)
    assert code == 2 and err


def test_asks_link_from_the_command_line(capsys: pytest.CaptureFixture[str],
                                         demo_dir: Path) -> None:
    d = str(demo_dir)
    with _svc(demo_dir).ws as ws:
        svc = Services(ws)
        viborg = svc.initiatives.find("Akutsamarbejde, Viborg")
        ask = next(a for a in svc.asks.open(viborg.id) if a.entry_id is not None)
        entry = next(e for e in svc.log.list() if e.initiative_id == viborg.id
                     and e.id not in ask.entry_ids)
        action = svc.actions.list(initiative_id=viborg.id)[0]
    code, out, err = run(capsys, "asks", "link", str(ask.id)[:8], "-e", str(entry.id)[:8],
                         "-a", str(action.id)[:8], "--data-dir", d)
    assert code == 0, err
    assert entry.title[:40] in out and action.title[:40] in out and "handling" in out
    code, out, err = run(capsys, "asks", "link", str(ask.id)[:8], "-a", str(action.id)[:8],
                         "--remove", "--data-dir", d)
    assert code == 0 and action.title[:40] not in out, err
    code, _out, err = run(capsys, "asks", "link", str(ask.id)[:8], "-e", "ffffffff",
                          "--data-dir", d)
    assert code != 0 and "Fandt ingen logindførsler" in err
    with _svc(demo_dir).ws as ws:
        got = Services(ws).asks.get(ask.id)
        assert set(got.entry_ids) == {*ask.entry_ids, entry.id} and got.action_ids == ()
