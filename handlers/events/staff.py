"""Events for staff: the manage card, who is coming, the spreadsheet, the poster QR, changes,
cancelling, and check-in at the door (typed codes, /checkin, or a scanned QR's deep link).

Every press is re-checked by the service: a resident forging `evs:cancel:1` is told "only
staff". Changes are short forms (flow "event-edit"); check-in is a form that stays open
for code after code until Cancel.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import events as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.events import CheckIn, Roster, RosterLine
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from handlers.common import (
    actor,
    friendly,
    int_or_none,
    lang,
    quietly,
    say,
    send,
    staff_command,
    tr,
)
from handlers.events.view import answer, chat_of, require_query, staff_buttons, staff_text, when
from handlers.forms import Form, end_form, need_text, pressed
from handlers.keyboards import choices, inline
from handlers.people.start import deep_link

EDIT = "event-edit"
CHECKIN = "event-checkin"
# Each change is a one-step form of its own; the flow names stay what saved drafts hold.
CHANGES = {
    "move": Form(EDIT, ["move"]),
    "place": Form(EDIT, ["place"]),
    "capacity": Form(EDIT, ["capacity"]),
    "checkin": Form(CHECKIN, ["checkin"]),
}
VIEW_MAX = 4000
Action = Callable[[Update, LinliContext, Actor, int, str], Awaitable[None]]


async def manage(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Show the staff card: counts, attendance, and what can be done."""
    roster = await context.services.event_desk.roster(person.tg_id, event_id)
    markup = inline(lang(context, person), staff_buttons(roster.event))
    await asyncio.gather(
        answer(update), send(update, context, staff_text(context, person, roster), markup)
    )


def roster_text(context: LinliContext, person: Actor, roster: Roster) -> str:
    """Return who is coming, who has an offer and who waits, one line each."""
    event = roster.event
    head = tr(
        context,
        person,
        "event-roster-title",
        title=event.title,
        confirmed=len(roster.confirmed),
        waiting=len(roster.waiting),
        **when(context, event),
    )
    parts = [head]
    for key, lines in (
        ("event-roster-coming", roster.confirmed),
        ("event-roster-offered", roster.offered),
        ("event-roster-waiting", roster.waiting),
    ):
        shown = [roster_line(context, person, n, line) for n, line in enumerate(lines, 1)]
        empty = [tr(context, person, "event-roster-none")]
        parts.append("\n".join([tr(context, person, key), *(shown or empty)]))
    text = "\n\n".join(parts)
    return text if len(text) <= VIEW_MAX else text[: VIEW_MAX - 1] + "…"


def roster_line(context: LinliContext, person: Actor, number: int, line: RosterLine) -> str:
    """Return "1. Wang Fang · 1 2-301 · phone · 2 · K7MX4Q ✅"."""
    s = line.signup
    return tr(
        context,
        person,
        "event-roster-line",
        number=number,
        name=line.name,
        building=line.building or "—",
        unit=line.unit or "",
        phone=line.phone or "—",
        places=s.places,
        code=s.code or "—",
        checked="yes" if s.checked_in_at else "no",
    )


