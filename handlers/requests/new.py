"""A new request: category buttons, words or voice, photos and location, then Confirm.

The form is a draft (flow "request"), so a restart mid-form continues where it was. Confirm
files with `source_key=draft:<id>`: a double tap, or Telegram delivering the press again,
finds the request already made and never makes a second one.
"""

from __future__ import annotations

import asyncio

from telegram import (
    CallbackQuery,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import requests as callbacks
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.requests import NewRequest
from bot.models.work import Draft
from bot.services.requests.common import TEXT_MAX
from handlers.common import actor, drop_buttons_after, friendly, home, lang, quietly, say, tr
from handlers.form_kit import (
    alert,
    close_form,
    confirm_rows,
    draft_at,
    form_buttons,
    left_by_menu,
    show_choice,
    start_resident_form,
)
from handlers.forms import Form, menu, need_text, pressed
from handlers.keyboards import inline

FLOW = "request"
REQUEST = Form(FLOW, ["category", "description", "extras"])
MAX_PHOTOS = 5


def category_args(code: str, labels: dict[str, str]) -> dict[str, str]:
    """Return the placeholders of the catalog's `category-name`."""
    return {"category": code, "category_label": labels.get(code, code)}


async def category_labels(context: LinliContext) -> dict[str, str]:
    """Return the label of each category (custom categories have no catalog name)."""
    return {c.code: c.label or c.code for c in await context.services.community.categories()}


async def category_choice(context: LinliContext, code: str) -> dict[str, str]:
    """Return the draft fields of a pressed category, re-checked on the server: a press may be
    forged or older than the category's closing."""
    category = await context.services.community.category(code)
    if not category.active:
        raise InvalidInput("error-unknown-category")
    return {"category": code, "category_label": category.label or code}


# ---- the form -----------------------------------------------------------------------------


@friendly
async def request_command(update: Update, context: LinliContext) -> None:
    """Start a new request (/request)."""
    await begin_request(update, context, await actor(update, context))


@menu("menu-new-request")
async def begin_request(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the request form at the category, or send an unregistered person to register."""
    draft = await start_resident_form(update, context, person, REQUEST)
    if draft is not None:
        await ask_category(update, context, person, draft)


async def category_keyboard(
    context: LinliContext, person: Actor, prefix: str, draft: Draft
) -> InlineKeyboardMarkup:
    """Return the categories as big buttons (`<prefix>:cat:<code>`), with Cancel below."""
    labels = await category_labels(context)
    rows = [
        [
            Button(
                text=tr(context, person, "category-name", **category_args(code, labels)),
                data=callbacks.form_category(prefix, code),
            )
        ]
        for code in labels
    ]
    rows.append([Button(text="btn-cancel", data=callbacks.form_cancel(prefix, draft.id))])
    return inline(lang(context, person), rows)


async def ask_category(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Ask what the request is about."""
    keyboard = await category_keyboard(context, person, callbacks.NEW_FORM, draft)
    await say(update, context, person, "request-ask-category", keyboard)


@REQUEST.step("category")
async def typed_at_category(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where a category was asked: a main-menu button leaves the form (the menu is still
    shown under the category buttons); anything else points to the buttons again."""
    if await left_by_menu(update, context, person):
        return
    await say(update, context, person, "request-use-buttons")
    await ask_category(update, context, person, draft)


async def chose_category(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, code: str
) -> None:
    """Take the category pressed (re-checked on the server), then ask for the description."""
    draft = await draft_at(context, person, FLOW, "category")
    if draft is None:
        await query.answer(tr(context, person, "request-form-closed"), show_alert=True)
        return
    data = await category_choice(context, code)
    if not await REQUEST.next(draft, context, **data):
        await query.answer(tr(context, person, "request-form-closed"), show_alert=True)
        return
    chosen, ask = "request-category-chosen", "request-ask-description"
    await show_choice(update, context, person, query, chosen, ask, **data)


@REQUEST.step("description")
async def got_description(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take words or a voice message; anything else gets a kind word and the form goes on."""
    message = update.effective_message
    voice = message.voice if message is not None else None
    if voice is None and (message is None or not message.text):
        await say(update, context, person, "request-type-or-voice")
        return
    data: dict[str, str | None]
    if voice is not None:
        data = {"voice": voice.file_id, "description": (message.caption or "") if message else ""}
    else:
        text = await need_text(update, context, person, limit=TEXT_MAX)
        if text is None:
            return
        data = {"voice": None, "description": text}
    if await REQUEST.next(draft, context, photos=[], location=None, **data):
        keyboard = extras_keyboard(context, person)
        await say(update, context, person, "request-ask-extras", keyboard, max=MAX_PHOTOS)


def extras_keyboard(context: LinliContext, person: Actor) -> ReplyKeyboardMarkup:
    """Return [📍 Share location] [✅ Done] [✖️ Cancel]."""
    return ReplyKeyboardMarkup(
        [
            [KeyboardButton(tr(context, person, "btn-share-location"), request_location=True)],
            [tr(context, person, "btn-done")],
            [tr(context, person, "btn-cancel")],
        ],
        resize_keyboard=True,
    )


@REQUEST.step("extras")
async def got_extra(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add a photo (up to five) or the location; Done shows the summary to confirm."""
    message = update.effective_message
    if message is not None and message.photo:
        await add_photo(update, context, person, draft, message)
    elif message is not None and message.location:
        location = [message.location.latitude, message.location.longitude]
        await REQUEST.stay(draft, context, location=location)
        await say(update, context, person, "request-location-added")
    elif pressed(message, "btn-done"):
        await show_summary(update, context, person, draft)
    else:
        await say(update, context, person, "request-extras-hint", extras_keyboard(context, person))


async def add_photo(
    update: Update, context: LinliContext, person: Actor, draft: Draft, message: Message
) -> None:
    """Keep the photo's largest size; a caption is added to the description when it fits."""
    photos = list(draft.data.get("photos") or [])
    if len(photos) >= MAX_PHOTOS:
        await say(update, context, person, "request-photos-full", max=MAX_PHOTOS)
        return
    photos.append(message.photo[-1].file_id)
    description = str(draft.data.get("description") or "")
    caption = (message.caption or "").strip()
    if caption and len(description) + len(caption) + 1 <= TEXT_MAX:
        description = f"{description}\n{caption}".strip()
    await REQUEST.stay(draft, context, photos=photos, description=description)
    await say(update, context, person, "request-photo-added", count=len(photos), max=MAX_PHOTOS)


async def show_summary(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show what will be sent, with Confirm and Cancel carrying the form's id."""
    data = draft.data
    voice_note = tr(context, person, "request-voice-note") if data.get("voice") else ""
    description = "\n".join(p for p in (str(data.get("description") or ""), voice_note) if p)
    buttons = confirm_rows(callbacks.NEW_FORM, draft)
    args = {
        "description": description,
        "photos": len(data.get("photos") or []),
        "location": "yes" if data.get("location") else "no",
        "category": data.get("category"),
        "category_label": data.get("category_label"),
    }
    await say(
        update, context, person, "request-summary", inline(lang(context, person), buttons), **args
    )


async def confirm(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """File the request once, close the form, and give the number and the answer time."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.id != draft_id or draft.flow != FLOW:
        await form_gone(update, context, person, query, draft_id)
        return
    data = draft.data
    location = data.get("location")
    new = NewRequest(
        category=str(data.get("category")),
        description=str(data.get("description") or ""),
        voice_file_id=data.get("voice"),
        photos=tuple(data.get("photos") or ()),
        location=(float(location[0]), float(location[1])) if location else None,
    )
    request, created = await context.services.requests.file(
        person.tg_id, new=new, source_key=f"draft:{draft_id}", close_draft=draft_id
    )
    hours = round((request.due_at - request.created_at).total_seconds() / 3600)
    key = "request-filed" if created else "request-already-sent"
    # The number is what the resident waits for: it goes first, with the press answered at
    # once (not a counted call); the summary's buttons go after it, on their own.
    await asyncio.gather(
        quietly(query.answer()),
        say(
            update, context, person, key, home(context, person), number=request.number, hours=hours
        ),
    )
    drop_buttons_after(context, query)


async def form_gone(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Answer a press on a form that is not open: already filed, or closed."""
    filed = await context.services.requests.from_source(person.tg_id, f"draft:{draft_id}")
    if filed is None:
        await alert(query, context, person, "request-form-closed")
        return
    await quietly(query.answer())
    keyboard = home(context, person)
    await say(update, context, person, "request-already-sent", keyboard, number=filed.number)


async def cancel(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button (only the form it belongs to)."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.id != draft_id:
        await form_gone(update, context, person, query, draft_id)
        return
    await close_form(update, context, person, query)


on_new_button = form_buttons(callbacks.NEW_FORM, chose_category, confirm, cancel)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("request", request_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_new_button, pattern=f"^{callbacks.NEW_FORM}:"),
]
