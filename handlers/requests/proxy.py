"""A request filed by staff for a resident without Telegram (a phone call, a visit).

A short form (flow "proxy", declared in `PROXY`): the resident's name, building (buttons),
unit, phone (those four steps are shared with the proxy wish, in handlers.proxy_common),
category (buttons), what they need, then Confirm. Confirm files with `source_key=draft:<id>`, so a double tap files once. The
filer owns the request, and its card says to phone the resident.
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import requests as callbacks
from bot.context import LinliContext
from bot.models.people import Actor
from bot.models.requests import NewRequest
from bot.models.work import Draft
from bot.services.requests.common import TEXT_MAX
from handlers.common import home, lang, say, send, staff_command
from handlers.form_kit import (
    alert,
    close_form,
    confirm_rows,
    draft_at,
    form_buttons,
    settle,
    show_choice,
)
from handlers.forms import Form, menu
from handlers.keyboards import inline
from handlers.proxy_common import ProxyIntake, person_fields, take
from handlers.requests.desk import detour
from handlers.requests.new import category_choice, category_keyboard
from handlers.requests.queue import card_markup, card_text

FLOW = "proxy"
PROXY = Form(FLOW, ["name", "building", "unit", "phone", "category", "description", "confirm"])


@staff_command
async def proxy_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Start a request for a resident without Telegram (/proxy), for staff."""
    await begin_proxy(update, context, person)


@menu("menu-proxy")
async def begin_proxy(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the form at the resident's name."""
    await INTAKE.begin(update, context, person)


async def ask_category(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Ask what the resident's request is about."""
    keyboard = await category_keyboard(context, person, callbacks.PROXY_FORM, draft)
    await say(update, context, person, "desk-proxy-ask-category", keyboard)


INTAKE = ProxyIntake(PROXY, "desk-proxy", ask_category, free_building=True)


@PROXY.step("category")
async def typed_at_category(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where a category was asked: point to the buttons again."""
    if await detour(update, context, person, draft):
        return
    await say(update, context, person, "desk-proxy-use-buttons")
    await ask_category(update, context, person, draft)


async def chose_category(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, code: str
) -> None:
    """Take the category pressed (re-checked on the server), then ask what is needed."""
    draft = await draft_at(context, person, FLOW, "category")
    if draft is None:
        await alert(query, context, person, "desk-proxy-closed")
        return
    data = await category_choice(context, code)
    await PROXY.next(draft, context, **data)
    chosen, ask = "desk-proxy-category-chosen", "desk-proxy-ask-description"
    await show_choice(update, context, person, query, chosen, ask, **data)


@PROXY.step("description")
async def got_description(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take what the resident needs, then show everything to confirm."""
    taken = await take(update, context, person, draft, TEXT_MAX, PROXY)
    if taken is not None:
        await show_summary(update, context, person, taken)


@PROXY.step("confirm")
async def typed_at_confirm(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where Confirm was expected: show the summary with its buttons again."""
    if not await detour(update, context, person, draft):
        await show_summary(update, context, person, draft)


async def show_summary(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show what will be filed, with Confirm and Cancel carrying the form's id."""
    keyboard = inline(lang(context, person), confirm_rows(callbacks.PROXY_FORM, draft))
    await say(update, context, person, "desk-proxy-summary", keyboard, **draft.data)


async def confirm(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """File the request once, close the form, and show the filer the card they now own."""
    draft = await draft_at(context, person, FLOW, "confirm", draft_id)
    if draft is None:
        await alert(query, context, person, "desk-proxy-closed")
        return
    data = person_fields(draft)
    request, created = await context.services.desk.file_proxy(
        person.tg_id,
        **data,
        new=NewRequest(
            category=str(draft.data.get("category")),
            description=str(draft.data.get("description") or ""),
        ),
        source_key=f"draft:{draft_id}",
    )
    await context.services.drafts.cancel(person.tg_id)
    await settle(query)
    key = "desk-proxy-filed" if created else "desk-proxy-already"
    await say(update, context, person, key, home(context, person), number=request.number, **data)
    view = await context.services.desk.view(person.tg_id, request.id)
    lng = lang(context, person)
    await send(update, context, card_text(context, lng, view), card_markup(lng, view))


async def cancel(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button (only the form it belongs to)."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.id != draft_id:
        await alert(query, context, person, "desk-proxy-closed")
        return
    await close_form(update, context, person, query)


on_proxy_button = form_buttons(
    callbacks.PROXY_FORM, chose_category, confirm, cancel, staff_only=True
)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("proxy", proxy_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_proxy_button, pattern=f"^{callbacks.PROXY_FORM}:"),
]
