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

Each user also has a view open, as in the app: the view they last browsed (Overblik,
Logbog or an initiative) LISTENs for other users' changes (services/watch.py) and is
reloaded when a change touches what it shows – the "reload" operation, counted beside the
notices that caused it (one reload may answer several notices).

Reported: p50/p95 per operation and the statements each sends, errors (anything but a
shown conflict), conflicts shown, data lost – verified afterwards against what each user
was told was saved – how long another user's saved entry takes to appear in an open
Logbog (one observer per process LISTENs as the app does, and reloads the first page on
each delivery), the server's CPU time (its backends for the run's database, sampled each
second from /proc), the users' processes' CPU time, and the machine's load average.

The filled database is kept as a template (``<prefix>_tpl_s<scale>``, owned by the owner
role) and each run starts from a copy of it, so a re-run takes seconds to set up;
``--fresh`` fills it again (after a schema change the first user to connect migrates the
copy, as the app does). ``--drop-template`` removes it and the owner role.

For the verdict, run it on a quiet machine (nothing else running; the load average is
printed before and after):

    .venv/bin/python benchmarks/load_pg.py --users 25 --seconds 120 > /tmp/load.md
"""

from __future__ import annotations

import argparse
import functools
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


def user_url(prefix: str, k: int, database: str | None = None) -> str:
    from sqlalchemy.engine import make_url

    return make_url(ADMIN_URL).set(username=f"{prefix}_u{k:02d}", password=PASSWORD,
                                   database=database or f"{prefix}_db").render_as_string(
        hide_password=False)


def template_name(prefix: str, scale: float) -> str:
    return f"{prefix}_tpl_s{scale:g}".replace(".", "_")


def setup_server(prefix: str, users: int, scale: float, fresh: bool,
                 say: Any) -> dict[str, Any]:
    """The owner role and the users' login roles; the run's database as a copy of the
    filled template (filled first when there is none, or with ``fresh``). Returns the plan:
    the initiatives and the shared entries."""
    teardown_server(prefix, users)
    template = template_name(prefix, scale)
    admin = _admin()
    with admin.connect() as c:
        if not c.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                 (f"{prefix}_owner",)).first():
            c.exec_driver_sql(f"CREATE ROLE {prefix}_owner NOLOGIN")
        for k in range(1, users + 1):
            c.exec_driver_sql(f"CREATE ROLE {prefix}_u{k:02d} LOGIN PASSWORD '{PASSWORD}' "
                              f"IN ROLE {prefix}_owner")
        exists = c.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s",
                                   (template,)).first()
        if fresh or not exists:  # filled under another name: a failed fill leaves no template
            for name in (template, f"{template}_filling"):
                c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            c.exec_driver_sql(f"CREATE DATABASE {template}_filling OWNER {prefix}_owner "
                              "ENCODING 'UTF8' TEMPLATE template0")
    if fresh or not exists:
        fill(prefix, f"{template}_filling", scale, say)
        # as on a server in use, where autovacuum has been by: statistics for the planner
        # and a visibility map for index-only scans (a bulk load leaves neither)
        from sqlalchemy.engine import make_url

        tpl = make_url(ADMIN_URL).set(database=f"{template}_filling")
        from sqlalchemy import create_engine

        vac = create_engine(tpl, isolation_level="AUTOCOMMIT")
        with vac.connect() as c:
            c.exec_driver_sql("VACUUM (ANALYZE)")
        vac.dispose()
        with admin.connect() as c:
            c.exec_driver_sql(f"ALTER DATABASE {template}_filling RENAME TO {template}")
        say(f"  kept as the template {template} (VACUUM ANALYZE done)")
    upgrade_template(prefix, template, say)
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {prefix}_db OWNER {prefix}_owner "
                          f"TEMPLATE {template}")
    admin.dispose()
    return read_plan(prefix)


def upgrade_template(prefix: str, template: str, say: Any) -> None:
    """A template filled by an older version is migrated once, as the app migrates a
    workspace (the first user to open it), and analysed again – not each run's copy
    while the users wait."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from brobygger.store.workspace import Workspace

    url = make_url(ADMIN_URL).set(database=template)

    def version() -> str:
        eng = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with eng.connect() as c:
                return str(c.exec_driver_sql("SELECT version_num FROM alembic_version")
                           .scalar_one())
        finally:
            eng.dispose()

    before = version()
    Workspace.open_url(user_url(prefix, 1, template)).close()
    after = version()
    if after != before:
        eng = create_engine(url, isolation_level="AUTOCOMMIT")
        with eng.connect() as c:
            c.exec_driver_sql("VACUUM (ANALYZE)")
        eng.dispose()
        say(f"  the template {template} migrated from {before} to {after}")


