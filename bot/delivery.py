"""The outbox sender: delivers queued messages within Telegram's flood limits.

The pacing itself lives in `bot/flood.py`, shared with every direct answer: the sender hands
each row to the pacer in the PERSONAL or BULK lane and the pacer lets it go when the second,
the outbox's own rate and the chat's gap allow, after the answers waiting. So the sender only
chooses which rows to hand over: personal rows before bulk ones, never two to one chat at
once, and a look at the queue is cut short as soon as new rows are committed, so a personal
message written during a long broadcast goes out next.

A row is marked sent only after Telegram accepted it; rows in flight when the bot dies are
put back to pending on start (at most those few can arrive twice). When Telegram says
RetryAfter anyway, the pacer holds every call for that long and the row is due again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.flood import TELEGRAM_PER_SECOND, Lane, Pace, Pacer, seconds_of
from bot.models.outbox import OutboxMessage, Priority
from bot.monitor import Monitor
from bot.services import Services

log = logging.getLogger(__name__)
RECORD_TRIES = 3  # writing a row's outcome is tried this often before it is left to a restart
RECORD_PAUSE = 0.5  # seconds between those tries


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

    def pace(self) -> Pace:
        """Return the pacing of all calls: the outbox at its rate, everything under Telegram's
        ~30 a second (or the outbox's rate, when paid broadcasts allow more)."""
        return Pace(
            per_second=max(self.per_second, TELEGRAM_PER_SECOND),
            outbox_per_second=self.per_second,
            private_gap=self.private_gap,
            group_gap=self.group_gap,
        )


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
        self,
        bot: ExtBot[Any],
        services: Services,
        limits: DeliveryLimits,
        pacer: Pacer | None = None,
        monitor: Monitor | None = None,
    ) -> None:
        self.bot = bot
        self.monitor = monitor
        # The one pacing of every counted call, direct answers included (see bot/flood.py).
        self.pacer = pacer or Pacer(limits.pace())
        self.services = services
        self.limits = limits
        self._wake = asyncio.Event()
        # Set when someone committed new rows: the current look at the queue is stale.
        self._fresh = False
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._busy_chats: set[int] = set()
        self._slots = asyncio.Semaphore(limits.in_flight)
        self._sending: set[asyncio.Task[None]] = set()

    @property
    def paused(self) -> bool:
        """Return True while Telegram's last RetryAfter holds all sending."""
        return self.pacer.paused

    def pause(self, seconds: float) -> None:
        """Hold all sending for `seconds` (Telegram answered RetryAfter to someone)."""
        self.pacer.pause(seconds)

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
        """Hand every sendable due row to the pacer; return how long to wait before the next look."""
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
            await self._slots.acquire()
            if self._fresh and row.priority > Priority.PERSONAL:
                self._slots.release()  # whatever was just queued may belong before this row
                return 0.0
            self._busy_chats.add(row.chat_id)
            await self.services.outbox.sending(row.id)
            task = asyncio.create_task(self._deliver(row))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)
            started += 1
        return 0.0 if started else soonest

    def _chat_wait(self, chat_id: int) -> float:
        if chat_id in self._busy_chats:
            return 0.05
        return self.pacer.chat_wait(chat_id)

    async def _deliver(self, row: OutboxMessage) -> None:
        try:
            await self._attempt(row)
        finally:
            self._busy_chats.discard(row.chat_id)
            self._slots.release()
            self._wake.set()

    async def _attempt(self, row: OutboxMessage) -> None:
        """Send one row and write down what became of it; nothing escapes this task."""
        outbox = self.services.outbox
        write: Callable[[], Awaitable[None]]
        result = "sent"
        try:
            sent = await self._send(row)
            write = partial(outbox.sent, row.id, sent.message_id)
        except RetryAfter as exc:
            result = "retry_after"
            log.warning("Telegram asked to wait %.1f s; all sending paused", seconds_of(exc))
            # The pacer's pause does the waiting; the row is due again at once.
            write = partial(self._retry, row, 0.0, str(exc), count=False)
        except Forbidden as exc:
            result = "unreachable"
            log.info("chat %d blocked the bot: its person is marked unreachable", row.chat_id)
            write = partial(outbox.failed, row.id, str(exc), blocked_chat=row.chat_id)
        except BadRequest as exc:
            result = "refused"
            log.error("outbox #%d to %d refused: %s", row.id, row.chat_id, exc)
            write = partial(outbox.failed, row.id, str(exc))
        except (NetworkError, TelegramError, ValueError) as exc:
            result = "error"
            if row.attempts + 1 >= self.limits.max_attempts:
                write = partial(outbox.failed, row.id, str(exc))
            else:
                backoff = 2.0 ** (row.attempts + 1)
                write = partial(self._retry, row, backoff, str(exc), count=True)
        if self.monitor is not None:
            self.monitor.sends.labels(result).inc()
        await self._record(row, write)

    async def _record(self, row: OutboxMessage, write: Callable[[], Awaitable[None]]) -> None:
        """Write a row's outcome, trying again while the database fails for a moment; if it
        keeps failing, put the row back to pending so that it is sent again, not stuck.

        A row sent but not marked so may then arrive twice: better than never. If even that
        fails, the row stays "sending" and the next start puts it back.
        """
        for attempt in range(RECORD_TRIES):
            try:
                await write()
                return
            except Exception as exc:
                error = exc
            if attempt < RECORD_TRIES - 1:
                await asyncio.sleep(RECORD_PAUSE)
        log.error("outbox #%d: could not write what became of it (%s); put back", row.id, error)
        try:
            await self._retry(row, 5.0, f"not recorded: {error}", count=True)
        except Exception:
            log.exception("outbox #%d stays in flight until the next start", row.id)

    async def _retry(self, row: OutboxMessage, seconds: float, error: str, *, count: bool) -> None:
        when = self.services.env.clock.now() + timedelta(seconds=seconds)
        await self.services.outbox.retry(row.id, when, error, count=count)

    async def _send(self, row: OutboxMessage) -> Message:
        reply_markup = markup(row)
        lane = Lane.PERSONAL if row.priority <= Priority.PERSONAL else Lane.BULK
        # A reply to a card deleted meanwhile is still sent, just not as a reply.
        where: dict[str, Any] = {"message_thread_id": row.thread_id}
        if row.reply_to is not None:
            where["reply_parameters"] = ReplyParameters(
                row.reply_to, allow_sending_without_reply=True
            )
        if row.photo:
            return await self.bot.send_photo(
                row.chat_id, row.photo, caption=row.text, reply_markup=reply_markup,
                rate_limit_args=lane, **where,
            )  # fmt: skip
        if row.voice:
            return await self.bot.send_voice(
                row.chat_id, row.voice, caption=row.text, reply_markup=reply_markup,
                rate_limit_args=lane, **where,
            )  # fmt: skip
        if row.document:
            return await self.bot.send_document(
                row.chat_id, row.document, caption=row.text, reply_markup=reply_markup,
                rate_limit_args=lane, **where,
            )  # fmt: skip
        return await self.bot.send_message(
            row.chat_id, row.text, reply_markup=reply_markup, rate_limit_args=lane, **where
        )
