"""Helpers' side of wishes: /wishes (the list and one's claims), a wish's card, Claim (for
oneself or one's organisation), On its way, Done (with an optional photo, a one-step form
"wish-done"), Give it back; and the partner member link `/start partner_<token>`.

Before claiming, a card shows only the anonymised wish; after, the service adds only what
staff chose to share. Every press names a wish id and is re-checked by the service.
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import wishes as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.wishes import HelperClaim, Partner, PublicWish
from bot.models.work import Draft
from bot.services.wishes.common import progress_buttons, public_args
from handlers.common import actor, friendly, lang, quietly, say, send, tr
from handlers.form_kit import photo_or_skip, settle, skip_keyboard
from handlers.forms import Form, end_form, menu
from handlers.keyboards import inline
from handlers.people.start import deep_link

FLOW = "wish-done"
DONE = Form(FLOW, ["photo"])
WISH_GONE = "error-wish-not-found"


@friendly
async def wishes_command(update: Update, context: LinliContext) -> None:
    """Show the wishes waiting for a helper (/wishes)."""
    await show_board(update, context, await actor(update, context))


@menu("menu-wishes")
async def show_board(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the helper's own claims, then the published wishes (soonest date, then newest)."""
    public, mine = await context.services.wish_helpers.board(person.tg_id)
    zone = context.services.env.settings.zone
    lng = lang(context, person)
    if mine:
        rows = [
            line_button(
                context,
                person,
                "wishes-mine-line",
                c.wish.id,
                number=c.wish.number,
                status=c.claim.status.value,
            )
            for c in mine
        ]
        await say(update, context, person, "wishes-mine-title", inline(lng, rows))
    if not public:
        await say(update, context, person, "wishes-empty")
        return
    rows = [
        line_button(context, person, "wishes-board-line", w.id, **public_args(w, zone))
        for w in public
    ]
    await say(update, context, person, "wishes-title", inline(lng, rows))


def line_button(
    context: LinliContext, person: Actor, key: str, wish_id: int, **args: object
) -> list[Button]:
    """Return one line of the list as a button that opens the wish."""
    return [Button(text=tr(context, person, key, **args), data=callbacks.open_wish(wish_id))]


def public_text(context: LinliContext, person: Actor, wish: PublicWish) -> str:
    """Return the anonymised card."""
    args = public_args(wish, context.services.env.settings.zone)
    return tr(context, person, "wish-public-card", **args)


def claim_rows(
    context: LinliContext, person: Actor, wish: PublicWish, partners: list[Partner]
) -> list[list[Button]]:
    """Return Claim, and Claim for each organisation the helper acts for."""
    rows = [[Button(text="btn-wish-claim", data=callbacks.claim(wish.id))]]
    for partner in partners:
        label = tr(context, person, "btn-wish-claim-for", partner=partner.name)
        rows.append([Button(text=label, data=callbacks.claim(wish.id, partner.id))])
    return rows


def mine_text(context: LinliContext, person: Actor, mine: HelperClaim) -> str:
    """Return the card of one's own claim: the wish and only what staff shared."""
    args = public_args(mine.wish, context.services.env.settings.zone)
    return tr(
        context,
        person,
        "wish-helper-card",
        **args,
        status=mine.claim.status.value,
        partner=mine.partner or "none",
        arrange="yes" if mine.staff_arranges else "no",
        handover=mine.handover or "—",
    )


async def send_mine(
    update: Update, context: LinliContext, person: Actor, mine: HelperClaim
) -> None:
    """Send the card of one's own claim with its buttons."""
    markup = inline(lang(context, person), progress_buttons(mine.wish.id))
    await send(update, context, mine_text(context, person, mine), markup)


async def open_wish(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Show a published wish to claim, or one's own claim."""
    wish, mine, partners = await context.services.wish_helpers.view(person.tg_id, wish_id)
    await quietly(query.answer())
    if mine is not None:
        await send_mine(update, context, person, mine)
        return
    markup = inline(lang(context, person), claim_rows(context, person, wish, partners))
    await send(update, context, public_text(context, person, wish), markup)


async def claim(
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    wish_id: int,
    partner_id: int | None,
) -> None:
    """Claim the wish; the winner sees what staff shared."""
    helpers = context.services.wish_helpers
    mine = await helpers.claim(person.tg_id, wish_id, partner_id)
    await settle(query)
    await say(update, context, person, "wish-you-claimed", number=mine.wish.number)
    await send_mine(update, context, person, mine)


async def on_way(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Say the wish is on its way."""
    mine = await context.services.wish_helpers.on_way(person.tg_id, wish_id)
    await quietly(query.answer())
    await say(update, context, person, "wish-on-way-noted", number=mine.wish.number)


async def begin_done(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Ask for a photo of the wish come true (or Skip)."""
    await context.services.wish_helpers.view(person.tg_id, wish_id)
    await DONE.start(context, person, wish_id=wish_id)
    await quietly(query.answer())
    await say(update, context, person, "wish-ask-done-photo", skip_keyboard(context, person))


@DONE.step("photo")
async def got_done_photo(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Report the wish done with the photo, or without one after Skip."""
    taken, photo = await photo_or_skip(update, context, person)
    if not taken:
        return
    wish_id = int(draft.data.get("wish_id", 0))
    try:
        await context.services.wish_helpers.done(person.tg_id, wish_id, photo)
    finally:
        await context.services.drafts.cancel(person.tg_id)
    await end_form(update, context, person, "wish-done-noted")


async def release(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, wish_id: int
) -> None:
    """Give the wish back to the list."""
    wish = await context.services.wish_helpers.release(person.tg_id, wish_id)
    await settle(query)
    await say(update, context, person, "wish-released", number=wish.number)


ACTIONS = {"op": open_wish, "ow": on_way, "dn": begin_done, "rl": release}


@friendly
async def on_helper_button(update: Update, context: LinliContext) -> None:
    """Route `wh:<action>:<wish>` and `wh:cl:<wish>:<partner>`; forged data gets an alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_helping(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.item_id is None:
        raise NotFound(WISH_GONE)
    if press.action != "cl":
        await ACTIONS[press.action](update, context, person, query, press.item_id)
        return
    if press.partner_id is None:
        raise NotFound()
    partner = press.partner_id or None  # 0: for oneself
    await claim(update, context, person, query, press.item_id, partner)


@deep_link("partner_")
async def joined_partner(update: Update, context: LinliContext, person: Actor, rest: str) -> None:
    """Make the person a member of the organisation a one-time link names."""
    partner = await context.services.wish_helpers.join_partner(person.tg_id, rest)
    await say(update, context, person, "wish-partner-joined", name=partner.name)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("wishes", wishes_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_helper_button, pattern=rf"^{callbacks.HELPING}:"),
]
