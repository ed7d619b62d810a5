"""The outbox sender: delivers queued messages within Telegram's flood limits.

Why it paces itself: Telegram allows about 30 messages a second in all and about one a second
to one chat (20 a minute to a group); past that it answers 429 and may hold the bot for long.
So the sender keeps a rolling one-second window for the whole bot and a minimum gap per chat,
and when Telegram still says RetryAfter, all sending pauses for that long. Personal messages
are fetched before bulk ones, and a look at the queue is cut short as soon as new rows are
committed, so a personal message written during a long broadcast goes out next: a broadcast
never delays a resident's answer.

A row is marked sent only after Telegram accepted it; rows in flight when the bot dies are
put back to pending on start (at most those few can arrive twice).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from dataclasses import dataclass
from datetime import timedelta

from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.flood import SendLog
from bot.models import OutboxMessage
from bot.services import Services

log = logging.getLogger(__name__)
TELEGRAM_PER_SECOND = 28  # all counted calls in one second, with two to spare under ~30
CATCH_UP = 0.12  # seconds of missed slots the sender may send back to back


@dataclass(frozen=True)
class DeliveryLimits:
    """How fast the sender may go; tests and benchmarks pass their own."""

    per_second: float = 25.0
    private_gap: float = 1.0
    group_gap: float = 3.0
    max_attempts: int = 5
    batch: int = 100
    in_flight: int = 8
    idle_wait: float = 1.0

    @classmethod
    def for_rate(cls, per_second: float) -> DeliveryLimits:
        """Return the limits for LINLI_SEND_RATE: enough calls in flight to keep that pace
        with up to a quarter second of network latency per call."""
        return cls(per_second=per_second, in_flight=max(8, math.ceil(per_second / 4)))


def seconds_of(error: RetryAfter) -> float:
    """Return how long a RetryAfter asks to wait, in seconds."""
    pause = error.retry_after
    return pause.total_seconds() if isinstance(pause, timedelta) else float(pause)


def markup(message: OutboxMessage) -> InlineKeyboardMarkup | ForceReply | None:
    """Return the Telegram markup for a queued message's buttons."""
    if message.force_reply:
        return ForceReply(selective=True)
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.text, callback_data=b.data, url=b.url) for b in line]
            for line in message.buttons
        ]
    )


