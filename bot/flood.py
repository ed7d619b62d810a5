"""What the bot sent and when, for every call that Telegram's flood limits count.

The outbox sender paces its own rows, but handlers answer people directly (a reply to a tap)
and the progress job edits messages: Telegram counts all of those against the same limits.
PTB passes every Bot API call through a rate limiter; ours does not delay anything, it only
writes down the time and the chat, so the sender can leave room for these and never send a
notice to a chat that was answered less than a second ago.

A call is written down when Telegram's answer is back, and counted as "now" while it is on
its way: Telegram saw it at some moment in between, so a busy machine that delays one call
and hurries the next can never squeeze more into Telegram's second than our log admits.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import BaseRateLimiter

JSONDict = dict[str, Any]
_LIMITED_EXTRA = {"copyMessage", "copyMessages", "forwardMessage", "forwardMessages"}


def is_counted(endpoint: str) -> bool:
    """Tell whether Telegram counts a call against its flood limits."""
    if endpoint == "sendChatAction":
        return False
    return endpoint.startswith(("send", "edit")) or endpoint in _LIMITED_EXTRA


class SendLog:
    """Times of counted calls in the last second, the last call to each chat, and the calls
    still on their way."""

    def __init__(self) -> None:
        self.stamps: deque[float] = deque()
        self.last: dict[int, float] = {}
        self.flying = 0
        self._flying_to: Counter[int] = Counter()

    def start(self, chat_id: int | None) -> None:
        """Note a counted call leaving; it counts as happening until `finish`."""
        self.flying += 1
        if chat_id is not None:
            self._flying_to[chat_id] += 1

    def finish(self, chat_id: int | None, now: float | None = None) -> None:
        """Note that a counted call came back, and write it down as of now."""
        self.flying -= 1
        if chat_id is not None:
            self._flying_to[chat_id] -= 1
            if self._flying_to[chat_id] <= 0:
                del self._flying_to[chat_id]
        self.record(chat_id, now)

    def busy(self, chat_id: int) -> bool:
        """Tell whether a counted call to this chat is on its way."""
        return chat_id in self._flying_to

    def record(self, chat_id: int | None, now: float | None = None) -> None:
        """Write down one counted call."""
        now = time.monotonic() if now is None else now
        self.stamps.append(now)
        if chat_id is not None:
            self.last[chat_id] = now

    def in_last_second(self, now: float) -> int:
        """Return how many counted calls came back within the last second or are on their way."""
        while self.stamps and self.stamps[0] <= now - 1.0:
            self.stamps.popleft()
        return len(self.stamps) + self.flying


class SendLogLimiter(BaseRateLimiter[None]):
    """A PTB rate limiter that lets every call through at once and records counted ones."""

    def __init__(self, log: SendLog) -> None:
        self.log = log

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
        rate_limit_args: None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Make the call; if Telegram counts it, note it while it flies and when it is back."""
        if not is_counted(endpoint):
            return await callback(*args, **kwargs)
        chat = data.get("chat_id")
        chat_id = chat if isinstance(chat, int) else None
        self.log.start(chat_id)
        try:
            return await callback(*args, **kwargs)
        finally:
            self.log.finish(chat_id)
