"""EKSEMPELDATA only on the example: a workspace where the example and real initiatives are
mixed is migrated (0007) to mark example data per initiative; briefs follow the mark."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from alembic import command
from pypdf import PdfReader

from brobygger import paths
from brobygger.services import EXAMPLE_INITIATIVES_KEY, Services
from brobygger.services.briefs import BriefOptions, status_brief
from brobygger.services.demo import load_demo
from brobygger.store.workspace import Workspace, alembic_config, head_revision


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)


def _initiative(con: sqlite3.Connection, name: str, parent: uuid.UUID | None = None
                ) -> uuid.UUID:
    rid = uuid.uuid4()
    con.execute("INSERT INTO initiative (id, created_at, updated_at, version, name, parent_id, "
                "purpose, trigger, status, formalisation, meaning, cornerstones, readiness) "
                "VALUES (?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, ?, ?, '', '', "
                "'drift', '{}', '{}', '{}', '{}')",
                (rid.hex, name, parent.hex if parent else None))
    return rid


def test_mixed_workspace_is_marked_per_initiative(tmp_path: Path) -> None:
    data_dir = tmp_path / "mixed"
    data_dir.mkdir()
    db = data_dir / paths.DB_FILENAME
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.upgrade(cfg, "0006_imports")
    with sqlite3.connect(db) as con:
        viborg = _initiative(con, "Akutsamarbejde, Viborg")
        randers = _initiative(con, "Sundhedsstrategisk ledelse af det nære sundhedsvæsen, "
                                   "Randers")
        lab = _initiative(con, "Laboratorium: Den gode sårbehandling", randers)
        own = _initiative(con, "Fælles akutteam Århus")
        con.execute("INSERT INTO workspace_meta (key, value) VALUES ('is_example', '1')")
    with Workspace.open(data_dir, encryption="none") as ws:
        assert ws.schema_revision() == head_revision()
        svc = Services(ws, user="t")
        marked = set(json.loads(ws.get_meta(EXAMPLE_INITIATIVES_KEY)))
        assert marked == {str(viborg), str(randers), str(lab)}
        assert svc.is_example_initiative(viborg) and svc.is_example_initiative(lab)
        assert not svc.is_example_initiative(own)
        out = tmp_path / "own.pdf"
        status_brief(svc, own, None, None, out, BriefOptions(author="Mette Kjær"))
        assert "EKSEMPELDATA" not in _text(out)
        status_brief(svc, viborg, None, None, tmp_path / "ex.pdf", BriefOptions())
        assert "EKSEMPELDATA" in _text(tmp_path / "ex.pdf")


def test_loading_the_example_marks_its_initiatives(svc: Services, tmp_path: Path) -> None:
    load_demo(svc)
    ids = svc.example_initiative_ids()
    assert ids == {str(i.id) for i in svc.initiatives.all()}
    own = svc.initiatives.create(name="Fælles akutteam Århus", status="opstart")
    assert not svc.is_example_initiative(own.id)
    out = tmp_path / "own.pdf"
    status_brief(svc, own.id, None, None, out, BriefOptions())
    assert "EKSEMPELDATA" not in _text(out)


def test_a_workspace_without_the_example_marks_nothing(svc: Services) -> None:
    own = svc.initiatives.create(name="Fælles akutteam Århus", status="opstart")
    assert svc.example_initiative_ids() == set()
    assert not svc.is_example_initiative(own.id)
