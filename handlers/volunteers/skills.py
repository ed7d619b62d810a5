"""/skills: admins keep the list of skills volunteers choose from (add one, hide one).

Skills are named by their place in the list on the buttons (names may be long or Chinese,
too long for callback data); the service re-checks that the presser is an admin.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from handlers.common import admin_command, lang, require_admin, say
from handlers.events.view import answer
from handlers.forms import Form, need_text
from handlers.keyboards import inline
from handlers.requests.desk import prompt
from handlers.volunteers.view import first, presses, skill_label

FLOW = "skill-add"
ADD_SKILL = Form(FLOW, ["label"])


@admin_command
async def skills_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the skills with a Hide button each, and Add (/skills, admins)."""
    await show_skills(update, context, person)


async def show_skills(update: Update, context: LinliContext, person: Actor) -> None:
    """Send the list of skills with their buttons."""
    skills = await context.services.volunteers.skills()
    rows = [
        [Button(text=f"🙈 {skill_label(context, person, s)}", data=callbacks.hide_skill(n))]
        for n, s in enumerate(skills, 1)
    ]
    rows.append([Button(text="btn-skill-add", data=callbacks.add_skill())])
    await say(update, context, person, "skills-title", inline(lang(context, person), rows))


async def hide(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Hide the skill at the place pressed."""
    skills = await context.services.volunteers.skills()
    index = first(ids)
    if not 1 <= index <= len(skills):
        raise NotFound()
    skill = skills[index - 1]
    await context.services.volunteers.hide_skill(person.tg_id, skill.code)
    label = skill_label(context, person, skill)
    await asyncio.gather(answer(update), say(update, context, person, "skill-hidden", name=label))


async def ask_new(update: Update, context: LinliContext, person: Actor, _: list[int]) -> None:
    """Ask for the new skill's name."""
    require_admin(person)
    await ADD_SKILL.start(context, person)
    await answer(update)
    await prompt(update, context, person, "skill-ask-name")


@ADD_SKILL.step("label")
async def got_label(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add the skill typed."""
    label = await need_text(update, context, person, limit=40)
    if label is None:
        return
    skill = await context.services.volunteers.add_skill(person.tg_id, label)
    await context.services.drafts.cancel(person.tg_id)
    await say(update, context, person, "skill-added", name=skill.label or label)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("skills", skills_command),
    presses(callbacks.SKILLS, {"hide": hide, "add": ask_new}),
]
