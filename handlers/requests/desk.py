"""Answering from the staff card: Reply, Ask, Note, Resolve, Refer; staff replies; the router.

Answers are short forms whose prompt is a ForceReply in the chat where the button was pressed,
addressed to the presser: in the staff group a bot in privacy mode only hears replies to its
own messages. Each button opens its own form (Reply, Ask, Note and Resolve one step each, Refer
two); they share the flow "desk" their drafts were always saved under, and no two share a step
name, so a saved draft still finds its step. After an answer, the card the button was on is redrawn,
so the group always sees where things stand.
A Telegram reply on a card, or on a resident's message, answers the resident directly.
Every press is re-checked by the service: a resident forging `req:take:1` is told "only staff".
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial

from telegram import CallbackQuery, ForceReply, Message, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import i18n
from bot.callbacks import requests as callbacks
from bot.callbacks import saved_replies as saved
from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import Conflict, NotAllowed, NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.requests import format_number
from bot.models.work import Draft
from bot.services.requests.common import CARD_REF, TEXT_MAX
from bot.services.requests.desk import REFERRAL_MAX
from bot.services.requests.search import read_number
from handlers.common import actor, friendly, home, is_private, quietly, say, send, thread_of, tr
from handlers.forms import MENU, Form, need_text, pressed, reply_route, unknown_message
from handlers.keyboards import inline
from handlers.requests.cards import redraw_cards
from handlers.requests.mine import cut
from handlers.requests.queue import (
    back_to_card,
    card_markup,
    card_text,
    chat_lang,
    chat_of,
    check_may_act,
    close_menu,
    hand_to,
    handover_menu,
    open_request,
    take,
)

FLOW = "desk"
REPLY = Form(FLOW, ["reply"])
ASK = Form(FLOW, ["ask"])
NOTE = Form(FLOW, ["note"])
RESOLVE = Form(FLOW, ["resolve"])
REFER = Form(FLOW, ["refer-who", "refer-how"])
SAME_AS = Form(FLOW, ["same-as"])
FORMS = {
    "reply": REPLY,
    "ask": ASK,
    "note": NOTE,
    "resolve": RESOLVE,
    "refer": REFER,
    "dup": SAME_AS,
}
OFFER_LABEL = 40  # characters of a saved reply on its button
WHO = "\u2063who\u2063"  # stands for the mention until the text is escaped for HTML
Action = Callable[[Update, LinliContext, Actor, CallbackQuery, int], Awaitable[None]]


# ---- answering: a ForceReply prompt, then one service call ------------------------------


async def prompt(
    update: Update, context: LinliContext, person: Actor, key: str, **args: object
) -> Message:
    """Ask the presser (mentioned, so a selective ForceReply reaches them in a group)."""
    user = update.effective_user
    assert user is not None
    text = html.escape(tr(context, person, key, who=WHO, **args)).replace(WHO, user.mention_html())
    return await context.bot.send_message(
        chat_of(update),
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=ForceReply(selective=True),
        message_thread_id=thread_of(update),
    )


async def open_form(
    button: str,
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    request_id: int,
) -> None:
    """Open the answer form of a Reply, Ask, Note, Resolve or Refer press."""
    view = await context.services.desk.view(person.tg_id, request_id)
    check_may_act(person, view)
    await quietly(query.answer())
    form = FORMS[button]
    number = view.request.number
    asked = await prompt(update, context, person, f"desk-prompt-{form.first}", number=number)
    where = {"chat": chat_of(update), "card": card_id(query.message, request_id)}
    await form.start(context, person, request_id=request_id, prompt=asked.message_id, **where)
    if form is REPLY:
        await offer_saved_replies(update, context, person, view.request.id, view.request.category)


async def offer_saved_replies(
    update: Update, context: LinliContext, person: Actor, request_id: int, category: str
) -> None:
    """Under a Reply prompt, offer the category's saved replies as buttons (when there are)."""
    text, rows = await saved_offers(context, person, chat_of(update), request_id, category)
    if rows:
        await send(update, context, text, inline(chat_lang(context, person, chat_of(update)), rows))


