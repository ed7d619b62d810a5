"""A broadcast at the full speed Telegram allows, residents tapping meanwhile, and a crash.

    python bench/broadcast.py            # 10,000 recipients; 100,000 queued
    python bench/broadcast.py --quick    # 500 recipients; 20,000 queued: under a minute (CI)

Runs the real bot (real Application, SQLite file, outbox sender) against the Bot API simulator
with 50 ms latency per call and Telegram's flood limits enforced as strict rolling windows
(30 a second in all, 1 a second per chat): any 429 the bot provokes is counted.

1. Queueing: a notice to N people is written as outbox rows in one transaction; the baseline
   is a bare executemany of as many ready-made rows into a copy of the outbox table (same
   columns, same indexes), in this process.
2. Sending: a notice to the recipients at LINLI_SEND_RATE; the floor is recipients / rate.
   Meanwhile residents outside the audience tap "My requests" (answered directly) and others
   get personal notifications through the outbox; we time both.
3. Crash: the bot runs as its own process (`python -m bot`), is killed with SIGKILL half way
   through a notice and started again; we count who never got it and who got it twice,
   against the rows that were in flight at the kill.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.burst import TOKEN, BurstResult, burst, max_rss_mib
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.delivery import DeliveryLimits
from bot.lifecycle import start_polling, stop_polling
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from bot.models.outbox import OutboxStatus
from bot.models.people import Role
from bot.services import Services, build_services
from sandbox.simulator import BotApiSimulator, FloodLimits, SimEvent
from storage import people as people_repo
from storage.db import Database

ADMIN = 900_000
FIRST = 100_000
TAPPERS = 200_000
NOTIFIED = 300_000
ROOT = Path(__file__).resolve().parent.parent


def settings_for(db: Path, base_url: str, rate: float) -> Settings:
    """Return the bot's settings for one run."""
    return Settings(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=base_url,
        LINLI_DB=db,
        LINLI_ADMINS=str(ADMIN),
        LINLI_SEND_RATE=rate,
    )


async def add_people(db: Database, ids: list[int], building: str) -> None:
    """Register residents straight through the repository, in one transaction (setup only)."""
    now = SystemClock().now()
    async with db.transaction() as conn:
        for tg in ids:
            await people_repo.insert(
                conn, tg_id=tg, name=f"Resident {tg}", now=now, tg_language="en",
                role=Role.RESIDENT, building=building, unit="1-101", registered=True,
            )  # fmt: skip


def notice(text: str) -> NoticeSpec:
    """Return a notice to building 1 (urgent, so quiet hours never hold the run)."""
    return NoticeSpec(
        text=text, kind=NoticeKind.URGENT, audience=NoticeAudience.BUILDINGS, targets=["1"]
    )


