"""The monthly honours roll: the month's most active volunteers who agreed to be named.

Points earned in the month (the ledger) and hours served (checked-in task slots) are read
for the month in the community's time zone; staff can publish the roll as a bulk notice.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import aiosqlite

from bot.errors import Conflict
from bot.models.outbox import Priority
from bot.models.volunteers import HonourLine
from bot.services.env import ServiceEnv
from storage import ledger as ledger_repo
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo

HONOURS_SIZE = 10


def month_span(year: int, month: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Return the first moment of the month and of the next, in the community's zone."""
    start = datetime(year, month, 1, tzinfo=zone)
    following = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=zone)
    return start, following


class HonoursService:
    """Who is on a month's honours roll, and publishing it."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def honours(self, year: int, month: int) -> list[HonourLine]:
        """Return the month's most active volunteers who agreed to be named, most points first."""
        since, until = month_span(year, month, self.env.settings.zone)
        async with self.env.db.reading() as conn:
            return await self._honours(conn, since, until)

    async def _honours(
        self, conn: aiosqlite.Connection, since: datetime, until: datetime
    ) -> list[HonourLine]:
        points = await ledger_repo.earned_between(conn, since, until)
        hours = await tasks_repo.hours_between(conn, since, until)
        lines = []
        for person_id in set(points) | set(hours):
            volunteer = await volunteers_repo.get(conn, person_id)
            if volunteer is None or not volunteer.honours:
                continue
            lines.append(
                HonourLine(
                    person_id=person_id,
                    name=volunteer.name,
                    points=points.get(person_id, 0),
                    hours=round(hours.get(person_id, 0.0), 1),
                )
            )
        lines.sort(key=lambda h: (-h.points, -h.hours, h.name))
        return lines[:HONOURS_SIZE]

    async def publish(self, staff_tg: int, year: int, month: int) -> int:
        """Send the month's roll as a notice to every registered resident; return how many."""
        since, until = month_span(year, month, self.env.settings.zone)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            lines = await self._honours(conn, since, until)
            if not lines:
                raise Conflict("error-honours-empty")
            roll = "\n".join(
                f"{n}. {h.name} · {h.points} · {h.hours:g} h" for n, h in enumerate(lines, 1)
            )
            told = 0
            for person in await volunteers_repo.registered_people(conn):
                if await self.env.notify(
                    conn,
                    person,
                    "honours-notice",
                    priority=Priority.BULK,
                    month=f"{year:04d}-{month:02d}",
                    roll=roll,
                ):
                    told += 1
        return told
