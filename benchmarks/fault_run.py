"""Fault injection over the data-safety promises (issue 13); not part of ``make test``.

    .venv/bin/python benchmarks/fault_run.py --kills 50 --races 10 --fuzz 10000

* ``kill -9`` of a writer at a random moment, N times: every save the writer reported
  (after its commit) must be there afterwards;
* the corruption set – header, random pages, truncation, 0 bytes, a missing file beside its
  settings, and a crash image (a save only in the ``-wal``, no ``-shm``) truncated: ``check``,
  opening, and opening with the integrity check in the background (the app's way: read-only
  at once, a write held and then refused) must refuse every damaged file with a Danish
  message, never replace it with a new, empty one, and leave the whole folder byte-identical
  (no ``-shm`` added);
* disk full on a small filesystem (a tmpfs of 3 MB when this process may mount one, else
  SQLite's ``max_page_count``): a save fails with "Disken er fuld", earlier saves stay;
* concurrent creation: P processes start the app logic on one empty folder at once, with
  one shared keyring: the workspace must open afterwards with the key (0 orphaned);
* ``--fuzz N``: the Hypothesis test of any text at search and save with N examples.

Prints one table and exits 1 when a target (0 lost, 100 % detected or refused, 0 orphaned)
is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
PASSPHRASE = "fejltest-adgangsfrase"


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


# -- kill -9 ---------------------------------------------------------------------------------
def kills(base: Path, runs: int, rng: random.Random) -> tuple[int, int]:
    from brobygger.services import Services
    from brobygger.store.crypto import env_passphrase_prompt
    from brobygger.store.workspace import Workspace

    acknowledged = lost = 0
    for run in range(runs):
        d = base / f"kill{run}"
        Workspace.open(d, passphrase=env_passphrase_prompt()).close()
        proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.writer", str(d),
                                 "single", "1000"], stdout=subprocess.PIPE, text=True,
                                cwd=ROOT, env=_env())
        assert proc.stdout is not None
        stop_after, reported = rng.randint(1, 200), []
        for line in proc.stdout:
            reported.append(line.strip())
            if len(reported) >= stop_after:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Workspace.open(d, passphrase=env_passphrase_prompt()) as ws:
            present = {str(e.id) for e in Services(ws).log.all()}
        acknowledged += len(reported)
        lost += sum(1 for r in reported if r not in present)
    return acknowledged, lost


# -- corruption --------------------------------------------------------------------------------
def _damage(db: Path, kind: str, rng: random.Random) -> None:
    data = bytearray(db.read_bytes())
    if kind == "header":
        data[0:100] = bytes(rng.randrange(256) for _ in range(100))
    elif kind == "pages":
        page = 4096
        for _ in range(3):
            n = rng.randrange(1, max(2, len(data) // page))
            start = n * page + rng.randrange(page - 64)
            data[start:start + 64] = bytes(rng.randrange(256) for _ in range(64))
    elif kind == "truncated":
        data = data[: rng.randrange(len(data) // 4, len(data) * 3 // 4)]
    elif kind == "empty":
        data = bytearray()
    if kind == "missing":
        db.unlink()
    else:
        db.write_bytes(bytes(data))


def _folder(d: Path) -> dict[str, str]:
    """Every file of a workspace folder and its hash (the lock files aside: opening takes
    them; ``check`` does not)."""
    import hashlib

    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def _crash_image(template: Path, target: Path) -> None:
    """``template``'s workspace as a crash leaves it: a save only in the ``-wal``, no ``-shm``
    (copied while open)."""
    from brobygger.services import Services
    from brobygger.store.crypto import env_passphrase_prompt
    from brobygger.store.workspace import Workspace

    live = target.with_name(target.name + "-live")
    shutil.copytree(template, live)
    ws = Workspace.open(live, passphrase=env_passphrase_prompt())
    Services(ws, user="fault").log.create(entry_date="2026-01-02", type="observation",
                                          title="Kun i -wal", body="tekst")
    shutil.copytree(live, target, ignore=shutil.ignore_patterns("*-shm", "*.lock"))
    ws.close()


def corruption(base: Path, per_kind: int, rng: random.Random) -> tuple[int, int, int]:
    """(damaged files, detected or refused, folders left byte-identical by ``check`` and the
    refused open – every file, and no file added)."""
    from brobygger import paths
    from brobygger.domain.errors import BrobyggerError
    from brobygger.services import Services
    from brobygger.store.check import check_readonly
    from brobygger.store.crypto import env_passphrase_prompt
    from brobygger.store.workspace import Workspace

    template = base / "corrupt-template"
    with Workspace.open(template, passphrase=env_passphrase_prompt()) as ws:
        svc = Services(ws, user="fault")
        for n in range(300):
            svc.log.create(entry_date="2026-01-01", type="observation", title=f"Post {n}",
                           body="tekst " * 40)
        ws.backup()
    total = detected = identical = 0
    for kind in ("header", "pages", "truncated", "empty", "missing", "truncated+wal"):
        for i in range(per_kind):
            d = base / f"corrupt-{kind}-{i}"
            if kind.endswith("+wal"):
                _crash_image(template, d)
            else:
                shutil.copytree(template, d)
            db = d / paths.DB_FILENAME
            _damage(db, kind.removesuffix("+wal"), rng)
            before = _folder(d)
            total += 1
            refused = False
            try:
                report = check_readonly(d, env_passphrase_prompt())
                refused = report.integrity != "ok"
            except BrobyggerError:
                refused = True
            try:
                Workspace.open(d, passphrase=env_passphrase_prompt()).close()
            except BrobyggerError:
                detected += refused and _refused_in_background(d)
            identical += before == _folder(d)
    return total, detected, identical


def _refused_in_background(d: Path) -> bool:
    """The app's way (issue 21): the file opens read-only and is checked in the
    background (every file counted as big); refused at the open or by the check, with a
    held write refused, too."""
    from brobygger.domain.errors import BrobyggerError
    from brobygger.services import Services
    from brobygger.store import workspace as workspace_module
    from brobygger.store.crypto import env_passphrase_prompt

    always = workspace_module.ALWAYS_CHECK_BELOW
    workspace_module.ALWAYS_CHECK_BELOW = 0
    try:
        ws = workspace_module.Workspace.open(d, create=False, passphrase=env_passphrase_prompt(),
                                             check_in_background=True)
    except BrobyggerError:
        return True
    finally:
        workspace_module.ALWAYS_CHECK_BELOW = always
    try:
        try:
            Services(ws, user="fault").log.create(entry_date="2026-01-03", type="observation",
                                                  title="Holdt tilbage", body="tekst")
        except BrobyggerError:
            return ws.integrity == "failed"
        return False
    finally:
        ws.close()


# -- disk full --------------------------------------------------------------------------------
def _small_filesystem(base: Path) -> Path | None:
    mount = base / "small-fs"
    mount.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                         capture_output=True)
    return mount if res.returncode == 0 else None


def disk_full(base: Path) -> tuple[str, bool, int, int]:
    """(method, refused with the disk-full message, saves before, saves lost)."""
    from sqlalchemy import event

    from brobygger.domain.errors import BrobyggerError, DiskFullError
    from brobygger.services import Services
    from brobygger.store.crypto import env_passphrase_prompt
    from brobygger.store.workspace import Workspace

    mount = _small_filesystem(base)
    d = (mount or base) / "full"
    saved: list[str] = []
    message_ok = False
    try:
        with Workspace.open(d, passphrase=env_passphrase_prompt()) as ws:
            if mount is None:
                @event.listens_for(ws.engine, "connect")
                def _cap(dbapi_conn: object, _r: object) -> None:
                    dbapi_conn.execute("PRAGMA max_page_count = 400")  # type: ignore[attr-defined]

                ws.engine.dispose()
            svc = Services(ws, user="fault")
            for n in range(100_000):
                try:
                    e = svc.log.create(entry_date="2026-01-01", type="observation",
                                       title=f"Fyld {n}", body="x" * 20_000)
                except DiskFullError as exc:
                    message_ok = exc.message.startswith("Disken er fuld")
                    break
                except BrobyggerError:
                    break
                saved.append(str(e.id))
        with Workspace.open(d, passphrase=env_passphrase_prompt()) as ws:
            present = {str(e.id) for e in Services(ws).log.all()}
        lost = sum(1 for s in saved if s not in present)
    except BrobyggerError:
        # even opening after the fill may be refused – a full disk, said clearly – but then
        # nothing acknowledged can be checked: count every save as lost to fail loudly
        lost = len(saved)
    finally:
        if mount is not None:
            subprocess.run(["umount", str(mount)], capture_output=True)
    return ("tmpfs 3 MB" if mount else "max_page_count"), message_ok, len(saved), lost


# -- concurrent creation ------------------------------------------------------------------------
_CREATOR = """
import sys, time
from pathlib import Path
from brobygger.store.workspace import Workspace
start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    Workspace.open(Path(sys.argv[1])).close()
    print("OK")