async def bare_insert(db: Database, count: int) -> float:
    """Time a bare executemany of `count` ready-made rows into a copy of the outbox table
    (one row for each of the first `count` people, as their foreign key needs).

    The copy has the outbox's own columns and indexes (read from sqlite_master), so the
    baseline pays what SQLite pays for each row, and the ratio is what Linli adds: finding
    the recipients, rendering the notice once per language, building the rows in chunks.
    """
    async with db.transaction() as conn:
        async with conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'outbox' AND sql IS NOT NULL"
        ) as cur:
            schema = [row[0] for row in await cur.fetchall()]
        for statement in schema:
            await conn.execute(
                statement.replace("outbox", "bare_outbox").replace("bare_outbox(", "bare_outbox (")
            )
        async with conn.execute("SELECT id, tg_id FROM people LIMIT ?", (count,)) as cur:
            people = [tuple(row) for row in await cur.fetchall()]
        rows = [
            (tg, "Water cut", None, None, None, None, 0, 2, "2026-01-01", pid, "bc:1", None, "x")
            for pid, tg in people
        ]
        t0 = time.perf_counter()
        await conn.executemany(
            "INSERT INTO bare_outbox (chat_id, text, buttons, photo, voice, document,"
            " force_reply, priority, next_attempt_at, person_id, ref, broadcast_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return time.perf_counter() - t0


async def queue_figures(count: int, folder: Path) -> None:
    """Time writing a notice's `count` outbox rows against a bare executemany."""
    db = Database(folder / "queue.db")
    await db.connect()
    try:
        services = build_services(db, SystemClock(), settings_for(folder / "q.db", "http://x", 25))
        await services.people.touch(ADMIN, "Admin", "en")
        await add_people(db, list(range(FIRST, FIRST + count)), "1")
        t0 = time.perf_counter()
        queued = await services.broadcasts.send_now(ADMIN, notice("Water cut"), source_key="q")
        linli = time.perf_counter() - t0
        bare = await bare_insert(db, count)
    finally:
        await db.close()
    print(
        f"queue: {queued.recipients:,} recipients as outbox rows in {linli:.2f} s "
        f"({queued.recipients / linli:,.0f} rows/s); bare executemany into the outbox's schema "
        f"{bare:.2f} s; "
        f"ratio {linli / bare:.1f}x"
    )


async def until(check: Callable[[], bool], within: float) -> None:
    """Wait until `check()` holds, or give up after `within` seconds."""
    deadline = time.perf_counter() + within
    while time.perf_counter() < deadline:
        if check():
            return
        await asyncio.sleep(0.05)


def delivered(sim: BotApiSimulator, chats: set[int]) -> Callable[[], Counter[int]]:
    """Return a counter of notices each chat got, filled as the simulator records them."""
    got: Counter[int] = Counter()

    def watch(event: SimEvent) -> None:
        message = event.message
        mine = event.kind == "new" and message is not None and message.from_bot
        if mine and event.chat_id in chats and message is not None and "Water" in message.content:
            got[event.chat_id] += 1

    sim.subscribe(watch)
    return lambda: got


async def personal_waits(services: Services, sim: BotApiSimulator, ids: list[int]) -> BurstResult:
    """Queue one personal notification for each person, 0.5 s apart; time its arrival."""

    async def notify(tg: int) -> None:
        person = await services.people.get(tg)
        async with services.env.db.transaction() as conn:
            await services.env.notify(conn, person, "notice-unmuted")

    return await burst(
        sim, ids, notify, lambda e: e.kind == "new" and e.message is not None
        and e.message.from_bot, spread=0.5 * len(ids),
    )  # fmt: skip


async def sending_figures(count: int, rate: float, taps: int, folder: Path) -> None:
    """Send a notice to `count` people at `rate`; residents tap and get notified meanwhile."""
    async with BotApiSimulator(token=TOKEN, latency=0.05, flood_limits=FloodLimits()) as sim:
        sim.add_user(ADMIN, "Admin")
        recipients = list(range(FIRST, FIRST + count))
        tappers = list(range(TAPPERS, TAPPERS + taps))
        notified = list(range(NOTIFIED, NOTIFIED + taps))
        for tg in (*recipients, *tappers, *notified):
            sim.add_user(tg, f"Resident {tg}")
        settings = settings_for(folder / "send.db", sim.base_url, rate)
        app = build_application(settings, limits=DeliveryLimits.for_rate(rate))
        await start_polling(app)
        try:
            services = app.bot_data.services
            assert services is not None
            await services.people.touch(ADMIN, "Admin", "en")
            db = services.env.db
            await add_people(db, recipients, "1")
            await add_people(db, tappers, "2")
            await add_people(db, notified, "3")
            got = delivered(sim, set(recipients))
            t0 = time.perf_counter()
            await services.broadcasts.send_now(ADMIN, notice("Water is cut"), source_key="s")
            spread = min(count / rate * 0.8, taps * 0.5)
            tapping = burst(
                sim, tappers, lambda tg: sim.send_text(tg, "📋 My requests"),
                lambda e: e.kind == "new" and e.message is not None and e.message.from_bot,
                spread=spread,
            )  # fmt: skip
            tapped, personal = await asyncio.gather(
                tapping, personal_waits(services, sim, notified)
            )
            await until(lambda: len(got()) >= count, count / rate * 3 + 30)
            took = time.perf_counter() - t0
        finally:
            await stop_polling(app)
    # The personal messages take slots of the same pace, as they should; the floor is every
    # outbox row the sender had to send in that time, so the sender's own speed shows.
    floor = (count + len(notified)) / rate
    print(
        f"send: {len(got()):,} of {count:,} recipients at LINLI_SEND_RATE={rate:g} in {took:.1f} s,"
        f" {len(notified)} personal messages meanwhile; floor {floor:.1f} s;"
        f" speed {floor / took:.2f} of the floor (target >= 0.97)"
    )
    print(f"send: the notice alone would give {count / rate / took:.2f} of its own floor")
    print(f"send: Telegram answered 429 {sim.stats.too_many_requests} times (target 0)")
    print("  " + tapped.line("taps during the notice"))
    print("  " + personal.line("personal outbox messages"))
    print(f"  p99 tap wait {tapped.percentile(99):.2f} s (target <= 1.0 s)")


async def crash_figures(count: int, rate: float, folder: Path) -> None:
    """Kill the bot process with SIGKILL half way through a notice; start it again; count."""
    db_path = folder / "crash.db"
    async with BotApiSimulator(token=TOKEN, latency=0.05, flood_limits=FloodLimits()) as sim:
        recipients = list(range(FIRST, FIRST + count))
        for tg in recipients:
            sim.add_user(tg, f"Resident {tg}")
        db = Database(db_path)
        await db.connect()
        services = build_services(db, SystemClock(), settings_for(db_path, sim.base_url, rate))
        await services.people.touch(ADMIN, "Admin", "en")
        await add_people(db, recipients, "1")
        await services.broadcasts.send_now(ADMIN, notice("Water is cut"), source_key="c")
        got = delivered(sim, set(recipients))
        env = {
            **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": sim.base_url,
            "LINLI_DB": str(db_path), "LINLI_SEND_RATE": str(rate), "LINLI_ADMINS": str(ADMIN),
        }  # fmt: skip
        run = [sys.executable, "-m", "bot", "run"]
        first = await asyncio.create_subprocess_exec(
            *run, cwd=ROOT, env=env, stderr=asyncio.subprocess.DEVNULL
        )
        await until(lambda: sum(got().values()) >= count // 2, count / rate * 3 + 60)
        os.kill(first.pid, signal.SIGKILL)
        await first.wait()
        at_kill = sum(got().values())
        in_flight = (await services.outbox.counts()).get(OutboxStatus.SENDING, 0)
        second = await asyncio.create_subprocess_exec(
            *run, cwd=ROOT, env=env, stderr=asyncio.subprocess.DEVNULL
        )
        await until(lambda: len(got()) >= count, count / rate * 3 + 60)
        await asyncio.sleep(2.0)  # anything sent twice arrives by now
        second.send_signal(signal.SIGINT)
        await second.wait()
        await db.close()
    missed = count - len(got())
    twice = sum(n - 1 for n in got().values() if n > 1)
    print(
        f"crash: SIGKILL after {at_kill:,} of {count:,} deliveries, {in_flight} in flight; "
        f"after restart: missed {missed} (target 0), delivered twice {twice} "
        f"(target <= {in_flight})"
    )
    if missed or twice > in_flight:
        raise SystemExit(
            "FAILED: after a crash nobody may miss the notice, and only rows in flight may repeat"
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run, under a minute")
    parser.add_argument("--rate", type=float, default=25.0, help="LINLI_SEND_RATE")
    args = parser.parse_args()
    count = 500 if args.quick else 10_000
    queued = 20_000 if args.quick else 100_000
    taps = 20 if args.quick else 100
    print(
        f"broadcast: latency 50 ms, flood limits 30/s in all and 1/s per chat, rate {args.rate:g}/s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        await queue_figures(queued, Path(tmp))
        await sending_figures(count, args.rate, taps, Path(tmp))
        await crash_figures(count // 2 if args.quick else count, args.rate, Path(tmp))
    print(f"peak RSS: {max_rss_mib():.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
