"""My requests: the list, one request's public timeline, adding to it, withdrawing, solved?, stars.

Every press names a request id, which any client can forge: each action asks the service,
which only finds the person's own requests ("not found" for anyone else's).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import neighbours as neighbour_callbacks
from bot.callbacks import requests as callbacks
from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import Conflict, NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.requests import FINAL_STATUSES, EntryKind, Request, RequestStatus, TimelineEntry
from bot.models.work import Draft
from bot.services.requests.common import TEXT_MAX
from handlers.common import (
    actor,
    friendly,
    home,
    int_or_none,
    is_private,
    lang,
    quietly,
    say,
    send,
    tr,
)
from handlers.forms import Form, menu, reply_route
from handlers.keyboards import cancel_only, inline
from handlers.people.start import begin_registration
from handlers.requests.cards import redraw_cards
from handlers.requests.new import category_args, category_labels

FLOW = "resident-reply"  # distinct from any staff-side reply form
ADD_INFO = Form(FLOW, ["text"])  # one step: the words or photo added to a request
LIST_MAX = 20  # the newest; older ones stay in /mydata
PHOTOS_SHOWN = 5
HISTORY_MAX = 10  # timeline lines shown, the latest
VIEW_MAX = 4000  # under Telegram's 4096, which counts some emoji as two
BODY_MAX = 250  # characters of one line's words, so the view stays under Telegram's limit
Action = Callable[[Update, LinliContext, Actor, int, str], Awaitable[None]]


@friendly
async def my_requests_command(update: Update, context: LinliContext) -> None:
    """List the person's requests (/myrequests)."""
    await show_list(update, context, await actor(update, context))


@menu("menu-my-requests")
async def show_list(update: Update, context: LinliContext, person: Actor) -> None:
    """Show one button per request: number, category and status."""
    if not person.registered:
        await begin_registration(update, context, person)
        return
    found = await context.services.requests.mine(person.tg_id, limit=LIST_MAX)
    building = [[Button(text="btn-nb-list", data=neighbour_callbacks.listing())]]
    if not found:
        markup = inline(lang(context, person), building)
        await say(update, context, person, "my-requests-empty", markup)
        return
    labels = await category_labels(context)
    rows = [
        [Button(text=line(context, person, r, labels), data=callbacks.my_open(r.id))] for r in found
    ]
    markup = inline(lang(context, person), [*rows, *building])
    await say(update, context, person, "my-requests-title", markup)


def line(context: LinliContext, person: Actor, request: Request, labels: dict[str, str]) -> str:
    """Return "R-000042 · 🔧 Repairs · In progress"."""
    args = {"number": request.number, "status": request.status.value}
    return tr(context, person, "my-request-line", **args, **category_args(request.category, labels))


def cut(text: str, limit: int) -> str:
    """Shorten a text for a view line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def entry_line(context: LinliContext, person: Actor, entry: TimelineEntry) -> str | None:
    """Render one public timeline entry, in the community's time zone."""
    when = entry.at.astimezone(context.services.env.settings.zone).strftime("%Y-%m-%d %H:%M")
    args = {"time": when, "who": entry.actor_name or "—", "text": cut(entry.body or "—", BODY_MAX)}
    if entry.kind == EntryKind.STATUS:
        if entry.body in STATUS_VALUES:
            return tr(context, person, "timeline-status", time=when, status=entry.body)
        return tr(context, person, "timeline-resolved", **args)
    if entry.kind == EntryKind.RATING:
        return tr(context, person, "timeline-rating", time=when, stars=entry.body or "—")
    key = f"timeline-{entry.kind.value.replace('_', '-')}"
    return tr(context, person, key, **args) if entry.kind in PUBLIC_KINDS else None


STATUS_VALUES = {s.value for s in RequestStatus}
PUBLIC_KINDS = {EntryKind.CREATED, EntryKind.TAKEN, EntryKind.STAFF_REPLY, EntryKind.RESIDENT_REPLY}


