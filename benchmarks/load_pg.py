"""A shared PostgreSQL workspace under load (issue 21): N simulated users at once.

    .venv/bin/python benchmarks/load_pg.py --users 25 --seconds 120      # scale-1 workspace
    .venv/bin/python benchmarks/load_pg.py --users 4 --seconds 20 --scale 0.01   # a quick look

Set up as the README tells IT: an owner role without login owns a new database, and every
simulated user is a login role of their own, member of the owner role (``<prefix>_owner``,
``<prefix>_u01`` …). The database is filled with the generator's workspace at ``--scale``
(``brobygger-cli transfer``'s copy) and dropped afterwards (``--keep`` keeps it).

Users are threads, spread over at most four processes (``--processes``; this is a 2-core
machine), each with its own connection as its own role, and think time between actions
(exponential, mean ``--think`` seconds). The mix: browse the Overblik (the initiatives)
and the Logbog (count + first page), search, open an initiative (its members and newest
entries), save a log entry, answer an open ask, and now and then edit one of a few shared
entries that other users edit too (with the version the user read: a concurrent edit is
shown as a conflict, never overwritten).

Reported: p50/p95 per operation, errors (anything but a shown conflict), conflicts shown,
data lost – verified afterwards against what each user was told was saved – and how long
another user's saved entry takes to appear in an open Logbog (one observer per process
LISTENs as the app does, and reloads the first page on each notice).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # no stored secrets

HERE = Path(__file__).resolve().parent
for _p in (HERE.parent / "src", HERE):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

ADMIN_URL = os.environ.get("BROBYGGER_TEST_PG_URL",
                           "postgresql+psycopg://brobygger:brobygger@localhost:5432/postgres")
PASSWORD = "belastning-2026"  # the synthetic users' password (a local test server only)
WEIGHTS = {"overview": 8, "logbog": 18, "search": 20, "initiative": 14, "save": 20,
           "answer_ask": 6, "edit_shared": 14}
QUERIES = ("akutpladser", "udskrivning", "tolkebistanden", "kommunen", "medicinafstemning",
           "hjemmeplejen", "telemedicin", "styregruppen økonomien", "1813", "palliation")
SHARED = 12  # entries every user may edit


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    lo = int(rank)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


# -- the server: roles and database as the README tells IT ----------------------------------
def _admin() -> Any:
    from sqlalchemy import create_engine

    return create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")


def user_url(prefix: str, k: int) -> str:
    from sqlalchemy.engine import make_url

    return make_url(ADMIN_URL).set(username=f"{prefix}_u{k:02d}", password=PASSWORD,
                                   database=f"{prefix}_db").render_as_string(
        hide_password=False)


def setup_server(prefix: str, users: int) -> None:
    teardown_server(prefix, users)
    with _admin().connect() as c:
        c.exec_driver_sql(f"CREATE ROLE {prefix}_owner NOLOGIN")
        c.exec_driver_sql(f"CREATE DATABASE {prefix}_db OWNER {prefix}_owner ENCODING 'UTF8' "
                          "TEMPLATE template0")
        for k in range(1, users + 1):
            c.exec_driver_sql(f"CREATE ROLE {prefix}_u{k:02d} LOGIN PASSWORD '{PASSWORD}' "
                              f"IN ROLE {prefix}_owner")


def teardown_server(prefix: str, users: int) -> None:
    with _admin().connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {prefix}_db WITH (FORCE)")
        for k in range(1, max(users, 40) + 1):
            c.exec_driver_sql(f"DROP ROLE IF EXISTS {prefix}_u{k:02d}")
        c.exec_driver_sql(f"DROP ROLE IF EXISTS {prefix}_owner")


def fill(prefix: str, scale: float, say: Any) -> dict[str, Any]:
    """Copy the generator's workspace into the new database (as user 1); the shared
    entries, the initiatives and a few open asks for the users to work on."""
    import generate

    from brobygger.services import Services
    from brobygger.services.workspaces import transfer
    from brobygger.store.workspace import Workspace

    source_dir, _manifest = generate.cached_workspace(scale=scale,
                                                     progress=lambda m: say(f"  {m}"))
    source = generate.open_workspace(source_dir)
    target = Workspace.open_url(user_url(prefix, 1))
    try:
        t0 = time.perf_counter()
        transfer(source, target)
        say(f"  copied the scale-{scale:g} workspace in {time.perf_counter() - t0:.0f} s")
        svc = Services(target, user="opsætning")
        initiatives = [str(i.id) for i in svc.initiatives.all()]
        shared = [str(e.id) for e in svc.log.page(limit=SHARED)]
        for i, ini in enumerate(initiatives[:30]):  # asks to answer
            svc.asks.create(initiative_id=uuid.UUID(ini), title=f"Afklaring {i + 1}",
                            reason="Kan direktionen afklare finansieringen?",
                            raised_on=date(2026, 11, 20))
    finally:
        source.close()
        target.close()
    return {"initiatives": initiatives, "shared": shared}


# -- one user ------------------------------------------------------------------------------------
class User(threading.Thread):
    def __init__(self, prefix: str, k: int, plan: dict[str, Any], deadline: float,
                 think: float, out: dict[str, Any]) -> None:
        super().__init__(name=f"user-{k}", daemon=True)
        self.prefix, self.k, self.plan, self.deadline, self.think = prefix, k, plan, \
            deadline, think
        self.rng = random.Random(k)
        self.out = out

    def run(self) -> None:
        from brobygger.domain.errors import ConflictError
        from brobygger.services import Services
        from brobygger.store.workspace import Workspace

        try:
            ws = Workspace.open_url(user_url(self.prefix, self.k))
        except Exception as exc:  # reported, not raised
            self.out["errors"].append(f"open: {type(exc).__name__}: {exc}")
            return
        svc = Services(ws)
        ops, weights = list(WEIGHTS), list(WEIGHTS.values())
        try:
            while time.time() < self.deadline:
                time.sleep(self.rng.expovariate(1 / self.think))
                op = self.rng.choices(ops, weights)[0]
                t0 = time.perf_counter()
                try:
                    getattr(self, op)(svc)
                except ConflictError:
                    self.out["conflicts"] += 1
                except Exception as exc:  # counted; the user goes on
                    self.out["errors"].append(f"{op}: {type(exc).__name__}: {exc}"[:300])
                    continue
                self.out["times"].setdefault(op, []).append(
                    (time.perf_counter() - t0) * 1000)
        finally:
            ws.close()

    def overview(self, svc: Any) -> None:
        svc.initiatives.all()
        svc.asks.open_count()

    def logbog(self, svc: Any) -> None:
        n = svc.log.count()
        svc.log.page(limit=100, total=n)

    def search(self, svc: Any) -> None:
        svc.log.search(self.rng.choice(QUERIES), limit=100)

    def initiative(self, svc: Any) -> None:
        from brobygger.services import LogFilter

        ini = uuid.UUID(self.rng.choice(self.plan["initiatives"]))
        svc.initiatives.get(ini)
        svc.members.list(initiative_id=ini)
        svc.log.page(LogFilter(initiative_id=ini), limit=100)

    def save(self, svc: Any) -> None:
        title = f"Bruger {self.k}: møde {uuid.uuid4().hex[:8]}"
        entry = svc.log.create(entry_date=date(2026, 11, 20), type="moede", title=title,
                               body="Gemt under belastningsprøven.",
                               initiative_id=uuid.UUID(self.rng.choice(
                                   self.plan["initiatives"])))
        self.out["saved"].append((str(entry.id), entry.version, title, time.time()))

    def answer_ask(self, svc: Any) -> None:
        open_asks = svc.asks.open()
        if not open_asks:
            return
        ask = self.rng.choice(open_asks)
        time.sleep(self.rng.uniform(0.05, 0.3))  # reading it
        done = svc.asks.answer(ask.id, answer=f"Svar fra bruger {self.k}",
                               expected_version=ask.version)
        self.out["saved_asks"].append((str(done.id), done.version, done.answer))

    def edit_shared(self, svc: Any) -> None:
        entry = svc.log.get(uuid.UUID(self.rng.choice(self.plan["shared"])))
        time.sleep(self.rng.uniform(0.1, 0.5))  # editing
        title = f"Fælles note, rettet af bruger {self.k} ({uuid.uuid4().hex[:6]})"
        done = svc.log.update(entry.id, expected_version=entry.version, title=title)
        self.out["saved"].append((str(done.id), done.version, title, time.time()))


def observe(prefix: str, k: int, deadline: float, seen: dict[str, float],
            errors: list[str]) -> threading.Thread:
    """An open Logbog: LISTENs as the app does, reloads its first page on each notice and
    notes when each entry first appears."""
    def run() -> None:
        from brobygger.services import Services
        from brobygger.services.watch import ChangeWatcher
        from brobygger.store.workspace import Workspace

        ws = Workspace.open_url(user_url(prefix, k))
        svc = Services(ws)
        notice = threading.Event()
        watcher = ChangeWatcher(ws, lambda _c: notice.set()).start()
        try:
            while time.time() < deadline + 3:
                if not notice.wait(0.5):
                    continue
                notice.clear()
                now = time.time()
                for e in svc.log.page(limit=100):
                    seen.setdefault(str(e.id), now)
        except Exception as exc:  # reported
            errors.append(f"observer: {type(exc).__name__}: {exc}")
        finally:
            watcher.stop()
            ws.close()

    t = threading.Thread(target=run, name=f"observer-{k}", daemon=True)
    t.start()
    return t


def worker(prefix: str, users: Sequence[int], observer: int, plan: dict[str, Any],
           deadline: float, think: float, queue: Any) -> None:
    seen: dict[str, float] = {}
    obs_errors: list[str] = []
    obs = observe(prefix, observer, deadline, seen, obs_errors)
    outs = []
    threads = []
    for k in users:
        out: dict[str, Any] = {"times": {}, "errors": [], "conflicts": 0, "saved": [],
                               "saved_asks": []}
        outs.append(out)
        threads.append(User(prefix, k, plan, deadline, think, out))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    obs.join()
    queue.put({"users": list(users), "outs": outs, "seen": seen, "errors": obs_errors})


# -- afterwards: what was lost ---------------------------------------------------------------
def verify(prefix: str, results: list[dict[str, Any]]) -> tuple[int, int]:
    """(records checked, lost): the last version each record was saved with must be there
    (or a later one, saved by someone after)."""
    from brobygger.services import Services
    from brobygger.store.workspace import Workspace

    told: dict[str, tuple[int, str]] = {}
    asks: dict[str, tuple[int, str]] = {}
    for r in results:
        for out in r["outs"]:
            for id_, version, title, _t in out["saved"]:
                if id_ not in told or version > told[id_][0]:
                    told[id_] = (version, title)
            for id_, version, answer in out["saved_asks"]:
                if id_ not in asks or version > asks[id_][0]:
                    asks[id_] = (version, answer)
    ws = Workspace.open_url(user_url(prefix, 1))
    lost = 0
    try:
        svc = Services(ws)
        found = {str(e.id): e for e in svc.log.get_many([uuid.UUID(i) for i in told])}
        for id_, (version, title) in told.items():
            e = found.get(id_)
            if e is None or e.version < version or (e.version == version and e.title != title):
                lost += 1
        for id_, (version, answer) in asks.items():
            a = svc.asks.get(uuid.UUID(id_))
            if a.version < version or (a.version == version and a.answer != answer):
                lost += 1
    finally:
        ws.close()
    return len(told) + len(asks), lost


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=25)
    parser.add_argument("--processes", type=int, default=4, help="at most 4")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--think", type=float, default=2.0, help="mean think time (s)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--prefix", default="brobygger_load",
                        help="names of the database and roles (<prefix>_db, _owner, _u01…)")
    parser.add_argument("--keep", action="store_true", help="keep the database and roles")
    args = parser.parse_args(argv)
    procs = max(1, min(4, args.processes, args.users))

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    say(f"setting up {args.prefix}_db with {args.users} login roles …")
    setup_server(args.prefix, args.users)
    try:
        plan = fill(args.prefix, args.scale, say)
        load_before = os.getloadavg()
        deadline = time.time() + args.seconds
        groups = [list(range(1 + p, args.users + 1, procs)) for p in range(procs)]
        queue: Any = mp.get_context("spawn").Queue()
        children = [mp.get_context("spawn").Process(
            target=worker, args=(args.prefix, g, g[0], plan, deadline, args.think, queue))
            for g in groups]
        c0 = time.time()
        for c in children:
            c.start()
        results = [queue.get(timeout=args.seconds + 600) for _ in children]
        for c in children:
            c.join()
        wall = time.time() - c0
        load_after = os.getloadavg()
        checked, lost = verify(args.prefix, results)
        report(args, results, checked, lost, wall, load_before, load_after)
    finally:
        if not args.keep:
            teardown_server(args.prefix, args.users)
    return 0


def report(args: argparse.Namespace, results: list[dict[str, Any]], checked: int, lost: int,
           wall: float, load_before: Sequence[float], load_after: Sequence[float]) -> None:
    times: dict[str, list[float]] = {}
    errors: list[str] = []
    conflicts = 0
    for r in results:
        errors += r["errors"]
        for out in r["outs"]:
            conflicts += out["conflicts"]
            errors += out["errors"]
            for op, ts in out["times"].items():
                times.setdefault(op, []).extend(ts)
    # visibility: entries saved in one process, seen by the observer of another
    delays = []
    for r in results:
        for other in results:
            if other is r:
                continue
            for out in other["outs"]:
                for id_, version, _title, t_saved in out["saved"]:
                    if version == 1 and id_ in r["seen"]:
                        delays.append((r["seen"][id_] - t_saved) * 1000)
    print(f"Shared PostgreSQL workspace under load: {args.users} users (login roles "
          f"{args.prefix}_u01…) in {len(results)} processes, {wall:.0f} s, think time mean "
          f"{args.think:g} s; generator scale {args.scale:g}; load average "
          f"{' '.join(f'{x:.2f}' for x in load_before)} before, "
          f"{' '.join(f'{x:.2f}' for x in load_after)} after.\n")
    print("| Operation | Count | p50 | p95 |\n| --- | ---: | ---: | ---: |")
    for op in WEIGHTS:
        ts = times.get(op, [])
        if ts:
            print(f"| {op} | {len(ts)} | {statistics.median(ts):.1f} ms | "
                  f"{percentile(ts, 95):.1f} ms |")
    print(f"\nErrors (other than shown conflicts): {len(errors)}; conflicts shown: "
          f"{conflicts}; records verified afterwards: {checked}, lost: {lost}.")
    if delays:
        print(f"Another user's new entry in an open Logbog: p50 "
              f"{statistics.median(delays):.0f} ms, p95 {percentile(delays, 95):.0f} ms, "
              f"max {max(delays):.0f} ms ({len(delays)} sightings; LISTEN/NOTIFY, first "
              f"page reloaded on each notice).")
    for e in errors[:10]:
        print(f"  error: {e}")


if __name__ == "__main__":
    sys.exit(main())
