"""The topic board (/topics): open topics of the resident's building and of the whole
community, each opened to press "Me too" or take it back.

Every press names a topic id, which any client can forge: the service checks that the topic
is open and of the presser's building or of all, and the database counts each person once.
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import topics as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.topics import BoardTopic
from handlers.common import actor, friendly, lang, quietly, say, send, tr
from handlers.consultation import follow
from handlers.form_kit import alert
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.people.start import begin_registration


@friendly
async def board_command(update: Update, context: LinliContext) -> None:
    """Show the open topics, most backed first, one button each (/topics)."""
    await show_board(update, context, await actor(update, context))


@menu("menu-topics")
async def show_board(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the board (the main menu's "Community topics"), or send a newcomer to register."""
    if not person.registered:
        await begin_registration(update, context, person)
        return
    lines = await context.services.topics.board(person.tg_id)
    mine = [Button(text="btn-topic-mine", data=callbacks.my_topics())]
    if not lines:
        await say(
            update, context, person, "topic-board-empty", inline(lang(context, person), [mine])
        )
        return
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "topic-board-line",
                    number=line.topic.number,
                    supporters=line.supporters,
                    mine="yes" if line.mine else "no",
                )
                + _council_on(context, person, line),
                data=callbacks.open_topic(line.topic.id),
            )
        ]
        for line in lines
    ]
    rows.append(mine)
    await say(update, context, person, "topic-board-title", inline(lang(context, person), rows))


def _council_on(context: LinliContext, person: Actor, line: BoardTopic, sep: str = " · ") -> str:
    """Return when the council discusses the topic ("" while no council has it on its agenda)."""
    if line.council_at is None:
        return ""
    when = local(line.council_at, context.services.env.settings.zone)
    return sep + tr(context, person, "topic-council-on", when=when)


async def open_topic(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Show one topic with Me too, or Take it back and Comment for a supporter (the raiser
    gets only Comment)."""
    line = await context.services.topics.line(person.tg_id, topic_id)
    await quietly(query.answer())
    topic = line.topic
    data = callbacks.take_back(topic.id) if line.mine else callbacks.me_too(topic.id)
    label = "btn-topic-take-back" if line.mine else "btn-topic-me-too"
    text = tr(
        context,
        person,
        "topic-card",
        number=topic.number,
        text=topic.text or "🎤",
        status=topic.status.value,
        supporters=line.supporters,
    ) + _council_on(context, person, line, sep="\n")
    own = topic.raiser_id == person.id  # the raiser backs it already: only a comment
    row = [] if own else [Button(text=label, data=data)]
    if line.mine or own:
        row.append(follow.comment_button(topic.id))
    await send(update, context, text, inline(lang(context, person), [row]))


async def me_too(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Count the presser once; a second press says they back it already."""
    added, count = await context.services.topics.support(person.tg_id, topic_id)
    key = "topic-supported" if added else "topic-supported-already"
    await quietly(query.answer(tr(context, person, key, supporters=count)))


async def take_back(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Take the presser's Me too back."""
    _, count = await context.services.topics.take_back(person.tg_id, topic_id)
    await quietly(query.answer(tr(context, person, "topic-taken-back", supporters=count)))


ACTIONS = {
    "op": open_topic,
    "me": me_too,
    "unme": take_back,
    "cm": follow.start_comment,
    "my": follow.open_mine,
}


@friendly
async def on_board_button(update: Update, context: LinliContext) -> None:
    """Route `tp:<action>:<topic>`; forged data gets a friendly alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_board(query.data if isinstance(query.data, str) else None)
    if press is not None and press.action == "mine":
        await follow.pressed_mine(update, context, person, query, 0)
        return
    if press is None or press.action not in ACTIONS:
        await alert(query, context, person, "error-too-old")
        return
    if press.topic_id is None:
        raise NotFound("error-topic-not-found")
    await ACTIONS[press.action](update, context, person, query, press.topic_id)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("topics", board_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_board_button, pattern=rf"^{callbacks.BOARD}:"),
]
