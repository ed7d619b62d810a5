"""Residents follow their topics: "My topics" (from /topics or /mytopics), one of them opened
whatever its status, and a comment from the raiser or a supporter (also the answer to the
office's question), which staff read with the topic.

The comment is a one-step form (flow "topic-comment"), so a restart between the press and the
words keeps it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import CallbackQuery, Message, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import topics as callbacks
from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import Closed, Conflict, NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.requests import format_number
from bot.models.topics import topic_number
from bot.models.work import Draft
from bot.services.consultation.topics import COMMENT_MAX
from handlers.common import actor, friendly, home, is_private, lang, quietly, say, send, tr
from handlers.form_kit import left_by_menu
from handlers.forms import Form, need_text, reply_route
from handlers.keyboards import cancel_only, inline
from handlers.people.start import begin_registration

COMMENT = Form("topic-comment", ["text"])


@friendly
async def mine_command(update: Update, context: LinliContext) -> None:
    """List the topics the resident raised (/mytopics)."""
    person = await actor(update, context)
    if not person.registered:
        await begin_registration(update, context, person)
        return
    await show_mine(update, context, person)


async def show_mine(update: Update, context: LinliContext, person: Actor) -> None:
    """List the resident's topics with their status, one button each."""
    lines = await context.services.topics.my_topics(person.tg_id)
    if not lines:
        await say(update, context, person, "topic-mine-empty")
        return
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "topic-mine-line",
                    number=line.topic.number,
                    status=line.topic.status.value,
                    supporters=line.supporters,
                ),
                data=callbacks.my_topic(line.topic.id),
            )
        ]
        for line in lines
    ]
    await say(update, context, person, "topic-mine-title", inline(lang(context, person), rows))


async def pressed_mine(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """The board's "My topics" button."""
    await quietly(query.answer())
    await show_mine(update, context, person)


async def open_mine(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Show one of the resident's topics where it stands; open ones take a comment."""
    line = await context.services.topics.followed(person.tg_id, topic_id)
    await quietly(query.answer())
    topic = line.topic
    text = tr(
        context,
        person,
        "topic-mine-card",
        number=topic.number,
        text=topic.text or "🎤",
        status=topic.status.value,
        supporters=line.supporters,
        request=format_number(topic.request_id) if topic.request_id else "none",
        target=topic_number(topic.merged_into) if topic.merged_into else "none",
    )
    rows = [[comment_button(topic.id)]] if topic.status.is_open else []
    await send(update, context, text, inline(lang(context, person), rows) if rows else None)


def comment_button(topic_id: int) -> Button:
    """Return "Add a comment" under a topic."""
    return Button(text="btn-topic-comment", data=callbacks.comment(topic_id))


async def start_comment(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Open the comment form of a topic the resident raised or backs, while it is open."""
    line = await context.services.topics.followed(person.tg_id, topic_id)
    if not line.topic.status.is_open:
        raise Closed("error-topic-closed", number=line.topic.number)
    await quietly(query.answer())
    await COMMENT.start(context, person, topic_id=topic_id)
    keyboard = cancel_only(lang(context, person))
    await say(
        update,
        context,
        person,
        "topic-ask-comment",
        keyboard,
        number=line.topic.number,
        max=COMMENT_MAX,
    )


@asynccontextmanager
async def ends_form_on_refusal(context: LinliContext, person: Actor) -> AsyncIterator[None]:
    """Close the form when the topic moved on (closed, merged); text too long keeps it."""
    try:
        yield
    except (Conflict, NotFound):
        await context.services.drafts.cancel(person.tg_id)
        raise


@COMMENT.step("text")
async def got_comment(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Save the comment; a main-menu button leaves the form instead of becoming one."""
    if await left_by_menu(update, context, person):
        return
    await save_comment(update, context, person, int(draft.data["topic_id"]))


async def save_comment(update: Update, context: LinliContext, person: Actor, topic_id: int) -> None:
    """Save the words as a comment; staff see it in their chat and on the topic's card."""
    text = await need_text(update, context, person, limit=COMMENT_MAX)
    if text is None:
        return
    async with ends_form_on_refusal(context, person):
        topic = await context.services.topics.comment(person.tg_id, topic_id, text)
    await context.services.drafts.cancel(person.tg_id)
    keyboard = home(context, person)
    await say(update, context, person, "topic-comment-saved", keyboard, number=topic.number)


@reply_route
async def replied_about_topic(
    update: Update, context: LinliContext, person: Actor, replied: Message
) -> bool:
    """Treat a resident's Telegram reply to a message about a topic (the office's question)
    as a comment on it."""
    if person.role.is_staff or not is_private(update):
        return False
    ref = await context.services.outbox.ref_of(replied.chat.id, replied.message_id)
    topic_id = read_id(ref.removeprefix("topic:")) if ref and ref.startswith("topic:") else None
    if topic_id is None:
        return False
    await save_comment(update, context, person, topic_id)
    return True


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("mytopics", mine_command, filters=filters.ChatType.PRIVATE),
]
