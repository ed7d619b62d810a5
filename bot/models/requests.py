"""Requests as the domain sees them: statuses, categories, the request and its timeline.

Rows become these at the repository boundary."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


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


class NewRequest(BaseModel):
    """What a person decided when filing a request, built once from the form.

    It travels whole from the handler through the service to the repository, so adding a
    field is one line here and one column in storage, not a parameter in every signature.
    """

    model_config = ConfigDict(frozen=True)

    category: str
    description: str
    voice_file_id: str | None = None
    photos: tuple[str, ...] = ()
    location: tuple[float, float] | None = None


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
    duplicate_of: int | None = None  # the open request this one repeats
    shared: bool = False  # shown to the filer's building, without their name
    me_too: int = 0  # neighbours who have the same problem
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


# The statuses of the open queue, in the order the Status filter lists them.
QUEUE_STATUSES = (
    RequestStatus.NEW,
    RequestStatus.TAKEN,
    RequestStatus.IN_PROGRESS,
    RequestStatus.WAITING,
    RequestStatus.REOPENED,
)
# The Age filter's choices: open for at least this many days.
QUEUE_AGES = (1, 3, 7, 30)


class QueueFacets(BaseModel):
    """What the staff queue is narrowed to, on top of its filter; None is "any", and the
    facets combine (building 2 AND repairs AND older than 3 days)."""

    model_config = ConfigDict(frozen=True)

    building: str | None = None
    category: str | None = None
    status: RequestStatus | None = None
    owner_id: int | None = None
    older_days: int | None = None

    @property
    def chosen(self) -> int:
        """Return how many facets are set."""
        return sum(v is not None for v in self.model_dump().values())


class FacetCount(BaseModel):
    """One choice of a queue facet and how many open requests it would show."""

    value: str
    count: int
    name: str | None = None  # an owner's name, for the Owner facet


class SavedReply(BaseModel):
    """A short answer staff keep for a category (None: for every category)."""

    id: int
    category: str | None
    text: str
    created_at: datetime