def teardown_server(prefix: str, users: int, *, template: bool = False) -> None:
    """Drop the run's database and the users' roles; with ``template`` also the filled
    templates and the owner role."""
    admin = _admin()
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {prefix}_db WITH (FORCE)")
        for k in range(1, max(users, 40) + 1):
            c.exec_driver_sql(f"DROP ROLE IF EXISTS {prefix}_u{k:02d}")
        if template:
            for (name,) in c.exec_driver_sql(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s",
                    (f"{prefix}_tpl_s%",)).all():
                c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            c.exec_driver_sql(f"DROP ROLE IF EXISTS {prefix}_owner")
    admin.dispose()


def fill(prefix: str, database: str, scale: float, say: Any) -> None:
    """Copy the generator's workspace into ``database`` (as user 1), and a few open asks
    for the users to answer."""
    import generate

    from brobygger.services import Services
    from brobygger.services.workspaces import transfer
    from brobygger.store.workspace import Workspace

    source_dir, _manifest = generate.cached_workspace(scale=scale,
                                                     progress=lambda m: say(f"  {m}"))
    source = generate.open_workspace(source_dir)
    target = Workspace.open_url(user_url(prefix, 1, database))
    try:
        t0 = time.perf_counter()
        transfer(source, target)
        say(f"  copied the scale-{scale:g} workspace in {time.perf_counter() - t0:.0f} s")
        svc = Services(target, user="opsætning")
        for i, ini in enumerate(svc.initiatives.all()[:30]):  # asks to answer
            svc.asks.create(initiative_id=ini.id, title=f"Afklaring {i + 1}",
                            reason="Kan direktionen afklare finansieringen?",
                            raised_on=date(2026, 11, 20))
    finally:
        source.close()
        target.close()


def read_plan(prefix: str) -> dict[str, Any]:
    """The initiatives, and the shared entries every user may edit (the newest)."""
    from brobygger.services import Services
    from brobygger.store.workspace import Workspace

    ws = Workspace.open_url(user_url(prefix, 1))
    try:
        svc = Services(ws)
        return {"initiatives": [str(i.id) for i in svc.initiatives.all()],
                "shared": [str(e.id) for e in svc.log.page(limit=SHARED)]}
    finally:
        ws.close()


# -- one user ------------------------------------------------------------------------------------
# What each open view shows, as the app's views declare it (ui/page.py): a change to one
# of these tables reloads it; None: any change.
_ALL_TABLES = frozenset({"log_entry", "organisation", "person", "initiative",
                         "initiative_party", "initiative_member", "action",
                         "relationship_assessment", "plague_assessment", "barrier_assessment",
                         "indicator", "measurement"})
VIEW_TABLES = {
    "overview": _ALL_TABLES,  # OverviewPage: ALL_TABLES
    "logbog": frozenset({"log_entry", "organisation", "person", "initiative"}),
    # ui/initiative/detail.py: any change that concerns its initiative (Changes.concerns)
    "initiative": None,
}


def schedstat(path: str) -> tuple[int, int]:
    """(ns on a CPU, ns waiting for one) of a process or thread (/proc/…/schedstat)."""
    try:
        on_cpu, waiting, _slices = Path(path).read_text().split()
    except (OSError, ValueError):  # ended, or another machine's server
        return 0, 0
    return int(on_cpu), int(waiting)


