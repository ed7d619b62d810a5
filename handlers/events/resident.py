"""Events for residents: /events and /myevents, an event's card, Sign up, the waiting line.

Every press names an event id, which any client can forge: each action asks the service,
which checks the event, the person and their sign-up ("not found" for nonsense). The answer
to a press and the reply go out together, so a burst of sign-ups is answered quickly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import events as callbacks
from bot.context import LinliContext
from bot.errors import Conflict, NotFound
from bot.models.events import EventView, SignupStatus
from bot.models.outbox import Button
from bot.models.people import Actor
from handlers.common import actor, friendly, id_or_not_found, lang, quietly, say, send, tr
from handlers.events.view import (
    answer,
    at,
    card_buttons,
    card_text,
    chat_of,
    line_text,
    require_query,
)
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.people.start import begin_registration, deep_link

Action = Callable[[Update, LinliContext, Actor, int, str], Awaitable[None]]
ALERT_MAX = 200  # Telegram's limit for the answer to a press
GAVE_UP = {
    SignupStatus.CONFIRMED: "event-cancelled-place",
    SignupStatus.OFFERED: "event-declined",
    SignupStatus.WAITING: "event-left-line",
}


@friendly
async def events_command(update: Update, context: LinliContext) -> None:
    """List upcoming events (/events)."""
    await show_events(update, context, await actor(update, context))


@menu("menu-events")
async def show_events(update: Update, context: LinliContext, person: Actor) -> None:
    """Show one button per upcoming event the person may join."""
    views = await context.services.events.upcoming(person.tg_id)
    await show_lines(update, context, person, views, "events-title", "events-empty")


@friendly
async def my_events_command(update: Update, context: LinliContext) -> None:
    """List the person's sign-ups (/myevents)."""
    await show_mine(update, context, await actor(update, context))


@menu("menu-my-events")
async def show_mine(update: Update, context: LinliContext, person: Actor) -> None:
    """Show what the person signed up for and where they stand in each waiting line."""
    if not person.registered:
        await begin_registration(update, context, person)
        return
    views = await context.services.events.mine(person.tg_id)
    await show_lines(update, context, person, views, "my-events-title", "my-events-empty")


async def show_lines(
    update: Update,
    context: LinliContext,
    person: Actor,
    views: list[EventView],
    title: str,
    empty: str,
) -> None:
    """Show events as buttons that open them, or say there are none."""
    if not views:
        await say(update, context, person, empty)
        return
    rows = [
        [Button(text=line_text(context, person, v), data=callbacks.open_card(v.event.id))]
        for v in views
    ]
    await say(update, context, person, title, inline(lang(context, person), rows))


async def send_card(update: Update, context: LinliContext, person: Actor, view: EventView) -> None:
    """Send the event's card with the buttons for the person's state."""
    markup = inline(lang(context, person), card_buttons(context, person, view))
    await send(update, context, card_text(context, person, view), markup)


@deep_link("event_")
async def opened_link(update: Update, context: LinliContext, person: Actor, rest: str) -> None:
    """Open the event a poster's QR code names; newcomers are then asked to register."""
    event_id = id_or_not_found(rest, "error-event-not-found")
    await send_card(
        update, context, person, await context.services.events.view(person.tg_id, event_id)
    )
    if not person.registered and not person.role.is_staff:
        await begin_registration(update, context, person)


# ---- presses --------------------------------------------------------------------------------


