"""Events and sign-ups as the domain sees them; like bot/models/requests.py, imports nothing of ours.

Kept apart from bot/models/requests.py so the events feature grows on its own. `taken` counts the
places that are held: confirmed ones and those offered to someone on the waiting list.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_REMINDERS = (24, 2)
DEFAULT_OFFER_HOURS = 12


class Audience(StrEnum):
    """Who may sign up."""

    ALL = "all"
    BUILDINGS = "buildings"
    VOLUNTEERS = "volunteers"


class EventStatus(StrEnum):
    """Where an event stands; a published event takes sign-ups until its deadline."""

    PUBLISHED = "published"
    CANCELLED = "cancelled"


class SignupStatus(StrEnum):
    """Where a person's sign-up stands."""

    CONFIRMED = "confirmed"
    WAITING = "waiting"
    OFFERED = "offered"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def is_active(self) -> bool:
        """Return True while the person holds a place, an offer, or a place in the line."""
        return self in (SignupStatus.CONFIRMED, SignupStatus.WAITING, SignupStatus.OFFERED)


class EventSpec(BaseModel):
    """What staff give when they create an event (the form's answers)."""

    title: str
    description: str = ""
    starts_at: datetime
    ends_at: datetime
    place: str
    capacity: int | None = None
    deadline: datetime | None = None
    audience: Audience = Audience.ALL
    buildings: list[str] = Field(default_factory=list)
    per_person: int = 1
    photo: str | None = None
    reminders: list[int] = Field(default_factory=lambda: list(DEFAULT_REMINDERS))
    offer_hours: int = DEFAULT_OFFER_HOURS


class Event(BaseModel):
    """A published (or cancelled) event."""

    model_config = ConfigDict(frozen=True)

    id: int
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime
    place: str
    capacity: int | None
    deadline: datetime
    audience: Audience
    buildings: list[str]
    per_person: int
    photo: str | None
    reminders: list[int]
    offer_hours: int
    status: EventStatus
    taken: int
    created_by: int | None
    created_at: datetime

    @property
    def places_left(self) -> int | None:
        """Return the places nobody holds, or None when places are unlimited."""
        return None if self.capacity is None else max(0, self.capacity - self.taken)

    def signup_open(self, now: datetime) -> bool:
        """Return True while people may sign up."""
        return self.status == EventStatus.PUBLISHED and now < self.deadline and now < self.starts_at


class Signup(BaseModel):
    """One person's sign-up for one event (at most one row per person and event)."""

    id: int
    event_id: int
    person_id: int
    places: int
    status: SignupStatus
    seq: int
    code: str | None = None
    offer_until: datetime | None = None
    created_at: datetime
    checked_in_at: datetime | None = None


class EventView(BaseModel):
    """An event as one person sees it: their sign-up and place in the line, if any."""

    event: Event
    mine: Signup | None = None
    position: int | None = None
    waiting: int = 0
    may_join: bool = True


class RosterLine(BaseModel):
    """A sign-up with the person behind it, for staff."""

    signup: Signup
    name: str
    building: str | None = None
    unit: str | None = None
    phone: str | None = None


class Roster(BaseModel):
    """Who is coming and who is waiting, in order."""

    event: Event
    confirmed: list[RosterLine]
    offered: list[RosterLine]
    waiting: list[RosterLine]

    @property
    def attended(self) -> int:
        """Return how many confirmed people were checked in."""
        return sum(1 for line in self.confirmed if line.signup.checked_in_at is not None)


class CheckIn(BaseModel):
    """The result of checking a code at the door."""

    event: Event
    line: RosterLine
    already: bool
    attended: int
    coming: int
