"""The resident card, for staff: pressed on any card that names a resident (`pc:open:<id>`),
it shows their contact, requests, wishes, sign-ups and volunteer record, with a button to
open each of their newest requests."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import i18n
from bot.callbacks import requests as request_callbacks
from bot.callbacks import resident_card as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.resident_card import ResidentCard
from handlers.common import actor, friendly, quietly, require_staff, send, tr
from handlers.events.view import require_query
from handlers.keyboards import inline
from handlers.requests.queue import chat_lang, chat_of


def card_text(context: LinliContext, lng: str, card: ResidentCard) -> str:
    """Return the card in the chat's language, times in the community's zone."""
    zone = context.services.env.settings.zone
    p = card.person
    lines = [
        i18n.t(
            lng,
            "rc-head",
            name=p.name,
            building=p.building or "—",
            unit=p.unit or "—",
            phone=p.phone or "—",
            telegram="no" if p.tg_id is None else "yes",
            unreachable="yes" if p.unreachable else "no",
            since=local(p.created_at, zone)[:10],
        ),
        i18n.t(lng, "rc-requests", total=card.requests_total, open=card.requests_open),
        i18n.t(lng, "rc-wishes", total=card.wishes_total, open=card.wishes_open),
    ]
    lines += [
        i18n.t(lng, "rc-event", title=e.title, start=local(e.starts_at, zone)) for e in card.events
    ]
    if card.volunteer is not None:
        lines.append(i18n.t(lng, "rc-volunteer", status=card.volunteer.value, points=card.points))
    lines += [
        i18n.t(lng, "rc-task", title=t.title, start=local(t.starts_at, zone)) for t in card.tasks
    ]
    return "\n".join(lines)


@friendly
async def on_card_button(update: Update, context: LinliContext) -> None:
    """Show the resident's card; a forged press gets the old-button alert, residents the staff
    refusal."""
    query = require_query(update)
    person = await actor(update, context)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    require_staff(person)
    (person_id,) = press
    if person_id is None:
        raise NotFound()
    card = await context.services.resident_cards.card(person.tg_id, person_id)
    lng = chat_lang(context, person, chat_of(update))
    rows = [
        [
            Button(
                text=i18n.t(lng, "rc-open-request", number=r.number, status=r.status.value),
                data=request_callbacks.open_card(r.id),
            )
        ]
        for r in card.newest
    ]
    await quietly(query.answer())
    await send(update, context, card_text(context, lng, card), inline(lng, rows) if rows else None)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_card_button, pattern=f"^{callbacks.CARD}:"),
]
