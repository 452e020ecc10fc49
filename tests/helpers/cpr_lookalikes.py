"""8,400 strings that look like CPR numbers but are not: phone numbers, journal, case and
invoice numbers, account numbers, dates and times, long digit runs – also with the
disguises the guard undoes (Unicode digits, no-break and doubled spaces). Deterministic."""

from __future__ import annotations

import random

PER_KIND = 700


def _impossible_date(rng: random.Random) -> str:
    day = rng.choice([0, 32, 33, 40, 45, 50, 61, 77, 88, 99])
    return f"{day:02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"


def lookalikes() -> list[str]:
    rng = random.Random(1301)
    kinds = [
        lambda: f"tlf. {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
        lambda: f"+45 {rng.randint(20000000, 99999999)}",
        lambda: f"+45{rng.randint(20000000, 99999999)}",
        lambda: f"J.nr. {rng.randint(2000, 2030)}-{rng.randint(100000, 999999)}",
        lambda: f"Sagsnr. {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-"
                f"{rng.choice('ABGPK')}{rng.randint(10, 99)}-{rng.randint(1, 99)}-"
                f"{rng.randint(10, 99)}",
        lambda: f"Faktura {rng.randint(10**10, 10**12)}",
        lambda: f"Konto {rng.randint(1000, 9999)}-{rng.randint(10**9, 10**10 - 1)}",
        lambda: f"møde {rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1990, 2030)} kl. {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
        lambda: f"{_impossible_date(rng)}-{rng.randint(0, 9999):04d}",
        lambda: f"EAN {rng.randint(10**12, 10**13 - 1)}",
        lambda: f"ref {_impossible_date(rng)}\u00a0{rng.randint(0, 9999):04d}",
        lambda: f"tlf.\u00a0{rng.randint(20, 99)}\u00a0{rng.randint(10, 99)}  "
                f"{rng.randint(10, 99)}  {rng.randint(10, 99)}",
    ]
    return [kind() for kind in kinds for _ in range(PER_KIND)]
