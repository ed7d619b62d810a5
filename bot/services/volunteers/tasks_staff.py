"""Tasks and duty posts as staff run them: create, publish, repeat weekly, confirm who came.

Only confirmed service earns points: the staff owner marking a volunteer as come credits the
love bank in the same transaction (one credit per volunteer and task, however often pressed).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot.callbacks import volunteers as callbacks
from bot.clock import local
from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.love_bank import LedgerKind
from bot.models.outbox import Button
from bot.models.people import Person, Role
from bot.models.volunteers import Slot, SlotStatus, Task, TaskChange, TaskSpec, TaskStatus
from bot.models.work import DueWork
from bot.services import dates
from bot.services.volunteers import love_bank
from bot.services.volunteers.common import area_codes, buildings_of
from bot.services.volunteers.task_common import (
    REMIND_HOURS,
    TASK_DONE,
    TASK_REMINDER,
    TASK_REPEAT,
    TASK_SHORTAGE,
    TaskBase,
    open_button,
    roster_button,
    task_args,
)
from storage import drafts as drafts_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo

TITLE_MAX = 100
DESCRIPTION_MAX = 1000
NEEDED_MAX = 50
POINTS_MAX = 1000
LIST_MAX = 30
TASK_DUE_KINDS = (TASK_REMINDER, TASK_SHORTAGE, TASK_REPEAT, TASK_DONE)


class TaskDeskService(TaskBase):
    """What staff do with tasks, and the due work that keeps them going."""

    def read_time(self, text: str, after: datetime | None = None) -> datetime:
        """Return the time typed (in the community's zone), after `after` or now."""
        base = after or self.env.clock.now()
        found = dates.read_time(text, self.zone, base)
        if found is None:
            raise InvalidInput("error-event-date")
        if found <= base:
            raise InvalidInput("error-event-date-past", after=local(base, self.zone))
        return found

    async def require_staff(self, tg_id: int) -> Person:
        """Return the staff member, or raise NotAllowed."""
        async with self.env.db.reading() as conn:
            return await self.env.staff_member(conn, tg_id)

    async def check_spec(self, spec: TaskSpec) -> TaskSpec:
        """Return the spec if it can be published, else raise InvalidInput naming the problem."""
        if not spec.title.strip() or len(spec.title) > TITLE_MAX:
            raise InvalidInput("error-text-long", max=TITLE_MAX)
        if len(spec.description) > DESCRIPTION_MAX:
            raise InvalidInput("error-text-long", max=DESCRIPTION_MAX)
        if spec.ends_at <= spec.starts_at:
            raise InvalidInput("error-task-end", start=local(spec.starts_at, self.zone))
        if not 1 <= spec.needed <= NEEDED_MAX:
            raise InvalidInput("error-number-range", low=1, high=NEEDED_MAX)
        if not 0 <= spec.points <= POINTS_MAX:
            raise InvalidInput("error-number-range", low=0, high=POINTS_MAX)
        async with self.env.db.reading() as conn:
            if spec.area and spec.area not in area_codes(await buildings_of(conn)):
                raise InvalidInput("error-unknown-area")
            known = {s.code for s in await volunteers_repo.skills(conn, active_only=False)}
        if not set(spec.skills) <= known:
            raise InvalidInput("error-unknown-skill")
        return spec

    async def create(
        self, staff_tg: int, spec: TaskSpec, *, source_key: str, close_draft: int | None = None
    ) -> tuple[Task, int]:
        """Publish a task; return it and how many matching volunteers are told.

        The same source (a form's draft) makes one task, however often Publish is pressed.
        """
        await self.check_spec(spec)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            made = await tasks_repo.by_source(conn, source_key)
            if made is not None:
                return made, 0
            if spec.starts_at <= now:
                raise InvalidInput("error-event-date-past", after=local(now, self.zone))
            task = await tasks_repo.insert(
                conn, spec, owner_id=staff.id, now=now, source_key=source_key
            )
            assert task is not None
            await self._schedule(conn, task)
            told = await self._publish(conn, task)
            if close_draft is not None:
                await drafts_repo.delete(conn, close_draft)
        return task, told

    async def managed(self, staff_tg: int) -> list[Task]:
        """Return the open tasks that have not ended, soonest first (staff)."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await tasks_repo.upcoming(conn, now, LIST_MAX)

    async def roster(self, staff_tg: int, task_id: int) -> tuple[Task, list[Slot]]:
        """Return the task and everyone who claimed it, released and no-shows included."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            task = await self._task(conn, task_id)
            return task, await tasks_repo.roster(conn, task.id)

    async def confirm(self, staff_tg: int, task_id: int, person_id: int, came: bool) -> Slot:
        """Record whether a volunteer came; coming earns the task's points, once."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            task = await self._task(conn, task_id)
            if task.owner_id != staff.id and staff.role != Role.ADMIN:
                raise NotAllowed("error-task-not-owner")
            if now < task.starts_at:
                raise Conflict("error-task-not-started", start=local(task.starts_at, self.zone))
            slot = await tasks_repo.slot_of(conn, task.id, person_id)
            if slot is None or not slot.status.holds:
                raise NotFound()
            if slot.status == SlotStatus.CAME:
                return slot
            after = SlotStatus.CAME if came else SlotStatus.NO_SHOW
            await tasks_repo.set_slot(
                conn,
                slot.id,
                (SlotStatus.CLAIMED, SlotStatus.NO_SHOW),
                after,
                confirmed_by=staff.id,
            )
            if came:
                await self._earn(conn, task, person_id, staff.id)
                await self.env.task_done(conn, task.id)
            found = await tasks_repo.slot_of(conn, task.id, person_id)
        assert found is not None
        return found

    async def _earn(
        self, conn: aiosqlite.Connection, task: Task, person_id: int, recorded_by: int | None
    ) -> None:
        person = await people_repo.by_id(conn, person_id)
        if task.points <= 0 or person is None:
            return
        entry = await love_bank.credit(
            conn,
            person_id,
            task.points,
            LedgerKind.TASK,
            now=self.env.clock.now(),
            recorded_by=recorded_by,
            ref=f"task:{task.id}",
            note=task.title,
        )
        await self.env.notify(
            conn,
            person,
            "task-points-earned",
            balance=entry.balance_after,
            **task_args(task, self.zone),
        )

    # ---- changes after publishing -----------------------------------------------------------

    async def change(self, staff_tg: int, task_id: int, change: TaskChange) -> tuple[Task, int]:
        """Change a published task's time (its length kept), place, places or points; every
        volunteer holding a place is told what changed. Returns the task and how many heard.

        A new time moves the reminders, the shortage check and the owner's question with it.
        Places cannot drop below those already taken: nobody loses a claimed place.
        """
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            task = await self._changeable(conn, task_id, now)
            fields = self._fields(task, change, now)
            if not await tasks_repo.update(conn, task.id, **fields):
                raise InvalidInput("error-task-needed-taken", taken=task.taken)
            changed = await self._task(conn, task.id)
            if change.starts_at is not None:
                for kind in TASK_DUE_KINDS:
                    await due_repo.cancel(conn, kind, task.id, now)
                await self._schedule(conn, changed)
            told = await self._tell_holders(
                conn, changed, "task-changed", what=change.field, **task_args(changed, self.zone)
            )
        return changed, told

    def _fields(self, task: Task, change: TaskChange, now: datetime) -> dict[str, object]:
        """Return the columns a change sets, or raise InvalidInput naming the problem."""
        if change.starts_at is not None:
            if change.starts_at <= now:
                raise InvalidInput("error-event-date-past", after=local(now, self.zone))
            length = task.ends_at - task.starts_at
            return {"starts_at": change.starts_at, "ends_at": change.starts_at + length}
        if change.place is not None:
            place = change.place.strip()
            if not place or len(place) > TITLE_MAX:
                raise InvalidInput("error-text-long", max=TITLE_MAX)
            return {"place": place}
        if change.needed is not None:
            if not max(1, task.taken) <= change.needed <= NEEDED_MAX:
                raise InvalidInput("error-task-needed-taken", taken=task.taken)
            return {"needed": change.needed}
        if change.points is not None:
            if not 0 <= change.points <= POINTS_MAX:
                raise InvalidInput("error-number-range", low=0, high=POINTS_MAX)
            return {"points": change.points}
        raise InvalidInput("form-need-text")

    async def cancel(self, staff_tg: int, task_id: int) -> tuple[Task, int]:
        """Cancel a published task: nobody can claim it, its due work is dropped, and every
        volunteer holding a place is told. A second press finds it cancelled (Conflict)."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            task = await self._changeable(conn, task_id, now)
            await tasks_repo.update(conn, task.id, status=TaskStatus.CANCELLED.value)
            for kind in TASK_DUE_KINDS:
                await due_repo.cancel(conn, kind, task.id, now)
            cancelled = await self._task(conn, task.id)
            told = await self._tell_holders(
                conn, cancelled, "task-cancelled", **task_args(cancelled, self.zone)
            )
        return cancelled, told

    async def _changeable(self, conn: aiosqlite.Connection, task_id: int, now: datetime) -> Task:
        """Return the task if it is open and has not ended, else raise Conflict."""
        task = await self._task(conn, task_id)
        if task.status != TaskStatus.OPEN:
            raise Conflict("error-task-was-cancelled", title=task.title)
        if task.ends_at <= now:
            raise Conflict("error-task-over", title=task.title)
        return task

    async def _tell_holders(
        self, conn: aiosqlite.Connection, task: Task, key: str, **args: Any
    ) -> int:
        """Tell every volunteer who holds a place on the task; return how many were told."""
        told = 0
        for slot in await tasks_repo.roster(conn, task.id):
            if slot.status == SlotStatus.CLAIMED:
                person = await people_repo.by_id(conn, slot.person_id)
                buttons = open_button(task.id) if task.status == TaskStatus.OPEN else None
                if await self.env.notify(conn, person, key, buttons=buttons, **args):
                    told += 1
        return told

    # ---- due work ----------------------------------------------------------------------------

    async def remind(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Remind every volunteer still holding a slot (a row: never twice, survives restarts),
        with the Check in button it asks them to press.

        Never after the start, and when the bot was down (or its clock moved) so that the 24-
        and 2-hour reminders fall due together, only the nearer one is sent.
        """
        task = await tasks_repo.get(conn, work.ref_id)
        now = self.env.clock.now()
        if task is None or task.status != TaskStatus.OPEN or now >= task.starts_at:
            return
        hours = round((task.starts_at - work.due_at).total_seconds() / 3600)
        if any(task.starts_at - timedelta(hours=h) <= now for h in REMIND_HOURS if h < hours):
            return  # the nearer reminder says it all, once
        buttons = [[Button(text="btn-task-check-in", data=callbacks.check_in(task.id))]]
        for slot in await tasks_repo.roster(conn, task.id):
            if slot.status == SlotStatus.CLAIMED:
                person = await people_repo.by_id(conn, slot.person_id)
                await self.env.notify(
                    conn, person, "task-reminder", buttons=buttons, **task_args(task, self.zone)
                )

    async def shortage(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Alert staff a day ahead when a task still needs volunteers."""
        task = await tasks_repo.get(conn, work.ref_id)
        if task is None or task.status != TaskStatus.OPEN or task.slots_left == 0:
            return
        await self.env.notify_staff(
            conn,
            "task-shortage-staff",
            buttons=roster_button(task.id),
            **task_args(task, self.zone),
        )
        # The leader of the task's area hears too: they know whom to ask.
        for leader in await volunteers_repo.leaders_of(conn, task.area) if task.area else []:
            person = await people_repo.by_id(conn, leader.person_id)
            await self.env.notify(
                conn, person, "task-shortage-leader", **task_args(task, self.zone)
            )

    async def ask_owner(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """When a task ends, ask its owner who came, if anyone has not checked out."""
        task = await tasks_repo.get(conn, work.ref_id)
        if task is None or task.status != TaskStatus.OPEN or task.owner_id is None:
            return
        open_slots = [
            s for s in await tasks_repo.roster(conn, task.id) if s.status == SlotStatus.CLAIMED
        ]
        if open_slots:
            owner = await people_repo.by_id(conn, task.owner_id)
            await self.env.notify(
                conn,
                owner,
                "task-confirm-owner",
                buttons=roster_button(task.id),
                open=len(open_slots),
                **task_args(task, self.zone),
            )

    async def repeat(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Make next week's task of a weekly series, and publish it."""
        task = await tasks_repo.get(conn, work.ref_id)
        if task is None or not task.weekly or task.status != TaskStatus.OPEN:
            return
        week = timedelta(days=7)
        spec = TaskSpec.model_validate(
            task.model_dump(include=set(TaskSpec.model_fields))
            | {"starts_at": task.starts_at + week, "ends_at": task.ends_at + week}
        )
        following = await tasks_repo.insert(
            conn, spec, owner_id=task.owner_id, now=self.env.clock.now(), series_id=task.series_id
        )
        if following is not None:
            await self._schedule(conn, following)
            await self._publish(conn, following)