async def saved_offers(
    context: LinliContext, person: Actor, chat_id: int, request_id: int, category: str
) -> tuple[str, list[list[Button]]]:
    """Return the saved-replies offer: one button per reply, its first words as the label."""
    offered = await context.services.saved_replies.offered(person.tg_id, category)
    rows = [
        [Button(text=f"💬 {cut(r.text, OFFER_LABEL)}", data=saved.show(request_id, r.id))]
        for r in offered
    ]
    return i18n.t(chat_lang(context, person, chat_id), "saved-offer"), rows


def card_id(message: object, request_id: int) -> int | None:
    """Return the message's id if it is the request's card (worth redrawing after an answer).

    Other messages carry a Reply button too (a resident's words); they are left as they are.
    """
    if not isinstance(message, Message) or message.reply_markup is None:
        return None
    wanted = {callbacks.close_menu(request_id), callbacks.back_to_card(request_id)}
    rows = message.reply_markup.inline_keyboard
    return message.message_id if any(b.callback_data in wanted for r in rows for b in r) else None


async def detour(update: Update, context: LinliContext, person: Actor, draft: Draft) -> bool:
    """Let a message that does not answer this form go its own way; True when it went.

    A main-menu button leaves the form; a message in another chat, or a reply to another of
    the bot's messages, is handled as if no form were open (it may be a reply to a card).
    """
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    asked = draft.data.get("prompt")
    elsewhere = chat_of(update) != draft.data.get("chat") or (
        replied is not None and asked is not None and replied.message_id != asked
    )
    action = next((MENU[key] for key in MENU if pressed(message, key)), None)
    if action is not None and not elsewhere:
        await context.services.drafts.cancel(person.tg_id)
    if action is not None:
        await action(update, context, person)
    elif elsewhere:
        await unknown_message(update, context, person)
    return action is not None or elsewhere


@contextlib.asynccontextmanager
async def ends_form_on_refusal(context: LinliContext, person: Actor) -> AsyncIterator[None]:
    """Close the form when the request moved on (closed, handed away); bad text keeps it."""
    try:
        yield
    except (Conflict, NotAllowed, NotFound):
        await context.services.drafts.cancel(person.tg_id)
        raise


