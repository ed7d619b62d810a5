"""Webhook mode: Telegram posts each update to us instead of our polling for it.

For a bot behind a reverse proxy (nginx, Caddy) that terminates HTTPS at LINLI_WEBHOOK_URL
and forwards to LINLI_WEBHOOK_LISTEN:LINLI_WEBHOOK_PORT. Served with aiohttp (already ours),
not PTB's tornado server. Telegram sends the secret we gave to setWebhook in the
X-Telegram-Bot-Api-Secret-Token header; a post without it is refused with 403 and never
reaches a handler, so nobody who learns the URL can post forged updates.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.health import serve

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query"]
MAX_UPDATE = 1 << 20  # bytes: an update is a few kilobytes; anything larger is not Telegram


def path_of(url: str) -> str:
    """Return the path Telegram posts to, from the public URL (its root when it has none)."""
    return urlsplit(url).path or "/"


class WebhookServer:
    """Receives updates on listen:port and puts them on the application's update queue."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        *,
        secret: str,
        path: str,
        listen: str,
        port: int,
    ) -> None:
        self.application = application
        self.secret = secret.encode()
        self.path = path
        self.listen = listen
        self.port = port
        self.refused = 0  # posts without the right secret, for tests and the curious
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen for Telegram's posts; `port` then holds the port bound."""
        app = web.Application(client_max_size=MAX_UPDATE)
        app.router.add_post(self.path, self._receive)
        self._runner, self.port = await serve(app, self.listen, self.port)

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            self.refused += 1
            log.warning("refused a webhook post without the right secret from %s", request.remote)
            return web.Response(status=403)
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("refused a webhook post that is not an update: %s", exc)
            return web.Response(status=400)
        await self.application.update_queue.put(update)
        return web.Response(status=200)
