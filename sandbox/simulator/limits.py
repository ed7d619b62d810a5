"""Telegram's flood limits as strict rolling windows, and the counters benchmarks read.

Real Telegram is a little forgiving with short bursts; the simulator is not, so that a
sender which passes here (the outbox in `bot/delivery.py`) has margin in production.
"""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from sandbox.simulator.api import ApiError


@dataclass(frozen=True)
class FloodLimits:
    """How many sends/edits Telegram allows: overall, per chat, and per group chat."""

    global_per_second: int = 30
    per_chat_per_second: int = 1
    group_per_minute: int = 20


@dataclass
class SimStats:
    """What the bot asked of the simulator: calls per method, refusals by code, 429s."""

    calls: Counter[str] = field(default_factory=Counter)
    errors: Counter[int] = field(default_factory=Counter)
    too_many_requests: int = 0


# Methods that Telegram rate-limits: everything that puts or changes a message in a chat.
_LIMITED_PREFIXES = ("send", "edit")
_LIMITED_EXTRA = {"copymessage", "copymessages", "forwardmessage", "forwardmessages"}
_UNLIMITED = {"sendchataction"}


def is_limited(method_name: str) -> bool:
    """Tell whether a method counts against flood limits."""
    name = method_name.lower()
    if name in _UNLIMITED:
        return False
    return name.startswith(_LIMITED_PREFIXES) or name in _LIMITED_EXTRA


class _Window:
    """Timestamps of admitted requests within the last `span` seconds."""

    def __init__(self, limit: int, span: float) -> None:
        self.limit = limit
        self.span = span
        self.stamps: deque[float] = deque()

    def wait_needed(self, now: float) -> float:
        """Seconds until one more request fits (0 when it fits now)."""
        while self.stamps and self.stamps[0] <= now - self.span:
            self.stamps.popleft()
        if len(self.stamps) < self.limit:
            return 0.0
        return self.stamps[0] + self.span - now


class FloodGate:
    """Admit or refuse (429) each limited request against all windows that apply to it."""

    def __init__(self, limits: FloodLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._global = _Window(limits.global_per_second, 1.0)
        self._per_chat: dict[int, _Window] = {}
        self._per_group: dict[int, _Window] = {}

    def _windows(self, chat_id: int | None) -> list[_Window]:
        windows = [self._global]
        if chat_id is None:
            return windows
        windows.append(
            self._per_chat.setdefault(chat_id, _Window(self.limits.per_chat_per_second, 1.0))
        )
        if chat_id < 0:
            windows.append(
                self._per_group.setdefault(chat_id, _Window(self.limits.group_per_minute, 60.0))
            )
        return windows

    def admit(self, chat_id: int | None) -> None:
        """Record the request, or raise Telegram's 429 with a whole-second retry_after."""
        now = self._clock()
        windows = self._windows(chat_id)
        wait = max(window.wait_needed(now) for window in windows)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise ApiError(
                429,
                f"Too Many Requests: retry after {retry_after}",
                {"retry_after": retry_after},
            )
        for window in windows:
            window.stamps.append(now)
