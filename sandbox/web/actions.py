"""What a visitor does in a chat: type, reply, press buttons, share files and voice notes.

Each action goes through the simulator's people API, so the bot receives exactly the update a
Telegram client would send (a contact button shares the person's own number, a location
button a map point), and answers with the message the chat now shows.
"""

from __future__ import annotations

import io
import math
import struct
import wave
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlparse

from aiohttp import BodyPartReader, web

from sandbox.simulator import SimMessage
from sandbox.web.common import as_int, chat_for, fail, json_body, person_id, sandbox_of
from sandbox.web.view import inline_button, message_json

if TYPE_CHECKING:
    from sandbox.web.runner import Sandbox

MAX_UPLOAD = 20 * 1024 * 1024
# Where a "share location" button puts the person: the middle of the demo community.
COMMUNITY_LOCATION = (31.2304, 121.4737)


def _answer(sandbox: Sandbox, message: SimMessage) -> web.Response:
    return web.json_response(message_json(sandbox.sim, message), status=201)


async def _acting(request: web.Request) -> tuple[Sandbox, int, int, dict[str, Any]]:
    sandbox = sandbox_of(request)
    body = await json_body(request)
    user_id = person_id(sandbox, body.get("as"))
    return sandbox, user_id, chat_for(sandbox, request, user_id), body


async def send_text(request: web.Request) -> web.Response:
    """Send a text (a "/command" arrives as one), optionally as a reply to a message."""
    sandbox, user_id, chat_id, body = await _acting(request)
    text = str(body.get("text") or "")
    reply_to = body.get("reply_to")
    try:
        message = await sandbox.sim.send_text(
            user_id,
            text,
            chat_id=chat_id,
            reply_to=as_int(reply_to, "reply_to") if reply_to else None,
        )
    except (ValueError, LookupError) as exc:
        fail(400, str(exc))
    return _answer(sandbox, message)


def deep_link_payload(url: str, bot_username: str) -> str | None:
    """Return the start payload of a t.me link that opens this bot, else None."""
    parsed = urlparse(url)
    if parsed.netloc.lower() not in ("t.me", "telegram.me"):
        return None
    if parsed.path.strip("/").lower() != bot_username.lower():
        return None
    return (parse_qs(parsed.query).get("start") or [""])[0]


async def press(request: web.Request) -> web.Response:
    """Press an inline button by its place; a link to this bot opens it, as Telegram does."""
    sandbox, user_id, chat_id, body = await _acting(request)
    message_id = as_int(body.get("message_id"), "message_id")
    message = sandbox.sim.world.find(chat_id, message_id)
    if message is None:
        fail(404, "that message is gone")
    button = inline_button(
        message, as_int(body.get("row"), "row"), as_int(body.get("column"), "column")
    )
    if button is None:
        fail(409, "that button is not shown any more")
    data = button.get("callback_data")
    if data is not None:
        query_id = await sandbox.sim.press_data(user_id, chat_id, message_id, str(data))
        sandbox.press_owners[query_id] = user_id
        return web.json_response({"query_id": query_id})
    url = str(button.get("url") or "")
    payload = deep_link_payload(url, sandbox.sim.world.bot_username)
    if payload is None:
        return web.json_response({"url": url})
    return await start_bot(sandbox, user_id, payload)


async def start_bot(sandbox: Sandbox, user_id: int, payload: str) -> web.Response:
    """Open the bot's chat with a deep link's payload ("/start <payload>")."""
    text = f"/start {payload}" if payload else "/start"
    message = await sandbox.sim.send_text(user_id, text)
    return web.json_response({"started": True, "message": message_json(sandbox.sim, message)})


async def keyboard(request: web.Request) -> web.Response:
    """Tap a reply-keyboard button (contact and location buttons share those)."""
    sandbox, user_id, chat_id, body = await _acting(request)
    try:
        message = await sandbox.sim.press_reply_button(
            user_id, str(body.get("text") or ""), chat_id, location=COMMUNITY_LOCATION
        )
    except AssertionError as exc:  # the keyboard changed under the visitor's finger
        fail(409, str(exc))
    return _answer(sandbox, message)


async def upload(request: web.Request) -> web.Response:
    """Share a file: an image goes as a photo, audio as a voice note, the rest as a document."""
    sandbox = sandbox_of(request)
    fields, data, filename, mime = await _read_upload(request)
    user_id = person_id(sandbox, fields.get("as"))
    chat_id = chat_for(sandbox, request, user_id)
    if not data:
        fail(400, "the file is empty")
    caption = fields.get("caption") or None
    sim = sandbox.sim
    if mime.startswith("image/"):
        message = await sim.send_photo(user_id, data, caption=caption, chat_id=chat_id)
    elif mime.startswith("audio/"):
        message = await sim.send_voice(
            user_id, _seconds(data), data, chat_id=chat_id, mime_type=mime
        )
    else:
        message = await sim.send_document(
            user_id, data, filename or "file", mime, caption=caption, chat_id=chat_id
        )
    return _answer(sandbox, message)


async def _read_upload(request: web.Request) -> tuple[dict[str, str], bytes, str | None, str]:
    fields: dict[str, str] = {}
    data, filename, mime = b"", None, "application/octet-stream"
    try:
        reader = await request.multipart()
    except (AssertionError, ValueError):
        fail(400, "send the file as multipart/form-data")
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "file":
            data, filename = await part.read(), part.filename
            mime = part.headers.get("Content-Type", mime)
        elif part.name:
            fields[part.name] = await part.text()
    return fields, data, filename, mime


def _seconds(data: bytes) -> int:
    """Return a recording's length: exact for WAV, an estimate at voice bitrates otherwise."""
    try:
        with wave.open(io.BytesIO(data)) as recording:
            return max(1, round(recording.getnframes() / recording.getframerate()))
    except (wave.Error, EOFError):
        return max(1, len(data) // 4000)


async def voice(request: web.Request) -> web.Response:
    """Send a short generated voice note, for a browser without a microphone."""
    sandbox, user_id, chat_id, _ = await _acting(request)
    message = await sandbox.sim.send_voice(
        user_id, 2, generated_voice(), chat_id=chat_id, mime_type="audio/wav"
    )
    return _answer(sandbox, message)


def generated_voice(seconds: float = 2.0, rate: int = 8000) -> bytes:
    """Make a playable WAV: a soft rising and falling tone, like a voice's melody."""
    frames = bytearray()
    total = int(seconds * rate)
    phase = 0.0
    for i in range(total):
        t = i / rate
        phase += 2 * math.pi * (220 + 60 * math.sin(2 * math.pi * 1.5 * t)) / rate
        envelope = math.sin(math.pi * i / total) * (0.6 + 0.4 * math.sin(2 * math.pi * 4 * t))
        frames += struct.pack("<h", int(9000 * envelope * math.sin(phase)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()