def view_buttons(request: Request) -> list[list[Button]]:
    """Return what the resident can do now: add or withdraw; say if solved; rate once."""
    rid, status = request.id, request.status
    pairs: list[tuple[str, str]] = []
    if status.is_open:
        pairs = [
            ("btn-add-info", callbacks.my_reply(rid)),
            ("btn-withdraw", callbacks.my_withdraw(rid)),
        ]
        key = "btn-nb-unshare" if request.shared else "btn-nb-share"
        shared = [[Button(text=key, data=neighbour_callbacks.share(rid, not request.shared))]]
    elif status == RequestStatus.RESOLVED:
        pairs = [
            ("btn-solved-yes", callbacks.my_solved(rid, True)),
            ("btn-solved-no", callbacks.my_solved(rid, False)),
        ]
    rows = [[Button(text=text, data=data) for text, data in pairs]] if pairs else []
    if status.is_open:
        rows += shared
    if status == RequestStatus.CLOSED and request.rating is None:
        rows.append(star_buttons(rid))
    return [*rows, [Button(text="btn-my-requests", data=callbacks.my_list())]]


def star_buttons(request_id: int) -> list[Button]:
    """Return the 1 to 5 stars."""
    return [Button(text="⭐" * n, data=callbacks.my_rate(request_id, n)) for n in range(1, 6)]


async def open_request(
    update: Update, context: LinliContext, person: Actor, request_id: int, _: str
) -> None:
    """Show the request, its public timeline, and what can be done now."""
    request, timeline = await context.services.requests.resident_view(person.tg_id, request_id)
    await quietly(require_query(update).answer())
    voice = tr(context, person, "request-voice-note") if request.voice_file_id else ""
    description = "\n".join(p for p in (cut(request.description, 800), voice) if p) or "—"
    labels = await category_labels(context)
    args = {"number": request.number, "status": request.status.value, "description": description}
    head = tr(context, person, "request-view", **args, **category_args(request.category, labels))
    lines = [shown for e in timeline if (shown := entry_line(context, person, e))]
    history = [tr(context, person, "request-view-history"), *lines[-HISTORY_MAX:]]
    text = cut("\n\n".join([head, "\n".join(history)]), VIEW_MAX)
    await send(update, context, text, inline(lang(context, person), view_buttons(request)))
    # The photos the resident attached, under the request, so they can see what staff see.
    chat = update.effective_chat
    if chat is not None:
        for photo in request.photos[:PHOTOS_SHOWN]:
            await context.bot.send_photo(chat.id, photo, caption=request.number)


async def ask_reply(
    update: Update, context: LinliContext, person: Actor, request_id: int, _: str
) -> None:
    """Open a form for words or a photo to add to the request (also the staff's "Answer")."""
    request, _timeline = await context.services.requests.resident_view(person.tg_id, request_id)
    if request.status in FINAL_STATUSES:
        raise Conflict("error-request-closed", number=request.number)
    await ADD_INFO.start(context, person, request_id=request.id)
    await quietly(require_query(update).answer())
    keyboard = cancel_only(lang(context, person))
    await say(update, context, person, "reply-ask", keyboard, number=request.number)


