"""Bot API methods that put a new message into a chat: send*, copyMessage, forwardMessage.

Each checks what Telegram checks (known chat, not blocked, text limits after parsing, valid
keyboard, an existing message to reply to) before anything becomes visible in the chat.
"""

from __future__ import annotations

from typing import Any

from sandbox.simulator.api import bad_request, method
from sandbox.simulator.files import SimFile
from sandbox.simulator.formatting import parse_text
from sandbox.simulator.keyboards import validate_markup
from sandbox.simulator.params import Params, Upload
from sandbox.simulator.state import JSON, SimChat, SimMessage
from sandbox.simulator.world import World, require_message, user_origin

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
_CONTENT_FIELDS = (
    "kind",
    "text",
    "raw_text",
    "entities",
    "caption",
    "raw_caption",
    "caption_entities",
    "parse_mode",
    "file",
    "duration",
    "emoji",
    "location",
    "contact",
)


def chat_id_of(p: Params, name: str = "chat_id") -> int:
    """Read a chat id; "@username" and other non-numbers are chats we do not know."""
    value = p.text(name)
    if value is None or value == "":
        raise bad_request(f"{name} is empty")
    try:
        return int(value)
    except ValueError as exc:
        raise bad_request("chat not found") from exc


def formatted_text(p: Params) -> dict[str, Any]:
    """Parse `text` with its parse_mode/entities and enforce Telegram's length rules."""
    raw = p.text("text") or ""
    plain, entities = parse_text(raw, p.text("parse_mode"), p.obj("entities"))
    if not plain:
        raise bad_request("message text is empty")
    if len(plain) > TEXT_LIMIT:
        raise bad_request("message is too long")
    return {
        "text": plain,
        "raw_text": raw,
        "entities": entities,
        "parse_mode": p.text("parse_mode"),
    }


def formatted_caption(p: Params) -> dict[str, Any]:
    """Parse an optional caption; an empty one means no caption, as with Telegram."""
    raw = p.text("caption")
    if raw is None:
        return {}
    plain, entities = parse_text(raw, p.text("parse_mode"), p.obj("caption_entities"))
    if len(plain) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    return {
        "caption": plain or None,
        "raw_caption": raw if plain else None,
        "caption_entities": entities,
        "parse_mode": p.text("parse_mode"),
    }


def _reply_to(world: World, chat: SimChat, p: Params) -> int | None:
    reply = p.obj("reply_parameters")
    if isinstance(reply, dict):
        message_id, allow = reply.get("message_id"), bool(reply.get("allow_sending_without_reply"))
    else:
        message_id, allow = p.integer("reply_to_message_id"), p.flag("allow_sending_without_reply")
    if message_id is None:
        return None
    if world.find(chat.id, int(message_id)) is None:
        if allow:
            return None
        raise bad_request("message to be replied not found")
    return int(message_id)


def _thread(chat: SimChat, p: Params) -> int | None:
    """Read message_thread_id: a forum topic of this chat, as Telegram checks it."""
    thread = p.integer("message_thread_id")
    if thread is None or thread == 0:
        return None
    if not chat.is_forum or thread not in chat.topics:
        raise bad_request("message thread not found")
    return thread


def _post(world: World, chat: SimChat, p: Params, **content: Any) -> SimMessage:
    message = SimMessage(
        message_thread_id=_thread(chat, p),
        message_id=0,
        chat_id=chat.id,
        from_bot=True,
        sender_id=world.bot_id,
        reply_markup=validate_markup(p.obj("reply_markup")),
        reply_to_message_id=_reply_to(world, chat, p),
        **content,
    )
    return world.post(message)


def _media(world: World, p: Params, field: str, kind: str) -> SimFile:
    given = p.upload(field)
    if isinstance(given, Upload):
        mime = None if given.content_type == "application/octet-stream" else given.content_type
        return world.files.add(given.data, kind, given.filename, mime)
    if not given:
        raise bad_request(f"there is no {field} in the request")
    if given in world.files.by_id:
        return world.files.by_id[given]
    if given.startswith(("http://", "https://")):
        # Offline: keep the URL's name, not its bytes.
        return world.files.add(b"", kind, given.rstrip("/").rsplit("/", 1)[-1])
    raise bad_request("wrong file identifier/HTTP URL specified")


