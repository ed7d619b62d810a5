"""The tests' eyes: read chats, wait for what the bot says next, watch every change.

`wait_for` keeps a cursor per chat, so a test reads a conversation one step at a time and
never matches a message it has already consumed. A timeout raises an AssertionError that
lists the chat's latest bot messages, which is what a failing end-to-end test should print.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Callable

from sandbox.simulator.state import JSON, CallbackAnswer, SimEvent, SimMessage
from sandbox.simulator.world import Subscriber, World

Predicate = Callable[[SimMessage], bool]


class ObserverMixin:
    """Observation of chats, callback answers and commands."""

    world: World
    _cursors: dict[int, int]

    def chat_messages(self, chat_id: int, *, include_deleted: bool = True) -> list[SimMessage]:
        """Return a chat's messages in order, in their current state."""
        chat = self.world.chats.get(chat_id)
        if chat is None:
            raise LookupError(f"unknown chat {chat_id}")
        return [m for m in chat.messages if include_deleted or not m.deleted]

    def bot_messages(self, chat_id: int, *, include_deleted: bool = True) -> list[SimMessage]:
        """Return only what the bot posted in a chat."""
        return [
            m for m in self.chat_messages(chat_id, include_deleted=include_deleted) if m.from_bot
        ]

    def last_bot_message(self, chat_id: int) -> SimMessage | None:
        """Return the bot's latest live message in a chat."""
        live = self.bot_messages(chat_id, include_deleted=False)
        return live[-1] if live else None

    def mark(self) -> int:
        """Return a position in the change log, for `wait_for(..., since=mark)`."""
        return len(self.world.events)

    def describe_chat(self, chat_id: int, last: int = 8) -> str:
        """List a chat's latest bot messages, one line each."""
        messages = self.bot_messages(chat_id)[-last:]
        if not messages:
            return f"  (the bot has sent nothing to chat {chat_id})"
        return "\n".join(f"  {m.describe()}" for m in messages)

    def _scan(self, chat_id: int, after: int, kinds: set[str], match: Predicate) -> SimEvent | None:
        events = self.world.events_by_chat.get(chat_id, [])
        start = bisect.bisect_right(events, after, key=lambda e: e.seq)
        for event in events[start:]:
            snapshot = event.message
            if (
                event.kind in kinds
                and snapshot is not None
                and snapshot.from_bot
                and match(snapshot)
            ):
                return event
        return None

    async def _await_event(
        self, chat_id: int, kinds: set[str], match: Predicate, seconds: float, since: int | None
    ) -> SimEvent | None:
        after = self._cursors.get(chat_id, 0) if since is None else since
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            event = self._scan(chat_id, after, kinds, match)
            if event is not None:
                self._cursors[chat_id] = event.seq
                return event
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            await self.world.changed.wait(remaining)

    async def wait_for(
        self,
        chat_id: int,
        contains: str | None = None,
        predicate: Predicate | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the test API, like pytest's
        since: int | None = None,
    ) -> SimMessage:
        """Wait for a new bot message or edit in the chat, after the last one waited for.

        `contains` looks in the plain text or caption; `predicate` sees the message as it was
        at that step. Returns the live message (its current state).
        """

        def match(message: SimMessage) -> bool:
            found = contains is None or contains in message.content
            return found and (predicate is None or predicate(message))

        event = await self._await_event(chat_id, {"new", "edit"}, match, timeout, since)
        if event is None or event.message is None:
            wanted = f"containing {contains!r}" if contains is not None else "matching"
            raise AssertionError(
                f"no new bot message {wanted} in chat {chat_id} within {timeout}s; "
                f"latest bot messages:\n{self.describe_chat(chat_id)}"
            )
        return self.world.chats[chat_id].by_id[event.message.message_id]

    async def wait_for_edit(
        self,
        message: SimMessage,
        predicate: Predicate | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the test API
    ) -> SimMessage:
        """Wait for the bot to edit this message (after the chat's cursor); return it live."""

        def match(snapshot: SimMessage) -> bool:
            same = snapshot.message_id == message.message_id
            return same and (predicate is None or predicate(snapshot))

        event = await self._await_event(message.chat_id, {"edit"}, match, timeout, None)
        if event is None:
            raise AssertionError(
                f"message #{message.message_id} in chat {message.chat_id} was not edited as "
                f"expected within {timeout}s; latest bot messages:\n"
                f"{self.describe_chat(message.chat_id)}"
            )
        return self.world.chats[message.chat_id].by_id[message.message_id]

    async def expect_silence(self, chat_id: int, duration: float = 0.3) -> None:
        """Assert that the bot posts and edits nothing more in the chat for `duration` seconds."""
        event = await self._await_event(chat_id, {"new", "edit"}, lambda m: True, duration, None)
        if event is not None and event.message is not None:
            raise AssertionError(
                f"expected silence in chat {chat_id}, but the bot sent {event.message.describe()}"
            )

    @property
    def callback_answers(self) -> dict[str, CallbackAnswer]:
        """Return answers to button presses, by callback query id."""
        return self.world.callback_answers

    async def wait_for_callback_answer(
        self,
        query_id: str,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the test API
    ) -> CallbackAnswer:
        """Wait until the bot answers a press (answerCallbackQuery)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while query_id not in self.world.callback_answers:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"the bot did not answer callback query {query_id}")
            await self.world.changed.wait(remaining)
        return self.world.callback_answers[query_id]

    def commands(
        self,
        scope_type: str = "default",
        chat_id: int | None = None,
        language_code: str = "",
        *,
        user_id: int | None = None,
    ) -> list[JSON]:
        """Return the commands set for exactly this scope and language (setMyCommands)."""
        return list(self.world.commands.get((scope_type, chat_id, user_id, language_code), []))

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(event)` on every change (messages of both sides, edits, deletes,
        callback answers); returns a function that unsubscribes."""
        self.world.subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self.world.subscribers:
                self.world.subscribers.remove(callback)

        return unsubscribe
