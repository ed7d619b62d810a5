"""What the volunteer, task and points handlers share: labels, the task card, press routing.

Every press names ids any client can forge: `presses` reads it with bot.callbacks.volunteers
(ids SQLite can hold, 0 names nothing), and each action asks a service, which checks who may
do what.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import Skill, SlotStatus, TaskView
from bot.services.volunteers.common import area_name
from bot.services.volunteers.task_common import task_args
from handlers.common import actor, friendly, lang, quietly, send, tr
from handlers.events.view import answer
from handlers.keyboards import inline

Press = Callable[[Update, LinliContext, Actor, list[int]], Awaitable[None]]


def presses(prefix: str, actions: dict[str, Press]) -> CallbackQueryHandler[LinliContext, None]:
    """Return the handler of `<prefix>:` presses, routed by action; forged data gets an alert."""

    @friendly
    async def on_press(update: Update, context: LinliContext) -> None:
        query = update.callback_query
        if query is None:
            return
        person = await actor(update, context)
        press = callbacks.read(query.data if isinstance(query.data, str) else None, prefix)
        action = actions.get(press.action) if press is not None else None
        if press is None or action is None:
            await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
            return
        ids = [n for n in press.numbers if n is not None]
        if len(ids) < len(press.numbers):
            raise NotFound()
        await action(update, context, person, ids)

    return CallbackQueryHandler(on_press, pattern=rf"^{prefix}:")


def first(ids: list[int]) -> int:
    """Return the id a press names (0, which is nothing, when it names none)."""
    return ids[0] if ids else 0


def skill_label(context: LinliContext, person: Actor, skill: Skill) -> str:
    """Return a skill's name: the admin's label, or the catalog's for built-in ones."""
    return skill.label or tr(context, person, f"skill-{skill.code}")


def area_label(context: LinliContext, person: Actor, code: str) -> str:
    """Return an area as shown on a button: 🏠 building or 🗺️ grid."""
    key = "area-building" if code.startswith("b:") else "area-grid"
    return tr(context, person, key, name=area_name(code))


def task_text(context: LinliContext, person: Actor, view: TaskView) -> str:
    """Return a task's card, with where the person stands."""
    task = view.task
    args = task_args(task, context.services.env.settings.zone)
    text = tr(
        context,
        person,
        "task-card",
        description=task.description or "—",
        weekly="yes" if task.weekly else "no",
        **args,
    )
    mine = view.mine
    if mine is not None:
        state = (
            "in" if mine.status == SlotStatus.CLAIMED and mine.checked_in_at else mine.status.value
        )
        text += "\n\n" + tr(context, person, "task-mine", state=state)
    return text


def task_buttons(person: Actor, view: TaskView) -> list[list[Button]]:
    """Return what the person can do with the task now."""
    tid, mine = view.task.id, view.mine
    rows: list[list[Button]] = []
    if mine is None or not mine.status.holds:
        if view.task.slots_left > 0:
            rows.append([Button(text="btn-task-claim", data=callbacks.claim(tid))])
    elif mine.status == SlotStatus.CLAIMED and mine.checked_in_at is None:
        rows.append(
            [
                Button(text="btn-task-check-in", data=callbacks.check_in(tid)),
                Button(text="btn-task-release", data=callbacks.release(tid)),
            ]
        )
    elif mine.status == SlotStatus.CLAIMED:
        rows.append([Button(text="btn-task-check-out", data=callbacks.check_out(tid))])
    if person.role.is_staff:
        rows.append([Button(text="btn-task-roster", data=callbacks.roster(tid))])
    return rows


async def redraw_task(update: Update, context: LinliContext, person: Actor, view: TaskView) -> None:
    """Redraw the pressed task card as the task now stands for the person (done: no buttons)."""
    rows = task_buttons(person, view)
    markup = inline(lang(context, person), rows) if rows else None
    query = update.callback_query
    if query is not None:
        await quietly(
            query.edit_message_text(task_text(context, person, view), reply_markup=markup)
        )


async def send_task(update: Update, context: LinliContext, person: Actor, view: TaskView) -> None:
    """Send a task's card with its buttons (answering the press, if there was one)."""
    markup = inline(lang(context, person), task_buttons(person, view))
    sending = send(update, context, task_text(context, person, view), markup)
    if update.callback_query is not None:
        await asyncio.gather(answer(update), sending)
    else:
        await sending
