"""A new wish (/wish): category buttons, words or voice, an optional photo, by when, whether
helpers may see the building, then Confirm.

The form is a draft (flow "wish"), so a restart mid-form continues where it was. Confirm files
with `source_key=wish-draft:<id>`: a double tap finds the wish already made.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from telegram import CallbackQuery, InlineKeyboardMarkup, ReplyKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.clock import local_day
from bot.context import LinliContext
from bot.errors import DomainError, InvalidInput
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.wishes import CATEGORIES, NewWish
from bot.models.work import Draft
from bot.services.dates import read_time
from bot.services.wishes.common import TEXT_MAX
from handlers.common import actor, friendly, home, lang, quietly, say, tr
from handlers.form_kit import (
    alert,
    confirm_rows,
    draft_at,
    form_buttons,
    left_by_menu,
    photo_or_skip,
    show_choice,
    skip_keyboard,
    start_resident_form,
)
from handlers.forms import Form, menu, need_text, pressed
from handlers.keyboards import choices, inline

FLOW = "wish"
WISH = Form(FLOW, ["category", "text", "photo", "when", "building", "confirm"])


def category_rows(context: LinliContext, person: Actor, prefix: str) -> list[list[Button]]:
    """Return the wish categories as big buttons (`<prefix>:cat:<code>`), two a row."""
    buttons = [
        Button(text=tr(context, person, "wish-category", category=c), data=f"{prefix}:cat:{c}")
        for c in CATEGORIES
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def wish_category_keyboard(
    context: LinliContext, person: Actor, prefix: str, draft: Draft
) -> InlineKeyboardMarkup:
    """Return the category buttons with Cancel (`<prefix>:no:<draft>`) below, for the wish
    form and the proxy wish form alike."""
    rows = category_rows(context, person, prefix)
    rows.append([Button(text="btn-cancel", data=f"{prefix}:no:{draft.id}")])
    return inline(lang(context, person), rows)


@friendly
async def wish_command(update: Update, context: LinliContext) -> None:
    """Start a new wish (/wish)."""
    await begin_wish(update, context, await actor(update, context))


@menu("menu-wish")
async def begin_wish(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the wish form at the category, or send an unregistered person to register."""
    draft = await start_resident_form(update, context, person, WISH)
    if draft is None:
        return
    if not await context.services.wishes.mine(person.tg_id):
        await say(update, context, person, "wish-what-is")  # a first wish: what one is
    await ask_category(update, context, person, draft)


