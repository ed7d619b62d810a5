"""Changing or cancelling a task after it was published, from its roster.

Each Change button opens a one-step form (a ForceReply prompt, so the staff group works as a
private chat does) for the time, the place, the number of places or the points; Cancel asks
once more before the volunteers holding a place are told.
"""

from __future__ import annotations

from telegram import Update

from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import TaskChange
from bot.models.work import Draft
from handlers.common import int_or_none, lang, quietly, say, tr
from handlers.events.view import answer, require_query
from handlers.forms import Form, need_text
from handlers.keyboards import inline
from handlers.requests.desk import prompt
from handlers.volunteers.view import first

CHANGING = Form("task-change", ["value"])
# field number on the button -> the TaskChange field it sets
FIELDS = {1: "starts_at", 2: "place", 3: "needed", 4: "points"}


def change_buttons(task_id: int) -> list[list[Button]]:
    """Return the roster's Change and Cancel buttons."""
    return [
        [
            Button(text="btn-task-change-time", data=callbacks.change_task(task_id, 1)),
            Button(text="btn-task-change-place", data=callbacks.change_task(task_id, 2)),
        ],
        [
            Button(text="btn-task-change-needed", data=callbacks.change_task(task_id, 3)),
            Button(text="btn-task-change-points", data=callbacks.change_task(task_id, 4)),
        ],
        [Button(text="btn-task-cancel", data=callbacks.cancel_task(task_id))],
    ]


async def ask_change(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Ask for the new time, place, number of places or points."""
    task_id, number = ids
    field = FIELDS.get(number)
    if field is None:
        await quietly(
            require_query(update).answer(tr(context, person, "error-too-old"), show_alert=True)
        )
        return
    task, _ = await context.services.task_desk.roster(person.tg_id, task_id)
    await CHANGING.start(context, person, task_id=task.id, field=field)
    await answer(update)
    await prompt(update, context, person, f"task-ask-{field}", title=task.title)


@CHANGING.step("value")
async def got_value(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Read the new value, change the task and say how many volunteers were told."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    desk = context.services.task_desk
    field = str(draft.data["field"])
    if field == "starts_at":
        change = TaskChange(starts_at=desk.read_time(text))
    elif field == "place":
        change = TaskChange(place=text)
    else:
        number = int_or_none(text)
        if number is None:
            raise InvalidInput("task-number-needed")
        change = TaskChange.model_validate({field: number})
    task, told = await desk.change(person.tg_id, int(draft.data["task_id"]), change)
    await context.services.drafts.finish(draft)
    await say(update, context, person, "task-changed-staff", title=task.title, told=told)


async def ask_cancel(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Ask once more before cancelling, saying how many volunteers hold a place."""
    task, _ = await context.services.task_desk.roster(person.tg_id, first(ids))
    rows = [[Button(text="btn-task-cancel-sure", data=callbacks.cancel_task_sure(task.id))]]
    await answer(update)
    await say(
        update,
        context,
        person,
        "task-cancel-ask",
        inline(lang(context, person), rows),
        title=task.title,
        taken=task.taken,
    )


async def cancel(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Cancel the task; the volunteers holding a place are told."""
    task, told = await context.services.task_desk.cancel(person.tg_id, first(ids))
    await quietly(require_query(update).edit_message_reply_markup(None))
    await answer(update)
    await say(update, context, person, "task-cancelled-staff", title=task.title, told=told)
