"""The staff card of a topic: Accept for the agenda, Not for the council (asks the reason),
This is a request (becomes a request owned by the presser), Merge into another topic (asks
its number), Ask for details (asks the question), and Show the topic (the card as it stands,
comments included).

The three that need words are one-step forms whose prompt is a ForceReply addressed to the
presser, as the request card's answers are (flow "topic-desk"); after each action the card is
redrawn with only the buttons that still apply. The service re-checks the presser: a resident
forging `td:ac:1` is told "only staff".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot import i18n
from bot.callbacks import topics as callbacks
from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.topics import Topic
from bot.models.work import Draft
from bot.services.consultation.topics import COMMENT_MAX, REASON_MAX, desk_buttons
from bot.services.consultation.topics import short as cut
from handlers.common import (
    actor,
    friendly,
    home,
    is_private,
    lang,
    quietly,
    say,
    send,
    staff_command,
    tr,
)
from handlers.consultation.follow import ends_form_on_refusal
from handlers.form_kit import alert
from handlers.forms import Form, need_text
from handlers.keyboards import inline
from handlers.requests.desk import detour, prompt
from handlers.requests.queue import chat_lang, chat_of

FLOW = "topic-desk"
DECLINE = Form(FLOW, ["decline"])
MERGE = Form(FLOW, ["merge"])
ASK = Form(FLOW, ["ask"])
FORMS = {"dc": DECLINE, "mg": MERGE, "ak": ASK}
Action = Callable[[Update, LinliContext, Actor, CallbackQuery, int], Awaitable[None]]


async def redraw(
    context: LinliContext, person: Actor, chat_id: object, message_id: object, topic_id: int
) -> None:
    """Redraw a card as the topic stands now, with only the buttons that still apply."""
    if not isinstance(chat_id, int) or not isinstance(message_id, int):
        return
    card = await context.services.topics.card(person.tg_id, topic_id)
    lng = chat_lang(context, person, chat_id)
    rows = desk_buttons(card.topic)
    await quietly(
        context.bot.edit_message_text(
            i18n.t(lng, "topic-desk-card", **card.args),
            chat_id=chat_id,
            message_id=message_id,
            reply_markup=inline(lng, rows) if rows else None,
        )
    )


def where(query: CallbackQuery) -> tuple[int | None, int | None]:
    """Return the chat and message id of the card a press came from."""
    message = query.message
    if not isinstance(message, Message):
        return None, None
    return message.chat.id, message.message_id


async def accept(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Accept the topic for the agenda and redraw the card."""
    topic = await context.services.topics.accept(person.tg_id, topic_id)
    await quietly(query.answer(tr(context, person, "topic-accepted", number=topic.number)))
    await redraw(context, person, *where(query), topic.id)


