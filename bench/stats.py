"""Statistics at the size of a district: a month's card, a year's charts, the month's report.

    python bench/stats.py            # 100,000 residents, 1,000,000 requests over three years
    python bench/stats.py --quick    # 10,000 residents, 100,000 requests (CI)

Works on bench/scale.py's cached district database (built there when missing), to which it
adds three years of other history through storage/bulk.py: an event a week with sign-ups
and check-ins, two volunteer tasks a week with slots, no-shows and their love-bank credits,
and a wish a day. Then, through the real StatsService:

- the month's summary card (last month, the whole community, and one building);
- the year's summary with its three charts drawn (the last twelve whole months);
- the month's report workbook (every request of the month streamed into the .xlsx).

The baseline, in the same run and on the same database, is one indexed COUNT of the month's
requests: the cheapest figure there is; each ratio says how many times that the real work
costs. Goals: the month's card under 1 s, the year's report under 10 s, peak RSS under
300 MB. The run fails only when something is broken (a figure that cannot be right, an
exception), never because it was slow.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.burst import max_rss_mib
from bench.scale import BUILDINGS, STAFF0, district
from bot.clock import SystemClock
from bot.config import Settings
from bot.models.stats import Scope, ScopeKind
from bot.services import build_services
from bot.services.stats import periods
from storage import bulk
from storage import stats as stats_repo
from storage.db import Database
from storage.rows import ts

WEEKS = 3 * 52
VOLUNTEERS = 1_000
GOALS = {"month card": 1.0, "year report": 10.0}


def _history(residents: int, now: datetime) -> dict[str, Iterator[tuple[object, ...]]]:
    """Three years of events, tasks, slots, the ledger and wishes, oldest first."""
    rng = random.Random(11)
    start = now - timedelta(weeks=WEEKS)
    events, signups, tasks, slots, ledger, wishes = [], [], [], [], [], []
    balance: dict[int, int] = {}
    for week in range(WEEKS):
        day = start + timedelta(weeks=week)
        events.append((week + 1, f"Event {week + 1}", ts(day), ts(day + timedelta(hours=2)),
                       "Hall", 50, ts(day), 40, ts(day - timedelta(days=7))))  # fmt: skip
        for seq in range(1, 46):
            status = "confirmed" if seq <= 40 else "waiting"
            came = ts(day + timedelta(minutes=5)) if seq <= 30 else None
            signups.append((week + 1, 100 + (week * 45 + seq) % residents, 1, status, seq,
                            ts(day - timedelta(days=3)), ts(day - timedelta(days=3)), came))  # fmt: skip
        for n in range(2):
            tid = week * 2 + n + 1
            begins = day + timedelta(days=2 + n, hours=9)
            area = f"b:{tid % BUILDINGS + 1}" if n else None
            tasks.append((tid, f"Patrol {tid}", "Gate", ts(begins), ts(begins + timedelta(hours=3)),
                          5, 4, 10, area, ts(begins - timedelta(days=5))))  # fmt: skip
            for k in range(4):
                person = 1_000 + (tid * 4 + k) % VOLUNTEERS
                present = k < 3
                slots.append((tid, person, "came" if present else "no_show", ts(begins),
                              ts(begins) if present else None,
                              ts(begins + timedelta(hours=3)) if present else None))  # fmt: skip
                if present:
                    balance[person] = balance.get(person, 0) + 10
                    ledger.append((person, 10, "task", "", f"task:{tid}", balance[person],
                                   ts(begins + timedelta(hours=4))))  # fmt: skip
    for n in range(WEEKS * 7):
        made = start + timedelta(days=n)
        done = n % 10 < 7
        wishes.append((n + 1, rng.randint(1, residents), "study", f"Wish {n + 1}",
                       "fulfilled" if done else "published", ts(made),
                       ts(made + timedelta(days=rng.uniform(1, 20))) if done else None,
                       10 if done else None))  # fmt: skip
    return {
        "events": iter(events),
        "signups": iter(signups),
        "tasks": iter(tasks),
        "task_slots": iter(slots),
        "ledger": iter(ledger),
        "wishes": iter(wishes),
    }


async def add_history(db: Database, residents: int) -> None:
    """Write the other areas' history once (a copy of the cached district gets it each run)."""
    t0 = time.perf_counter()
    async with db.transaction() as conn:
        written = {
            table: await bulk.add_history(conn, table, rows)
            for table, rows in _history(residents, datetime.now(UTC)).items()
        }
    took = time.perf_counter() - t0
    print(f"history: {', '.join(f'{n:,} {t}' for t, n in written.items())} in {took:.1f} s")