@method("sendMessage")
async def send_message(world: World, p: Params) -> JSON:
    """Post a text message."""
    chat = world.sendable_chat(chat_id_of(p))
    return world.message_json(_post(world, chat, p, **formatted_text(p)))


async def _send_file(world: World, p: Params, kind: str, **extra: Any) -> JSON:
    chat = world.sendable_chat(chat_id_of(p))
    caption = formatted_caption(p)
    sim_file = _media(world, p, kind, kind)
    message = _post(world, chat, p, kind=kind, file=sim_file, **caption, **extra)
    return world.message_json(message)


@method("sendPhoto")
async def send_photo(world: World, p: Params) -> JSON:
    """Post a photo (upload, file_id or URL) with an optional caption."""
    return await _send_file(world, p, "photo")


@method("sendDocument")
async def send_document(world: World, p: Params) -> JSON:
    """Post a document with an optional caption."""
    return await _send_file(world, p, "document")


@method("sendVoice")
async def send_voice(world: World, p: Params) -> JSON:
    """Post a voice note."""
    return await _send_file(world, p, "voice", duration=p.integer("duration") or 1)


@method("sendSticker")
async def send_sticker(world: World, p: Params) -> JSON:
    """Post a sticker."""
    return await _send_file(world, p, "sticker", emoji=p.text("emoji"))


@method("sendLocation")
async def send_location(world: World, p: Params) -> JSON:
    """Post a map point."""
    chat = world.sendable_chat(chat_id_of(p))
    latitude = p.number("latitude", required=True)
    longitude = p.number("longitude", required=True)
    assert latitude is not None and longitude is not None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong latitude or longitude specified")
    location = {"latitude": latitude, "longitude": longitude}
    return world.message_json(_post(world, chat, p, kind="location", location=location))


@method("sendContact")
async def send_contact(world: World, p: Params) -> JSON:
    """Post a contact card."""
    chat = world.sendable_chat(chat_id_of(p))
    phone, first_name = p.text("phone_number"), p.text("first_name")
    if not phone:
        raise bad_request("phone_number is empty")
    if not first_name:
        raise bad_request("first_name is empty")
    contact: JSON = {"phone_number": phone, "first_name": first_name}
    if p.text("last_name"):
        contact["last_name"] = p.text("last_name")
    return world.message_json(_post(world, chat, p, kind="contact", contact=contact))


def _source(world: World, p: Params, what: str) -> SimMessage:
    return require_message(world, chat_id_of(p, "from_chat_id"), p.require_int("message_id"), what)


@method("copyMessage")
async def copy_message(world: World, p: Params) -> JSON:
    """Post a copy without a link to the original; answer only the new message id."""
    chat = world.sendable_chat(chat_id_of(p))
    source = _source(world, p, "copy")
    content = {name: getattr(source, name) for name in _CONTENT_FIELDS}
    if p.has("caption") and source.kind != "text":
        content.update(formatted_caption(p))
    message = _post(world, chat, p, **content)
    return {"message_id": message.message_id}


@method("forwardMessage")
async def forward_message(world: World, p: Params) -> JSON:
    """Post a forward that names where the message came from."""
    chat = world.sendable_chat(chat_id_of(p))
    source = _source(world, p, "forward")
    origin = source.forward_origin
    if origin is None and source.from_bot:
        origin = {"type": "user", "sender_user": world.bot_json(), "date": source.date}
    elif origin is None:
        origin = user_origin(world.users[source.sender_id], source.date)
    content = {name: getattr(source, name) for name in _CONTENT_FIELDS}
    message = SimMessage(
        message_id=0,
        chat_id=chat.id,
        from_bot=True,
        sender_id=world.bot_id,
        forward_origin=origin,
        **content,
    )
    return world.message_json(world.post(message))
