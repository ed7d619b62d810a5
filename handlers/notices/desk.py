"""/broadcasts for staff (recent notices with reports, scheduled ones to cancel, who is
unreachable), the progress message edited as a notice goes out, and /quiethours for admins.

The progress job keeps nothing itself: each run asks the service which notices are under way
and draws their counts; after a restart it simply goes on editing the same message.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import time

from telegram import Update
from telegram.error import RetryAfter, TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import notices as callbacks
from bot.context import LinliContext
from bot.flood import Lane
from bot.models.notices import BroadcastStatus, Report
from bot.models.people import Actor
from bot.models.work import Draft
from bot.services.notices.resident import excerpt
from handlers.common import (
    actor,
    admin_command,
    friendly,
    lang,
    quietly,
    say,
    send,
    staff_command,
    tr,
)
from handlers.events.view import answer, require_query
from handlers.forms import Form, menu, need_text
from handlers.keyboards import cancel_only, inline, main_menu
from handlers.notices.view import (
    listing_buttons,
    listing_text,
    progress_markup,
    progress_text,
)

log = logging.getLogger(__name__)
QUIET = "quiet-hours"
QUIET_HOURS = Form(QUIET, ["hours"])
SHOWN = "broadcast-progress-shown"
DRAWING = "broadcast-progress-drawing"


@staff_command
async def list_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the notices."""
    await show_list(update, context, person)


@menu("menu-broadcasts")
async def show_list(update: Update, context: LinliContext, person: Actor) -> None:
    """List recent notices with their reports and scheduled ones with a Cancel each."""
    recent, planned = await context.services.broadcasts.listing(person.tg_id)
    text = listing_text(context, person, recent, planned)
    await send(update, context, text, inline(lang(context, person), listing_buttons(planned)))


@friendly
async def on_desk_button(update: Update, context: LinliContext) -> None:
    """Cancel sending (`bcd:stop:<id>`), cancel a scheduled one, or list the unreachable."""
    query = require_query(update)
    person = await actor(update, context)
    await context.services.broadcasts.require_staff(person.tg_id)
    press = callbacks.read_desk(query.data)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-not-found"), show_alert=True))
        return
    if press.unreachable:
        await answer(update)
        await show_unreachable(update, context, person)
        return
    if press.to_request:
        request, made = await context.services.desk.from_notice_reply(person.tg_id, press.notice_id)
        key = "reply-became-request" if made else "reply-was-request"
        await quietly(query.answer(tr(context, person, key, number=request.number)))
        await quietly(query.edit_message_reply_markup(None))
        return
    if press.to_topic:
        topic, made = await context.services.topics.from_notice_reply(person.tg_id, press.notice_id)
        key = "reply-became-topic" if made else "reply-was-topic"
        await quietly(query.answer(tr(context, person, key, number=topic.number)))
        await quietly(query.edit_message_reply_markup(None))
        return
    notice = await context.services.broadcasts.cancel(person.tg_id, press.notice_id)
    await answer(update)
    if press.stop:
        await quietly(query.edit_message_reply_markup(None))
        await say(update, context, person, "broadcast-stopping")
        return
    key = "broadcast-stopped" if notice.status == BroadcastStatus.STOPPED else "broadcast-cancelled"
    await say(update, context, person, key, notice=excerpt(notice.text))


async def show_unreachable(update: Update, context: LinliContext, person: Actor) -> None:
    """List who blocked the bot, with their building and flat, for staff to visit or call."""
    people = await context.services.notices.unreachable(person.tg_id)
    if not people:
        await say(update, context, person, "broadcasts-unreachable-none")
        return
    names = "; ".join(f"{p.name} ({p.building or '—'} {p.unit or ''})".strip() for p in people)
    await say(update, context, person, "broadcasts-unreachable", names=names)


