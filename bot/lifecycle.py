"""Run the application inside an event loop someone else owns (tests, sandbox, benchmarks).

`Application.run_polling` owns its loop and so cannot run inside one; these functions do
the same steps in the same order, hooks included, so what is tested is what runs. Webhook
mode always runs this way (`run_webhook`): PTB's own webhook server would need tornado.
"""

from __future__ import annotations

import asyncio
import signal
from typing import Any

from telegram.ext import Application

from bot.config import Settings
from bot.webhook import ALLOWED_UPDATES, WebhookServer, path_of


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


async def start_webhook(
    app: Application[Any, Any, Any, Any, Any, Any], settings: Settings
) -> WebhookServer:
    """Initialise, run post_init, start, listen for Telegram's posts, and set the webhook."""
    secret = settings.require_webhook_secret()
    assert settings.webhook_url is not None and secret is not None
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    server = WebhookServer(
        app,
        secret=secret,
        path=path_of(settings.webhook_url),
        listen=settings.webhook_listen,
        port=settings.webhook_port,
    )
    await server.start()  # listening before Telegram is told where to post
    await app.bot.set_webhook(
        settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
    )
    return server


async def stop_webhook(
    app: Application[Any, Any, Any, Any, Any, Any], server: WebhookServer
) -> None:
    """Stop listening, then stop the application as stop_polling does.

    The webhook stays set: Telegram keeps the updates that come meanwhile for the next start.
    """
    await server.stop()
    await stop_polling(app)


async def run_webhook(app: Application[Any, Any, Any, Any, Any, Any], settings: Settings) -> None:
    """Serve in webhook mode until SIGINT or SIGTERM (what `linli` does when a URL is set)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    server = await start_webhook(app, settings)
    try:
        await stop.wait()
    finally:
        await stop_webhook(app, server)
