"""A request filed by staff for a resident without Telegram (a phone call, a visit).

A short form (flow "proxy"): the resident's name, building (buttons), unit, phone, category
(buttons), what they need, then Confirm. Confirm files with `source_key=draft:<id>`, so a
double tap files once. The filer owns the request, and its card says to phone the resident.
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.errors import InvalidInput, NotAllowed
from bot.models import Button, Draft, Person
from bot.services.people import NAME_MAX, UNIT_MAX
from bot.services.request_common import TEXT_MAX
from handlers.common import actor, callback_parts, friendly, int_or_none, lang, say, tr
from handlers.desk import detour
from handlers.forms import menu, need_text, step
from handlers.keyboards import cancel_only, choices, inline
from handlers.queue import card_markup, card_text, chat_of
from handlers.requests import category_keyboard, home, quietly, send

FLOW = "proxy"
BUILDING_MAX = 40
PHONE_MAX = 32


@friendly
async def proxy_command(update: Update, context: LinliContext) -> None:
    """Start a request for a resident without Telegram (/proxy), for staff."""
    await begin_proxy(update, context, await actor(update, context))


@menu("menu-proxy")
async def begin_proxy(update: Update, context: LinliContext, person: Person) -> None:
    """Open the form at the resident's name."""
    if not person.role.is_staff:
        raise NotAllowed()
    await context.services.drafts.start(person.tg_id or 0, FLOW, "name", chat=chat_of(update))
    await say(update, context, person, "desk-proxy-ask-name", cancel_only(lang(context, person)))


async def typed(
    update: Update, context: LinliContext, person: Person, draft: Draft, limit: int
) -> str | None:
    """Return the text typed for this step, or None when it was not for the form."""
    if await detour(update, context, person, draft):
        return None
    return await need_text(update, context, person, limit=limit)


