"""Benchmark the PDF briefs (issue 4). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_brief.py            # 1,000 log entries, 5 runs each
    .venv/bin/python benchmarks/bench_brief.py --entries 5000 --runs 3

Builds a throw-away workspace with one busy initiative – 1,000 log entries over three
years (a quarter of them decisions and agreements, bodies of 50–2,000 characters), 5
parties, 4 relationship pairs with 8 assessments each, 5 indicators with 36 measurements
each, all seven plagues and five barriers assessed, 60 actions – plus 20 small initiatives
for the portfolio. Then it times, with charts:

* the status brief for the last twelve months (the target: under 1.5 s),
* the status brief for the whole history,
* the handover brief (the whole log as a timeline),
* the portfolio brief of all 21 initiatives.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pypdf import PdfReader  # noqa: E402  (a dev dependency)

from brobygger.domain.catalogue import BARRIERS, PLAGUES  # noqa: E402
from brobygger.services import Services  # noqa: E402
from brobygger.services.briefs import (  # noqa: E402
    BriefOptions,
    handover_brief,
    portfolio_brief,
    status_brief,
)
from brobygger.store.crypto import NONE  # noqa: E402
from brobygger.store.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 20)
TARGET_S = 1.5
_VOCABULARY = ("akutteam kommunen hospitalet udskrivning sygeplejerske praktiserende læge "
               "aftale borger forløb indlæggelse genindlæggelse hjemmebehandling samarbejde "
               "styregruppe ledelse data it-system overlevering ansvar plan opfølgning "
               "medarbejdere vagt nattedækning økonomi incitament sundhedsaftale kompetencer "
               "tillid respekt")
WORDS = tuple(_VOCABULARY.split(" "))
TYPES = ["moede"] * 30 + ["beslutning"] * 13 + ["aftale"] * 12 + ["haendelse"] * 12 + \
        ["observation"] * 15 + ["resultat"] * 10 + ["eskalering"] * 8


def _text(rng: random.Random, length: int) -> str:
    out: list[str] = []
    size = 0
    while size < length:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 16)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:length]


def build(svc: Services, entries: int, seed: int = 4) -> tuple[object, int]:
    rng = random.Random(seed)
    start = TODAY - timedelta(days=3 * 365)
    with svc.ws.write():
        orgs = [svc.organisations.create(name=n, sector=s) for n, s in (
            ("Regionshospitalet Nord", "region_hospital"), ("Nordby Kommune", "kommune"),
            ("Sydby Kommune", "kommune"), ("Almen praksis i Nordområdet", "almen_praksis"),
            ("Psykiatrien Nord", "psykiatri"))]
        people = [svc.people.create(name=f"Person {k:02d}", title="Leder",
                                    organisation_id=orgs[k % len(orgs)].id)
                  for k in range(24)]
        big = svc.initiatives.create(
            name="Stort akutsamarbejde med mange indførsler", status="drift",
            start_date=start, purpose=_text(rng, 600), trigger=_text(rng, 200),
            readiness={"formaal": True, "dialog": True, "balance": False})
        for o in orgs:
            svc.parties.create(initiative_id=big.id, organisation_id=o.id, role="Part")
        for p in people[:10]:
            svc.members.create(initiative_id=big.id, person_id=p.id, role="medlem")
        for _ in range(entries):
            kind = rng.choice(TYPES)
            svc.log.create(
                initiative_id=big.id, entry_date=start + timedelta(days=rng.randrange(3 * 365)),
                type=kind, title=_text(rng, rng.randint(20, 90)),
                body=_text(rng, int(rng.triangular(50, 2000, 300))),
                participants=[p.id for p in rng.sample(people, 3)],
                plagues=rng.sample(PLAGUES.codes(), rng.randint(0, 2)),
                barriers=rng.sample(BARRIERS.codes(), rng.randint(0, 1)),
                escalation_level=rng.choice(["chef", "topledelse", "politisk"])
                if kind == "eskalering" else None,
                escalated_to="Direktionen" if kind == "eskalering" else "")
        for a, b in ((0, 1), (0, 2), (0, 3), (1, 4)):
            for k in range(8):
                svc.relationships.create(
                    initiative_id=big.id, org_a_id=orgs[a].id, org_b_id=orgs[b].id,
                    assessed_on=start + timedelta(days=130 * k), kendskab=min(10, 3 + k),
                    respekt=min(10, 2 + k), tillid=min(10, 1 + k), note=_text(rng, 120))
        for code in PLAGUES.codes():
            for k in range(3):
                svc.plagues.create(initiative_id=big.id, plague=code,
                                   assessed_on=start + timedelta(days=300 * k),
                                   severity=rng.randint(0, 3), note=_text(rng, 150),
                                   mitigation=_text(rng, 150))
        for code in BARRIERS.codes():
            svc.barriers.create(initiative_id=big.id, barrier=code, assessed_on=TODAY
                                - timedelta(days=60), impact=rng.randint(1, 3),
                                escalation_level=rng.choice(["chef", "topledelse", "politisk"]),
                                ask=_text(rng, 100), ask_to="Direktionerne",
                                status="eskaleret")
        for k in range(5):
            ind = svc.indicators.create(initiative_id=big.id, name=f"Indikator {k + 1}",
                                        unit="%", direction="ned", baseline=30.0, target=15.0)
            for m in range(36):
                svc.measurements.create(indicator_id=ind.id,
                                        measured_on=start + timedelta(days=30 * m),
                                        value=30.0 - m * 0.4 + rng.random())
        for k in range(60):
            svc.actions.create(initiative_id=big.id, title=_text(rng, 70),
                               owner_id=people[k % len(people)].id,
                               due_date=TODAY + timedelta(days=rng.randint(-60, 120)),
                               status=rng.choice(["aaben", "i_gang", "udfoert"]))
        for k in range(20):
            small = svc.initiatives.create(name=f"Mindre initiativ {k + 1:02d}", status="drift")
            svc.parties.create(initiative_id=small.id, organisation_id=orgs[k % 5].id)
            for n in range(10):
                svc.log.create(initiative_id=small.id, entry_date=TODAY - timedelta(days=9 * n),
                               type="beslutning", title=_text(rng, 50), body=_text(rng, 200))
    return big.id, len(svc.log.ids())


def timed(label: str, runs: int, fn: Callable[[], Path], target: float | None = None) -> None:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        path = fn()
        times.append(time.perf_counter() - t0)
    best, median = min(times), statistics.median(times)
    pages = len(PdfReader(path).pages)
    verdict = ""
    if target is not None:
        verdict = f"  target < {target:.1f} s: {'OK' if median < target else 'OVER'}"
    size = path.stat().st_size / 1024
    print(f"{label:<44} median {median:6.3f} s  best {best:6.3f} s  {pages:4d} pages "
          f"{size:6.0f} kB{verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-brief-") as tmp:
        folder = Path(tmp)
        ws = Workspace.open(folder / "ws", encryption=NONE)
        try:
            svc = Services(ws, user="bench")
            t0 = time.perf_counter()
            big, total = build(svc, args.entries)
            print(f"Workspace: {args.entries} log entries in the big initiative, {total} in all "
                  f"(built in {time.perf_counter() - t0:.1f} s)")
            opts = BriefOptions(author="Benchmark", today=TODAY)
            out = folder / "out"
            out.mkdir()
            year_ago = TODAY - timedelta(days=365)
            status_brief(svc, big, year_ago, TODAY, out / "warm.pdf", opts)  # fonts, imports
            timed("Status brief, last 12 months, with charts", args.runs,
                  lambda: status_brief(svc, big, year_ago, TODAY, out / "s.pdf", opts), TARGET_S)
            timed("Status brief, whole history, with charts", args.runs,
                  lambda: status_brief(svc, big, None, TODAY, out / "a.pdf", opts))
            timed("Handover brief (whole log as timeline)", args.runs,
                  lambda: handover_brief(svc, big, out / "h.pdf", opts))
            timed("Portfolio brief, 21 initiatives", args.runs,
                  lambda: portfolio_brief(svc, None, out / "p.pdf", opts))
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
