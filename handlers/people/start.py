"""/start: welcome, deep links, and registration as a short form with buttons.

Registration is a draft (flow "register"), so a restart mid-form continues where it was.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import KeyboardButton, ReplyKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.models.people import Actor
from bot.models.work import Draft
from handlers.commands import commands_for
from handlers.common import actor, friendly, lang, remember, say, tr
from handlers.forms import Form, end_form, need_text, pressed
from handlers.keyboards import cancel_only, choices, main_menu

FLOW = "register"
REGISTER = Form(FLOW, ["name", "building", "unit", "phone"])
DeepLink = Callable[[Update, LinliContext, Actor, str], Awaitable[None]]
# Payload prefix -> what it opens (e.g. "event_" for t.me/<bot>?start=event_12).
DEEP_LINKS: dict[str, DeepLink] = {}


def deep_link(prefix: str) -> Callable[[DeepLink], DeepLink]:
    """Register what `/start <prefix><rest>` opens; it gets the rest of the payload."""

    def register(func: DeepLink) -> DeepLink:
        DEEP_LINKS[prefix] = func
        return func

    return register


@friendly
async def start(update: Update, context: LinliContext) -> None:
    """Welcome a person; open what a deep link names; start registration if needed."""
    person = await actor(update, context)
    payload = context.args[0] if context.args else ""
    if payload.startswith("staff_"):
        person = remember(
            context,
            await context.services.people.accept_staff_invite(
                person.tg_id, payload.removeprefix("staff_")
            ),
        )
        await commands_for(context.bot, person, lang(context, person))
        await say(
            update, context, person, "staff-welcome", main_menu(lang(context, person), person)
        )
        return
    for prefix, opens in DEEP_LINKS.items():
        if payload.startswith(prefix):
            await opens(update, context, person, payload.removeprefix(prefix))
            return
    if person.registered:
        await context.services.drafts.cancel(person.tg_id)
        await say(
            update,
            context,
            person,
            "welcome-back",
            main_menu(lang(context, person), person),
            name=person.name,
        )
        return
    await begin_registration(update, context, person)


async def begin_registration(update: Update, context: LinliContext, person: Actor) -> None:
    """Welcome and say what is kept in one message, then ask for the name with its buttons."""
    await REGISTER.start(context, person)
    await say(update, context, person, "welcome-new")  # carries the privacy note
    user = update.effective_user
    offer = [user.full_name] if user is not None and user.full_name else []
    await say(update, context, person, "register-ask-name", choices(lang(context, person), offer))


@REGISTER.step("name")
async def got_name(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the name, then ask for the building."""
    name = await need_text(update, context, person, limit=64)
    if name is None:
        return
    await REGISTER.next(draft, context, name=name)
    await ask_building(update, context, person)


async def ask_building(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the community's buildings as big buttons."""
    buildings = [b.name for b in await context.services.community.buildings()]
    key = "register-ask-building" if buildings else "register-ask-building-free"
    await say(update, context, person, key, choices(lang(context, person), buildings))


@REGISTER.step("building")
async def got_building(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take a building from the list (or free text while none are set up)."""
    text = await need_text(update, context, person, limit=40)
    if text is None:
        return
    known = [b.name for b in await context.services.community.buildings()]
    if known and text not in known:
        await say(
            update, context, person, "error-unknown-building", choices(lang(context, person), known)
        )
        return
    await REGISTER.next(draft, context, building=text)
    await say(update, context, person, "register-ask-unit", cancel_only(lang(context, person)))


@REGISTER.step("unit")
async def got_unit(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the unit, then offer to share the phone number (optional)."""
    unit = await need_text(update, context, person, limit=32)
    if unit is None:
        return
    await REGISTER.next(draft, context, unit=unit)
    keyboard = ReplyKeyboardMarkup(
        [
            [KeyboardButton(tr(context, person, "btn-share-phone"), request_contact=True)],
            [tr(context, person, "btn-skip")],
            [tr(context, person, "btn-cancel")],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    await say(update, context, person, "register-ask-phone", keyboard)


@REGISTER.step("phone")
async def got_phone(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the shared contact (only the person's own) or Skip, and finish registration."""
    message = update.effective_message
    contact = message.contact if message else None
    if contact is None and not pressed(message, "btn-skip"):
        await say(update, context, person, "register-phone-use-button")
        return
    if contact is not None and contact.user_id != person.tg_id:
        await say(update, context, person, "register-phone-not-yours")
        return
    phone = contact.phone_number if contact is not None else None
    data = draft.data
    person = remember(
        context,
        await context.services.people.register(
            person.tg_id,
            str(data.get("name", "")),
            str(data.get("building", "")),
            str(data.get("unit", "")),
            phone,
        ),
    )
    await end_form(update, context, person, "register-done")


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("start", start, filters=filters.ChatType.PRIVATE),
]
