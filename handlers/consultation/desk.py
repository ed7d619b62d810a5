"""The staff card of a new topic: Accept for the agenda. The service re-checks the presser:
a resident forging `td:ac:1` is told "only staff"."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import topics as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from handlers.common import actor, friendly, quietly, tr
from handlers.form_kit import alert


@friendly
async def on_desk_button(update: Update, context: LinliContext) -> None:
    """Route `td:ac:<topic>`: accept the topic and drop the card's buttons."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_desk(query.data if isinstance(query.data, str) else None)
    if press is None or press.action != "ac":
        await alert(query, context, person, "error-too-old")
        return
    if press.topic_id is None:
        raise NotFound("error-topic-not-found")
    topic = await context.services.topics.accept(person.tg_id, press.topic_id)
    await quietly(query.answer(tr(context, person, "topic-accepted", number=topic.number)))
    await quietly(query.edit_message_reply_markup(None))


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_desk_button, pattern=rf"^{callbacks.DESK}:"),
]
