"""Run every benchmark of issue 8 and print one table of medians.

    make bench                                        # = .venv/bin/python benchmarks/run.py
    .venv/bin/python benchmarks/run.py --runs 7       # more runs (at least 5)
    .venv/bin/python benchmarks/run.py --only search,save
    .venv/bin/python benchmarks/run.py --scale 0.05   # a small workspace, for a quick look
    .venv/bin/python benchmarks/run.py --markdown out.md
    .venv/bin/python benchmarks/run.py --scale-series # each figure at 0.1, 1 and 10

The workspace is the generator's (``generate.py``; cached under ``benchmarks/data/``,
generated on first use in about a minute): 500 initiatives, 100,000 log entries and the
rest at scale 1.0. Each run works on a fresh copy of it, encrypted as a new workspace is
by default – SQLCipher with a raw key from the keyring (``--encryption passphrase`` for a
passphrase-derived key).

Every figure is the median over ``--runs`` runs. Where a figure is a percentile (p50, p95)
it is taken within each run over that run's samples, and the table shows the median of
the runs' percentiles. Percentiles interpolate linearly between the two nearest ranks.
Nothing here fails a build: timings on a shared machine are noisy; the table says
pass/fail against the targets of issue 8 and the notes say what was measured.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _p in (ROOT / "src", HERE):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import generate  # noqa: E402

QUERIES = (  # a mix of what a leader looks for: specific terms, names of things, and a
    # few words that occur in a large share of a year's notes
    "akutpladser", "praksiskonsulenten", "medicinafstemning", "lægedækning",
    "Fælles Medicinkort", "tolkebistanden", "telemedicin", "delegeringen", "1813",
    "færdigbehandlede patienter", "sundhedsaftalen", "genoptræn", "hjemmeplejen weekenderne",
    "styregruppen økonomien", "eskaleret direktionen", "palliation", "KOL", "ventetid",
    "kommunen", "udskrivning",
)
SAVES_PER_RUN = 40
BUNDLE_ENTRIES = 10_000
BUNDLE_PASSPHRASE = "benchmark-udveksling-2026"
PROBE_TIMEOUT_S = 180.0


# -- statistics and the table ---------------------------------------------------------------
def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("median of nothing")
    return float(statistics.median(values))


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100), linear between the closest ranks (numpy's default)."""
    if not values:
        raise ValueError("percentile of nothing")
    if not 0 <= p <= 100:
        raise ValueError("p must be in 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    lo = int(rank)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


@dataclass
class Row:
    """One line of the table. ``figure`` None means not measured (``na`` says why)."""

    name: str
    figure: float | None
    unit: str                      # "ms", "s", "MB", "x" (a ratio)
    target: float | None = None    # pass when figure <= target
    detail: str = ""
    na: str = ""

    @property
    def passed(self) -> bool | None:
        if self.figure is None or self.target is None:
            return None
        return self.figure <= self.target


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}".strip()


def format_table(rows: Sequence[Row]) -> str:
    """A Markdown table: benchmark, median, target, result, details."""
    lines = ["| Benchmark | Median | Target | Result | Details |",
             "| --- | ---: | ---: | :---: | --- |"]
    for r in rows:
        if r.figure is None:
            figure, result = f"n/a ({r.na})" if r.na else "n/a", "–"
        else:
            figure = fmt(r.figure, r.unit)
            result = {True: "pass", False: "FAIL", None: "info"}[r.passed]
        target = f"≤ {fmt(r.target, r.unit)}" if r.target is not None else "–"
        lines.append(f"| {r.name} | {figure} | {target} | {result} | {r.detail} |")
    return "\n".join(lines)


