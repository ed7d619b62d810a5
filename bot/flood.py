"""The one pacing every counted Bot API call goes through: answers, edits and the outbox.

Telegram allows about 30 messages a second in all and about one a second to one chat (20 a
minute to a group); past that it answers 429 (RetryAfter) and the message is not sent. A
handler's answer, an edit of a card and an outbox row all count against the same limits, so
they all wait in one queue here, in three lanes:

- ANSWER: the reply to the person who just acted. A call made with no lane named is one.
- PERSONAL: edits made by jobs and personal outbox rows (a reply from staff, a reminder).
- BULK: broadcast rows (notices, announcements).

When there is room in the second, a waiting call of the best lane whose chat is free goes:
among answers, the one to the chat served longest ago (so one person's press is not queued
behind a crowd's next steps); among outbox rows, the first. A call counts from the moment
it leaves until one second after its answer is back: Telegram saw it somewhere in between, so a busy machine can never fit more into Telegram's
second than this count admits. Outbox rows are also spread evenly at the configured send
rate, so a broadcast never fills the second in one burst and an answer waits one slot at most.

An answer that meets a RetryAfter anyway is not lost: all calls pause for as long as
Telegram asked, and the answer goes again, for up to `answer_patience` seconds; after that
it is given up and logged once. Outbox rows are not retried here: the sender puts the row
back in the queue, where it survives a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.monitor import Monitor

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]
_LIMITED_EXTRA = {"copyMessage", "copyMessages", "forwardMessage", "forwardMessages"}
TELEGRAM_PER_SECOND = 28  # all counted calls in one second, with two to spare under ~30
CATCH_UP = 0.12  # seconds of missed outbox slots that may be sent back to back


class Lane(IntEnum):
    """Which calls go first when the second's budget is short: lower first."""

    ANSWER = 0
    PERSONAL = 1
    BULK = 2


def is_counted(endpoint: str) -> bool:
    """Tell whether Telegram counts a call against its flood limits."""
    if endpoint == "sendChatAction":
        return False
    return endpoint.startswith(("send", "edit")) or endpoint in _LIMITED_EXTRA


def seconds_of(error: RetryAfter) -> float:
    """Return how long a RetryAfter asks to wait, in seconds."""
    pause = error.retry_after
    return pause.total_seconds() if isinstance(pause, timedelta) else float(pause)


@dataclass(frozen=True)
class Pace:
    """How fast calls may go: in all, for the outbox, and to one chat."""

    per_second: float = TELEGRAM_PER_SECOND  # every counted call
    outbox_per_second: float = 25.0  # outbox rows, spread evenly
    private_gap: float = 1.0  # seconds between two calls to one person
    group_gap: float = 3.0  # seconds between two calls to one group (20 a minute)
    answer_patience: float = 60.0  # how long an answer is retried after RetryAfter


@dataclass(eq=False)
class _Waiter:
    lane: Lane
    order: int
    chat_id: int | None
    turn: asyncio.Future[None] = field(repr=False)