class User(threading.Thread):
    def __init__(self, prefix: str, k: int, plan: dict[str, Any], deadline: float,
                 think: float, out: dict[str, Any], views: bool = True) -> None:
        super().__init__(name=f"user-{k}", daemon=True)
        self.views = views
        self.prefix, self.k, self.plan, self.deadline, self.think = prefix, k, plan, \
            deadline, think
        self.rng = random.Random(k)
        self.out = out
        self.view: tuple[Any, ...] | None = None  # the view open on screen, and its read
        self.notice = threading.Event()
        self._pending: Any = None
        self._lock = threading.Lock()
        self.statements = 0
        self.paused = 0.0
        self.backends: set[int] = set()  # the server processes of this user's connections
        self.tid = 0

    def pause(self, seconds: float) -> None:
        """The user reads or edits (inside an operation, not part of its latency)."""
        time.sleep(seconds)
        self.paused += seconds

    def _changed(self, changes: Any) -> None:
        """The watcher's thread: another user's changes arrived."""
        with self._lock:
            self._pending = changes if self._pending is None else self._pending.merged(changes)
        self.notice.set()

    def think_for(self, seconds: float) -> None:
        """Think time; the open view reloads meanwhile when a change concerns it."""
        end = time.time() + seconds
        while (left := end - time.time()) > 0:
            if not self.notice.wait(left):
                return
            self.notice.clear()
            with self._lock:
                changes, self._pending = self._pending, None
            if self.view is None or changes is None:
                continue
            name, read, *initiative = self.view
            tables = VIEW_TABLES[name]
            concerns = getattr(changes, "concerns", None)  # (older app versions: any)
            if ((concerns is None or concerns(initiative[0])) if initiative
                    else changes.touches(tables)):
                self.timed("reload", read)

    def timed(self, op: str, fn: Any) -> None:
        from brobygger.domain.errors import ConflictError

        t0, n0, cpu0 = time.perf_counter(), self.statements, time.thread_time()
        sched0 = self._sched()
        self.paused = 0.0
        try:
            fn()
        except ConflictError:
            self.out["conflicts"] += 1
            return
        except Exception as exc:  # counted; the user goes on
            self.out["errors"].append(f"{op}: {type(exc).__name__}: {exc}"[:300])
            return
        # the user's reading or editing pause inside the operation is not its latency
        self.out["times"].setdefault(op, []).append(
            (time.perf_counter() - t0 - self.paused) * 1000)
        self.out["statements"].setdefault(op, []).append(self.statements - n0)
        self.out["cpu"].setdefault(op, []).append((time.thread_time() - cpu0) * 1000)
        sched = [(b - a) / 1e6 for a, b in zip(sched0, self._sched(), strict=True)]
        self.out["sched"].setdefault(op, []).append(sched)

    def _sched(self) -> tuple[int, int, int, int]:
        """(this thread's CPU, its wait for a CPU, the server's CPU for this user, its wait
        for a CPU), ns so far (the kernel's scheduler statistics)."""
        mine = schedstat(f"/proc/self/task/{self.tid}/schedstat")
        server = [schedstat(f"/proc/{pid}/schedstat") for pid in self.backends]
        return (mine[0], mine[1], sum(s[0] for s in server), sum(s[1] for s in server))

    def run(self) -> None:
        from sqlalchemy import event

        from brobygger.services import Services
        from brobygger.services.watch import ChangeWatcher
        from brobygger.store.workspace import Workspace

        try:
            ws = Workspace.open_url(user_url(self.prefix, self.k))
        except Exception as exc:  # reported, not raised
            self.out["errors"].append(f"open: {type(exc).__name__}: {exc}")
            return

        @event.listens_for(ws.engine, "before_cursor_execute")
        def _count(*_a: Any) -> None:
            self.statements += 1

        @event.listens_for(ws.engine, "checkout")
        def _backend(dbapi_conn: Any, *_a: Any) -> None:
            self.backends.add(int(dbapi_conn.info.backend_pid))

        self.tid = threading.get_native_id()

        svc = Services(ws)
        watcher = ChangeWatcher(ws, self._changed)
        if self.views:
            watcher.start()
        ops, weights = list(WEIGHTS), list(WEIGHTS.values())
        # each operation once first (in this user's own order), then the weighted mix: a
        # short run on a slow machine still exercises the whole mix
        first = self.rng.sample(ops, len(ops))
        try:
            while time.time() < self.deadline:
                self.think_for(self.rng.expovariate(1 / self.think))
                op = first.pop() if first else self.rng.choices(ops, weights)[0]
                self.timed(op, functools.partial(getattr(self, op), svc))
        finally:
            self.out["notices"] += getattr(watcher, "notices", 0)  # (older app versions)
            watcher.stop()
            ws.close()

    def overview(self, svc: Any) -> None:
        def read() -> None:
            svc.initiatives.all()
            svc.asks.open_count()
        read()
        self.view = ("overview", read)

    def logbog(self, svc: Any) -> None:
        def read() -> None:
            n = svc.log.count()
            svc.log.page(limit=100, total=n)
        read()
        self.view = ("logbog", read)

    def search(self, svc: Any) -> None:
        svc.log.search(self.rng.choice(QUERIES), limit=100)

    def initiative(self, svc: Any) -> None:
        from brobygger.services import LogFilter

        ini = uuid.UUID(self.rng.choice(self.plan["initiatives"]))

        def read() -> None:
            svc.initiatives.get(ini)
            svc.members.list(initiative_id=ini)
            svc.log.page(LogFilter(initiative_id=ini), limit=100)
        read()
        self.view = ("initiative", read, ini)

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
        self.pause(self.rng.uniform(0.05, 0.3))  # reading it
        done = svc.asks.answer(ask.id, answer=f"Svar fra bruger {self.k}",
                               expected_version=ask.version)
        self.out["saved_asks"].append((str(done.id), done.version, done.answer))

    def edit_shared(self, svc: Any) -> None:
        entry = svc.log.get(uuid.UUID(self.rng.choice(self.plan["shared"])))
        self.pause(self.rng.uniform(0.1, 0.5))  # editing
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
           deadline: float, think: float, queue: Any, views: bool) -> None:
    seen: dict[str, float] = {}
    obs_errors: list[str] = []
    obs = observe(prefix, observer, deadline, seen, obs_errors)
    outs = []
    threads = []
    for k in users:
        out: dict[str, Any] = {"times": {}, "statements": {}, "cpu": {}, "sched": {},
                               "errors": [],
                               "conflicts": 0, "saved": [], "saved_asks": [], "notices": 0}
        outs.append(out)
        threads.append(User(prefix, k, plan, deadline, think, out, views))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    obs.join()
    queue.put({"users": list(users), "outs": outs, "seen": seen, "errors": obs_errors,
               "cpu": time.process_time()})


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