# -- the machine -----------------------------------------------------------------------------
def machine() -> dict[str, str]:
    info = {"python": platform.python_version(), "platform": platform.platform()}
    with contextlib.suppress(OSError):
        cpuinfo = Path("/proc/cpuinfo").read_text()
        models = [ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines()
                  if ln.startswith("model name")]
        info["cpu"] = models[0] if models else platform.processor()
    info["cores"] = str(os.cpu_count())
    with contextlib.suppress(OSError):
        for ln in Path("/proc/meminfo").read_text().splitlines():
            if ln.startswith("MemTotal:"):
                info["ram"] = f"{int(ln.split()[1]) / 1024 / 1024:.1f} GiB"
    with contextlib.suppress(OSError):
        info["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    with contextlib.suppress(Exception):
        import sqlcipher3.dbapi2 as sqlcipher

        conn = sqlcipher.connect(":memory:")
        info["sqlite"] = sqlcipher.sqlite_version
        info["sqlcipher"] = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        conn.close()
    with contextlib.suppress(Exception):
        import PySide6  # noqa: TID251  (only its version)

        info["pyside6"] = PySide6.__version__
    return info


# -- the benchmark context ----------------------------------------------------------------------
@dataclass
class Bench:
    directory: Path            # the working copy of the workspace
    manifest: generate.Manifest
    runs: int
    scratch: Path
    say: Callable[[str], None] = print
    _ws: Any = None
    _svc: Any = None
    notes: list[str] = field(default_factory=list)

    @property
    def svc(self) -> Any:
        if self._svc is None:
            from brobygger.services import Services

            self._ws = generate.open_workspace(self.directory)
            self._svc = Services(self._ws, user="benchmark")
        return self._svc

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = self._svc = None

    @property
    def big(self) -> uuid.UUID:
        return uuid.UUID(self.manifest.big_initiative)


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# -- 1. cold start -------------------------------------------------------------------------------
def _probe_env(b: Bench) -> dict[str, str]:
    env = dict(os.environ)
    home = b.scratch / "home"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    # An installed app starts from bytecode: the subprocesses may read (and write) .pyc
    # files even where the shell says PYTHONDONTWRITEBYTECODE (see byte_compile()).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "BROBYGGER_DATA_DIR": str(b.directory),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(HERE),
                                       env.get("PYTHONPATH", "")]),
        "PYTHON_KEYRING_BACKEND": "bench_keyring.FileKeyring",
    })
    return env


def byte_compile() -> None:
    """Compile the app's modules to bytecode once, as an installation does: without it a
    shell with PYTHONDONTWRITEBYTECODE (CI, some containers) compiles every module of the
    app from source at each start, while the fixed stack in site-packages starts from its
    .pyc files – which made the app's start look ~0.25 s slower than it is."""
    import compileall

    compileall.compile_dir(ROOT / "src", quiet=1)


def run_probe(b: Bench, *args: str) -> tuple[float, dict[str, str]]:
    """Start the probe; returns (seconds from spawn to first paint, other printed values)."""
    t0 = time.time()
    proc = subprocess.run([sys.executable, str(HERE / "paint_probe.py"), *args],
                          capture_output=True, text=True, env=_probe_env(b),
                          timeout=PROBE_TIMEOUT_S, check=False)
    values: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        key, _, value = line.partition(" ")
        values[key] = value.strip()
    if "FIRST_PAINT" not in values:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"no first paint (exit {proc.returncode}): {' | '.join(tail)}")
    return float(values["FIRST_PAINT"]) - t0, values


def bench_startup(b: Bench) -> list[Row]:
    name = "Cold start to first painted main window, ratio to a bare PySide6 window"
    if not available("brobygger.app") or not available("PySide6"):
        return [Row(name, None, "x", 2.0, na="GUI not available")]
    b.close()  # the app opens the workspace itself (single-instance lock)
    args = ("app", "--data-dir", str(b.directory))
    run_probe(b, *args)  # a first session: full integrity check, daily backup, clean close
    ratios, apps, bares, opened = [], [], [], []
    for _ in range(b.runs):
        bare, _v = run_probe(b, "bare")
        app, values = run_probe(b, *args)
        ratios.append(app / bare)
        apps.append(app)
        bares.append(bare)
        if "WORKSPACE_PAINT" in values:
            opened.append(app + float(values["WORKSPACE_PAINT"]) - float(values["FIRST_PAINT"]))
    rows = [Row(name, median(ratios), "x", 2.0,
                detail=f"app {fmt(median(apps) * 1000, 'ms')}, bare window "
                       f"{fmt(median(bares) * 1000, 'ms')} (spawn → first Paint event, "
                       f"offscreen; the file unchanged since the last clean close). The "
                       f"first paint is the window's frame: navigation, menus and "
                       f"'Åbner arbejdsområdet …'")]
    if opened:
        rows.append(Row("Cold start to the main window with the workspace open",
                        median(opened) * 1000, "ms",
                        detail="spawn → first paint with the workspace attached (the data "
                               "layer imported, the workspace opened, the pages built; the "
                               "pages then load their data in the background)"))
    return rows