class Pacer:
    """The queue of counted calls waiting for their turn, and the record of those sent."""

    def __init__(self, pace: Pace, clock: Callable[[], float] = time.monotonic) -> None:
        self.pace = pace
        self._clock = clock
        self._lanes: dict[Lane, deque[_Waiter]] = {lane: deque() for lane in Lane}
        self._order = itertools.count()
        self._stamps: deque[float] = deque()  # when calls of the last second came back
        self._outbox: deque[float] = deque()  # when outbox calls left, within the last second
        self._next_outbox = 0.0
        self._flying = 0
        self._flying_to: Counter[int] = Counter()
        self._last: dict[int, float] = {}
        self._answered: dict[int, float] = {}  # when each chat's last answer left
        self._paused_until = 0.0
        self._kick = asyncio.Event()
        self._dispatcher: asyncio.Task[None] | None = None

    # -- what the sender and the tests read ------------------------------------------------

    @property
    def paused(self) -> bool:
        """Return True while Telegram's last RetryAfter holds all calls."""
        return self._clock() < self._paused_until

    def waiting(self, lane: Lane | None = None) -> int:
        """Count the calls waiting for their turn (in one lane, or in all)."""
        lanes = [lane] if lane is not None else list(Lane)
        return sum(len(self._lanes[one]) for one in lanes)

    def in_last_second(self, now: float | None = None) -> int:
        """Count the calls that came back within the last second or are on their way."""
        now = self._clock() if now is None else now
        while self._stamps and self._stamps[0] <= now - 1.0:
            self._stamps.popleft()
        return len(self._stamps) + self._flying

    def chat_wait(self, chat_id: int | None, now: float | None = None) -> float:
        """Return how long a call to this chat must still wait for the chat's own limit."""
        if chat_id is None:
            return 0.0
        if chat_id in self._flying_to:
            return 0.05  # the answer to the last call is not back yet
        last = self._last.get(chat_id)
        if last is None:
            return 0.0
        gap = self.pace.group_gap if chat_id < 0 else self.pace.private_gap
        now = self._clock() if now is None else now
        return max(0.0, last + gap - now)

    # -- what a call does -------------------------------------------------------------------

    def pause(self, seconds: float) -> None:
        """Hold every call for `seconds` (Telegram answered RetryAfter)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)
        self._kick.set()

    async def turn(self, lane: Lane, chat_id: int | None) -> None:
        """Wait until a call in `lane` to `chat_id` may leave; it counts as flying from then.

        The caller must call `back(chat_id)` when Telegram's answer is in, whatever it was.
        """
        waiter = _Waiter(
            lane, next(self._order), chat_id, asyncio.get_running_loop().create_future()
        )
        self._lanes[lane].append(waiter)
        self._ensure_dispatcher()
        self._kick.set()
        try:
            await waiter.turn
        except asyncio.CancelledError:
            if waiter.turn.done() and not waiter.turn.cancelled():
                self.back(chat_id)  # granted, but the caller gave up before sending
            else:
                with contextlib.suppress(ValueError):
                    self._lanes[lane].remove(waiter)
            raise

    def back(self, chat_id: int | None) -> None:
        """Note that a call's answer is back: it counts for one more second from now."""
        now = self._clock()
        self._flying -= 1
        self._stamps.append(now)
        if chat_id is not None:
            self._flying_to[chat_id] -= 1
            if self._flying_to[chat_id] <= 0:
                del self._flying_to[chat_id]
            self._last[chat_id] = now
        self._kick.set()

    # -- the dispatcher ---------------------------------------------------------------------

    def _ensure_dispatcher(self) -> None:
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._dispatch(), name="linli-pacer")

    async def _dispatch(self) -> None:
        while self.waiting():
            self._kick.clear()
            wait = self._grant()
            if wait == 0.0:
                continue
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._kick.wait()

    def _grant(self) -> float:
        """Let the best call go if one may; return 0 after a grant, else how long to wait."""
        now = self._clock()
        if now < self._paused_until:
            return self._paused_until - now
        if self.in_last_second(now) >= self.pace.per_second:
            return max(0.005, self._stamps[0] + 1.0 - now) if self._stamps else 1.0
        soonest = 1.0
        for lane in Lane:
            queue = self._lanes[lane]
            if not queue:
                continue
            if lane is not Lane.ANSWER:
                outbox_wait = self._outbox_wait(now)
                if outbox_wait > 0:
                    soonest = min(soonest, outbox_wait)
                    continue
            best: _Waiter | None = None
            for waiter in queue:
                if waiter.turn.done():  # cancelled meanwhile
                    continue
                chat_wait = self.chat_wait(waiter.chat_id, now)
                if chat_wait > 0:
                    soonest = min(soonest, chat_wait)
                    continue
                if lane is not Lane.ANSWER:
                    best = waiter  # outbox rows keep the order the sender chose
                    break
                if best is None or self._served(waiter) < self._served(best):
                    best = waiter
            if best is not None:
                queue.remove(best)
                self._let_go(best, now)
                return 0.0
            self._drop_cancelled(queue)
        return max(soonest, 0.005)

    def _served(self, waiter: _Waiter) -> float:
        """Return when the waiter's chat last got an answer (never: minus infinity).

        Answers go to the chat answered longest ago first, arrival breaking ties: in a crowd
        filing forms, each of whom just got a step, the one person who presses a button now
        (a staff member opening the queue, a resident asking once) is answered at once
        rather than after the whole crowd's next steps; the crowd's pace is the same. Only
        answers count here: a staff member whose chat gets a card every second still had no
        answer lately when they open the queue.
        """
        if waiter.chat_id is None:
            return float("-inf")
        return self._answered.get(waiter.chat_id, float("-inf"))

    def _outbox_wait(self, now: float) -> float:
        """Return how long outbox rows must wait for their even spacing and their window."""
        gap = 1.0 / self.pace.outbox_per_second
        slot = max(self._next_outbox, now - max(gap, CATCH_UP))
        if slot > now:
            return slot - now
        while self._outbox and self._outbox[0] <= now - 1.0:
            self._outbox.popleft()
        if len(self._outbox) >= self.pace.outbox_per_second:
            return self._outbox[0] + 1.0 - now
        return 0.0

    def _let_go(self, waiter: _Waiter, now: float) -> None:
        if waiter.lane is not Lane.ANSWER:
            gap = 1.0 / self.pace.outbox_per_second
            self._next_outbox = max(self._next_outbox, now - max(gap, CATCH_UP)) + gap
            self._outbox.append(now)
        elif waiter.chat_id is not None:
            self._answered[waiter.chat_id] = now
        self._flying += 1
        if waiter.chat_id is not None:
            self._flying_to[waiter.chat_id] += 1
        waiter.turn.set_result(None)

    @staticmethod
    def _drop_cancelled(queue: deque[_Waiter]) -> None:
        while queue and queue[0].turn.done():
            queue.popleft()