@ADD_INFO.step("text")
async def got_reply(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add the words or the photo to the request, then close the form."""
    request_id = int(draft.data.get("request_id") or 0)
    try:
        request = await add_to_request(update, context, person, request_id)
    except Conflict:  # closed meanwhile: the form has nothing left to do
        await context.services.drafts.cancel(person.tg_id)
        raise
    if request is not None:
        await context.services.drafts.cancel(person.tg_id)
        await added(update, context, person, request)


async def added(update: Update, context: LinliContext, person: Actor, request: Request) -> None:
    """Say the addition reached the staff, and show the menu again."""
    keyboard = home(context, person)
    await say(update, context, person, "reply-sent", keyboard, number=request.number)
    await redraw_cards(context, request.id)


async def add_to_request(
    update: Update, context: LinliContext, person: Actor, request_id: int
) -> Request | None:
    """Send the message's words or photo to the request; None (asked again) for anything else."""
    message = update.effective_message
    photo = message.photo[-1].file_id if message is not None and message.photo else None
    text = (message.text or message.caption) if message is not None else None
    if photo is None and not text:
        await say(update, context, person, "reply-type-or-photo")
        return None
    if text is not None and len(text) > TEXT_MAX:
        await say(update, context, person, "error-text-long", max=TEXT_MAX)
        return None
    return await context.services.requests.resident_reply(person.tg_id, request_id, text, photo)


@reply_route
async def replied_about_request(
    update: Update, context: LinliContext, person: Actor, replied: Message
) -> bool:
    """Treat a resident's Telegram reply to a message about their request as an addition."""
    if person.role.is_staff or not is_private(update):
        return False
    ref = await context.services.outbox.ref_of(replied.chat.id, replied.message_id)
    request_id = read_id(ref.removeprefix("req:")) if ref and ref.startswith("req:") else None
    if request_id is None:
        return False
    request = await add_to_request(update, context, person, request_id)
    if request is not None:
        await added(update, context, person, request)
    return True


async def ask_withdraw(
    update: Update, context: LinliContext, person: Actor, request_id: int, _: str
) -> None:
    """Ask before withdrawing an open request."""
    request, _timeline = await context.services.requests.resident_view(person.tg_id, request_id)
    if not request.status.is_open:
        raise Conflict("error-request-closed", number=request.number)
    await quietly(require_query(update).answer())
    rows = [
        [
            Button(text="btn-withdraw-yes", data=callbacks.my_withdraw_sure(request_id, True)),
            Button(text="btn-withdraw-no", data=callbacks.my_withdraw_sure(request_id, False)),
        ]
    ]
    keyboard = inline(lang(context, person), rows)
    await say(update, context, person, "withdraw-ask", keyboard, number=request.number)


async def withdraw(
    update: Update, context: LinliContext, person: Actor, request_id: int, choice: str
) -> None:
    """Withdraw on Yes; on No, say it stays open."""
    query = require_query(update)
    if choice == "y":
        request = await context.services.requests.withdraw(person.tg_id, request_id)
        key = "withdraw-done"
    else:
        request, _timeline = await context.services.requests.resident_view(person.tg_id, request_id)
        key = "withdraw-kept"
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, key, number=request.number)


async def solved(
    update: Update, context: LinliContext, person: Actor, request_id: int, choice: str
) -> None:
    """Yes closes the request and offers stars; No reopens it (the owner is alerted)."""
    query = require_query(update)
    request = await context.services.requests.confirm(person.tg_id, request_id, choice == "y")
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    if request.status == RequestStatus.CLOSED:
        stars = inline(lang(context, person), [star_buttons(request.id)])
        await say(update, context, person, "solved-rate", stars, number=request.number)
    else:
        await say(update, context, person, "solved-reopened", number=request.number)


async def rate(
    update: Update, context: LinliContext, person: Actor, request_id: int, choice: str
) -> None:
    """Record the stars, once, and thank the resident."""
    stars = int_or_none(choice) or 0
    query = require_query(update)
    await context.services.requests.rate(person.tg_id, request_id, stars)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await say(update, context, person, "rate-thanks", stars=stars)


def require_query(update: Update) -> CallbackQuery:
    """Return the press being handled (every action here comes from one)."""
    assert update.callback_query is not None
    return update.callback_query


# The presses after which the staff cards show a new state.
CHANGES_CARD = frozenset({"wd", "solved", "rate"})
ACTIONS: dict[str, Action] = {
    "open": open_request,
    "reply": ask_reply,
    "withdraw": ask_withdraw,
    "wd": withdraw,
    "solved": solved,
    "rate": rate,
}


@friendly
async def on_my_button(update: Update, context: LinliContext) -> None:
    """Route `my:<action>:<id>[:<choice>]`; malformed or forged data gets a kind alert."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_mine(query.data)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.action == callbacks.MINE_LIST:
        await quietly(query.answer())
        await show_list(update, context, person)
        return
    if press.request_id is None:
        raise NotFound()
    await ACTIONS[press.action](update, context, person, press.request_id, press.choice)
    if press.action in CHANGES_CARD:
        await redraw_cards(context, press.request_id)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("myrequests", my_requests_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_my_button, pattern=f"^{callbacks.MINE}:"),
]
