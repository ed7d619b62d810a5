"""The update queue behind getUpdates, with Telegram's long-polling and offset rules.

An update stays in the queue until a later getUpdates passes an `offset` above its id, so a
bot that crashes before confirming sees it again, exactly as with Telegram.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

from sandbox.simulator.api import ApiError

Update = dict[str, Any]

_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


class Signal:
    """Wake every coroutine waiting for "something changed".

    Waiters re-check their own condition after waking, so a broadcast without payload is
    enough and no lock is needed on a single event loop.
    """

    def __init__(self) -> None:
        self._waiters: list[asyncio.Future[None]] = []

    def fire(self) -> None:
        """Wake all current waiters."""
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait(self, seconds: float) -> bool:
        """Sleep until the next fire() or for at most `seconds`; True when fired."""
        if seconds <= 0:
            return False
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(seconds):  # wait_for may eat a cancel on Python 3.11
                await waiter
        except TimeoutError:
            return False
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
        return True


def update_type(update: Update) -> str | None:
    """Return the update's kind ("message", "callback_query", ...)."""
    return next((key for key in update if key != "update_id"), None)


class UpdateQueue:
    """Pending updates, their history (for redelivery) and the long-polling waiters."""

    def __init__(self) -> None:
        self._pending: list[Update] = []
        self._redeliveries: list[Update] = []
        self._history: dict[int, Update] = {}
        self._next_id = 1
        self._allowed: list[str] = []
        self._poll_generation = 0
        self._closed = False
        self.signal = Signal()

    @property
    def pending_count(self) -> int:
        """Count updates not yet confirmed by the bot."""
        return len(self._pending) + len(self._redeliveries)

    def push(self, body: Update) -> int:
        """Queue a new update (without update_id) and return the id given to it."""
        return self.push_raw({"update_id": self._next_id, **body})

    def push_raw(self, update: Update) -> int:
        """Queue a complete update; an id of our own is assigned when it has none."""
        update = dict(update)
        update_id = int(update.setdefault("update_id", self._next_id))
        self._next_id = max(self._next_id, update_id + 1)
        self._history[update_id] = update
        self._pending.append(update)
        self._pending.sort(key=lambda u: u["update_id"])
        self.signal.fire()
        return update_id

    def get(self, update_id: int) -> Update:
        """Return a copy of an update that was delivered or queued earlier."""
        if update_id not in self._history:
            raise LookupError(f"no update {update_id} was ever queued")
        return copy.deepcopy(self._history[update_id])

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again with the same id, as Telegram does after a lost confirm."""
        self._redeliveries.append(self.get(update_id))
        self.signal.fire()

    def drop_pending(self) -> None:
        """Forget every unconfirmed update (deleteWebhook with drop_pending_updates)."""
        self._pending.clear()
        self._redeliveries.clear()

    @property
    def closed(self) -> bool:
        """Tell whether the server is going away (long polls return at once)."""
        return self._closed

    def reopen(self) -> None:
        """Serve long polls again after a restart of the server."""
        self._closed = False

    def close(self) -> None:
        """Let every waiting long poll return now: the server is going away."""
        self._closed = True
        self.signal.fire()

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    def _take(self, limit: int) -> list[Update]:
        if self._allowed:
            # Telegram silently drops updates of kinds the bot did not ask for.
            self._pending = [u for u in self._pending if update_type(u) in self._allowed]
        batch = sorted(self._redeliveries + self._pending, key=lambda u: u["update_id"])[:limit]
        taken = {id(u) for u in batch}
        self._redeliveries = [u for u in self._redeliveries if id(u) not in taken]
        return batch

    async def poll(
        self, offset: int, limit: int, wait: float, allowed: list[str] | None
    ) -> list[Update]:
        """Answer one getUpdates call, waiting up to `wait` seconds for something to send."""
        self._poll_generation += 1
        generation = self._poll_generation
        self.signal.fire()  # an older poll still waiting gets its 409, as with Telegram
        if allowed is not None:
            self._allowed = list(allowed)
        self._confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(wait, 0.0)
        while True:
            batch = self._take(max(1, min(limit, 100)))
            if batch or self._closed:
                return batch
            if not await self.signal.wait(deadline - loop.time()):
                return []
            if generation != self._poll_generation:
                raise ApiError(409, _CONFLICT)