async def to_request(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Turn the topic into a request the presser owns; the resident gets its number."""
    topic, request = await context.services.topics.to_request(person.tg_id, topic_id)
    await quietly(query.answer())
    await say(
        update, context, person, "topic-done-request", number=topic.number, request=request.number
    )
    await redraw(context, person, *where(query), topic.id)


async def show_card(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
) -> None:
    """Send the topic's card as it stands now, comments included."""
    card = await context.services.topics.card(person.tg_id, topic_id)
    await quietly(query.answer())
    lng = chat_lang(context, person, chat_of(update))
    rows = desk_buttons(card.topic)
    text = i18n.t(lng, "topic-desk-card", **card.args)
    await send(update, context, text, inline(lng, rows) if rows else None)


async def open_form(
    action: str,
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    topic_id: int,
) -> None:
    """Ask the presser for the reason, the target's number or the question."""
    topic = await context.services.topics.review_open(person.tg_id, topic_id)
    await quietly(query.answer())
    form = FORMS[action]
    asked = await prompt(update, context, person, f"topic-prompt-{form.first}", number=topic.number)
    _, card = where(query)
    await form.start(
        context, person, topic_id=topic.id, prompt=asked.message_id, chat=chat_of(update), card=card
    )
    if form is MERGE:
        await offer_targets(update, context, person, topic)


async def offer_targets(update: Update, context: LinliContext, person: Actor, topic: Topic) -> None:
    """Offer the open topics to merge into as buttons, beside the typed number."""
    choices = await context.services.topics.merge_choices(person.tg_id, topic.id)
    if not choices:
        return
    rows = [
        [
            Button(
                text=tr(context, person, "topic-desk-line", number=t.number, text=short(t.text)),
                data=callbacks.merge_into(topic.id, t.id),
            )
        ]
        for t in choices
    ]
    lng = chat_lang(context, person, chat_of(update))
    await say(update, context, person, "topic-merge-pick", inline(lng, rows), number=topic.number)


async def picked_target(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, ids: tuple[int, int]
) -> None:
    """Merge into the topic picked from the list; the typed-number form closes with it."""
    merged, into = await context.services.topics.merge(person.tg_id, *ids)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    draft = await context.services.drafts.get(person.tg_id)
    if draft is not None and draft.step == "merge" and draft.data.get("topic_id") == merged.id:
        await finish(update, context, person, draft, "topic-done-merge", merged, target=into.number)
        return
    await say(update, context, person, "topic-done-merge", number=merged.number, target=into.number)


async def finish(
    update: Update,
    context: LinliContext,
    person: Actor,
    draft: Draft,
    key: str,
    topic: Topic,
    **args: object,
) -> None:
    """Close the form, confirm in the chat, and redraw the card the button was on."""
    await context.services.drafts.cancel(person.tg_id)
    markup = home(context, person) if is_private(update) else None
    await say(update, context, person, key, markup, number=topic.number, **args)
    await redraw(context, person, draft.data.get("chat"), draft.data.get("card"), topic.id)


@DECLINE.step("decline")
async def got_reason(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Decline with the reason typed; the raiser and supporters read it."""
    if await detour(update, context, person, draft):
        return
    reason = await need_text(update, context, person, limit=REASON_MAX)
    if reason is None:
        return
    async with ends_form_on_refusal(context, person):
        topic = await context.services.topics.decline(
            person.tg_id, int(draft.data["topic_id"]), reason
        )
    await finish(update, context, person, draft, "topic-done-decline", topic)


def topic_id_of(text: str) -> int | None:
    """Read a typed topic number: T-000003, t-3 or 3."""
    cleaned = text.strip().upper().removeprefix("T").lstrip("-").strip()
    return read_id(cleaned.lstrip("0") or None)


@MERGE.step("merge")
async def got_target(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Merge into the topic whose number was typed; a number that cannot be read is asked
    again."""
    if await detour(update, context, person, draft):
        return
    text = await need_text(update, context, person, limit=40)
    if text is None:
        return
    target = topic_id_of(text)
    if target is None:
        await say(update, context, person, "topic-merge-number")
        return
    async with ends_form_on_refusal(context, person):
        merged, into = await context.services.topics.merge(
            person.tg_id, int(draft.data["topic_id"]), target
        )
    await finish(update, context, person, draft, "topic-done-merge", merged, target=into.number)


@ASK.step("ask")
async def got_question(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Send the question to the raiser, who can answer with a button."""
    if await detour(update, context, person, draft):
        return
    question = await need_text(update, context, person, limit=COMMENT_MAX)
    if question is None:
        return
    async with ends_form_on_refusal(context, person):
        topic = await context.services.topics.ask(
            person.tg_id, int(draft.data["topic_id"]), question
        )
    await finish(update, context, person, draft, "topic-done-ask", topic)


def _form_action(action: str) -> Action:
    async def run(
        update: Update, context: LinliContext, person: Actor, query: CallbackQuery, topic_id: int
    ) -> None:
        await open_form(action, update, context, person, query, topic_id)

    return run


async def from_request(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, request_id: int
) -> None:
    """Raise a topic from one request, its resident as the raiser."""
    await quietly(query.answer())
    await raise_from(update, context, person, [request_id], "")


async def raise_from(
    update: Update, context: LinliContext, person: Actor, ids: list[int], text: str
) -> None:
    """Make one topic of the requests and say its number."""
    topic, created = await context.services.topics.from_requests(person.tg_id, ids, text)
    if created:
        await say(update, context, person, "topic-from-done", number=topic.number, count=len(ids))
    else:
        await say(update, context, person, "topic-from-already", number=topic.number)


@staff_command
async def topic_from_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Make one topic of several requests: /topicfrom R-000003 R-000007 [words]."""
    ids, words = read_requests(context.args or [])
    if not ids:
        await say(update, context, person, "topic-from-usage")
        return
    await raise_from(update, context, person, ids, " ".join(words))


def read_requests(args: list[str]) -> tuple[list[int], list[str]]:
    """Split a command's words into request ids (R-000003, r-3, 3) and the rest."""
    ids: list[int] = []
    words: list[str] = []
    for arg in args:
        cleaned = arg.strip(",;").upper().removeprefix("R-").lstrip("0")
        found = read_id(cleaned) if not words else None
        if found is not None:
            ids.append(found)
        else:
            words.append(arg)
    return ids, words


ACTIONS: dict[str, Action] = {
    "fr": from_request,
    "ac": accept,
    "rq": to_request,
    "vw": show_card,
    **{action: _form_action(action) for action in FORMS},
}


@friendly
async def on_desk_button(update: Update, context: LinliContext) -> None:
    """Route `td:<action>:<topic>`; forged data gets a friendly alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    data = query.data if isinstance(query.data, str) else None
    picked = callbacks.read_merge(data)
    if picked is not None:
        await picked_target(update, context, person, query, picked)
        return
    press = callbacks.read_desk(data)
    if press is None or press.action not in ACTIONS:
        await alert(query, context, person, "error-too-old")
        return
    if press.topic_id is None:
        raise NotFound("error-topic-not-found")
    await ACTIONS[press.action](update, context, person, query, press.topic_id)


@staff_command
async def topic_desk_command(update: Update, context: LinliContext, person: Actor) -> None:
    """List the topics waiting for review, one button each for its card (/topicdesk)."""
    waiting = await context.services.topics.waiting(person.tg_id)
    if not waiting:
        await say(update, context, person, "topic-desk-empty")
        return
    rows = [
        [
            Button(
                text=tr(context, person, "topic-desk-line", number=t.number, text=short(t.text)),
                data=callbacks.view(t.id),
            )
        ]
        for t in waiting
    ]
    await say(update, context, person, "topic-desk-title", inline(lang(context, person), rows))


def short(text: str, limit: int = 40) -> str:
    """Return the start of a topic's words for a button (a voice topic shows the microphone)."""
    return cut(" ".join(text.split()) or "🎤", limit)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_desk_button, pattern=rf"^{callbacks.DESK}:"),
    CommandHandler("topicdesk", topic_desk_command),
    CommandHandler("topicfrom", topic_from_command),
]
