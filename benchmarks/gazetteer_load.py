"""How long the gazetteer takes to load (JSON twin vs. the Turtle through rdflib) and to answer lookups.

Run: .venv/bin/python benchmarks/gazetteer_load.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date

from kg.gazetteer import GAZETTEER_JSON, GAZETTEER_TTL, Gazetteer

SURFACES = ["der Nato", "Deutschlands", "den USA", "US-", "Moskaus", "Scholz", "Osteuropa", "Unbekannt", "Ostsee"]
ROLES = [("Kanzler", None), ("US-Präsident", None), ("Präsident", "Frankreich"), ("Nato-Generalsekretär", None)]


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of `runs` timings of `work`, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    data = json.loads(GAZETTEER_JSON.read_text(encoding="utf-8"))
    print(f"JSON {GAZETTEER_JSON.stat().st_size / 1e3:.0f} kB, Turtle {GAZETTEER_TTL.stat().st_size / 1e3:.0f} kB")
    read = best_of(5, lambda: json.loads(GAZETTEER_JSON.read_text(encoding="utf-8")))
    index = best_of(5, lambda: Gazetteer.from_json(data))
    print(f"load from JSON: {read * 1e3:.0f} ms reading + {index * 1e3:.0f} ms building the indexes")
    print(f"load from Turtle (rdflib): {best_of(1, Gazetteer.from_turtle) * 1e3:.0f} ms")
    gazetteer = Gazetteer.from_json(data)
    n = 2000
    lookups = best_of(3, lambda: [gazetteer.lookup(s) for _ in range(n) for s in SURFACES])
    print(f"lookup: {n * len(SURFACES) / lookups:,.0f} per second")
    day = date(2022, 1, 25)
    holders = best_of(3, lambda: [gazetteer.office_holder(r, c, day) for _ in range(n) for r, c in ROLES])
    print(f"office_holder: {n * len(ROLES) / holders:,.0f} per second")


if __name__ == "__main__":
    main()
