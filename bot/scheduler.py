"""The due-work tick: a repeating job on PTB's JobQueue (APScheduler underneath).

The job itself keeps nothing: what must happen later is a row in SQLite, so a restart loses
nothing, and work that fell due while the bot was down runs on the first tick after start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from telegram.ext import Application

from bot.context import LinliContext

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
# How often a notice's progress message is redrawn: often enough to watch, rare enough to
# stay far below Telegram's limit on edits in one chat.
PROGRESS_SECONDS = 3.0


async def _tick(context: LinliContext) -> None:
    done = await context.services.due.run_due()
    if context.bot_data.monitor is not None:
        context.bot_data.monitor.ticked()
    if done:
        log.info("did %d pieces of due work", done)


def install(application: Application, interval: float = TICK_SECONDS) -> None:
    """Run the tick every `interval` seconds, the first one at once."""
    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot[job-queue] is required")
    # The first run is due now, and runs whenever the JobQueue starts: left to the interval
    # trigger alone, a start later than the instant of install would round it up to a whole
    # interval, so work that fell due while the bot was down would wait 30 s more.
    application.job_queue.run_repeating(
        _tick,
        interval=interval,
        first=interval,
        name="linli-due",
        job_kwargs={"next_run_time": datetime.now(UTC), "misfire_grace_time": None},
    )


def every(
    application: Application,
    job: Callable[[LinliContext], Coroutine[Any, Any, None]],
    interval: float,
    name: str,
) -> None:
    """Run another repeating job (e.g. progress messages) on the same JobQueue."""
    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot[job-queue] is required")
    application.job_queue.run_repeating(job, interval=interval, first=interval, name=name)