async def show_roster(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """List the people signed up and waiting in the chat."""
    roster = await context.services.event_desk.roster(person.tg_id, event_id)
    await asyncio.gather(
        answer(update), send(update, context, roster_text(context, person, roster))
    )


async def export(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Send the sign-up list as a spreadsheet."""
    name, data = await context.services.event_desk.export(
        person.tg_id, event_id, lang(context, person)
    )
    roster = await context.services.event_desk.roster(person.tg_id, event_id)
    caption = tr(context, person, "event-export-caption", title=roster.event.title)
    document = context.bot.send_document(chat_of(update), data, filename=name, caption=caption)
    await asyncio.gather(answer(update), document)


async def poster(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Send the poster QR code: a PNG of the event's deep link."""
    link, png = await context.services.event_desk.poster(
        person.tg_id, event_id, context.bot.username
    )
    roster = await context.services.event_desk.roster(person.tg_id, event_id)
    caption = tr(context, person, "event-poster-caption", title=roster.event.title, link=link)
    await asyncio.gather(
        answer(update), context.bot.send_photo(chat_of(update), png, caption=caption)
    )


async def ask_change(
    update: Update, context: LinliContext, person: Actor, event_id: int, what: str
) -> None:
    """Open a short form for the new time, place or number of places (or check-in codes)."""
    roster = await context.services.event_desk.roster(person.tg_id, event_id)
    event = roster.event
    key = f"event-ask-{what}"
    await CHANGES[what].start(context, person, event_id=event_id)
    labels = [tr(context, person, "btn-event-unlimited")] if what == "capacity" else []
    keyboard = choices(lang(context, person), labels)
    args = {
        "title": event.title,
        "place": event.place,
        "taken": event.taken,
        **when(context, event),
    }
    await asyncio.gather(answer(update), say(update, context, person, key, keyboard, **args))


@CHANGES["move"].step("move")
async def got_time(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Move the event to the time typed; everyone signed up is told."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    desk = context.services.event_desk
    await desk.move(person.tg_id, int(draft.data["event_id"]), desk.read_time(text))
    await end_form(update, context, person, "event-changed")


@CHANGES["place"].step("place")
async def got_place(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Move the event to the place typed; everyone signed up is told."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    await context.services.event_desk.change_place(person.tg_id, int(draft.data["event_id"]), text)
    await end_form(update, context, person, "event-changed")


@CHANGES["capacity"].step("capacity")
async def got_capacity(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Set the number of places typed (or no limit); new places go to the waiting line."""
    text = await need_text(update, context, person, limit=10)
    if text is None:
        return
    unlimited = pressed(update.effective_message, "btn-event-unlimited")
    capacity = None if unlimited else int_or_none(text)
    if capacity is None and not unlimited:
        await say(update, context, person, "error-number-range", low=1, high=100_000)
        return
    await context.services.event_desk.change_capacity(
        person.tg_id, int(draft.data["event_id"]), capacity
    )
    await end_form(update, context, person, "event-capacity-changed")


@CHANGES["checkin"].step("checkin")
async def got_code(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Check in the code typed; the form stays open for the next person at the door."""
    text = await need_text(update, context, person, limit=40)
    if text is not None:
        done = await context.services.event_desk.check_in(
            person.tg_id, text, int(draft.data["event_id"])
        )
        await tell_check_in(update, context, person, done)


async def tell_check_in(
    update: Update, context: LinliContext, person: Actor, done: CheckIn
) -> None:
    """Say who was checked in (or that they were already), with the count so far."""
    key = "event-checked-in-already" if done.already else "event-checked-in"
    args: dict[str, Any] = {"name": done.line.name, "title": done.event.title}
    args |= {"places": done.line.signup.places, "attended": done.attended, "coming": done.coming}
    await say(update, context, person, key, **args)


@staff_command
async def checkin_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Check in a code typed after /checkin (staff only)."""
    if not context.args:
        await say(update, context, person, "checkin-usage")
        return
    done = await context.services.event_desk.check_in(person.tg_id, "".join(context.args))
    await tell_check_in(update, context, person, done)


@deep_link("checkin_")
async def scanned(update: Update, context: LinliContext, person: Actor, code: str) -> None:
    """Check in the code of a resident's QR, scanned by a staff member's phone."""
    done = await context.services.event_desk.check_in(person.tg_id, code)
    await tell_check_in(update, context, person, done)


async def ask_cancel(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Ask before cancelling the event."""
    roster = await context.services.event_desk.roster(person.tg_id, event_id)
    rows = [
        [
            Button(text="btn-event-cancel-yes", data=callbacks.cancel_event_sure(event_id, True)),
            Button(text="btn-event-cancel-no", data=callbacks.cancel_event_sure(event_id, False)),
        ]
    ]
    args = {"title": roster.event.title, **when(context, roster.event)}
    keyboard = inline(lang(context, person), rows)
    await asyncio.gather(
        answer(update), say(update, context, person, "event-ask-cancel", keyboard, **args)
    )


async def cancel(
    update: Update, context: LinliContext, person: Actor, event_id: int, yes: str
) -> None:
    """Cancel the event on Yes (everyone signed up is told); keep it on No."""
    query = require_query(update)
    desk = context.services.event_desk
    args: dict[str, Any]
    if yes == "y":
        event, told = await desk.cancel_event(person.tg_id, event_id)
        key, args = "event-cancel-done", {"title": event.title, "told": told}
    else:
        roster = await desk.roster(person.tg_id, event_id)
        key, args = "event-cancel-kept", {"title": roster.event.title}
    await asyncio.gather(
        answer(update),
        quietly(query.edit_message_reply_markup(None)),
        say(update, context, person, key, **args),
    )


async def change(
    update: Update, context: LinliContext, person: Actor, event_id: int, _: str
) -> None:
    """Route the change buttons to their form."""
    what = {"move": "move", "place": "place", "cap": "capacity", "checkin": "checkin"}
    press = callbacks.read_staff(require_query(update).data)
    assert press is not None  # the router read it already
    await ask_change(update, context, person, event_id, what[press.action])


ACTIONS: dict[str, Action] = {
    "card": manage,
    "roster": show_roster,
    "export": export,
    "poster": poster,
    "checkin": change,
    "move": change,
    "place": change,
    "cap": change,
    "cancel": ask_cancel,
    "cxl": cancel,
}


@friendly
async def on_staff_button(update: Update, context: LinliContext) -> None:
    """Route `evs:<action>:<id>[:y|n]`; the service re-checks that the presser is staff."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_staff(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.event_id is None:
        raise NotFound("error-event-not-found")
    await ACTIONS[press.action](update, context, person, press.event_id, press.extra)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("checkin", checkin_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_staff_button, pattern=r"^evs:"),
]
