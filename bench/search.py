"""Staff search at the size of a district: the FTS5 trigram index against a plain LIKE scan,
and the queue narrowed by facets against the whole open queue.

    python bench/search.py            # 100,000 residents, 1,000,000 requests
    python bench/search.py --quick    # 10,000 residents, 100,000 requests (CI)

Works on bench/scale.py's cached district database (built there when missing). Each query is
run through storage/search.py's index and through a LIKE scan of the same text in the same
run; the p50 and p95 of both are printed. The queue is then read as /queue reads it (count,
first page, a facet's choices) with facets combined, and its times printed as ratios of the
unfiltered queue's in the same run. The run fails only when results are wrong (the index and
the scan disagree, a page holds a request outside its facets, a facet's counts do not add
up), never because it was slow.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import BUILDINGS, RESIDENT0, STAFF, district
from bot.models.requests import QueueFacets, Request
from storage import requests as requests_repo
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


# The facets a staff member adds one after another, each time taking the choice that lists
# the most requests (as the counts on the buttons invite), then the facet opened next.
STEPS = ["building", "category", "owner_id", "older_days", "status"]


def _fits(request: Request, facets: QueueFacets) -> bool:
    """Whether a listed request matches the facets a page was read under (building aside)."""
    return (
        (facets.category is None or request.category == facets.category)
        and (facets.owner_id is None or request.owner_id == facets.owner_id)
        and (facets.status is None or request.status == facets.status)
    )


async def queue_times(db: Database) -> int:
    """Time the faceted queue; print p50/p95 as ratios of the whole queue; return wrong ones."""
    now = datetime.now(UTC)
    wrong = 0
    times: dict[str, list[float]] = {}
    facets = QueueFacets()
    label = "whole queue"
    async with db.reading() as conn:
        total = await requests_repo.queue_count(conn, which="all", staff_id=0, now=now)
        for facet in STEPS:
            runs = times.setdefault(label, [])
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                count = await requests_repo.queue_count(
                    conn, which="all", staff_id=0, now=now, facets=facets
                )
                page = await requests_repo.queue_page(
                    conn, which="all", staff_id=0, now=now, limit=20, offset=0, facets=facets
                )
                choices = await requests_repo.queue_facet_counts(
                    conn, which="all", staff_id=0, now=now, facets=facets, facet=facet
                )
                runs.append(time.perf_counter() - t0)
            if not all(_fits(r, facets) for r in page) or len(page) > count:
                wrong += 1
                print(f"WRONG page for {label}: {count} counted, {len(page)} listed")
            if facet != "older_days" and sum(c.count for c in choices) > count:
                wrong += 1
                print(f"WRONG {facet} counts for {label}: more than the {count} open")
            print(f"queue {label}: {count} open; {len(choices)} {facet} choices")
            listed = [c for c in choices if c.count]
            if not listed:
                break
            top = listed[-1] if facet == "older_days" else listed[0]
            facets = facets.model_copy(update={facet: _value(facet, top.value)})
            label += f" + {facet}"
    base = statistics.median(times["whole queue"])
    for label, runs in times.items():
        print(
            f"queue {label}: p50 {statistics.median(runs) * 1000:.1f} ms"
            f" ({statistics.median(runs) / base:.2f}x the whole queue),"
            f" p95 {pct(runs, 0.95) * 1000:.1f} ms"
        )
    print(f"({BUILDINGS} buildings, {STAFF} staff, {total} open requests)")
    return wrong


def _value(facet: str, text: str) -> object:
    """Return a facet's choice as QueueFacets takes it."""
    return int(text) if facet in ("owner_id", "older_days") else text


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
            wrong += await queue_times(db)
        finally:
            await db.close()
    for label, values in (("index (FTS5 trigram)", indexed), ("LIKE scan", scanned)):
        print(
            f"{label}: p50 {statistics.median(values) * 1000:.1f} ms,"
            f" p95 {pct(values, 0.95) * 1000:.1f} ms over {len(values)} searches"
        )
    if wrong:
        raise SystemExit(f"FAILED: {wrong} results were wrong")


if __name__ == "__main__":
    asyncio.run(main())
