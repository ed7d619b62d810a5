"""The staff card and the request queue: the card's own buttons, /queue and its filters.

Take is first contact: whoever presses it first owns the request (the database decides; the
loser is told who won and sees the card refreshed). Close and Hand over swap the card's
buttons in place for their choices, with Back. Open requests come overdue first (⏰), then by
when their first answer is due, twenty to a page (cut in SQL, so a long queue costs no more);
opening one shows the card with its full timeline (internal entries marked 🔒). A card is
written in the language of its chat: the reader's own in a private chat, the community's in
the staff group (as the service does for its cards there).
"""

from __future__ import annotations

from functools import partial
from typing import get_args

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot import i18n
from bot.callbacks import requests as callbacks
from bot.callbacks import topics as topic_callbacks
from bot.context import LinliContext
from bot.errors import AlreadyTaken, Conflict, NotAllowed, NotFound
from bot.models.outbox import Button
from bot.models.people import Actor, Role
from bot.models.requests import (
    FINAL_STATUSES,
    EntryKind,
    FacetCount,
    QueueFacets,
    RequestStatus,
    TimelineEntry,
)
from bot.services.requests.common import QueueFilter, StaffView, card_args
from handlers.common import (
    actor,
    friendly,
    quietly,
    require_staff,
    send,
    staff_command,
    tr,
)
from handlers.forms import menu
from handlers.keyboards import inline

# Re-exported: many handlers read a chat's language and the card from here.
from handlers.requests.cards import card_markup as card_markup
from handlers.requests.cards import card_text as card_text
from handlers.requests.cards import chat_lang as chat_lang
from handlers.requests.cards import chat_of as chat_of
from handlers.requests.facets import FIELDS, Places
from handlers.requests.mine import VIEW_MAX, cut

FILTERS: tuple[QueueFilter, ...] = get_args(QueueFilter)
ENTRY_MAX = 300  # characters of one timeline line's words
STATUS_VALUES = {s.value for s in RequestStatus}
FACET_CHOICES_MAX = 30  # a facet's choices on one screen, most requests first


# ---- the card ---------------------------------------------------------------------------


async def edit_card(
    query: CallbackQuery,
    context: LinliContext,
    lng: str,
    view: StaffView,
    rows: list[list[Button]] | None = None,
) -> None:
    """Redraw the pressed card in place (a card already as wanted is left alone)."""
    await quietly(
        query.edit_message_text(
            card_text(context, lng, view), reply_markup=card_markup(lng, view, rows)
        )
    )


def entry_line(context: LinliContext, lng: str, entry: TimelineEntry) -> str:
    """Render one timeline entry for staff, in the community's time zone."""
    when = entry.at.astimezone(context.services.env.settings.zone).strftime("%m-%d %H:%M")
    kind, status = entry.kind.value, RequestStatus.NEW.value
    if entry.kind == EntryKind.STATUS:
        # A status line holds either the new status or the summary of what was done.
        is_status = entry.body in STATUS_VALUES
        kind, status = ("status", entry.body or status) if is_status else ("resolved", status)
    return i18n.t(
        lng,
        "desk-timeline-line",
        internal="no" if entry.public else "yes",
        time=when,
        kind=kind,
        status=status,
        who=entry.actor_name or "—",
        text=cut(entry.body or "—", ENTRY_MAX),
    )


def full_card(context: LinliContext, lng: str, view: StaffView) -> str:
    """Return the card with its history, dropping the oldest lines to fit one message."""
    head = card_text(context, lng, view)
    lines = [entry_line(context, lng, e) for e in view.timeline]
    title = i18n.t(lng, "desk-timeline-title")
    while lines and len(head) + len(title) + sum(len(x) + 1 for x in lines) + 2 > VIEW_MAX:
        lines.pop(0)
    return cut("\n\n".join([head, "\n".join([title, *lines])]), VIEW_MAX)


async def open_request(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, request_id: int
) -> None:
    """Show one request's card with its full history and its buttons (`req:open:<id>`)."""
    view = await context.services.desk.view(person.tg_id, request_id, timeline=True)
    lng = chat_lang(context, person, chat_of(update))
    await quietly(query.answer())
    await send(update, context, full_card(context, lng, view), card_markup(lng, view))


# ---- taking -----------------------------------------------------------------------------


async def take(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, request_id: int
) -> None:
    """Become the owner; if someone was faster, say who (an alert) and show the card as it is."""
    desk = context.services.desk
    try:
        view = await desk.take(person.tg_id, request_id)
        answer, alert = tr(context, person, "desk-you-own", number=view.request.number), False
    except AlreadyTaken as taken:
        view = await desk.view(person.tg_id, request_id)
        answer, alert = tr(context, person, taken.key, **taken.args_map), True
    await quietly(query.answer(answer, show_alert=alert))
    await edit_card(query, context, chat_lang(context, person, chat_of(update)), view)


