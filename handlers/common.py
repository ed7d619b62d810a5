"""What every handler needs: the acting person, their language, friendly errors, replies."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from telegram import CallbackQuery, Message, ReplyKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError

from bot import i18n
from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import DomainError, NotAllowed, NotFound
from bot.flood import Lane
from bot.models.people import Actor, Person, Role
from handlers.keyboards import Markup, main_menu

log = logging.getLogger(__name__)

Handler = Callable[[Update, LinliContext], Awaitable[None]]
PersonHandler = Callable[[Update, LinliContext, Actor], Awaitable[None]]
Command = Callable[[Update, LinliContext], Coroutine[Any, Any, None]]
H = TypeVar("H", bound=Handler)


async def actor(update: Update, context: LinliContext) -> Actor:
    """Return the person behind the update, creating them on first contact.

    Resolved once per update: PTB gives every handler of one update the same context, so a
    second call (a form step after the router, the error path) reads the first one's answer.
    A handler that changes the person (registration, language) uses what the service returns.
    """
    user = update.effective_user
    assert user is not None
    known = context.acting
    if known is not None and known.tg_id == user.id:
        return known
    person = Actor.of(
        await context.services.people.touch(user.id, user.full_name, user.language_code)
    )
    context.acting = person
    return person


def remember(context: LinliContext, person: Person) -> Actor:
    """Keep the acting person a service has just changed (registered, new language, new role).

    Later handlers of the same update then see the change, not the person as they were.
    """
    context.acting = Actor.of(person)
    return context.acting


def lang(context: LinliContext, person: Person | None) -> str:
    """Return the language to answer a person in."""
    return context.services.env.language_of(person)


def tr(context: LinliContext, person: Person | None, key: str, **args: Any) -> str:
    """Return a catalog text in the person's language."""
    return i18n.t(lang(context, person), key, **args)


async def say(
    update: Update,
    context: LinliContext,
    person: Person | None,
    key: str,
    markup: Markup = None,
    **args: Any,
) -> Message | None:
    """Answer in the chat the update came from, in the person's language."""
    chat = update.effective_chat
    if chat is None:
        return None
    return await context.bot.send_message(
        chat.id,
        tr(context, person, key, **args),
        reply_markup=markup,
        message_thread_id=thread_of(update),
    )


async def send(update: Update, context: LinliContext, text: str, markup: Markup = None) -> None:
    """Send an already rendered text to the chat the update came from."""
    if update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, text, reply_markup=markup, message_thread_id=thread_of(update)
        )


def thread_of(update: Update) -> int | None:
    """Return the forum topic the update came from, so an answer stays in it (None outside a
    forum topic: Telegram posts to the chat itself)."""
    message = update.effective_message
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


def is_private(update: Update) -> bool:
    """Return True when the update comes from a private chat with the bot."""
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


async def tell_error(
    update: Update, context: LinliContext, person: Person | None, error: DomainError
) -> None:
    """Turn a broken rule into a short, friendly text: an alert on a button, else a message."""
    text = i18n.t(lang(context, person), error.key, **error.args_map)
    query = update.callback_query
    if query is not None:
        await query.answer(text, show_alert=True)
        return
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, text)


def friendly(handler: H) -> H:
    """Wrap a handler so that a DomainError becomes a friendly answer, not a crash."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: LinliContext) -> None:
        try:
            await handler(update, context)
        except DomainError as error:
            person = None
            if update.effective_user is not None:
                person = await context.services.people.get(update.effective_user.id)
            await tell_error(update, context, person, error)

    return wrapper  # type: ignore[return-value]


def require_staff(person: Person) -> None:
    """Refuse anyone who is not staff or an admin; the services check again."""
    if not person.role.is_staff:
        raise NotAllowed()


def require_admin(person: Person) -> None:
    """Refuse anyone who is not an admin (LINLI_ADMINS); the services check again."""
    if person.role != Role.ADMIN:
        raise NotAllowed("error-admin-only")


def _refusing(handler: PersonHandler, require: Callable[[Person], None]) -> Command:
    @friendly
    @functools.wraps(handler)
    async def wrapper(update: Update, context: LinliContext) -> None:
        person = await actor(update, context)
        require(person)
        await handler(update, context, person)

    return wrapper


# Staff and admin commands refuse everyone else first, before they read their arguments, so a
# resident never learns a command's usage, categories or limits from its error messages.
def staff_command(handler: PersonHandler) -> Command:
    """Make a command for staff and admins: anyone else is refused before anything is read."""
    return _refusing(handler, require_staff)


def admin_command(handler: PersonHandler) -> Command:
    """Make a command for admins: anyone else is refused before anything is read."""
    return _refusing(handler, require_admin)


def callback_parts(update: Update, prefix: str, count: int) -> list[str] | None:
    """Split `prefix:a:b` callback data into `count` parts, or None when it is malformed."""
    query = update.callback_query
    if query is None or not isinstance(query.data, str):
        return None
    parts = query.data.split(":")
    if len(parts) != count or parts[0] != prefix:
        return None
    return parts


def id_or_not_found(value: str | None, key: str | None = None, *, zero: bool = False) -> int:
    """Return the row id `value` names, else raise NotFound with the feature's text (`key`).

    `zero` lets "0" through, for the buttons whose 0 names nothing (`wd:xl:0`, `wh:cl:<id>:0`).
    """
    found = 0 if zero and value == "0" else read_id(value)
    if found is None:
        raise NotFound(key)
    return found


def int_or_none(value: str) -> int | None:
    """Return an int parsed from a typed number, or None when it is not one (not for ids)."""
    try:
        return int(value)
    except ValueError:
        return None


async def quietly(call: Awaitable[Any]) -> None:
    """Run a cosmetic call (answer a press, drop old buttons) that may find the query stale."""
    try:
        await call
    except BadRequest as exc:  # a redelivered press, or a message already as wanted
        log.info("ignored a stale Telegram call: %s", exc)


def drop_buttons_after(context: LinliContext, query: CallbackQuery) -> None:
    """Remove a pressed message's buttons once the answer has gone, off the handler's path.

    The answer is what the person waits for; the edit is a second counted call to the same
    chat, which Telegram wants a second apart. Sent in the PERSONAL lane and not awaited, it
    follows the answer instead of going before it, and the handler's slot is free meanwhile.
    If the edit fails the buttons stay, and a press on them is harmless: the form they belong
    to is closed and its filing is idempotent.
    """

    message = query.message
    if message is None:
        return  # a press on an inline message: nothing of ours to edit

    async def edit() -> None:
        try:
            await context.bot.edit_message_reply_markup(
                chat_id=message.chat.id,
                message_id=message.message_id,
                reply_markup=None,
                rate_limit_args=Lane.PERSONAL,
            )
        except TelegramError as exc:
            log.info("left the buttons of a settled message: %s", exc)

    context.application.create_task(edit(), name="linli-drop-buttons")


def home(context: LinliContext, person: Actor) -> ReplyKeyboardMarkup:
    """Return the person's main menu, to show again when a step is over."""
    return main_menu(lang(context, person), person)
