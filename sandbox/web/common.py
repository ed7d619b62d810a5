"""What every web route needs: the sandbox, who is acting, which chat, JSON errors."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NoReturn

from aiohttp import web

if TYPE_CHECKING:  # the runner builds the web app, so it imports this module, not the reverse
    from sandbox.web.runner import Sandbox

SANDBOX: web.AppKey[Sandbox] = web.AppKey("sandbox")

_ERRORS: dict[int, type[web.HTTPException]] = {
    400: web.HTTPBadRequest,
    403: web.HTTPForbidden,
    404: web.HTTPNotFound,
    409: web.HTTPConflict,
}


def fail(status: int, message: str) -> NoReturn:
    """Stop a request with a JSON error the page can show."""
    raise _ERRORS[status](text=json.dumps({"error": message}), content_type="application/json")


def sandbox_of(request: web.Request) -> Sandbox:
    """Return the sandbox serving this request."""
    return request.app[SANDBOX]


def as_int(value: Any, what: str) -> int:
    """Read an integer from a query, form or JSON value, or answer 400."""
    try:
        return int(value)
    except (TypeError, ValueError):
        fail(400, f"{what} must be a number")


def person_id(sandbox: Sandbox, value: Any) -> int:
    """Read who is acting and check that the simulated Telegram knows them."""
    user_id = as_int(value, "as")
    if user_id not in sandbox.sim.world.users:
        fail(404, f"nobody with id {user_id}")
    return user_id


def chat_for(sandbox: Sandbox, request: web.Request, user_id: int) -> int:
    """Read the chat in the path and check the person may see it."""
    chat_id = as_int(request.match_info["chat_id"], "chat id")
    if chat_id not in sandbox.sim.world.chats:
        fail(404, f"no chat {chat_id}")
    if not sandbox.sim.can_see(user_id, chat_id):
        fail(403, "this person is not in that chat")
    return chat_id


async def json_body(request: web.Request) -> dict[str, Any]:
    """Read a JSON object body, or answer 400."""
    try:
        body = await request.json()
    except ValueError:
        fail(400, "the body must be JSON")
    if not isinstance(body, dict):
        fail(400, "the body must be a JSON object")
    return body