async def open_event(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Show the event's card."""
    view = await context.services.events.view(person.tg_id, event_id)
    await asyncio.gather(answer(update), send_card(update, context, person, view))


async def sign_up(
    update: Update, context: LinliContext, person: Actor, event_id: int, places: str
) -> None:
    """Sign up for the number of places pressed (asked first when more than one is allowed)."""
    if not person.registered:
        await answer(update)
        await say(update, context, person, "event-not-registered")
        await begin_registration(update, context, person)
        return
    if not places:
        await ask_places(update, context, person, event_id)
        return
    view = await context.services.events.sign_up(person.tg_id, event_id, int(places))
    await tell_place(update, context, person, view)
    query = require_query(update)
    if _only_places(query):
        await quietly(query.edit_message_reply_markup(None))  # "how many places" is answered


def _only_places(query: CallbackQuery) -> bool:
    """Whether the pressed message is the "how many places" question (not the event card)."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    data = [b.callback_data for row in markup.inline_keyboard for b in row] if markup else []
    return bool(data) and all(callbacks.is_places_choice(d) for d in data)


async def ask_places(update: Update, context: LinliContext, person: Actor, event_id: int) -> None:
    """Offer 1 to the event's limit of places as buttons."""
    view = await context.services.events.view(person.tg_id, event_id)
    top = view.event.per_person
    buttons = [
        Button(
            text=tr(context, person, "btn-event-places", places=n),
            data=callbacks.sign_up(event_id, n),
        )
        for n in range(1, top + 1)
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    keyboard = inline(lang(context, person), rows)
    await asyncio.gather(
        answer(update), say(update, context, person, "event-ask-places", keyboard, max=top)
    )


async def tell_place(update: Update, context: LinliContext, person: Actor, view: EventView) -> None:
    """Answer the press with what the person got: a place and its code, or a number in line.

    One quick call; the details with their buttons follow through the outbox.
    """
    mine = view.mine
    if mine is None:
        raise Conflict()
    args = {"title": view.event.title, "places": mine.places, "code": mine.code or "—"}
    key = "event-alert-place" if mine.status == SignupStatus.CONFIRMED else "event-alert-waiting"
    text = tr(context, person, key, position=view.position or 0, **args)
    await quietly(require_query(update).answer(text[:ALERT_MAX], show_alert=True))


async def closed(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Say when sign-up closed."""
    view = await context.services.events.view(person.tg_id, event_id)
    text = tr(context, person, "event-closed-alert", deadline=at(context, view.event))
    await quietly(require_query(update).answer(text, show_alert=True))


async def ask_cancel(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Ask before giving up a place, an offer or a place in line."""
    view = await context.services.events.view(person.tg_id, event_id)
    if view.mine is None:
        raise Conflict("error-event-not-signed", title=view.event.title)
    rows = [
        [
            Button(text="btn-event-cancel-mine-yes", data=callbacks.give_up_sure(event_id, True)),
            Button(text="btn-event-cancel-mine-no", data=callbacks.give_up_sure(event_id, False)),
        ]
    ]
    args = {"title": view.event.title, "status": view.mine.status.value}
    keyboard = inline(lang(context, person), rows)
    await asyncio.gather(
        answer(update), say(update, context, person, "event-ask-cancel-mine", keyboard, **args)
    )


async def cancel(
    update: Update, context: LinliContext, person: Actor, event_id: int, yes: str
) -> None:
    """Give it up on Yes (the next in line is offered the place); on No, nothing changes."""
    query = require_query(update)
    if yes != "y":
        await asyncio.gather(answer(update), quietly(query.edit_message_reply_markup(None)))
        return
    view, gave_up = await context.services.events.cancel(person.tg_id, event_id)
    await asyncio.gather(
        answer(update),
        quietly(query.edit_message_reply_markup(None)),
        say(update, context, person, GAVE_UP[gave_up], title=view.event.title),
    )


async def accept(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Take the place offered."""
    view = await context.services.events.accept(person.tg_id, event_id)
    query = require_query(update)
    await asyncio.gather(
        tell_place(update, context, person, view), quietly(query.edit_message_reply_markup(None))
    )


async def calendar(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Send the event as an .ics file to add to a calendar."""
    event, data = await context.services.events.calendar(person.tg_id, event_id)
    caption = tr(context, person, "event-ics-caption", title=event.title)
    document = context.bot.send_document(
        chat_of(update), data, filename=f"event-{event_id}.ics", caption=caption
    )
    await asyncio.gather(answer(update), document)


async def my_qr(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Send the person's check-in code as a QR code to show at the door."""
    code, png = await context.services.events.my_qr(person.tg_id, event_id, context.bot.username)
    view = await context.services.events.view(person.tg_id, event_id)
    caption = tr(context, person, "event-qr-caption", title=view.event.title, code=code)
    await asyncio.gather(
        answer(update), context.bot.send_photo(chat_of(update), png, caption=caption)
    )


ACTIONS: dict[str, Action] = {
    "open": open_event,
    "sign": sign_up,
    "closed": closed,
    "cancel": ask_cancel,
    "cxl": cancel,
    "accept": accept,
    "ics": calendar,
    "qr": my_qr,
}


@friendly
async def on_event_button(update: Update, context: LinliContext) -> None:
    """Route `ev:<action>:<id>[:<extra>]`; malformed or forged data gets a kind alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.event_id is None:
        raise NotFound("error-event-not-found")
    await ACTIONS[press.action](update, context, person, press.event_id, press.extra)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("events", events_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("myevents", my_events_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_event_button, pattern=r"^ev:"),
]
