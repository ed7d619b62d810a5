"""The tests' side of the chat: simulated people who join, write, share and block.

Every action becomes a Bot API update in the queue the bot polls, shaped the way Telegram
clients produce it (a "/command" carries its bot_command entity, a shared contact carries the
sender's user_id), so the bot's real handlers and filters match as they would in production.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sandbox.simulator.files import SMALL_PNG
from sandbox.simulator.formatting import command_entities
from sandbox.simulator.methods_misc import member_json
from sandbox.simulator.state import JSON, SimChat, SimMessage, SimUser
from sandbox.simulator.world import World, user_origin

SUPERGROUP_BELOW = -1_000_000_000_000
_PRESENT = {"creator", "administrator", "member", "restricted"}


class PeopleMixin:
    """Create people and groups and act on their behalf."""

    world: World

    def add_user(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str = "en",
        *,
        phone_number: str | None = None,
        hides_forwards: bool = False,
    ) -> SimUser:
        """Add a person who has started the bot; their private chat id equals `user_id`."""
        if user_id <= 0:
            raise ValueError("user ids are positive")
        user = SimUser(
            user_id,
            first_name,
            last_name,
            username,
            language_code,
            phone_number=phone_number or f"+1555{user_id:07d}",
            hides_forwards=hides_forwards,
        )
        self.world.users[user_id] = user
        self.world.chats[user_id] = SimChat(id=user_id, type="private", user=user)
        return user

    def add_group(
        self,
        chat_id: int,
        title: str,
        member_ids: Iterable[int] = (),
        *,
        admin_ids: Iterable[int] = (),
        creator_id: int | None = None,
        forum: bool = False,
    ) -> SimChat:
        """Add a group the bot is in; ids below -10^12 are supergroups, as on Telegram, and
        only a supergroup can be a forum (topics)."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        kind = "supergroup" if chat_id < SUPERGROUP_BELOW else "group"
        if forum and kind != "supergroup":
            raise ValueError("only a supergroup can be a forum")
        chat = SimChat(id=chat_id, type=kind, title=title, is_forum=forum)
        self.world.chats[chat_id] = chat
        for user_id in member_ids:
            self.set_member_status(chat_id, user_id, "member")
        for user_id in admin_ids:
            self.set_member_status(chat_id, user_id, "administrator")
        if creator_id is not None:
            self.set_member_status(chat_id, creator_id, "creator")
        return chat

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Set what getChatMember reports: creator, administrator, member, left or kicked."""
        self.user(user_id)
        chat = self.chat(chat_id)
        if chat.user is not None:
            raise ValueError("membership is fixed in private chats")
        chat.member_status[user_id] = status

    def user(self, user_id: int) -> SimUser:
        """Return a simulated person, failing clearly when the test forgot to add them."""
        if user_id not in self.world.users:
            raise LookupError(f"unknown user {user_id}: call sim.add_user() first")
        return self.world.users[user_id]

    def chat(self, chat_id: int) -> SimChat:
        """Return a simulated chat, failing clearly when it does not exist."""
        if chat_id not in self.world.chats:
            raise LookupError(f"unknown chat {chat_id}: call sim.add_user()/add_group() first")
        return self.world.chats[chat_id]

    def chats_of(self, user_id: int) -> list[SimChat]:
        """Return the chats a person sees in their chat list: their chat with the bot first,
        then the groups they are in, as a Telegram client lists them."""
        user = self.user(user_id)
        groups = [
            chat
            for chat in self.world.chats.values()
            if chat.user is None and chat.member_status.get(user.id) in _PRESENT
        ]
        return [self.world.chats[user.id], *groups]

    def can_see(self, user_id: int, chat_id: int) -> bool:
        """Tell whether a person may read (and write in) a chat."""
        try:
            self._where(self.user(user_id), chat_id)
        except LookupError:
            return False
        return True

    def block(self, user_id: int) -> None:
        """Make the person block the bot: sends now fail with 403, a my_chat_member arrives."""
        self._set_blocked(self.user(user_id), True)

    def unblock(self, user_id: int) -> None:
        """Make the person unblock (restart) the bot."""
        self._set_blocked(self.user(user_id), False)

    def _set_blocked(self, user: SimUser, blocked: bool) -> None:
        if user.blocked_bot == blocked:
            return
        user.blocked_bot = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        bot = self.world.bot_json()
        self.world.updates.push(
            {
                "my_chat_member": {
                    "chat": self.world.chats[user.id].to_json(),
                    "from": user.to_json(),
                    "date": self.world.now(),
                    "old_chat_member": member_json(bot, old),
                    "new_chat_member": member_json(bot, new),
                }
            }
        )

    def _where(self, user: SimUser, chat_id: int | None) -> SimChat:
        chat = self.chat(user.id if chat_id is None else chat_id)
        if chat.user is None and chat.member_status.get(user.id) not in _PRESENT:
            raise LookupError(f"user {user.id} is not a member of chat {chat.id}")
        if chat.user is not None and chat.user is not user:
            raise LookupError(f"user {user.id} cannot write in {chat.user.id}'s private chat")
        return chat

    def _deliver(
        self, user_id: int, chat_id: int | None, reply_to: int | SimMessage | None, **content: Any
    ) -> SimMessage:
        """Post the person's message in the chat and queue the update the bot will poll."""
        user = self.user(user_id)
        chat = self._where(user, chat_id)
        if chat.user is not None and user.blocked_bot:
            self.unblock(user.id)  # a client must restart the bot before writing to it
        reply_id = reply_to.message_id if isinstance(reply_to, SimMessage) else reply_to
        replied = self.world.find(chat.id, reply_id) if reply_id is not None else None
        if reply_id is not None and replied is None:
            raise LookupError(f"no message {reply_id} in chat {chat.id} to reply to")
        message = SimMessage(
            message_id=0,
            chat_id=chat.id,
            from_bot=False,
            sender_id=user.id,
            reply_to_message_id=reply_id,
            # A reply in a forum topic is written in that topic, as Telegram's clients do.
            message_thread_id=replied.message_thread_id if replied is not None else None,
            **content,
        )
        self.world.post(message)
        self.world.updates.push({"message": self.world.message_json(message)})
        return message

    async def send_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        reply_to: int | SimMessage | None = None,
    ) -> SimMessage:
        """Send a text; "/start payload" arrives as a command, like a deep link opening."""
        if not text.strip() or len(text) > 4096:
            raise ValueError("Telegram clients send 1..4096 characters of text")
        entities = command_entities(text)
        return self._deliver(
            user_id, chat_id, reply_to, text=text, raw_text=text, entities=entities
        )

    async def send_sticker(
        self, user_id: int, emoji: str = "👍", chat_id: int | None = None
    ) -> SimMessage:
        """Send a sticker (a classic "wrong kind of input" for a form)."""
        sticker = self.world.files.add(b"RIFF\x00\x00\x00\x00WEBP", "sticker", "sticker.webp")
        return self._deliver(user_id, chat_id, None, kind="sticker", file=sticker, emoji=emoji)

    async def send_photo(
        self,
        user_id: int,
        data: bytes = SMALL_PNG,
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> SimMessage:
        """Send a photo whose bytes the bot can fetch with getFile."""
        photo = self.world.files.add(data, "photo")
        return self._deliver(
            user_id, chat_id, None, kind="photo", file=photo, caption=caption, raw_caption=caption
        )

    async def send_document(
        self,
        user_id: int,
        data: bytes = b"%PDF-1.4\n% simulated\n",
        filename: str = "document.pdf",
        mime_type: str | None = None,
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> SimMessage:
        """Send a file as a document."""
        document = self.world.files.add(data, "document", filename, mime_type)
        return self._deliver(
            user_id,
            chat_id,
            None,
            kind="document",
            file=document,
            caption=caption,
            raw_caption=caption,
        )

    async def send_voice(
        self,
        user_id: int,
        duration: int = 3,
        data: bytes = b"OggS\x00sim",
        chat_id: int | None = None,
        mime_type: str = "audio/ogg",
    ) -> SimMessage:
        """Send a voice note (Telegram clients record OGG/Opus; a viewer may send WAV)."""
        voice = self.world.files.add(data, "voice", mime_type=mime_type)
        return self._deliver(user_id, chat_id, None, kind="voice", file=voice, duration=duration)

    async def send_contact(
        self,
        user_id: int,
        phone_number: str,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        contact_user_id: int | None = None,
        chat_id: int | None = None,
    ) -> SimMessage:
        """Share a contact; by default the sender's own, as the request_contact button does."""
        user = self.user(user_id)
        contact: JSON = {
            "phone_number": phone_number,
            "first_name": first_name or user.first_name,
            "user_id": contact_user_id or user_id,
        }
        if last_name:
            contact["last_name"] = last_name
        return self._deliver(user_id, chat_id, None, kind="contact", contact=contact)

    async def send_location(
        self, user_id: int, latitude: float, longitude: float, chat_id: int | None = None
    ) -> SimMessage:
        """Share a map point."""
        location = {"latitude": latitude, "longitude": longitude}
        return self._deliver(user_id, chat_id, None, kind="location", location=location)

    async def forward_from(
        self,
        user_id: int,
        original_user_id: int,
        text: str = "Forwarded message",
        chat_id: int | None = None,
    ) -> SimMessage:
        """Forward another person's message; their privacy setting decides what is revealed."""
        origin = user_origin(self.user(original_user_id), self.world.now() - 60)
        return self._deliver(
            user_id, chat_id, None, text=text, raw_text=text, forward_origin=origin
        )
