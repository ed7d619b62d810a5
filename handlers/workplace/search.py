"""Find anything: staff type a number to open it, or words to search requests and residents.

Text a staff member types that is no form's answer and no button reaches here (a text route,
handlers/forms.py) instead of "Sorry, I did not understand that". Residents keep that answer:
only staff search, since the results hold names and phones.
"""

from __future__ import annotations

from telegram import Update

from bot.callbacks import events as event_callbacks
from bot.callbacks import requests as request_callbacks
from bot.callbacks import resident_card
from bot.callbacks import wishes as wish_callbacks
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.services.requests.search import read_number
from handlers.common import lang, send, tr
from handlers.forms import text_route
from handlers.keyboards import inline
from handlers.requests.mine import cut
from handlers.requests.queue import card_markup, chat_lang, chat_of, full_card

QUERY_MAX = 100  # longer text is not a search (a message typed in the wrong place)
LINE_MAX = 40


@text_route
async def search_text(update: Update, context: LinliContext, person: Actor, text: str) -> bool:
    """Open the item a number names, or search; return False for anyone but staff."""
    if not person.role.is_staff or len(text) > QUERY_MAX or not text.strip():
        return False
    number = read_number(text)
    if number is not None:
        await open_number(update, context, person, *number)
        return True
    found = await context.services.search.find(person.tg_id, text)
    if not found.requests and not found.people:
        await send(update, context, tr(context, person, "ws-search-none", text=cut(text, LINE_MAX)))
        return True
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "ws-search-request",
                    number=r.number,
                    category=r.category,
                    words=cut(r.description, LINE_MAX),
                ),
                data=request_callbacks.open_card(r.id),
            )
        ]
        for r in found.requests
    ]
    rows += [
        [Button(text=f"👤 {p.name}", data=resident_card.open_card(p.id))] for p in found.people
    ]
    people = [
        tr(
            context,
            person,
            "ws-search-person",
            name=p.name,
            building=p.building or "—",
            unit=p.unit or "—",
            phone=p.phone or "—",
        )
        for p in found.people
    ]
    title = tr(
        context,
        person,
        "ws-search-title",
        requests=found.request_total,
        people=found.people_total,
        shown=len(found.requests),
    )
    await send(update, context, "\n".join([title, *people]), inline(lang(context, person), rows))
    return True


async def open_number(
    update: Update, context: LinliContext, person: Actor, kind: str, item_id: int
) -> None:
    """Show a request's card, or offer the button that opens a wish's or an event's card."""
    if kind == "R":
        view = await context.services.desk.view(person.tg_id, item_id, timeline=True)
        lng = chat_lang(context, person, chat_of(update))
        await send(update, context, full_card(context, lng, view), card_markup(lng, view))
        return
    data = wish_callbacks.open_wish(item_id) if kind == "W" else event_callbacks.open_card(item_id)
    label = f"W-{item_id:06d}" if kind == "W" else f"E-{item_id}"
    rows = [[Button(text=tr(context, person, "ws-open", number=label), data=data)]]
    await send(
        update,
        context,
        tr(context, person, "ws-open-ask", number=label),
        inline(lang(context, person), rows),
    )
