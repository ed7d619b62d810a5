"""Micro-wishes as the domain sees them; like bot/models/requests.py, imports nothing of ours.

A wish moves: review -> published -> claimed -> on_way -> done -> fulfilled, or ends as
declined, withdrawn or expired. A claim is its own row; a released claim ends and the wish
goes back to published (or expired, when its date has passed meanwhile).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

CATEGORIES = ("study", "daily", "company", "repairs", "health", "other")
DEFAULT_STALL_DAYS = 7
RELEASE_AFTER_REMINDER_DAYS = 3


class WishStatus(StrEnum):
    """Where a wish stands, in the words residents see."""

    REVIEW = "review"
    PUBLISHED = "published"
    CLAIMED = "claimed"
    ON_WAY = "on_way"
    DONE = "done"
    FULFILLED = "fulfilled"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"

    @property
    def is_claimed(self) -> bool:
        """Return True while a helper holds the wish."""
        return self in (WishStatus.CLAIMED, WishStatus.ON_WAY, WishStatus.DONE)


class ClaimStatus(StrEnum):
    """Where a claim stands; the first three are live, the rest ended."""

    CLAIMED = "claimed"
    ON_WAY = "on_way"
    DONE = "done"
    FULFILLED = "fulfilled"
    RELEASED = "released"
    STALLED = "stalled"
    CLOSED = "closed"


LIVE_CLAIMS = (ClaimStatus.CLAIMED, ClaimStatus.ON_WAY, ClaimStatus.DONE)


class NewWish(BaseModel):
    """What a resident decided when making a wish, built once from the form.

    It travels whole from the handler through the service to the repository, as a new request
    does, so adding a field is one line here and one column in storage, not a parameter in
    every signature.
    """

    model_config = ConfigDict(frozen=True)

    category: str
    text: str
    voice_file_id: str | None = None
    photo: str | None = None
    by_when: datetime | None = None
    show_building: bool = False


class Wish(BaseModel):
    """A resident's wish; `handover` is all a helper learns after claiming."""

    model_config = ConfigDict(frozen=True)

    id: int
    resident_id: int
    category: str
    text: str
    voice_file_id: str | None = None
    photo: str | None = None
    by_when: datetime | None = None
    show_building: bool = False
    status: WishStatus
    decline_reason: str | None = None
    handover: str | None = None
    staff_arranges: bool = False
    consent_note: str | None = None
    filed_by: int | None = None
    reviewed_by: int | None = None
    created_at: datetime
    published_at: datetime | None = None
    fulfilled_at: datetime | None = None
    points: int | None = None
    thanked_at: datetime | None = None

    @property
    def number(self) -> str:
        """Return the number residents and staff quote, e.g. W-000007."""
        return f"W-{self.id:06d}"

    @property
    def is_proxy(self) -> bool:
        """Return True when staff filed it for a resident without Telegram."""
        return self.filed_by is not None


class Claim(BaseModel):
    """A helper's claim of a wish (for themselves, or for their partner organisation)."""

    model_config = ConfigDict(frozen=True)

    id: int
    wish_id: int
    helper_id: int
    partner_id: int | None = None
    status: ClaimStatus
    claimed_at: datetime
    progress_at: datetime
    reminded_at: datetime | None = None
    done_photo: str | None = None
    ended_at: datetime | None = None
    end_reason: str | None = None

    @property
    def live(self) -> bool:
        """Return True while the claim holds the wish."""
        return self.ended_at is None


class Partner(BaseModel):
    """A partner organisation whose members claim wishes for it."""

    id: int
    name: str
    active: bool = True
    members: int = 0


class PublicWish(BaseModel):
    """A wish as helpers see it before claiming: never a name, a phone or a unit."""

    id: int
    number: str
    category: str
    text: str
    by_when: datetime | None = None
    building: str | None = None
    status: WishStatus


class HelperClaim(BaseModel):
    """A helper's own live claim with only what staff chose to share."""

    claim: Claim
    wish: PublicWish
    handover: str | None = None
    staff_arranges: bool = False
    partner: str | None = None


class WishLine(BaseModel):
    """A wish with the people around it, for staff (the overview and the export)."""

    wish: Wish
    resident: str
    building: str | None = None
    unit: str | None = None
    phone: str | None = None
    helper: str | None = None
    partner: str | None = None
    claim: Claim | None = None


class Overview(BaseModel):
    """What staff see on the wish desk."""

    by_status: dict[str, int]
    by_category: dict[str, int]
    unclaimed: list[WishLine]
    stalled: list[WishLine]
    review: list[WishLine]
    points: dict[str, int]
    partners: list[Partner]
    stall_days: int
