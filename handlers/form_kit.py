"""What the forms with Confirm buttons share: the resident's request ("request") and wish
("wish"), the staff proxy forms ("proxy", "wish-proxy") and the helper's "wish-done" photo.

Each form keeps its own flow name, callback prefix and catalog keys, because drafts saved in
the database resume by them; only the logic that was the same in each form lives here, once,
so that a fix to how a press is routed or a stale press is answered reaches every form.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import CallbackQuery, ReplyKeyboardMarkup, Update

from bot.callbacks.codec import read_id
from bot.context import LinliContext
from bot.errors import NotAllowed
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from handlers.common import actor, callback_parts, friendly, home, lang, quietly, say, tr
from handlers.forms import MENU, Form, end_form, pressed
from handlers.keyboards import cancel_only, choices
from handlers.people.start import begin_registration

log = logging.getLogger(__name__)

CategoryPress = Callable[[Update, LinliContext, Actor, CallbackQuery, str], Awaitable[None]]
DraftPress = Callable[[Update, LinliContext, Actor, CallbackQuery, int], Awaitable[None]]
ButtonHandler = Callable[[Update, LinliContext], Coroutine[Any, Any, None]]


async def start_resident_form(
    update: Update, context: LinliContext, person: Actor, form: Form
) -> Draft | None:
    """Open a resident's form at its first step, or send an unregistered person to register
    first (None then): a request or a wish needs to know who and where the resident is."""
    if not person.registered:
        await begin_registration(update, context, person)
        return None
    return await form.start(context, person)


async def left_by_menu(update: Update, context: LinliContext, person: Actor) -> bool:
    """Where a resident's form asks for its buttons, a main-menu button (still shown below)
    closes the form and does what it says; True when it did."""
    for key, action in MENU.items():
        if pressed(update.effective_message, key):
            await context.services.drafts.cancel(person.tg_id)
            await action(update, context, person)
            return True
    return False


async def alert(query: CallbackQuery, context: LinliContext, person: Actor, key: str) -> None:
    """Answer a press with a pop-up: the form it belongs to is closed, or the press is forged."""
    await quietly(query.answer(tr(context, person, key), show_alert=True))


async def settle(query: CallbackQuery) -> None:
    """Answer a press and drop its message's buttons, so the same press cannot come again."""
    await quietly(query.answer())
    await quietly(query.edit_message_reply_markup(None))


async def draft_at(
    context: LinliContext, person: Actor, flow: str, at: str, draft_id: int | None = None
) -> Draft | None:
    """Return the person's draft if it is still `flow` at step `at` (and, given a `draft_id`,
    the very form the press came from); None when a press finds its form gone or moved on."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or (draft.flow, draft.step) != (flow, at):
        return None
    if draft_id is not None and draft.id != draft_id:
        return None
    return draft


async def pressed_on_form(
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    prefix: str,
    flow: str,
    closed: str,
) -> tuple[str, Draft] | None:
    """Return the action and the draft of a `<prefix>:<action>:<draft>` press on the person's
    open `flow` form, its buttons removed so it cannot come twice; None (after the `closed`
    pop-up) when that very form is gone or the data was forged."""
    parts = callback_parts(update, prefix, 3)
    draft = await context.services.drafts.get(person.tg_id)
    if parts is None or draft is None or draft.flow != flow or str(draft.id) != parts[2]:
        await alert(query, context, person, closed)
        return None
    await quietly(query.edit_message_reply_markup(None))
    return parts[1], draft


def publish_rows(prefix: str, draft: Draft, publish: str) -> list[list[Button]]:
    """Return [Publish] [Cancel] under a staff form's preview: `<prefix>:pub|no:<draft>`."""
    return [
        [
            Button(text=publish, data=f"{prefix}:pub:{draft.id}"),
            Button(text="btn-cancel", data=f"{prefix}:no:{draft.id}"),
        ]
    ]


async def to_publish(
    update: Update, context: LinliContext, person: Actor, prefix: str, flow: str
) -> Draft | None:
    """Return the draft when its preview's Publish was pressed; on Cancel close the form, and
    on a press from a closed or forged form say so; None in both cases."""
    query = update.callback_query
    if query is None:
        return None
    press = await pressed_on_form(
        update, context, person, query, prefix, flow, "newevent-form-closed"
    )
    if press is None:
        return None
    action, draft = press
    if action != "pub":
        await quietly(query.answer())
        await end_form(update, context, person, "form-cancelled")
        return None
    return draft


async def close_form(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery
) -> None:
    """Close the person's form from its inline Cancel, and show the main menu again."""
    await context.services.drafts.cancel(person.tg_id)
    await settle(query)
    await say(update, context, person, "form-cancelled", home(context, person))


async def show_choice(
    update: Update,
    context: LinliContext,
    person: Actor,
    query: CallbackQuery,
    chosen: str,
    ask: str,
    **args: object,
) -> None:
    """After a category press: answer it, turn the buttons' message into what was chosen (so
    the chat reads as a record), and ask the next, typed question."""
    await quietly(query.answer())
    await quietly(query.edit_message_text(tr(context, person, chosen, **args)))
    await say(update, context, person, ask, cancel_only(lang(context, person)))


def confirm_rows(prefix: str, draft: Draft) -> list[list[Button]]:
    """Return [Confirm] [Cancel] as `<prefix>:ok:<draft>` and `<prefix>:no:<draft>`: the id
    makes a press on an older summary (of a form since closed) harmless."""
    return [
        [
            Button(text="btn-confirm", data=f"{prefix}:ok:{draft.id}"),
            Button(text="btn-cancel", data=f"{prefix}:no:{draft.id}"),
        ]
    ]


def form_buttons(
    prefix: str,
    chose_category: CategoryPress,
    confirm: DraftPress,
    cancel: DraftPress,
    *,
    staff_only: bool = False,
) -> ButtonHandler:
    """Return the handler of a form's inline buttons: `<prefix>:cat:<code>`, `<prefix>:ok:<draft>`
    and `<prefix>:no:<draft>`. Any client can forge callback data, so anything else (or a
    non-staff press on a staff form) is refused before the form is touched."""

    @friendly
    async def on_button(update: Update, context: LinliContext) -> None:
        query = update.callback_query
        if query is None:
            return
        person = await actor(update, context)
        if staff_only and not person.role.is_staff:
            raise NotAllowed()
        parts = callback_parts(update, prefix, 3)
        draft_id = read_id(parts[2]) if parts is not None else None
        if parts is not None and parts[1] == "cat":
            await chose_category(update, context, person, query, parts[2])
        elif parts is not None and draft_id is not None and parts[1] in ("ok", "no"):
            action = confirm if parts[1] == "ok" else cancel
            await action(update, context, person, query, draft_id)
        else:
            await alert(query, context, person, "error-too-old")

    return on_button


def skip_keyboard(context: LinliContext, person: Actor) -> ReplyKeyboardMarkup:
    """Return [Skip] [Cancel], offered where a photo is optional."""
    return choices(lang(context, person), [tr(context, person, "btn-skip")])


async def photo_or_skip(
    update: Update, context: LinliContext, person: Actor
) -> tuple[bool, str | None]:
    """Read a photo step: (True, the largest size's file id), (True, None) after Skip, or
    (False, None) after asking again kindly, when the message was neither."""
    message = update.effective_message
    if message is not None and message.photo:
        return True, message.photo[-1].file_id
    if pressed(message, "btn-skip"):
        return True, None
    await say(update, context, person, "wish-photo-or-skip")
    return False, None
