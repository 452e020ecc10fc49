"""The figures of issue 21 (performance round two), registered in ``run.py``:

- ``typing``  – Logbog search while typing: each keystroke from the third letter → the
  first page of hits through the Logbog's table model (in-process, as its background read
  and the paint of 100 rows × 6 columns);
- ``filter``  – a type / person / plague filter → its first page, and a jump to its last
  page (the block of the last row);
- ``cli``     – ``brobygger-cli initiatives`` and ``log add`` against
  ``python -c "import sqlalchemy, sqlmodel"`` in the same run: the overhead beyond the fixed
  stack, wall and CPU time;
- ``ui``      – the app in a subprocess (``paint_probe.py walk``): time to usable as a
  ratio to a bare window, the worst GUI-thread stall on a 5 ms heartbeat while every view
  and tab is visited, a search is typed letter by letter and an entry saved, search while
  typing as painted, and the refresh after the save.

Every figure is the median over the runs of a per-run value (a p95 within a run where it
says so); CPU times are the process's (``time.process_time``, or the children's rusage for
subprocesses).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from run import (
    Bench,
    Row,
    _first_page,
    _log_model,
    _probe_env,
    available,
    fmt,
    median,
    percentile,
    run_probe,
)

TYPED = ("udskrivning", "kommunen", "tolkebistanden", "hjemmeplejen", "medicinafstemning")


def timed2(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall, CPU) seconds of ``fn`` in this process."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def _listing_and_page(b: Bench, model: Any, flt: Any, names: dict[Any, str]) -> Any:
    """What the Logbog does for a filter or a keystroke: fetch (count + first block) in
    the background, then set the model and paint the first 100 rows. A text search with a
    block of hits or more is counted after its first block is painted, as the Logbog
    does (``counting``; :func:`_count_after` then counts them): the listing is returned."""
    if model is None:
        svc = b.svc
        n = svc.log.count(flt)
        svc.log.page(flt, limit=100, total=n)
        return None
    listing = model.fetch(flt, count=False)
    model.set_listing(listing, names)
    _first_page(model, None)
    return listing


def _count_after(b: Bench, model: Any, listing: Any) -> None:
    """The Logbog's second background read after a keystroke: the count of the hits,
    then the table grown to them (ui/logbook.py, _count_hits)."""
    if model is not None and listing is not None and listing.counting:
        model.set_total(listing, b.svc.log.count(listing.flt))


def bench_typing(b: Bench) -> list[Row]:
    from brobygger.services import LogFilter

    model = _log_model(b)
    names = {i.id: i.name for i in b.svc.initiatives.names(include_deleted=True)}
    prefixes = [w[:k] for w in TYPED for k in range(3, len(w) + 1)]
    for p in prefixes[:5]:  # warm up
        _listing_and_page(b, model, LogFilter(text=p), names)
    p95s, cpus, worst, count95, counted = [], [], [], [], []
    for _ in range(b.runs):
        walls, cpu, counts = [], [], []
        for p in prefixes:
            shown: list[Any] = []
            w, c = timed2(lambda p=p, shown=shown: shown.append(
                _listing_and_page(b, model, LogFilter(text=p), names)))
            walls.append(w * 1000)
            cpu.append(c * 1000)
            if shown[0] is not None and shown[0].counting:
                counts.append(timed2(lambda shown=shown: _count_after(
                    b, model, shown[0]))[0] * 1000)
        p95s.append(percentile(walls, 95))
        cpus.append(percentile(cpu, 95))
        worst.append(max(walls))
        count95.append(percentile(counts, 95) if counts else 0.0)
        counted.append(len(counts))
    from brobygger.ui.logbook import SEARCH_DELAY_MS

    return [Row("Logbog search while typing, p95 per keystroke", median(p95s), "ms", 100,
                detail=f"{len(prefixes)} keystrokes (from the 3rd letter of "
                       f"{', '.join(TYPED)}): the first 100 ranked rows through the "
                       f"Logbog's model and painted (a search with fewer hits: all of "
                       f"them, counted); CPU p95 {fmt(median(cpus), 'ms')}, worst "
                       f"{fmt(median(worst), 'ms')}; the view's debounce of "
                       f"{SEARCH_DELAY_MS} ms comes before it; the count of the hits "
                       f"follows (next row)"),
            Row("Logbog search while typing: the count of hits after the first page, p95",
                median(count95), "ms",
                detail=f"svc.log.count(text) + the model grown to every hit, read after the "
                       f"first page is painted ('tæller …' meanwhile), for the "
                       f"{median(counted):.0f} of {len(prefixes)} keystrokes with a block "
                       f"of hits or more")]


def _filters(b: Bench) -> list[tuple[str, Any]]:
    from sqlalchemy import func, select

    from brobygger.services import LogFilter
    from brobygger.store import models

    link = models.LogEntryPerson
    with b.svc.ws.read() as s:
        person = s.execute(select(link.person_id).group_by(link.person_id).order_by(
            func.count().desc()).limit(1)).scalar_one()
    return [("type moede", LogFilter(type="moede")),
            ("type eskalering", LogFilter(type="eskalering")),
            ("the busiest person", LogFilter(person_id=uuid.UUID(str(person)))),
            ("plague graazoner", LogFilter(plague="graazoner"))]


def bench_filter(b: Bench) -> list[Row]:
    from brobygger.ui.models import read_block

    model = _log_model(b)
    names = {i.id: i.name for i in b.svc.initiatives.names(include_deleted=True)}
    filters = _filters(b)

    def last_page(flt: Any) -> None:
        if model is None:
            n = b.svc.log.count(flt)
            b.svc.log.page(flt, offset=max(0, n - 100), limit=100, total=n)
            return
        listing = model.listing
        last = max(0, listing.total - 1) // model.BLOCK
        read_block(b.svc, listing, last, model.BLOCK)

    def middle_next(flt: Any) -> None:
        """Scrolled to the middle: the block after a read block, read from its last entry
        (keyset, as the Logbog's model does for a neighbour) – no skipped rows read."""
        listing = model.listing if model is not None else None
        n = listing.total if listing is not None else b.svc.log.count(flt)
        size = model.BLOCK if model is not None else 100
        block = max(0, n // 2 // size)
        rows = b.svc.log.page(flt, offset=block * size, limit=size, total=n)
        if rows:
            b.svc.log.page(flt, offset=(block + 1) * size, limit=size, total=n,
                           after=rows[-1].id)

    firsts, lasts, cpus, middles = [], [], [], []
    per: dict[str, list[float]] = {name: [] for name, _ in filters}
    for flt in (f for _, f in filters):  # warm up
        _listing_and_page(b, model, flt, names)
    for _ in range(b.runs):
        f_times, l_times, c_times, m_times = [], [], [], []
        for name, flt in filters:
            w, c = timed2(lambda flt=flt: _listing_and_page(b, model, flt, names))
            f_times.append(w * 1000)
            c_times.append(c * 1000)
            per[name].append(w * 1000)
            w, c = timed2(lambda flt=flt: last_page(flt))
            l_times.append(w * 1000)
            b0 = b.svc.log.page  # the middle block itself is read first, untimed
            m_times.append(_next_block_ms(b, flt, middle_next, b0))
        firsts.append(max(f_times))
        lasts.append(max(l_times))
        middles.append(max(m_times))
        cpus.append(max(c_times))
    counts = {name: b.svc.log.count(flt) for name, flt in filters}
    each = ", ".join(f"{name} ({counts[name]:,} entries) {fmt(median(t), 'ms')}"
                     for name, t in per.items())
    return [Row("Filter jump → first page, worst filter", median(firsts), "ms", 100,
                detail=f"count + first 100 rows through the Logbog's model: {each}; CPU "
                       f"{fmt(median(cpus), 'ms')}"),
            Row("Filter jump → last page, worst filter", median(lasts), "ms", 100,
                detail="the block of the last row of the same filters (scrolled to the end)"),
            Row("Filter scrolled to the middle → next block, worst filter", median(middles),
                "ms", detail="svc.log.page of the block after the middle one, from its last "
                             "entry (keyset: after=…), as the Logbog's model reads a "
                             "neighbouring block; the middle block read first, untimed")]


def _next_block_ms(b: Bench, flt: Any, middle_next: Callable[[Any], None],
                   page: Callable[..., Any]) -> float:
    """Time only the keyset read of ``middle_next`` (its first, offset read untimed)."""
    timed_ms: list[float] = []

    def spy(*args: Any, **kw: Any) -> Any:
        if kw.get("after") is None:
            return page(*args, **kw)
        t0 = time.perf_counter()
        try:
            return page(*args, **kw)
        finally:
            timed_ms.append((time.perf_counter() - t0) * 1000)

    b.svc.log.page = spy
    try:
        middle_next(flt)
    finally:
        del b.svc.log.page
    return timed_ms[0] if timed_ms else 0.0


def _child_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) of a subprocess; CPU from the children's rusage."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False,
                          timeout=120)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-2:]
        raise RuntimeError(f"{cmd[1:3]} exit {proc.returncode}: {' | '.join(tail)}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def bench_cli(b: Bench) -> list[Row]:
    b.close()
    env = _probe_env(b)
    script = Path(sys.executable).with_name("brobygger-cli")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "brobygger.cli"]
    data = ["--data-dir", str(b.directory)]
    commands = {
        "stack": [sys.executable, "-c", "import sqlalchemy, sqlmodel"],
        "initiatives": [*cli, "initiatives", *data],
        "log add": [*cli, "log", "add", *data, "--type", "moede", "--date", "20-11-2026",
                    "--title", "Opfølgning fra kommandolinjen"],
    }
    for cmd in commands.values():  # warm the file cache
        _child_run(cmd, env)
    walls: dict[str, list[float]] = {k: [] for k in commands}
    cpus: dict[str, list[float]] = {k: [] for k in commands}
    over: dict[str, list[float]] = {"initiatives": [], "log add": []}
    over_cpu: dict[str, list[float]] = {"initiatives": [], "log add": []}
    for _ in range(b.runs):
        got = {k: _child_run(cmd, env) for k, cmd in commands.items()}
        for k, (w, c) in got.items():
            walls[k].append(w * 1000)
            cpus[k].append(c * 1000)
        for k in over:
            over[k].append((got[k][0] - got["stack"][0]) * 1000)
            over_cpu[k].append((got[k][1] - got["stack"][1]) * 1000)
    stack = (f"import sqlalchemy, sqlmodel: {fmt(median(walls['stack']), 'ms')} wall, "
             f"{fmt(median(cpus['stack']), 'ms')} CPU")
    return [Row(f"CLI `{k}`: overhead beyond importing the fixed stack", median(over[k]),
                "ms", 150,
                detail=f"{k}: {fmt(median(walls[k]), 'ms')} wall, "
                       f"{fmt(median(cpus[k]), 'ms')} CPU (overhead CPU "
                       f"{fmt(median(over_cpu[k]), 'ms')}); {stack}; the console script, "
                       f"encrypted workspace, key from the keyring")
            for k in over]