def bench_open(b: Bench) -> list[Row]:
    """Opening the workspace in-process, with and without the full integrity check."""
    from brobygger.store import workspace as wsmod

    b.close()
    full, quick = [], []
    record = b.directory / wsmod.VERIFIED_FILE
    for _ in range(b.runs):
        record.unlink(missing_ok=True)
        full.append(timed(lambda: generate.open_workspace(b.directory).close()))
        quick.append(timed(lambda: generate.open_workspace(b.directory).close()))
    size = (b.directory / "brobygger.sqlite3").stat().st_size / 1e6
    usable, checked, cpus = _open_checking_in_background(b)
    return [
        Row("Open the workspace, unchanged since a clean close", median(quick) * 1000, "ms",
            detail="Workspace.open + close in-process (imports excluded)"),
        Row("Open the workspace with the full integrity check", median(full) * 1000, "ms",
            detail=f"PRAGMA quick_check over {size:.0f} MB: first open after a change "
                   "from outside, an unclean close, or 7 days (the CLI's way)"),
        Row("Open after an unclean close, check in the background: readable",
            median(usable) * 1000, "ms",
            detail="the app's way (issue 21): Workspace.open(check_in_background=True) + "
                   "the Logbog's first page, read-only while quick_check runs on a thread; "
                   f"the check itself then took {fmt(median(checked), 's')} more "
                   f"(CPU of open + check {fmt(median(cpus), 's')}), writes held meanwhile"),
    ]


def _open_checking_in_background(b: Bench) -> tuple[list[float], list[float], list[float]]:
    """(readable, check done after that, CPU of both) per run, in seconds."""
    from brobygger.services import LogFilter, Services
    from brobygger.store import workspace as wsmod

    record = b.directory / wsmod.VERIFIED_FILE
    usable, checked, cpus = [], [], []
    for _ in range(b.runs):
        record.unlink(missing_ok=True)
        t0, c0 = time.perf_counter(), time.process_time()
        ws = wsmod.Workspace.open(b.directory, create=False,
                                  passphrase=generate.passphrase_prompt,
                                  check_in_background=True)
        try:
            Services(ws).log.page(LogFilter(), offset=0, limit=100)
            usable.append(time.perf_counter() - t0)
            t1 = time.perf_counter()
            ws.wait_until_checked()
            checked.append(time.perf_counter() - t1)
            cpus.append(time.process_time() - c0)
            if ws.integrity != "passed":
                raise RuntimeError(f"the background check did not pass: {ws.integrity}")
        finally:
            ws.close()
    return usable, checked, cpus


# -- 2. full-text search ---------------------------------------------------------------------
def _plain_connection(b: Bench) -> Any:
    from brobygger.store import dialect
    from brobygger.store.workspace import workspace_key

    key, _ = workspace_key(b.directory, generate.passphrase_prompt)
    return dialect.connect(b.directory / "brobygger.sqlite3", key)


PLAIN_WINDOW_SQL = (  # the app ranks the most recent RANK_WINDOW hits (store.dialect)
    "SELECT rowid FROM log_entry_fts WHERE log_entry_fts MATCH ? "
    "ORDER BY rowid DESC LIMIT 1 OFFSET ?")
