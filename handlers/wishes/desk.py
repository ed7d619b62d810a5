"""Staff side of wishes: the vetting card (Approve, Edit, Decline, its photo or voice), what
the helper receives on approval, staff answers for proxy wishes, and the partner list.

Answers are one-step forms whose prompt is a ForceReply in the chat where the button was
pressed, as on the request desk: one form per button (handover, edit, decline, partner), all
under the flow "wish-desk" their drafts were always saved under, each with its own step name. Every press is re-checked by the service: a
resident forging `wd:ap:1` is told "only staff".
"""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import i18n
from bot.callbacks import wishes as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.wishes import WishStatus
from bot.models.work import Draft
from bot.services.wishes.common import HANDOVER_MAX, REASON_MAX, TEXT_MAX
from bot.services.wishes.resident import review_buttons
from handlers.common import actor, friendly, quietly, say, send, tr
from handlers.forms import Form, need_text
from handlers.keyboards import inline
from handlers.requests.desk import detour, prompt
from handlers.requests.queue import chat_lang, chat_of
from handlers.wishes.overview import export, show_partners

FLOW = "wish-desk"
LIMITS = {"handover": HANDOVER_MAX, "edit": TEXT_MAX, "decline": REASON_MAX, "partner": 60}
HANDOVER = Form(FLOW, ["handover"])
EDIT = Form(FLOW, ["edit"])
DECLINE = Form(FLOW, ["decline"])
PARTNER = Form(FLOW, ["partner"])
FORMS = {"ht": HANDOVER, "ed": EDIT, "dc": DECLINE, "pa": PARTNER}