class OutboxSender:
    """A background task that drains the outbox; `wake()` is called after new rows commit."""

    def __init__(
        self, bot: Bot, services: Services, limits: DeliveryLimits, sends: SendLog | None = None
    ) -> None:
        self.bot = bot
        # Every counted call the bot makes, direct answers included (see bot/flood.py).
        self.sends = sends or SendLog()
        self.services = services
        self.limits = limits
        self._wake = asyncio.Event()
        # Set when someone committed new rows: the current look at the queue is stale.
        self._fresh = False
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._window: deque[float] = deque()
        self._busy_chats: set[int] = set()
        self._paused_until = 0.0
        self._next_slot = 0.0
        # All counted calls in a second stay under Telegram's ~30, whoever makes them.
        self._cap = max(limits.per_second, TELEGRAM_PER_SECOND)
        self._slots = asyncio.Semaphore(limits.in_flight)
        self._sending: set[asyncio.Task[None]] = set()

    @property
    def paused(self) -> bool:
        """Return True while Telegram's last RetryAfter holds all sending."""
        return time.monotonic() < self._paused_until

    def pause(self, seconds: float) -> None:
        """Hold all sending for `seconds` (Telegram answered RetryAfter to someone)."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def wake(self) -> None:
        """Tell the sender there is something new to send (called after rows commit)."""
        self._fresh = True
        self._wake.set()

    async def start(self) -> None:
        """Put back what was in flight at the last stop, then start draining."""
        requeued = await self.services.outbox.requeue_interrupted()
        if requeued:
            log.info("re-queued %d messages that were in flight at the last stop", requeued)
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="linli-outbox")

    async def stop(self) -> None:
        """Stop draining and wait for messages in flight."""
        if self._task is not None:
            self._stopping = True
            self._wake.set()
            self._task.cancel()
            await asyncio.wait([self._task])  # its CancelledError ends it, not our caller
            self._task = None
        if self._sending:
            await asyncio.gather(*self._sending, return_exceptions=True)

    async def _run(self) -> None:
        while not self._stopping:
            # Cleared before the look, not after: a wake that comes while we look (rows
            # committed just after our query) must not be lost, or they wait a whole idle_wait.
            self._wake.clear()
            try:
                waited = await self.drain_once()
            except Exception:
                log.exception("outbox sender round failed")
                waited = self.limits.idle_wait
            if waited > 0 and not self._wake.is_set():
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
                # cancel that lands as its timer fires, and stop() would then wait forever.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(waited):
                        await self._wake.wait()

    async def drain_once(self) -> float:
        """Hand every sendable due row to Telegram; return how long to wait before the next look."""
        self._fresh = False
        rows = await self.services.outbox.due(self.limits.batch)
        if not rows:
            return self.limits.idle_wait
        soonest = self.limits.idle_wait
        started = 0
        for row in rows:
            if self._fresh and started:
                return 0.0  # new rows (perhaps personal ones) may belong before the rest
            gap = self._chat_wait(row.chat_id)
            if gap > 0:
                soonest = min(soonest, gap)
                continue
            await self._take_turn()
            if self._fresh and row.priority > 0:
                self._window.pop()  # give the turn back to whatever was just queued
                self._next_slot -= 1.0 / self.limits.per_second
                return 0.0
            await self._slots.acquire()
            self._busy_chats.add(row.chat_id)
            self.sends.last[row.chat_id] = time.monotonic()
            await self.services.outbox.sending(row.id)
            task = asyncio.create_task(self._deliver(row))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)
            started += 1
        return 0.0 if started else soonest

    def _chat_wait(self, chat_id: int) -> float:
        if chat_id in self._busy_chats or self.sends.busy(chat_id):
            return 0.05
        gap = self.limits.group_gap if chat_id < 0 else self.limits.private_gap
        last = self.sends.last.get(chat_id)
        return 0.0 if last is None else max(0.0, last + gap - time.monotonic())

    async def _take_turn(self) -> None:
        """Wait for the next evenly spaced slot, room in the rolling window, and any pause.

        Even spacing (1/rate apart) keeps the window from filling in one burst and then
        standing still: a personal message queued meanwhile waits one slot, not a second.
        """
        gap = 1.0 / self.limits.per_second
        while True:
            now = time.monotonic()
            if now < self._paused_until:
                await asyncio.sleep(self._paused_until - now)
                continue
            # Lateness up to CATCH_UP is made good (a few slots at once); beyond it, not owed.
            slot = max(self._next_slot, now - max(gap, CATCH_UP))
            if slot > now:
                await asyncio.sleep(slot - now)
                continue
            while self._window and self._window[0] <= now - 1.0:
                self._window.popleft()
            everything = self.sends.in_last_second(now)
            if len(self._window) < self.limits.per_second and everything < self._cap:
                self._window.append(now)
                self._next_slot = slot + gap
                return
            oldest = min(
                self._window[0] if self._window else now,
                self.sends.stamps[0] if self.sends.stamps else now,
            )
            await asyncio.sleep(max(oldest + 1.0 - now, gap / 4))

    async def _deliver(self, row: OutboxMessage) -> None:
        try:
            sent = await self._send(row)
            await self.services.outbox.sent(row.id, sent.message_id)
        except RetryAfter as exc:
            seconds = seconds_of(exc)
            self.pause(seconds)
            log.warning("Telegram asked to wait %.1f s; all sending paused", seconds)
            # The global pause does the waiting; the row is due again at once.
            await self._retry(row, 0.0, str(exc), count=False)
        except Forbidden as exc:
            await self.services.outbox.failed(row.id, str(exc), blocked_chat=row.chat_id)
        except BadRequest as exc:
            log.error("outbox #%d to %d refused: %s", row.id, row.chat_id, exc)
            await self.services.outbox.failed(row.id, str(exc))
        except (NetworkError, TelegramError) as exc:
            if row.attempts + 1 >= self.limits.max_attempts:
                await self.services.outbox.failed(row.id, str(exc))
            else:
                await self._retry(row, 2.0 ** (row.attempts + 1), str(exc), count=True)
        finally:
            self._busy_chats.discard(row.chat_id)
            self._slots.release()
            self._wake.set()

    async def _retry(self, row: OutboxMessage, seconds: float, error: str, *, count: bool) -> None:
        when = self.services.env.clock.now() + timedelta(seconds=seconds)
        await self.services.outbox.retry(row.id, when, error, count=count)

    async def _send(self, row: OutboxMessage) -> Message:
        reply_markup = markup(row)
        if row.photo:
            return await self.bot.send_photo(
                row.chat_id, row.photo, caption=row.text, reply_markup=reply_markup
            )
        if row.voice:
            return await self.bot.send_voice(
                row.chat_id, row.voice, caption=row.text, reply_markup=reply_markup
            )
        if row.document:
            return await self.bot.send_document(
                row.chat_id, row.document, caption=row.text, reply_markup=reply_markup
            )
        return await self.bot.send_message(row.chat_id, row.text, reply_markup=reply_markup)
