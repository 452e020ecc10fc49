"""A writer process for the crash-safety tests (and benchmarks/crash_stress.py).

    python -m tests.helpers.writer DATA_DIR single N     # N one-entry saves, prints each id
    python -m tests.helpers.writer DATA_DIR bulk N       # one N-row transaction

The passphrase comes from $BROBYGGER_PASSPHRASE. An id is printed only after its commit
returned, i.e. after the user would have been told "saved".
"""

from __future__ import annotations

import sys
from datetime import date

from brobygger.services import Services
from brobygger.store.crypto import env_passphrase_prompt
from brobygger.store.workspace import Workspace


def main(data_dir: str, mode: str, count: int) -> None:
    ws = Workspace.open(data_dir, passphrase=env_passphrase_prompt())
    svc = Services(ws, user="writer")
    if mode == "single":
        for n in range(count):
            e = svc.log.create(entry_date=date(2026, 1, 1), type="observation",
                               title=f"Gemt {n}", body="x" * 200)
            print(e.id, flush=True)
    else:
        with ws.write():
            for n in range(count):
                svc.log.create(entry_date=date(2026, 1, 1), type="observation",
                               title=f"Bulk {n}")
                if n == count // 2:
                    print("halfway", flush=True)
        print("committed", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
