"""Forms: multi-step flows whose state lives in SQLite (a draft row), so a restart loses nothing.

A form is declared once, its steps in order (`Form("request", ["category", ...])`), and each
step's function is registered with `@FORM.step("name")`; moving on is `FORM.next(draft, ...)`,
so the order lives in one place and a step no longer names the one after it. Jumps
(`FORM.jump`) are kept for where a form really branches. Drafts keep the flow and step names
they always had, so a draft saved before a change resumes where it was. Every message in a private
chat (and a staff member's answer in the staff group) comes to `route`, which finds the
person's draft and calls its step; without a draft, the main-menu buttons are recognised here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from telegram import Message, Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot import i18n
from bot.clock import local
from bot.context import LinliContext
from bot.models.people import Actor
from bot.models.work import Draft
from handlers.common import actor, friendly, is_private, lang, say, tr
from handlers.keyboards import choices, main_menu

log = logging.getLogger(__name__)

Step = Callable[[Update, LinliContext, Actor, Draft], Awaitable[None]]
MenuAction = Callable[[Update, LinliContext, Actor], Awaitable[None]]
ReplyRoute = Callable[[Update, LinliContext, Actor, Message], Awaitable[bool]]
TimeReader = Callable[[LinliContext, str, datetime | None], datetime]
TextRoute = Callable[[Update, LinliContext, Actor, str], Awaitable[bool]]

STEPS: dict[tuple[str, str], Step] = {}
MENU: dict[str, MenuAction] = {}
REPLY_ROUTES: list[ReplyRoute] = []
TEXT_ROUTES: list[TextRoute] = []
TEXT_LIMIT = 4096


def _register(flow: str, name: str) -> Callable[[Step], Step]:
    """Register the function that handles a form's step (through `Form.step` only, so every
    step belongs to a declared form)."""

    def register(func: Step) -> Step:
        STEPS[(flow, name)] = func
        return func

    return register


class Form:
    """A multi-step form: its flow name and its steps' names, in the order they are asked.

    The names are what a draft row stores, so they must never be renamed; the order is what
    `next` follows, so a new step is one name in the list rather than an edit to its neighbour.
    """

    def __init__(self, flow: str, steps: Sequence[str]) -> None:
        if not steps or len(set(steps)) != len(steps):
            raise ValueError(f"form {flow!r} needs distinct steps, got {list(steps)}")
        self.flow = flow
        self.steps = tuple(steps)

    @property
    def first(self) -> str:
        """Return the step a fresh draft of this form starts at."""
        return self.steps[0]

    def after(self, name: str) -> str | None:
        """Return the step that follows `name`, or None when `name` is the last one."""
        at = self._index(name)
        return self.steps[at + 1] if at + 1 < len(self.steps) else None

    def step(self, name: str) -> Callable[[Step], Step]:
        """Register the function that handles the declared step `name`.

        An undeclared name fails at import, so a typo cannot leave a draft stranded.
        """
        self._index(name)
        return _register(self.flow, name)

    async def start(self, context: LinliContext, person: Actor, **data: Any) -> Draft:
        """Open a fresh draft of this form (replacing any other) at its first step."""
        return await context.services.drafts.start(person.tg_id, self.flow, self.first, **data)

    async def next(self, draft: Draft, context: LinliContext, **data: Any) -> Draft | None:
        """Save the answer and move to the step after the draft's, returning the draft as it
        now is; after the last step the form is finished (its draft closed) and the draft is
        returned as it was. None when the form was closed meanwhile."""
        following = self.after(draft.step)
        if following is None:
            return draft if await context.services.drafts.finish(draft) else None
        return await context.services.drafts.advance(draft, following, **data)

    async def jump(
        self, draft: Draft, context: LinliContext, name: str, **data: Any
    ) -> Draft | None:
        """Save the answer and go to the declared step `name`, where the form branches (a skip,
        editing one field from a preview); None when the form was closed meanwhile."""
        self._index(name)
        return await context.services.drafts.advance(draft, name, **data)

    async def stay(self, draft: Draft, context: LinliContext, **data: Any) -> Draft | None:
        """Save more of the answer without moving on (a step that takes several messages)."""
        return await context.services.drafts.advance(draft, draft.step, **data)

    def _index(self, name: str) -> int:
        if name not in self.steps:
            raise ValueError(f"form {self.flow!r} has no step {name!r}")
        return self.steps.index(name)


def menu(key: str) -> Callable[[MenuAction], MenuAction]:
    """Register what a main-menu button (a catalog key, in any language) does."""

    def register(func: MenuAction) -> MenuAction:
        MENU[key] = func
        return func

    return register


def reply_route(func: ReplyRoute) -> ReplyRoute:
    """Register a function that may handle a Telegram reply to one of the bot's messages."""
    REPLY_ROUTES.append(func)
    return func


def text_route(func: TextRoute) -> TextRoute:
    """Register a function that may take text that is neither a form's answer nor a button."""
    TEXT_ROUTES.append(func)
    return func