async def progress_tick(context: LinliContext) -> None:
    """Start drawing every notice's progress, unless the last drawing is still under way.

    Progress edits queue behind answers to people (the pacer serves those first), so in a
    burst one drawing can outlast the interval; the job itself returns at once and a tick
    that finds the last drawing unfinished lets it be, instead of piling up behind it.
    """
    if not context.application.running:
        return  # stopping: the next start draws it (a task made now would never be awaited)
    drawing = context.bot_data.extra.get(DRAWING)
    if isinstance(drawing, asyncio.Task) and not drawing.done():
        return
    context.bot_data.extra[DRAWING] = context.application.create_task(
        draw_all_progress(context), name="linli-progress"
    )


async def draw_all_progress(context: LinliContext) -> None:
    """Edit each notice's progress message with its counts; the last edit is its report."""
    sender = context.bot_data.sender
    if sender is not None and sender.paused:
        return  # Telegram asked everyone to wait; progress can wait too
    shown = context.bot_data.extra.setdefault(SHOWN, {})
    assert isinstance(shown, dict)
    for report in await context.services.broadcasts.progress():
        try:
            await draw_progress(context, report, shown)
        except RetryAfter:  # the pacer holds every call for as long as Telegram asked
            return
        except TelegramError as exc:  # the next run tries again; nothing is lost
            log.info("progress of notice %d not shown: %s", report.broadcast.id, exc)


async def draw_progress(context: LinliContext, report: Report, shown: dict[int, str]) -> None:
    """Send or edit one notice's progress message; mark the final report as shown."""
    notice, services = report.broadcast, context.services.broadcasts
    chat, language = await services.creator_chat(notice)
    chat = notice.progress_chat or chat
    if chat is None:  # nobody to show it to
        await services.shown(notice.id, chat=0, message_id=0, final=True)
        return
    text = progress_text(context, language, report)
    markup = None if report.finished else progress_markup(language, notice.id)
    message_id = notice.progress_message_id
    if message_id is None:
        message_id = (
            await context.bot.send_message(
                chat, text, reply_markup=markup, rate_limit_args=Lane.PERSONAL
            )
        ).message_id
    elif shown.get(notice.id) != text:
        await quietly(
            context.bot.edit_message_text(
                text,
                chat_id=chat,
                message_id=message_id,
                reply_markup=markup,
                rate_limit_args=Lane.PERSONAL,
            )
        )
    shown[notice.id] = text
    if notice.progress_message_id is None or report.finished:
        await services.shown(notice.id, chat=chat, message_id=message_id, final=report.finished)
    if report.finished:
        log.info(
            "notice %d sent: %d delivered, %d unreachable, %d failed, %d cancelled",
            notice.id, report.sent, report.unreachable, report.failed, report.cancelled,
        )  # fmt: skip


@admin_command
async def quiet_hours(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the quiet hours and ask for new ones (admins only)."""
    start, end = await context.services.broadcasts.quiet_hours()
    await QUIET_HOURS.start(context, person)
    hours = hours_text(context, person, start, end)
    await say(
        update, context, person, "quiet-hours-ask", cancel_only(lang(context, person)), hours=hours
    )


def hours_text(context: LinliContext, person: Actor, start: time, end: time) -> str:
    """Return quiet hours as "22:00-07:00", or "off"."""
    if start == end:
        return tr(context, person, "quiet-hours-off")
    return f"{start:%H:%M}-{end:%H:%M}"


@QUIET_HOURS.step("hours")
async def got_quiet_hours(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take new quiet hours."""
    text = await need_text(update, context, person, limit=40)
    if text is None:
        return
    start, end = await context.services.broadcasts.set_quiet_hours(person.tg_id, text)
    await context.services.drafts.cancel(draft.tg_id)
    hours = hours_text(context, person, start, end)
    markup = main_menu(lang(context, person), person)
    await say(update, context, person, "quiet-hours-set", markup, hours=hours)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("broadcasts", list_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("quiethours", quiet_hours, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_desk_button, pattern=f"^{callbacks.DESK}:"),
]
