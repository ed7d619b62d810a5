"""Saved replies (常用回复): send one under a Reply prompt, and keep the list (/replies).

Under a Reply prompt the category's saved replies are buttons. Pressing one shows it whole,
set as code so a tap copies it: send it as it is with Send, or paste it into the answer to
the prompt and change what needs changing. Send only works while that staff member's Reply
form for that request is open, so a double tap or a colleague's press never answers twice.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot import i18n
from bot.callbacks import saved_replies as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.requests import SavedReply
from bot.models.work import Draft
from bot.services.requests.saved_replies import TEXT_MAX
from handlers.common import actor, friendly, lang, quietly, require_staff, send, staff_command, tr
from handlers.events.view import require_query
from handlers.forms import Form, need_text
from handlers.keyboards import inline
from handlers.requests.desk import (
    FLOW,
    REPLY,
    finish,
    prompt,
    saved_offers,
)
from handlers.requests.queue import chat_lang, chat_of, check_may_act

KEEPING = Form("saved-reply", ["category", "text"])


# ---- under a Reply prompt ---------------------------------------------------------------


def _reply_form(draft: Draft | None, request_id: int) -> Draft | None:
    """Return the draft if it is this person's open Reply to this request."""
    if draft is None or draft.flow != FLOW or draft.step != REPLY.first:
        return None
    return draft if draft.data.get("request_id") == request_id else None


async def show_saved(
    update: Update, context: LinliContext, person: Actor, request_id: int, reply_id: int
) -> None:
    """Show one saved reply whole (a tap copies it), with Send and Back."""
    query = require_query(update)
    found = await context.services.saved_replies.get(person.tg_id, reply_id)
    lng = chat_lang(context, person, chat_of(update))
    head, how = (html.escape(i18n.t(lng, key)) for key in ("saved-shown", "saved-shown-how"))
    text = f"{head}\n\n<code>{html.escape(found.text)}</code>\n\n{how}"
    rows = [
        [Button(text="btn-saved-send", data=callbacks.send(request_id, reply_id))],
        [Button(text="btn-saved-back", data=callbacks.offers(request_id))],
    ]
    await quietly(query.answer())
    await quietly(
        query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=inline(lng, rows))
    )


async def send_saved(
    update: Update, context: LinliContext, person: Actor, request_id: int, reply_id: int
) -> None:
    """Answer the resident with the saved reply, as a typed answer would, then close the form."""
    query = require_query(update)
    draft = _reply_form(await context.services.drafts.get(person.tg_id), request_id)
    if draft is None:
        await quietly(query.answer(tr(context, person, "saved-reply-first"), show_alert=True))
        return
    found = await context.services.saved_replies.get(person.tg_id, reply_id)
    check_may_act(person, await context.services.desk.view(person.tg_id, request_id))
    await context.services.desk.reply(person.tg_id, request_id, found.text)
    await quietly(query.answer())
    await quietly(query.edit_message_text(tr(context, person, "saved-sent", text=found.text)))
    await finish(update, context, person, draft, "desk-done-reply")


async def back_to_offers(
    update: Update, context: LinliContext, person: Actor, request_id: int
) -> None:
    """Show the list of saved replies for the request again."""
    query = require_query(update)
    view = await context.services.desk.view(person.tg_id, request_id)
    text, rows = await saved_offers(
        context, person, chat_of(update), request_id, view.request.category
    )
    await quietly(query.answer())
    lng = chat_lang(context, person, chat_of(update))
    await quietly(query.edit_message_text(text, reply_markup=inline(lng, rows) if rows else None))


# ---- the list staff keep (/replies) ------------------------------------------------------


async def _list_view(context: LinliContext, person: Actor) -> tuple[str, InlineKeyboardMarkup]:
    """Return the saved replies, numbered, each with Remove, and Add."""
    every = await context.services.saved_replies.every(person.tg_id)
    labels = await _category_labels(context, person)
    lines = [
        tr(
            context,
            person,
            "saved-line",
            n=n,
            category=labels.get(r.category or "", tr(context, person, "saved-every-category")),
            text=r.text,
        )
        for n, r in enumerate(every, 1)
    ]
    key = "saved-list" if every else "saved-list-empty"
    text = "\n".join([tr(context, person, key, count=len(every)), *lines])
    rows = [
        [Button(text=tr(context, person, "btn-saved-remove", n=n), data=callbacks.remove(r.id))]
        for n, r in enumerate(every, 1)
    ]
    rows.append([Button(text="btn-saved-add", data=callbacks.add())])
    return text[:4000], inline(lang(context, person), rows)


