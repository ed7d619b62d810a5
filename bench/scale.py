"""Linli at the size of a district: start-up, memory, the staff queue and residents' lists.

    python bench/scale.py            # 100,000 residents, 1,000,000 requests, a burst of 200
    python bench/scale.py --quick    # 10,000 residents, 100,000 requests, a burst of 50 (CI)

The database is built once through the storage layer's bulk paths (storage/bulk.py): three
years of requests (all but about 3,000 closed), twenty "heavy" residents with 1,000 requests
each, the rest with about ten; it is cached in the temporary folder under its size and schema
version, and each run works on a copy. Then the real bot (real Application, outbox sender)
starts on the copy against the Bot API simulator and we time, as people see it (press to
answer):

- `/queue` opened by 20 staff members, `/myrequests` by 20 heavy and 20 typical residents;
- one resident filing a request end to end (form to number);
- the same reads, and the services behind them called directly, while a burst of residents
  files requests at once.

The baseline is a bare python-telegram-bot echo bot answering /ping, spread the same way, in
the same process: the ratios say how much longer than a do-nothing bot Linli takes. The run
fails only when something is wrong (an answer never came, a filing made no request or two),
never because it was slow.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.burst import ADMIN, BurstResult, burst, echo_baseline, max_rss_mib, running_linli
from bench.intake import fill_form
from bot.models.people import Person, Role
from bot.models.requests import Request, RequestStatus
from bot.services import Services
from bot.updates import PerPersonUpdateProcessor
from sandbox.simulator import BotApiSimulator, SimEvent
from storage import bulk
from storage import community as community_repo
from storage.db import Database
from storage.migrations import _migrations

RESIDENT0 = 1_000_000  # tg ids of residents with a history
STAFF0 = 2_000_000  # tg ids of staff
FRESH0 = 3_000_000  # tg ids of residents who file in the burst (no history, so counts are exact)
HEAVY = 20  # residents with a long history
HEAVY_REQUESTS = 1_000
STAFF = 20
BUILDINGS = 40
OPEN = 3_000  # open requests in the full district (scaled down with it)
YEARS = 3
CATEGORIES = {
    "repairs": 24, "sanitation": 24, "neighbours": 48, "security": 4,
    "paperwork": 72, "elderly": 24, "other": 48,
}  # fmt: skip
OPEN_STATUSES = [RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.IN_PROGRESS]


def _people(residents: int, fresh: int, since: datetime) -> Iterator[Person]:
    """Residents with a history, staff, then the residents who will file in the burst."""
    tgs = [
        *((RESIDENT0 + n, Role.RESIDENT) for n in range(residents)),
        *((STAFF0 + n, Role.STAFF) for n in range(STAFF)),
        *((FRESH0 + n, Role.RESIDENT) for n in range(fresh)),
    ]
    for pid, (tg, role) in enumerate(tgs, 1):
        yield Person.model_construct(
            id=pid, tg_id=tg, name=f"Resident {tg}", building=str(pid % BUILDINGS + 1),
            unit=f"{pid % 30 + 1}-{pid % 6 + 1}01", phone=None, language=None,
            tg_language="zh-hans" if pid % 3 == 0 else "en", role=role, registered=True,
            unreachable=False, is_proxy=False, erased=False, created_at=since,
        )  # fmt: skip


def _requests(residents: int, count: int, now: datetime, rng: random.Random) -> Iterator[Request]:
    """`count` requests over the years, oldest first; the newest `open_count` still open."""
    span = timedelta(days=365 * YEARS).total_seconds()
    open_count = max(1, OPEN * count // 1_000_000)
    heavy_total = HEAVY * HEAVY_REQUESTS
    staff_ids = [residents + 1 + n for n in range(STAFF)]
    codes = list(CATEGORIES)
    for n in range(count):
        # The heavy residents (ids 1..HEAVY) file one request in ten until theirs are done.
        heavy = n % 10 == 0 and n // 10 < heavy_total
        resident = (n // 10) % HEAVY + 1 if heavy else rng.randint(HEAVY + 1, residents)
        created = now - timedelta(seconds=span * (count - n) / count)
        code = codes[n % len(codes)]
        due = created + timedelta(hours=CATEGORIES[code])
        is_open = n >= count - open_count
        owner = staff_ids[n % STAFF] if not is_open or n % 3 else None
        answered = created + timedelta(hours=rng.uniform(0.5, 30))
        yield Request.model_construct(
            id=n + 1, resident_id=resident, category=code,
            description=f"Request {n + 1}: the light in the hallway is out again",
            voice_file_id=None, latitude=None, longitude=None,
            status=OPEN_STATUSES[n % 3] if is_open and owner else (
                RequestStatus.NEW if is_open else RequestStatus.CLOSED
            ),
            owner_id=owner, handler_id=owner, created_at=created, due_at=due,
            first_response_at=None if is_open and n % 2 else answered,
            resolved_at=None if is_open else answered + timedelta(days=1),
            closed_at=None if is_open else answered + timedelta(days=8),
            escalated=False, rating=None if n % 4 else 5, referral=None,
        )  # fmt: skip


async def build(path: Path, residents: int, requests: int, fresh: int) -> float:
    """Write the district's database at `path` through the bulk paths; return the seconds."""
    t0 = time.perf_counter()
    now = datetime.now(UTC)
    db = Database(path)
    await db.connect()
    try:
        async with db.transaction() as conn:
            for n in range(1, BUILDINGS + 1):
                await community_repo.add_building(conn, str(n), f"grid {n % 4 + 1}")
            await bulk.add_people(conn, _people(residents, fresh, now - timedelta(days=1200)))
            await bulk.add_requests(conn, _requests(residents, requests, now, random.Random(7)))
    finally:
        await db.close()  # the last connection out folds the WAL into the file
    return time.perf_counter() - t0