async def ask_category(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Ask what the wish is about."""
    keyboard = wish_category_keyboard(context, person, "wf", draft)
    await say(update, context, person, "wish-ask-category", keyboard)


@WISH.step("category")
async def typed_at_category(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where a category was asked: a menu button leaves; else point to the buttons."""
    if await left_by_menu(update, context, person):
        return
    await say(update, context, person, "wish-building-use-buttons")
    await ask_category(update, context, person, draft)


async def chose_category(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, code: str
) -> None:
    """Take the category pressed (re-checked here), then ask for the wish."""
    draft = await draft_at(context, person, FLOW, "category")
    if draft is None:
        await alert(query, context, person, "wish-form-closed")
        return
    if code not in CATEGORIES:
        raise InvalidInput("error-unknown-category")
    await WISH.next(draft, context, category=code)
    await show_choice(
        update, context, person, query, "wish-category-chosen", "wish-ask-text", category=code
    )


@WISH.step("text")
async def got_text(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take words or a voice message; anything else gets a kind word and the form goes on."""
    message = update.effective_message
    voice = message.voice if message is not None else None
    data: dict[str, str | None]
    if voice is not None and message is not None:
        data = {"voice": voice.file_id, "text": (message.caption or "").strip()[:TEXT_MAX]}
    elif message is not None and message.text:
        text = await need_text(update, context, person, limit=TEXT_MAX)
        if text is None:
            return
        data = {"voice": None, "text": text}
    else:
        await say(update, context, person, "wish-type-or-voice")
        return
    if await WISH.next(draft, context, photo=None, **data):
        await say(update, context, person, "wish-ask-photo", skip_keyboard(context, person))


@WISH.step("photo")
async def got_photo(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Keep the photo's largest size, or go on without one."""
    taken, photo = await photo_or_skip(update, context, person)
    if taken and await WISH.next(draft, context, photo=photo):
        keyboard = choices(lang(context, person), [tr(context, person, "btn-wish-no-date")])
        await say(update, context, person, "wish-ask-when", keyboard)


@WISH.step("when")
async def got_when(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Read a date in the community's time zone (English or Chinese words), or no date."""
    message = update.effective_message
    by_when: datetime | None = None
    if not pressed(message, "btn-wish-no-date"):
        text = await need_text(update, context, person, limit=100)
        if text is None:
            return
        found = read_time(
            text, context.services.env.settings.zone, context.services.env.clock.now()
        )
        if found is None:
            await say(update, context, person, "wish-date-unreadable")
            return
        try:
            by_when = context.services.wishes.check_date(found)
        except InvalidInput as error:
            await say(update, context, person, error.key)
            return
    stored = by_when.isoformat() if by_when is not None else None
    if await WISH.next(draft, context, by_when=stored):
        await say(update, context, person, "wish-ask-building", building_keyboard(context, person))


def building_keyboard(context: LinliContext, person: Actor) -> ReplyKeyboardMarkup:
    """Return [Yes, show my building] [No, keep it hidden] [Cancel]."""
    labels = [
        tr(context, person, "btn-wish-show-building"),
        tr(context, person, "btn-wish-hide-building"),
    ]
    return choices(lang(context, person), labels, columns=1)


@WISH.step("building")
async def got_building(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take yes or no, then show the summary to confirm."""
    message = update.effective_message
    if not pressed(message, "btn-wish-show-building") and not pressed(
        message, "btn-wish-hide-building"
    ):
        keyboard = building_keyboard(context, person)
        await say(update, context, person, "wish-building-use-buttons", keyboard)
        return
    show = pressed(message, "btn-wish-show-building")
    draft = await WISH.next(draft, context, show_building=show) or draft
    await show_summary(update, context, person, draft)


@WISH.step("confirm")
async def typed_at_confirm(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where Confirm was expected: show the summary again."""
    await show_summary(update, context, person, draft)


def _by_when(draft: Draft) -> datetime | None:
    value = draft.data.get("by_when")
    return datetime.fromisoformat(value) if isinstance(value, str) else None


async def show_summary(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show what will be sent, with Confirm and Cancel carrying the form's id."""
    data = draft.data
    yes, no = (
        tr(context, person, "btn-wish-show-building"),
        tr(context, person, "btn-wish-hide-building"),
    )
    args = {
        "category": data.get("category"),
        "text": data.get("text") or "—",
        "voice": "yes" if data.get("voice") else "no",
        "photo": "✓" if data.get("photo") else "—",
        "by_when": local_day(_by_when(draft), context.services.env.settings.zone),
        "show_building": yes if data.get("show_building") else no,
    }
    keyboard = inline(lang(context, person), confirm_rows("wf", draft))
    await say(update, context, person, "wish-summary", keyboard, **args)


async def confirm(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """File the wish once and close the form."""
    draft = await context.services.drafts.get(person.tg_id)
    key = f"wish-draft:{draft_id}"
    if draft is None or draft.id != draft_id or (draft.flow, draft.step) != (FLOW, "confirm"):
        filed = await context.services.wishes.from_source(person.tg_id, key)
        await quietly(query.answer())
        if filed is None:
            await say(update, context, person, "wish-form-closed")
        else:
            await say(update, context, person, "wish-already-sent", number=filed.number)
        return
    data = draft.data
    new = NewWish(
        category=str(data.get("category")),
        text=str(data.get("text") or ""),
        voice_file_id=data.get("voice"),
        photo=data.get("photo"),
        by_when=_by_when(draft),
        show_building=bool(data.get("show_building")),
    )
    try:
        wish, created = await context.services.wishes.file(
            person.tg_id, new=new, source_key=key, close_draft=draft_id
        )
    except DomainError:
        await context.services.drafts.cancel(person.tg_id)
        raise
    reply = "wish-filed" if created else "wish-already-sent"
    await asyncio.gather(
        quietly(query.answer()),
        quietly(query.edit_message_reply_markup(None)),
        say(update, context, person, reply, home(context, person), number=wish.number),
    )


async def cancel(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button (only the form it belongs to)."""
    draft = await context.services.drafts.get(person.tg_id)
    await quietly(query.answer())
    if draft is None or draft.id != draft_id:
        await say(update, context, person, "wish-form-closed")
        return
    await context.services.drafts.cancel(person.tg_id)
    await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "form-cancelled", home(context, person))


on_form_button = form_buttons("wf", chose_category, confirm, cancel)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("wish", wish_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_form_button, pattern=r"^wf:"),
]
