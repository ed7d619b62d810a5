"""The simulated world's records: people, chats, files, messages and what happened to them.

Messages are mutable and shared: an edit changes the one `SimMessage` object a test already
holds, so `msg.text` is always what the chat shows now. Events keep snapshots instead, so a
test reading a conversation step by step sees each version the bot produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sandbox.simulator.files import SimFile
from sandbox.simulator.keyboards import Markup, inline_buttons, reply_buttons

JSON = dict[str, Any]
MessageKind = Literal["text", "photo", "document", "voice", "sticker", "location", "contact"]
EventKind = Literal["new", "edit", "delete", "callback_answer"]


@dataclass(eq=False)
class SimUser:
    """A simulated person; their private chat with the bot has the same id."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str = "en"
    phone_number: str | None = None
    hides_forwards: bool = False
    blocked_bot: bool = False

    @property
    def full_name(self) -> str:
        """Return the name as Telegram shows it."""
        return f"{self.first_name} {self.last_name}" if self.last_name else self.first_name

    def to_json(self) -> JSON:
        """Return the Bot API User object."""
        data: JSON = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass(eq=False)
class SimChat:
    """A private chat (id == user id) or a group (negative id) and its messages."""

    id: int
    type: str
    title: str | None = None
    user: SimUser | None = None
    member_status: dict[int, str] = field(default_factory=dict)
    messages: list[SimMessage] = field(default_factory=list)
    by_id: dict[int, SimMessage] = field(default_factory=dict)
    last_message_id: int = 0
    is_forum: bool = False  # a supergroup with topics
    topics: dict[int, str] = field(default_factory=dict)  # message_thread_id -> name

    def to_json(self) -> JSON:
        """Return the Bot API Chat object."""
        if self.user is not None:
            user = self.user.to_json()
            data: JSON = {"id": self.id, "type": "private", "first_name": user["first_name"]}
            data.update({k: user[k] for k in ("last_name", "username") if k in user})
            return data
        data = {"id": self.id, "type": self.type, "title": self.title or ""}
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass(eq=False)
class SimMessage:
    """One message in a chat, in its current state (edits applied, deletion flagged)."""

    message_id: int
    chat_id: int
    from_bot: bool
    sender_id: int
    date: int = 0
    kind: MessageKind = "text"
    text: str | None = None
    raw_text: str | None = None
    entities: list[JSON] = field(default_factory=list)
    caption: str | None = None
    raw_caption: str | None = None
    caption_entities: list[JSON] = field(default_factory=list)
    parse_mode: str | None = None
    file: SimFile | None = None
    duration: int | None = None
    emoji: str | None = None
    location: JSON | None = None
    contact: JSON | None = None
    forward_origin: JSON | None = None
    reply_markup: Markup | None = None
    reply_to_message_id: int | None = None
    message_thread_id: int | None = None  # the forum topic it was posted in
    edited: int = 0
    edit_date: int | None = None
    deleted: bool = False

    @property
    def html(self) -> str | None:
        """Return the text or caption exactly as the bot sent it (HTML source, if any)."""
        return self.raw_text if self.text is not None else self.raw_caption

    @property
    def content(self) -> str:
        """Return the visible words: plain text, else the caption, else ""."""
        return self.text if self.text is not None else (self.caption or "")

    def _bytes_of(self, kind: str) -> bytes | None:
        return self.file.data if self.file is not None and self.kind == kind else None

    @property
    def photo(self) -> bytes | None:
        """Return the photo's bytes, if this is a photo message."""
        return self._bytes_of("photo")

    @property
    def document(self) -> bytes | None:
        """Return the document's bytes, if this is a document message."""
        return self._bytes_of("document")

    @property
    def voice(self) -> bytes | None:
        """Return the voice note's bytes, if this is a voice message."""
        return self._bytes_of("voice")

    @property
    def filename(self) -> str | None:
        """Return the attached file's name, if it has one."""
        return self.file.filename if self.file is not None else None

    @property
    def mime_type(self) -> str | None:
        """Return the attached file's MIME type, if known."""
        return self.file.mime_type if self.file is not None else None

    def buttons(self) -> list[str]:
        """Return the visible texts of the inline buttons, row by row."""
        return [button["text"] for button in inline_buttons(self.reply_markup)]

    def button_data(self) -> dict[str, str]:
        """Map each inline button's text to its callback data (buttons with data only)."""
        return {
            button["text"]: str(button["callback_data"])
            for button in inline_buttons(self.reply_markup)
            if button.get("callback_data") is not None
        }

    @property
    def reply_keyboard(self) -> list[list[str]] | None:
        """Return the texts of the reply keyboard this message showed, if any."""
        rows = reply_buttons(self.reply_markup)
        return None if rows is None else [[button["text"] for button in row] for row in rows]

    def describe(self) -> str:
        """Summarise the message in one line for assertion messages."""
        flags = "".join(
            [
                f" (edited x{self.edited})" if self.edited else "",
                " (deleted)" if self.deleted else "",
            ]
        )
        body = self.content if self.kind == "text" else f"[{self.kind}] {self.content}".strip()
        shown = body if len(body) <= 200 else body[:197] + "..."
        buttons = f" buttons={self.buttons()}" if self.buttons() else ""
        keyboard = f" keyboard={self.reply_keyboard}" if self.reply_keyboard else ""
        return f"#{self.message_id}{flags}: {shown!r}{buttons}{keyboard}"


@dataclass(frozen=True)
class CallbackAnswer:
    """What the bot answered to a button press (answerCallbackQuery)."""

    query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int


@dataclass(frozen=True)
class SimEvent:
    """One change, in order: a message appeared, was edited or deleted, or a press answered."""

    seq: int
    kind: EventKind
    chat_id: int
    message: SimMessage | None = None
    answer: CallbackAnswer | None = None
