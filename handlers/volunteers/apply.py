"""/volunteer: apply step by step (skills, areas, availability), then see one's status card
with Pause, Resume, Leave and the honours-roll consent.

The form is a draft (flow "volunteer"), so a restart mid-form continues where it was. Choices
are big reply buttons pressed one by one (pressing again takes one back); Done moves on.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import AVAILABILITY, Application, Volunteer, VolunteerStatus
from bot.models.work import Draft
from handlers.common import actor, friendly, lang, say, tr
from handlers.events.view import answer
from handlers.forms import Form, ask, end_form, menu, need_text, pressed
from handlers.keyboards import inline
from handlers.volunteers.view import area_label, first, presses, skill_label

FLOW = "volunteer"
APPLY = Form(FLOW, ["skills", "other", "areas", "availability"])
OTHER_MAX = 200


@friendly
async def volunteer_command(update: Update, context: LinliContext) -> None:
    """Apply, or see one's volunteer status (/volunteer)."""
    await show_volunteering(update, context, await actor(update, context))


@menu("menu-volunteer")
async def show_volunteering(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the application form, or the status card for those who applied."""
    me = await context.services.volunteers.me(person.tg_id)
    if me is None or me.status in (VolunteerStatus.DECLINED, VolunteerStatus.LEFT):
        await APPLY.start(context, person)
        await say(update, context, person, "volunteer-intro")
        await ask_skills(update, context, person, [])
        return
    await send_card(update, context, person, me)


async def send_card(update: Update, context: LinliContext, person: Actor, me: Volunteer) -> None:
    """Show where the person stands as a volunteer, with what they can do."""
    if me.status == VolunteerStatus.APPLIED:
        await say(update, context, person, "volunteer-pending")
        return
    labels = {
        s.code: skill_label(context, person, s) for s in await context.services.volunteers.skills()
    }
    args = {
        "status": me.status.value,
        "skills": ", ".join(labels.get(c, c) for c in me.skills) or "—",
        "areas": ", ".join(area_label(context, person, a) for a in me.areas) or "—",
        "leads": area_label(context, person, me.leads) if me.leads else "—",
        "honours": "yes" if me.honours else "no",
    }
    pause = (
        ("btn-vol-resume", callbacks.resume())
        if me.status == "paused"
        else ("btn-vol-pause", callbacks.pause())
    )
    honours = (
        ("btn-vol-honours-off", callbacks.honours_consent(False))
        if me.honours
        else ("btn-vol-honours-on", callbacks.honours_consent(True))
    )
    rows = [
        [
            Button(text=pause[0], data=pause[1]),
            Button(text="btn-vol-leave", data=callbacks.leave()),
        ],
        [Button(text=honours[0], data=honours[1])],
    ]
    await say(
        update, context, person, "volunteer-card", inline(lang(context, person), rows), **args
    )


async def ask_picks(
    update: Update,
    context: LinliContext,
    person: Actor,
    key: str,
    found: dict[str, str],
    chosen: list[str],
    *extra: str,
) -> None:
    """Show the choices (label -> code) to press one by one, then `extra` buttons and Done.

    The question shows what is chosen so far, as every pick-several step here (and in
    /newtask) asks it.
    """
    shown = ", ".join(k for k, v in found.items() if v in chosen) or "—"
    await ask(update, context, person, key, *found, *extra, "btn-done", chosen=shown)


async def skill_choices(context: LinliContext, person: Actor) -> dict[str, str]:
    """Return skill label -> code."""
    return {
        skill_label(context, person, s): s.code for s in await context.services.volunteers.skills()
    }


async def ask_skills(
    update: Update, context: LinliContext, person: Actor, chosen: list[str]
) -> None:
    """Show the skills to pick one by one, and Done."""
    found = await skill_choices(context, person)
    await ask_picks(update, context, person, "volunteer-ask-skills", found, chosen)


def toggled(chosen: list[str], code: str) -> list[str]:
    """Add a choice, or take it back when it was chosen."""
    return [c for c in chosen if c != code] if code in chosen else [*chosen, code]


def choice(update: Update, found: dict[str, str], error: str) -> str:
    """Return the code of the button pressed, or refuse anything else kindly."""
    message = update.effective_message
    text = (message.text or "").strip() if message is not None else ""
    if text not in found:
        raise InvalidInput(error)
    return found[text]


@APPLY.step("skills")
async def got_skill(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add or take back a skill; Done moves on to anything else they can do."""
    chosen = list(draft.data.get("skills") or [])
    if pressed(update.effective_message, "btn-done"):
        if await APPLY.next(draft, context):
            await ask(update, context, person, "volunteer-ask-other", "btn-skip")
        return
    chosen = toggled(
        chosen, choice(update, await skill_choices(context, person), "error-unknown-skill")
    )
    if await APPLY.stay(draft, context, skills=chosen):
        await ask_skills(update, context, person, chosen)


@APPLY.step("other")
async def got_other(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take other things they can do, or Skip; then ask for areas."""
    skip = pressed(update.effective_message, "btn-skip")
    text = "" if skip else await need_text(update, context, person, limit=OTHER_MAX)
    if text is None:
        return
    if not text and not draft.data.get("skills"):
        raise InvalidInput("error-volunteer-no-skills")
    if await APPLY.next(draft, context, skills_other=text, areas=[]):
        await ask_areas(update, context, person, [])


async def area_choices(context: LinliContext, person: Actor) -> dict[str, str]:
    """Return area label -> code."""
    return {area_label(context, person, a): a for a in await context.services.volunteers.areas()}


async def ask_areas(
    update: Update, context: LinliContext, person: Actor, chosen: list[str]
) -> None:
    """Show buildings and grids to pick, Anywhere, and Done."""
    found = await area_choices(context, person)
    await ask_picks(
        update, context, person, "volunteer-ask-areas", found, chosen, "btn-vol-anywhere"
    )


@APPLY.step("areas")
async def got_area(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add or take back an area; Anywhere or Done moves on."""
    message = update.effective_message
    chosen = list(draft.data.get("areas") or [])
    if pressed(message, "btn-vol-anywhere") or pressed(message, "btn-done"):
        areas = [] if pressed(message, "btn-vol-anywhere") else chosen
        if await APPLY.next(draft, context, areas=areas, availability=[]):
            await ask_availability(update, context, person, [])
        return
    chosen = toggled(
        chosen, choice(update, await area_choices(context, person), "error-unknown-area")
    )
    if await APPLY.stay(draft, context, areas=chosen):
        await ask_areas(update, context, person, chosen)


def availability_choices(context: LinliContext, person: Actor) -> dict[str, str]:
    """Return availability label -> code."""
    return {tr(context, person, f"avail-{a}"): a for a in AVAILABILITY}


async def ask_availability(
    update: Update, context: LinliContext, person: Actor, chosen: list[str]
) -> None:
    """Show the days and times to pick, and Done."""
    found = availability_choices(context, person)
    await ask_picks(update, context, person, "volunteer-ask-availability", found, chosen)


@APPLY.step("availability")
async def got_availability(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Add or take back a day or time; Done sends the application to staff."""
    chosen = list(draft.data.get("availability") or [])
    if not pressed(update.effective_message, "btn-done"):
        chosen = toggled(
            chosen, choice(update, availability_choices(context, person), "error-invalid")
        )
        if await APPLY.stay(draft, context, availability=chosen):
            await ask_availability(update, context, person, chosen)
        return
    application = Application.model_validate(draft.data | {"availability": chosen})
    await context.services.volunteers.apply(person.tg_id, application)
    await end_form(update, context, person, "volunteer-applied")


# ---- the status card's buttons ---------------------------------------------------------------


async def pause(update: Update, context: LinliContext, person: Actor, _: list[int]) -> None:
    """Pause volunteering."""
    me = await context.services.volunteers.pause(person.tg_id)
    await answer(update)
    await send_card(update, context, person, me)


async def resume(update: Update, context: LinliContext, person: Actor, _: list[int]) -> None:
    """Resume volunteering."""
    me = await context.services.volunteers.resume(person.tg_id)
    await answer(update)
    await send_card(update, context, person, me)


async def leave(update: Update, context: LinliContext, person: Actor, _: list[int]) -> None:
    """Stop volunteering."""
    await context.services.volunteers.leave(person.tg_id)
    await answer(update)
    await say(update, context, person, "volunteer-left")


async def honours(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Agree, or no longer agree, to appear on the honours roll."""
    me = await context.services.volunteers.set_honours(person.tg_id, first(ids) == 1)
    await answer(update)
    await say(
        update, context, person, "volunteer-honours-on" if me.honours else "volunteer-honours-off"
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("volunteer", volunteer_command, filters=filters.ChatType.PRIVATE),
    presses(callbacks.MEMBER, {"pause": pause, "resume": resume, "leave": leave, "hon": honours}),
]