async def district(residents: int, requests: int, fresh: int, work: Path) -> Path:
    """Return a working copy of the cached district database, building it when missing."""
    version = max(number for number, _, _ in _migrations())
    cache = Path(tempfile.gettempdir()) / "linli-bench-scale"
    cache.mkdir(exist_ok=True)
    cached = cache / f"district-{residents}-{requests}-{fresh}-v{version}.db"
    if cached.exists():
        print(f"database: cached at {cached}")
    else:
        partial = cached.with_suffix(".building")
        partial.unlink(missing_ok=True)
        took = await build(partial, residents, requests, fresh)
        partial.rename(cached)
        print(f"database: built in {took:.1f} s at {cached}")
    size = cached.stat().st_size / 2**20
    print(f"database: {residents:,} residents, {requests:,} requests, {size:,.0f} MiB")
    copy = work / "district.db"
    shutil.copyfile(cached, copy)
    return copy


def from_bot(event: SimEvent) -> bool:
    """Accept any new message from the bot: the answer the person was waiting for."""
    return event.kind == "new" and event.message is not None and event.message.from_bot


async def reads(sim: BotApiSimulator, people: list[int], command: str) -> BurstResult:
    """Send `command` from each person in turn, 0.1 s apart; time each answer."""
    return await burst(
        sim, people, lambda p: sim.send_text(p, command), from_bot, within=120,
        spread=0.1 * len(people), partial=True,
    )  # fmt: skip


async def timed(call: Callable[[], Awaitable[object]], times: int) -> list[float]:
    """Call a service `times` times in a row; return each call's seconds."""
    took = []
    for _ in range(times):
        t0 = time.perf_counter()
        await call()
        took.append(time.perf_counter() - t0)
        await asyncio.sleep(0.05)
    return took


def p95(values: list[float]) -> float:
    """Return the 95th percentile of `values` (infinite when empty)."""
    if not values:
        return float("inf")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def show(label: str, result: BurstResult, echo: BurstResult) -> None:
    """Print one read's figures and its p95 against the echo bot's."""
    ratio = result.percentile(95) / echo.percentile(95)
    print(
        f"  {label:<34} p50 {result.percentile(50) * 1000:7.1f} ms  p95 "
        f"{result.percentile(95) * 1000:7.1f} ms  ({ratio:.1f}x the echo bot's p95)"
        + (f"  MISSING {result.missing}" if result.missing else "")
    )


