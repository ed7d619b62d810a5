"""Messages waiting in the outbox, and the buttons they carry."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel


class Button(BaseModel):
    """An inline button in a neutral form, so services can describe keyboards without Telegram."""

    text: str
    data: str | None = None
    url: str | None = None


class Priority:
    """Outbox priorities: lower goes first."""

    PERSONAL = 0
    BULK = 10


class OutboxStatus(StrEnum):
    """Where an outbox row stands."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class OutboxMessage(BaseModel):
    """A message to send later, written in the same transaction as its cause."""

    id: int = 0
    chat_id: int
    text: str
    buttons: list[list[Button]] | None = None
    photo: str | None = None
    voice: str | None = None
    document: str | None = None
    force_reply: bool = False
    priority: int = Priority.PERSONAL
    status: OutboxStatus = OutboxStatus.PENDING
    attempts: int = 0
    next_attempt_at: datetime | None = None
    person_id: int | None = None
    ref: str | None = None
    sent_message_id: int | None = None
    broadcast_id: int | None = None
    thread_id: int | None = None  # the staff room's forum topic it goes to
    reply_to: int | None = None  # the message it answers (a request's card in the staff room)


class Backlog(BaseModel):
    """The outbox's messages due now or in flight, and since when the oldest has been due."""

    count: int = 0
    oldest_due: datetime | None = None