except Exception as exc:
    print("ERR", type(exc).__name__)
"""


def races(base: Path, rounds: int, procs: int) -> tuple[int, int]:
    """(rounds, orphaned keys)."""
    import keyring
    from tests.helpers.filekeyring import ENV, FileKeyring

    from brobygger.store.workspace import Workspace

    ring = base / "keyring.json"
    env = _env(PYTHON_KEYRING_BACKEND="tests.helpers.filekeyring.FileKeyring",
               **{ENV: str(ring)})
    env.pop("BROBYGGER_PASSPHRASE", None)
    orphaned = 0
    keyring.set_keyring(FileKeyring(ring))
    for r in range(rounds):
        d = base / f"race{r}"
        start = time.time() + 1.0
        children = [subprocess.Popen([sys.executable, "-c", _CREATOR, str(d), str(start)],
                                     env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
                    for _ in range(procs)]
        for c in children:
            c.communicate(timeout=300)
        try:
            Workspace.open(d, create=False).close()
        except Exception:
            orphaned += 1
    return rounds, orphaned


def fuzz(examples: int) -> str:
    if examples <= 0:
        return "not run"
    res = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/test_any_text.py"], cwd=ROOT, capture_output=True, text=True,
                         env=_env(BROBYGGER_FUZZ_EXAMPLES=str(examples)))
    tail = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else "?"
    return f"{examples} examples × search+save × SQLite/PostgreSQL: {tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--corrupt", type=int, default=10, help="files per kind of damage")
    parser.add_argument("--races", type=int, default=10)
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--fuzz", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    os.environ["BROBYGGER_PASSPHRASE"] = PASSPHRASE
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        acknowledged, lost = kills(base, args.kills, rng)
        damaged, detected, identical = corruption(base, args.corrupt, rng)
        method, said, filled, full_lost = disk_full(base)
        rounds, orphaned = races(base, args.races, args.procs)
    fuzzed = fuzz(args.fuzz)
    rows = [
        ("kill -9 of a writer", f"{args.kills} runs, {acknowledged} acknowledged saves",
         f"{lost} lost"),
        ("damaged files (header, pages, truncated, 0 bytes, missing, crash image) – check, "
         "then open",
         f"{damaged} files",
         f"{detected} detected or refused ({100 * detected // max(1, damaged)} %), "
         f"{identical} folders left byte-identical"),
        (f"disk full ({method})", f"{filled} saves before full",
         f"{'message ok' if said else 'WRONG MESSAGE'}, {full_lost} lost"),
        ("concurrent creation", f"{rounds} rounds × {args.procs} processes",
         f"{orphaned} keys orphaned"),
        ("any text at search and save", fuzzed, ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'Fault':<{width}}  {'Done':<42}  Result")
    for name, done, result in rows:
        print(f"{name:<{width}}  {done:<42}  {result}")
    print(f"({time.perf_counter() - started:.0f} s)")
    ok = (lost == 0 and detected == damaged and identical == damaged and said
          and full_lost == 0 and orphaned == 0 and "failed" not in fuzzed)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
