"""The web chat's JSON: people, chats and messages as the page draws them.

The page never sees Bot API objects; it gets what a Telegram client would show: who wrote,
the words with their formatting entities, the file to display or download, the buttons.
"""

from __future__ import annotations

from typing import Any

from bot.models.people import Person
from sandbox.simulator import BotApiSimulator, SimChat, SimFile, SimMessage, SimUser
from sandbox.simulator.keyboards import reply_buttons
from sandbox.web.cast import role_of

JSON = dict[str, Any]


def person_json(user: SimUser, person: Person | None) -> JSON:
    """Describe someone a visitor can be, with what the bot knows of them."""
    registered = person is not None and person.registered and not person.erased
    return {
        "id": user.id,
        "name": user.full_name,
        "language": user.language_code,
        "role": role_of(user.id, person.role if person else None),
        "registered": registered,
        "building": person.building if person and registered else None,
        "unit": person.unit if person and registered else None,
    }


def chat_json(sim: BotApiSimulator, chat: SimChat, user_id: int) -> JSON:
    """Describe a chat in a person's chat list."""
    live = [m for m in chat.messages if not m.deleted]
    last = live[-1] if live else None
    return {
        "id": chat.id,
        "type": chat.type,
        "title": sim.world.bot_name if chat.user is not None else chat.title or "",
        "is_bot": chat.user is not None,
        "last": _preview(last) if last is not None else "",
        "count": len(live),
        "keyboard": keyboard_json(sim, user_id, chat.id),
    }


def _preview(message: SimMessage) -> str:
    words = message.content.strip().splitlines()
    icons = {"photo": "🖼", "voice": "🎤", "document": "📄", "location": "📍", "contact": "👤"}
    icon = icons.get(message.kind, "")
    text = words[0] if words else ""
    return f"{icon} {text}".strip()[:80]


def file_json(sim_file: SimFile) -> JSON:
    """Describe an attached file and where the page fetches its bytes."""
    return {
        "id": sim_file.file_id,
        "url": f"/api/files/{sim_file.file_id}",
        "name": sim_file.filename,
        "mime": sim_file.mime_type,
        "size": len(sim_file.data),
    }


def message_json(sim: BotApiSimulator, message: SimMessage) -> JSON:
    """Describe a message as the chat shows it now (or as it was, for a snapshot)."""
    world = sim.world
    sender = world.users.get(message.sender_id)
    text_entities = message.entities if message.text is not None else message.caption_entities
    data: JSON = {
        "id": message.message_id,
        "chat_id": message.chat_id,
        "date": message.date,
        "from_bot": message.from_bot,
        "sender": {
            "id": message.sender_id,
            "name": world.bot_name if message.from_bot or sender is None else sender.full_name,
        },
        "kind": message.kind,
        "text": message.content,
        "entities": text_entities,
        "edited": message.edited,
        "deleted": message.deleted,
        "buttons": _inline_rows(message),
        "force_reply": _force_reply(sim, message),
    }
    data.update(_extras(message))
    if message.message_thread_id is not None:
        data["topic"] = world.chats[message.chat_id].topics.get(message.message_thread_id)
    replied = world.find(message.chat_id, message.reply_to_message_id)
    if replied is not None:
        data["reply_to"] = {
            "id": replied.message_id,
            "name": world.bot_name if replied.from_bot else _name(sim, replied.sender_id),
            "text": _preview(replied),
        }
    return data


def _extras(message: SimMessage) -> JSON:
    """Return what only some messages carry: a file, a place, a contact, a forward."""
    extras: JSON = {}
    if message.file is not None:
        extras["file"] = file_json(message.file)
    if message.duration is not None:
        extras["duration"] = message.duration
    if message.location is not None:
        extras["location"] = message.location
    if message.contact is not None:
        extras["contact"] = message.contact
    if message.forward_origin is not None:
        extras["forwarded_from"] = _origin_name(message.forward_origin)
    return extras


def _force_reply(sim: BotApiSimulator, message: SimMessage) -> JSON | None:
    """Say whom a ForceReply opens the reply field for: everyone, or (selective) the people
    it mentions and the sender of the message it answers, as Telegram clients decide."""
    markup = message.reply_markup
    if not markup or "force_reply" not in markup:
        return None
    targets: set[int] = set()
    for entity in message.entities or message.caption_entities:
        if entity.get("type") == "text_mention":
            targets.add(int(entity.get("user", {}).get("id", 0)))
        url = str(entity.get("url") or "")
        if entity.get("type") == "text_link" and url.startswith("tg://user?id="):
            targets.add(int(url.removeprefix("tg://user?id=") or 0))
    replied = sim.world.find(message.chat_id, message.reply_to_message_id)
    if replied is not None and not replied.from_bot:
        targets.add(replied.sender_id)
    return {"selective": bool(markup.get("selective")), "for": sorted(targets)}


def _name(sim: BotApiSimulator, user_id: int) -> str:
    user = sim.world.users.get(user_id)
    return user.full_name if user is not None else str(user_id)


def _origin_name(origin: JSON) -> str:
    if origin.get("type") == "hidden_user":
        return str(origin.get("sender_user_name", ""))
    user = origin.get("sender_user") or {}
    return " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p)


def _inline_rows(message: SimMessage) -> list[list[JSON]]:
    markup = message.reply_markup
    if not markup or "inline_keyboard" not in markup:
        return []
    rows: list[list[JSON]] = []
    for row in markup["inline_keyboard"]:
        rows.append(
            [
                {"text": b["text"], "url": b.get("url"), "callback": "callback_data" in b}
                for b in row
            ]
        )
    return rows


def inline_button(message: SimMessage, row: int, column: int) -> JSON | None:
    """Return the inline button at a position, as the message shows it now."""
    markup = message.reply_markup
    if not markup or "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if not 0 <= row < len(rows) or not 0 <= column < len(rows[row]):
        return None
    button = rows[row][column]
    return button if isinstance(button, dict) else None


def keyboard_json(sim: BotApiSimulator, user_id: int, chat_id: int) -> JSON | None:
    """Describe the reply keyboard a person sees under a chat, if any."""
    message = sim.keyboard_message(user_id, chat_id)
    if message is None or message.reply_markup is None:
        return None
    markup = message.reply_markup
    rows = reply_buttons(markup) or []
    return {
        "message_id": message.message_id,
        "one_time": bool(markup.get("one_time_keyboard")),
        "placeholder": markup.get("input_field_placeholder"),
        "rows": [[{"text": b["text"], "request": _request_kind(b)} for b in row] for row in rows],
    }


def _request_kind(button: JSON) -> str | None:
    if button.get("request_contact"):
        return "contact"
    if button.get("request_location"):
        return "location"
    return None
