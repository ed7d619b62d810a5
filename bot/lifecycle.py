"""Run the application inside an event loop someone else owns (tests, sandbox, benchmarks).

`Application.run_polling` owns its loop and so cannot run inside one; these two functions
do the same steps in the same order, hooks included, so what is tested is what runs.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application


async def start_polling(
    app: Application[Any, Any, Any, Any, Any, Any], poll_timeout: int = 1
) -> None:
    """Initialise, run post_init, start, and poll for updates."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=poll_timeout)


async def stop_polling(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop polling and the application, running post_stop and post_shutdown."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