async def _category_labels(context: LinliContext, person: Actor) -> dict[str, str]:
    """Return each category's name in the person's language."""
    return {
        c.code: tr(
            context, person, "category-name", category=c.code, category_label=c.label or c.code
        )
        for c in await context.services.community.categories(include_hidden=True)
    }


@staff_command
async def replies_command(update: Update, context: LinliContext, person: Actor) -> None:
    """List the saved replies, with Remove and Add (/replies)."""
    text, markup = await _list_view(context, person)
    await send(update, context, text, markup)


async def remove_saved(update: Update, context: LinliContext, person: Actor, reply_id: int) -> None:
    """Forget one saved reply and redraw the list."""
    query = require_query(update)
    removed = await context.services.saved_replies.remove(person.tg_id, reply_id)
    text, markup = await _list_view(context, person)
    toast = "saved-removed" if removed else "saved-already-removed"
    await quietly(query.answer(tr(context, person, toast)))
    await quietly(query.edit_message_text(text, reply_markup=markup))


async def start_adding(update: Update, context: LinliContext, person: Actor) -> None:
    """Ask which category the new saved reply is for (or every category)."""
    require_staff(person)
    query = require_query(update)
    categories = await context.services.community.categories(include_hidden=True)
    labels = await _category_labels(context, person)
    rows = [[Button(text="saved-every-category", data=callbacks.category(0))]]
    rows += [
        [Button(text=labels[c.code], data=callbacks.category(n))]
        for n, c in enumerate(categories, 1)
    ]
    await KEEPING.start(context, person, chat=chat_of(update))
    await quietly(query.answer())
    await send(
        update,
        context,
        tr(context, person, "saved-ask-category"),
        inline(lang(context, person), rows),
    )


async def chose_category(update: Update, context: LinliContext, person: Actor, place: int) -> None:
    """Keep the category chosen and ask for the words (a ForceReply, so a group works too)."""
    query = require_query(update)
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.flow != KEEPING.flow or draft.step != KEEPING.first:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    categories = await context.services.community.categories(include_hidden=True)
    if place > len(categories):
        raise NotFound()
    code = categories[place - 1].code if place else None
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    await KEEPING.next(draft, context, category=code)
    await prompt(update, context, person, "saved-ask-text", max=TEXT_MAX)


@KEEPING.step("category")
async def typed_instead_of_category(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words typed where a category button was asked: say so, the form waits."""
    await send(update, context, tr(context, person, "saved-press-category"))


@KEEPING.step("text")
async def got_saved_text(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Keep the saved reply and show the list."""
    text = await need_text(update, context, person, limit=TEXT_MAX)
    if text is None:
        return
    category = draft.data.get("category")
    kept: SavedReply = await context.services.saved_replies.add(
        person.tg_id, category if isinstance(category, str) else None, text
    )
    await context.services.drafts.finish(draft)
    await send(update, context, tr(context, person, "saved-kept", text=kept.text))
    listing, markup = await _list_view(context, person)
    await send(update, context, listing, markup)


# ---- the router --------------------------------------------------------------------------


@friendly
async def on_saved_button(update: Update, context: LinliContext) -> None:
    """Route `sr:` presses; forged or old data gets an alert, a resident the staff refusal."""
    query = require_query(update)
    person = await actor(update, context)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    require_staff(person)
    ids = [n for n in press.numbers if n is not None]
    if len(ids) < len(press.numbers):
        raise NotFound()
    if press.action == "show":
        await show_saved(update, context, person, ids[0], ids[1])
    elif press.action == "send":
        await send_saved(update, context, person, ids[0], ids[1])
    elif press.action == "list":
        await back_to_offers(update, context, person, ids[0])
    elif press.action == "del":
        await remove_saved(update, context, person, ids[0])
    elif press.action == "add":
        await start_adding(update, context, person)
    else:
        await chose_category(update, context, person, ids[0])


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("replies", replies_command),
    CallbackQueryHandler(on_saved_button, pattern=f"^{callbacks.SAVED}:"),
]
