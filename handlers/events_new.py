"""/newevent: staff create an event step by step, see a preview, then publish it.

The form is a draft (flow "event-new"), so a restart mid-form continues where it was. Times
are typed naturally in English or Chinese and read in the community's time zone; each step
checks what it can at once. Publish carries the draft's id: a double tap, or Telegram
delivering the press again, finds the event already made and never makes a second one.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.event_models import DEFAULT_REMINDERS, Audience, Event, EventSpec, EventStatus
from bot.models import Button, Draft, Person
from bot.services.event_common import local, when_args
from bot.services.events_staff import CAPACITY_MAX, DESCRIPTION_MAX, PER_PERSON_MAX, check_reminders
from handlers.common import actor, callback_parts, friendly, int_or_none, lang, say, tr
from handlers.events_view import answer, chat_of, require_query
from handlers.forms import end_form, need_text, pressed, step
from handlers.keyboards import choices, inline, main_menu
from handlers.requests import quietly, send

FLOW = "event-new"


async def ask(
    update: Update, context: LinliContext, person: Person, key: str, *buttons: str, **args: Any
) -> None:
    """Ask the next question with big buttons (catalog keys or plain labels) and Cancel."""
    labels = [tr(context, person, b) if b.startswith("btn-") else b for b in buttons]
    await say(update, context, person, key, choices(lang(context, person), labels), **args)


async def advance(draft: Draft, context: LinliContext, step_name: str, **data: Any) -> bool:
    """Save the answer and move on; False when the form was closed meanwhile."""
    return await context.services.drafts.advance(draft, step_name, **data) is not None


@friendly
async def new_event(update: Update, context: LinliContext) -> None:
    """Open the form (staff and admins only)."""
    person = await actor(update, context)
    await context.services.event_desk.require_staff(person.tg_id or 0)
    await context.services.drafts.start(person.tg_id or 0, FLOW, "title")
    await ask(update, context, person, "newevent-ask-title")


@step(FLOW, "title")
async def got_title(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the title."""
    title = await need_text(update, context, person, limit=100)
    if title is not None and await advance(draft, context, "description", title=title):
        await ask(update, context, person, "newevent-ask-description", "btn-skip")


