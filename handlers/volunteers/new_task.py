"""/newtask: staff create a task or duty post step by step, see a preview, then publish it.

The form is a draft (flow "task-new"): a restart mid-form continues where it was. Times are
typed naturally in English or Chinese (bot/services/dates.py). Publish carries the draft's
id, so a double tap finds the task already made and never makes a second one.
"""

from __future__ import annotations

from datetime import datetime

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import Task, TaskSpec
from bot.models.work import Draft
from bot.services.volunteers.task_common import task_args
from bot.services.volunteers.tasks_staff import DESCRIPTION_MAX, NEEDED_MAX, POINTS_MAX
from handlers.common import lang, send, staff_command, tr
from handlers.events.new import (
    WHEN_AND_WHERE,
    Made,
    number,
    preview_and_publish,
    when_and_where_steps,
)
from handlers.form_kit import publish_rows
from handlers.forms import Form, ask, pressed
from handlers.keyboards import inline
from handlers.volunteers.apply import area_choices, ask_picks, choice, skill_choices, toggled

FLOW = "task-new"
TASK = Form(FLOW, [*WHEN_AND_WHERE, "needed", "points", "area", "skills", "weekly", "preview"])


def read_time(context: LinliContext, text: str, after: datetime | None) -> datetime:
    """Read a time the way tasks read it (in the community's zone, after `after` or now)."""
    return context.services.task_desk.read_time(text, after=after)


@staff_command
async def new_task(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the form (staff and admins only)."""
    await TASK.start(context, person)
    await ask(update, context, person, "newtask-ask-title")


when_and_where_steps(
    TASK, "newtask", read=read_time, description_max=DESCRIPTION_MAX, buttons=("1", "2", "3", "5")
)


@TASK.step("needed")
async def got_needed(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take how many volunteers are needed."""
    if await TASK.next(draft, context, needed=number(update, 1, NEEDED_MAX)):
        await ask(update, context, person, "newtask-ask-points", "5", "10", "20")


@TASK.step("points")
async def got_points(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the points the task earns; then ask for its area."""
    if await TASK.next(draft, context, points=number(update, 0, POINTS_MAX)):
        await ask_area(update, context, person)


async def ask_area(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the buildings and grids, and Anywhere."""
    labels = list(await area_choices(context, person))
    await ask(update, context, person, "newtask-ask-area", *labels, "btn-vol-anywhere")


@TASK.step("area")
async def got_area(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the area (or Anywhere); then the skills it needs."""
    anywhere = pressed(update.effective_message, "btn-vol-anywhere")
    area = (
        None
        if anywhere
        else choice(update, await area_choices(context, person), "error-unknown-area")
    )
    if await TASK.next(draft, context, area=area, skills=[]):
        await ask_skills(update, context, person, [])


async def ask_skills(
    update: Update, context: LinliContext, person: Actor, chosen: list[str]
) -> None:
    """Show the skills to pick (none: anyone may do it), and Done."""
    found = await skill_choices(context, person)
    await ask_picks(update, context, person, "newtask-ask-skills", found, chosen)


@TASK.step("skills")
async def got_skill(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add or take back a skill; Done asks whether it repeats weekly."""
    chosen = list(draft.data.get("skills") or [])
    if pressed(update.effective_message, "btn-done"):
        if await TASK.next(draft, context):
            await ask(
                update, context, person, "newtask-ask-weekly", "btn-task-weekly", "btn-task-once"
            )
        return
    chosen = toggled(
        chosen, choice(update, await skill_choices(context, person), "error-unknown-skill")
    )
    if await TASK.stay(draft, context, skills=chosen):
        await ask_skills(update, context, person, chosen)


@TASK.step("weekly")
async def got_weekly(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take Every week or Just once; then show the preview."""
    message = update.effective_message
    if not pressed(message, "btn-task-weekly") and not pressed(message, "btn-task-once"):
        raise InvalidInput("form-not-understood")
    saved = await TASK.next(draft, context, weekly=pressed(message, "btn-task-weekly"))
    if saved is not None:
        await show_preview(update, context, person, saved)


async def show_preview(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show the task as it will be published, with Publish and Cancel."""
    spec = await context.services.task_desk.check_spec(TaskSpec.model_validate(draft.data))
    task = Task(id=0, created_at=spec.starts_at, **spec.model_dump())
    labels = {v: k for k, v in (await skill_choices(context, person)).items()}
    text = tr(
        context,
        person,
        "newtask-preview",
        description=spec.description or "—",
        weekly="yes" if spec.weekly else "no",
        skills=", ".join(labels.get(s, s) for s in spec.skills) or "—",
        **task_args(task, context.services.env.settings.zone),
    )
    rows = publish_rows("tkn", draft, "btn-task-publish")
    await send(update, context, text, inline(lang(context, person), rows))


async def make_task(context: LinliContext, person: Actor, draft: Draft) -> Made:
    """Make the task the form describes, once for this draft."""
    task, told = await context.services.task_desk.create(
        person.tg_id,
        TaskSpec.model_validate(draft.data),
        source_key=f"draft:{draft.id}",
        close_draft=draft.id,
    )
    return Made(task.title, told, Button(text="btn-task-roster", data=callbacks.roster(task.id)))


on_publish = preview_and_publish(
    TASK, "tkn", show_preview, make_task, published="newtask-published", manage="newtask-manage"
)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("newtask", new_task, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_publish, pattern=r"^tkn:"),
]
