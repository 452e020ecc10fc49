"""Benchmark the imports (issue 20). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_imports.py             # 3 runs each
    .venv/bin/python benchmarks/bench_imports.py --runs 5 --rows 10000 --contacts 5000

Each run works on a fresh SQLCipher-encrypted workspace (a passphrase key, as on a machine
without a keyring) holding one initiative and 1,000 people, so matching has something to
search. Timed, end to end as the user waits for it (read the file, plan, backup, write in
one transaction). The wall-clock time is the target; the CPU time is printed beside it,
because on a shared, busy machine the wall-clock time mostly measures the others.

* a 10,000-row Excel log (types, Danish date cells, participants, tags) – target 10 s;
* 5,000 contacts from one vCard file (200 organisations) – target 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.helpers import import_files as F  # noqa: E402

from brobygger.exchange import importing as imp  # noqa: E402
from brobygger.services import Services  # noqa: E402
from brobygger.store.workspace import Workspace  # noqa: E402

TARGET_LOG_S, TARGET_CONTACTS_S = 10.0, 5.0
EXISTING_PEOPLE = 1000


def _workspace(folder: Path) -> Services:
    ws = Workspace.open(folder, encryption="passphrase",
                        passphrase=lambda *a, **k: "benchmark passphrase 2026")
    svc = Services(ws, user="bench")
    svc.initiatives.create(name="Akutsamarbejde, Viborg", status="drift")
    with ws.write():
        for i in range(EXISTING_PEOPLE):
            svc.people.create(name=f"Eksisterende Person {i}", email=f"eks{i}@example.dk")
    return svc


def _log_rows(n: int) -> list[tuple[object, ...]]:
    rows = F.big_log_rows(n)
    return [(*r[:4], "Akutsamarbejde, Viborg", f"Eksisterende Person {i % 50}", r[6])
            for i, r in enumerate(rows)]


def _time(label: str, runs: int, target: float, work: Callable[[Services], str]) -> None:
    times: list[float] = []
    cpu: list[float] = []
    summary = ""
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            svc = _workspace(Path(tmp) / "ws")
            start, start_cpu = time.perf_counter(), time.process_time()
            summary = work(svc)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            svc.ws.close()
    median = statistics.median(times)
    verdict = "ok" if median <= target else "FOR LANGSOM"
    print(f"{label:<34} median {median:6.2f} s  (min {min(times):.2f}, max {max(times):.2f}; "
          f"mål ≤ {target:.0f} s) {verdict}")
    print(f"{'':<34} CPU-tid median {statistics.median(cpu):.2f} s; belastning "
          f"{os.getloadavg()[0]:.1f} på {os.cpu_count()} kerner")
    print(f"{'':<34} {summary}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--contacts", type=int, default=5_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = F.write_excel_log(Path(tmp) / "logbog.xlsx", _log_rows(args.rows))
        vcf = Path(tmp) / "kontakter.vcf"
        vcf.write_text(F.contacts_vcard(args.contacts), encoding="utf-8")

        def log(svc: Services) -> str:
            src, sheet = imp.read_sheet(xlsx)
            plan = imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src)
            return imp.apply_plan(svc, plan).summary_da()

        def contacts(svc: Services) -> str:
            return imp.apply_plan(svc, imp.plan_contacts_file(svc, vcf)).summary_da()

        print(f"Imports – {args.runs} kørsler hver, SQLCipher, {EXISTING_PEOPLE} personer "
              "i forvejen")
        _time(f"Excel-log, {args.rows:,} rækker".replace(",", "."), args.runs, TARGET_LOG_S,
              log)
        _time(f"Kontakter (vCard), {args.contacts:,}".replace(",", "."), args.runs,
              TARGET_CONTACTS_S, contacts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
