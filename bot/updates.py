"""Process updates of different people at once, but one person's updates in order.

Why: a thousand residents pressing Sign up at once should not queue behind each other, yet
two photos sent quickly by one resident into a form must not race on the same draft.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerPersonUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across people (up to a limit), sequential for each person.

    The limit is high because under Telegram's limits most handlers in a crowd are waiting
    for their answer's turn in the pacing, holding nothing but a coroutine: with room for
    only a few dozen, the next person's update (a staff member opening the queue during a
    crowd's filing) would wait for a free place before the pacing could put it first.
    """

    def __init__(
        self, max_concurrent_updates: int = 512, handled: Callable[[], None] | None = None
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._handled = handled  # counts each update once its handling is over
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's handling under its person's lock."""
        try:
            await self._in_order(update, coroutine)
        finally:
            if self._handled is not None:
                self._handled()

    async def _in_order(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if self._users[key] == 0:
                del self._users[key]
                del self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def _key(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None
