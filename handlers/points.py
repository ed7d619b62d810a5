"""The love bank in the chat: /points (balance and history) and /rewards (the catalogue to
ask from; staff see stock and requests, handled in handlers/rewards_staff.py).
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.models import Button, Person
from bot.services.event_common import local
from handlers.common import actor, friendly, lang, say, tr
from handlers.events_view import answer
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.volunteer_view import first, presses


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
            rows.append([Button(text=line, data=f"rws:info:{r.id}")])
            rows.append(
                [
                    Button(text="−1", data=f"rws:less:{r.id}"),
                    Button(text="+1", data=f"rws:more:{r.id}"),
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


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("points", points_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("rewards", rewards_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(presses("pt", {"page": older}), pattern=r"^pt:"),
    CallbackQueryHandler(presses("rw", {"list": list_rewards, "req": request}), pattern=r"^rw:"),
]
