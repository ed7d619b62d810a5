"""The love bank, the staff side: stock kept with −1/+1, requests handed over or declined
(a reason is asked with a ForceReply, so it works in the staff group), /addreward, /honours.
"""

from __future__ import annotations

import asyncio
from datetime import MAXYEAR, MINYEAR

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models import Button, Draft, Person
from handlers.common import lang, say, staff_command, tr
from handlers.desk import prompt
from handlers.events_new import number
from handlers.events_view import answer, require_query
from handlers.forms import end_form, need_text, step
from handlers.keyboards import cancel_only, inline
from handlers.points import show_rewards
from handlers.requests import quietly
from handlers.volunteer_view import first, presses

DECLINE = "reward-decline"
NEW = "reward-new"


async def restock(
    update: Update, context: LinliContext, person: Person, ids: list[int], delta: int
) -> None:
    """Change the stock by one (staff)."""
    items = {r.id: r for r in await context.services.rewards.catalogue(person.tg_id or 0)}
    item = items.get(first(ids))
    if item is None:
        raise InvalidInput("error-not-found")
    changed = await context.services.rewards.set_stock(
        person.tg_id or 0, item.id, max(item.stock + delta, 0)
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


async def info(update: Update, context: LinliContext, person: Person, ids: list[int]) -> None:
    """Say the item's stock."""
    await restock(update, context, person, ids, 0)


async def more(update: Update, context: LinliContext, person: Person, ids: list[int]) -> None:
    """One more in stock."""
    await restock(update, context, person, ids, 1)


async def less(update: Update, context: LinliContext, person: Person, ids: list[int]) -> None:
    """One fewer in stock."""
    await restock(update, context, person, ids, -1)


async def hand_over(update: Update, context: LinliContext, person: Person, ids: list[int]) -> None:
    """Approve a request: points debited and stock down at once."""
    decided = await context.services.rewards.approve(person.tg_id or 0, first(ids))
    await quietly(require_query(update).edit_message_reply_markup(None))
    await asyncio.gather(
        answer(update),
        say(
            update,
            context,
            person,
            "reward-approved-staff",
            name=decided.person_name,
            reward=decided.reward_name,
        ),
    )


async def ask_decline(
    update: Update, context: LinliContext, person: Person, ids: list[int]
) -> None:
    """Ask why the request is declined."""
    await context.services.task_desk.require_staff(person.tg_id or 0)
    await context.services.drafts.start(person.tg_id or 0, DECLINE, "reason", request_id=first(ids))
    await answer(update)
    await prompt(update, context, person, "reward-ask-decline-reason")


@step(DECLINE, "reason")
async def got_reason(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Decline with the reason; it costs the volunteer nothing."""
    reason = await need_text(update, context, person, limit=300)
    if reason is None:
        return
    decided = await context.services.rewards.decline(
        person.tg_id or 0, int(draft.data["request_id"]), reason
    )
    await context.services.drafts.cancel(person.tg_id or 0)
    await say(
        update,
        context,
        person,
        "reward-declined-staff",
        name=decided.person_name,
        reward=decided.reward_name,
    )


@staff_command
async def add_reward(update: Update, context: LinliContext, person: Person) -> None:
    """Open the new-reward form (/addreward, staff)."""
    await context.services.drafts.start(person.tg_id or 0, NEW, "name")
    await say(update, context, person, "reward-ask-name", cancel_only(lang(context, person)))


@step(NEW, "name")
async def got_name(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the item's name."""
    name = await need_text(update, context, person, limit=60)
    if name is not None and await context.services.drafts.advance(draft, "cost", name=name):
        await say(update, context, person, "reward-ask-cost", cancel_only(lang(context, person)))


@step(NEW, "cost")
async def got_cost(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the cost in points."""
    if await context.services.drafts.advance(draft, "stock", cost=number(update, 1, 100_000)):
        await say(update, context, person, "reward-ask-stock", cancel_only(lang(context, person)))


@step(NEW, "stock")
async def got_stock(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take how many there are, and add the item."""
    stock = number(update, 0, 10_000)
    await context.services.rewards.add(
        person.tg_id or 0, str(draft.data["name"]), int(draft.data["cost"]), stock
    )
    await end_form(update, context, person, "reward-added")
    await show_rewards(update, context, person)


@staff_command
async def honours_command(update: Update, context: LinliContext, person: Person) -> None:
    """Show last month's and this month's honours rolls with Publish buttons (/honours, staff)."""
    now = context.services.env.clock.now().astimezone(context.services.env.settings.zone)
    last = (now.year - (now.month == 1), (now.month - 2) % 12 + 1)
    for year, month in (last, (now.year, now.month)):
        roll = await context.services.rewards.honours(year, month)
        lines = "\n".join(
            f"{n}. {h.name} · {h.points} · {h.hours:g} h" for n, h in enumerate(roll, 1)
        )
        rows = (
            [[Button(text="btn-honours-publish", data=f"hon:pub:{year * 100 + month}")]]
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
    update: Update, context: LinliContext, person: Person, ids: list[int]
) -> None:
    """Send the month's roll to everyone as a notice."""
    year, month = divmod(first(ids), 100)
    # A forged stamp must not reach the calendar: a year past 9999 is not a date at all.
    if not 1 <= month <= 12 or not MINYEAR < year < MAXYEAR:
        raise InvalidInput("error-too-old")
    told = await context.services.rewards.publish_honours(person.tg_id or 0, year, month)
    await quietly(require_query(update).edit_message_reply_markup(None))
    await asyncio.gather(
        answer(update), say(update, context, person, "honours-published", told=told)
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("addreward", add_reward, filters=filters.ChatType.PRIVATE),
    CommandHandler("honours", honours_command),
    CallbackQueryHandler(
        presses("rws", {"more": more, "less": less, "info": info}), pattern=r"^rws:"
    ),
    CallbackQueryHandler(presses("rwd", {"ok": hand_over, "no": ask_decline}), pattern=r"^rwd:"),
    CallbackQueryHandler(presses("hon", {"pub": publish_honours}), pattern=r"^hon:"),
]
