"""A person's own data: /mydata shows everything stored; /deleteme erases it after a Yes."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import people as callbacks
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.wishes import Wish
from handlers.common import actor, friendly, home, lang, quietly, remember, say, send, tr
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.requests.mine import VIEW_MAX, cut, line
from handlers.requests.new import category_labels


@friendly
async def my_data_command(update: Update, context: LinliContext) -> None:
    """Show what Linli stores about the person (/mydata)."""
    await show_my_data(update, context, await actor(update, context))


def wish_lines(context: LinliContext, person: Actor, wishes: list[Wish]) -> list[str]:
    """Return the part of /mydata about the person's wishes (nothing when there are none)."""
    if not wishes:
        return []
    lines = [tr(context, person, "mydata-wishes", count=len(wishes))]
    for wish in wishes:
        status = tr(context, person, "wish-line", number=wish.number, status=wish.status.value)
        lines.append(f"{status} · {wish.text[:60]}" if wish.text else status)
    return ["\n".join(lines)]


@menu("menu-my-data")
async def show_my_data(update: Update, context: LinliContext, person: Actor) -> None:
    """Show name, building, unit, phone, language, role and every request with its status."""
    # Before registering (or after erasing) nothing but the Telegram name is kept.
    found = (await context.services.people.my_data(person.tg_id)) if person.registered else None
    person = remember(context, found.person) if found is not None else person
    requests = found.requests if found is not None else []
    args = {
        "name": person.name,
        "building": person.building or "—",
        "unit": person.unit or "—",
        "phone": person.phone or "—",
        "language": tr(context, person, f"lang-name-{lang(context, person)}"),
        "role": person.role.value,
    }
    labels = await category_labels(context)
    lines = [line(context, person, r, labels) for r in requests]
    heading = tr(context, person, "mydata-requests", count=len(lines)) if lines else None
    parts = [
        tr(context, person, "mydata-text", **args),
        "\n".join([heading, *lines]) if heading else tr(context, person, "mydata-no-requests"),
        *wish_lines(context, person, found.wishes if found is not None else []),
        tr(context, person, "mydata-footer"),
    ]
    erase = inline(
        lang(context, person), [[Button(text="btn-erase-my-data", data=callbacks.erase_ask())]]
    )
    await send(update, context, cut("\n\n".join(parts), VIEW_MAX), erase)


@friendly
async def delete_me_command(update: Update, context: LinliContext) -> None:
    """Ask before erasing the person's data (/deleteme)."""
    await ask_erase(update, context, await actor(update, context))


async def ask_erase(update: Update, context: LinliContext, person: Actor) -> None:
    """Explain what erasing does, with Yes and No."""
    rows = [
        [
            Button(text="btn-erase-yes", data=callbacks.erase_sure(True)),
            Button(text="btn-erase-no", data=callbacks.erase_sure(False)),
        ]
    ]
    await say(update, context, person, "deleteme-ask", inline(lang(context, person), rows))


@friendly
async def on_me_button(update: Update, context: LinliContext) -> None:
    """Handle `me:ask` (the button under /mydata) and `me:del:y|n`."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    press = callbacks.read_erase(query.data)
    if press is None:
        await quietly(query.answer(tr(context, person, "error-too-old"), show_alert=True))
        return
    if press.yes is None:
        await quietly(query.answer())
        await ask_erase(update, context, person)
        return
    if press.yes:
        await context.services.people.erase(person.tg_id)
        person = await actor(update, context)
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))
    key = "deleteme-done" if press.yes else "deleteme-kept"
    await say(update, context, person, key, home(context, person))


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("mydata", my_data_command, filters=filters.ChatType.PRIVATE),
    CommandHandler("deleteme", delete_me_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_me_button, pattern=f"^{callbacks.ME}:"),
]