PLAIN_SQL = (
    "SELECT e.* FROM (SELECT rowid AS hit, rank AS score FROM log_entry_fts "
    "WHERE log_entry_fts MATCH ? AND rowid >= ? ORDER BY rank, rowid DESC LIMIT ?) AS f "
    "CROSS JOIN log_entry AS e ON e.rowid = f.hit "
    "WHERE e.deleted_at IS NULL ORDER BY f.score, f.hit DESC")


def bench_search(b: Bench) -> list[Row]:
    from brobygger.services import LogFilter
    from brobygger.store.dialect import RANK_WINDOW, fts_query

    svc = b.svc
    conn = _plain_connection(b)
    limit = 100
    model = _log_model(b)

    def app(q: str) -> int:
        return len(svc.log.search(q, limit=limit))

    def plain(q: str) -> int:
        match = fts_query(q)
        oldest = conn.execute(PLAIN_WINDOW_SQL, (match, RANK_WINDOW - 1)).fetchone()
        return len(conn.execute(PLAIN_SQL, (match, oldest[0] if oldest else 0,
                                            limit)).fetchall())

    def logbook(q: str) -> int:
        ids = svc.log.ids(LogFilter(text=q))
        return _first_page(model, ids) if model is not None else len(
            svc.log.get_many(ids[:100]))

    hits = {q: len(svc.log.ids(LogFilter(text=q))) for q in QUERIES}  # also warms up
    for q in QUERIES:
        plain(q)
    p50s, p95s, ratios, plain95, page95 = [], [], [], [], []
    try:
        for _ in range(b.runs):
            a_times, p_times, l_times, run_ratios = [], [], [], []
            for q in QUERIES:
                ta, tp = timed(lambda q=q: app(q)), timed(lambda q=q: plain(q))
                a_times.append(ta)
                p_times.append(tp)
                run_ratios.append(ta / tp)
                l_times.append(timed(lambda q=q: logbook(q)))
            p50s.append(percentile(a_times, 50) * 1000)
            p95s.append(percentile(a_times, 95) * 1000)
            plain95.append(percentile(p_times, 95) * 1000)
            ratios.append(median(run_ratios))
            page95.append(percentile(l_times, 95) * 1000)
    finally:
        conn.close()
    n = svc.log.count()
    counts = sorted(hits.values())
    spread = f"{counts[0]:,}–{counts[-1]:,} hits per query (median {median(counts):,.0f})"
    return [
        Row("Full-text search, p50", median(p50s), "ms",
            detail=f"svc.log.search(q, limit={limit}) → DTOs; {len(QUERIES)} queries over "
                   f"{n:,} entries"),
        Row("Full-text search, p95", median(p95s), "ms", 50,
            detail=f"{spread}; plain FTS5 p95 {fmt(median(plain95), 'ms')}"),
        Row("Full-text search, ratio to the same FTS5 query in plain sqlcipher3", median(ratios),
            "x", 1.5, detail="median over the queries of app ÷ plain (issue 21: ≤ 1.5× at "
                             "every scale); plain = the same MATCH, ranking window, rank "
                             "order and LIMIT with all columns, one open connection; the app "
                             "also reads each hit's people, plagues and barriers"),
        Row("Logbog search to its first page, p95", median(page95), "ms",
            detail="svc.log.ids(text) (every hit, ranked) + the first 100 rows through "
                   "the Logbog table model" if model is not None else
                   "svc.log.ids(text) + get_many(first 100)"),
    ]


# -- 3. Logbog first page --------------------------------------------------------------------
def _log_model(b: Bench) -> Any:
    if not available("PySide6") or not available("brobygger.ui.models"):
        return None
    try:
        from PySide6.QtWidgets import QApplication  # noqa: TID251

        from brobygger.ui.models import LogTableModel
    except ImportError:
        return None
    if QApplication.instance() is None:
        # a full QApplication (not a bare QCoreApplication): the probe may share its process
        # with widgets – the harness's own tests run beside pytest-qt's UI tests
        b.notes.append("Logbog rows rendered through brobygger.ui.models.LogTableModel.")
        QApplication([])
    return LogTableModel(b.svc)


