"""People: first contact, registration, language, staff appointment, their data."""

from __future__ import annotations

import secrets
from datetime import timedelta

from pydantic import BaseModel

from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.languages import LANGUAGES
from bot.models.audit import AuditAction
from bot.models.people import Person, Role
from bot.models.requests import Request
from bot.models.wishes import Wish
from bot.services.env import ServiceEnv
from storage import community as community_repo
from storage import drafts as drafts_repo
from storage import people as people_repo
from storage import requests as requests_repo
from storage import wishes as wishes_repo

NAME_MAX = 64
UNIT_MAX = 32
INVITE_VALID = timedelta(days=7)


class MyData(BaseModel):
    """What Linli stores about a person, for /mydata."""

    person: Person
    requests: list[Request]
    wishes: list[Wish] = []


class PeopleService:
    """Who is who, and what they may do."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def touch(self, tg_id: int, tg_name: str, tg_language: str | None) -> Person:
        """Return the person behind a Telegram user, creating them on first contact."""
        async with self.env.db.reading() as conn:
            person = await people_repo.by_tg(conn, tg_id)
        # Most updates come from someone known and unchanged: no write, no lock.
        if person is None or person.unreachable or person.tg_language != tg_language:
            person = await self._record_contact(tg_id, tg_name, tg_language)
        return self.env.with_role(person)

    async def _record_contact(self, tg_id: int, tg_name: str, tg_language: str | None) -> Person:
        async with self.env.db.transaction() as conn:
            person = await people_repo.by_tg(conn, tg_id)
            if person is None:
                return await people_repo.insert(
                    conn,
                    tg_id=tg_id,
                    name=tg_name[:NAME_MAX] or str(tg_id),
                    now=self.env.clock.now(),
                    tg_language=tg_language,
                )
            # Writing to us means they have not blocked the bot (any more).
            await people_repo.update(conn, person.id, unreachable=False, tg_language=tg_language)
            return person.model_copy(update={"unreachable": False, "tg_language": tg_language})

    async def get(self, tg_id: int) -> Person | None:
        """Return the person with this Telegram id, with their role applied."""
        async with self.env.db.reading() as conn:
            person = await people_repo.by_tg(conn, tg_id)
        return self.env.with_role(person) if person else None

    async def register(
        self, tg_id: int, name: str, building: str, unit: str, phone: str | None
    ) -> Person:
        """Finish registration with what the form gathered."""
        name, unit = name.strip(), unit.strip()
        if not name or len(name) > NAME_MAX:
            raise InvalidInput("error-name-length", max=NAME_MAX)
        if not unit or len(unit) > UNIT_MAX:
            raise InvalidInput("error-unit-length", max=UNIT_MAX)
        async with self.env.db.transaction() as conn:
            known = {b.name for b in await community_repo.buildings(conn)}
            if (known and building not in known) or not building.strip():
                raise InvalidInput("error-unknown-building")
            person = await people_repo.by_tg(conn, tg_id)
            if person is None:
                raise NotFound()
            await people_repo.update(
                conn,
                person.id,
                name=name,
                building=building,
                unit=unit,
                phone=phone,
                registered=True,
                erased=False,
            )
            updated = await people_repo.by_tg(conn, tg_id)
        assert updated is not None
        return self.env.with_role(updated)

    async def set_language(self, tg_id: int, lang: str) -> Person:
        """Remember the language a person chose."""
        if lang not in LANGUAGES:
            raise InvalidInput()
        async with self.env.db.transaction() as conn:
            person = await people_repo.by_tg(conn, tg_id)
            if person is None:
                raise NotFound()
            await people_repo.update(conn, person.id, language=lang)
        return self.env.with_role(person.model_copy(update={"language": lang}))

    async def create_staff_invite(self, admin_tg: int) -> str:
        """Make a one-time token an admin can share as a deep link."""
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed()
        token = secrets.token_urlsafe(12)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            admin = await people_repo.by_tg(conn, admin_tg)
            if admin is None:
                raise NotFound()
            await people_repo.add_invite(conn, token, admin.id, now, now + INVITE_VALID)
        return token

    async def accept_staff_invite(self, tg_id: int, token: str) -> Person:
        """Make the person staff if the invite is unused and fresh; tell the admins."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await people_repo.by_tg(conn, tg_id)
            if person is None:
                raise NotFound()
            if not await people_repo.use_invite(conn, token, person.id, now):
                raise Conflict("error-invite-invalid")
            await people_repo.update(conn, person.id, role=Role.STAFF, registered=True)
            await self.env.audit(
                conn,
                person,
                AuditAction.STAFF_JOINED,
                person.name,
                before=person.role.value,
                after=Role.STAFF.value,
            )
            for admin in await people_repo.with_tg_ids(conn, sorted(self.env.settings.admins)):
                await self.env.notify(conn, admin, "staff-joined", name=person.name)
            updated = await people_repo.by_tg(conn, tg_id)
        assert updated is not None
        return self.env.with_role(updated)

    async def list_staff(self, admin_tg: int) -> list[Person]:
        """Return the staff members, for an admin."""
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed()
        async with self.env.db.reading() as conn:
            return await people_repo.staff(conn)

    async def staff_colleagues(self, staff_tg: int) -> list[Person]:
        """Return staff and registered admins a request can be handed to."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
        return [p for p in await self.all_staff_and_admins() if p.tg_id is not None]

    async def all_staff_and_admins(self) -> list[Person]:
        """Return staff and the admins who have talked to the bot, with their roles."""
        async with self.env.db.reading() as conn:
            found = await people_repo.staff(conn)
            admins = await people_repo.with_tg_ids(conn, sorted(self.env.settings.admins))
        return [self.env.with_role(p) for p in found + admins]

    async def remove_staff(self, admin_tg: int, person_id: int) -> Person:
        """Turn a staff member back into a resident, and tell them."""
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed()
        async with self.env.db.transaction() as conn:
            person = await people_repo.by_id(conn, person_id)
            if person is None or person.role != Role.STAFF:
                raise NotFound()
            await people_repo.update(conn, person.id, role=Role.RESIDENT)
            await self.env.audit(
                conn,
                admin_tg,
                AuditAction.STAFF_REMOVED,
                person.name,
                before=Role.STAFF.value,
                after=Role.RESIDENT.value,
            )
            await self.env.notify(conn, person, "staff-removed-you")
        return person

    async def my_data(self, tg_id: int) -> MyData:
        """Return everything stored about the person."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            found = await requests_repo.of_resident(conn, person.id)
            wishes = await wishes_repo.of_resident(conn, person.id)
        return MyData(person=person, requests=found, wishes=wishes)

    async def erase(self, tg_id: int) -> None:
        """Erase a person's personal data; their requests and wishes stay, anonymised, for
        statistics (wishes nobody holds yet are withdrawn)."""
        async with self.env.db.transaction() as conn:
            person = await people_repo.by_tg(conn, tg_id)
            if person is None:
                raise NotFound()
            await requests_repo.anonymise_resident(conn, person.id)
            await self.env.audit(conn, person, AuditAction.DATA_ERASED, f"#{person.id}")
            await wishes_repo.anonymise_resident(conn, person.id)
            await drafts_repo.delete_for(conn, tg_id)
            await people_repo.update(
                conn,
                person.id,
                name="—",
                building=None,
                unit=None,
                phone=None,
                registered=False,
                erased=True,
                role=Role.RESIDENT,
            )
