"""Neighbours' requests in the chat: the filer shows an open request to the building from
its view, neighbours find it under 🏢 In my building in My requests and press Me too once;
each backing redraws the staff cards, which show the count."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import neighbours as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from handlers.common import actor, friendly, lang, quietly, say, send, tr
from handlers.events.view import require_query
from handlers.keyboards import inline
from handlers.requests.cards import redraw_cards
from handlers.requests.mine import cut
from handlers.requests.new import category_args, category_labels

TEXT_SHOWN = 600  # characters of a neighbour's words shown


async def show_building(update: Update, context: LinliContext, person: Actor) -> None:
    """List what neighbours showed to the building, most backed first."""
    found = await context.services.neighbours.in_building(person.tg_id)
    if not found:
        await say(update, context, person, "nb-none")
        return
    labels = await category_labels(context)
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "nb-line",
                    number=r.number,
                    count=r.me_too,
                    mine="yes" if mine else "no",
                    **category_args(r.category, labels),
                ),
                data=callbacks.open_shown(r.id),
            )
        ]
        for r, mine in found
    ]
    await say(update, context, person, "nb-title", inline(lang(context, person), rows))


async def open_shown(update: Update, context: LinliContext, person: Actor, request_id: int) -> None:
    """Show a neighbour's request (never who filed it) with Me too."""
    request, mine = await context.services.neighbours.shown(person.tg_id, request_id)
    labels = await category_labels(context)
    text = tr(
        context,
        person,
        "nb-view",
        number=request.number,
        text=cut(request.description or "🎤", TEXT_SHOWN),
        count=request.me_too,
        **category_args(request.category, labels),
    )
    rows = [] if mine else [[Button(text="btn-nb-me-too", data=callbacks.me_too(request.id))]]
    await send(update, context, text, inline(lang(context, person), rows) if rows else None)


@friendly
async def on_neighbour_button(update: Update, context: LinliContext) -> None:
    """Route `nb:` presses; forged or old data gets the old-button alert."""
    query = require_query(update)
    person = await actor(update, context)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    ids = [n for n in press.numbers if n is not None]
    if len(ids) < len(press.numbers):
        raise NotFound()
    if press.action == "share":
        request = await context.services.neighbours.share(person.tg_id, ids[0], bool(ids[1]))
        key = "nb-shared" if request.shared else "nb-unshared"
        await quietly(query.answer(tr(context, person, key, number=request.number)))
    elif press.action == "me":
        request, counted = await context.services.neighbours.me_too(person.tg_id, ids[0])
        key = "nb-counted" if counted else "nb-counted-already"
        await quietly(query.answer(tr(context, person, key, count=request.me_too)))
        await quietly(query.edit_message_reply_markup(None))
        if counted:
            await redraw_cards(context, request.id)
    elif press.action == "open":
        await quietly(query.answer())
        await open_shown(update, context, person, ids[0])
    else:
        await quietly(query.answer())
        await show_building(update, context, person)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_neighbour_button, pattern=f"^{callbacks.NEIGHBOURS}:"),
]
