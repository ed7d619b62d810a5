"""/newtask: staff create a task or duty post step by step, see a preview, then publish it.

The form is a draft (flow "task-new"): a restart mid-form continues where it was. Times are
typed naturally in English or Chinese (bot/services/dates.py). Publish carries the draft's
id, so a double tap finds the task already made and never makes a second one.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models import Button, Draft, Person
from bot.services.event_common import local
from bot.services.task_common import task_args
from bot.services.tasks_staff import DESCRIPTION_MAX, NEEDED_MAX, POINTS_MAX
from bot.volunteer_models import Task, TaskSpec
from handlers.common import actor, callback_parts, friendly, lang, say, tr
from handlers.events_new import number
from handlers.events_view import answer, require_query
from handlers.forms import end_form, need_text, pressed, step
from handlers.keyboards import choices, inline, main_menu
from handlers.requests import quietly, send
from handlers.volunteer_view import area_label, skill_label
from handlers.volunteers import choice, toggled

FLOW = "task-new"


async def ask(
    update: Update, context: LinliContext, person: Person, key: str, *labels: str, **args: Any
) -> None:
    """Ask the next question with big buttons (catalog keys or plain labels) and Cancel."""
    shown = [tr(context, person, b) if b.startswith("btn-") else b for b in labels]
    await say(update, context, person, key, choices(lang(context, person), shown), **args)


async def advance(draft: Draft, context: LinliContext, step_name: str, **data: Any) -> bool:
    """Save the answer and move on; False when the form was closed meanwhile."""
    return await context.services.drafts.advance(draft, step_name, **data) is not None


@friendly
async def new_task(update: Update, context: LinliContext) -> None:
    """Open the form (staff and admins only)."""
    person = await actor(update, context)
    await context.services.task_desk.require_staff(person.tg_id or 0)
    await context.services.drafts.start(person.tg_id or 0, FLOW, "title")
    await ask(update, context, person, "newtask-ask-title")


@step(FLOW, "title")
async def got_title(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the title."""
    title = await need_text(update, context, person, limit=100)
    if title is not None and await advance(draft, context, "description", title=title):
        await ask(update, context, person, "newtask-ask-description", "btn-skip")


