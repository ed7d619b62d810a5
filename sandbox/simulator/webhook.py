"""Deliver updates to a webhook, as Telegram does once setWebhook is called.

Only to this machine (127.0.0.1 or localhost): the simulator never posts anywhere else, so a
test that sets an outside URL just sees getUpdates refused, as before. Each update is posted
with the secret token in X-Telegram-Bot-Api-Secret-Token and counts as delivered on a 2xx
answer; any other answer (or none) is tried again shortly, in order, as Telegram retries.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from urllib.parse import urlsplit

import aiohttp

from sandbox.simulator.updates import UpdateQueue

_log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
RETRY_PAUSE = 0.2


def is_local(url: str) -> bool:
    """Tell whether a webhook URL points at this machine."""
    return urlsplit(url).hostname in LOCAL_HOSTS


class WebhookPusher:
    """While a local webhook is set, take updates from the queue and post them there."""

    def __init__(self, updates: UpdateQueue) -> None:
        self.updates = updates
        self.url = ""
        self.secret = ""
        self.allowed: list[str] | None = None
        self.delivered: list[int] = []  # update ids the webhook accepted
        self.refusals: list[tuple[int, int]] = []  # (update id, HTTP status) it refused
        self._task: asyncio.Task[None] | None = None

    async def set(self, url: str, secret: str, allowed: list[str] | None = None) -> None:
        """Post updates to `url` from now on (locally only), with `secret` in the header."""
        await self.clear()
        self.url, self.secret, self.allowed = url, secret, allowed
        if url and is_local(url):
            self._task = asyncio.create_task(self._run(), name="sim-webhook")

    async def clear(self) -> None:
        """Stop posting (deleteWebhook, or the simulator stopping)."""
        self.url = self.secret = ""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        offset = 0
        async with aiohttp.ClientSession() as http:
            while True:
                batch = await self.updates.poll(offset, 100, 1.0, self.allowed)
                if not batch and self.updates.closed:
                    return
                for update in batch:
                    if not await self._post(http, update):
                        await asyncio.sleep(RETRY_PAUSE)
                        break
                    offset = int(update["update_id"]) + 1

    async def _post(self, http: aiohttp.ClientSession, update: dict[str, object]) -> bool:
        update_id = int(str(update["update_id"]))
        headers = {SECRET_HEADER: self.secret} if self.secret else {}
        try:
            async with http.post(self.url, json=update, headers=headers) as response:
                status = response.status
        except aiohttp.ClientError as exc:
            _log.debug("webhook %s unreachable: %s", self.url, exc)
            self.refusals.append((update_id, 0))
            return False
        if 200 <= status < 300:
            self.delivered.append(update_id)
            return True
        self.refusals.append((update_id, status))
        return False
