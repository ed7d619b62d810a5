"""Bot API methods that change or remove what is already in a chat, and answer button presses.

Telegram refuses an edit that changes nothing ("message is not modified"), and an edit that
omits reply_markup removes the inline keyboard; bots trip over both, so both are enforced.
"""

from __future__ import annotations

from typing import Any

from sandbox.simulator.api import bad_request, method
from sandbox.simulator.keyboards import Markup, is_inline, validate_markup
from sandbox.simulator.methods_send import chat_id_of, formatted_caption, formatted_text
from sandbox.simulator.params import Params
from sandbox.simulator.state import JSON, CallbackAnswer, SimMessage
from sandbox.simulator.world import World, require_message

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a previous content and reply markup of the message"
)


def _editable(world: World, p: Params) -> SimMessage:
    if p.has("inline_message_id") and not p.has("chat_id"):
        # Inline mode is not simulated; no inline message can exist.
        raise bad_request("message to edit not found")
    message = require_message(world, chat_id_of(p), p.require_int("message_id"), "edit")
    if not message.from_bot:
        raise bad_request("message can't be edited")
    return message


def _new_markup(message: SimMessage, p: Params) -> Markup | None:
    """Return the inline keyboard after the edit: the one given, or none at all."""
    markup = validate_markup(p.obj("reply_markup"), inline_only=True)
    if markup is None and not is_inline(message.reply_markup):
        # A reply keyboard shown with the message is not part of it; keep remembering it.
        return message.reply_markup
    return markup


def _apply(world: World, message: SimMessage, changes: dict[str, Any]) -> JSON:
    if all(getattr(message, name) == value for name, value in changes.items()):
        raise bad_request(_NOT_MODIFIED)
    for name, value in changes.items():
        setattr(message, name, value)
    world.touch(message)
    return world.message_json(message)


@method("editMessageText")
async def edit_message_text(world: World, p: Params) -> JSON:
    """Replace a bot message's text (and its inline keyboard)."""
    message = _editable(world, p)
    if message.text is None:
        raise bad_request("there is no text in the message to edit")
    content = formatted_text(p)
    changes = {"text": content["text"], "entities": content["entities"]}
    changes["reply_markup"] = _new_markup(message, p)
    if any(getattr(message, name) != value for name, value in changes.items()):
        changes.update(raw_text=content["raw_text"], parse_mode=content["parse_mode"])
    return _apply(world, message, changes)


@method("editMessageCaption")
async def edit_message_caption(world: World, p: Params) -> JSON:
    """Replace a bot media message's caption (and its inline keyboard)."""
    message = _editable(world, p)
    if message.kind not in ("photo", "document", "voice"):
        raise bad_request("there is no caption in the message to edit")
    content = formatted_caption(p) or {"caption": None, "caption_entities": []}
    changes = {"caption": content["caption"], "caption_entities": content["caption_entities"]}
    changes["reply_markup"] = _new_markup(message, p)
    if any(getattr(message, name) != value for name, value in changes.items()):
        changes["raw_caption"] = content.get("raw_caption")
    return _apply(world, message, changes)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(world: World, p: Params) -> JSON:
    """Replace or remove a bot message's inline keyboard."""
    message = _editable(world, p)
    return _apply(world, message, {"reply_markup": _new_markup(message, p)})


@method("deleteMessage")
async def delete_message(world: World, p: Params) -> bool:
    """Delete a message (the bot's or, as allowed in private chats, the user's)."""
    message = require_message(world, chat_id_of(p), p.require_int("message_id"), "delete")
    world.remove(message)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(world: World, p: Params) -> bool:
    """Record the answer to a button press; each press can be answered once."""
    text = p.text("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    answer = CallbackAnswer(
        query_id=p.text("callback_query_id") or "",
        text=text,
        show_alert=p.flag("show_alert"),
        url=p.text("url"),
        cache_time=p.integer("cache_time") or 0,
    )
    world.answer_callback(answer)
    return True
