"""A resident raises a topic (/topic or "🗳 Raise a topic"): words or a voice message, a photo
or Skip, their building or the whole community, whether neighbours may see their name, then a
preview with Confirm.

The form is a draft (flow "topic"), so a restart mid-form continues where it was. Confirm
raises with `source_key=draft:<id>` in the topic table: a double tap, or Telegram delivering
the press again, finds the topic raised already and never raises a second one.
"""

from __future__ import annotations

import asyncio

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import topics as callbacks
from bot.context import LinliContext
from bot.models.people import Actor
from bot.models.topics import NewTopic
from bot.models.work import Draft
from bot.services.consultation.topics import TEXT_MAX
from handlers.common import actor, drop_buttons_after, friendly, home, lang, quietly, say, tr
from handlers.form_kit import (
    alert,
    close_form,
    confirm_rows,
    form_buttons,
    left_by_menu,
    photo_or_skip,
    skip_keyboard,
    start_resident_form,
)
from handlers.forms import Form, ask, menu, need_text, pressed
from handlers.keyboards import cancel_only, inline

FLOW = "topic"
TOPIC = Form(FLOW, ["about", "photo", "where", "name", "preview"])


@friendly
async def topic_command(update: Update, context: LinliContext) -> None:
    """Start raising a topic (/topic)."""
    await begin_topic(update, context, await actor(update, context))


@menu("menu-new-topic")
async def begin_topic(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the topic form, or send an unregistered person to register first."""
    if await start_resident_form(update, context, person, TOPIC) is not None:
        await say(update, context, person, "topic-ask-about", cancel_only(lang(context, person)))


@TOPIC.step("about")
async def got_about(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take words or a voice message (its caption as words); anything else is asked again,
    and a main-menu button leaves the form."""
    if await left_by_menu(update, context, person):
        return
    message = update.effective_message
    voice = message.voice if message is not None else None
    if voice is None and (message is None or not message.text):
        await say(update, context, person, "topic-type-or-voice")
        return
    if voice is not None:
        caption = (message.caption or "").strip() if message is not None else ""
        if len(caption) > TEXT_MAX:
            await say(update, context, person, "error-text-long", max=TEXT_MAX)
            return
        data: dict[str, str | None] = {"voice": voice.file_id, "text": caption}
    else:
        text = await need_text(update, context, person, limit=TEXT_MAX)
        if text is None:
            return
        data = {"voice": None, "text": text}
    if await TOPIC.next(draft, context, **data):
        await say(update, context, person, "topic-ask-photo", skip_keyboard(context, person))


@TOPIC.step("photo")
async def got_photo(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take a photo or Skip, then ask where the topic applies."""
    done, photo = await photo_or_skip(update, context, person)
    if done and await TOPIC.next(draft, context, photo=photo):
        await ask_where(update, context, person)


def where_labels(context: LinliContext, person: Actor) -> dict[str, str | None]:
    """Return the two answers to "where" as shown, each with the building it stands for."""
    labels: dict[str, str | None] = {}
    if person.building:
        building = tr(context, person, "btn-topic-my-building", building=person.building)
        labels[building] = person.building
    labels[tr(context, person, "btn-topic-everyone")] = None
    return labels


async def ask_where(update: Update, context: LinliContext, person: Actor) -> None:
    """Ask whether it is about the resident's building or the whole community."""
    await ask(update, context, person, "topic-ask-where", *where_labels(context, person))


@TOPIC.step("where")
async def got_where(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take one of the two buttons; anything else points to them again."""
    message = update.effective_message
    labels = where_labels(context, person)
    chosen = message.text if message is not None else None
    if chosen not in labels:
        await say(update, context, person, "topic-use-where-buttons")
        await ask_where(update, context, person)
        return
    if await TOPIC.next(draft, context, building=labels[chosen]):
        await ask(update, context, person, "topic-ask-name", *NAME_BUTTONS)


NAME_BUTTONS = ("btn-topic-name-yes", "btn-topic-name-no")


@TOPIC.step("name")
async def got_name(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take Yes or No for showing the name, then show the preview."""
    message = update.effective_message
    answer = next((key for key in NAME_BUTTONS if pressed(message, key)), None)
    if answer is None:
        await say(update, context, person, "topic-use-name-buttons")
        await ask(update, context, person, "topic-ask-name", *NAME_BUTTONS)
        return
    moved = await TOPIC.next(draft, context, show_name=answer == "btn-topic-name-yes")
    if moved is not None:
        await show_preview(update, context, person, moved)


@TOPIC.step("preview")
async def typed_at_preview(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where Confirm was asked: point to the buttons and show the preview again."""
    await say(update, context, person, "topic-use-confirm")
    await show_preview(update, context, person, draft)


async def show_preview(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show the topic as it will be sent, with Confirm and Cancel carrying the form's id."""
    data = draft.data
    media = ("photo" if data.get("photo") else "") + ("voice" if data.get("voice") else "")
    args = {
        "text": str(data.get("text") or "🎤"),
        "media": {"photovoice": "both", "": "none"}.get(media, media),
        "building": data.get("building") or "all",
        "shown": "yes" if data.get("show_name") else "no",
    }
    rows = confirm_rows(callbacks.NEW_FORM, draft)
    await say(update, context, person, "topic-preview", inline(lang(context, person), rows), **args)


async def confirm(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Raise the topic once, close the form, and give its number."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.id != draft_id or (draft.flow, draft.step) != (FLOW, "preview"):
        await form_gone(update, context, person, query, draft_id)
        return
    data = draft.data
    new = NewTopic(
        text=str(data.get("text") or ""),
        voice_file_id=data.get("voice"),
        photo=data.get("photo"),
        building=data.get("building"),
        show_name=bool(data.get("show_name")),
    )
    topic = await context.services.topics.raise_topic(
        person.tg_id, new=new, source_key=f"draft:{draft_id}", close_draft=draft_id
    )
    await asyncio.gather(
        quietly(query.answer()),
        say(update, context, person, "topic-raised", home(context, person), number=topic.number),
    )
    drop_buttons_after(context, query)


async def form_gone(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Answer a press on a form that is not open: raised already, or closed."""
    raised = await context.services.topics.from_form(person.tg_id, f"draft:{draft_id}")
    if raised is None:
        await alert(query, context, person, "topic-form-closed")
        return
    await quietly(query.answer())
    keyboard = home(context, person)
    await say(update, context, person, "topic-already-raised", keyboard, number=raised.number)


async def cancel(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button (only the form it belongs to)."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.id != draft_id:
        await form_gone(update, context, person, query, draft_id)
        return
    await close_form(update, context, person, query)


async def no_category(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, code: str
) -> None:
    """A topic has no categories: a `tn:cat:` press is forged."""
    await alert(query, context, person, "error-too-old")


on_new_button = form_buttons(callbacks.NEW_FORM, no_category, confirm, cancel)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("topic", topic_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_new_button, pattern=f"^{callbacks.NEW_FORM}:"),
]
