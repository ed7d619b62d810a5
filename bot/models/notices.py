"""Broadcast notices as the domain sees them; like bot/models/requests.py, imports nothing of ours.

A notice has a kind: urgent ones always arrive at once; the others wait out quiet hours and
can be muted, kind by kind, by a resident who does not want them.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field


class NoticeKind(StrEnum):
    """What a notice is about; the kind decides quiet hours and muting."""

    URGENT = "urgent"
    SERVICE = "service"
    ACTIVITY = "activity"
    POLICY = "policy"
    GREETING = "greeting"

    @property
    def urgent(self) -> bool:
        """Return True for notices that ignore quiet hours and mutes."""
        return self == NoticeKind.URGENT


class NoticeAudience(StrEnum):
    """Who a notice goes to; `targets` says which buildings, event or language."""

    EVERYONE = "everyone"
    BUILDINGS = "buildings"
    VOLUNTEERS = "volunteers"
    STAFF = "staff"
    EVENT = "event"
    LANGUAGE = "language"


class BroadcastStatus(StrEnum):
    """Where a notice stands. A recurring one makes a new `sending` notice each time."""

    SCHEDULED = "scheduled"
    RECURRING = "recurring"
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"
    STOPPED = "stopped"


class Repeat(BaseModel):
    """A rule for a notice that comes back: daily, weekly, or monthly (a date or nth weekday)."""

    freq: Literal["daily", "weekly", "monthly"]
    weekday: int | None = None
    nth: int | None = None  # 1..4, or -1 for the last one in the month
    day: int | None = None
    hour: int
    minute: int


class NoticeSpec(BaseModel):
    """What staff composed: the words (and a photo or document), the kind, the audience."""

    text: str
    photo: str | None = None
    document: str | None = None
    kind: NoticeKind = NoticeKind.SERVICE
    audience: NoticeAudience = NoticeAudience.EVERYONE
    targets: list[str] = Field(default_factory=list)


class Broadcast(NoticeSpec):
    """A notice as stored: sent, sending, scheduled, or a recurring rule."""

    id: int
    created_by: int
    status: BroadcastStatus
    send_at: datetime | None = None
    repeat: Repeat | None = None
    parent_id: int | None = None
    recipients: int = 0
    progress_chat: int | None = None
    progress_message_id: int | None = None
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    reported: bool = False


class Report(BaseModel):
    """How a notice's delivery went, counted from its outbox rows."""

    broadcast: Broadcast
    sent: int = 0
    unreachable: int = 0
    failed: int = 0
    cancelled: int = 0
    left: int = 0
    replies: int = 0
    held_until: datetime | None = None

    @property
    def finished(self) -> bool:
        """Return True when nothing of the notice is waiting or in flight."""
        return self.left == 0


class NoticeReply(BaseModel):
    """A resident's answer to a notice, passed to staff."""

    id: int
    broadcast_id: int
    person_id: int
    text: str
    created_at: datetime
    answered_at: datetime | None = None
