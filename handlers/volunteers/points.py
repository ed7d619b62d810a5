"""The love bank in the chat: /points (balance and history) and /rewards (the catalogue to
ask from; staff see stock and requests, handled in handlers/volunteers/rewards_staff.py).

Asking is two presses: the reward shows its cost and the points available with "Yes, request
it / Cancel"; only Yes makes the request, which holds the points until staff decide. The
card's id goes with the Yes, so the same card confirmed twice makes one request.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import volunteers as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Actor
from handlers.common import actor, friendly, lang, quietly, say, tr
from handlers.events.view import answer, require_query
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.volunteers.view import first, presses


@friendly
async def points_command(update: Update, context: LinliContext) -> None:
    """Show the balance and history (/points)."""
    await show_points(update, context, await actor(update, context))


@menu("menu-points")
async def show_points(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the balance and the latest entries."""
    await show_page(update, context, person, 0)


async def show_page(update: Update, context: LinliContext, person: Actor, page: int) -> None:
    """Show the balance, what was earned in all, and one page of entries."""
    view = await context.services.love_bank.my_points(person.tg_id, page)
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
    rows = [[Button(text="btn-points-rewards", data=callbacks.rewards_list())]]
    if len(view.entries) == 10:
        rows.append([Button(text="btn-points-older", data=callbacks.points_page(page + 1))])
    text_key = "points-card" if lines or page else "points-card-empty"
    await say(
        update,
        context,
        person,
        text_key,
        inline(lang(context, person), rows),
        balance=view.balance,
        held=view.held,
        available=view.available,
        earned=view.earned,
        lines="\n".join(lines),
    )


async def older(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Show an older page of the history."""
    await answer(update)
    await show_page(update, context, person, first(ids))


@friendly
async def rewards_command(update: Update, context: LinliContext) -> None:
    """Show the reward catalogue (/rewards)."""
    await show_rewards(update, context, await actor(update, context))


async def show_rewards(update: Update, context: LinliContext, person: Actor) -> None:
    """Volunteers see what they can ask for; staff see stock with +1/−1 and pending requests."""
    items = await context.services.rewards.catalogue(person.tg_id)
    if person.role.is_staff:
        rows = []
        for r in items:
            line = tr(context, person, "reward-line", name=r.name, cost=r.cost, stock=r.stock)
            rows.append([Button(text=line, data=callbacks.stock_info(r.id))])
            rows.append(
                [
                    Button(text="−1", data=callbacks.restock(r.id, more=False)),
                    Button(text="+1", data=callbacks.restock(r.id, more=True)),
                ]
            )
        for q in await context.services.rewards.pending(person.tg_id):
            rows.append(
                [
                    Button(
                        text=f"🎁 {q.person_name}: {q.reward_name}",
                        data=callbacks.hand_over(q.id),
                    ),
                    Button(text="btn-reward-decline", data=callbacks.decline_request(q.id)),
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
                data=callbacks.ask_reward(r.id),
            )
        ]
        for r in offer
    ]
    await say(update, context, person, "rewards-title", inline(lang(context, person), rows))


async def list_rewards(update: Update, context: LinliContext, person: Actor, _: list[int]) -> None:
    """Open the catalogue from /points."""
    await answer(update)
    await show_rewards(update, context, person)


async def ask(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Show the reward with the points available and ask: Yes, request it / Cancel."""
    offer = await context.services.rewards.offer(person.tg_id, first(ids))
    rows = [
        [
            Button(text="btn-reward-yes", data=callbacks.reward_sure(offer.reward.id, True)),
            Button(text="btn-cancel", data=callbacks.reward_sure(offer.reward.id, False)),
        ]
    ]
    await asyncio.gather(
        answer(update),
        say(
            update,
            context,
            person,
            "reward-confirm",
            inline(lang(context, person), rows),
            reward=offer.reward.name,
            cost=offer.reward.cost,
            available=offer.wallet.available,
            after=offer.wallet.available - offer.reward.cost,
        ),
    )


def card_key(update: Update) -> str:
    """Return the key of the pressed Yes/Cancel card: one request at most is made from it."""
    query = require_query(update)
    if query.message is None:
        return f"rw-query:{query.id}"
    return f"rw-card:{query.message.chat.id}:{query.message.message_id}"


async def confirm(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Yes: make the request, holding its points; staff decide."""
    made = await context.services.rewards.request(person.tg_id, first(ids), card_key(update))
    rows = [[Button(text="btn-reward-withdraw", data=callbacks.withdraw_request(made.request.id))]]
    await asyncio.gather(
        answer(update),
        quietly(require_query(update).edit_message_reply_markup(None)),
        say(
            update,
            context,
            person,
            "reward-requested",
            inline(lang(context, person), rows),
            reward=made.request.reward_name,
            cost=made.request.cost,
            available=made.wallet.available,
        ),
    )


async def not_now(update: Update, context: LinliContext, person: Actor, _: list[int]) -> None:
    """Cancel on the Yes/Cancel step: nothing is asked, nothing is held."""
    await context.services.rewards.check_not_asked(person.tg_id, card_key(update))
    await asyncio.gather(
        answer(update),
        quietly(require_query(update).edit_message_text(tr(context, person, "reward-not-asked"))),
    )


async def withdraw(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Withdraw a request still waiting for staff: its points are free again."""
    made = await context.services.rewards.cancel(person.tg_id, first(ids))
    await asyncio.gather(
        answer(update),
        quietly(require_query(update).edit_message_reply_markup(None)),
        say(
            update,
            context,
            person,
            "reward-withdrawn",
            reward=made.request.reward_name,
            available=made.wallet.available,
        ),
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("points", points_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("rewards", rewards_command, filters=filters.ChatType.PRIVATE),
    presses(callbacks.POINTS, {"page": older}),
    presses(
        callbacks.REWARDS,
        {"list": list_rewards, "req": ask, "yes": confirm, "no": not_now, "drop": withdraw},
    ),
]