class PacedLimiter(BaseRateLimiter[Lane]):
    """PTB's rate limiter hook: every counted call waits its turn in the pacer.

    A call made with no lane (`rate_limit_args`) is an answer: it is resent after a
    RetryAfter. Calls with a lane (the outbox, jobs) get the RetryAfter back to handle.
    """

    def __init__(self, pacer: Pacer, monitor: Monitor | None = None) -> None:
        self.pacer = pacer
        self.monitor = monitor

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Lane | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Wait for the call's turn, make it, and resend an answer Telegram asked to wait."""
        if not is_counted(endpoint):
            result = await callback(*args, **kwargs)
            self._ok()
            return result
        chat = data.get("chat_id")
        chat_id = chat if isinstance(chat, int) else None
        lane = Lane.ANSWER if rate_limit_args is None else rate_limit_args
        give_up = time.monotonic() + self.pacer.pace.answer_patience
        while True:
            await self.pacer.turn(lane, chat_id)
            try:
                result = await callback(*args, **kwargs)
                self._ok(lane)
                return result
            except RetryAfter as exc:
                seconds = seconds_of(exc)
                self.pacer.pause(seconds)
                self._count(lane, "retry_after", retry_after=True)
                if rate_limit_args is not None:
                    raise
                if time.monotonic() + seconds > give_up:
                    log.warning(
                        "gave up an answer (%s to %s) after %.0f s of RetryAfter",
                        endpoint, chat_id, self.pacer.pace.answer_patience,
                    )  # fmt: skip
                    raise
            except Exception:
                self._count(lane, "error")
                raise
            finally:
                self.pacer.back(chat_id)

    def _ok(self, lane: Lane | None = None) -> None:
        if self.monitor is not None:
            self.monitor.telegram_ok()
        if lane is not None:
            self._count(lane, "ok")

    def _count(self, lane: Lane, result: str, *, retry_after: bool = False) -> None:
        """Count an answer's outcome (outbox rows are counted by the sender) and 429s."""
        if self.monitor is None:
            return
        if retry_after:
            self.monitor.retry_after.inc()
        if lane is Lane.ANSWER:
            self.monitor.answers.labels(result).inc()
