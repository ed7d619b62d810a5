"""The council meeting (议事会) as the domain sees it: the meeting, its agenda, the decisions."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from bot.models.notices import Repeat
from bot.models.people import Person
from bot.models.topics import Topic


class CouncilStatus(StrEnum):
    """Where a council stands."""

    PLANNED = "planned"
    HELD = "held"


class Decision(StrEnum):
    """What the council decided on one topic."""

    AGREED = "agreed"
    REJECTED = "rejected"
    POSTPONED = "postponed"


class MemberKind(StrEnum):
    """Why a person sits on the council besides staff."""

    LEADER = "leader"
    REP = "rep"


class Council(BaseModel):
    """One council meeting."""

    model_config = ConfigDict(frozen=True)

    id: int
    starts_at: datetime
    place: str
    repeat: Repeat | None = None
    publish_days: int
    status: CouncilStatus
    agenda_sent_at: datetime | None = None
    created_by: int | None = None
    created_at: datetime
    held_at: datetime | None = None


class AgendaItem(BaseModel):
    """A topic on the agenda, with the decision once recorded."""

    model_config = ConfigDict(frozen=True)

    topic: Topic
    position: int
    supporters: int
    decision: Decision | None = None
    decision_text: str | None = None


class Member(BaseModel):
    """A person who sits on the council: staff, or a leader or representative staff chose."""

    model_config = ConfigDict(frozen=True)

    person: Person
    kind: str  # "staff" or a MemberKind value


class TopicAction(BaseModel):
    """A follow-up action of an agreed topic: a request or a volunteer task, with its owner."""

    model_config = ConfigDict(frozen=True)

    id: int
    topic_id: int
    council_id: int
    request_id: int | None = None
    task_id: int | None = None
    owner_id: int
    due_at: datetime
    created_at: datetime
    done_at: datetime | None = None


class CouncilView(BaseModel):
    """A council with its agenda and members, as /council shows it."""

    model_config = ConfigDict(frozen=True)

    council: Council
    agenda: list[AgendaItem]
    members: list[Member]
    attended: int = 0


class ActionLine(BaseModel):
    """A follow-up action as the outcome list shows it."""

    model_config = ConfigDict(frozen=True)

    action: TopicAction
    owner: str
    what: str  # the request's number, or the task's title
    status: str  # the request's status, or "task_open" / "task_done"


class Outcome(BaseModel):
    """One line of the outcome list: the topic, the decision, its actions with owners."""

    model_config = ConfigDict(frozen=True)

    item: AgendaItem
    actions: list[ActionLine]
