"""/newevent: staff create an event step by step, see a preview, then publish it.

The form is a draft (flow "event-new"), so a restart mid-form continues where it was. Times
are typed naturally in English or Chinese and read in the community's time zone; each step
checks what it can at once. Publish carries the draft's id: a double tap, or Telegram
delivering the press again, finds the event already made and never makes a second one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import NamedTuple

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import events as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models.events import DEFAULT_REMINDERS, Audience, Event, EventSpec, EventStatus
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from bot.services.events.common import when_args
from bot.services.events.staff import CAPACITY_MAX, DESCRIPTION_MAX, PER_PERSON_MAX, check_reminders
from handlers.common import actor, friendly, int_or_none, lang, say, send, staff_command, tr
from handlers.events.view import answer, chat_of
from handlers.form_kit import ButtonHandler, publish_rows, to_publish
from handlers.forms import Form, TimeReader, ask, need_text, pressed, text_step, time_step
from handlers.keyboards import inline, main_menu

FLOW = "event-new"
# /newevent and /newtask open alike: these steps, in this order, then each its own.
WHEN_AND_WHERE = ("title", "description", "start", "end", "place")
EVENT = Form(
    FLOW,
    [
        *WHEN_AND_WHERE,
        "capacity",
        "deadline",
        "audience",
        "buildings",
        "per_person",
        "reminders",
        "photo",
        "preview",
    ],
)


def when_and_where_steps(
    form: Form,
    catalog: str,
    *,
    read: TimeReader,
    description_max: int,
    buttons: tuple[str, ...] = (),
) -> None:
    """Register the steps /newevent and /newtask both open with (`WHEN_AND_WHERE`).

    Title; a few words, or Skip; the start; the end (after the start: a time alone means that
    day); the place. Each step asks the question of the step `form` declares after it, the
    catalog key `<catalog>-ask-<that step>` (newevent-ask-description, ..., newevent-ask-capacity);
    `buttons` go with the last question. `read` is the feature's own time reader.
    """

    def question(name: str) -> str:
        return f"{catalog}-ask-{form.after(name)}"

    text_step(
        form,
        "title",
        field="title",
        limit=100,
        question=question("title"),
        buttons=("btn-skip",),
    )
    text_step(
        form,
        "description",
        field="description",
        limit=description_max,
        skippable=True,
        question=question("description"),
    )
    time_step(
        form, "start", read=read, field="starts_at", question=question("start"), show_as="start"
    )
    time_step(form, "end", read=read, field="ends_at", after="starts_at", question=question("end"))
    text_step(form, "place", field="place", question=question("place"), buttons=buttons)


def read_time(context: LinliContext, text: str, after: datetime | None) -> datetime:
    """Read a time the way events read it (in the community's zone, after `after` or now)."""
    return context.services.event_desk.read_time(text, after=after)


@staff_command
async def new_event(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the form (staff and admins only)."""
    await EVENT.start(context, person)
    await ask(update, context, person, "newevent-ask-title")


when_and_where_steps(
    EVENT,
    "newevent",
    read=read_time,
    description_max=DESCRIPTION_MAX,
    buttons=("btn-event-unlimited",),
)


@EVENT.step("capacity")
async def got_capacity(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the number of places, or No limit."""
    unlimited = pressed(update.effective_message, "btn-event-unlimited")
    capacity = None if unlimited else number(update, 1, CAPACITY_MAX)
    if await EVENT.next(draft, context, capacity=capacity):
        await ask(update, context, person, "newevent-ask-deadline", "btn-event-until-start")


def number(update: Update, low: int, high: int) -> int:
    """Return the number typed, or refuse one out of range."""
    message = update.effective_message
    found = int_or_none((message.text or "").strip()) if message is not None else None
    if found is None or not low <= found <= high:
        raise InvalidInput("error-number-range", low=low, high=high)
    return found


@EVENT.step("deadline")
async def got_deadline(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
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
    if await EVENT.next(draft, context, deadline=deadline):
        buttons = ("btn-event-everyone", "btn-event-some-buildings", "btn-event-volunteers")
        await ask(update, context, person, "newevent-ask-audience", *buttons)


@EVENT.step("audience")
async def got_audience(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take who may sign up; some buildings asks which.

    Everyone and Volunteers jump past the buildings step to the places per person: with no
    buildings to pick, that step has nothing to ask.
    """
    message = update.effective_message
    if pressed(message, "btn-event-some-buildings"):
        if await EVENT.next(draft, context, audience=Audience.BUILDINGS.value, buildings=[]):
            await ask_buildings(update, context, person, [])
        return
    audience = Audience.VOLUNTEERS if pressed(message, "btn-event-volunteers") else Audience.ALL
    if not pressed(message, "btn-event-everyone") and audience == Audience.ALL:
        raise InvalidInput("form-not-understood")
    if await EVENT.jump(draft, context, "per_person", audience=audience.value, buildings=[]):
        await ask_per_person(update, context, person)


async def ask_buildings(
    update: Update, context: LinliContext, person: Actor, chosen: list[str]
) -> None:
    """Show the buildings to pick one by one, and Done."""
    names = [b.name for b in await context.services.community.buildings()]
    listed = ", ".join(chosen) or "—"
    await ask(update, context, person, "newevent-ask-buildings", *names, "btn-done", chosen=listed)


@EVENT.step("buildings")
async def got_building(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add (or take back) a building; Done moves on."""
    chosen = list(draft.data.get("buildings") or [])
    message = update.effective_message
    if pressed(message, "btn-done"):
        if not chosen:
            raise InvalidInput("error-event-no-buildings")
        if await EVENT.next(draft, context):
            await ask_per_person(update, context, person)
        return
    names = [b.name for b in await context.services.community.buildings()]
    text = (message.text or "").strip() if message is not None else ""
    if text not in names:
        raise InvalidInput("error-unknown-building")
    chosen = [b for b in chosen if b != text] if text in chosen else [*chosen, text]
    if await EVENT.stay(draft, context, buildings=chosen):
        await ask_buildings(update, context, person, chosen)


async def ask_per_person(update: Update, context: LinliContext, person: Actor) -> None:
    """Ask how many places one resident may take."""
    await ask(update, context, person, "newevent-ask-per-person", "1", "2", "3", "4")


@EVENT.step("per_person")
async def got_per_person(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take the places each resident may take."""
    per_person = number(update, 1, PER_PERSON_MAX)
    if await EVENT.next(draft, context, per_person=per_person):
        buttons = ("btn-event-default-reminders", "btn-event-no-reminders")
        await ask(update, context, person, "newevent-ask-reminders", *buttons)


@EVENT.step("reminders")
async def got_reminders(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the hours before the start to remind at: the default, none, or typed."""
    message = update.effective_message
    if pressed(message, "btn-event-default-reminders"):
        hours = list(DEFAULT_REMINDERS)
    elif pressed(message, "btn-event-no-reminders"):
        hours = []
    else:
        hours = reminder_hours((message.text or "") if message is not None else "")
    if await EVENT.next(draft, context, reminders=hours):
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


@EVENT.step("photo")
async def got_photo(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take a photo or poster, or Skip; then show the preview."""
    message = update.effective_message
    photo = message.photo[-1].file_id if message is not None and message.photo else None
    if photo is None and not pressed(message, "btn-skip"):
        await ask(update, context, person, "newevent-ask-photo", "btn-skip")
        return
    saved = await EVENT.next(draft, context, photo=photo)
    if saved is not None:
        await show_preview(update, context, person, saved)


def spec_of(draft: Draft) -> EventSpec:
    """Return the event the form describes."""
    return EventSpec.model_validate(draft.data)


async def show_preview(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
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
    rows = publish_rows("evn", draft, "btn-event-publish")
    if spec.photo:
        await context.bot.send_photo(chat_of(update), spec.photo)
    text = tr(context, person, "newevent-preview", **args).replace("\n\n", "\n")
    await send(update, context, text, inline(lang(context, person), rows))


class Made(NamedTuple):
    """What Publish made: its title, how many were told, and the button that manages it."""

    title: str
    told: int
    manage: Button


Preview = Callable[[Update, LinliContext, Actor, Draft], Awaitable[None]]
Make = Callable[[LinliContext, Actor, Draft], Awaitable[Made]]


def preview_and_publish(
    form: Form, prefix: str, preview: Preview, make: Make, *, published: str, manage: str
) -> ButtonHandler:
    """Register the preview step of /newevent or /newtask and return the handler of its
    Publish and Cancel (`<prefix>:pub|no:<draft>`).

    Both forms end alike, so the ending is written once: words typed at the preview show it
    again; Publish makes the event or task once (`make` passes the draft's id as the source
    key, so a double tap finds it made), says `published` with how many were told, and
    offers the button that manages what was made under `manage`.
    """

    @form.step("preview")
    async def typed_at_preview(
        update: Update, context: LinliContext, person: Actor, draft: Draft
    ) -> None:
        """Words where Publish was expected: show the preview again."""
        await preview(update, context, person, draft)

    @friendly
    async def on_publish(update: Update, context: LinliContext) -> None:
        """Publish on `<prefix>:pub:<draft>`, drop the form on `<prefix>:no:<draft>`."""
        person = await actor(update, context)
        draft = await to_publish(update, context, person, prefix, form.flow)
        if draft is None:
            return
        made = await make(context, person, draft)
        keyboard = main_menu(lang(context, person), person)
        await asyncio.gather(
            answer(update), say(update, context, person, published, keyboard, told=made.told)
        )
        buttons = inline(lang(context, person), [[made.manage]])
        await say(update, context, person, manage, buttons, title=made.title)

    return on_publish


async def make_event(context: LinliContext, person: Actor, draft: Draft) -> Made:
    """Make the event the form describes, once for this draft."""
    event, told = await context.services.event_desk.create(
        person.tg_id, spec_of(draft), source_key=f"draft:{draft.id}", close_draft=draft.id
    )
    return Made(event.title, told, Button(text="btn-event-manage", data=callbacks.manage(event.id)))


on_publish = preview_and_publish(
    EVENT,
    "evn",
    show_preview,
    make_event,
    published="newevent-published",
    manage="newevent-manage",
)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("newevent", new_event, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_publish, pattern=r"^evn:"),
]