def bench_ui(b: Bench) -> list[Row]:
    names = ("Time to usable, ratio to a bare PySide6 window", "UI stall, worst",
             "Logbog search while typing, as painted, p95", "Refresh after save")
    if not available("brobygger.app") or not available("PySide6"):
        return [Row(n, None, "", na="GUI not available") for n in names]
    b.close()
    args = ("walk", b.manifest.big_initiative, "--data-dir", str(b.directory))
    run_probe(b, "app", "--data-dir", str(b.directory))  # a first session: full check
    ratios, usable, bares, stalls, typed, refresh, peaks = [], [], [], [], [], [], []
    where: list[str] = []
    usable_cpu, stall_cpu, cpu_where = [], [], []
    for _ in range(b.runs):
        bare, _v = run_probe(b, "bare")
        first, values = run_probe(b, *args)
        if "USABLE" not in values or "STALL_MS" not in values:
            raise RuntimeError("the walk did not finish")
        ready = first + float(values["USABLE"]) - float(values["FIRST_PAINT"])
        ratios.append(ready / bare)
        usable.append(ready * 1000)
        bares.append(bare * 1000)
        stalls.append(float(values["STALL_MS"]))
        where.append(values.get("STALL_AT", "?"))
        keys = [float(x) for x in values.get("TYPED_MS", "").split()]
        if keys:
            typed.append(percentile(keys, 95))
        if "REFRESH_MS" in values:
            refresh.append(float(values["REFRESH_MS"]))
        peaks.append(int(values["PEAK_RSS_KB"]) / 1024)
        if "USABLE_CPU" in values:  # CPU time: what the start and the blocks cost, apart
            usable_cpu.append(float(values["USABLE_CPU"]) * 1000)  # from a busy machine
        if "STALL_CPU_MS" in values:
            stall_cpu.append(float(values["STALL_CPU_MS"]))
            cpu_where.append(values.get("STALL_CPU_AT", "?"))
    return [
        Row(names[0], median(ratios), "x", 4,
            detail=f"spawn → the Overblik's first data painted (its loads done; the views "
                   f"are built on first visit, the first of its cards painted, the rest "
                   f"following a chunk per event-loop turn) {fmt(median(usable), 'ms')}, "
                   f"process CPU {fmt(median(usable_cpu), 'ms') if usable_cpu else '?'}; "
                   f"bare window {fmt(median(bares), 'ms')}"),
        Row(names[1], median(stalls), "ms", 50,
            detail="the largest lateness of a 5 ms QTimer on the GUI thread while the probe "
                   "visits every view, every tab of the biggest initiative, types "
                   "'udskrivning' letter by letter in the Logbog and saves an entry (each "
                   "view is built on its first visit, within the walk); worst "
                   f"during: {', '.join(sorted(set(where)))}; the GUI thread's own CPU "
                   f"between two beats, worst {fmt(median(stall_cpu), 'ms') if stall_cpu else '?'}"
                   f" (during {', '.join(sorted(set(cpu_where))) or '?'})"),
        Row(names[2], median(typed) if typed else None, "ms", 100,
            detail="in the app: from the debounce firing to the Logbog's model set with the "
                   "first page of hits, per keystroke from the 3rd letter"),
        Row(names[3], median(refresh) if refresh else None, "ms", 100,
            detail="from the save's result on the GUI thread to every visible view "
                   "reloaded (background reads delivered and painted)"),
        Row("Peak resident memory after the walk", median(peaks), "MB", 250,
            detail="ru_maxrss of the app after the walk above"),
    ]
