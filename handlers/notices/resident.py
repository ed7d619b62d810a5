"""Notices on the residents' side: Reply (button or Telegram reply), Mute a kind, Undo;
and staff answering a resident's reply with a Telegram reply in the staff chat.

The buttons carry the notice's id; the service checks the notice was sent to the presser,
so a forged `bcu:r:7` from someone who never got notice 7 finds nothing.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import notices as callbacks
from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.notices import NoticeKind
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from bot.services.notices.resident import REPLY_MAX, excerpt
from handlers.common import (
    actor,
    friendly,
    is_private,
    lang,
    quietly,
    say,
)
from handlers.events.view import answer, require_query
from handlers.forms import Form, need_text, reply_route
from handlers.keyboards import cancel_only, inline, main_menu

FLOW = "notice-reply"
REPLY = Form(FLOW, ["text"])


@friendly
async def on_notice_button(update: Update, context: LinliContext) -> None:
    """Reply (`bcu:r:<id>`), mute its kind (`bcu:m:<id>`), or undo a mute (`bcu:u:<kind>`)."""
    query = require_query(update)
    person = await actor(update, context)
    press = callbacks.read_notice(query.data, set(NoticeKind))
    if press is None:
        raise NotFound()
    if press.unmute:
        await context.services.notices.unmute(person.tg_id, NoticeKind(press.kind))
        await quietly(query.edit_message_reply_markup(None))
        await answer(update)
        await say(update, context, person, "notice-unmuted")
        return
    if press.notice_id == callbacks.PREVIEW:
        await quietly(query.answer(context.services.env.t(person, "notice-preview-only"), True))
        return
    if press.mute:
        await mute(update, context, person, press.notice_id)
    else:
        await ask_reply(update, context, person, press.notice_id)


async def mute(update: Update, context: LinliContext, person: Actor, notice_id: int) -> None:
    """Mute the notice's kind and offer Undo."""
    kind = await context.services.notices.mute(person.tg_id, notice_id)
    await answer(update)
    undo = [[Button(text="btn-notice-unmute", data=callbacks.unmute(kind.value))]]
    await say(
        update,
        context,
        person,
        "notice-muted",
        inline(lang(context, person), undo),
        kind=kind.value,
    )


async def ask_reply(update: Update, context: LinliContext, person: Actor, notice_id: int) -> None:
    """Open the reply form for a notice the person received."""
    notice_text = await context.services.notices.received_text(person.tg_id, notice_id)
    await REPLY.start(context, person, notice=notice_id)
    await answer(update)
    await say(
        update,
        context,
        person,
        "notice-ask-reply",
        cancel_only(lang(context, person)),
        notice=excerpt(notice_text),
    )


@REPLY.step("text")
async def got_reply(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Pass the reply on to staff and close the form."""
    text = await need_text(update, context, person, limit=REPLY_MAX)
    if text is None:
        return
    await context.services.notices.reply(person.tg_id, int(draft.data["notice"]), text)
    await context.services.drafts.cancel(person.tg_id)
    await say(
        update, context, person, "notice-reply-sent", main_menu(lang(context, person), person)
    )


@reply_route
async def replied_to_notice(
    update: Update, context: LinliContext, person: Actor, replied: Message
) -> bool:
    """Pass a resident's Telegram reply to a notice (or to staff's answer) on to staff."""
    if not is_private(update):
        return False
    ref = await context.services.outbox.ref_of(replied.chat.id, replied.message_id)
    notice_id = read_id(ref.removeprefix("bc:")) if ref and ref.startswith("bc:") else None
    if notice_id is None:
        return False
    text = await need_text(update, context, person, limit=REPLY_MAX)
    if text is not None:
        await context.services.notices.reply(person.tg_id, notice_id, text)
        await say(update, context, person, "notice-reply-sent")
    return True


@reply_route
async def staff_answered(
    update: Update, context: LinliContext, person: Actor, replied: Message
) -> bool:
    """Send a staff member's Telegram reply on a resident's reply back to the resident."""
    if not person.role.is_staff:
        return False
    ref = await context.services.outbox.ref_of(replied.chat.id, replied.message_id)
    reply_id = read_id(ref.removeprefix("bcr:")) if ref and ref.startswith("bcr:") else None
    if reply_id is None:
        return False
    text = await need_text(update, context, person, limit=REPLY_MAX)
    if text is not None:
        resident = await context.services.notices.answer(person.tg_id, reply_id, text)
        await say(update, context, person, "notice-answer-sent", name=resident.name)
    return True


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(on_notice_button, pattern=f"^{callbacks.RESIDENT}:"),
]
