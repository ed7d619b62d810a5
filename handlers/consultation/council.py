"""/council for staff: the next council's time and place, agenda (⬆️/⬇️), members, and the
check-in at the door; a member's "My check-in QR"; the QR's deep link scanned by staff.

Every press names ids any client can forge: the service re-checks that the presser is staff
and that the council and topic exist; forged digits say "not found", other data "old button".
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import councils as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.councils import CouncilView
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from bot.services.consultation.council import CouncilCheckIn, when_args
from handlers.common import actor, friendly, lang, quietly, require_staff, say, staff_command, tr
from handlers.consultation import members as seating
from handlers.consultation import minutes
from handlers.events.view import answer, chat_of, require_query
from handlers.forms import Form, ask, end_form, need_text
from handlers.keyboards import inline
from handlers.people.start import deep_link

SET = Form("council-set", ["when", "place"])
DOOR = Form("council-door", ["code"])
Action = Callable[[Update, LinliContext, Actor, callbacks.CouncilPress], Awaitable[None]]


def card_text(context: LinliContext, person: Actor, view: CouncilView) -> str:
    """Return the staff card of the next council: when, where, agenda and members."""
    c = view.council
    agenda = "\n".join(
        tr(
            context,
            person,
            "council-agenda-line",
            position=n,
            number=i.topic.number,
            text=i.topic.text[:120] or "🎤",
            supporters=i.supporters,
        )
        for n, i in enumerate(view.agenda, start=1)
    ) or tr(context, person, "council-agenda-empty")
    members = ", ".join(
        tr(context, person, "council-member", name=m.person.name, kind=m.kind) for m in view.members
    ) or tr(context, person, "council-members-none")
    sent = (
        "none"
        if c.agenda_sent_at is None
        else local(c.agenda_sent_at, context.services.env.settings.zone)
    )
    return tr(
        context,
        person,
        "council-card",
        agenda=agenda,
        members=members,
        repeat="yes" if c.repeat else "no",
        sent=sent,
        attended=view.attended,
        **when_args(c, context.services.env),
    )


def card_rows(view: CouncilView) -> list[list[Button]]:
    """Return ⬆️/⬇️ for each agenda topic, then the card's tools."""
    cid = view.council.id
    rows = [
        [
            Button(text=f"⬆️ {i.topic.number}", data=callbacks.staff("up", cid, i.topic.id)),
            Button(text=f"⬇️ {i.topic.number}", data=callbacks.staff("dn", cid, i.topic.id)),
        ]
        for i in view.agenda
    ]
    rows.append(
        [
            Button(text="btn-council-set", data=callbacks.staff("set")),
            Button(text="btn-council-members", data=callbacks.staff("mem")),
        ]
    )
    rows.append(
        [
            Button(text="btn-council-door", data=callbacks.staff("door")),
            Button(text="btn-council-minutes", data=callbacks.staff("min", cid)),
        ]
    )
    return rows


async def show(update: Update, context: LinliContext, person: Actor) -> None:
    """Send the card of the next council, or say none is set, with the way to set one."""
    view = await context.services.council.view(person.tg_id)
    last = await context.services.outcomes.last_held(person.tg_id)
    code = lang(context, person)
    tail = (
        []
        if last is None
        else [[Button(text="btn-council-last", data=callbacks.staff("min", last.id))]]
    )
    if view is None:
        rows = [
            [
                Button(text="btn-council-set", data=callbacks.staff("set")),
                Button(text="btn-council-members", data=callbacks.staff("mem")),
            ]
        ]
        await say(update, context, person, "council-none", inline(code, rows + tail))
        return
    await context.bot.send_message(
        chat_of(update),
        card_text(context, person, view),
        reply_markup=inline(code, card_rows(view) + tail),
    )


@staff_command
async def council_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the next council (/council, staff only)."""
    await show(update, context, person)


async def move(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Move an agenda topic up or down and redraw the card."""
    council_id, topic_id = press.ids
    if council_id is None or topic_id is None:
        raise NotFound("error-topic-not-found")
    view = await context.services.council.move_item(
        person.tg_id, council_id, topic_id, up=press.action == "up"
    )
    await answer(update)
    await quietly(
        require_query(update).edit_message_text(
            card_text(context, person, view),
            reply_markup=inline(lang(context, person), card_rows(view)),
        )
    )


async def ask_when(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Open the form for the council's time (or rule) and place."""
    await SET.start(context, person)
    await asyncio.gather(answer(update), ask(update, context, person, "council-ask-when"))


@SET.step("when")
async def got_when(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Read the time or rule typed (a friendly line when it cannot be read), then ask the place."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    starts_at, _ = context.services.council.read_when(text)
    if await SET.next(draft, context, when=text):
        await ask(
            update,
            context,
            person,
            "council-ask-place",
            when=local(starts_at, context.services.env.settings.zone),
        )


@SET.step("place")
async def got_place(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Set (or move) the council; say whether everyone was told again."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    _, told = await context.services.council.schedule(person.tg_id, str(draft.data["when"]), text)
    key = "council-moved-told" if told else "council-set-done"
    await end_form(update, context, person, key)
    await show(update, context, person)


async def door(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Open check-in at the door: code after code until Cancel."""
    await DOOR.start(context, person)
    await asyncio.gather(answer(update), ask(update, context, person, "council-ask-code"))


@DOOR.step("code")
async def got_code(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Check in the code typed; the form stays open for the next person."""
    text = await need_text(update, context, person, limit=40)
    if text is not None:
        await tell_check_in(
            update, context, person, await context.services.council.check_in(person.tg_id, text)
        )


async def tell_check_in(
    update: Update, context: LinliContext, person: Actor, done: CouncilCheckIn
) -> None:
    """Say who came (or that they had), with the count so far."""
    key = "council-checked-in-already" if done.already else "council-checked-in"
    await say(update, context, person, key, name=done.name, attended=done.attended)


@deep_link("council_")
async def scanned(update: Update, context: LinliContext, person: Actor, code: str) -> None:
    """Check in the code of a member's QR, scanned by a staff member's phone."""
    await tell_check_in(
        update, context, person, await context.services.council.check_in(person.tg_id, code)
    )


async def my_qr(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Send the person's check-in code for the council as a QR code."""
    (council_id,) = press.ids
    if council_id is None:
        raise NotFound("error-council-not-found")
    code, png = await context.services.council.my_qr(person.tg_id, council_id, context.bot.username)
    caption = tr(context, person, "council-qr-caption", code=code)
    await asyncio.gather(
        answer(update), context.bot.send_photo(chat_of(update), png, caption=caption)
    )


ACTIONS: dict[str, Action] = {
    "qr": my_qr,
    "up": move,
    "dn": move,
    "set": ask_when,
    **seating.ACTIONS,
    "door": door,
    **minutes.ACTIONS,
}


@friendly
async def on_button(update: Update, context: LinliContext) -> None:
    """Route `cn:` presses; forged data gets "that button is old"."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    action = ACTIONS.get(press.action) if press is not None else None
    if press is None or action is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.action != "qr":
        require_staff(person)  # the services check again; this keeps forms from opening
    await action(update, context, person, press)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("council", council_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_button, pattern=rf"^{callbacks.PREFIX}:"),
]
