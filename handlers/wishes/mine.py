"""A resident's wishes (/mywishes): where each stands, withdraw one not yet claimed, answer
"did it come true?", and send the helper a thank-you (a one-step form, flow "wish-thanks").

Every press names a wish id, which any client can forge: the service checks that the wish is
the presser's own (a helper pressing Yes on the resident's behalf is refused).
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import wishes as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.wishes import Wish, WishStatus
from bot.models.work import Draft
from handlers.common import actor, friendly, lang, quietly, say, send, tr
from handlers.form_kit import alert, settle
from handlers.forms import Form, end_form, menu, need_text
from handlers.keyboards import cancel_only, inline
from handlers.people.start import begin_registration

FLOW = "wish-thanks"
THANKS = Form(FLOW, ["text"])
THANKS_MAX = 1000


@friendly
async def my_wishes_command(update: Update, context: LinliContext) -> None:
    """List the resident's wishes (/mywishes)."""
    await show_mine(update, context, await actor(update, context))


@menu("menu-my-wishes")
async def show_mine(update: Update, context: LinliContext, person: Actor) -> None:
    """Show one button per wish with where it stands."""
    if not person.registered:
        await begin_registration(update, context, person)
        return
    wishes = await context.services.wishes.mine(person.tg_id)
    if not wishes:
        await say(update, context, person, "my-wishes-empty")
        return
    rows = [
        [
            Button(
                text=tr(context, person, "wish-line", number=w.number, status=w.status.value),
                data=callbacks.open_mine(w.id),
            )
        ]
        for w in wishes[:30]
    ]
    await say(update, context, person, "my-wishes-title", inline(lang(context, person), rows))


def card_buttons(wish: Wish) -> list[list[Button]]:
    """Return what the resident can do with the wish as it stands."""
    if wish.status in (WishStatus.REVIEW, WishStatus.PUBLISHED):
        return [[Button(text="btn-wish-withdraw", data=callbacks.withdraw(wish.id))]]
    if wish.status == WishStatus.DONE:
        return [
            [
                Button(text="btn-wish-received", data=callbacks.came_true(wish.id, True)),
                Button(text="btn-wish-not-yet", data=callbacks.came_true(wish.id, False)),
            ]
        ]
    if wish.status == WishStatus.FULFILLED and wish.thanked_at is None:
        return [[Button(text="btn-wish-thank", data=callbacks.thank(wish.id))]]
    return []


async def open_wish(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Show one of the resident's wishes with its buttons."""
    wish = await context.services.wishes.view(person.tg_id, wish_id)
    await quietly(query.answer())
    args = {
        "number": wish.number,
        "status": wish.status.value,
        "category": wish.category,
        "text": wish.text or "🎤",
        "by_when": wish.by_when.astimezone(context.services.env.settings.zone).strftime("%Y-%m-%d")
        if wish.by_when
        else "none",
        "reason": wish.decline_reason or "none",
    }
    buttons = card_buttons(wish)
    markup = inline(lang(context, person), buttons) if buttons else None
    await send(update, context, tr(context, person, "wish-resident-card", **args), markup)


async def withdraw(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Withdraw a wish nobody has claimed."""
    wish = await context.services.wishes.withdraw(person.tg_id, wish_id)
    await settle(query)
    await say(update, context, person, "wish-withdrawn", number=wish.number)


async def answer(
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    wish_id: int,
    received: bool,
) -> None:
    """Record "Yes, received" (and offer a thank-you) or "Not yet"."""
    wish = await context.services.wishes.confirm(person.tg_id, wish_id, received)
    await settle(query)
    if not received:
        await say(update, context, person, "wish-not-yet-noted", number=wish.number)
        return
    thank = [[Button(text="btn-wish-thank", data=callbacks.thank(wish.id))]]
    markup = inline(lang(context, person), thank)
    await say(update, context, person, "wish-confirmed", markup, number=wish.number)


async def begin_thanks(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Open the one-step thank-you form (after checking the wish is theirs)."""
    await context.services.wishes.view(person.tg_id, wish_id)
    await THANKS.start(context, person, wish_id=wish_id)
    await quietly(query.answer())
    await say(update, context, person, "wish-ask-thanks", cancel_only(lang(context, person)))


@THANKS.step("text")
async def got_thanks(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Send the thank-you to the helper and close the form."""
    text = await need_text(update, context, person, limit=THANKS_MAX)
    if text is None:
        return
    wish_id = int(draft.data.get("wish_id", 0))
    try:
        await context.services.wishes.thank(person.tg_id, wish_id, text)
    finally:
        await context.services.drafts.cancel(person.tg_id)
    await end_form(update, context, person, "wish-thanks-sent")


@friendly
async def on_resident_button(update: Update, context: LinliContext) -> None:
    """Route `wr:<action>:<wish>`; forged data gets a friendly alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_mine(query.data if isinstance(query.data, str) else None)
    if press is None:
        await alert(query, context, person, "error-too-old")
        return
    if press.item_id is None:
        raise NotFound("error-wish-not-found")
    if press.action in ACTIONS:
        await ACTIONS[press.action](update, context, person, query, press.item_id)
    else:
        await answer(update, context, person, query, press.item_id, press.action == "yes")


ACTIONS = {"op": open_wish, "wd": withdraw, "ty": begin_thanks}

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("mywishes", my_wishes_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_resident_button, pattern=rf"^{callbacks.MINE}:"),
]
