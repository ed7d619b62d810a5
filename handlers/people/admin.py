"""Admins (LINLI_ADMINS only): appoint and remove staff (/staff), community settings (/settings).

A new staff member joins through a one-time deep link `t.me/<bot>?start=staff_<token>`.
Every press starts with the admin check, because callback data can be forged by anyone; the
services check again. Buildings and categories live in handlers/people/community_settings.py; this module
routes their `adm:` presses too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import people as callbacks
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Actor, Role
from handlers.commands import commands_for
from handlers.common import (
    actor,
    admin_command,
    friendly,
    id_or_not_found,
    lang,
    quietly,
    require_admin,
    send,
    tr,
)
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.people import community_settings as settings
from handlers.people.community_settings import View, present

Action = Callable[[Update, LinliContext, Actor, str], Awaitable[str | None]]


# ---- staff ------------------------------------------------------------------------------


@admin_command
async def staff_list_command(update: Update, context: LinliContext, person: Actor) -> None:
    """List the staff (/staff), for admins."""
    await show_staff(update, context, person)


@menu("menu-staff")
async def show_staff(update: Update, context: LinliContext, person: Actor) -> None:
    """List the staff with a remove button each, and the invite button."""
    require_admin(person)
    await present(update, context, await staff_view(context, person))


async def staff_view(context: LinliContext, person: Actor) -> View:
    """Return the staff list and its buttons."""
    staff = await context.services.people.list_staff(person.tg_id)
    lines = [tr(context, person, "admin-staff-line", name=p.name) for p in staff]
    title = tr(
        context, person, "admin-staff-title" if staff else "admin-staff-none", count=len(staff)
    )
    rows = [
        [
            Button(
                text=tr(context, person, "btn-staff-remove", name=p.name),
                data=callbacks.remove_staff(p.id),
            )
        ]
        for p in staff
    ]
    rows.append([Button(text="btn-staff-invite", data=callbacks.invite_staff())])
    return "\n".join([title, *lines]), inline(lang(context, person), rows)


async def ask_remove(update: Update, context: LinliContext, person: Actor, arg: str) -> str | None:
    """Ask before removing a staff member."""
    staff = await context.services.people.list_staff(person.tg_id)
    chosen = next((p for p in staff if str(p.id) == arg), None)
    if chosen is None:  # removed meanwhile
        await present(update, context, await staff_view(context, person))
        return None
    rows = [
        [
            Button(text="btn-remove-yes", data=callbacks.remove_staff_sure(chosen.id)),
            Button(text="btn-remove-no", data=callbacks.staff_page()),
        ]
    ]
    text = tr(context, person, "admin-remove-ask", name=chosen.name)
    await present(update, context, (text, inline(lang(context, person), rows)))
    return None


async def remove(update: Update, context: LinliContext, person: Actor, arg: str) -> str:
    """Make the staff member a resident again, and show them a resident's commands."""
    removed = await context.services.people.remove_staff(person.tg_id, id_or_not_found(arg))
    now_resident = removed.model_copy(update={"role": Role.RESIDENT})
    await commands_for(context.bot, now_resident, context.services.env.language_of(removed))
    return tr(context, person, "admin-removed", name=removed.name)


async def invite(update: Update, context: LinliContext, person: Actor, _: str) -> str | None:
    """Create a one-time invitation link and show it."""
    token = await context.services.people.create_staff_invite(person.tg_id)
    link = f"https://t.me/{context.bot.username}?start=staff_{token}"
    await send(update, context, tr(context, person, "admin-invite", link=link))
    return None


# ---- settings ---------------------------------------------------------------------------


@admin_command
async def settings_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the community settings (/settings), for admins."""
    await show_settings(update, context, person)


@menu("menu-settings")
async def show_settings(update: Update, context: LinliContext, person: Actor) -> None:
    """Offer buildings and categories."""
    require_admin(person)
    await present(update, context, settings.settings_menu(context, person))


async def page(context: LinliContext, person: Actor, name: str) -> View:
    """Return a page of the admin views by its short name."""
    if name == "set":
        return settings.settings_menu(context, person)
    if name == "bld":
        return await settings.buildings_view(context, person)
    if name == "cat":
        return await settings.categories_view(context, person)
    return await staff_view(context, person)


# action -> (what it does, returning the press's answer; the page to redraw after it)
ACTIONS: dict[str, tuple[Action | None, str | None]] = {
    "set": (None, "set"),
    "bld": (None, "bld"),
    "cat": (None, "cat"),
    "staff": (None, "staff"),
    "rm": (ask_remove, None),
    "rmok": (remove, "staff"),
    "inv": (invite, None),
    "badd": (settings.ask_building, None),
    "bdel": (settings.remove_building, "bld"),
    "cadd": (settings.ask_category, None),
    "chr": (settings.ask_new_hours, None),
    "cvis": (settings.toggle_category, "cat"),
    "bask": (settings.ask_remove_building, None),
    "bgrid": (settings.ask_grid, None),
    "cask": (settings.ask_hide_category, None),
    "rlang": (settings.room_language_view, None),
    "rl": (settings.set_room_language, "set"),
}


@friendly
async def on_admin_button(update: Update, context: LinliContext) -> None:
    """Route `adm:<action>[:<arg>]` for admins; anyone else is told it is not allowed."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    require_admin(person)
    press = callbacks.read_admin(query.data)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    action, redraw = ACTIONS[press.action]
    answer = await action(update, context, person, press.arg) if action else None
    if redraw is not None:
        await present(update, context, await page(context, person, redraw))
    await quietly(query.answer(answer))


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("staff", staff_list_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("settings", settings_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_admin_button, pattern=f"^{callbacks.ADMIN}:"),
]