def _first_page(model: Any, ids: list[uuid.UUID] | None, rows: int = 100) -> int:
    """Every column of the first ``rows`` rows through the model, as the table paints them;
    with ``ids`` the model is first set to show those entries (a search's ranked hits)."""
    if ids is not None:
        model.set_ids(ids, {})
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    return min(rows, model.rowCount())


def bench_logbook(b: Bench) -> list[Row]:
    from brobygger.services import LogFilter

    svc = b.svc
    flt = LogFilter()
    model = _log_model(b)

    def through_model() -> None:
        # the Logbog's background read for its table (ui/logbook.py, reload: listing()) …
        names = {i.id: i.name for i in svc.initiatives.names(include_deleted=True)}
        listing = model.fetch(flt)
        # … and, when it arrives, on the UI thread: the model is set and the rows painted
        model.set_listing(listing, names)
        _first_page(model, None)

    def through_services() -> None:
        svc.initiatives.all(include_deleted=True)
        svc.log.page(flt, limit=100, total=svc.log.count(flt))

    def last_block() -> None:  # scrolled to the end: the block of the last row
        if model is not None:
            model.invalidate()
            _ = model.index(model.rowCount() - 1, 2).data()
        else:
            n = svc.log.count(flt)
            svc.log.page(flt, offset=n - 100, limit=100, total=n)

    def all_ids_first() -> None:  # what the Logbog did before it paged
        svc.log.get_many(svc.log.ids(flt)[:100])

    fn = through_model if model is not None else through_services
    fn()  # warm up
    times = [timed(fn) * 1000 for _ in range(b.runs)]
    last_times = [timed(last_block) * 1000 for _ in range(b.runs)]
    all_ids_first()
    old_times = [timed(all_ids_first) * 1000 for _ in range(b.runs)]
    how = ("initiative names + svc.log.count() + the first block of 100 (svc.log.page), then "
           "100 rows × 6 columns through the GUI's LogTableModel, as the Logbog does"
           if model is not None else
           "svc.log.count() + svc.log.page(first 100) (no GUI model available)")
    n = svc.log.count()
    return [Row(f"Logbog first page ({n:,} entries)", median(times), "ms", 150, detail=how),
            Row("Logbog scrolled to the end: the last block", median(last_times), "ms",
                detail="the block of the last row read by offset through the model "
                       "(svc.log.page, from the oldest end): at once, as the Logbog does "
                       "for all entries"),
            Row("Logbog first page the old way, every id first (for comparison)",
                median(old_times), "ms",
                detail="svc.log.ids() of every entry + get_many(first 100): what the "
                       "Logbog waited for before it paged")]


# -- 4. saving ---------------------------------------------------------------------------------
def bench_save(b: Bench) -> list[Row]:
    svc = b.svc
    rng = random.Random(8)
    text = generate.TextMaker(rng)
    # an initiative outside the big one and the portfolio, so the briefs stay as generated
    spare = {str(i.id) for i in svc.initiatives.all()} - set(b.manifest.portfolio)
    target = uuid.UUID(min(spare)) if spare else None
    members = [m.person_id for m in svc.members.list(initiative_id=target)][:3] \
        if target else []
    p95s, p50s = [], []

    def save() -> None:
        topics = text.topics(3)
        svc.log.create(initiative_id=target, entry_date=generate.TODAY, type="moede",
                       title=text.title("moede", topics), body=text.body(topics),
                       tags=["akut", "udskrivning"], participants=members,
                       plagues=["graazoner"])

    save()  # warm up
    for _ in range(b.runs):
        times = [timed(save) * 1000 for _ in range(SAVES_PER_RUN)]
        p95s.append(percentile(times, 95))
        p50s.append(percentile(times, 50))
    return [Row("Save one log entry durably, p95", median(p95s), "ms", 30,
                detail=f"svc.log.create with 3 participants, a plague, tags; own transaction, "
                       f"WAL + synchronous=FULL (fsync per commit); p50 "
                       f"{fmt(median(p50s), 'ms')}; {SAVES_PER_RUN} saves per run")]


