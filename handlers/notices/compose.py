"""/broadcast: staff write a notice, choose its kind and audience, see it as residents will,
then send it now or schedule it (once or repeating).

The form is a draft (flow "notice"), so a restart mid-form continues where it was. Send and
Schedule carry the draft's id: a double tap, or a press delivered twice, finds the notice
already made and never sends a second one. Every press is re-checked by the service.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import notices as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.languages import LANGUAGES
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.work import Draft
from bot.services.notices.broadcasts import notice_buttons
from handlers.common import actor, friendly, lang, say, staff_command, tr
from handlers.events.view import answer, require_query
from handlers.form_kit import pressed_on_form
from handlers.forms import Form, ask, end_form, menu, need_text, pressed
from handlers.keyboards import cancel_only, inline, main_menu
from handlers.notices.view import (
    content_of,
    event_choices,
    places,
    present_notice,
    progress_markup,
    progress_text,
    repeat_text,
)

FLOW = "notice"
# Buildings, event and language each follow the audience of that name; a notice asks one or none.
NOTICE = Form(
    FLOW, ["content", "kind", "audience", "buildings", "event", "language", "preview", "when"]
)
KINDS = {f"btn-notice-kind-{k.value}": k for k in NoticeKind}
AUDIENCES = {f"btn-notice-to-{a.value}": a for a in NoticeAudience}
# The audiences that ask which ones (buildings, event, language) at the step of their name.
ASKS_WHICH = (NoticeAudience.BUILDINGS, NoticeAudience.EVENT, NoticeAudience.LANGUAGE)


@staff_command
async def new_notice(update: Update, context: LinliContext, person: Actor) -> None:
    """Open the form (staff and admins only)."""
    await start_form(update, context, person)


@menu("menu-broadcast")
async def start_form(update: Update, context: LinliContext, person: Actor) -> None:
    """Ask for the notice's words (or a photo or document with a caption)."""
    await context.services.broadcasts.require_staff(person.tg_id)
    await NOTICE.start(context, person)
    await say(update, context, person, "broadcast-ask-content", cancel_only(lang(context, person)))


