"""Tasks for volunteers: /tasks (matching ones first), /mytasks, a task's card, Claim,
Release, Check in and Check out. Staff also get a per-task roster with who came.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import volunteers as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import SlotStatus, TaskStatus
from handlers.common import actor, friendly, lang, quietly, say, send, tr
from handlers.events.view import answer, require_query
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.volunteers import task_changes
from handlers.volunteers.task_changes import change_buttons
from handlers.volunteers.view import first, presses, send_task


@friendly
async def tasks_command(update: Update, context: LinliContext) -> None:
    """List open tasks (/tasks)."""
    await show_tasks(update, context, await actor(update, context))


@menu("menu-tasks")
async def show_tasks(update: Update, context: LinliContext, person: Actor) -> None:
    """Show one button per task not yet started; ⭐ marks those matching the volunteer."""
    views = await context.services.tasks.open_tasks(person.tg_id)
    if not views:
        await say(update, context, person, "tasks-empty")
        return
    zone = context.services.env.settings.zone
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "task-line",
                    title=v.task.title,
                    start=local(v.task.starts_at, zone),
                    left=v.task.slots_left,
                    star="yes" if v.matches else "no",
                    mine="yes" if v.mine and v.mine.status.holds else "no",
                ),
                data=callbacks.open_task(v.task.id),
            )
        ]
        for v in views
    ]
    await say(update, context, person, "tasks-title", inline(lang(context, person), rows))


@friendly
async def my_tasks_command(update: Update, context: LinliContext) -> None:
    """List the volunteer's slots (/mytasks)."""
    await show_my_tasks(update, context, await actor(update, context))


@menu("menu-my-tasks")
async def show_my_tasks(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the tasks the volunteer holds a slot on, and what came of recent ones."""
    found = await context.services.tasks.my_tasks(person.tg_id)
    if not found:
        await say(update, context, person, "my-tasks-empty")
        return
    zone = context.services.env.settings.zone
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "my-task-line",
                    title=task.title,
                    start=local(task.starts_at, zone),
                    state=slot.status.value,
                ),
                data=callbacks.open_task(task.id),
            )
        ]
        for task, slot in found
    ]
    await say(update, context, person, "my-tasks-title", inline(lang(context, person), rows))


async def open_task(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Show the task's card."""
    await send_task(
        update, context, person, await context.services.tasks.view(person.tg_id, first(ids))
    )


async def claim(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Take a slot; the card comes back with Check in and Release."""
    view = await context.services.tasks.claim(person.tg_id, first(ids))
    await asyncio.gather(
        quietly(require_query(update).edit_message_reply_markup(None)),
        say(update, context, person, "task-claimed", title=view.task.title),
    )
    await send_task(update, context, person, view)


async def release(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Give the slot back; after the cut-off, say that it is recorded."""
    view, late = await context.services.tasks.release(person.tg_id, first(ids))
    await quietly(require_query(update).edit_message_reply_markup(None))
    key = "task-released-late" if late else "task-released"
    await asyncio.gather(answer(update), say(update, context, person, key, title=view.task.title))


async def check_in(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Record arriving."""
    view = await context.services.tasks.check_in(person.tg_id, first(ids))
    await quietly(require_query(update).edit_message_reply_markup(None))
    await say(update, context, person, "task-checked-in", title=view.task.title)
    await send_task(update, context, person, view)


async def check_out(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Record leaving: the service is confirmed and earns the points."""
    view, entry = await context.services.tasks.check_out(person.tg_id, first(ids))
    await quietly(require_query(update).edit_message_reply_markup(None))
    if entry is None:
        await asyncio.gather(
            answer(update), say(update, context, person, "task-checked-out", title=view.task.title)
        )
        return
    await asyncio.gather(
        answer(update),
        say(
            update,
            context,
            person,
            "task-points-earned",
            title=view.task.title,
            points=entry.points,
            balance=entry.balance_after,
        ),
    )


async def roster(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Show staff who holds, gave back or missed the task, with Came and No-show buttons."""
    task, slots = await context.services.task_desk.roster(person.tg_id, first(ids))
    zone = context.services.env.settings.zone
    lines = [
        tr(
            context,
            person,
            "roster-line",
            name=s.name,
            state=s.status.value,
            late="yes" if s.late_release else "no",
            checked="yes" if s.checked_in_at else "no",
        )
        for s in slots
    ]
    rows = [
        [
            Button(text=f"✅ {s.name}", data=callbacks.came(task.id, s.person_id)),
            Button(text=f"✖️ {s.name}", data=callbacks.missed(task.id, s.person_id)),
        ]
        for s in slots
        if s.status in (SlotStatus.CLAIMED, SlotStatus.NO_SHOW)
    ]
    if task.status == TaskStatus.OPEN and task.ends_at > context.services.env.clock.now():
        rows += change_buttons(task.id)
    text = tr(
        context,
        person,
        "roster-title",
        title=task.title,
        start=local(task.starts_at, zone),
        taken=task.taken,
        needed=task.needed,
        lines="\n".join(lines) or "—",
    )
    markup = inline(lang(context, person), rows) if rows else None
    await asyncio.gather(answer(update), send(update, context, text, markup))


async def confirm(
    update: Update, context: LinliContext, person: Actor, ids: list[int], came: bool
) -> None:
    """Record that a volunteer came (earning the points) or did not."""
    slot = await context.services.task_desk.confirm(person.tg_id, ids[0], ids[1], came)
    key = "roster-came" if slot.status == SlotStatus.CAME else "roster-missed"
    await quietly(require_query(update).answer(tr(context, person, key, name=slot.name)))


async def came(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """The volunteer came."""
    await confirm(update, context, person, ids, True)


async def missed(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """The volunteer did not come."""
    await confirm(update, context, person, ids, False)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("tasks", tasks_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("mytasks", my_tasks_command, filters=filters.ChatType.PRIVATE),
    presses(
        callbacks.TASK,
        {"open": open_task, "claim": claim, "rel": release, "in": check_in, "out": check_out},
    ),
    presses(
        callbacks.ROSTER,
        {
            "roster": roster,
            "came": came,
            "miss": missed,
            "edit": task_changes.ask_change,
            "cxl": task_changes.ask_cancel,
            "cxly": task_changes.cancel,
        },
    ),
]