def twelve_months_before(last: date) -> date:
    """Return the first day of the twelve whole months that end on `last`."""
    month = last.year * 12 + last.month - 1 - 11
    return date(month // 12, month % 12 + 1, 1)


CPU: dict[int, float] = {}  # id of a list of timings -> the CPU seconds of those calls


async def timed(call: Callable[[], Awaitable[object]], times: int) -> list[float]:
    """Call `times` times in a row; return each call's seconds (and note their CPU time:
    every thread's, SQLite's included, which a busy shared machine inflates far less)."""
    took = []
    cpu0 = time.process_time()
    for _ in range(times):
        t0 = time.perf_counter()
        await call()
        took.append(time.perf_counter() - t0)
    CPU[id(took)] = (time.process_time() - cpu0) / times
    return took


def pct(values: list[float], q: float) -> float:
    """Return the nearest-rank percentile `q` of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def show(label: str, took: list[float], base: float) -> None:
    """Print p50 and p95 and the p50 as a ratio of the baseline's."""
    goal = GOALS.get(label)
    verdict = (
        ""
        if goal is None
        else f"  goal < {goal:.0f} s: {'met' if pct(took, 0.95) < goal else 'MISSED'}"
    )
    print(
        f"  {label:<24} p50 {pct(took, 0.5) * 1000:8.1f} ms  p95 {pct(took, 0.95) * 1000:8.1f} ms"
        f"  cpu {CPU.get(id(took), 0) * 1000:8.1f} ms/call"
        f"  ({pct(took, 0.5) / base:,.0f}x the baseline){verdict}"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 residents, 100,000 requests")
    args = parser.parse_args()
    residents, requests = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    rounds = 3 if args.quick else 10
    rss0 = max_rss_mib()
    broken: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = await district(residents, requests, 51 if args.quick else 201, Path(tmp))
        settings = Settings(LINLI_DB=path, LINLI_TZ="Asia/Shanghai")
        db = Database(path)
        await db.connect()
        try:
            await add_history(db, residents)
            services = build_services(db, SystemClock(), settings)
            stats = services.stats
            staff = STAFF0
            month = stats.named(periods.LAST_MONTH)
            today = datetime.now(UTC).astimezone(settings.zone).date()
            last = today.replace(day=1) - timedelta(days=1)
            year = stats.between(twelve_months_before(last), last)
            values = stats_repo.params(month, None, datetime.now(UTC))

            async def baseline() -> int:
                async with db.reading() as conn:
                    return await stats_repo.month_count(conn, values)

            async def card() -> object:
                return await stats.summary(staff, month, Scope())

            async def building_card() -> object:
                return await stats.summary(staff, month, Scope(ScopeKind.BUILDING, "7"))

            async def year_report() -> object:
                summary = await stats.summary(staff, year, Scope())
                return await stats.charts(summary, "zh-hans")

            async def workbook() -> object:
                return await stats.export(staff, month, Scope(), "en")

            base_took = await timed(baseline, rounds * 3)
            base = pct(base_took, 0.5)
            filed = await baseline()
            print(
                f"baseline: one indexed COUNT of last month's {filed:,} requests, p50 {base * 1000:.2f} ms"
            )
            summary = await stats.summary(staff, month, Scope())
            if summary.requests.filed != filed or filed == 0:
                broken.append(f"the card counts {summary.requests.filed} requests, not {filed}")
            if (
                summary.events.held == 0
                or summary.volunteers.hours <= 0
                or summary.wishes.raised == 0
            ):
                broken.append("a month of history shows no events, hours or wishes")
            show("month card", await timed(card, rounds), base)
            show("month card, a building", await timed(building_card, rounds), base)
            show("year report", await timed(year_report, max(2, rounds // 3)), base)
            show("month workbook (.xlsx)", await timed(workbook, 2), base)
            name, data = await stats.export(staff, month, Scope(), "en")
            print(f"  workbook: {name}, {len(data) / 2**20:.1f} MiB for {filed:,} requests")
        finally:
            await db.close()
    rss = max_rss_mib()
    print(
        f"peak RSS: {rss:.0f} MiB (started at {rss0:.0f} MiB)  goal < 300 MB: {'met' if rss < 286 else 'MISSED'}"
    )
    if broken:
        raise SystemExit("FAILED: " + "; ".join(broken))


if __name__ == "__main__":
    asyncio.run(main())
