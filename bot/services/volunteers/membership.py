"""Becoming a volunteer: apply, be approved or declined, lead an area, pause, leave.

Approval makes a resident's role `volunteer` (staff keep theirs); leaving makes them a
resident again and gives back the slots they held on tasks still ahead.
"""

from __future__ import annotations

import aiosqlite

from bot import i18n
from bot.callbacks import volunteers as callbacks
from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.outbox import Button
from bot.models.people import Person, Role
from bot.models.volunteers import (
    AVAILABILITY,
    Application,
    Skill,
    SlotStatus,
    Volunteer,
    VolunteerStatus,
)
from bot.services.env import ServiceEnv
from bot.services.volunteers.common import area_codes, area_name, buildings_of
from storage import people as people_repo
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo

OTHER_MAX = 200
REASON_MAX = 500
SKILL_LABEL_MAX = 40
ACTIVE = (VolunteerStatus.APPROVED, VolunteerStatus.PAUSED)


def decision_buttons(person_id: int) -> list[list[Button]]:
    """Return Approve and Decline for an application."""
    return [
        [
            Button(text="btn-vol-approve", data=callbacks.approve(person_id)),
            Button(text="btn-vol-decline", data=callbacks.decline(person_id)),
        ]
    ]


class VolunteerService:
    """Applications and the volunteer's own choices; staff decide and appoint leaders."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def skills(self) -> list[Skill]:
        """Return the skills one can choose."""
        async with self.env.db.reading() as conn:
            return await volunteers_repo.skills(conn)

    async def add_skill(self, admin_tg: int, label: str) -> Skill:
        """Add a skill to the list (admins)."""
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed()
        label = label.strip()
        if not label or len(label) > SKILL_LABEL_MAX:
            raise InvalidInput("error-label-length", max=SKILL_LABEL_MAX)
        code = "x:" + label.casefold()
        async with self.env.db.transaction() as conn:
            if not await volunteers_repo.add_skill(conn, code, label):
                raise Conflict("error-skill-exists")
        return Skill(code=code, label=label)

    async def hide_skill(self, admin_tg: int, code: str) -> None:
        """Take a skill off the list (admins); volunteers who chose it keep it."""
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed()
        async with self.env.db.transaction() as conn:
            if not await volunteers_repo.set_skill_active(conn, code, False):
                raise NotFound()

    async def areas(self) -> list[str]:
        """Return the area codes one can choose: buildings, then grids."""
        async with self.env.db.reading() as conn:
            return area_codes(await buildings_of(conn))

    async def me(self, tg_id: int) -> Volunteer | None:
        """Return the acting person's volunteer record, if they ever applied."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            return await volunteers_repo.get(conn, person.id)

    async def apply(self, tg_id: int, application: Application) -> Volunteer:
        """Apply (or apply again); staff are told with Approve and Decline buttons."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            await self._check(conn, application)
            before = await volunteers_repo.get(conn, person.id)
            if before is not None and before.status in ACTIVE:
                raise Conflict("error-volunteer-already")
            await volunteers_repo.save_application(conn, person.id, application, now)
            volunteer = await volunteers_repo.get(conn, person.id)
            assert volunteer is not None
            await self.env.notify_staff(
                conn,
                "volunteer-applied-staff",
                buttons=decision_buttons(person.id),
                name=person.name,
                building=person.building or "—",
                skills=await self._skill_names(conn, application.skills),
                other=application.skills_other or "—",
                areas=", ".join(area_name(a) for a in application.areas) or "—",
                availability=", ".join(
                    i18n.t(self.env.staff_room_lang, f"avail-{a}") for a in application.availability
                )
                or "—",
            )
        return volunteer

    async def _skill_names(self, conn: aiosqlite.Connection, codes: list[str]) -> str:
        """Return the chosen skills as staff read them (the community's language)."""
        labels = {s.code: s.label for s in await volunteers_repo.skills(conn, active_only=False)}
        lang = self.env.staff_room_lang
        return ", ".join(labels.get(c) or i18n.t(lang, f"skill-{c}") for c in codes) or "—"

    async def _check(self, conn: aiosqlite.Connection, application: Application) -> None:
        known = {s.code for s in await volunteers_repo.skills(conn)}
        if not set(application.skills) <= known:
            raise InvalidInput("error-unknown-skill")
        if not set(application.areas) <= set(area_codes(await buildings_of(conn))):
            raise InvalidInput("error-unknown-area")
        if not set(application.availability) <= set(AVAILABILITY):
            raise InvalidInput("error-invalid")
        if len(application.skills_other) > OTHER_MAX:
            raise InvalidInput("error-text-long", max=OTHER_MAX)
        if not application.skills and not application.skills_other.strip():
            raise InvalidInput("error-volunteer-no-skills")

    async def approve(self, staff_tg: int, person_id: int) -> Volunteer:
        """Approve an application; the resident becomes a volunteer and is told."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            person = await self._applicant(conn, person_id)
            moved = await volunteers_repo.move(
                conn,
                person_id,
                (VolunteerStatus.APPLIED,),
                VolunteerStatus.APPROVED,
                decided_at=now,
                decided_by=staff.id,
            )
            if not moved:
                raise Conflict("error-volunteer-decided")
            if person.role == Role.RESIDENT:
                await people_repo.update(conn, person.id, role=Role.VOLUNTEER)
            await self.env.notify(conn, person, "volunteer-approved")
            volunteer = await volunteers_repo.get(conn, person_id)
        assert volunteer is not None
        return volunteer

    async def approve_many(self, staff_tg: int, person_ids: list[int]) -> list[Volunteer]:
        """Approve several applications, each in its own transaction; those another staff
        member decided meanwhile are skipped, so a double tap approves nobody twice."""
        approved = []
        for person_id in person_ids:
            try:
                approved.append(await self.approve(staff_tg, person_id))
            except Conflict:
                continue
        return approved

    async def decline(self, staff_tg: int, person_id: int, reason: str) -> Volunteer:
        """Decline an application with a reason the resident is told."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput("error-text-empty")
        if len(reason) > REASON_MAX:
            raise InvalidInput("error-text-long", max=REASON_MAX)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            person = await self._applicant(conn, person_id)
            moved = await volunteers_repo.move(
                conn,
                person_id,
                (VolunteerStatus.APPLIED,),
                VolunteerStatus.DECLINED,
                decided_at=now,
                decided_by=staff.id,
                reason=reason,
            )
            if not moved:
                raise Conflict("error-volunteer-decided")
            await self.env.notify(conn, person, "volunteer-declined", reason=reason)
            volunteer = await volunteers_repo.get(conn, person_id)
        assert volunteer is not None
        return volunteer

    async def _applicant(self, conn: aiosqlite.Connection, person_id: int) -> Person:
        person = await people_repo.by_id(conn, person_id)
        if person is None or await volunteers_repo.get(conn, person_id) is None:
            raise NotFound()
        return person

    async def appoint_leader(self, staff_tg: int, person_id: int, area: str | None) -> Volunteer:
        """Make a volunteer the leader of a building or grid (None: step down); they are told."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            if area is not None and area not in area_codes(await buildings_of(conn)):
                raise InvalidInput("error-unknown-area")
            person = await self._applicant(conn, person_id)
            if not await volunteers_repo.set_leads(conn, person_id, area):
                raise Conflict("error-not-volunteer")
            if area is not None:
                key = (
                    "volunteer-leader-building"
                    if area.startswith("b:")
                    else "volunteer-leader-grid"
                )
                await self.env.notify(conn, person, key, area=area_name(area))
            volunteer = await volunteers_repo.get(conn, person_id)
        assert volunteer is not None
        return volunteer

    async def pause(self, tg_id: int) -> Volunteer:
        """Stop hearing of tasks and claiming them for a while; slots already held stay."""
        return await self._own_move(tg_id, (VolunteerStatus.APPROVED,), VolunteerStatus.PAUSED)

    async def resume(self, tg_id: int) -> Volunteer:
        """Come back from a pause."""
        return await self._own_move(tg_id, (VolunteerStatus.PAUSED,), VolunteerStatus.APPROVED)

    async def leave(self, tg_id: int) -> Volunteer:
        """Stop volunteering: the role goes back to resident and future slots are given back."""
        before = (VolunteerStatus.APPLIED, *ACTIVE)
        return await self._own_move(tg_id, before, VolunteerStatus.LEFT)

    async def _own_move(
        self, tg_id: int, before: tuple[VolunteerStatus, ...], after: VolunteerStatus
    ) -> Volunteer:
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            extra = {"leads": None} if after == VolunteerStatus.LEFT else {}
            if not await volunteers_repo.move(conn, person.id, before, after, **extra):
                raise Conflict("error-volunteer-state")
            if after == VolunteerStatus.LEFT:
                if person.role == Role.VOLUNTEER:
                    await people_repo.update(conn, person.id, role=Role.RESIDENT)
                await self._give_back(conn, person.id)
            volunteer = await volunteers_repo.get(conn, person.id)
        assert volunteer is not None
        return volunteer

    async def _give_back(self, conn: aiosqlite.Connection, person_id: int) -> None:
        now = self.env.clock.now()
        for task, slot in await tasks_repo.of_person(conn, person_id, now, 100):
            if (
                slot.status == SlotStatus.CLAIMED
                and task.starts_at > now
                and await tasks_repo.set_slot(
                    conn, slot.id, (SlotStatus.CLAIMED,), SlotStatus.RELEASED, released_at=now
                )
            ):
                await tasks_repo.free_slot(conn, task.id)

    async def set_honours(self, tg_id: int, consent: bool) -> Volunteer:
        """Agree (or no longer agree) to be named on the monthly honours roll."""
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            if not await volunteers_repo.set_honours(conn, person.id, consent):
                raise NotAllowed("error-not-volunteer")
            volunteer = await volunteers_repo.get(conn, person.id)
        assert volunteer is not None
        return volunteer

    async def listing(self, staff_tg: int, status: VolunteerStatus) -> list[Volunteer]:
        """Return volunteers in one status for staff (applications, approved, paused)."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await volunteers_repo.with_status(conn, (status,))
