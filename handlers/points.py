"""The love bank in the chat: /points (balance and history), /rewards (the catalogue; staff
also keep stock), requests handed over or declined by staff, /addreward, /honours.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models import Button, Draft, Person
from bot.services.event_common import local
from handlers.common import actor, friendly, int_or_none, lang, say, tr
from handlers.desk import prompt
from handlers.events_new import number
from handlers.events_view import answer, require_query
from handlers.forms import end_form, menu, need_text, step
from handlers.keyboards import cancel_only, inline
from handlers.requests import quietly
from handlers.volunteer_view import first, presses

DECLINE = "reward-decline"
NEW = "reward-new"


@friendly
async def points_command(update: Update, context: LinliContext) -> None:
    """Show the balance and history (/points)."""
    await show_points(update, context, await actor(update, context))


@menu("menu-points")
async def show_points(update: Update, context: LinliContext, person: Person) -> None:
    """Show the balance and the latest entries."""
    await show_page(update, context, person, 0)


async def show_page(update: Update, context: LinliContext, person: Person, page: int) -> None:
    """Show the balance, what was earned in all, and one page of entries."""
    view = await context.services.love_bank.my_points(person.tg_id or 0, page)
    zone = context.services.env.settings.zone
    lines = [
        tr(
            context,
            person,
            "points-line",
            date=local(e.created_at, zone)[:10],
            points=f"{e.points:+d}",
            kind=e.kind.value,
            note=e.note or "",
        )
        for e in view.entries
    ]
    rows = [[Button(text="btn-points-rewards", data="rw:list")]]
    if len(view.entries) == 10:
        rows.append([Button(text="btn-points-older", data=f"pt:page:{page + 1}")])
    text_key = "points-card" if lines or page else "points-card-empty"
    await say(
        update,
        context,
        person,
        text_key,
        inline(lang(context, person), rows),
        balance=view.balance,
        earned=view.earned,
        lines="\n".join(lines),
    )


async def older(update: Update, context: LinliContext, person: Person, ids: list[int]) -> None:
    """Show an older page of the history."""
    await answer(update)
    await show_page(update, context, person, first(ids))


@friendly
async def rewards_command(update: Update, context: LinliContext) -> None:
    """Show the reward catalogue (/rewards)."""
    await show_rewards(update, context, await actor(update, context))


async def show_rewards(update: Update, context: LinliContext, person: Person) -> None:
    """Volunteers see what they can ask for; staff see stock with +1/−1 and pending requests."""
    items = await context.services.rewards.catalogue(person.tg_id or 0)
    if person.role.is_staff:
        rows = []
        for r in items:
            line = tr(context, person, "reward-line", name=r.name, cost=r.cost, stock=r.stock)
            rows.append([Button(text=line, data=f"rw:info:{r.id}")])
            rows.append(
                [
                    Button(text="−1", data=f"rw:less:{r.id}"),
                    Button(text="+1", data=f"rw:more:{r.id}"),
                ]
            )
        for q in await context.services.rewards.pending(person.tg_id or 0):
            rows.append(
                [
                    Button(text=f"🎁 {q.person_name}: {q.reward_name}", data=f"rwd:ok:{q.id}"),
                    Button(text="btn-reward-decline", data=f"rwd:no:{q.id}"),
                ]
            )
        await say(
            update,
            context,
            person,
            "rewards-staff",
            inline(lang(context, person), rows) if rows else None,
        )
        return
    offer = [r for r in items if r.stock > 0]
    if not offer:
        await say(update, context, person, "rewards-empty")
        return
    rows = [
        [
            Button(
                text=tr(context, person, "reward-line", name=r.name, cost=r.cost, stock=r.stock),
                data=f"rw:req:{r.id}",
            )
        ]
        for r in offer
    ]
    await say(update, context, person, "rewards-title", inline(lang(context, person), rows))


async def list_rewards(update: Update, context: LinliContext, person: Person, _: list[int]) -> None:
    """Open the catalogue from /points."""
    await answer(update)
    await show_rewards(update, context, person)


async def request(update: Update, context: LinliContext, person: Person, ids: list[int]) -> None:
    """Ask for a reward; staff decide."""
    made = await context.services.rewards.request(person.tg_id or 0, first(ids))
    await asyncio.gather(
        answer(update),
        say(update, context, person, "reward-requested", reward=made.reward_name, cost=made.cost),
    )


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


@friendly
async def add_reward(update: Update, context: LinliContext) -> None:
    """Open the new-reward form (/addreward, staff)."""
    person = await actor(update, context)
    await context.services.task_desk.require_staff(person.tg_id or 0)
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


@friendly
async def honours_command(update: Update, context: LinliContext) -> None:
    """Show last month's and this month's honours rolls with Publish buttons (/honours, staff)."""
    person = await actor(update, context)
    await context.services.task_desk.require_staff(person.tg_id or 0)
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
    stamp = int_or_none(str(first(ids))) or 0
    year, month = divmod(stamp, 100)
    if not 1 <= month <= 12:
        raise InvalidInput("error-too-old")
    told = await context.services.rewards.publish_honours(person.tg_id or 0, year, month)
    await quietly(require_query(update).edit_message_reply_markup(None))
    await asyncio.gather(
        answer(update), say(update, context, person, "honours-published", told=told)
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("points", points_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("rewards", rewards_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("addreward", add_reward, filters=filters.ChatType.PRIVATE),
    CommandHandler("honours", honours_command),
    CallbackQueryHandler(presses("pt", {"page": older}), pattern=r"^pt:"),
    CallbackQueryHandler(
        presses(
            "rw", {"list": list_rewards, "req": request, "more": more, "less": less, "info": info}
        ),
        pattern=r"^rw:",
    ),
    CallbackQueryHandler(presses("rwd", {"ok": hand_over, "no": ask_decline}), pattern=r"^rwd:"),
    CallbackQueryHandler(presses("hon", {"pub": publish_honours}), pattern=r"^hon:"),
]
