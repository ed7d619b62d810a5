"""The web chat's HTTP side: the page, people, chats, files and the bot's clock.

Everything answers JSON except the page, its static files and the file bytes. Who is acting
comes with each call (`as`): the sandbox is one machine's toy on 127.0.0.1, not a service.
"""

from __future__ import annotations

from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from aiohttp import web

from sandbox.web import actions, cast, stream
from sandbox.web.common import SANDBOX, as_int, chat_for, fail, json_body, person_id, sandbox_of
from sandbox.web.view import chat_json, keyboard_json, message_json, person_json

if TYPE_CHECKING:
    from sandbox.web.runner import Sandbox

MAX_TRAVEL_HOURS = 24 * 30


def static_dir() -> Path:
    """Return the folder of the page's HTML, CSS and JS (package data)."""
    return Path(str(resources.files("sandbox.web") / "static"))


async def page(request: web.Request) -> web.FileResponse:
    """Serve the web chat."""
    return web.FileResponse(static_dir() / "index.html")


async def status(request: web.Request) -> web.Response:
    """Describe the sandbox: the bot, its clock, its database."""
    sandbox = sandbox_of(request)
    world = sandbox.sim.world
    return web.json_response(
        {
            "bot": {"id": world.bot_id, "name": world.bot_name, "username": world.bot_username},
            "now": sandbox.clock.now().isoformat(),
            "db": str(sandbox.options.db),
            "demo": sandbox.options.demo,
            "staff_chat": cast.STAFF_CHAT,
        }
    )


async def people(request: web.Request) -> web.Response:
    """List everyone a visitor can be, the cast first, with what the bot knows of them."""
    sandbox = sandbox_of(request)
    found = []
    for user in list(sandbox.sim.world.users.values()):
        described = person_json(user, await sandbox.services.people.get(user.id))
        cast.sync_staff_room(sandbox.sim, user.id, described["role"])
        found.append(described)
    return web.json_response({"people": found})


async def add_person(request: web.Request) -> web.Response:
    """Add a newcomer (name and language) who can then start the bot."""
    sandbox = sandbox_of(request)
    body = await json_body(request)
    try:
        user = cast.add_person(sandbox.sim, str(body.get("name", "")), str(body.get("language")))
    except ValueError as exc:
        fail(400, str(exc))
    return web.json_response(person_json(user, None), status=201)


async def chats(request: web.Request) -> web.Response:
    """List a person's chats: the bot first, then their groups."""
    sandbox = sandbox_of(request)
    user_id = person_id(sandbox, request.match_info["user_id"])
    person = await sandbox.services.people.get(user_id)
    cast.sync_staff_room(
        sandbox.sim, user_id, cast.role_of(user_id, person.role if person else None)
    )
    listed = [chat_json(sandbox.sim, chat, user_id) for chat in sandbox.sim.chats_of(user_id)]
    return web.json_response({"chats": listed})


async def messages(request: web.Request) -> web.Response:
    """List a chat's messages as the person sees them, with their reply keyboard."""
    sandbox = sandbox_of(request)
    user_id = person_id(sandbox, request.query.get("as"))
    chat_id = chat_for(sandbox, request, user_id)
    shown = sandbox.sim.chat_messages(chat_id, include_deleted=False)
    return web.json_response(
        {
            "chat": chat_json(sandbox.sim, sandbox.sim.chat(chat_id), user_id),
            "messages": [message_json(sandbox.sim, m) for m in shown],
            "keyboard": keyboard_json(sandbox.sim, user_id, chat_id),
        }
    )


async def file_bytes(request: web.Request) -> web.Response:
    """Serve a file's bytes; `?download=1` asks the browser to save it under its name."""
    sandbox = sandbox_of(request)
    sim_file = sandbox.sim.world.files.by_id.get(request.match_info["file_id"])
    if sim_file is None:
        fail(404, "no such file")
    headers = {}
    if request.query.get("download"):
        name = sim_file.filename or sim_file.file_path.rsplit("/", 1)[-1]
        encoded = quote(name, safe="")
        headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{encoded}"
    return web.Response(
        body=sim_file.data,
        content_type=sim_file.mime_type or "application/octet-stream",
        headers=headers,
    )


async def travel(request: web.Request) -> web.Response:
    """Move the bot's clock forward and run what fell due (overdue requests, auto-close)."""
    sandbox = sandbox_of(request)
    body = await json_body(request)
    hours = as_int(body.get("hours"), "hours")
    if not 1 <= hours <= MAX_TRAVEL_HOURS:
        fail(400, f"hours must be 1 to {MAX_TRAVEL_HOURS}")
    sandbox.clock.advance(timedelta(hours=hours))
    ran = await sandbox.services.due.run_due()
    return web.json_response({"now": sandbox.clock.now().isoformat(), "ran": ran})


def build_web(sandbox: Sandbox) -> web.Application:
    """Build the web chat's aiohttp application for a sandbox."""
    app = web.Application(client_max_size=actions.MAX_UPLOAD)
    app[SANDBOX] = sandbox
    app.router.add_get("/", page)
    app.router.add_static("/static/", static_dir())
    app.router.add_get("/api/status", status)
    app.router.add_get("/api/people", people)
    app.router.add_post("/api/people", add_person)
    app.router.add_get("/api/people/{user_id}/chats", chats)
    app.router.add_get("/api/chats/{chat_id}/messages", messages)
    app.router.add_post("/api/chats/{chat_id}/messages", actions.send_text)
    app.router.add_post("/api/chats/{chat_id}/press", actions.press)
    app.router.add_post("/api/chats/{chat_id}/keyboard", actions.keyboard)
    app.router.add_post("/api/chats/{chat_id}/files", actions.upload)
    app.router.add_post("/api/chats/{chat_id}/voice", actions.voice)
    app.router.add_get("/api/files/{file_id}", file_bytes)
    app.router.add_post("/api/clock", travel)
    app.router.add_get("/api/events", stream.events)
    stream.install(app)
    return app