# -- 5. briefs -----------------------------------------------------------------------------------
def bench_briefs(b: Bench) -> list[Row]:
    names = (f"Status brief PDF, initiative with {b.manifest.big_initiative_entries:,} entries",
             f"Portfolio brief PDF, {len(b.manifest.portfolio)} initiatives")
    try:
        from brobygger.services.briefs import BriefOptions, portfolio_brief, status_brief
    except ImportError:
        return [Row(names[0], None, "s", 1.5, na="brobygger.reports not available"),
                Row(names[1], None, "s", 15, na="brobygger.reports not available")]
    svc = b.svc
    out = b.scratch / "briefs"
    out.mkdir(exist_ok=True)
    opts = BriefOptions(author="Benchmark", today=generate.TODAY)
    portfolio = [uuid.UUID(i) for i in b.manifest.portfolio]

    def status() -> Path:
        return status_brief(svc, b.big, None, generate.TODAY, out / "status.pdf", opts)

    def status_year() -> Path:
        return status_brief(svc, b.big, generate.TODAY - timedelta(days=365), generate.TODAY,
                            out / "status-year.pdf", opts)

    def folio() -> Path:
        return portfolio_brief(svc, portfolio, out / "portfolio.pdf", opts)

    status()  # warm up (fonts, imports)
    s_times = [timed(status) for _ in range(b.runs)]
    y_times = [timed(status_year) for _ in range(b.runs)]
    p_times = [timed(folio) for _ in range(b.runs)]
    entries = len(svc.log.ids(_filter(initiative_id=b.big)))
    return [
        Row(names[0], median(s_times), "s", 1.5,
            detail=f"status_brief over the whole history ({entries:,} entries), with charts; "
                   f"last 12 months only: {fmt(median(y_times), 's')}"),
        Row(names[1], median(p_times), "s", 15,
            detail=f"portfolio_brief of {len(portfolio)} initiatives (a table + a page each)"),
    ]


def _filter(**kw: Any) -> Any:
    from brobygger.services import LogFilter

    return LogFilter(**kw)


# -- 6. memory ---------------------------------------------------------------------------------
def bench_memory(b: Bench) -> list[Row]:
    name = "Peak resident memory, large workspace open and every view visited"
    if not available("brobygger.app") or not available("PySide6"):
        return [Row(name, None, "MB", 400, na="GUI not available")]
    b.close()
    peaks = []
    for _ in range(b.runs):
        _t, values = run_probe(b, "visit", b.manifest.big_initiative, "--data-dir",
                               str(b.directory))
        if "PEAK_RSS_KB" not in values:
            return [Row(name, None, "MB", 400, na="the view walk did not finish")]
        peaks.append(int(values["PEAK_RSS_KB"]) / 1024)
    return [Row(name, median(peaks), "MB", 400,
                detail="ru_maxrss of the app after Overblik, Initiativer (+ every tab of the "
                       "1,000-entry initiative), Logbog (scrolled to the end), Personer og "
                       "organisationer, Handlinger, Briefs")]


# -- 7. exchange bundles -----------------------------------------------------------------------
def bench_exchange(b: Bench) -> list[Row]:
    names = ("Bundle export, 10,000 entries", "Bundle import, 10,000 entries")
    if not available("brobygger.exchange"):
        return [Row(n, None, "s", 5, na="brobygger.exchange not available") for n in names]
    from sqlalchemy import func, select

    from brobygger.exchange import apply_import, export_bundle, plan_import, read_bundle
    from brobygger.services import Services
    from brobygger.store import models
    from brobygger.store.workspace import Workspace

    svc = b.svc
    m = models.LogEntry
    with svc.ws.read() as s:
        per = s.execute(select(m.initiative_id, func.count()).where(
            m.deleted_at.is_(None), m.initiative_id.is_not(None)).group_by(  # type: ignore[union-attr]
            m.initiative_id).order_by(func.count().desc())).all()
    chosen, total = [], 0
    for initiative_id, n in per:
        if total >= BUNDLE_ENTRIES:
            break
        chosen.append(initiative_id)
        total += n
    bundle = b.scratch / "bench.brobygger"
    e_times, i_times = [], []
    for k in range(b.runs):
        e_times.append(timed(lambda: export_bundle(svc, chosen, bundle, BUNDLE_PASSPHRASE)))
        target = b.scratch / f"import-{k}"
        ws = Workspace.open(target, encryption="keyring",
                            passphrase=generate.passphrase_prompt)
        try:
            other = Services(ws, user="modpart")

            def do_import(other: Any = other) -> None:
                plan = plan_import(other, read_bundle(bundle, BUNDLE_PASSPHRASE))
                apply_import(other, plan)

            i_times.append(timed(do_import))
        finally:
            ws.close()
        shutil.rmtree(target, ignore_errors=True)
    size = bundle.stat().st_size / 1e6
    what = (f"{len(chosen)} initiatives, {total:,} entries with their people, assessments, "
            f"actions and indicators; {size:.1f} MB; scrypt at the default cost")
    return [Row(names[0], median(e_times), "s", 5, detail=what),
            Row(names[1], median(i_times), "s", 5,
                detail="read + plan + apply (backup, one transaction) into a new workspace")]