async def got_text(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Send the answer, question, note or summary, then confirm and redraw the card."""
    if await detour(update, context, person, draft):
        return
    text = await need_text(update, context, person, limit=TEXT_MAX)
    if text is None:
        return
    desk = context.services.desk
    calls: dict[str, Callable[[int, int, str], Awaitable[object]]] = {
        "reply": desk.reply,
        "ask": desk.set_waiting,
        "note": desk.note,
        "resolve": desk.resolve,
    }
    async with ends_form_on_refusal(context, person):
        await calls[draft.step](person.tg_id, int(draft.data["request_id"]), text)
    await finish(update, context, person, draft, f"desk-done-{draft.step}")


for _form in (REPLY, ASK, NOTE, RESOLVE):
    _form.step(_form.first)(got_text)


@REFER.step("refer-who")
async def got_referral_who(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take who is responsible, then ask how to reach them."""
    if await detour(update, context, person, draft):
        return
    who = await need_text(update, context, person, limit=REFERRAL_MAX)
    if who is None:
        return
    number = format_number(int(draft.data["request_id"]))
    asked = await prompt(update, context, person, "desk-prompt-refer-how", number=number)
    await REFER.next(draft, context, who=who, prompt=asked.message_id)


@REFER.step("refer-how")
async def got_referral_contact(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take how to reach them and refer the request: the resident is told both."""
    if await detour(update, context, person, draft):
        return
    contact = await need_text(update, context, person, limit=REFERRAL_MAX)
    if contact is None:
        return
    who = str(draft.data.get("who") or "")
    async with ends_form_on_refusal(context, person):
        await context.services.desk.refer(person.tg_id, int(draft.data["request_id"]), who, contact)
    await finish(update, context, person, draft, "desk-done-refer", who=who)


@SAME_AS.step("same-as")
async def got_original(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Link the request to the open one whose number was typed (R-000031, r-31 or 31)."""
    if await detour(update, context, person, draft):
        return
    text = await need_text(update, context, person, limit=40)
    if text is None:
        return
    found = read_number(text if not text.strip().isdecimal() else f"R-{text.strip()}")
    original_id = found[1] if found is not None and found[0] == "R" else None
    if original_id is None:
        await say(update, context, person, "desk-same-as-number")
        return
    async with ends_form_on_refusal(context, person):
        await context.services.desk.link_duplicate(
            person.tg_id, int(draft.data["request_id"]), original_id
        )
    await finish(
        update, context, person, draft, "desk-done-same-as", original=format_number(original_id)
    )


async def finish(
    update: Update, context: LinliContext, person: Actor, draft: Draft, key: str, **args: object
) -> None:
    """Close the form, confirm in the chat, and redraw the card the button was on."""
    await context.services.drafts.cancel(person.tg_id)
    view = await context.services.desk.view(person.tg_id, int(draft.data["request_id"]))
    markup = home(context, person) if is_private(update) else None
    await say(update, context, person, key, markup, number=view.request.number, **args)
    await redraw_cards(context, view.request.id)
    chat, card = draft.data.get("chat"), draft.data.get("card")
    if isinstance(chat, int) and isinstance(card, int):
        lng = chat_lang(context, person, chat)
        await quietly(
            context.bot.edit_message_text(
                card_text(context, lng, view),
                chat_id=chat,
                message_id=card,
                reply_markup=card_markup(lng, view),
            )
        )


# ---- replies to the bot's messages, and the router ---------------------------------------


@reply_route
async def staff_replied(
    update: Update, context: LinliContext, person: Actor, replied: Message
) -> bool:
    """Send a staff member's Telegram reply on a card or a resident's message to the resident."""
    if not person.role.is_staff:
        return False  # residents' replies have their own route
    request_id = await request_of(context, replied)
    if request_id is None:
        return False
    text = await need_text(update, context, person, limit=TEXT_MAX)
    if text is not None:
        request = await context.services.desk.reply(person.tg_id, request_id, text)
        await say(update, context, person, "desk-done-reply", number=request.number)
    return True


async def request_of(context: LinliContext, message: Message) -> int | None:
    """Return the request a bot message is about: from the outbox, else from a card's buttons.

    Cards shown from the queue were sent directly, so the outbox does not know them; a queue
    listing (many requests, `req:open` buttons only) is about none of them.
    """
    ref = await context.services.outbox.ref_of(message.chat.id, message.message_id)
    for prefix in ("req:", f"{CARD_REF}:"):
        if ref is not None and ref.startswith(prefix):
            return read_id(ref.removeprefix(prefix))
    rows = message.reply_markup.inline_keyboard if message.reply_markup else ()
    data = [b.callback_data for row in rows for b in row if isinstance(b.callback_data, str)]
    found = [p for d in data if (p := callbacks.read_card(d)) and p.action in callbacks.CARD_ONLY]
    return found[0].request_id if found else None


ACTIONS: dict[str, Action] = {
    "take": take,
    "open": open_request,
    "card": back_to_card,
    "close": close_menu,
    "hand": handover_menu,
    **{name: partial(open_form, name) for name in FORMS},
}


@friendly
async def on_card_button(update: Update, context: LinliContext) -> None:
    """Route `req:<action>:<id>` and `req:handto:<id>:<person>`; forged data gets an alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_card(query.data)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.request_id is None or (press.action == callbacks.HAND_TO and press.to is None):
        raise NotFound()
    if press.to is not None:
        await hand_to(update, context, person, query, press.request_id, press.to)
    else:
        await ACTIONS[press.action](update, context, person, query, press.request_id)
    if press.to is not None or press.action == "take":
        await redraw_cards(context, press.request_id)  # the copies in other chats too


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_card_button, pattern=f"^{callbacks.CARD}:"),
]
