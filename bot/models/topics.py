"""Consultation topics (协商议事) as the domain sees them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict


def topic_number(topic_id: int) -> str:
    """Return the number of a topic id as residents and staff quote it, e.g. T-000012."""
    return f"T-{topic_id:06d}"


class TopicStatus(StrEnum):
    """Where a topic stands on its way to the council."""

    REVIEW = "review"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"
    ON_AGENDA = "on_agenda"
    POSTPONED = "postponed"
    DECIDED = "decided"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        """Return True while residents may still back the topic."""
        return self in (
            TopicStatus.REVIEW,
            TopicStatus.ACCEPTED,
            TopicStatus.ON_AGENDA,
            TopicStatus.POSTPONED,
        )


class NewTopic(BaseModel):
    """What a resident raises: words or a voice message, a photo, where it applies."""

    model_config = ConfigDict(frozen=True)

    text: str = ""
    voice_file_id: str | None = None
    photo: str | None = None
    building: str | None = None  # None: the whole community
    show_name: bool = False


class Topic(BaseModel):
    """A topic raised for the council."""

    model_config = ConfigDict(frozen=True)

    id: int
    raiser_id: int
    text: str
    voice_file_id: str | None = None
    photo: str | None = None
    building: str | None = None
    show_name: bool = False
    status: TopicStatus
    reason: str | None = None
    merged_into: int | None = None
    consent_note: str | None = None
    filed_by: int | None = None
    reviewed_by: int | None = None
    created_at: datetime
    reviewed_at: datetime | None = None
    request_id: int | None = None  # the request staff turned it into ("this is a request")

    @property
    def number(self) -> str:
        """Return the number residents and staff quote, e.g. T-000012."""
        return topic_number(self.id)


class BoardTopic(BaseModel):
    """A line of the board: the topic, how many back it, and whether the reader does."""

    model_config = ConfigDict(frozen=True)

    topic: Topic
    supporters: int
    mine: bool
    council_at: datetime | None = None  # when the council that will discuss it meets


class TopicCard(BaseModel):
    """The staff card of a topic: the catalog arguments of `topic-desk-card` and its buttons."""

    model_config = ConfigDict(frozen=True)

    topic: Topic
    args: dict[str, Any]
