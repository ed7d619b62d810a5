"""The staff card of a request, and keeping every copy of it current.

A card is written in the language of its chat: the reader's own in a private chat, the
community's in the staff group. When anything changes a request (a resident confirms,
reopens, rates or adds to it; another staff member acts), `redraw_cards` edits every card the
outbox posted for it, so the staff room never shows a state that is gone, and only the
buttons that still apply.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot import i18n
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Person
from bot.services.requests.common import StaffView, card_args, card_buttons
from handlers.common import lang, quietly
from handlers.keyboards import inline


def chat_of(update: Update) -> int:
    """Return the id of the chat the update came from."""
    assert update.effective_chat is not None
    return update.effective_chat.id


def chat_lang(context: LinliContext, person: Person | None, chat_id: int) -> str:
    """Return the language of a chat: the person's own in private, the community's in a group."""
    return lang(context, person) if chat_id > 0 else context.services.env.staff_room_lang


def card_text(context: LinliContext, lng: str, view: StaffView) -> str:
    """Return the staff card as of now."""
    return i18n.t(lng, "staff-card", **card_args(view, context.services.env.clock.now()))


def card_markup(
    lng: str, view: StaffView, rows: list[list[Button]] | None = None
) -> InlineKeyboardMarkup | None:
    """Return the card's buttons for its state (or `rows` instead); None when there are none."""
    rows = card_buttons(view.request) if rows is None else rows
    return inline(lng, rows) if rows else None


async def redraw_cards(context: LinliContext, request_id: int) -> None:
    """Redraw every posted card of the request as it stands now (an unchanged one is left)."""
    view, places = await context.services.desk.cards_of(request_id)
    for chat_id, message_id in places:
        reader = await context.services.people.get(chat_id) if chat_id > 0 else None
        lng = chat_lang(context, reader, chat_id)
        await quietly(
            context.bot.edit_message_text(
                card_text(context, lng, view),
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=card_markup(lng, view),
            )
        )
