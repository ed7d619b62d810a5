"""Tasks as volunteers use them: see (matching first), claim, release, check in and out.

A slot is taken by a conditional UPDATE of the task's held slots in the same transaction as
the slot row, so however many volunteers press Claim at once, never more than needed get one.
Releasing before the cut-off (12 hours before the start unless staff chose otherwise) is
free; a later release is recorded and staff are told. Checking out after checking in is the
volunteer's confirmation of service and earns the task's points.
"""

from __future__ import annotations

from datetime import timedelta

import aiosqlite

from bot.clock import local
from bot.errors import Conflict, NotAllowed
from bot.models.love_bank import LedgerEntry, LedgerKind
from bot.models.people import Person
from bot.models.volunteers import Slot, SlotStatus, Task, TaskStatus, TaskView, Volunteer
from bot.services.volunteers import love_bank
from bot.services.volunteers.common import active_volunteer, buildings_of, matches
from bot.services.volunteers.task_common import TaskBase, roster_button, task_args
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo

LIST_MAX = 20
CHECK_IN_EARLY = timedelta(minutes=30)
CHECK_OUT_LATE = timedelta(hours=6)
STAFF_LOOKBACK = timedelta(days=3)


class TaskService(TaskBase):
    """What volunteers do with tasks."""

    async def open_tasks(self, tg_id: int) -> list[TaskView]:
        """Return tasks not yet started, the ones matching the volunteer's areas and skills first.

        Staff see every task, those of the last three days too; a resident who is not a
        volunteer is refused kindly.
        """
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            volunteer = await self._volunteer_or_staff(conn, person)
            buildings = await buildings_of(conn)
            views = []
            # Staff also see tasks that ended lately: they confirm who came afterwards.
            since = now - STAFF_LOOKBACK if person.role.is_staff else now
            for task in await tasks_repo.upcoming(conn, since, LIST_MAX * 3):
                if task.starts_at <= now and not person.role.is_staff:
                    continue
                fits = volunteer is None or matches(task, volunteer, buildings)
                mine = await tasks_repo.slot_of(conn, task.id, person.id)
                views.append(TaskView(task=task, matches=fits, mine=mine))
        views.sort(key=lambda v: (not v.matches, v.task.starts_at, v.task.id))
        return views[:LIST_MAX]

    async def _volunteer_or_staff(
        self, conn: aiosqlite.Connection, person: Person
    ) -> Volunteer | None:
        volunteer = await volunteers_repo.get(conn, person.id)
        if person.role.is_staff:
            return volunteer if volunteer is not None and volunteer.active else None
        if volunteer is None or volunteer.status not in ("approved", "paused"):
            raise NotAllowed("error-not-volunteer")
        return volunteer

    async def view(self, tg_id: int, task_id: int) -> TaskView:
        """Return one task as the person sees it."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            volunteer = await self._volunteer_or_staff(conn, person)
            task = await self._task(conn, task_id)
            return await self._view(conn, task, person, volunteer)

    async def _view(
        self, conn: aiosqlite.Connection, task: Task, person: Person, volunteer: Volunteer | None
    ) -> TaskView:
        fits = volunteer is None or matches(task, volunteer, await buildings_of(conn))
        mine = await tasks_repo.slot_of(conn, task.id, person.id)
        return TaskView(task=task, matches=fits, mine=mine)

    async def claim(self, tg_id: int, task_id: int) -> TaskView:
        """Take a slot if one is left; a repeated press changes nothing."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person, volunteer = await active_volunteer(self.env, conn, tg_id)
            task = await self._task(conn, task_id)
            mine = await tasks_repo.slot_of(conn, task.id, person.id)
            if mine is not None and mine.status.holds:
                return await self._view(conn, task, person, volunteer)
            if task.status != TaskStatus.OPEN or task.starts_at <= now:
                raise Conflict("error-task-closed", title=task.title)
            if not await tasks_repo.take_slot(conn, task.id):
                raise Conflict("error-task-full", title=task.title)
            await tasks_repo.claim(conn, task.id, person.id, now)
            task = await self._task(conn, task.id)
            return await self._view(conn, task, person, volunteer)

    async def release(self, tg_id: int, task_id: int) -> tuple[TaskView, bool]:
        """Give a slot back; return the view and whether it was after the cut-off (recorded)."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            task = await self._task(conn, task_id)
            slot = await self._held(conn, task, person)
            if slot.checked_in_at is not None or now >= task.starts_at:
                raise Conflict("error-task-started", title=task.title)
            late = now > task.starts_at - timedelta(hours=task.release_hours)
            if not await tasks_repo.set_slot(
                conn,
                slot.id,
                (SlotStatus.CLAIMED,),
                SlotStatus.RELEASED,
                released_at=now,
                late_release=late,
            ):
                raise Conflict()
            await tasks_repo.free_slot(conn, task.id)
            task = await self._task(conn, task.id)
            if late:
                await self.env.notify_staff(
                    conn,
                    "task-late-release-staff",
                    buttons=roster_button(task.id),
                    name=person.name,
                    **task_args(task, self.zone),
                )
            view = await self._view(conn, task, person, None)
        return view, late

    async def _held(self, conn: aiosqlite.Connection, task: Task, person: Person) -> Slot:
        slot = await tasks_repo.slot_of(conn, task.id, person.id)
        if slot is None or slot.status != SlotStatus.CLAIMED:
            raise Conflict("error-task-not-yours", title=task.title)
        return slot

    async def check_in(self, tg_id: int, task_id: int) -> TaskView:
        """Record arriving: from half an hour before the start until the end."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            task = await self._task(conn, task_id)
            slot = await self._held(conn, task, person)
            if slot.checked_in_at is None:
                if not task.starts_at - CHECK_IN_EARLY <= now <= task.ends_at:
                    opens = local(task.starts_at - CHECK_IN_EARLY, self.zone)
                    raise Conflict("error-task-check-in-window", opens=opens)
                await tasks_repo.check_in(conn, slot.id, now)
            return await self._view(conn, task, person, None)

    async def check_out(self, tg_id: int, task_id: int) -> tuple[TaskView, LedgerEntry | None]:
        """Record leaving after checking in: the service is done and earns the task's points."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            task = await self._task(conn, task_id)
            mine = await tasks_repo.slot_of(conn, task.id, person.id)
            if mine is not None and mine.status == SlotStatus.CAME:
                return await self._view(conn, task, person, None), None
            slot = await self._held(conn, task, person)
            if slot.checked_in_at is None:
                raise Conflict("error-task-not-checked-in")
            if now > task.ends_at + CHECK_OUT_LATE:
                raise Conflict("error-task-check-out-late")
            await tasks_repo.set_slot(
                conn, slot.id, (SlotStatus.CLAIMED,), SlotStatus.CAME, checked_out_at=now
            )
            entry = None
            if task.points > 0:
                entry = await love_bank.credit(
                    conn,
                    person.id,
                    task.points,
                    LedgerKind.TASK,
                    now=now,
                    ref=f"task:{task.id}",
                    note=task.title,
                )
            return await self._view(conn, task, person, None), entry

    async def my_tasks(self, tg_id: int) -> list[tuple[Task, Slot]]:
        """Return the volunteer's slots on tasks that have not ended long ago, soonest first."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            found = await tasks_repo.of_person(conn, person.id, now - CHECK_OUT_LATE, LIST_MAX)
        return [(t, s) for t, s in found if s.status != SlotStatus.RELEASED]
