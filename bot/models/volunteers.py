"""Volunteers, tasks, duty posts and rewards as the domain sees them; imports nothing of ours."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

AVAILABILITY = ("weekdays", "weekends", "mornings", "afternoons", "evenings")
DEFAULT_RELEASE_HOURS = 12


class VolunteerStatus(StrEnum):
    """Where a person stands as a volunteer."""

    APPLIED = "applied"
    APPROVED = "approved"
    DECLINED = "declined"
    PAUSED = "paused"
    LEFT = "left"


class Skill(BaseModel):
    """A skill volunteers offer and tasks ask for."""

    code: str
    label: str | None = None
    position: int = 0
    active: bool = True


class Application(BaseModel):
    """What a resident gives when they apply (the form's answers)."""

    skills: list[str] = Field(default_factory=list)
    skills_other: str = ""
    areas: list[str] = Field(default_factory=list)
    availability: list[str] = Field(default_factory=list)


class Volunteer(BaseModel):
    """A person's volunteer record."""

    person_id: int
    name: str = ""
    building: str | None = None
    status: VolunteerStatus
    skills: list[str] = Field(default_factory=list)
    skills_other: str = ""
    areas: list[str] = Field(default_factory=list)
    availability: list[str] = Field(default_factory=list)
    leads: str | None = None
    honours: bool = False
    applied_at: datetime
    decided_at: datetime | None = None
    reason: str | None = None

    @property
    def active(self) -> bool:
        """Return True when the volunteer may claim work and hear of it."""
        return self.status == VolunteerStatus.APPROVED


class TaskSpec(BaseModel):
    """What staff give when they create a task."""

    title: str
    description: str = ""
    place: str
    starts_at: datetime
    ends_at: datetime
    needed: int = 1
    points: int = 0
    area: str | None = None
    skills: list[str] = Field(default_factory=list)
    weekly: bool = False
    release_hours: int = DEFAULT_RELEASE_HOURS


class TaskChange(BaseModel):
    """One change to a published task: exactly one of the fields is set."""

    starts_at: datetime | None = None
    place: str | None = None
    needed: int | None = None
    points: int | None = None

    @property
    def field(self) -> str:
        """Return the name of the field this change sets (for the volunteers' message)."""
        return next((k for k, v in self.model_dump().items() if v is not None), "none")


class TaskStatus(StrEnum):
    """Where a task stands."""

    OPEN = "open"
    CANCELLED = "cancelled"


class Task(TaskSpec):
    """A published task or duty post."""

    id: int
    taken: int = 0
    series_id: int | None = None
    status: TaskStatus = TaskStatus.OPEN
    owner_id: int | None = None
    created_at: datetime

    @property
    def slots_left(self) -> int:
        """Return how many more volunteers are needed."""
        return max(self.needed - self.taken, 0)

    @property
    def hours(self) -> float:
        """Return the task's length in hours."""
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class SlotStatus(StrEnum):
    """Where a volunteer's slot on a task stands."""

    CLAIMED = "claimed"
    RELEASED = "released"
    CAME = "came"
    NO_SHOW = "no_show"

    @property
    def holds(self) -> bool:
        """Return True while the slot counts against the task's needed number."""
        return self in (SlotStatus.CLAIMED, SlotStatus.CAME, SlotStatus.NO_SHOW)


class Slot(BaseModel):
    """A volunteer's slot on a task."""

    id: int
    task_id: int
    person_id: int
    name: str = ""
    status: SlotStatus
    claimed_at: datetime
    released_at: datetime | None = None
    late_release: bool = False
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    confirmed_by: int | None = None


class TaskView(BaseModel):
    """A task as one person sees it."""

    task: Task
    matches: bool = False
    mine: Slot | None = None


class Reward(BaseModel):
    """An item in the reward catalogue."""

    id: int
    name: str
    cost: int
    stock: int
    active: bool = True


class RewardRequestStatus(StrEnum):
    """Where a request for a reward stands."""

    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class RewardRequest(BaseModel):
    """A volunteer's request for a reward."""

    id: int
    reward_id: int
    reward_name: str = ""
    person_id: int
    person_name: str = ""
    cost: int
    status: RewardRequestStatus
    created_at: datetime
    reason: str | None = None


class Wallet(BaseModel):
    """A volunteer's points: the balance, and how much of it pending requests hold."""

    balance: int
    held: int = 0

    @property
    def available(self) -> int:
        """Return what a new request may use: the balance less what is held."""
        return self.balance - self.held


class RewardOffer(BaseModel):
    """A reward a volunteer is about to ask for, with their points, for the Yes/Cancel step."""

    reward: Reward
    wallet: Wallet


class RequestMade(BaseModel):
    """A request just made, cancelled or declined, with the volunteer's points after it."""

    request: RewardRequest
    wallet: Wallet


class HonourLine(BaseModel):
    """One volunteer on the monthly honours roll."""

    person_id: int
    name: str
    points: int
    hours: float
