"""Where the bot speaks: private chats and the staff chat, nowhere else.

Any group can add a bot. Served there, a resident's form step would show their request to the
whole group, and a staff member's /queue everyone's. So one guard runs before every other
handler (its own group, GROUP) and stops what comes from another chat: ordinary messages get silence, a
command meant for us one short pointer to the private chat, a button press a toast. In the
staff chat only staff are served: forms run in private chats, so a resident who is a member
does not feed theirs from there (their presses still reach the handlers, which refuse them).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot import i18n
from bot.context import LinliContext
from bot.languages import from_telegram
from bot.models.outbox import Button
from handlers.commands import ADMIN as EVERY_COMMAND
from handlers.keyboards import inline

log = logging.getLogger(__name__)


async def guard(update: Update, context: LinliContext) -> None:
    """Let private chats and staff in the staff chat through; stop everything else."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    staff_chat = context.services.env.settings.staff_chat
    try:
        if chat.id == staff_chat and await _staff_may_pass(update, context):
            return
        if chat.id != staff_chat:
            _note_once(context, chat.id, chat.title)
            await _point_to_private(update, context)
    except Exception:  # fail closed: an error here must not let the update through
        log.exception("the chat guard failed on an update from chat %s", chat.id)
    raise ApplicationHandlerStop


def _note_once(context: LinliContext, chat_id: int, title: str | None) -> None:
    """Log a chat the bot does not serve, once per run: it is how admins find the staff
    group's id for LINLI_STAFF_CHAT (see the README)."""
    seen = context.bot_data.extra.setdefault("unserved-chats", set())
    assert isinstance(seen, set)
    if chat_id not in seen:
        seen.add(chat_id)
        log.info("not serving chat %s (%r): it is not LINLI_STAFF_CHAT", chat_id, title)


async def _staff_may_pass(update: Update, context: LinliContext) -> bool:
    """Tell whether an update in the staff chat is for the handlers: a press, or staff writing."""
    user = update.effective_user
    if update.callback_query is not None:
        return True
    if user is None:
        return False
    if user.id in context.services.env.settings.admins:
        return True
    person = await context.services.people.get(user.id)
    return person is not None and person.role.is_staff


async def _point_to_private(update: Update, context: LinliContext) -> None:
    """Answer a press with a toast and a command meant for us with a link; nothing else."""
    query = update.callback_query
    if query is not None:
        await _quietly(query.answer(await _text(update, context, "chat-private-only-press")))
        return
    message = update.message
    username = context.bot.username
    if message is None or not _command_for_us(message, username):
        return
    lng = await _lang(update, context)
    link = Button(text="btn-open-private-chat", url=f"https://t.me/{username}")
    await _quietly(
        context.bot.send_message(
            message.chat.id,
            i18n.t(lng, "chat-private-only"),
            reply_markup=inline(lng, [[link]]),
        )
    )


def _command_for_us(message: Message, username: str) -> bool:
    """Tell whether a message is one of our commands, bare or addressed to this bot."""
    first = message.entities[0] if message.entities else None
    if message.text is None or first is None:
        return False
    if first.type != MessageEntity.BOT_COMMAND or first.offset != 0:
        return False
    name, _, target = message.text[1 : first.length].partition("@")
    if target:
        return target.lower() == username.lower()
    return name.lower() in EVERY_COMMAND


async def _lang(update: Update, context: LinliContext) -> str:
    """Return the language of the person acting, without creating them (not our chat)."""
    user = update.effective_user
    if user is None:
        return context.services.env.language_of(None)
    person = await context.services.people.get(user.id)
    if person is not None:
        return context.services.env.language_of(person)
    return from_telegram(user.language_code) or context.services.env.language_of(None)


async def _text(update: Update, context: LinliContext, key: str) -> str:
    return i18n.t(await _lang(update, context), key)


async def _quietly(call: Awaitable[Any]) -> None:
    """Make a courtesy call that may fail: a group may forbid the bot to post, a press expire."""
    try:
        await call
    except TelegramError as exc:
        log.info("could not answer in a chat the bot does not serve: %s", exc)


GUARD = TypeHandler(Update, guard)
# A group of its own, before all others: a handler sharing it would be skipped, since only the
# first handler that takes an update in a group runs (and the guard takes every update).
GROUP = -100
