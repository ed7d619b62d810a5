"""A wish filed by staff for a resident without Telegram (/proxywish), with a consent note.

A short form (flow "wish-proxy"): name, building, unit, phone, how they agreed, category
(buttons), the wish, then Confirm. The resident is entered as a proxy person, as for proxy
requests; the wish goes to review like any other, and staff answer "did it come true?".
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.errors import NotAllowed
from bot.models import Button, Draft, Person
from bot.services.people import NAME_MAX, UNIT_MAX
from bot.services.wish_common import REASON_MAX, TEXT_MAX
from bot.wish_models import CATEGORIES
from handlers.common import actor, callback_parts, friendly, int_or_none, lang, say, tr
from handlers.forms import step
from handlers.keyboards import cancel_only, choices, inline
from handlers.proxy import typed
from handlers.queue import chat_of
from handlers.requests import home, quietly
from handlers.wishes import category_rows

FLOW = "wish-proxy"
# step -> (limit, next step, question)
TEXT_STEPS = {
    "name": (NAME_MAX, "building", "wish-proxy-ask-building"),
    "building": (40, "unit", "wish-proxy-ask-unit"),
    "unit": (UNIT_MAX, "phone", "wish-proxy-ask-phone"),
    "phone": (32, "consent", "wish-proxy-ask-consent"),
    "consent": (REASON_MAX, "category", "wish-proxy-ask-category"),
}


@friendly
async def proxy_wish_command(update: Update, context: LinliContext) -> None:
    """Start a wish for a resident without Telegram (/proxywish), for staff."""
    person = await actor(update, context)
    if not person.role.is_staff:
        raise NotAllowed()
    await context.services.drafts.start(person.tg_id or 0, FLOW, "name", chat=chat_of(update))
    await say(update, context, person, "wish-proxy-ask-name", cancel_only(lang(context, person)))


async def got_field(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the name, building, unit, phone or consent note, then ask the next question."""
    limit, following, question = TEXT_STEPS[draft.step]
    text = await typed(update, context, person, draft, limit)
    if text is None:
        return
    buildings = [b.name for b in await context.services.community.buildings()]
    if draft.step == "building" and buildings and text not in buildings:
        await say(
            update,
            context,
            person,
            "error-unknown-building",
            choices(lang(context, person), buildings),
        )
        return
    if draft.step == "phone" and not any(c.isdigit() for c in text):
        await say(update, context, person, "wish-proxy-phone-invalid")
        return
    draft = await context.services.drafts.advance(draft, following, **{draft.step: text}) or draft
    if following == "category":
        rows = category_rows(context, person, "wp")
        rows.append([Button(text="btn-cancel", data=f"wp:no:{draft.id}")])
        await say(update, context, person, question, inline(lang(context, person), rows))
    elif following == "building":
        await say(update, context, person, question, choices(lang(context, person), buildings))
    else:
        await say(update, context, person, question, cancel_only(lang(context, person)))


for _name in TEXT_STEPS:
    step(FLOW, _name)(got_field)


async def chose_category(
    update: Update, context: LinliContext, person: Person, query: CallbackQuery, code: str
) -> None:
    """Take the category, then ask for the wish."""
    draft = await context.services.drafts.get(person.tg_id or 0)
    if draft is None or (draft.flow, draft.step) != (FLOW, "category") or code not in CATEGORIES:
        await quietly(query.answer(tr(context, person, "wish-form-closed"), show_alert=True))
        return
    await context.services.drafts.advance(draft, "text", category=code)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "wish-proxy-ask-text", cancel_only(lang(context, person)))


@step(FLOW, "text")
async def got_text(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Take the wish, then show everything to confirm."""
    text = await typed(update, context, person, draft, TEXT_MAX)
    if text is None:
        return
    draft = await context.services.drafts.advance(draft, "confirm", text=text) or draft
    await show_summary(update, context, person, draft)


@step(FLOW, "confirm")
async def typed_at_confirm(
    update: Update, context: LinliContext, person: Person, draft: Draft
) -> None:
    """Words where Confirm was expected: show the summary again."""
    await show_summary(update, context, person, draft)


async def show_summary(update: Update, context: LinliContext, person: Person, draft: Draft) -> None:
    """Show what will be filed, with Confirm and Cancel carrying the form's id."""
    rows = [
        [
            Button(text="btn-confirm", data=f"wp:ok:{draft.id}"),
            Button(text="btn-cancel", data=f"wp:no:{draft.id}"),
        ]
    ]
    args = {
        k: str(draft.data.get(k) or "—")
        for k in ("name", "building", "unit", "phone", "consent", "category", "text")
    }
    await say(
        update, context, person, "wish-proxy-summary", inline(lang(context, person), rows), **args
    )


async def confirm(
    update: Update, context: LinliContext, person: Person, query: CallbackQuery, draft_id: int
) -> None:
    """File the wish once and close the form."""
    draft = await context.services.drafts.get(person.tg_id or 0)
    if draft is None or draft.id != draft_id or (draft.flow, draft.step) != (FLOW, "confirm"):
        await quietly(query.answer(tr(context, person, "wish-form-closed"), show_alert=True))
        return
    data = {k: str(draft.data.get(k) or "") for k in ("name", "building", "unit", "phone")}
    wish, _ = await context.services.wish_desk.file_proxy(
        person.tg_id or 0,
        name=data["name"],
        building=data["building"],
        unit=data["unit"],
        phone=data["phone"],
        consent_note=str(draft.data.get("consent") or ""),
        category=str(draft.data.get("category")),
        text=str(draft.data.get("text") or ""),
        source_key=f"wish-proxy:{draft_id}",
    )
    await context.services.drafts.cancel(person.tg_id or 0)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await say(
        update,
        context,
        person,
        "wish-proxy-filed",
        home(context, person),
        number=wish.number,
        name=data["name"],
    )


async def cancel(
    update: Update, context: LinliContext, person: Person, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button."""
    draft = await context.services.drafts.get(person.tg_id or 0)
    await quietly(query.answer())
    if draft is not None and draft.id == draft_id:
        await context.services.drafts.cancel(person.tg_id or 0)
        await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "form-cancelled", home(context, person))


@friendly
async def on_proxy_button(update: Update, context: LinliContext) -> None:
    """Route `wp:cat:<code>`, `wp:ok:<draft>`, `wp:no:<draft>`; only staff."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    if not person.role.is_staff:
        raise NotAllowed()
    parts = callback_parts(update, "wp", 3)
    draft_id = int_or_none(parts[2]) if parts is not None else None
    if parts is not None and parts[1] == "cat":
        await chose_category(update, context, person, query, parts[2])
    elif parts is not None and draft_id is not None and parts[1] in ("ok", "no"):
        await (confirm if parts[1] == "ok" else cancel)(update, context, person, query, draft_id)
    else:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("proxywish", proxy_wish_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_proxy_button, pattern=r"^wp:"),
]
