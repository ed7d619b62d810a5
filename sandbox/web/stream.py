"""Server-Sent Events: what happens in a person's chats reaches their page as it happens.

Each open page subscribes to the simulator's change log (`sim.subscribe`) and gets the
changes in the chats that person is in, rendered as the page draws them, plus the bot's
answers to the buttons they pressed. A comment line every few seconds keeps proxies and
browsers from closing an idle stream, and tells us when the page has gone.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from sandbox.simulator import SimEvent
from sandbox.web.common import person_id, sandbox_of
from sandbox.web.view import chat_json, message_json

if TYPE_CHECKING:
    from sandbox.web.runner import Sandbox

KEEP_ALIVE_SECONDS = 10.0
Queue = asyncio.Queue[SimEvent | None]
_QUEUES = web.AppKey("event_queues", set[Queue])


def event_json(sandbox: Sandbox, user_id: int, event: SimEvent) -> dict[str, Any] | None:
    """Render a change for one person's page, or None when it is none of their business."""
    sim = sandbox.sim
    if event.kind == "callback_answer":
        answer = event.answer
        if answer is None or sandbox.press_owners.get(answer.query_id) != user_id:
            return None
        return {
            "type": "answer",
            "chat_id": event.chat_id,
            "query_id": answer.query_id,
            "text": answer.text,
            "show_alert": answer.show_alert,
        }
    if event.message is None or not sim.can_see(user_id, event.chat_id):
        return None
    return {
        "type": "message",
        "change": event.kind,
        "chat_id": event.chat_id,
        "message": message_json(sim, event.message),
        "chat": chat_json(sim, sim.chat(event.chat_id), user_id),
    }


def _frame(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()


async def events(request: web.Request) -> web.StreamResponse:
    """Stream a person's chat changes until the page closes or the sandbox stops."""
    sandbox = sandbox_of(request)
    user_id = person_id(sandbox, request.query.get("as"))
    queue: Queue = asyncio.Queue()
    unsubscribe = sandbox.sim.subscribe(queue.put_nowait)
    queues = request.app[_QUEUES]
    queues.add(queue)
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    try:
        await response.prepare(request)
        await response.write(b"retry: 1000\n\n" + _frame({"type": "ready", "as": user_id}))
        while True:
            try:
                async with asyncio.timeout(KEEP_ALIVE_SECONDS):  # wait_for may eat a cancel
                    event = await queue.get()
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
            if event is None:
                break
            payload = event_json(sandbox, user_id, event)
            if payload is not None:
                await response.write(_frame(payload))
    except ConnectionResetError:
        pass  # the page was closed or reloaded
    finally:
        unsubscribe()
        queues.discard(queue)
    return response


def install(app: web.Application) -> None:
    """Keep track of open streams so that stopping the sandbox ends them at once."""
    app[_QUEUES] = set[Queue]()
    app.on_shutdown.append(close_all)


async def close_all(app: web.Application) -> None:
    """End every open stream (the sandbox is stopping)."""
    queues = app[_QUEUES]
    for queue in list(queues):
        queue.put_nowait(None)
