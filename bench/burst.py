"""Shared by the benchmarks: a bare PTB echo bot as the baseline, and burst measurement.

A burst is many people acting at the same moment; what we measure is when each of them saw
the bot's answer in their chat, as the simulator recorded it. Both the baseline and Linli
run in this one process against a simulator with the same network latency, so the ratio of
their rates holds on a noisy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import resource
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.app import build_application
from bot.config import Settings
from bot.delivery import DeliveryLimits
from bot.flood import PacedLimiter, Pacer
from bot.lifecycle import start_polling, stop_polling
from bot.models.outbox import OutboxStatus
from bot.services import Services
from sandbox.simulator import BotApiSimulator, SimEvent

TOKEN = "123456:BENCH"
ADMIN = 900_000


@contextlib.asynccontextmanager
async def running_linli(
    latency: float, db: Path, limits: DeliveryLimits | None = None
) -> AsyncIterator[tuple[BotApiSimulator, Services]]:
    """Run the real bot (with ADMIN as its admin) on `db`, polling a simulator with `latency`."""
    async with BotApiSimulator(token=TOKEN, latency=latency) as sim:
        sim.add_user(ADMIN, "Admin")
        settings = Settings(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=sim.base_url,
            LINLI_DB=db,
            LINLI_ADMINS=str(ADMIN),
        )
        app = build_application(settings, limits=limits or DeliveryLimits(private_gap=1.0))
        await start_polling(app)
        try:
            services = app.bot_data.services
            assert services is not None
            yield sim, services
        finally:
            await stop_polling(app)


@dataclass
class BurstResult:
    """How a burst of people was answered."""

    people: int
    seconds: float
    waits: list[float]
    missing: int = 0  # people who saw no answer in time (only when the burst allows it)

    @property
    def rate(self) -> float:
        """Answers per second, from the first press to the last answer."""
        return self.people / self.seconds if self.seconds > 0 else float("inf")

    def percentile(self, p: float) -> float:
        """Return the p-th percentile wait in seconds (infinite when nobody was answered)."""
        ordered = sorted(self.waits)
        if not ordered:
            return float("inf")
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def line(self, label: str) -> str:
        """Return one printable line of figures."""
        return (
            f"{label:<28} {self.people:>6} people  {self.rate:>8.1f} answers/s  "
            f"p50 {self.percentile(50) * 1000:>7.1f} ms  p99 {self.percentile(99) * 1000:>7.1f} ms  "
            f"max {self.percentile(100) * 1000:>7.1f} ms  "
            f"mean {statistics.fmean(self.waits or [float('inf')]) * 1000:>7.1f} ms"
        )


async def burst(
    sim: BotApiSimulator,
    people: list[int],
    act: Callable[[int], Awaitable[object]],
    answered: Callable[[SimEvent], bool],
    within: float = 120.0,
    spread: float = 0.0,
    partial: bool = False,
) -> BurstResult:
    """Let every person act at once (or evenly within `spread` seconds); wait until each saw
    an answer that `answered` accepts.

    After `within` seconds a burst gives up: it raises, or with `partial` it returns the
    figures of those answered and counts the others as missing.
    """
    started: dict[int, float] = {}
    done: dict[int, float] = {}
    finished = asyncio.Event()
    wanted = set(people)

    def watch(event: SimEvent) -> None:
        chat = event.chat_id
        if chat in wanted and chat not in done and chat in started and answered(event):
            done[chat] = time.perf_counter()
            if len(done) == len(wanted):
                finished.set()

    unsubscribe = sim.subscribe(watch)
    try:
        t0 = time.perf_counter()
        gap = spread / len(people) if people else 0.0
        for n, person in enumerate(people):
            ahead = t0 + n * gap - time.perf_counter()
            if ahead > 0:
                await asyncio.sleep(ahead)
            started[person] = time.perf_counter()
            await act(person)
        try:
            await asyncio.wait_for(finished.wait(), within)
        except TimeoutError:
            if not partial:
                raise
    finally:
        unsubscribe()
    waits = [done[p] - started[p] for p in people if p in done]
    last = max(done.values(), default=time.perf_counter())
    return BurstResult(len(people), last - t0, waits, missing=len(people) - len(done))


async def _pong(update: Update, context: ContextTypes.DEFAULT_TYPE, calls: int = 1) -> None:
    assert update.effective_chat is not None
    for _ in range(calls - 1):
        await context.bot.send_message(update.effective_chat.id, "…")
    await context.bot.send_message(update.effective_chat.id, "pong")


async def echo_baseline(
    latency: float, people: int, concurrency: int, spread: float = 0.0, *, calls: int = 0
) -> BurstResult:
    """Run a bare python-telegram-bot echo bot and measure a burst of /ping.

    With `calls`, the echo bot makes that many counted calls per /ping (the last one is the
    answer timed) and keeps to Telegram's limits through the same pacing as Linli: the
    baseline for a burst that Telegram's 30 messages a second, not the bot, bounds.
    """
    async with BotApiSimulator(token=TOKEN, latency=latency) as sim:
        ids = list(range(500_000, 500_000 + people))
        for i in ids:
            sim.add_user(i, f"Person {i}")
        builder = (
            Application.builder()
            .token(TOKEN)
            .base_url(sim.base_url)
            .base_file_url(sim.base_file_url)
            .concurrent_updates(concurrency)
        )
        if calls:
            pacing = DeliveryLimits(private_gap=1.0).pace()
            builder = builder.rate_limiter(PacedLimiter(Pacer(pacing)))  # type: ignore[arg-type]  # typed by the first
        app = builder.build()
        app.add_handler(CommandHandler("ping", partial(_pong, calls=max(1, calls))))
        await app.initialize()
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            return await burst(
                sim,
                ids,
                lambda i: sim.send_text(i, "/ping"),
                lambda e: (
                    e.kind == "new"
                    and e.message is not None
                    and e.message.from_bot
                    and e.message.content == "pong"
                ),
                spread=spread,
            )
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


@dataclass
class Round:
    """One echo burst and one Linli burst run one after the other, and what Linli settled."""

    echo: BurstResult
    linli: BurstResult
    settled: int  # places confirmed, slots taken, wishes claimed
    correct: bool  # the round settled exactly what it must

    @property
    def ratio(self) -> float:
        """Return Linli's answer rate as a share of the echo bot's."""
        return self.linli.rate / self.echo.rate


def add_round_options(parser: argparse.ArgumentParser) -> None:
    """Add the options every press-burst benchmark shares."""
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--spread", type=float, default=1.0, help="seconds the presses span")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the median is the figure")


def print_rounds(rounds: list[Round], action: str, settled: str, target: str = "") -> None:
    """Print each round, the median round's figures, and what each round settled.

    Rounds alternate with the baseline, so a neighbour using the machine for a moment
    disturbs one round, not one side; the median round is the figure.
    """
    for n, r in enumerate(rounds, 1):
        print(f"round {n}: ratio {r.ratio:.2f}")
        print("  " + r.echo.line("echo bot (/ping)"))
        print("  " + r.linli.line(f"linli ({action} -> answer)"))
    median = sorted(rounds, key=lambda r: r.ratio)[len(rounds) // 2]
    print(f"median round: ratio to echo bot {median.ratio:.2f}{target}")
    print(
        f"  linli answered {median.linli.rate:.1f}/s; p50 {median.linli.percentile(50) * 1000:.0f} ms"
        f", p99 {median.linli.percentile(99) * 1000:.0f} ms"
    )
    print(f"{settled} in each round: {[r.settled for r in rounds]} (must be equal)")


async def drained(services: Services, within: float = 120.0) -> None:
    """Wait until the outbox has sent everything queued (at Telegram's pace)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        counts = await services.outbox.counts()
        if not counts.get(OutboxStatus.PENDING) and not counts.get(OutboxStatus.SENDING):
            return
        await asyncio.sleep(0.5)


def max_rss_mib() -> float:
    """Return the process's peak resident memory in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
