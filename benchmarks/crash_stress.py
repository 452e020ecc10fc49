"""Crash-safety stress: many kill -9 runs against a writer, beyond the test suite's 20.

    .venv/bin/python benchmarks/crash_stress.py --runs 200

Each run starts a writer process (tests/helpers/writer.py) that saves one log entry at a
time and reports each id after its commit; the writer is killed with SIGKILL at a random
point. Afterwards every reported id must be present and ``integrity_check`` must say ok.
Prints a line per failure and a summary; exits 1 if any run lost data.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
PASSPHRASE = "stresstest-adgangsfrase"


def one_run(directory: Path, rng: random.Random) -> tuple[int, int, str]:
    from brobygger.services import Services
    from brobygger.store.crypto import env_passphrase_prompt
    from brobygger.store.workspace import Workspace

    Workspace.open(directory, passphrase=env_passphrase_prompt()).close()
    proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.writer", str(directory),
                             "single", "1000"], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    stop_after = rng.randint(1, 600)
    reported = []
    for line in proc.stdout:
        reported.append(line.strip())
        if len(reported) >= stop_after:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Workspace.open(directory, passphrase=env_passphrase_prompt()) as ws:
        with ws.engine.connect() as conn:
            integrity = str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
        present = {str(e.id) for e in Services(ws).log.all()}
    lost = sum(1 for r in reported if r not in present)
    return len(reported), lost, integrity


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ["BROBYGGER_PASSPHRASE"] = PASSPHRASE
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    rng = random.Random(args.seed)
    failures = 0
    saves = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            reported, lost, integrity = one_run(Path(tmp) / f"run{run}", rng)
            saves += reported
            if lost or integrity != "ok":
                failures += 1
                print(f"run {run}: {lost} of {reported} reported saves lost; "
                      f"integrity: {integrity}")
    print(f"{args.runs} runs, {saves} confirmed saves, {failures} failed runs, "
          f"{time.perf_counter() - start:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