@step(FLOW, "name")
async def got_name(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the name, then ask for the building."""
    name = await typed(update, context, person, draft, NAME_MAX)
    if name is None:
        return
    await context.services.drafts.advance(draft, "building", name=name)
    buildings = [b.name for b in await context.services.community.buildings()]
    key = "desk-proxy-ask-building" if buildings else "desk-proxy-ask-building-free"
    await say(update, context, person, key, choices(lang(context, person), buildings))


@step(FLOW, "building")
async def got_building(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take a building from the list (or free text while none are set up)."""
    text = await typed(update, context, person, draft, BUILDING_MAX)
    if text is None:
        return
    known = [b.name for b in await context.services.community.buildings()]
    if known and text not in known:
        keyboard = choices(lang(context, person), known)
        await say(update, context, person, "error-unknown-building", keyboard)
        return
    await context.services.drafts.advance(draft, "unit", building=text)
    await say(update, context, person, "desk-proxy-ask-unit", cancel_only(lang(context, person)))


@step(FLOW, "unit")
async def got_unit(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the unit, then ask for the phone number."""
    unit = await typed(update, context, person, draft, UNIT_MAX)
    if unit is None:
        return
    await context.services.drafts.advance(draft, "phone", unit=unit)
    await say(update, context, person, "desk-proxy-ask-phone", cancel_only(lang(context, person)))


@step(FLOW, "phone")
async def got_phone(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take a typed phone number (it must have digits), then offer the categories."""
    phone = await typed(update, context, person, draft, PHONE_MAX)
    if phone is None:
        return
    if not any(c.isdigit() for c in phone):
        await say(update, context, person, "desk-proxy-phone-invalid")
        return
    draft = await context.services.drafts.advance(draft, "category", phone=phone) or draft
    await ask_category(update, context, person, draft)


async def ask_category(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Ask what the resident's request is about."""
    keyboard = await category_keyboard(context, person, "px", draft)
    await say(update, context, person, "desk-proxy-ask-category", keyboard)


@step(FLOW, "category")
async def typed_at_category(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Words where a category was asked: point to the buttons again."""
    if await detour(update, context, person, draft):
        return
    await say(update, context, person, "desk-proxy-use-buttons")
    await ask_category(update, context, person, draft)


async def chose_category(
    update: Update, context: LinliContext, person: Person, query: CallbackQuery, code: str
) -> None:
    """Take the category pressed (re-checked on the server), then ask what is needed."""
    draft = await context.services.drafts.get(person.tg_id or 0)
    if draft is None or draft.flow != FLOW or draft.step != "category":
        await quietly(query.answer(tr(context, person, "desk-proxy-closed"), show_alert=True))
        return
    category = await context.services.community.category(code)
    if not category.active:
        raise InvalidInput("error-unknown-category")
    data = {"category": code, "category_label": category.label or code}
    await context.services.drafts.advance(draft, "description", **data)
    await quietly(query.answer())
    await quietly(
        query.edit_message_text(tr(context, person, "desk-proxy-category-chosen", **data))
    )
    keyboard = cancel_only(lang(context, person))
    await say(update, context, person, "desk-proxy-ask-description", keyboard)


@step(FLOW, "description")
async def got_description(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Take what the resident needs, then show everything to confirm."""
    text = await typed(update, context, person, draft, TEXT_MAX)
    if text is None:
        return
    draft = await context.services.drafts.advance(draft, "confirm", description=text) or draft
    await show_summary(update, context, person, draft)


@step(FLOW, "confirm")
async def typed_at_confirm(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Words where Confirm was expected: show the summary with its buttons again."""
    if not await detour(update, context, person, draft):
        await show_summary(update, context, person, draft)


async def show_summary(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Show what will be filed, with Confirm and Cancel carrying the form's id."""
    buttons = [
        [
            Button(text="btn-confirm", data=f"px:ok:{draft.id}"),
            Button(text="btn-cancel", data=f"px:no:{draft.id}"),
        ]
    ]
    keyboard = inline(lang(context, person), buttons)
    await say(update, context, person, "desk-proxy-summary", keyboard, **draft.data)


async def confirm(
    update: Update, context: LinliContext, person: Person, query: CallbackQuery, draft_id: int
) -> None:
    """File the request once, close the form, and show the filer the card they now own."""
    draft = await context.services.drafts.get(person.tg_id or 0)
    if draft is None or draft.id != draft_id or (draft.flow, draft.step) != (FLOW, "confirm"):
        await quietly(query.answer(tr(context, person, "desk-proxy-closed"), show_alert=True))
        return
    data = {k: str(draft.data.get(k) or "") for k in ("name", "building", "unit", "phone")}
    request, created = await context.services.desk.file_proxy(
        person.tg_id or 0,
        **data,
        category=str(draft.data.get("category")),
        description=str(draft.data.get("description") or ""),
        source_key=f"draft:{draft_id}",
    )
    await context.services.drafts.cancel(person.tg_id or 0)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    key = "desk-proxy-filed" if created else "desk-proxy-already"
    await say(update, context, person, key, home(context, person), number=request.number, **data)
    view = await context.services.desk.view(person.tg_id or 0, request.id)
    lng = lang(context, person)
    await send(update, context, card_text(context, lng, view), card_markup(lng, view))


async def cancel(
    update: Update, context: LinliContext, person: Person, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button (only the form it belongs to)."""
    draft = await context.services.drafts.get(person.tg_id or 0)
    if draft is None or draft.id != draft_id:
        await quietly(query.answer(tr(context, person, "desk-proxy-closed"), show_alert=True))
        return
    await context.services.drafts.cancel(person.tg_id or 0)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "form-cancelled", home(context, person))


@friendly
async def on_proxy_button(update: Update, context: LinliContext) -> None:
    """Route `px:cat:<code>`, `px:ok:<draft>` and `px:no:<draft>`; forged data is refused."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    if not person.role.is_staff:
        raise NotAllowed()
    parts = callback_parts(update, "px", 3)
    draft_id = int_or_none(parts[2]) if parts is not None else None
    if parts is not None and parts[1] == "cat":
        await chose_category(update, context, person, query, parts[2])
    elif parts is not None and draft_id is not None and parts[1] in ("ok", "no"):
        await (confirm if parts[1] == "ok" else cancel)(update, context, person, query, draft_id)
    else:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("proxy", proxy_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_proxy_button, pattern=r"^px:"),
]
