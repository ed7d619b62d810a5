"""Statistics as the domain sees them: a period and a scope, and the figures of each area.

Every figure is an aggregate SQLite computed (storage/stats.py); these only carry them to the
summary card, the charts and the monthly report. Times are hours, shares are 0..1, and a
figure that cannot be known (a median of nothing, a target a category does not have) is None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ScopeKind(StrEnum):
    """What part of the community the figures cover."""

    ALL = "all"
    BUILDING = "building"
    GRID = "grid"


@dataclass(frozen=True)
class Scope:
    """The whole community, one building or one grid (a group of buildings)."""

    kind: ScopeKind = ScopeKind.ALL
    name: str | None = None


@dataclass(frozen=True)
class Period:
    """A stretch of time [start, end) in UTC, from the community's own days and months."""

    start: datetime
    end: datetime
    weeks: tuple[tuple[datetime, datetime], ...] = ()  # the local weeks it spans, for trends


@dataclass(frozen=True)
class Timing:
    """How long something took over a group of requests: median and 90th percentile in hours.

    `within_target` is the share answered within their category's target; None when no
    request of the group has a target (or nothing was answered).
    """

    count: int = 0
    median_hours: float | None = None
    p90_hours: float | None = None
    within_target: float | None = None


@dataclass(frozen=True)
class CategoryLine:
    """One category's requests filed in the period."""

    category: str
    target_hours: int | None
    filed: int
    answered: int
    resolved: int
    referred: int
    open: int
    overdue: int
    response: Timing
    resolution: Timing


@dataclass(frozen=True)
class BuildingLine:
    """One building's requests filed in the period, against its households."""

    building: str
    households: int
    filed: int
    open: int
    overdue: int

    @property
    def per_100(self) -> float | None:
        """Return requests per 100 households, or None for a building nobody registered in."""
        return None if self.households == 0 else 100 * self.filed / self.households


@dataclass(frozen=True)
class WeekLine:
    """One local week of the trend: requests filed and requests done in it."""

    start: datetime
    filed: int
    resolved: int


@dataclass(frozen=True)
class RequestStats:
    """Requests filed in the period, what became of them, and how fast."""

    filed: int = 0
    answered: int = 0
    resolved: int = 0
    referred: int = 0
    withdrawn: int = 0
    open: int = 0
    overdue: int = 0
    with_target: int = 0
    reopened: int = 0
    reopenings: int = 0
    rated: int = 0
    rating: float | None = None
    response: Timing = Timing()
    resolution: Timing = Timing()
    categories: list[CategoryLine] = field(default_factory=list)
    buildings: list[BuildingLine] = field(default_factory=list)
    weeks: list[WeekLine] = field(default_factory=list)

    @property
    def overdue_share(self) -> float | None:
        """Return the share of requests with a target that missed it."""
        return None if self.with_target == 0 else self.overdue / self.with_target

    @property
    def reopened_share(self) -> float | None:
        """Return the share of filed requests reopened at least once."""
        return None if self.filed == 0 else self.reopened / self.filed


@dataclass(frozen=True)
class ResidentStats:
    """Residents registered now (in scope), those who joined in the period, and how to reach them."""

    registered: int = 0
    joined: int = 0
    reachable: int = 0
    households: int = 0
    by_building: dict[str, int] = field(default_factory=dict)
    households_by_building: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)

    @property
    def reachable_share(self) -> float | None:
        """Return the share of registered residents the bot can write to."""
        return None if self.registered == 0 else self.reachable / self.registered


@dataclass(frozen=True)
class NoticeStats:
    """Notices that went out in the period, their reach and the replies to them."""

    sent: int = 0
    recipients: int = 0
    delivered: int = 0
    unreachable: int = 0
    replies: int = 0


@dataclass(frozen=True)
class EventStats:
    """Events held in the period: places offered and taken, sign-ups and who came."""

    held: int = 0
    places_offered: int = 0
    places_taken: int = 0
    signed_up: int = 0
    checked_in: int = 0
    waiting: int = 0


@dataclass(frozen=True)
class AreaLine:
    """A volunteering area's hours and points in the period ('' is the whole community)."""

    area: str
    hours: float
    points: int


@dataclass(frozen=True)
class VolunteerStats:
    """Volunteers and the love bank in the period."""

    approved: int = 0
    active: int = 0
    hours: float = 0.0
    points_earned: int = 0
    slots_needed: int = 0
    slots_filled: int = 0
    no_shows: int = 0
    rewards_redeemed: int = 0
    points_spent: int = 0
    areas: list[AreaLine] = field(default_factory=list)


@dataclass(frozen=True)
class WishStats:
    """Wishes raised in the period and wishes that came true in it."""

    raised: int = 0
    fulfilled: int = 0
    median_days: float | None = None
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)  # raised, fulfilled


@dataclass(frozen=True)
class TopicStats:
    """Consultation topics raised in the period and those decided (accepted or declined)."""

    raised: int = 0
    accepted: int = 0
    declined: int = 0
    supports: int = 0


@dataclass(frozen=True)
class Summary:
    """Everything the card, the charts and the report show for one period and scope."""

    period: Period
    scope: Scope
    requests: RequestStats
    residents: ResidentStats
    notices: NoticeStats
    events: EventStats
    volunteers: VolunteerStats
    wishes: WishStats
    topics: TopicStats | None = None