async def measure(services: Services, sim: BotApiSimulator, residents: int, burst_size: int) -> int:
    """Run every measurement on the running bot; return how many answers never came."""
    staff = [STAFF0 + n for n in range(STAFF)]
    heavy = [RESIDENT0 + n for n in range(HEAVY)]
    typical = [RESIDENT0 + HEAVY + n * (residents // 40) for n in range(20)]
    fresh = [FRESH0 + n for n in range(burst_size + 1)]
    for tg in (*staff, *heavy, *typical, *fresh):
        sim.add_user(tg, f"Person {tg}")
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    echo = await echo_baseline(sim.latency, 20, concurrency, spread=2.0)
    print("  " + echo.line("echo bot (/ping), 20 spread"))
    quiet = {
        "/queue (staff)": await reads(sim, staff, "/queue"),
        "/myrequests (1,000 requests)": await reads(sim, heavy, "/myrequests"),
        "/myrequests (about 10 requests)": await reads(sim, typical, "/myrequests"),
    }
    print("quiet:")
    for label, result in quiet.items():
        show(label, result, echo)
    for tg in fresh:  # each sees the main menu, as after any earlier visit
        await sim.send_text(tg, "/start")
    await asyncio.gather(*(sim.wait_for(tg, contains="Welcome back", timeout=60) for tg in fresh))
    one = fresh.pop()
    t0 = time.perf_counter()
    summary = await fill_form(sim, one)
    await sim.press(one, summary, "✅ Confirm")
    await sim.wait_for(one, contains="number is R-", timeout=60)
    print(
        f"  filing one request end to end: {time.perf_counter() - t0:.2f} s"
        " (six answers to one chat, at most one a second there)"
    )

    async def file(tg: int) -> None:
        summary = await fill_form(sim, tg, patience=30 + burst_size / 5)
        await sim.press(tg, summary, "✅ Confirm")
        await sim.wait_for(tg, contains="number is R-", timeout=60 + burst_size / 5)

    filing = asyncio.gather(*(file(tg) for tg in fresh))
    await asyncio.sleep(1.0)  # the burst is under way
    during = {
        "/queue (staff)": await reads(sim, staff, "/queue"),
        "/myrequests (1,000 requests)": await reads(sim, heavy, "/myrequests"),
    }
    queue_calls = await timed(lambda: services.desk.queue(staff[0]), 20)
    mine_calls = await timed(lambda: services.requests.mine(heavy[0], limit=20), 20)
    t0 = time.perf_counter()
    await filing
    print(f"during a burst of {burst_size} residents filing at once:")
    for label, result in during.items():
        show(label, result, echo)
    print(
        f"  services alone: desk.queue p50 {statistics.median(queue_calls) * 1000:.1f} ms, "
        f"p95 {p95(queue_calls) * 1000:.1f} ms; requests.mine p50 "
        f"{statistics.median(mine_calls) * 1000:.1f} ms, p95 {p95(mine_calls) * 1000:.1f} ms"
    )
    filed = [len(await services.requests.mine(tg)) for tg in fresh]
    wrong = sum(1 for n in filed if n != 1)
    print(
        f"  residents of the burst with exactly one request: {len(filed) - wrong} of {len(filed)}"
    )
    missing = sum(r.missing for r in (*quiet.values(), *during.values()))
    return missing + wrong


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 residents, 100,000 requests")
    parser.add_argument("--latency", type=float, default=0.01, help="simulated seconds per call")
    args = parser.parse_args()
    residents, requests, burst_size = (10_000, 100_000, 50) if args.quick else (100_000, 1_000_000, 200)  # fmt: skip
    rss0 = max_rss_mib()
    with tempfile.TemporaryDirectory() as tmp:
        db = await district(residents, requests, burst_size + 1, Path(tmp))
        t0 = time.perf_counter()
        async with running_linli(args.latency, db) as (sim, services):
            started = time.perf_counter() - t0
            print(f"start-up: {started:.2f} s to polling on the district's database")
            await services.people.touch(ADMIN, "Admin", "en")
            failures = await measure(services, sim, residents, burst_size)
    print(f"peak RSS: {max_rss_mib():.0f} MiB (started at {rss0:.0f} MiB)")
    if failures:
        raise SystemExit(f"FAILED: {failures} answers never came or filings went wrong")


if __name__ == "__main__":
    asyncio.run(main())