async def approve_how(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Turn the card's buttons into the choice of what the helper receives after claiming."""
    wish, _ = await context.services.wish_desk.review_card(person.tg_id, wish_id)
    rows = [
        [Button(text="btn-wish-type-handover", data=callbacks.handover(wish.id))],
        [Button(text="btn-wish-staff-arranges", data=callbacks.staff_arranges(wish.id))],
        [Button(text="btn-back", data=callbacks.back(wish.id))],
    ]
    await quietly(query.answer(tr(context, person, "wish-approve-how", number=wish.number)))
    lng = chat_lang(context, person, chat_of(update))
    await quietly(query.edit_message_reply_markup(inline(lng, rows)))


async def back(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Show the card as it stands again (Approve, Edit, Decline while under review)."""
    await context.services.wish_desk.require_staff(person.tg_id)
    await quietly(query.answer())
    if isinstance(query.message, Message):
        await redraw(context, person, chat_of(update), query.message.message_id, wish_id)


async def review_view(
    context: LinliContext, person: Actor, chat: int, wish_id: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Return the vetting card: its words as now, where it stands, the buttons that still apply."""
    wish, args = await context.services.wish_desk.review_card(person.tg_id, wish_id)
    lng = chat_lang(context, person, chat)
    text = i18n.t(lng, "wish-staff-review", **args)
    rows = review_buttons(wish)
    if wish.status != WishStatus.REVIEW:
        text += "\n\n" + i18n.t(lng, "wish-status", status=wish.status.value)
        rows = rows[1:]  # only the photo or voice button stays
    return text, inline(lng, rows) if rows else None


async def redraw(context: LinliContext, person: Actor, chat: int, card: int, wish_id: int) -> None:
    """Redraw the vetting card in place."""
    text, markup = await review_view(context, person, chat, wish_id)
    await quietly(
        context.bot.edit_message_text(text, chat_id=chat, message_id=card, reply_markup=markup)
    )


async def staff_arranges(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Publish with "staff will arrange it", and redraw the card."""
    wish, told = await context.services.wish_desk.approve(
        person.tg_id, wish_id, None, staff_arranges=True
    )
    await quietly(query.answer())
    await say(update, context, person, "wish-approved", number=wish.number, told=told)
    if isinstance(query.message, Message):
        await redraw(context, person, chat_of(update), query.message.message_id, wish_id)


async def open_prompt(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Ask for the handover, the new text, the reason or a partner's name (ForceReply)."""
    press = callbacks.read_desk(query.data if isinstance(query.data, str) else None)
    assert press is not None  # the router read it already
    form = FORMS[press.action]
    name = form.first
    number = "—"
    if name != "partner":
        wish, _ = await context.services.wish_desk.review_card(person.tg_id, wish_id)
        number = wish.number
    else:
        await context.services.wish_desk.require_staff(person.tg_id)
    await quietly(query.answer())
    asked = await prompt(update, context, person, f"wish-prompt-{name}", number=number)
    await form.start(
        context,
        person,
        wish_id=wish_id,
        chat=chat_of(update),
        prompt=asked.message_id,
        card=query.message.message_id if isinstance(query.message, Message) else None,
    )


async def got_answer(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Publish, change the text, decline, or add the partner, then confirm in the chat."""
    if await detour(update, context, person, draft):
        return
    text = await need_text(update, context, person, limit=LIMITS[draft.step])
    if text is None:
        return
    desk, tg, wish_id = context.services.wish_desk, person.tg_id, int(draft.data["wish_id"])
    try:
        if draft.step == "handover":
            wish, told = await desk.approve(tg, wish_id, text)
            await say(update, context, person, "wish-approved", number=wish.number, told=told)
        elif draft.step == "edit":
            wish = await desk.edit(tg, wish_id, text)
            await say(update, context, person, "wish-edited", number=wish.number)
        elif draft.step == "decline":
            wish = await desk.decline(tg, wish_id, text)
            await say(update, context, person, "wish-declined-done", number=wish.number)
        else:
            partner = await desk.add_partner(tg, text)
            await say(update, context, person, "wish-partner-added", name=partner.name)
    finally:
        await context.services.drafts.cancel(tg)
    chat, card = draft.data.get("chat"), draft.data.get("card")
    if draft.step != "partner" and isinstance(chat, int) and isinstance(card, int):
        await redraw(context, person, chat, card, wish_id)


for _form in FORMS.values():
    _form.step(_form.first)(got_answer)


async def media(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Show staff the resident's photo or voice message (helpers never get them)."""
    wish, _ = await context.services.wish_desk.review_card(person.tg_id, wish_id)
    await quietly(query.answer())
    chat = chat_of(update)
    if wish.photo:
        await context.bot.send_photo(chat, wish.photo, caption=wish.number)
    if wish.voice_file_id:
        await context.bot.send_voice(chat, wish.voice_file_id, caption=wish.number)
    if not wish.photo and not wish.voice_file_id:
        await say(update, context, person, "wish-no-media")


async def proxy_answer(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Answer for a resident without Telegram whether their wish came true."""
    press = callbacks.read_desk(query.data if isinstance(query.data, str) else None)
    received = press is not None and press.action == "yes"
    wish = await context.services.wish_desk.confirm_proxy(person.tg_id, wish_id, received)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "wish-proxy-confirmed", number=wish.number)


async def partner_link(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, partner_id: int
) -> None:
    """Make a one-time member link for a partner."""
    partner, token = await context.services.wish_desk.partner_invite(person.tg_id, partner_id)
    await quietly(query.answer())
    link = f"https://t.me/{context.bot_data.username}?start=partner_{token}"
    await say(update, context, person, "wish-partner-link", name=partner.name, link=link)


async def partner_remove(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, partner_id: int
) -> None:
    """Take a partner off the list."""
    partners = {p.id: p for p in await context.services.wish_desk.partners(person.tg_id)}
    await context.services.wish_desk.remove_partner(person.tg_id, partner_id)
    await quietly(query.answer())
    name = partners[partner_id].name if partner_id in partners else "—"
    await say(update, context, person, "wish-partner-removed", name=name)


async def partners(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, _: int
) -> None:
    """Show the partner list from the wish desk's button."""
    await quietly(query.answer())
    await show_partners(update, context, person)


async def show_review(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Send one wish's vetting card (from the wish desk's list), with the buttons that apply."""
    text, markup = await review_view(context, person, chat_of(update), wish_id)
    await quietly(query.answer())
    await send(update, context, text, markup)


ACTIONS = {
    "rv": show_review,
    "ap": approve_how,
    "sa": staff_arranges,
    "bk": back,
    "ht": open_prompt,
    "ed": open_prompt,
    "dc": open_prompt,
    "pa": open_prompt,
    "md": media,
    "yes": proxy_answer,
    "not": proxy_answer,
    "pi": partner_link,
    "pr": partner_remove,
    "pt": partners,
    "xl": export,
}


@friendly
async def on_desk_button(update: Update, context: LinliContext) -> None:
    """Route `wd:<action>:<id>`; forged data gets an alert, non-staff are refused."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_desk(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.item_id is None:
        partner = press.action in callbacks.PARTNER_ACTIONS
        raise NotFound(None if partner else "error-wish-not-found")
    await ACTIONS[press.action](update, context, person, query, press.item_id)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_desk_button, pattern=rf"^{callbacks.DESK}:"),
]