# -- the runner --------------------------------------------------------------------------------
def _round2(name: str) -> Callable[[Bench], list[Row]]:
    """A figure of issue 21 (``bench_round2.py``), imported when it runs."""
    def bench(b: Bench) -> list[Row]:
        import bench_round2

        rows: list[Row] = getattr(bench_round2, f"bench_{name}")(b)
        return rows
    return bench


BENCHMARKS: dict[str, Callable[[Bench], list[Row]]] = {
    "startup": bench_startup,
    "open": bench_open,
    "search": bench_search,
    "logbook": bench_logbook,
    "save": bench_save,
    "briefs": bench_briefs,
    "memory": bench_memory,
    "exchange": bench_exchange,
    "typing": _round2("typing"),
    "filter": _round2("filter"),
    "cli": _round2("cli"),
    "ui": _round2("ui"),
}
# The scale series (--scale-series): every figure at 0.1 and 1; at 10 (1,000,000 entries,
# ~3 GB) only these, with SERIES_BIG_RUNS runs, so the series fits in well under an hour.
SERIES_SCALES = (0.1, 1.0, 10.0)
SERIES_BIG = ("search", "logbook", "typing", "filter", "open", "memory")
SERIES_BIG_RUNS = 3


@contextlib.contextmanager
def working_copy(source: Path, keep: bool) -> Iterator[tuple[Path, Path]]:
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=generate.DATA_DIR))
    directory = scratch / "ws"
    directory.mkdir()
    for f in source.iterdir():
        if f.is_file() and f.name != generate.MANIFEST:
            shutil.copy2(f, directory / f.name)
    try:
        yield directory, scratch
    finally:
        if not keep:
            shutil.rmtree(scratch, ignore_errors=True)


def run_scale(args: argparse.Namespace, scale: float, chosen: Sequence[str], runs: int,
              say: Callable[[str], None]) -> tuple[list[Row], str, list[str]]:
    """Run ``chosen`` on the cached workspace at ``scale``: (rows, header, notes)."""
    source, manifest = generate.cached_workspace(args.seed, scale, args.encryption,
                                                 progress=lambda m: say(f"  {m}"))
    rows: list[Row] = []
    with working_copy(source, args.keep) as (directory, scratch):
        bench = Bench(directory, manifest, runs, scratch, say)
        try:
            for name in chosen:
                say(f"[{name} @ {scale:g}] …")
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    rows += BENCHMARKS[name](bench)
                except Exception as exc:  # one broken benchmark must not hide the others
                    rows.append(Row(name, None, "", na=f"error: {type(exc).__name__}: {exc}"))
                say(f"[{name} @ {scale:g}] {time.perf_counter() - t0:.0f} s wall, "
                    f"{time.process_time() - c0:.0f} s CPU; load "
                    f"{os.getloadavg()[0]:.2f}")
        finally:
            bench.close()
            notes = bench.notes
    counts = manifest.counts
    header = (f"Workspace: seed {manifest.seed}, scale {manifest.scale:g} – "
              f"{counts['initiatives']:,} initiatives, {counts['organisations']:,} "
              f"organisations, {counts['people']:,} people, {counts['log_entries']:,} log "
              f"entries, {counts['relationships']:,} relationship assessments, "
              f"{counts['actions']:,} actions, {counts['indicators']:,} indicators × "
              f"{generate.MEASUREMENTS_PER_INDICATOR} measurements; encryption: "
              f"{manifest.encryption} (SQLCipher). Medians of {runs} runs.")
    return rows, header, notes


