"""Staff search at the size of a district: the FTS5 trigram index against a plain LIKE scan.

    python bench/search.py            # 100,000 residents, 1,000,000 requests
    python bench/search.py --quick    # 10,000 residents, 100,000 requests (CI)

Works on bench/scale.py's cached district database (built there when missing). Each query is
run through storage/search.py's index and through a LIKE scan of the same text in the same
run; the p50 and p95 of both are printed. The run fails only when the two disagree (wrong
results), never because it was slow.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import RESIDENT0, district
from storage import search
from storage.db import Database

LIMIT = 8
ROUNDS = 5


def queries(residents: int) -> list[list[str]]:
    """A name, a phrase every request holds, a category, a number and a short word."""
    return [
        ["resident", str(RESIDENT0 + residents // 2)],
        ["hallway", "light"],
        ["sanitation"],
        [f"request {residents * 3}:"],
        ["7"],
        ["nothing-like-this"],
    ]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 residents, 100,000 requests")
    args = parser.parse_args()
    residents, requests = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    wrong = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = await district(residents, requests, 51 if args.quick else 201, Path(tmp))
        db = Database(path)
        await db.connect()
        try:
            indexed: list[float] = []
            scanned: list[float] = []
            async with db.reading() as conn:
                for words in queries(residents):
                    words = [w.casefold() for w in words]
                    for _ in range(ROUNDS):
                        t0 = time.perf_counter()
                        found = await search.find(conn, "requests", words, limit=LIMIT)
                        indexed.append(time.perf_counter() - t0)
                        t0 = time.perf_counter()
                        expected = await search.scan_requests(conn, words, limit=LIMIT)
                        scanned.append(time.perf_counter() - t0)
                    if found != expected:
                        wrong += 1
                        print(f"WRONG for {words}: index {found}, scan {expected}")
                    print(f"query {' '.join(words)!r}: {len(found)} shown")
        finally:
            await db.close()
    for label, values in (("index (FTS5 trigram)", indexed), ("LIKE scan", scanned)):
        print(
            f"{label}: p50 {statistics.median(values) * 1000:.1f} ms,"
            f" p95 {pct(values, 0.95) * 1000:.1f} ms over {len(values)} searches"
        )
    if wrong:
        raise SystemExit(f"FAILED: {wrong} searches disagreed with the scan")


if __name__ == "__main__":
    asyncio.run(main())