class ServerCpu(threading.Thread):
    """CPU time of the server's backends for the run's database: each second, the
    backends' pids (pg_stat_activity) and their utime + stime from /proc/<pid>/stat (the
    last second of a backend that ends is missed)."""

    def __init__(self, database: str) -> None:
        super().__init__(name="server-cpu", daemon=True)
        self.database = database
        self.ticks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        admin = _admin()
        try:
            with admin.connect() as c:
                while not self.done.wait(1.0):
                    for (pid,) in c.exec_driver_sql(
                            "SELECT pid FROM pg_stat_activity WHERE datname = %s",
                            (self.database,)).all():
                        try:
                            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1]
                        except OSError:  # ended, or another machine's server
                            continue
                        parts = fields.split()
                        self.ticks[pid] = int(parts[11]) + int(parts[12])
        finally:
            admin.dispose()

    def seconds(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")


def _machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot (/proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter,
        epilog="""The re-run for the verdict, on a quiet machine (nothing else running):

  .venv/bin/python benchmarks/load_pg.py --users 25 --seconds 120 > /tmp/load.md

The server is $BROBYGGER_TEST_PG_URL (default: the local test server's superuser
brobygger), which creates the owner role, one login role per user and the databases.
The first run fills the template database <prefix>_tpl_s<scale> from the generator's
cached scale-1 workspace (~2 min); later runs copy it in seconds. The report (Markdown)
goes to stdout, progress to stderr. --no-open-views leaves out the users' open views
(as round two measured: the operations without the reloads others' changes cause).""")
    parser.add_argument("--users", type=int, default=25, help="simulated users (default 25)")
    parser.add_argument("--processes", type=int, default=4,
                        help="processes the users are spread over (at most 4, the default)")
    parser.add_argument("--seconds", type=float, default=120,
                        help="how long the users work (default 120)")
    parser.add_argument("--think", type=float, default=2.0,
                        help="mean think time between actions, s (default 2)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="the generator's scale of the workspace (default 1)")
    parser.add_argument("--prefix", default="brobygger_load",
                        help="names of the database and roles (<prefix>_db, _owner, _u01…)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the run's database and login roles afterwards")
    parser.add_argument("--fresh", action="store_true",
                        help="fill the template database again from the generator's workspace")
    parser.add_argument("--no-open-views", action="store_true",
                        help="users keep no view open (no reloads for others' changes;\n"
                        "the observers still measure how soon a change shows)")
    parser.add_argument("--drop-template", action="store_true",
                        help="afterwards also drop the template database and the owner role")
    args = parser.parse_args(argv)
    procs = max(1, min(4, args.processes, args.users))

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    say(f"setting up {args.prefix}_db with {args.users} login roles …")
    try:
        plan = setup_server(args.prefix, args.users, args.scale, args.fresh, say)
        results, figures = run_users(args, procs, plan)
        checked, lost = verify(args.prefix, results)
        report(args, results, checked, lost, figures)
    finally:
        if not args.keep:
            teardown_server(args.prefix, args.users, template=args.drop_template)
    return 0


def run_users(args: argparse.Namespace, procs: int, plan: dict[str, Any]
              ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The users in ``procs`` processes until the deadline; their results and the
    machine's figures (wall time, load average, CPU)."""
    server = ServerCpu(f"{args.prefix}_db")
    server.start()
    load_before, busy_before = os.getloadavg(), _machine_busy()
    deadline = time.time() + args.seconds
    groups = [list(range(1 + p, args.users + 1, procs)) for p in range(procs)]
    queue: Any = mp.get_context("spawn").Queue()
    children = [mp.get_context("spawn").Process(
        target=worker, args=(args.prefix, g, g[0], plan, deadline, args.think, queue,
                             not args.no_open_views))
        for g in groups]
    c0 = time.time()
    for c in children:
        c.start()
    results = [queue.get(timeout=args.seconds + 600) for _ in children]
    for c in children:
        c.join()
    server.done.set()
    server.join()
    busy_after = _machine_busy()
    busy = (busy_after[0] - busy_before[0]) / max(1, busy_after[1] - busy_before[1])
    return results, {"wall": time.time() - c0, "load_before": load_before,
                     "load_after": os.getloadavg(), "server_cpu": server.seconds(),
                     "client_cpu": sum(r["cpu"] for r in results), "busy": busy}


def report(args: argparse.Namespace, results: list[dict[str, Any]], checked: int, lost: int,
           fig: dict[str, Any]) -> None:
    times: dict[str, list[float]] = {}
    statements: dict[str, list[int]] = {}
    cpu: dict[str, list[float]] = {}
    sched: dict[str, list[tuple[float, float]]] = {}
    errors: list[str] = []
    conflicts = notices = 0
    for r in results:
        errors += r["errors"]
        for out in r["outs"]:
            conflicts += out["conflicts"]
            notices += out["notices"]
            errors += out["errors"]
            for op, ts in out["times"].items():
                times.setdefault(op, []).extend(ts)
            for op, ns in out["statements"].items():
                statements.setdefault(op, []).extend(ns)
            for op, cs in out["cpu"].items():
                cpu.setdefault(op, []).extend(cs)
            for op, ss in out.get("sched", {}).items():
                # aligned with times: each op's wall time beside its components
                sched.setdefault(op, []).extend(zip(out["times"][op], ss, strict=True))
    delays = _visibility(results)
    print(f"Shared PostgreSQL workspace under load: {args.users} users (login roles "
          f"{args.prefix}_u01…) in {len(results)} processes, {fig['wall']:.0f} s, think time "
          f"mean {args.think:g} s; generator scale {args.scale:g}; load average "
          f"{' '.join(f'{x:.2f}' for x in fig['load_before'])} before, "
          f"{' '.join(f'{x:.2f}' for x in fig['load_after'])} after; the machine's CPUs "
          f"{fig['busy']:.0%} busy during the run ({os.cpu_count()} cores).\n")
    print("| Operation | Count | p50 | p95 | Statements | Client CPU p50 |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: |")
    for op in (*WEIGHTS, "reload"):
        ts = times.get(op, [])
        if ts:
            print(f"| {op} | {len(ts)} | {statistics.median(ts):.1f} ms | "
                  f"{percentile(ts, 95):.1f} ms | {statistics.mean(statements[op]):.1f} | "
                  f"{statistics.median(cpu[op]):.1f} ms |")
    _breakdown(sched)
    print(f"\nErrors (other than shown conflicts): {len(errors)}; conflicts shown: "
          f"{conflicts}; records verified afterwards: {checked}, lost: {lost}.")
    if delays:
        print(f"Another user's new entry in an open Logbog: p50 "
              f"{statistics.median(delays):.0f} ms, p95 {percentile(delays, 95):.0f} ms, "
              f"max {max(delays):.0f} ms ({len(delays)} sightings; LISTEN/NOTIFY, first "
              f"page reloaded on each delivery).")
    print(f"Open views{' (off: --no-open-views)' if args.no_open_views else ''}: "
          f"{len(times.get('reload', []))} reloads for {notices} notices of "
          f"other users' changes (a view reloads only for changes to what it shows; "
          f"notices that arrive together are one reload).")
    print(f"CPU: the server's backends {fig['server_cpu']:.1f} s, the users' processes "
          f"{fig['client_cpu']:.1f} s, in {fig['wall']:.0f} s of wall time. The "
          f"'Statements' column is the mean number of SQL statements an operation sent "
          f"(each is a round trip; a save's BEGIN and COMMIT are two more); 'Client CPU' "
          f"the user's thread's own CPU time in it – the rest of its time is the server, "
          f"the network and waiting for a CPU or the GIL.")
    for e in errors[:10]:
        print(f"  error: {e}")


def _breakdown(sched: dict[str, list[Any]]) -> None:
    """Where an operation's time went: its own thread on a CPU and waiting for one, the
    server's processes of its connections on a CPU and waiting for one (the kernel's
    scheduler statistics, ns), and the rest (waiting for the GIL, the network, the
    server's disk, locks). For all operations (p50 of each part) and for the slowest 5 %
    (mean of each part)."""
    if not sched:
        return
    print("\nWhere the time went (ms): client = the user's thread, server = its PostgreSQL "
          "backends; 'wait' = runnable but waiting for one of the machine's CPUs; 'rest' = "
          "the GIL, the network, the server's disk and locks.\n")
    print("| Operation | p50: client CPU | client wait | server CPU | server wait | rest "
          "| slowest 5 %: time | client CPU | client wait | server CPU | server wait | rest |"
          "\n| --- |" + " ---: |" * 11)
    for op in (*WEIGHTS, "reload"):
        rows = sched.get(op)
        if not rows:
            continue
        parts = [(*s, max(0.0, t - sum(s))) for t, s in rows]
        p50 = [statistics.median(p[i] for p in parts) for i in range(5)]
        cut = percentile([t for t, _s in rows], 95)
        tail = [(t, p) for (t, _s), p in zip(rows, parts, strict=True) if t >= cut]
        mean_t = statistics.mean(t for t, _p in tail)
        mean = [statistics.mean(p[i] for _t, p in tail) for i in range(5)]
        print(f"| {op} | " + " | ".join(f"{v:.1f}" for v in p50) + f" | {mean_t:.1f} | "
              + " | ".join(f"{v:.1f}" for v in mean) + " |")


def _visibility(results: list[dict[str, Any]]) -> list[float]:
    """Delays (ms) from an entry's save in one process to its sighting by another's
    observer."""
    delays = []
    for r in results:
        for other in results:
            if other is r:
                continue
            for out in other["outs"]:
                for id_, version, _title, t_saved in out["saved"]:
                    if version == 1 and id_ in r["seen"]:
                        delays.append((r["seen"][id_] - t_saved) * 1000)
    return delays


if __name__ == "__main__":
    sys.exit(main())
