"""Language, help, the main menu and leaving a form: what every person can do at any time."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import people as callbacks
from bot.context import LinliContext
from bot.languages import LANGUAGES
from bot.models.outbox import Button
from bot.models.people import Actor
from handlers.commands import commands_for
from handlers.common import actor, friendly, lang, remember, say
from handlers.forms import end_form, menu
from handlers.keyboards import inline, main_menu
from handlers.workplace.menu import explain_tools


@friendly
async def language(update: Update, context: LinliContext) -> None:
    """Offer the languages as buttons."""
    await show_languages(update, context, await actor(update, context))


@menu("menu-language")
async def show_languages(update: Update, context: LinliContext, person: Actor) -> None:
    """Offer the languages as buttons, each in its own language."""
    rows = [
        [Button(text=f"lang-name-{code}", data=callbacks.choose_language(code))]
        for code in LANGUAGES
    ]
    await say(update, context, person, "language-choose", inline(lang(context, person), rows))


@friendly
async def chose_language(update: Update, context: LinliContext) -> None:
    """Switch the person's language and redraw their menu in it; with a form open, the form
    goes on (its buttons stay, and they work in any language), so only the line is said."""
    query = update.callback_query
    if query is None:
        return
    code = callbacks.read_language(query.data, LANGUAGES)
    if code is None:
        await query.answer()
        return
    person = remember(context, await context.services.people.set_language(query.from_user.id, code))
    await query.answer()
    await commands_for(context.bot, person, code)
    if await context.services.drafts.get(person.tg_id) is not None:
        await say(update, context, person, "language-set")
        await say(update, context, person, "language-set-form-goes-on")
        return
    await say(update, context, person, "language-set", main_menu(code, person))


@friendly
async def help_command(update: Update, context: LinliContext) -> None:
    """Explain what the bot does and show the menu."""
    person = await actor(update, context)
    key = "help-staff" if person.role.is_staff else "help-resident"
    await say(update, context, person, key, main_menu(lang(context, person), person))
    await explain_tools(update, context, person)


@friendly
async def cancel(update: Update, context: LinliContext) -> None:
    """Leave whatever form is open."""
    person = await actor(update, context)
    had = await context.services.drafts.get(person.tg_id)
    await end_form(update, context, person, "form-cancelled" if had else "form-nothing-open")


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("language", language, filters=filters.ChatType.PRIVATE),
    CommandHandler(["help", "menu"], help_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("cancel", cancel),
    CallbackQueryHandler(chose_language, pattern=f"^{callbacks.LANGUAGE}:"),
]
