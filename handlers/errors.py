"""The one error handler, and the answer to commands nobody knows.

No traceback ever reaches a chat: it goes to the log; the person is told something went
wrong in their language; staff get a one-line alert.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.context import LinliContext
from handlers.common import actor, friendly, lang, say, tr
from handlers.keyboards import main_menu

log = logging.getLogger(__name__)


async def on_error(update: object, context: LinliContext) -> None:
    """Log the failure with its traceback, apologise to the person, alert staff."""
    log.error("while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or context.bot_data.services is None:
        return
    user = update.effective_user
    person = await context.services.people.get(user.id) if user else None
    try:  # an answer: the pacer waits its turn and resends it after a RetryAfter
        if update.callback_query is not None:
            await update.callback_query.answer()
        if update.effective_chat is not None:
            await say(update, context, person, "error-unexpected")
    except Exception:
        log.exception("could not apologise for the error")
    try:  # through the outbox, so staff hear of it even when the apology could not go
        who = person.name if person else (user.full_name if user else "?")
        await context.services.outbox.alert_staff(who, type(context.error).__name__)
    except Exception:
        log.exception("could not alert staff to the error")


@friendly
async def unknown_command(update: Update, context: LinliContext) -> None:
    """Answer a command the bot does not know, with the menu."""
    person = await actor(update, context)
    await say(update, context, person, "unknown-command", main_menu(lang(context, person), person))


async def stale_button(update: Update, context: LinliContext) -> None:
    """Answer a button nobody handles (an old message, or forged data) so it stops spinning."""
    query = update.callback_query
    if query is None:
        return
    person = await context.services.people.get(query.from_user.id)
    await query.answer(tr(context, person, "error-too-old"), show_alert=True)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, unknown_command),
    CallbackQueryHandler(stale_button),
]
