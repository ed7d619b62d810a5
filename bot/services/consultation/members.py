"""Who sits on the council: staff (and admins) always, then the leaders and residents'
representatives staff chose, found by number or name or picked from the keenest supporters."""

from __future__ import annotations

import aiosqlite

from bot.errors import NotFound
from bot.models.councils import Member, MemberKind
from bot.models.people import Person
from bot.services.env import ServiceEnv
from storage import councils as councils_repo
from storage import people as people_repo

FOUND_MAX = 8


async def sitting(conn: aiosqlite.Connection, env: ServiceEnv) -> list[Member]:
    """Return staff (and admins), then the leaders and representatives staff chose."""
    found: dict[int, Member] = {}
    for person in await people_repo.staff(conn):
        found[person.id] = Member(person=person, kind="staff")
    for tg_id in sorted(env.settings.admins):
        admin = await people_repo.by_tg(conn, tg_id)
        if admin is not None:
            found.setdefault(admin.id, Member(person=admin, kind="staff"))
    chosen = await councils_repo.members(conn)
    people = await people_repo.by_ids(conn, {pid for pid, _ in chosen})
    for pid, kind in chosen:
        if pid in people and pid not in found:
            found[pid] = Member(person=people[pid], kind=kind)
    return list(found.values())


class MemberService:
    """Staff seat and unseat the council's leaders and representatives."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def members(self, tg_id: int) -> list[Member]:
        """Return who sits on the council: staff, then the leaders and representatives."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            return await sitting(conn, self.env)

    async def find_people(self, tg_id: int, text: str) -> list[Person]:
        """Return the registered people a staff member means: an id (#12) or part of a name."""
        text = text.strip().lstrip("#")
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            if text.isascii() and text.isdigit() and len(text) < 12:
                found = await people_repo.by_id(conn, int(text))
                return [found] if found is not None and found.registered else []
            ids = await councils_repo.people_named(conn, text, FOUND_MAX) if text else []
            people = await people_repo.by_ids(conn, set(ids))
            return [people[i] for i in ids if i in people]

    async def candidates(self, tg_id: int) -> list[Person]:
        """Return residents who back the most topics and do not sit yet, most first."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            ids = await councils_repo.keenest_supporters(conn, FOUND_MAX)
            people = await people_repo.by_ids(conn, set(ids))
        return [people[i] for i in ids if i in people]

    async def seat(self, tg_id: int, person_id: int, kind: MemberKind) -> tuple[Person, bool]:
        """Seat a leader or representative; False when they sat already."""
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, tg_id)
            person = await people_repo.by_id(conn, person_id)
            if person is None or not person.registered or person.erased:
                raise NotFound("error-council-person")
            added = await councils_repo.add_member(
                conn, person.id, kind.value, staff.id, self.env.clock.now()
            )
            return person, added

    async def unseat(self, tg_id: int, person_id: int) -> bool:
        """Take a leader or representative off the council."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, tg_id)
            return await councils_repo.remove_member(conn, person_id)
