"""Everything the fake Telegram knows, and the one place that renders it as Bot API JSON.

Both sides go through here: Bot API methods (the bot acting) and the people API (tests
acting). Keeping message ids, dates and JSON rendering in one spot is what makes a message
look the same whether it reaches the bot in an update or comes back from sendMessage.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import Any

from sandbox.simulator.api import bad_request, forbidden
from sandbox.simulator.files import FileStore
from sandbox.simulator.keyboards import is_inline
from sandbox.simulator.state import (
    JSON,
    CallbackAnswer,
    EventKind,
    SimChat,
    SimEvent,
    SimMessage,
    SimUser,
)
from sandbox.simulator.updates import Signal, UpdateQueue
from sandbox.simulator.webhook import WebhookPusher

_log = logging.getLogger(__name__)

CommandScope = tuple[str, int | None, int | None, str]
Subscriber = Callable[[SimEvent], None]


class World:
    """People, chats, messages, files, updates, commands and the log of changes."""

    def __init__(
        self, token: str, bot_username: str, bot_name: str, clock: Callable[[], float]
    ) -> None:
        bot_id, _, secret = token.partition(":")
        if not bot_id.isdigit() or not secret:
            raise ValueError("a bot token looks like '123456:SECRET'")
        self.token = token
        self.bot_id = int(bot_id)
        self.bot_username = bot_username
        self.bot_name = bot_name
        self.clock = clock
        self.users: dict[int, SimUser] = {}
        self.chats: dict[int, SimChat] = {}
        self.files = FileStore()
        self.updates = UpdateQueue()
        self.commands: dict[CommandScope, list[JSON]] = {}
        self.open_queries: dict[str, tuple[int, int]] = {}
        self.callback_answers: dict[str, CallbackAnswer] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.events: list[SimEvent] = []
        self.events_by_chat: dict[int, list[SimEvent]] = {}
        self.changed = Signal()
        self.subscribers: list[Subscriber] = []
        self.webhook_url = ""
        self.webhook = WebhookPusher(self.updates)  # posts updates while a local webhook is set
        self._serial = 0

    def next_serial(self) -> int:
        """Return a fresh number for ids Telegram makes up (callback query ids)."""
        self._serial += 1
        return self._serial

    def now(self) -> int:
        """Return the current date as Telegram sends it: whole epoch seconds."""
        return int(self.clock())

    def bot_json(self) -> JSON:
        """Return the bot as a User object (the `from` of its messages)."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_name,
            "username": self.bot_username,
        }

    def chat_or_error(self, chat_id: int | None) -> SimChat:
        """Return a known chat or refuse with Telegram's "chat not found"."""
        chat = self.chats.get(chat_id) if chat_id is not None else None
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def sendable_chat(self, chat_id: int | None) -> SimChat:
        """Return a chat the bot may post to, refusing blocked users with a 403."""
        chat = self.chat_or_error(chat_id)
        if chat.user is not None and chat.user.blocked_bot:
            raise forbidden("bot was blocked by the user")
        return chat

    def find(self, chat_id: int, message_id: int | None) -> SimMessage | None:
        """Return a live (not deleted) message, or None."""
        chat = self.chats.get(chat_id)
        message = chat.by_id.get(message_id) if chat and message_id is not None else None
        return None if message is None or message.deleted else message

    def post(self, message: SimMessage) -> SimMessage:
        """Give a new message its id and date, add it to its chat and log the change."""
        chat = self.chats[message.chat_id]
        chat.last_message_id += 1
        message.message_id = chat.last_message_id
        message.date = self.now()
        chat.messages.append(message)
        chat.by_id[message.message_id] = message
        self.record("new", chat.id, message)
        return message

    def touch(self, message: SimMessage) -> None:
        """Mark an in-place change as an edit (count, edit_date) and log it."""
        message.edited += 1
        message.edit_date = self.now()
        self.record("edit", message.chat_id, message)

    def remove(self, message: SimMessage) -> None:
        """Flag a message deleted; it stays listed so tests can see that it went away."""
        message.deleted = True
        self.record("delete", message.chat_id, message)

    def record(
        self,
        kind: EventKind,
        chat_id: int,
        message: SimMessage | None = None,
        answer: CallbackAnswer | None = None,
    ) -> SimEvent:
        """Append a change to the log, wake waiters and tell subscribers."""
        snapshot = copy.copy(message) if message is not None else None
        event = SimEvent(len(self.events) + 1, kind, chat_id, snapshot, answer)
        self.events.append(event)
        self.events_by_chat.setdefault(chat_id, []).append(event)
        self.changed.fire()
        for subscriber in list(self.subscribers):
            try:
                subscriber(event)
            except Exception:
                # A broken viewer must not turn into a failed Bot API call for the bot.
                _log.exception("simulator subscriber failed on %s", kind)
        return event

    def answer_callback(self, answer: CallbackAnswer) -> None:
        """Store the first answer to an open query; later ones are refused like Telegram's."""
        target = self.open_queries.pop(answer.query_id, None)
        if target is None:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self.callback_answers[answer.query_id] = answer
        self.record("callback_answer", target[0], answer=answer)

    def message_json(self, message: SimMessage, *, with_reply: bool = True) -> JSON:
        """Render a message as the Bot API Message object, as it looks now."""
        chat = self.chats[message.chat_id]
        sender = self.bot_json() if message.from_bot else self.users[message.sender_id].to_json()
        data: JSON = {
            "message_id": message.message_id,
            "from": sender,
            "chat": chat.to_json(),
            "date": message.date,
        }
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        if message.forward_origin is not None:
            data["forward_origin"] = message.forward_origin
        if with_reply and (replied := self.find(chat.id, message.reply_to_message_id)):
            # Telegram nests the replied message one level deep, never further.
            data["reply_to_message"] = self.message_json(replied, with_reply=False)
        data.update(_content_json(message))
        if message.message_thread_id is not None:
            data.update(message_thread_id=message.message_thread_id, is_topic_message=True)
        if is_inline(message.reply_markup):
            data["reply_markup"] = message.reply_markup
        return data


def _content_json(message: SimMessage) -> JSON:
    data: JSON = {}
    if message.text is not None:
        data["text"] = message.text
        if message.entities:
            data["entities"] = message.entities
    if message.caption is not None:
        data["caption"] = message.caption
        if message.caption_entities:
            data["caption_entities"] = message.caption_entities
    media = message.file
    if media is not None:
        rendered: dict[str, Any] = {
            "photo": media.photo_json,
            "document": media.document_json,
            "voice": lambda: media.voice_json(message.duration or 1),
            "sticker": lambda: media.sticker_json(message.emoji),
        }
        if message.kind in rendered:
            data[message.kind] = rendered[message.kind]()
    if message.location is not None:
        data["location"] = message.location
    if message.contact is not None:
        data["contact"] = message.contact
    return data


def require_message(world: World, chat_id: int, message_id: int | None, what: str) -> SimMessage:
    """Return a live message or refuse with "message to <what> not found"."""
    message = world.find(chat_id, message_id)
    if message is None:
        raise bad_request(f"message to {what} not found")
    return message


def user_origin(user: SimUser, date: int) -> JSON:
    """Return the forward_origin Telegram shows for a user's message, honouring their privacy."""
    if user.hides_forwards:
        return {"type": "hidden_user", "sender_user_name": user.full_name, "date": date}
    return {"type": "user", "sender_user": user.to_json(), "date": date}