def format_series(results: Sequence[tuple[float, Sequence[Row]]]) -> str:
    """One line per figure, one column per scale – how each figure grows with the data."""
    scales = [scale for scale, _ in results]
    names: list[str] = []
    for _, rows in results:
        names += [r.name for r in rows if r.name not in names]
    lines = ["| Benchmark | " + " | ".join(f"scale {s:g}" for s in scales) + " | Target |",
             "| --- | " + " | ".join("---:" for _ in scales) + " | ---: |"]
    for name in names:
        cells, target = [], "–"
        for _, rows in results:
            row = next((r for r in rows if r.name == name), None)
            if row is None:
                cells.append("")
                continue
            cells.append(fmt(row.figure, row.unit) if row.figure is not None else "n/a")
            if row.target is not None:
                target = f"≤ {fmt(row.target, row.unit)}"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def machine_line(facts: dict[str, str]) -> str:
    return (f"Machine: {facts.get('cpu', '?')}, {facts.get('cores')} cores, "
            f"{facts.get('ram', '?')} RAM; Python {facts['python']}, SQLite "
            f"{facts.get('sqlite', '?')} / SQLCipher {facts.get('sqlcipher', '?')}, "
            f"PySide6 {facts.get('pyside6', '–')}; load average {facts.get('load')} "
            f"before, {facts.get('load_after')} after.")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (at least 5)")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--scale-series", action="store_true",
                        help="every figure at each scale of --series-scales (at 10 only "
                             + ", ".join(SERIES_BIG) + f", {SERIES_BIG_RUNS} runs)")
    parser.add_argument("--series-scales", default=",".join(f"{s:g}" for s in SERIES_SCALES),
                        help="the scales of --scale-series (default %(default)s)")
    parser.add_argument("--encryption", choices=("keyring", "passphrase"), default="keyring")
    parser.add_argument("--only", help="comma-separated: " + ",".join(BENCHMARKS))
    parser.add_argument("--markdown", type=Path, help="also write the table here")
    parser.add_argument("--keep", action="store_true", help="keep the working copy")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    chosen = list(BENCHMARKS) if not args.only else [n.strip() for n in args.only.split(",")]
    unknown = [n for n in chosen if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    facts = machine()
    byte_compile()
    if args.scale_series:
        results: list[tuple[float, list[Row]]] = []
        headers: list[str] = []
        for scale in (float(x) for x in args.series_scales.split(",")):
            big = scale >= 10
            names = [n for n in chosen if n in SERIES_BIG] if big else chosen
            rows, header, _notes = run_scale(args, scale, names,
                                             SERIES_BIG_RUNS if big else args.runs, say)
            results.append((scale, rows))
            headers.append(header)
            print(f"\n## Scale {scale:g}\n\n{header}\n\n{format_table(rows)}", flush=True)
        facts["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
        series = format_series(results)
        print(f"\n## Series\n\n{machine_line(facts)}\n\n{series}")
        if args.markdown:
            args.markdown.write_text("\n\n".join([machine_line(facts), *headers, series])
                                     + "\n", encoding="utf-8")
        return 0
    rows, header, notes = run_scale(args, args.scale, chosen, args.runs, say)
    facts["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    table = format_table(rows)
    print(header)
    print(machine_line(facts))
    print()
    print(table)
    for note in notes:
        print(f"\n{note}")
    if args.markdown:
        args.markdown.write_text(f"{header}\n\n{machine_line(facts)}\n\n{table}\n",
                                 encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
