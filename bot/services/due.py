"""Runs the work whose time has come; each item in its own transaction with its messages."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import aiosqlite

from bot.models.work import DueWork
from bot.services.env import ServiceEnv
from storage import due as due_repo

log = logging.getLogger(__name__)

DueHandler = Callable[[aiosqlite.Connection, DueWork], Awaitable[None]]
BATCH = 100


class DueService:
    """Picks up due rows; marking one done and doing it commit together, so nothing runs twice."""

    def __init__(self, env: ServiceEnv, handlers: dict[str, DueHandler]) -> None:
        self.env = env
        self.handlers = handlers

    async def run_due(self) -> int:
        """Do every piece of work that is due now; return how many were done."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            works = await due_repo.due(conn, now, BATCH)
        done = 0
        for work in works:
            handler = self.handlers.get(work.kind)
            try:
                async with self.env.db.transaction() as conn:
                    if not await due_repo.finish(conn, work.id, now):
                        continue
                    if handler is None:
                        log.error("no handler for due work %s; dropped", work.kind)
                        continue
                    await handler(conn, work)
                done += 1
            except Exception:
                # Rolled back: the row stays due and is tried again on the next tick.
                log.exception("due work %s #%s failed", work.kind, work.ref_id)
        return done
