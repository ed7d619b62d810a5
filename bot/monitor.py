"""What the health check and the metrics read: the counters, and when things last worked.

One `Monitor` per application (its own Prometheus registry, so two bots in one process, as
in the tests, never share a counter). The pacing, the sender, the tick and the update
processor write to it; `bot/health.py` serves it. `verdict` is the one rule that says when
Linli is stuck: the due-work tick has not run for a few of its intervals, or the oldest
message due in the outbox has waited past a limit while no Telegram call succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from prometheus_client import CollectorRegistry, Counter, Gauge

from bot.clock import Clock

STALE_TICKS = 3  # the tick is stuck when it has not run for this many intervals
MIN_STALE_TICK = 10.0  # seconds: a short test interval must not flap on a busy machine
STALE_OUTBOX = 300.0  # seconds a due message may wait while no Telegram call succeeds


class Monitor:
    """The application's counters and the times of its last tick and last Telegram success."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.started = clock.now()
        self.last_tick: datetime | None = None
        self.last_telegram_ok: datetime | None = None
        self.registry = CollectorRegistry()
        r = self.registry
        self.updates = Counter("linli_updates_handled", "Updates from Telegram handled", registry=r)
        self.answers = Counter(
            "linli_answers", "Direct answers to the person acting, by result", ["result"],
            registry=r,
        )  # fmt: skip
        self.sends = Counter(
            "linli_outbox_sends", "Outbox messages handed to Telegram, by result", ["result"],
            registry=r,
        )  # fmt: skip
        self.retry_after = Counter(
            "linli_telegram_retry_after", "Calls Telegram answered with 429 (RetryAfter)",
            registry=r,
        )  # fmt: skip
        self.backlog = Gauge("linli_outbox_backlog", "Outbox messages due or in flight", registry=r)
        self.oldest = Gauge(
            "linli_outbox_oldest_due_seconds", "How long the oldest due message has waited",
            registry=r,
        )  # fmt: skip
        self.tick_age = Gauge(
            "linli_due_tick_age_seconds", "Seconds since the due-work tick last ran", registry=r
        )

    def ticked(self) -> None:
        """Note that the due-work tick ran."""
        self.last_tick = self.clock.now()

    def telegram_ok(self) -> None:
        """Note that a Telegram call succeeded."""
        self.last_telegram_ok = self.clock.now()

    def handled(self) -> None:
        """Count an update handled."""
        self.updates.inc()


@dataclass(frozen=True)
class Health:
    """One look at the bot's health, as /healthz shows it."""

    now: datetime
    last_tick: datetime | None
    tick_age: float
    backlog: int
    oldest_due: datetime | None
    last_telegram_ok: datetime | None

    @property
    def oldest_age(self) -> float | None:
        """Return how long the oldest due message has waited, in seconds."""
        if self.oldest_due is None:
            return None
        return max(0.0, (self.now - self.oldest_due).total_seconds())


def look(monitor: Monitor, backlog: int, oldest_due: datetime | None) -> Health:
    """Return the bot's health now, from the monitor and the outbox's backlog."""
    now = monitor.clock.now()
    since = monitor.last_tick or monitor.started
    return Health(
        now=now,
        last_tick=monitor.last_tick,
        tick_age=max(0.0, (now - since).total_seconds()),
        backlog=backlog,
        oldest_due=oldest_due,
        last_telegram_ok=monitor.last_telegram_ok,
    )


def verdict(health: Health, tick_seconds: float, stale_outbox: float = STALE_OUTBOX) -> list[str]:
    """Return what is stuck (empty when healthy): the tick, or the sender."""
    problems = []
    stale_tick = max(STALE_TICKS * tick_seconds, MIN_STALE_TICK)
    if health.tick_age > stale_tick:
        problems.append(f"the due-work tick has not run for {health.tick_age:.0f} s")
    age = health.oldest_age
    if age is not None and age > stale_outbox:
        last_ok = health.last_telegram_ok
        if last_ok is None or health.now - last_ok > timedelta(seconds=stale_outbox):
            problems.append(
                f"the oldest due message has waited {age:.0f} s with no Telegram call succeeding"
            )
    return problems