@NOTICE.step("content")
async def got_content(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the notice's text, or a photo or document with its caption."""
    content = content_of(update.effective_message)
    if content is None:
        await say(update, context, person, "broadcast-need-content")
        return
    if not content["text"].strip():
        await say(update, context, person, "broadcast-need-caption")
        return
    context.services.broadcasts.check_spec(NoticeSpec.model_validate(content))
    data = {"photo": None, "document": None, **content}
    if await NOTICE.next(draft, context, **data):
        await ask(update, context, person, "broadcast-ask-kind", *KINDS)


def chosen(update: Update, options: dict[str, Any]) -> Any:
    """Return the option whose button was pressed, or refuse anything else."""
    for key, value in options.items():
        if pressed(update.effective_message, key):
            return value
    raise InvalidInput("form-not-understood")


@NOTICE.step("kind")
async def got_kind(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the kind: urgent, or one of the normal kinds residents may mute."""
    kind: NoticeKind = chosen(update, KINDS)
    if await NOTICE.next(draft, context, kind=kind.value):
        await ask(update, context, person, "broadcast-ask-audience", *AUDIENCES)


@NOTICE.step("audience")
async def got_audience(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the audience; buildings, an event or a language ask which, and the others go
    straight to the preview (at the step "preview", so words typed there show it again).

    The form branches here, so the step is named: each follow-up step has its audience's name.
    """
    audience: NoticeAudience = chosen(update, AUDIENCES)
    then = audience.value if audience in ASKS_WHICH else "preview"
    saved = await NOTICE.jump(draft, context, then, audience=audience.value, targets=[])
    if saved is None:
        return
    if audience == NoticeAudience.BUILDINGS:
        await ask_buildings(update, context, person, [])
    elif audience == NoticeAudience.EVENT:
        await ask_event(update, context, person, saved)
    elif audience == NoticeAudience.LANGUAGE:
        labels = [f"btn-language-{code}" for code in LANGUAGES]
        await ask(update, context, person, "broadcast-ask-language", *labels)
    else:
        await show_preview(update, context, person, saved)


async def ask_buildings(
    update: Update, context: LinliContext, person: Actor, targets: list[str]
) -> None:
    """Show the buildings and grids to pick one by one, and Done."""
    labels = await places(context, person)
    names = [label for label, target in labels.items() if target in targets]
    await ask(
        update,
        context,
        person,
        "broadcast-ask-buildings",
        *labels,
        "btn-done",
        chosen=", ".join(names) or "—",
    )


@NOTICE.step("buildings")
async def got_building(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add (or take back) a building or grid, staying at this step; Done shows the preview
    (a jump past the event and language steps, which belong to other audiences)."""
    targets = list(draft.data.get("targets") or [])
    message = update.effective_message
    if pressed(message, "btn-done"):
        if not targets:
            raise InvalidInput("error-notice-no-targets")
        saved = await NOTICE.jump(draft, context, "preview")
        if saved is not None:
            await show_preview(update, context, person, saved)
        return
    target = (await places(context, person)).get((message.text or "").strip() if message else "")
    if target is None:
        raise InvalidInput("error-unknown-building")
    targets = [t for t in targets if t != target] if target in targets else [*targets, target]
    if await NOTICE.stay(draft, context, targets=targets):
        await ask_buildings(update, context, person, targets)


async def ask_event(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show the upcoming events to choose from; with none, jump back to the audience."""
    labels = list(await event_choices(context, person))
    if not labels:
        await NOTICE.jump(draft, context, "audience")
        await ask(update, context, person, "broadcast-no-events", *AUDIENCES)
        return
    await ask(update, context, person, "broadcast-ask-event", *labels)


@NOTICE.step("event")
async def got_event(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the event whose sign-ups get the notice, then jump past the language step (it
    belongs to another audience) to the preview."""
    message = update.effective_message
    event_id = (await event_choices(context, person)).get(message.text or "" if message else "")
    if event_id is None:
        raise InvalidInput("form-not-understood")
    saved = await NOTICE.jump(draft, context, "preview", targets=[str(event_id)])
    if saved is not None:
        await show_preview(update, context, person, saved)


@NOTICE.step("language")
async def got_language(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the language whose residents get the notice."""
    code: str = chosen(update, {f"btn-language-{c}": c for c in LANGUAGES})
    saved = await NOTICE.next(draft, context, targets=[code])
    if saved is not None:
        await show_preview(update, context, person, saved)


def spec_of(draft: Draft) -> NoticeSpec:
    """Return the notice the form describes."""
    return NoticeSpec.model_validate(draft.data)


async def show_preview(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show the notice exactly as residents see it, the count, and Send / Schedule / Cancel."""
    spec = spec_of(draft)
    language = lang(context, person)
    text, count = await context.services.broadcasts.preview(person.tg_id, spec, language)
    markup = inline(language, preview_buttons(spec.kind))
    await present_notice(context, update, spec, text, markup)
    quiet_end = await context.services.broadcasts.quiet_end_now(spec.kind)
    send = (
        tr(context, person, "btn-notice-send-at", time=clock_time(context, quiet_end))
        if quiet_end
        else "btn-notice-send"
    )
    rows = [
        [
            Button(text=send, data=callbacks.send_now(draft.id)),
            Button(text="btn-notice-schedule", data=callbacks.schedule(draft.id)),
        ],
        [Button(text="btn-cancel", data=callbacks.cancel_compose(draft.id))],
    ]
    zone = context.services.env.settings.zone
    args = {
        "count": count,
        "quiet": "yes" if quiet_end else "no",
        "until": local(quiet_end, zone) if quiet_end else "",
    }
    await say(update, context, person, "broadcast-preview-count", inline(language, rows), **args)


def clock_time(context: LinliContext, when: datetime) -> str:
    """Return the hour on the community's clock ("07:00"): quiet hours end within a day."""
    return f"{when.astimezone(context.services.env.settings.zone):%H:%M}"


def preview_buttons(kind: NoticeKind) -> list[list[Button]]:
    """Return the residents' buttons, pointing nowhere (the notice does not exist yet)."""
    return notice_buttons(0, kind)


@NOTICE.step("preview")
async def typed_at_preview(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where a button was expected: show the preview again."""
    await show_preview(update, context, person, draft)


@friendly
async def on_compose_button(update: Update, context: LinliContext) -> None:
    """Send on `bcs:send:<draft>`, ask when on `bcs:sched:<draft>`, drop on `bcs:no:<draft>`.

    Schedule jumps to "when" by name: an older preview's buttons stay pressable after the form
    has moved on (to "when" itself, say), where the step after the draft's is not "when".
    """
    query = require_query(update)
    person = await actor(update, context)
    await context.services.broadcasts.require_staff(person.tg_id)
    press = await pressed_on_form(
        update, context, person, query, callbacks.COMPOSE, FLOW, "broadcast-form-closed"
    )
    if press is None:
        return
    action, draft = press
    if action == "sched":
        if await NOTICE.jump(draft, context, "when"):
            await asyncio.gather(
                answer(update),
                say(
                    update,
                    context,
                    person,
                    "broadcast-ask-when",
                    cancel_only(lang(context, person)),
                ),
            )
        return
    if action != "send":
        await asyncio.gather(answer(update), end_form(update, context, person, "form-cancelled"))
        return
    notice = await context.services.broadcasts.send_now(
        person.tg_id, spec_of(draft), source_key=f"draft:{draft.id}", close_draft=draft.id
    )
    await answer(update)
    report = await context.services.broadcasts.report(person.tg_id, notice.id)
    language = lang(context, person)
    held = report.held_until
    when = {"time": clock_time(context, held)} if held else {}
    key = "broadcast-held" if held else "broadcast-sending"
    await say(update, context, person, key, main_menu(language, person), **when)
    sent = await context.bot.send_message(
        query.message.chat.id if query.message else person.tg_id,
        progress_text(context, language, report),
        reply_markup=progress_markup(language, notice.id),
    )
    await context.services.broadcasts.shown(
        notice.id, chat=sent.chat_id, message_id=sent.message_id, final=False
    )


@NOTICE.step("when")
async def got_when(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Read when to send (once or repeating) and schedule the notice."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    notice = await context.services.broadcasts.schedule(
        person.tg_id,
        spec_of(draft),
        text,
        source_key=f"draft:{draft.id}",
        close_draft=draft.id,
    )
    zone = context.services.env.settings.zone
    when = local(notice.send_at, zone) if notice.send_at else "—"
    markup = main_menu(lang(context, person), person)
    if notice.repeat is not None:
        rule = repeat_text(context, person, notice.repeat)
        await say(update, context, person, "broadcast-recurring", markup, when=when, rule=rule)
    else:
        await say(update, context, person, "broadcast-scheduled", markup, when=when)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("broadcast", new_notice, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_compose_button, pattern=f"^{callbacks.COMPOSE}:(send|sched|no):"),
]
