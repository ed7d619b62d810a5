"""The love bank, the staff side: stock kept with −1/+1, requests handed over or declined
(a reason is asked with a ForceReply, so it works in the staff group), /addreward, /honours.

A request's card ends as a record: once handed over, declined, or found settled (cancelled by
the volunteer, decided by someone else, no longer covered by the points), its buttons go and
a line says what happened.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import MAXYEAR, MINYEAR

from telegram import Message, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot import i18n
from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import Closed, InvalidInput
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from handlers.common import lang, quietly, say, staff_command, tr
from handlers.events.new import number
from handlers.events.view import answer, require_query
from handlers.forms import Form, end_form, need_text
from handlers.keyboards import cancel_only, inline
from handlers.requests.desk import ends_form_on_refusal, prompt
from handlers.requests.queue import chat_lang
from handlers.volunteers.points import show_rewards
from handlers.volunteers.view import first, presses

DECLINE = "reward-decline"
NEW = "reward-new"
DECLINING = Form(DECLINE, ["reason"])
NEW_REWARD = Form(NEW, ["name", "cost", "stock"])


async def restock(
    update: Update, context: LinliContext, person: Actor, ids: list[int], delta: int
) -> None:
    """Change the stock by one (staff)."""
    items = {r.id: r for r in await context.services.rewards.catalogue(person.tg_id)}
    item = items.get(first(ids))
    if item is None:
        raise InvalidInput("error-not-found")
    changed = await context.services.rewards.set_stock(
        person.tg_id, item.id, max(item.stock + delta, 0)
    )
    await quietly(
        require_query(update).answer(
            tr(
                context,
                person,
                "reward-line",
                name=changed.name,
                cost=changed.cost,
                stock=changed.stock,
            )
        )
    )


async def info(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Say the item's stock."""
    await restock(update, context, person, ids, 0)


