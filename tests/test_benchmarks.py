"""The benchmark generator and harness (issue 8): deterministic data at a given scale that
the services read normally, and the harness's statistics and table. No timing asserted."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import generate  # noqa: E402
import run  # noqa: E402

from brobygger.services import LogFilter, Services  # noqa: E402
from brobygger.store import models  # noqa: E402
from brobygger.store.workspace import Workspace  # noqa: E402

SCALE = 0.003  # 300 log entries, 150 relationship assessments, …


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, generate.Manifest]:
    directory = tmp_path_factory.mktemp("bench") / "ws"
    return directory, generate.generate(directory, seed=7, scale=SCALE)


def test_counts_at_a_scale() -> None:
    c = generate.Counts.at(0.01)
    assert (c.initiatives, c.organisations, c.people, c.log_entries, c.relationships,
            c.actions, c.indicators, c.measurements) == (5, 10, 50, 1_000, 500, 200, 20, 480)
    full = generate.Counts.at(1.0)
    assert (full.initiatives, full.log_entries, full.relationships, full.measurements) == (
        500, 100_000, 50_000, 48_000)
    with pytest.raises(ValueError):
        generate.Counts.at(0)


def test_generated_rows_match_the_counts(generated: tuple[Path, generate.Manifest]) -> None:
    directory, manifest = generated
    expected = generate.Counts.at(SCALE)
    tables = {"initiatives": models.Initiative, "organisations": models.Organisation,
              "people": models.Person, "log_entries": models.LogEntry,
              "relationships": models.RelationshipAssessment, "actions": models.Action,
              "indicators": models.Indicator, "measurements": models.Measurement}
    with Workspace.open(directory, create=False) as ws, ws.read() as s:
        for name, model in tables.items():
            n = s.execute(select(func.count()).select_from(model)).scalar_one()
            assert n == getattr(expected, name) == manifest.counts[name], name
        big = s.execute(select(func.count()).select_from(models.LogEntry).where(
            models.LogEntry.initiative_id == generate.uuid.UUID(manifest.big_initiative))
        ).scalar_one()
    assert big == manifest.big_initiative_entries == round(expected.log_entries * 0.01)
    assert len(manifest.portfolio) == expected.initiatives  # fewer than 50 at this scale


def test_services_read_the_generated_workspace(
        generated: tuple[Path, generate.Manifest]) -> None:
    directory, manifest = generated
    with Workspace.open(directory, create=False) as ws:
        svc = Services(ws, user="test")
        entries = svc.log.list()
        assert len(entries) == manifest.counts["log_entries"] == svc.log.count()
        for e in entries:
            assert generate.BODY_MIN <= len(e.body) <= generate.BODY_MAX
            assert e.title and e.author
        assert any("æ" in e.body or "ø" in e.body or "å" in e.body for e in entries)
        # the full-text index was filled by the triggers
        hits = svc.log.search("styregruppen", limit=1_000)
        assert hits and all("styregrupp" in (h.title + h.body).lower() for h in hits)
        assert svc.log.ids(LogFilter(text="styregruppen")) == [h.id for h in hits]
        assert ws.quick_check() == "ok"
        summaries = svc.overview.summaries(generate.TODAY)
        assert len(summaries) == manifest.counts["initiatives"]
        assert any(s.pairs for s in summaries)


def test_same_seed_same_workspace_other_seed_other(
        generated: tuple[Path, generate.Manifest], tmp_path: Path) -> None:
    directory, manifest = generated
    again = generate.generate(tmp_path / "again", seed=7, scale=SCALE)
    other = generate.generate(tmp_path / "other", seed=8, scale=SCALE)
    assert again.counts == manifest.counts
    assert again.big_initiative == manifest.big_initiative
    digests = []
    for d in (directory, tmp_path / "again", tmp_path / "other"):
        with Workspace.open(d, create=False) as ws:
            digests.append(generate.table_digest(ws))
    assert digests[0] == digests[1]
    assert digests[0]["log_entry"] != digests[2]["log_entry"]
    assert other.big_initiative != manifest.big_initiative


def test_text_is_danish_and_within_bounds() -> None:
    maker = generate.TextMaker(generate.random.Random(1))
    bodies = [maker.body(maker.topics(3)) for _ in range(300)]
    assert all(generate.BODY_MIN <= len(b) <= generate.BODY_MAX for b in bodies)
    assert max(len(b) for b in bodies) > 1_000 and min(len(b) for b in bodies) < 300
    words = " ".join(bodies)
    for word in ("udskrivning", "styregruppen", "kommunen", "regionen"):
        assert word in words
    title = maker.title("beslutning", ["akutpladser"])
    assert "akutpladser" in title or "Beslutning" in title


def test_cache_key_names_seed_scale_and_mode() -> None:
    assert generate.cache_key(1, 1.0) == "s1-x1"
    assert generate.cache_key(1, 0.05) == "s1-x0_05"
    assert generate.cache_key(1, 0.05, "passphrase") == "s1-x0_05-passphrase"


# -- the harness -------------------------------------------------------------------------------
def test_median_and_percentiles() -> None:
    assert run.median([3, 1, 2]) == 2
    assert run.median([4, 1, 3, 2]) == 2.5
    values = list(range(1, 101))  # 1..100
    assert run.percentile(values, 50) == pytest.approx(50.5)
    assert run.percentile(values, 95) == pytest.approx(95.05)
    assert run.percentile(values, 0) == 1 and run.percentile(values, 100) == 100
    assert run.percentile([10.0], 95) == 10.0
    assert run.percentile([1.0, 2.0], 95) == pytest.approx(1.95)
    assert run.percentile([5, 1, 4, 2, 3], 50) == 3  # unsorted input
    with pytest.raises(ValueError):
        run.percentile([], 50)
    with pytest.raises(ValueError):
        run.percentile([1], 101)


def test_rows_pass_fail_and_format() -> None:
    rows = [
        run.Row("Search p95", 42.04, "ms", 50, detail="20 queries"),
        run.Row("Ratio", 3.5, "x", 3),
        run.Row("Brief", 1.5, "s", 1.5),
        run.Row("Memory", 512.4, "MB", 400),
        run.Row("Open", 12.0, "ms"),
        run.Row("Cold start", None, "x", 2, na="GUI not available"),
    ]
    assert [r.passed for r in rows] == [True, False, True, False, None, None]
    table = run.format_table(rows).splitlines()
    assert table[0] == "| Benchmark | Median | Target | Result | Details |"
    assert table[2] == "| Search p95 | 42.0 ms | ≤ 50.0 ms | pass | 20 queries |"
    assert table[3] == "| Ratio | 3.50× | ≤ 3.00× | FAIL |  |"
    assert table[4] == "| Brief | 1.50 s | ≤ 1.50 s | pass |  |"
    assert table[5] == "| Memory | 512 MB | ≤ 400 MB | FAIL |  |"
    assert table[6] == "| Open | 12.0 ms | – | info |  |"
    assert table[7] == "| Cold start | n/a (GUI not available) | ≤ 2.00× | – |  |"
    assert run.fmt(1234.4, "ms") == "1234 ms"


def test_harness_refuses_fewer_than_five_runs() -> None:
    with pytest.raises(SystemExit):
        run.main(["--runs", "3"])
    with pytest.raises(SystemExit):
        run.main(["--only", "nonsense"])


def test_start_up_probe_sees_the_frame_then_the_open_workspace(tmp_path: Path) -> None:
    """The cold-start probe: the app paints its frame first, then the window with the
    workspace attached, and closes cleanly (what bench_startup measures)."""
    import os
    import subprocess

    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"),
           "PYTHONPATH": os.pathsep.join([str(BENCHMARKS.parent / "src"), str(BENCHMARKS)])}
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "paint_probe.py"), "app", "--data-dir",
         str(tmp_path / "ws"), "--no-encryption", "--lang", "da"],
        capture_output=True, text=True, env=env, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    values = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert float(values["FIRST_PAINT"]) <= float(values["WORKSPACE_PAINT"])
    assert (tmp_path / "ws" / "brobygger.sqlite3").exists()


# -- issue 21: the scale series, the cache's migration and the new figures ----------------------
def test_series_table_puts_each_figure_beside_each_scale() -> None:
    small = [run.Row("Search p95", 10.0, "ms", 50), run.Row("Briefs", 1.2, "s", 1.5)]
    big = [run.Row("Search p95", 19.5, "ms", 50), run.Row("Open", None, "ms", na="error")]
    lines = run.format_series([(0.1, small), (10.0, big)]).splitlines()
    assert lines[0] == "| Benchmark | scale 0.1 | scale 10 | Target |"
    assert lines[2] == "| Search p95 | 10.0 ms | 19.5 ms | ≤ 50.0 ms |"
    assert lines[3] == "| Briefs | 1.20 s |  | ≤ 1.50 s |"  # not measured at 10
    assert lines[4] == "| Open |  | n/a | – |"
    assert set(run.SERIES_BIG) <= set(run.BENCHMARKS) and run.SERIES_SCALES == (0.1, 1, 10)


def test_a_cached_workspace_of_an_older_schema_is_migrated(tmp_path: Path) -> None:
    """A schema change no longer throws the cache away (scale 10 takes an hour to make):
    the cached copy is migrated once and its manifest says so."""
    import sqlite3

    from alembic import command

    from brobygger import paths
    from brobygger.store.workspace import alembic_config, head_revision

    directory = tmp_path / "ws"
    directory.mkdir()
    db = directory / paths.DB_FILENAME
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.upgrade(cfg, "0009_agreements")  # a cache made before 0011
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO log_entry (id, created_at, updated_at, version, entry_date, "
                    "type, title, body, tags, escalated_to, author) VALUES ('ab12', "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, '2026-01-01', 'moede', "
                    "'Kommunen', '', '', '', '')")
    old = generate.Manifest(seed=3, scale=0.001, generator_version=generate.GENERATOR_VERSION,
                            encryption="none", counts={"log_entries": 1}, big_initiative="",
                            big_initiative_entries=0, portfolio=[], seconds=0.0,
                            schema_revision="0009_agreements")
    generate._write_manifest(directory, old)
    loaded = generate.load_manifest(directory)
    assert loaded == old
    said: list[str] = []
    upgraded = generate.upgrade_cached(directory, loaded, said.append)
    assert upgraded.schema_revision == head_revision() and said
    assert generate.load_manifest(directory) == upgraded
    with Workspace.open(directory, create=False) as ws:
        assert ws.schema_revision() == head_revision()
        assert Services(ws, user="t").log.count(LogFilter(text="kom")) == 1


def test_new_figures_on_a_tiny_workspace(generated: tuple[Path, generate.Manifest],
                                         tmp_path: Path) -> None:
    """The in-process figures of issue 21 run and report a figure (no timing asserted)."""
    import bench_round2

    directory, manifest = generated
    bench = run.Bench(directory, manifest, 1, tmp_path)
    try:
        rows = bench_round2.bench_typing(bench) + bench_round2.bench_filter(bench)
    finally:
        bench.close()
    assert [r.name for r in rows] == [
        "Logbog search while typing, p95 per keystroke",
        "Logbog search while typing: the count of hits after the first page, p95",
        "Filter jump → first page, worst filter", "Filter jump → last page, worst filter",
        "Filter scrolled to the middle → next block, worst filter"]
    assert all(r.figure is not None and r.figure >= 0 for r in rows)
    assert "type moede" in rows[2].detail and "plague graazoner" in rows[2].detail


def test_walk_probe_reports_usable_stall_typing_and_refresh(tmp_path: Path) -> None:
    """paint_probe walk: every view, the tabs of an initiative, a search typed letter by
    letter and a save, on a small unencrypted generated workspace."""
    import os
    import subprocess

    directory = tmp_path / "ws"
    manifest = generate.generate(directory, seed=5, scale=0.001, encryption="none")
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"),
           "PYTHONPATH": os.pathsep.join([str(BENCHMARKS.parent / "src"), str(BENCHMARKS)])}
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "paint_probe.py"), "walk", manifest.big_initiative,
         "--data-dir", str(directory), "--lang", "da"],
        capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    values = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert float(values["FIRST_PAINT"]) <= float(values["WORKSPACE_PAINT"]) \
        <= float(values["USABLE"])
    assert float(values["STALL_MS"]) >= 0 and values["STALL_AT"]
    assert len(values["TYPED_MS"].split()) == len(paint_probe_word()) - 2
    assert float(values["REFRESH_MS"]) >= 0 and int(values["PEAK_RSS_KB"]) > 0
    # where the time went: the GUI thread's own CPU per step, resident memory per view
    assert values["START_PAGE"] == "overview" and float(values["USABLE_CPU"]) > 0
    assert float(values["STALL_CPU_MS"]) >= 0 and values["STALL_CPU_AT"]
    steps = dict(kv.split("=") for kv in values["RSS_STEPS_MB"].split())
    assert {"usable", "log", "agreements", "initiative", "end"} <= set(steps)
    with Workspace.open(directory, create=False) as ws:  # the probe's save is in the log
        assert Services(ws, user="t").log.count() == manifest.counts["log_entries"] + 1


def paint_probe_word() -> str:
    import paint_probe

    return paint_probe.TYPED_WORD


def test_load_run_on_a_shared_server(pg_server: str) -> None:
    """benchmarks/load_pg.py at a tiny scale: two users with their own login roles save,
    search, answer and edit, and nothing they were told was saved is lost."""
    import os
    import subprocess
    import uuid

    prefix = f"bb_load_{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "BROBYGGER_TEST_PG_URL": pg_server}

    def run(seconds: str, *more: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, str(BENCHMARKS / "load_pg.py"), "--users", "2", "--processes",
             "1", "--seconds", seconds, "--think", "0.05", "--scale", "0.001", "--prefix",
             prefix, *more], capture_output=True, text=True, env=env, timeout=300,
            check=False)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc

    first = run("1")  # fills the template
    assert "copied the scale-0.001 workspace" in first.stderr
    proc = run("6", "--drop-template")  # a copy of the template, then everything dropped
    assert "copied" not in proc.stderr
    out = proc.stdout
    assert "| Operation | Count | p50 | p95 | Statements | Client CPU p50 |" in out
    assert "| save |" in out and "| search |" in out
    assert "Errors (other than shown conflicts): 0;" in out
    assert ", lost: 0." in out
    # each user's open view hears the other's changes; the machine and server are measured
    assert re.search(r"Open views: \d+ reloads for [1-9]\d* notices", out), out
    assert re.search(r"CPU: the server's backends \d+\.\d s", out), out
    assert "load average" in out and "busy during the run" in out
    import sqlalchemy as sa

    with sa.create_engine(pg_server).connect() as conn:  # the roles and databases are gone
        left = conn.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname LIKE :p"),
                            {"p": f"{prefix}%"}).scalar_one()
        dbs = conn.execute(sa.text("SELECT count(*) FROM pg_database WHERE datname LIKE :p"),
                           {"p": f"{prefix}%"}).scalar_one()
    assert left == dbs == 0
