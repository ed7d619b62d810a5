"""What both sides of tasks share: due-work kinds, scheduling, publishing, message arguments."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from bot.callbacks import volunteers as callbacks
from bot.clock import local
from bot.errors import NotFound
from bot.models.outbox import Button, Priority
from bot.models.volunteers import Task, VolunteerStatus
from bot.services.env import ServiceEnv
from bot.services.volunteers.common import area_name, buildings_of, matches
from storage import due as due_repo
from storage import people as people_repo
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo

TASK_REMINDER = "task_reminder"
TASK_SHORTAGE = "task_shortage"
TASK_REPEAT = "task_repeat"
TASK_DONE = "task_done"
REMIND_HOURS = (24, 2)
SHORTAGE_HOURS = 24


def task_args(task: Task, zone: ZoneInfo) -> dict[str, Any]:
    """Return the placeholders every task message uses."""
    start, end = task.starts_at.astimezone(zone), task.ends_at.astimezone(zone)
    return {
        "title": task.title,
        "place": task.place,
        "start": local(task.starts_at, zone),
        "end": end.strftime("%H:%M") if start.date() == end.date() else local(task.ends_at, zone),
        "points": task.points,
        "needed": task.needed,
        "left": task.slots_left,
        "area": area_name(task.area) if task.area else "—",
    }


def open_button(task_id: int) -> list[list[Button]]:
    """Return the one button that opens a task for a volunteer."""
    return [[Button(text="btn-task-open", data=callbacks.open_task(task_id))]]


def roster_button(task_id: int) -> list[list[Button]]:
    """Return the one button that opens a task's roster for staff."""
    return [[Button(text="btn-task-roster", data=callbacks.roster(task_id))]]


class TaskBase:
    """The parts of the task services that need the environment."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    @property
    def zone(self) -> ZoneInfo:
        """Return the community's time zone."""
        return self.env.settings.zone

    async def _task(self, conn: aiosqlite.Connection, task_id: int) -> Task:
        task = await tasks_repo.get(conn, task_id)
        if task is None:
            raise NotFound()
        return task

    async def _schedule(self, conn: aiosqlite.Connection, task: Task) -> None:
        """Write the task's reminders, shortage check and (weekly) next task as due rows."""
        now = self.env.clock.now()
        for hours in REMIND_HOURS:
            at = task.starts_at - timedelta(hours=hours)
            if at > now:
                await due_repo.add(conn, TASK_REMINDER, task.id, at)
        shortage_at = task.starts_at - timedelta(hours=SHORTAGE_HOURS)
        await due_repo.add(conn, TASK_SHORTAGE, task.id, max(shortage_at, now))
        if task.weekly:
            await due_repo.add(conn, TASK_REPEAT, task.id, task.starts_at)
        await due_repo.add(conn, TASK_DONE, task.id, task.ends_at)

    async def _publish(self, conn: aiosqlite.Connection, task: Task) -> int:
        """Tell every approved volunteer whose area and skills match; return how many.

        The announcement is bulk: it waits out quiet hours, and claims and answers go first.
        """
        buildings = await buildings_of(conn)
        told = 0
        for volunteer in await volunteers_repo.with_status(conn, (VolunteerStatus.APPROVED,), 5000):
            if not matches(task, volunteer, buildings):
                continue
            person = await people_repo.by_id(conn, volunteer.person_id)
            if await self.env.notify(
                conn,
                person,
                "task-announce",
                buttons=open_button(task.id),
                ref=f"task:{task.id}",
                priority=Priority.BULK,
                **task_args(task, self.zone),
            ):
                told += 1
        return told
