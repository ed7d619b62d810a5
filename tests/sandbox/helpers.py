"""Helpers for sandbox tests: act through the web chat's JSON API and read its answers."""

from __future__ import annotations

import json
from typing import Any

import aiohttp

from sandbox.simulator import SimMessage
from sandbox.web.runner import Sandbox


async def post(web: aiohttp.ClientSession, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST JSON and return the JSON answer, failing on an error status."""
    async with web.post(path, json=body) as response:
        data = await response.json()
        assert response.status in (200, 201), data
        return dict(data)


async def get(web: aiohttp.ClientSession, path: str) -> dict[str, Any]:
    """GET JSON, failing on an error status."""
    async with web.get(path) as response:
        data = await response.json()
        assert response.status == 200, data
        return dict(data)


async def say(
    web: aiohttp.ClientSession, user_id: int, text: str, chat_id: int | None = None
) -> dict[str, Any]:
    """Type a message in a chat as a person."""
    return await post(
        web, f"/api/chats/{chat_id or user_id}/messages", {"as": user_id, "text": text}
    )


async def tap(web: aiohttp.ClientSession, user_id: int, text: str) -> dict[str, Any]:
    """Tap a reply-keyboard button in a person's chat with the bot."""
    return await post(web, f"/api/chats/{user_id}/keyboard", {"as": user_id, "text": text})


async def listing(
    web: aiohttp.ClientSession, user_id: int, chat_id: int | None = None
) -> dict[str, Any]:
    """Return the chat as the page loads it: messages and the reply keyboard."""
    return await get(web, f"/api/chats/{chat_id or user_id}/messages?as={user_id}")


async def next_bot(sandbox: Sandbox, chat_id: int, contains: str) -> SimMessage:
    """Wait for the bot's next message containing the words."""
    return await sandbox.sim.wait_for(chat_id, contains=contains, timeout=10)


class EventStream:
    """Read the web chat's Server-Sent Events one JSON payload at a time."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self.response = response

    async def next(self) -> dict[str, Any]:
        """Return the next event's data, skipping comments and the retry hint."""
        while True:
            line = (await self.response.content.readline()).decode().strip()
            if line.startswith("data: "):
                return dict(json.loads(line.removeprefix("data: ")))

    async def next_from_bot(self) -> dict[str, Any]:
        """Return the next message event whose message the bot sent."""
        while True:
            event = await self.next()
            if event["type"] == "message" and event["message"]["from_bot"]:
                return event
