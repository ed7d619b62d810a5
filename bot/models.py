"""Domain models and enums; rows become these at the repository boundary."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Role(StrEnum):
    """What a person may do; admins come from LINLI_ADMINS, the rest is stored."""

    RESIDENT = "resident"
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    ADMIN = "admin"

    @property
    def is_staff(self) -> bool:
        """Return True for staff and admins: both work the front desk."""
        return self in (Role.STAFF, Role.ADMIN)


class Person(BaseModel):
    """Anyone the bot knows: a Telegram user, or a resident entered by staff (proxy)."""

    model_config = ConfigDict(frozen=True)

    id: int
    tg_id: int | None
    name: str
    building: str | None = None
    unit: str | None = None
    phone: str | None = None
    language: str | None = None
    tg_language: str | None = None
    role: Role = Role.RESIDENT
    registered: bool = False
    unreachable: bool = False
    is_proxy: bool = False
    erased: bool = False
    created_at: datetime


class RequestStatus(StrEnum):
    """Where a request stands in its lifecycle."""

    NEW = "new"
    TAKEN = "taken"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REFERRED = "referred"
    WITHDRAWN = "withdrawn"
    REOPENED = "reopened"

    @property
    def is_open(self) -> bool:
        """Return True while staff still owe the resident something."""
        return self in OPEN_STATUSES


OPEN_STATUSES = frozenset(
    {
        RequestStatus.NEW,
        RequestStatus.TAKEN,
        RequestStatus.IN_PROGRESS,
        RequestStatus.WAITING,
        RequestStatus.REOPENED,
    }
)
FINAL_STATUSES = frozenset({RequestStatus.CLOSED, RequestStatus.REFERRED, RequestStatus.WITHDRAWN})


class Category(BaseModel):
    """A kind of request with its first-response target."""

    code: str
    label: str | None = None
    response_hours: int
    position: int = 0
    active: bool = True


class Building(BaseModel):
    """A building of the community, optionally in a grid."""

    name: str
    grid: str | None = None
    position: int = 0


class Request(BaseModel):
    """A resident's request: one number, one owner, one answer."""

    id: int
    resident_id: int | None
    category: str
    description: str
    voice_file_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    status: RequestStatus
    owner_id: int | None = None
    handler_id: int | None = None
    created_at: datetime
    due_at: datetime
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    escalated: bool = False
    rating: int | None = None
    referral: str | None = None
    photos: list[str] = Field(default_factory=list)

    @property
    def number(self) -> str:
        """Return the number residents and staff quote, e.g. R-000042."""
        return format_number(self.id)

    def is_overdue(self, now: datetime) -> bool:
        """Return True when nobody answered within the category's target."""
        return self.status.is_open and self.first_response_at is None and now >= self.due_at


def format_number(request_id: int) -> str:
    """Return the public number of a request id."""
    return f"R-{request_id:06d}"


class EntryKind(StrEnum):
    """A line in a request's timeline."""

    CREATED = "created"
    TAKEN = "taken"
    STAFF_REPLY = "staff_reply"
    RESIDENT_REPLY = "resident_reply"
    NOTE = "note"
    HANDOVER = "handover"
    STATUS = "status"
    RATING = "rating"
    ESCALATED = "escalated"


class TimelineEntry(BaseModel):
    """One event in a request's life; `public` entries are shown to the resident."""

    id: int
    request_id: int
    at: datetime
    actor_id: int | None
    actor_name: str | None = None
    kind: EntryKind
    body: str | None = None
    public: bool = True


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


class Draft(BaseModel):
    """A form in progress; kept in SQLite so it survives a restart."""

    id: int
    tg_id: int
    flow: str
    step: str
    data: dict[str, Any] = Field(default_factory=dict)
    updated_at: datetime


class DueWork(BaseModel):
    """Something that must happen at a time: a row, so a restart loses nothing."""

    id: int
    kind: str
    ref_id: int
    due_at: datetime
