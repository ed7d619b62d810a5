"""How notices look: the notice itself as residents see it, progress, reports, the list."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update

from bot import i18n
from bot.callbacks import notices as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.models.notices import Broadcast, BroadcastStatus, NoticeSpec, Repeat, Report
from bot.models.outbox import Button
from bot.models.people import Actor, Person
from bot.services.notices.resident import excerpt
from handlers.common import tr
from handlers.events.view import chat_of
from handlers.keyboards import inline

SEND_RATE_FLOOR = 1.0


async def present_notice(
    context: LinliContext,
    update: Update,
    spec: NoticeSpec,
    text: str,
    markup: InlineKeyboardMarkup,
) -> None:
    """Send the notice as the outbox will: text, or a photo or document with it as caption."""
    chat = chat_of(update)
    if spec.photo:
        await context.bot.send_photo(chat, spec.photo, caption=text, reply_markup=markup)
    elif spec.document:
        await context.bot.send_document(chat, spec.document, caption=text, reply_markup=markup)
    else:
        await context.bot.send_message(chat, text, reply_markup=markup)


def repeat_text(context: LinliContext, person: Person | None, rule: Repeat) -> str:
    """Return a repeating rule in words ("the first Friday of every month at 09:00")."""
    return tr(
        context,
        person,
        "repeat-rule",
        freq=rule.freq,
        weekday=rule.weekday if rule.weekday is not None else 0,
        nth=rule.nth if rule.nth is not None else 0,
        day=rule.day or 0,
        time=f"{rule.hour:02d}:{rule.minute:02d}",
    )


def _counts(report: Report) -> dict[str, object]:
    return {
        "notice": excerpt(report.broadcast.text),
        "sent": report.sent,
        "total": report.broadcast.recipients,
        "unreachable": report.unreachable,
        "failed": report.failed,
        "cancelled": report.cancelled,
    }


def progress_text(context: LinliContext, language: str, report: Report) -> str:
    """Return the progress message, or the final report once nothing is left."""
    if report.finished:
        return i18n.t(language, "broadcast-report", **_counts(report))
    rate = max(context.services.env.settings.send_rate, SEND_RATE_FLOOR)
    zone = context.services.env.settings.zone
    held = local(report.held_until, zone) if report.held_until else "none"
    minutes = max(1, round(report.left / rate / 60))
    args = _counts(report)
    return i18n.t(language, "broadcast-progress", held=held, minutes=minutes, **args)


def progress_markup(language: str, broadcast_id: int) -> InlineKeyboardMarkup:
    """Return the Cancel button under the progress message."""
    return inline(
        language, [[Button(text="btn-notice-stop", data=callbacks.stop_sending(broadcast_id))]]
    )


def listing_text(
    context: LinliContext, person: Actor, recent: list[Report], planned: list[Broadcast]
) -> str:
    """Return /broadcasts: recent notices with their reports, then the scheduled ones."""
    if not recent and not planned:
        return tr(context, person, "broadcasts-none")
    zone = context.services.env.settings.zone
    lines = [tr(context, person, "broadcasts-title")]
    if recent:
        lines.append(tr(context, person, "broadcasts-recent"))
    for report in recent:
        notice = report.broadcast
        status = "sending" if notice.status == BroadcastStatus.SENDING else notice.status.value
        when = local(notice.started_at or notice.created_at, zone)
        args = {**_counts(report), "status": status, "when": when, "replies": report.replies}
        lines.append(tr(context, person, "broadcasts-line", **args))
    if planned:
        lines.append(tr(context, person, "broadcasts-planned"))
    for notice in planned:
        rule = repeat_text(context, person, notice.repeat) if notice.repeat else "none"
        when = local(notice.send_at, zone) if notice.send_at else "—"
        lines.append(
            tr(
                context,
                person,
                "broadcasts-planned-line",
                when=when,
                notice=excerpt(notice.text),
                rule=rule,
            )
        )
    return "\n".join(lines)


def listing_buttons(planned: list[Broadcast]) -> list[list[Button]]:
    """Return a Cancel button per scheduled notice, and the unreachable people's list."""
    rows = [
        [Button(text=f"✖️ {excerpt(n.text)[:40]}", data=callbacks.cancel_scheduled(n.id))]
        for n in planned
    ]
    rows.append([Button(text="btn-notice-unreachable", data=callbacks.unreachable())])
    return rows


def content_of(message: Message | None) -> dict[str, Any] | None:
    """Return the text and media of the message, or None when it holds neither."""
    if message is None:
        return None
    if message.photo:
        return {"text": message.caption or "", "photo": message.photo[-1].file_id}
    if message.document:
        return {"text": message.caption or "", "document": message.document.file_id}
    if message.text:
        return {"text": message.text}
    return None


async def places(context: LinliContext, person: Actor) -> dict[str, str]:
    """Return the building and grid buttons, label -> target."""
    buildings = await context.services.community.buildings()
    found = {b.name: b.name for b in buildings}
    for grid in sorted({b.grid for b in buildings if b.grid}):
        found[tr(context, person, "broadcast-grid", grid=grid)] = f"grid:{grid}"
    return found


async def event_choices(context: LinliContext, person: Actor) -> dict[str, int]:
    """Return the upcoming events as button labels -> id."""
    events = await context.services.event_desk.managed(person.tg_id)
    zone = context.services.env.settings.zone
    return {f"{e.title} · {local(e.starts_at, zone)}"[:60]: e.id for e in events}