async def more(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """One more in stock."""
    await restock(update, context, person, ids, 1)


async def less(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """One fewer in stock."""
    await restock(update, context, person, ids, -1)


async def close_card(
    context: LinliContext, person: Actor, card: dict[str, object], key: str, **args: object
) -> None:
    """Turn a request's card into a record: its text and a line saying what happened, with
    no buttons left to press. `card` holds the chat, the message id and the text."""
    chat, message_id, text = card.get("chat"), card.get("card"), card.get("card_text")
    if not isinstance(chat, int) or not isinstance(message_id, int):
        return
    line = i18n.t(chat_lang(context, person, chat), key, **args)
    await quietly(
        context.bot.edit_message_text(f"{text}\n\n{line}", chat_id=chat, message_id=message_id)
    )


def pressed_card(update: Update) -> dict[str, object]:
    """Return where the pressed card is and what it says, for `close_card`."""
    message = require_query(update).message
    if not isinstance(message, Message):
        return {}
    return {"chat": message.chat.id, "card": message.message_id, "card_text": message.text or ""}


@asynccontextmanager
async def closing_settled(
    context: LinliContext, person: Actor, card: dict[str, object]
) -> AsyncIterator[None]:
    """When the request was settled already (or cannot be handed over), say so on its card."""
    try:
        yield
    except Closed as error:
        await close_card(context, person, card, error.key, **error.args_map)
        raise


async def hand_over(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Approve a request: the held points are spent and stock goes down at once."""
    card = pressed_card(update)
    async with closing_settled(context, person, card):
        decided = await context.services.rewards.approve(person.tg_id, first(ids))
    await asyncio.gather(
        answer(update),
        close_card(context, person, card, "reward-card-handed", who=person.name),
        say(
            update,
            context,
            person,
            "reward-approved-staff",
            name=decided.person_name,
            reward=decided.reward_name,
        ),
    )


async def ask_decline(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Ask why the request is declined (if it still waits for a decision)."""
    card = pressed_card(update)
    async with closing_settled(context, person, card):
        found = await context.services.rewards.check_pending(person.tg_id, first(ids))
    await DECLINING.start(context, person, request_id=found.id, **card)
    await answer(update)
    await prompt(update, context, person, "reward-ask-decline-reason")


@DECLINING.step("reason")
async def got_reason(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Decline with the reason: the points it held are free again; its card says so."""
    reason = await need_text(update, context, person, limit=300)
    if reason is None:
        return
    async with ends_form_on_refusal(context, person), closing_settled(context, person, draft.data):
        decided = await context.services.rewards.decline(
            person.tg_id, int(draft.data["request_id"]), reason
        )
    await context.services.drafts.cancel(person.tg_id)
    await asyncio.gather(
        close_card(context, person, draft.data, "reward-card-declined", who=person.name),
        say(
            update,
            context,
            person,
            "reward-declined-staff",
            name=decided.person_name,
            reward=decided.reward_name,
        ),
    )


@staff_command
async def add_reward(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the new-reward form (/addreward, staff)."""
    await NEW_REWARD.start(context, person)
    await say(update, context, person, "reward-ask-name", cancel_only(lang(context, person)))


@NEW_REWARD.step("name")
async def got_name(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the item's name."""
    name = await need_text(update, context, person, limit=60)
    if name is not None and await NEW_REWARD.next(draft, context, name=name):
        await say(update, context, person, "reward-ask-cost", cancel_only(lang(context, person)))


@NEW_REWARD.step("cost")
async def got_cost(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the cost in points."""
    if await NEW_REWARD.next(draft, context, cost=number(update, 1, 100_000)):
        await say(update, context, person, "reward-ask-stock", cancel_only(lang(context, person)))


@NEW_REWARD.step("stock")
async def got_stock(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take how many there are, and add the item."""
    stock = number(update, 0, 10_000)
    await context.services.rewards.add(
        person.tg_id, str(draft.data["name"]), int(draft.data["cost"]), stock
    )
    await end_form(update, context, person, "reward-added")
    await show_rewards(update, context, person)


@staff_command
async def honours_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show last month's and this month's honours rolls with Publish buttons (/honours, staff)."""
    now = context.services.env.clock.now().astimezone(context.services.env.settings.zone)
    last = (now.year - (now.month == 1), (now.month - 2) % 12 + 1)
    for year, month in (last, (now.year, now.month)):
        roll = await context.services.honours.honours(year, month)
        lines = "\n".join(
            f"{n}. {h.name} · {h.points} · {h.hours:g} h" for n, h in enumerate(roll, 1)
        )
        rows = (
            [[Button(text="btn-honours-publish", data=callbacks.publish_honours(year, month))]]
            if roll
            else []
        )
        await say(
            update,
            context,
            person,
            "honours-staff",
            inline(lang(context, person), rows) if rows else None,
            month=f"{year:04d}-{month:02d}",
            roll=lines or "—",
        )


async def publish_honours(
    update: Update, context: LinliContext, person: Actor, ids: list[int]
) -> None:
    """Send the month's roll to everyone as a notice."""
    year, month = divmod(first(ids), 100)
    # A forged stamp must not reach the calendar: a year past 9999 is not a date at all.
    if not 1 <= month <= 12 or not MINYEAR < year < MAXYEAR:
        raise InvalidInput("error-too-old")
    told = await context.services.honours.publish(person.tg_id, year, month)
    await quietly(require_query(update).edit_message_reply_markup(None))
    await asyncio.gather(
        answer(update), say(update, context, person, "honours-published", told=told)
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("addreward", add_reward, filters=filters.ChatType.PRIVATE),
    CommandHandler("honours", honours_command),
    presses(callbacks.STOCK, {"more": more, "less": less, "info": info}),
    presses(callbacks.REQUESTS, {"ok": hand_over, "no": ask_decline}),
    presses(callbacks.HONOURS, {"pub": publish_honours}),
]