@step(FLOW, "description")
async def got_description(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Take a few words about it, or Skip."""
    skip = pressed(update.effective_message, "btn-skip")
    text = "" if skip else await need_text(update, context, person, limit=DESCRIPTION_MAX)
    if text is not None and await advance(draft, context, "start", description=text):
        await ask(update, context, person, "newtask-ask-start")


@step(FLOW, "start")
async def got_start(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Read the start time."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    starts = context.services.task_desk.read_time(text)
    if await advance(draft, context, "end", starts_at=starts.isoformat()):
        shown = local(starts, context.services.env.settings.zone)
        await ask(update, context, person, "newtask-ask-end", start=shown)


@step(FLOW, "end")
async def got_end(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Read the end time (a time alone means that day)."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    ends = context.services.task_desk.read_time(
        text, after=datetime.fromisoformat(draft.data["starts_at"])
    )
    if await advance(draft, context, "place", ends_at=ends.isoformat()):
        await ask(update, context, person, "newtask-ask-place")


@step(FLOW, "place")
async def got_place(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the place."""
    place = await need_text(update, context, person, limit=200)
    if place is not None and await advance(draft, context, "needed", place=place):
        await ask(update, context, person, "newtask-ask-needed", "1", "2", "3", "5")


@step(FLOW, "needed")
async def got_needed(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take how many volunteers are needed."""
    if await advance(draft, context, "points", needed=number(update, 1, NEEDED_MAX)):
        await ask(update, context, person, "newtask-ask-points", "5", "10", "20")


@step(FLOW, "points")
async def got_points(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the points the task earns; then ask for its area."""
    if await advance(draft, context, "area", points=number(update, 0, POINTS_MAX)):
        await ask_area(update, context, person)


async def area_choices(context: LinliContext, person: Person) -> dict[str, str]:
    """Return area label -> code."""
    return {area_label(context, person, a): a for a in await context.services.volunteers.areas()}


async def ask_area(update: Update, context: LinliContext, person: Person) -> None:
    """Show the buildings and grids, and Anywhere."""
    labels = list(await area_choices(context, person))
    await ask(update, context, person, "newtask-ask-area", *labels, "btn-vol-anywhere")


@step(FLOW, "area")
async def got_area(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the area (or Anywhere); then the skills it needs."""
    anywhere = pressed(update.effective_message, "btn-vol-anywhere")
    area = (
        None
        if anywhere
        else choice(update, await area_choices(context, person), "error-unknown-area")
    )
    if await advance(draft, context, "skills", area=area, skills=[]):
        await ask_skills(update, context, person, [])


async def skill_choices(context: LinliContext, person: Person) -> dict[str, str]:
    """Return skill label -> code."""
    return {
        skill_label(context, person, s): s.code for s in await context.services.volunteers.skills()
    }


async def ask_skills(
    update: Update, context: LinliContext, person: Person, chosen: list[str]
) -> None:
    """Show the skills to pick (none: anyone may do it), and Done."""
    found = await skill_choices(context, person)
    shown = ", ".join(k for k, v in found.items() if v in chosen) or "—"
    await ask(update, context, person, "newtask-ask-skills", *found, "btn-done", chosen=shown)


@step(FLOW, "skills")
async def got_skill(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Add or take back a skill; Done asks whether it repeats weekly."""
    chosen = list(draft.data.get("skills") or [])
    if pressed(update.effective_message, "btn-done"):
        if await advance(draft, context, "weekly"):
            await ask(
                update, context, person, "newtask-ask-weekly", "btn-task-weekly", "btn-task-once"
            )
        return
    chosen = toggled(
        chosen, choice(update, await skill_choices(context, person), "error-unknown-skill")
    )
    if await advance(draft, context, "skills", skills=chosen):
        await ask_skills(update, context, person, chosen)


@step(FLOW, "weekly")
async def got_weekly(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take Every week or Just once; then show the preview."""
    message = update.effective_message
    if not pressed(message, "btn-task-weekly") and not pressed(message, "btn-task-once"):
        raise InvalidInput("form-not-understood")
    saved = await context.services.drafts.advance(
        draft, "preview", weekly=pressed(message, "btn-task-weekly")
    )
    if saved is not None:
        await show_preview(update, context, person, saved)


async def show_preview(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
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
    rows = [
        [
            Button(text="btn-task-publish", data=f"tkn:pub:{draft.id}"),
            Button(text="btn-cancel", data=f"tkn:no:{draft.id}"),
        ]
    ]
    await send(update, context, text, inline(lang(context, person), rows))


@step(FLOW, "preview")
async def typed_at_preview(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Words where Publish was expected: show the preview again."""
    await show_preview(update, context, person, draft)


@friendly
async def on_publish(update: Update, context: LinliContext) -> None:
    """Publish on `tkn:pub:<draft>`, drop the form on `tkn:no:<draft>`."""
    query = require_query(update)
    person = await actor(update, context)
    parts = callback_parts(update, "tkn", 3)
    draft = await context.services.drafts.get(person.tg_id or 0)
    if parts is None or draft is None or draft.flow != FLOW or str(draft.id) != parts[2]:
        await quietly(query.answer(tr(context, person, "newevent-form-closed"), show_alert=True))
        return
    await quietly(query.edit_message_reply_markup(None))
    if parts[1] != "pub":
        await asyncio.gather(answer(update), end_form(update, context, person, "form-cancelled"))
        return
    task, told = await context.services.task_desk.create(
        person.tg_id or 0,
        TaskSpec.model_validate(draft.data),
        source_key=f"draft:{draft.id}",
        close_draft=draft.id,
    )
    keyboard = main_menu(lang(context, person), person)
    await asyncio.gather(
        answer(update), say(update, context, person, "newtask-published", keyboard, told=told)
    )
    roster = [[Button(text="btn-task-roster", data=f"tks:roster:{task.id}")]]
    await say(
        update,
        context,
        person,
        "newtask-manage",
        inline(lang(context, person), roster),
        title=task.title,
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("newtask", new_task, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_publish, pattern=r"^tkn:"),
]
