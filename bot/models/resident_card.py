"""What staff see of one resident on their card: contact, requests, wishes, sign-ups and
volunteer record, in one read."""

from __future__ import annotations

from pydantic import BaseModel

from bot.models.events import Event
from bot.models.people import Person
from bot.models.requests import Request
from bot.models.volunteers import Task, VolunteerStatus


class ResidentCard(BaseModel):
    """One resident, as a staff member opening their card sees them."""

    person: Person
    requests_total: int
    requests_open: int
    newest: list[Request]  # the newest few, for buttons to open each
    wishes_total: int
    wishes_open: int
    events: list[Event]  # events they are signed up for that have not ended
    volunteer: VolunteerStatus | None
    points: int
    tasks: list[Task]  # tasks they hold a place on that have not ended