def pressed(message: Message | None, key: str) -> bool:
    """Return True when the message is the reply-keyboard button `key` in any language."""
    return message is not None and message.text is not None and message.text in i18n.every(key)


async def need_text(
    update: Update, context: LinliContext, person: Actor, *, limit: int = TEXT_LIMIT
) -> str | None:
    """Return the message's text, or answer kindly that text is needed here and return None."""
    message = update.effective_message
    text = message.text if message is not None else None
    if not text or not text.strip():
        await say(update, context, person, "form-need-text")
        return None
    if len(text) > limit:
        await say(update, context, person, "error-text-long", max=limit)
        return None
    return text.strip()


async def ask(
    update: Update, context: LinliContext, person: Actor, key: str, *labels: str, **args: Any
) -> None:
    """Ask the next question with big buttons (catalog keys or plain labels) and Cancel."""
    shown = [tr(context, person, b) if b.startswith("btn-") else b for b in labels]
    await say(update, context, person, key, choices(lang(context, person), shown), **args)


def text_step(
    form: Form,
    name: str,
    *,
    field: str,
    question: str,
    buttons: tuple[str, ...] = (),
    limit: int = 200,
    skippable: bool = False,
) -> Step:
    """Register the step `name` of `form`: save a text answer under `field`, move on to the
    step after it and ask `question` there.

    Many forms have steps that differ only in these names, so one function serves them all;
    with `skippable`, Skip saves an empty text.
    """

    @form.step(name)
    async def got_text(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
        skip = skippable and pressed(update.effective_message, "btn-skip")
        text = "" if skip else await need_text(update, context, person, limit=limit)
        if text is not None and await form.next(draft, context, **{field: text}):
            await ask(update, context, person, question, *buttons)

    return got_text


def time_step(
    form: Form,
    name: str,
    *,
    read: TimeReader,
    field: str,
    question: str,
    after: str | None = None,
    show_as: str | None = None,
) -> Step:
    """Register the step `name` of `form`: read a time typed naturally, save it under
    `field`, move on to the step after it and ask `question` there.

    `read` is the feature's own reader (its rules and errors); `after` names the saved time
    the answer must follow (an end after its start), and `show_as` the argument under which
    the next question shows the time read, so the person sees how it was understood.
    """

    @form.step(name)
    async def got_time(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
        text = await need_text(update, context, person, limit=200)
        if text is None:
            return
        base = datetime.fromisoformat(draft.data[after]) if after is not None else None
        found = read(context, text, base)
        if await form.next(draft, context, **{field: found.isoformat()}):
            zone = context.services.env.settings.zone
            args = {show_as: local(found, zone)} if show_as is not None else {}
            await ask(update, context, person, question, **args)

    return got_time


async def end_form(update: Update, context: LinliContext, person: Actor, key: str) -> None:
    """Close the person's form; in a private chat, show the main menu again.

    In the staff group the menu would pop up for everyone, so there only the line is said.
    """
    await context.services.drafts.cancel(person.tg_id)
    markup = main_menu(lang(context, person), person) if is_private(update) else None
    await say(update, context, person, key, markup)


@friendly
async def route(update: Update, context: LinliContext) -> None:
    """Send a message to the step of the person's form, or to the menu button it names."""
    message = update.effective_message
    if update.effective_user is None or message is None:
        return
    person = await actor(update, context)
    draft = await context.services.drafts.get(person.tg_id)
    if not is_private(update) and not _answers_bot(message, context):
        return  # group chatter that is not an answer to the bot
    if pressed(message, "btn-cancel"):
        await end_form(update, context, person, "form-cancelled")
        return
    if draft is not None:
        handler = STEPS.get((draft.flow, draft.step))
        if handler is not None:
            await handler(update, context, person, draft)
            return
        log.warning("draft %s at unknown step %s:%s; dropped", draft.id, draft.flow, draft.step)
        await context.services.drafts.cancel(person.tg_id)
    for key, action in MENU.items():
        if pressed(message, key):
            await action(update, context, person)
            return
    await unknown_message(update, context, person)


def _answers_bot(message: Message, context: LinliContext) -> bool:
    replied = message.reply_to_message
    return (
        replied is not None
        and replied.from_user is not None
        and (replied.from_user.id == context.bot.id)
    )


async def unknown_message(update: Update, context: LinliContext, person: Actor) -> None:
    """Answer something the bot cannot place with the menu, kindly."""
    message = update.effective_message
    reply_to = message.reply_to_message if message else None
    if reply_to is not None:
        for route_reply in REPLY_ROUTES:
            if await route_reply(update, context, person, reply_to):
                return
    if message is not None and message.text:
        for route_text in TEXT_ROUTES:
            if await route_text(update, context, person, message.text):
                return
    key = "form-not-understood" if message is not None and message.text else "form-not-text"
    await say(update, context, person, key, main_menu(lang(context, person), person))


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    MessageHandler((filters.ChatType.PRIVATE | filters.ChatType.GROUPS) & ~filters.COMMAND, route),
]
