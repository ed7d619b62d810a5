"""The resident card for staff: who someone is and everything they have going with the
community, opened from any card that names them.

Why one read: a staff member on the phone with a resident needs the whole picture at once,
not five commands; each part is read with a bounded query (counts in SQL, a few newest rows).
"""

from __future__ import annotations

from bot.errors import NotFound
from bot.models.resident_card import ResidentCard
from bot.models.wishes import WishStatus
from bot.services.env import ServiceEnv
from storage import events as events_repo
from storage import ledger as ledger_repo
from storage import people as people_repo
from storage import requests as requests_repo
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo
from storage import wishes as wishes_repo

NEWEST = 5
LISTED = 5
_WISHES_OPEN = {WishStatus.REVIEW, WishStatus.PUBLISHED, WishStatus.CLAIMED, WishStatus.ON_WAY}


class ResidentCardService:
    """Read one resident's card, for staff."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def card(self, staff_tg: int, person_id: int) -> ResidentCard:
        """Return the card of a person (NotFound for an erased or unknown one)."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            person = await people_repo.by_id(conn, person_id)
            if person is None or person.erased:
                raise NotFound()
            total, still_open = await requests_repo.counts_of_resident(conn, person.id)
            newest = await requests_repo.of_resident(conn, person.id, NEWEST)
            wishes = await wishes_repo.of_resident(conn, person.id)
            signed = await events_repo.of_person(conn, person.id, now)
            volunteer = await volunteers_repo.get(conn, person.id)
            points = await ledger_repo.balance(conn, person.id)
            held = await tasks_repo.of_person(conn, person.id, now, LISTED)
        return ResidentCard(
            person=self.env.with_role(person),
            requests_total=total,
            requests_open=still_open,
            newest=newest,
            wishes_total=len(wishes),
            wishes_open=sum(w.status in _WISHES_OPEN for w in wishes),
            events=[event for event, _ in signed[:LISTED]],
            volunteer=volunteer.status if volunteer else None,
            points=points,
            tasks=[task for task, slot in held if slot.status.holds],
        )