@step(FLOW, "description")
async def got_description(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Take a few words about it, or Skip."""
    skip = pressed(update.effective_message, "btn-skip")
    text = "" if skip else await need_text(update, context, person, limit=DESCRIPTION_MAX)
    if text is not None and await advance(draft, context, "start", description=text):
        await ask(update, context, person, "newevent-ask-start")


@step(FLOW, "start")
async def got_start(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Read the start time."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    starts = context.services.event_desk.read_time(text)
    if await advance(draft, context, "end", starts_at=starts.isoformat()):
        shown = local(starts, context.services.env.settings.zone)
        await ask(update, context, person, "newevent-ask-end", start=shown)


@step(FLOW, "end")
async def got_end(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Read the end time (a time alone means that day)."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    ends = context.services.event_desk.read_time(
        text, after=datetime.fromisoformat(draft.data["starts_at"])
    )
    if await advance(draft, context, "place", ends_at=ends.isoformat()):
        await ask(update, context, person, "newevent-ask-place")


@step(FLOW, "place")
async def got_place(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the place."""
    place = await need_text(update, context, person, limit=200)
    if place is not None and await advance(draft, context, "capacity", place=place):
        await ask(update, context, person, "newevent-ask-capacity", "btn-event-unlimited")


@step(FLOW, "capacity")
async def got_capacity(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the number of places, or No limit."""
    unlimited = pressed(update.effective_message, "btn-event-unlimited")
    capacity = None if unlimited else number(update, 1, CAPACITY_MAX)
    if await advance(draft, context, "deadline", capacity=capacity):
        await ask(update, context, person, "newevent-ask-deadline", "btn-event-until-start")


def number(update: Update, low: int, high: int) -> int:
    """Return the number typed, or refuse one out of range."""
    message = update.effective_message
    found = int_or_none((message.text or "").strip()) if message is not None else None
    if found is None or not low <= found <= high:
        raise InvalidInput("error-number-range", low=low, high=high)
    return found


@step(FLOW, "deadline")
async def got_deadline(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Read when sign-up closes, or Until it starts."""
    deadline = None
    if not pressed(update.effective_message, "btn-event-until-start"):
        text = await need_text(update, context, person, limit=200)
        if text is None:
            return
        found = context.services.event_desk.read_time(text)
        starts = datetime.fromisoformat(draft.data["starts_at"])
        if found > starts:
            zone = context.services.env.settings.zone
            raise InvalidInput("error-event-deadline", start=local(starts, zone))
        deadline = found.isoformat()
    if await advance(draft, context, "audience", deadline=deadline):
        buttons = ("btn-event-everyone", "btn-event-some-buildings", "btn-event-volunteers")
        await ask(update, context, person, "newevent-ask-audience", *buttons)


@step(FLOW, "audience")
async def got_audience(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take who may sign up; some buildings asks which."""
    message = update.effective_message
    if pressed(message, "btn-event-some-buildings"):
        if await advance(
            draft, context, "buildings", audience=Audience.BUILDINGS.value, buildings=[]
        ):
            await ask_buildings(update, context, person, [])
        return
    audience = Audience.VOLUNTEERS if pressed(message, "btn-event-volunteers") else Audience.ALL
    if not pressed(message, "btn-event-everyone") and audience == Audience.ALL:
        raise InvalidInput("form-not-understood")
    if await advance(draft, context, "per_person", audience=audience.value, buildings=[]):
        await ask_per_person(update, context, person)


async def ask_buildings(
    update: Update, context: LinliContext, person: Person, chosen: list[str]
) -> None:
    """Show the buildings to pick one by one, and Done."""
    names = [b.name for b in await context.services.community.buildings()]
    listed = ", ".join(chosen) or "—"
    await ask(update, context, person, "newevent-ask-buildings", *names, "btn-done", chosen=listed)


@step(FLOW, "buildings")
async def got_building(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Add (or take back) a building; Done moves on."""
    chosen = list(draft.data.get("buildings") or [])
    message = update.effective_message
    if pressed(message, "btn-done"):
        if not chosen:
            raise InvalidInput("error-event-no-buildings")
        if await advance(draft, context, "per_person"):
            await ask_per_person(update, context, person)
        return
    names = [b.name for b in await context.services.community.buildings()]
    text = (message.text or "").strip() if message is not None else ""
    if text not in names:
        raise InvalidInput("error-unknown-building")
    chosen = [b for b in chosen if b != text] if text in chosen else [*chosen, text]
    if await advance(draft, context, "buildings", buildings=chosen):
        await ask_buildings(update, context, person, chosen)


async def ask_per_person(update: Update, context: LinliContext, person: Person) -> None:
    """Ask how many places one resident may take."""
    await ask(update, context, person, "newevent-ask-per-person", "1", "2", "3", "4")


@step(FLOW, "per_person")
async def got_per_person(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Take the places each resident may take."""
    per_person = number(update, 1, PER_PERSON_MAX)
    if await advance(draft, context, "reminders", per_person=per_person):
        buttons = ("btn-event-default-reminders", "btn-event-no-reminders")
        await ask(update, context, person, "newevent-ask-reminders", *buttons)


@step(FLOW, "reminders")
async def got_reminders(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Take the hours before the start to remind at: the default, none, or typed."""
    message = update.effective_message
    if pressed(message, "btn-event-default-reminders"):
        hours = list(DEFAULT_REMINDERS)
    elif pressed(message, "btn-event-no-reminders"):
        hours = []
    else:
        hours = reminder_hours((message.text or "") if message is not None else "")
    if await advance(draft, context, "photo", reminders=hours):
        await ask(update, context, person, "newevent-ask-photo", "btn-skip")


def reminder_hours(text: str) -> list[int]:
    """Return the hours typed ("48, 3" or "48 3" or "48，3"), largest first."""
    parts = text.replace("，", ",").replace(",", " ").split()
    hours = [int_or_none(p) for p in parts]
    if not hours or any(h is None for h in hours):
        raise InvalidInput("error-event-reminders", max=24 * 14)
    found = sorted({h for h in hours if h is not None}, reverse=True)
    check_reminders(found)
    return found


@step(FLOW, "photo")
async def got_photo(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take a photo or poster, or Skip; then show the preview."""
    message = update.effective_message
    photo = message.photo[-1].file_id if message is not None and message.photo else None
    if photo is None and not pressed(message, "btn-skip"):
        await ask(update, context, person, "newevent-ask-photo", "btn-skip")
        return
    saved = await context.services.drafts.advance(draft, "preview", photo=photo)
    if saved is not None:
        await show_preview(update, context, person, saved)


def spec_of(draft: Draft) -> EventSpec:
    """Return the event the form describes."""
    return EventSpec.model_validate(draft.data)


async def show_preview(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Show the event as it will be published, with Publish and Cancel."""
    spec = context.services.event_desk.check_spec(spec_of(draft))
    zone = context.services.env.settings.zone
    event = Event(
        id=0,
        status=EventStatus.PUBLISHED,
        taken=0,
        created_by=None,
        created_at=spec.starts_at,
        **spec.model_dump(),
    )
    reminders = ", ".join(f"{h} h" for h in spec.reminders) or tr(
        context, person, "newevent-reminders-none"
    )
    args = {
        "title": spec.title,
        "description": spec.description,
        "place": spec.place,
        "capacity": spec.capacity if spec.capacity is not None else "none",
        "per_person": spec.per_person,
        "deadline": local(event.deadline, zone),
        "audience": spec.audience.value,
        "buildings": ", ".join(spec.buildings),
        "reminders": reminders,
        **when_args(event, zone),
    }
    rows = [
        [
            Button(text="btn-event-publish", data=f"evn:pub:{draft.id}"),
            Button(text="btn-cancel", data=f"evn:no:{draft.id}"),
        ]
    ]
    if spec.photo:
        await context.bot.send_photo(chat_of(update), spec.photo)
    text = tr(context, person, "newevent-preview", **args).replace("\n\n", "\n")
    await send(update, context, text, inline(lang(context, person), rows))


@step(FLOW, "preview")
async def typed_at_preview(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Words where Publish was expected: show the preview again."""
    await show_preview(update, context, person, draft)


@friendly
async def on_publish(update: Update, context: LinliContext) -> None:
    """Publish on `evn:pub:<draft>`, drop the form on `evn:no:<draft>`."""
    query = require_query(update)
    person = await actor(update, context)
    parts = callback_parts(update, "evn", 3)
    draft = await context.services.drafts.get(person.tg_id or 0)
    if parts is None or draft is None or draft.flow != FLOW or str(draft.id) != parts[2]:
        await quietly(query.answer(tr(context, person, "newevent-form-closed"), show_alert=True))
        return
    await quietly(query.edit_message_reply_markup(None))
    if parts[1] != "pub":
        await asyncio.gather(answer(update), end_form(update, context, person, "form-cancelled"))
        return
    spec = spec_of(draft)
    event, told = await context.services.event_desk.create(
        person.tg_id or 0, spec, source_key=f"draft:{draft.id}", close_draft=draft.id
    )
    keyboard = main_menu(lang(context, person), person)
    await asyncio.gather(
        answer(update), say(update, context, person, "newevent-published", keyboard, told=told)
    )
    manage = [[Button(text="btn-event-manage", data=f"evs:card:{event.id}")]]
    await say(
        update,
        context,
        person,
        "newevent-manage",
        inline(lang(context, person), manage),
        title=event.title,
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("newevent", new_event, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_publish, pattern=r"^evn:"),
]
