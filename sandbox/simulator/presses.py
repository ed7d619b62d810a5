"""Pressing buttons, and delivering raw or repeated updates.

A press is only possible on a button the person can actually see (the current markup of a
live message, or the last reply keyboard shown), so a test fails loudly when the bot stopped
offering the button; `press_data` deliberately skips that check to forge callback data.
"""

from __future__ import annotations

from typing import Any

from sandbox.simulator.keyboards import inline_buttons, reply_buttons
from sandbox.simulator.people import PeopleMixin
from sandbox.simulator.state import JSON, SimMessage, SimUser


class PressesMixin(PeopleMixin):
    """Button presses and raw update delivery."""

    def reply_keyboard(self, user_id: int, chat_id: int | None = None) -> list[list[str]] | None:
        """Return the reply keyboard the person currently sees in a chat, if any."""
        rows = self._reply_rows(self.user(user_id), chat_id)
        return None if rows is None else [[button["text"] for button in row] for row in rows]

    def keyboard_message(self, user_id: int, chat_id: int | None = None) -> SimMessage | None:
        """Return the bot message whose reply keyboard the person sees now in a chat, if any
        (its markup says which buttons share a contact or a location)."""
        chat = self.chat(self.user(user_id).id if chat_id is None else chat_id)
        for message in reversed(chat.messages):
            markup = message.reply_markup
            if not message.from_bot or markup is None:
                continue
            if "remove_keyboard" in markup:
                return None
            if "keyboard" in markup:
                return message
        return None

    def _reply_rows(self, user: SimUser, chat_id: int | None) -> list[list[JSON]] | None:
        message = self.keyboard_message(user.id, chat_id)
        return None if message is None else reply_buttons(message.reply_markup)

    async def press_reply_button(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        *,
        location: tuple[float, float] = (0.0, 0.0),
    ) -> SimMessage:
        """Tap a reply-keyboard button; contact/location buttons share those instead of text."""
        user = self.user(user_id)
        rows = self._reply_rows(user, chat_id)
        if rows is None:
            raise AssertionError(
                f"no reply keyboard is shown to user {user_id}; cannot tap {text!r}"
            )
        button = next((b for row in rows for b in row if b["text"] == text), None)
        if button is None:
            shown = [[b["text"] for b in row] for row in rows]
            raise AssertionError(f"no reply button {text!r}; the keyboard shows {shown}")
        if button.get("request_contact"):
            return await self.send_contact(user_id, user.phone_number or "", chat_id=chat_id)
        if button.get("request_location"):
            return await self.send_location(user_id, *location, chat_id=chat_id)
        return await self.send_text(user_id, text, chat_id=chat_id)

    async def press(self, user_id: int, message: SimMessage, button_text: str) -> str:
        """Press the inline button showing `button_text` (exact, else a unique substring).

        Returns the callback query id, for `wait_for_callback_answer`.
        """
        current = self.world.find(message.chat_id, message.message_id)
        if current is None:
            raise AssertionError(f"message #{message.message_id} was deleted; nothing to press")
        buttons = inline_buttons(current.reply_markup)
        matches = [b for b in buttons if b["text"] == button_text] or [
            b for b in buttons if button_text in b["text"]
        ]
        if len(matches) != 1:
            problem = "no" if not matches else "more than one"
            raise AssertionError(
                f"{problem} button {button_text!r} on {current.describe()}; "
                f"buttons now: {current.buttons()}"
            )
        data = matches[0].get("callback_data")
        if data is None:
            raise AssertionError(f"button {button_text!r} opens a link; it sends no callback")
        return self._callback(user_id, current, str(data))

    async def press_data(self, user_id: int, chat_id: int, message_id: int, data: str) -> str:
        """Send a callback with arbitrary (possibly forged) data for an existing message."""
        current = self.world.find(chat_id, message_id)
        if current is None:
            raise AssertionError(f"no live message #{message_id} in chat {chat_id}")
        return self._callback(user_id, current, data)

    def _callback(self, user_id: int, message: SimMessage, data: str) -> str:
        user = self.user(user_id)
        self._where(user, message.chat_id)
        query_id = str(4_000_000_000_000 + self.world.next_serial())
        query = {
            "id": query_id,
            "from": user.to_json(),
            "message": self.world.message_json(message),
            "chat_instance": str(abs(message.chat_id) * 31 + self.world.bot_id),
            "data": data,
        }
        self.world.open_queries[query_id] = (message.chat_id, message.message_id)
        self.world.updates.push({"callback_query": query})
        return query_id

    def inject_update(self, update: dict[str, Any]) -> int:
        """Deliver a raw update (id assigned unless given); its callback query becomes answerable."""
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            message = query.get("message") or {}
            chat_id = (message.get("chat") or {}).get("id", 0)
            self.world.open_queries[str(query["id"])] = (chat_id, message.get("message_id", 0))
        return self.world.updates.push_raw(update)

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again with the same update_id, as Telegram may."""
        self.world.updates.redeliver(update_id)

    def make_message_update(self, message: SimMessage) -> JSON:
        """Build an update body carrying this message, as it looks now, for inject_update."""
        return {"message": self.world.message_json(message)}
