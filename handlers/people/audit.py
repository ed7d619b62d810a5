"""The audit log in the chat, for admins: /audit pages through the newest lines, narrows to
one person, and sends the whole log as a spreadsheet."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import audit as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.audit import AuditEntry
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.services.people.audit import PAGE
from handlers.common import (
    actor,
    admin_command,
    friendly,
    lang,
    quietly,
    require_admin,
    send,
    tr,
)
from handlers.events.view import require_query
from handlers.keyboards import inline


def _line(context: LinliContext, person: Actor, entry: AuditEntry) -> str:
    """Return one line of the log as the admin reads it, in the community's time."""
    zone = context.services.env.settings.zone
    change = ""
    if entry.before is not None or entry.after is not None:
        change = tr(
            context, person, "audit-change", before=entry.before or "—", after=entry.after or "—"
        )
    return tr(
        context,
        person,
        "audit-line",
        at=entry.at.astimezone(zone).strftime("%m-%d %H:%M"),
        who=entry.actor_name or "—",
        action=entry.action.value,
        subject=entry.subject,
        change=change,
    )


async def _view(
    context: LinliContext, person: Actor, actor_id: int, page: int
) -> tuple[str, InlineKeyboardMarkup]:
    """Return one page of the log with Previous/Next, By person (or Everyone) and Export."""
    entries, total = await context.services.audit.page(
        person.tg_id, actor_id=actor_id or None, page=page
    )
    pages = max(1, -(-total // PAGE))
    page = min(max(page, 0), pages - 1)
    key = "audit-title" if total else "audit-empty"
    head = tr(context, person, key, count=total, page=page + 1, pages=pages)
    text = "\n".join([head, *(_line(context, person, e) for e in entries)])
    turns = [
        Button(text=label, data=callbacks.page(actor_id, to))
        for label, to in (("btn-audit-previous", page - 1), ("btn-audit-next", page + 1))
        if 0 <= to < pages
    ]
    who = Button(text="btn-audit-people", data=callbacks.people())
    if actor_id:
        who = Button(text="btn-audit-everyone", data=callbacks.page(0, 0))
    rows = [turns] if turns else []
    rows += [[who], [Button(text="btn-audit-export", data=callbacks.export(actor_id))]]
    return text[:4000], inline(lang(context, person), rows)


@admin_command
async def audit_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the newest lines of the audit log (/audit), for admins."""
    text, markup = await _view(context, person, 0, 0)
    await send(update, context, text, markup)


async def _people(update: Update, context: LinliContext, person: Actor) -> None:
    """List who has lines in the log, each a button to their lines."""
    query = require_query(update)
    found = await context.services.audit.actors(person.tg_id)
    rows = [
        [
            Button(
                text=tr(context, person, "audit-person", name=name, count=n),
                data=callbacks.page(pid, 0),
            )
        ]
        for pid, name, n in found
    ]
    rows.append([Button(text="btn-audit-everyone", data=callbacks.page(0, 0))])
    await quietly(query.answer())
    await quietly(
        query.edit_message_text(
            tr(context, person, "audit-people"), reply_markup=inline(lang(context, person), rows)
        )
    )


@friendly
async def on_audit_button(update: Update, context: LinliContext) -> None:
    """Route `au:` presses; forged data gets the old-button alert, staff the admin refusal."""
    query = require_query(update)
    person = await actor(update, context)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    require_admin(person)
    ids = [n for n in press.numbers if n is not None]
    if len(ids) < len(press.numbers):
        raise NotFound()
    if press.action == "who":
        await _people(update, context, person)
    elif press.action == "pg":
        text, markup = await _view(context, person, ids[0], ids[1])
        await quietly(query.answer())
        await quietly(query.edit_message_text(text, reply_markup=markup))
    else:
        name, data = await context.services.audit.export(
            person.tg_id, actor_id=ids[0] or None, lang=lang(context, person)
        )
        await quietly(query.answer())
        chat = update.effective_chat
        assert chat is not None
        await context.bot.send_document(
            chat.id, data, filename=name, caption=tr(context, person, "audit-export-caption")
        )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("audit", audit_command),
    CallbackQueryHandler(on_audit_button, pattern=f"^{callbacks.AUDIT}:"),
]
