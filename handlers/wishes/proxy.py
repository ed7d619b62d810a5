"""A wish filed by staff for a resident without Telegram (/proxywish), with a consent note.

A short form (flow "wish-proxy", declared in `WISH_PROXY`): name, building, unit, phone (those
four steps are shared with the proxy request, in handlers.proxy_common), how they agreed,
category (buttons), the wish, then Confirm. The resident is entered as a proxy person, as for proxy requests; the wish
goes to review like any other, and staff answer "did it come true?".
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import LinliContext
from bot.models.people import Actor
from bot.models.wishes import CATEGORIES, NewWish
from bot.models.work import Draft
from bot.services.wishes.common import REASON_MAX, TEXT_MAX
from handlers.common import home, lang, quietly, say, staff_command
from handlers.form_kit import alert, confirm_rows, draft_at, form_buttons, settle
from handlers.forms import Form
from handlers.keyboards import cancel_only, inline
from handlers.proxy_common import ProxyIntake, person_fields, take
from handlers.wishes.new import wish_category_keyboard

FLOW = "wish-proxy"
WISH_PROXY = Form(
    FLOW, ["name", "building", "unit", "phone", "consent", "category", "text", "confirm"]
)


@staff_command
async def proxy_wish_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Start a wish for a resident without Telegram (/proxywish), for staff."""
    await INTAKE.begin(update, context, person)


async def ask_consent(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Ask how the resident agreed to the wish being filed for them."""
    keyboard = cancel_only(lang(context, person))
    await say(update, context, person, "wish-proxy-ask-consent", keyboard)


INTAKE = ProxyIntake(WISH_PROXY, "wish-proxy", ask_consent, free_building=False)


@WISH_PROXY.step("consent")
async def got_consent(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the consent note, then offer the categories."""
    taken = await take(update, context, person, draft, REASON_MAX, WISH_PROXY)
    if taken is None:
        return
    keyboard = wish_category_keyboard(context, person, "wp", taken)
    await say(update, context, person, "wish-proxy-ask-category", keyboard)


@WISH_PROXY.step("category")
async def typed_at_category(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where a category was asked: point to the buttons again; the form stays open."""
    await say(update, context, person, "wish-building-use-buttons")
    keyboard = wish_category_keyboard(context, person, "wp", draft)
    await say(update, context, person, "wish-proxy-ask-category", keyboard)


async def chose_category(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, code: str
) -> None:
    """Take the category, then ask for the wish."""
    draft = await draft_at(context, person, FLOW, "category")
    if draft is None or code not in CATEGORIES:
        await alert(query, context, person, "wish-form-closed")
        return
    await WISH_PROXY.next(draft, context, category=code)
    await settle(query)
    await say(update, context, person, "wish-proxy-ask-text", cancel_only(lang(context, person)))


@WISH_PROXY.step("text")
async def got_text(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the wish, then show everything to confirm."""
    taken = await take(update, context, person, draft, TEXT_MAX, WISH_PROXY)
    if taken is not None:
        await show_summary(update, context, person, taken)


@WISH_PROXY.step("confirm")
async def typed_at_confirm(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where Confirm was expected: show the summary again."""
    await show_summary(update, context, person, draft)


async def show_summary(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show what will be filed, with Confirm and Cancel carrying the form's id."""
    keyboard = inline(lang(context, person), confirm_rows("wp", draft))
    args = {
        k: str(draft.data.get(k) or "—")
        for k in ("name", "building", "unit", "phone", "consent", "category", "text")
    }
    await say(update, context, person, "wish-proxy-summary", keyboard, **args)


async def confirm(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """File the wish once and close the form."""
    draft = await draft_at(context, person, FLOW, "confirm", draft_id)
    if draft is None:
        await alert(query, context, person, "wish-form-closed")
        return
    data = person_fields(draft)
    wish, _ = await context.services.wish_desk.file_proxy(
        person.tg_id,
        name=data["name"],
        building=data["building"],
        unit=data["unit"],
        phone=data["phone"],
        consent_note=str(draft.data.get("consent") or ""),
        new=NewWish(
            category=str(draft.data.get("category")),
            text=str(draft.data.get("text") or ""),
        ),
        source_key=f"wish-proxy:{draft_id}",
    )
    await context.services.drafts.cancel(person.tg_id)
    await settle(query)
    keyboard = home(context, person)
    await say(
        update, context, person, "wish-proxy-filed", keyboard, number=wish.number, name=data["name"]
    )


async def cancel(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button."""
    draft = await context.services.drafts.get(person.tg_id)
    await quietly(query.answer())
    if draft is not None and draft.id == draft_id:
        await context.services.drafts.cancel(person.tg_id)
        await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "form-cancelled", home(context, person))


on_proxy_button = form_buttons("wp", chose_category, confirm, cancel, staff_only=True)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("proxywish", proxy_wish_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_proxy_button, pattern=r"^wp:"),
]