def check_may_act(person: Actor, view: StaffView) -> None:
    """Refuse before any typing what the service would refuse after it."""
    request = view.request
    if request.status in FINAL_STATUSES:
        raise Conflict("error-request-closed", number=request.number)
    mine = person.id in (request.owner_id, request.handler_id) or person.role == Role.ADMIN
    if view.owner is not None and not mine:
        raise NotAllowed("error-not-owner", owner=view.owner.name)


# ---- closing and handing over: the card's buttons change in place ------------------------


async def close_menu(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, request_id: int
) -> None:
    """Offer the two ways to close: resolved (the resident confirms), or not ours (refer)."""
    view = await context.services.desk.view(person.tg_id, request_id)
    check_may_act(person, view)
    rows = [
        [Button(text="btn-resolve", data=callbacks.resolve(request_id))],
        [Button(text="btn-refer", data=callbacks.refer(request_id))],
        [Button(text="btn-same-as", data=callbacks.same_as(request_id))],
        [Button(text="btn-request-to-topic", data=topic_callbacks.from_request(request_id))],
        [Button(text="btn-card-back", data=callbacks.back_to_card(request_id))],
    ]
    await quietly(query.answer(tr(context, person, "desk-close-menu", number=view.request.number)))
    await edit_card(query, context, chat_lang(context, person, chat_of(update)), view, rows)


async def handover_menu(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, request_id: int
) -> None:
    """Offer the colleagues the work can go to."""
    view = await context.services.desk.view(person.tg_id, request_id)
    check_may_act(person, view)
    colleagues = await context.services.people.staff_colleagues(person.tg_id)
    rows = [
        [Button(text=c.name, data=callbacks.hand_to(request_id, c.id))]
        for c in colleagues
        if c.id != person.id
    ]
    number = view.request.number
    if not rows:
        await quietly(
            query.answer(
                tr(context, person, "desk-handover-nobody", number=number), show_alert=True
            )
        )
        return
    rows.append([Button(text="btn-card-back", data=callbacks.back_to_card(request_id))])
    await quietly(query.answer(tr(context, person, "desk-handover-menu", number=number)))
    await edit_card(query, context, chat_lang(context, person, chat_of(update)), view, rows)


async def hand_to(
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    request_id: int,
    to: int,
) -> None:
    """Give the work to the colleague pressed; the presser's ownership stays."""
    colleague = await context.services.desk.hand_over(person.tg_id, request_id, to)
    view = await context.services.desk.view(person.tg_id, request_id)
    args = {"number": view.request.number, "name": colleague.name}
    await quietly(query.answer(tr(context, person, "desk-handed", **args)))
    await edit_card(query, context, chat_lang(context, person, chat_of(update)), view)


async def back_to_card(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, request_id: int
) -> None:
    """Show the card with its usual buttons again."""
    view = await context.services.desk.view(person.tg_id, request_id)
    await quietly(query.answer())
    await edit_card(query, context, chat_lang(context, person, chat_of(update)), view)


# ---- the queue --------------------------------------------------------------------------


@staff_command
async def queue_command(update: Update, context: LinliContext, person: Actor) -> None:
    """List the open requests (/queue), for staff."""
    await show_queue(update, context, person)


@menu("menu-queue")
async def show_queue(update: Update, context: LinliContext, person: Actor) -> None:
    """List all open requests, overdue first, with the filters above."""
    text, markup = await render_queue(context, person, "all", chat_of(update))
    await send(update, context, text, markup)


async def render_queue(
    context: LinliContext,
    person: Actor,
    which: QueueFilter,
    chat_id: int,
    page: int = 0,
    code: dict[str, int] | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """Return one page of the queue: the filters, Filters (building, category, status, owner,
    age), one button per request, Previous / Next.

    A page past the end (the queue shrank since the button was drawn) shows the last one;
    facets pointing past today's lists are an old button (NotFound).
    """
    code = code or {}
    places = await Places.read(context)
    facets = places.facets(code)
    if facets is None:
        raise NotFound()
    found = await context.services.desk.queue(person.tg_id, which, page=page, facets=facets)
    lng = chat_lang(context, person, chat_id)
    now = context.services.env.clock.now()
    chosen = [
        Button(
            text=("• " if f == which else "") + i18n.t(lng, f"btn-q-{f}"),
            data=callbacks.queue_filter(f, code),
        )
        for f in FILTERS
    ]
    narrow = [
        Button(
            text=i18n.t(lng, "btn-q-facets", count=facets.chosen),
            data=callbacks.facet_menu(which, code),
        )
    ]
    if facets.chosen:
        narrow.append(Button(text="btn-q-facets-clear", data=callbacks.queue_filter(which)))
    shown, page, pages = found.views, found.page, found.pages
    line = partial(i18n.t, lng, "desk-queue-line")
    rows = [
        [Button(text=line(**card_args(v, now)), data=callbacks.open_card(v.request.id))]
        for v in shown
    ]
    key = "desk-queue-title" if found.total else "desk-queue-empty"
    text = i18n.t(lng, key, filter=which, count=found.total)
    if facets.chosen:
        summary = await _summary(context, person, places, lng, facets)
        text += "\n" + i18n.t(lng, "q-facets-now", facets=summary)
    if pages > 1:
        first = page * found.size + 1
        args = {"page": page + 1, "pages": pages, "first": first, "last": first + len(shown) - 1}
        text += "\n" + i18n.t(lng, "desk-queue-page", **args)
        turns = [("btn-q-previous", page - 1), ("btn-q-next", page + 1)]
        rows.append(
            [
                Button(text=key, data=callbacks.queue_page(which, to, code))
                for key, to in turns
                if 0 <= to < pages
            ]
        )
    return text, inline(lng, [chosen[:2], chosen[2:], narrow, *rows])


async def _summary(
    context: LinliContext, person: Actor, places: Places, lng: str, facets: QueueFacets
) -> str:
    """Return the chosen facets as one line, the owner by name."""
    summary = places.summary(lng, facets)
    if facets.owner_id is None:
        return summary
    staff = await context.services.people.staff_colleagues(person.tg_id)
    name = next((p.name for p in staff if p.id == facets.owner_id), "—")
    return " · ".join(x for x in (summary, f"👤 {name}") if x)


@friendly
async def on_queue_button(update: Update, context: LinliContext) -> None:
    """Switch the queue's filter, facets or page (`q:<filter>[:<page>[:<facets>]]`) in place."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_queue(query.data, FILTERS)
    which = next((f for f in FILTERS if press is not None and f == press.which), None)
    if press is None or which is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    text, markup = await render_queue(
        context, person, which, chat_of(update), press.page, dict(press.facets)
    )
    await quietly(query.answer())
    await quietly(query.edit_message_text(text, reply_markup=markup))


@friendly
async def on_facet_button(update: Update, context: LinliContext) -> None:
    """Show the facets to choose from (`qf:menu`), or one facet's choices with how many open
    requests each would list (`qf:pick`), in place of the queue."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    require_staff(person)
    press = callbacks.read_facet_press(query.data, FILTERS)
    which = next((f for f in FILTERS if press is not None and f == press.which), None)
    places = await Places.read(context)
    facets = places.facets(press.facets) if press is not None else None
    if press is None or which is None or facets is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    lng = chat_lang(context, person, chat_of(update))
    if press.letter is None:
        text, rows = await _facet_menu(context, person, places, lng, which, press.facets, facets)
    else:
        text, rows = await _facet_choices(
            context, person, places, lng, which, press.facets, facets, press.letter
        )
    await quietly(query.answer())
    await quietly(query.edit_message_text(text, reply_markup=inline(lng, rows)))


async def _facet_menu(
    context: LinliContext,
    person: Actor,
    places: Places,
    lng: str,
    which: QueueFilter,
    code: dict[str, int],
    facets: QueueFacets,
) -> tuple[str, list[list[Button]]]:
    """Return the menu of facets, each showing what it is set to."""
    rows = []
    for letter, field in FIELDS.items():
        value = getattr(facets, field)
        shown = i18n.t(lng, "q-facet-any")
        if value is not None and letter == "o":
            shown = await _summary(context, person, places, lng, QueueFacets(owner_id=value))
        elif value is not None:
            shown = places.label(lng, letter, FacetCount(value=str(value), count=0))
        label = i18n.t(lng, f"btn-q-facet-{letter}", value=shown)
        rows.append([Button(text=label, data=callbacks.facet_choices(which, code, letter))])
    if facets.chosen:
        rows.append([Button(text="btn-q-facets-clear", data=callbacks.queue_filter(which))])
    rows.append([Button(text="btn-q-facets-back", data=callbacks.queue_filter(which, code))])
    return i18n.t(lng, "q-facets-title", filter=which), rows


async def _facet_choices(
    context: LinliContext,
    person: Actor,
    places: Places,
    lng: str,
    which: QueueFilter,
    code: dict[str, int],
    facets: QueueFacets,
    letter: str,
) -> tuple[str, list[list[Button]]]:
    """Return one facet's choices, most requests first, each with its count, and Any."""
    counts = await context.services.desk.queue_facet(person.tg_id, which, facets, FIELDS[letter])
    rest = {k: v for k, v in code.items() if k != letter}
    rows = [[Button(text="btn-q-facet-any-choice", data=callbacks.queue_filter(which, rest))]]
    for choice in counts[:FACET_CHOICES_MAX]:
        number = places.number(letter, choice.value)
        if number is None:
            continue  # a building no longer listed (its residents' requests stay open)
        label = i18n.t(
            lng, "q-facet-choice", value=places.label(lng, letter, choice), count=choice.count
        )
        rows.append(
            [Button(text=label, data=callbacks.queue_filter(which, {**rest, letter: number}))]
        )
    rows.append([Button(text="btn-q-facets-back", data=callbacks.facet_menu(which, code))])
    return i18n.t(lng, f"q-facet-ask-{letter}"), rows


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("queue", queue_command),
    CallbackQueryHandler(on_queue_button, pattern=f"^{callbacks.QUEUE}:"),
    CallbackQueryHandler(on_facet_button, pattern=f"^{callbacks.FACET_MENU}:"),
]
