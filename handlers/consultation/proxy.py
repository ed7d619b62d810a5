"""A topic raised by staff for a resident without Telegram (a visit, a call, door to door).

A short form (flow "topic-proxy", declared in `PROXY`): the resident's name, building, unit and
phone (the steps shared with the proxy request, in handlers.proxy_common), what they want the
council to discuss, their building or the whole community, whether neighbours may see their
name, the staff member's note, then Confirm. Confirm raises with `source_key=draft:<id>`, so a
double tap raises once; the card carries the note and the resident's phone.
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import topics as callbacks
from bot.context import LinliContext
from bot.models.people import Actor
from bot.models.topics import NewTopic
from bot.models.work import Draft
from bot.services.consultation.topics import REASON_MAX, TEXT_MAX
from handlers.common import home, lang, say, staff_command, tr
from handlers.form_kit import alert, close_form, confirm_rows, draft_at, form_buttons, settle
from handlers.forms import Form, ask
from handlers.keyboards import inline
from handlers.proxy_common import ProxyIntake, person_fields, take, typed
from handlers.requests.desk import detour

FLOW = "topic-proxy"
PROXY = Form(
    FLOW, ["name", "building", "unit", "phone", "about", "where", "shown", "note", "confirm"]
)
SHOWN = ("btn-topic-name-yes", "btn-topic-name-no")


@staff_command
async def proxy_topic_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Start a topic for a resident without Telegram (/proxytopic), for staff."""
    await INTAKE.begin(update, context, person)


async def ask_about(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Ask what the resident wants discussed."""
    await say(update, context, person, "topic-proxy-ask-about")


INTAKE = ProxyIntake(PROXY, "topic-proxy", ask_about, free_building=True)


def where_labels(context: LinliContext, person: Actor, draft: Draft) -> dict[str, str | None]:
    """Return the two answers to "where" as shown, each with the building it stands for."""
    building = str(draft.data.get("building") or "")
    own = tr(context, person, "btn-topic-my-building", building=building)
    return {own: building, tr(context, person, "btn-topic-everyone"): None}


@PROXY.step("about")
async def got_about(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the resident's words, then ask where it applies."""
    taken = await take(update, context, person, draft, TEXT_MAX, PROXY)
    if taken is not None:
        await ask(
            update, context, person, "topic-proxy-ask-where", *where_labels(context, person, taken)
        )


@PROXY.step("where")
async def got_where(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the building or the whole community (buttons), then ask about the name."""
    text = await typed(update, context, person, draft, 100)
    if text is None:
        return
    labels = where_labels(context, person, draft)
    if text not in labels:
        await ask(update, context, person, "topic-use-where-buttons", *labels)
        return
    if await PROXY.next(draft, context, where=labels[text]):
        await ask(update, context, person, "topic-proxy-ask-shown", *SHOWN)


@PROXY.step("shown")
async def got_shown(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take whether the resident agreed to be named, then ask for the note."""
    text = await typed(update, context, person, draft, 100)
    if text is None:
        return
    answer = next((key for key in SHOWN if text == tr(context, person, key)), None)
    if answer is None:
        await ask(update, context, person, "topic-use-name-buttons", *SHOWN)
        return
    if await PROXY.next(draft, context, shown=answer == SHOWN[0]):
        await say(update, context, person, "topic-proxy-ask-note")


@PROXY.step("note")
async def got_note(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the staff member's note, then show everything to confirm."""
    taken = await take(update, context, person, draft, REASON_MAX, PROXY)
    if taken is not None:
        await show_summary(update, context, person, taken)


@PROXY.step("confirm")
async def typed_at_confirm(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Words where Confirm was expected: show the summary with its buttons again."""
    if not await detour(update, context, person, draft):
        await show_summary(update, context, person, draft)


async def show_summary(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Show what will be raised, with Confirm and Cancel carrying the form's id."""
    data = draft.data
    args = {
        **person_fields(draft),
        "text": str(data.get("about") or ""),
        "where": data.get("where") or "all",
        "shown": "yes" if data.get("shown") else "no",
        "note": str(data.get("note") or ""),
    }
    keyboard = inline(lang(context, person), confirm_rows(callbacks.PROXY_FORM, draft))
    await say(update, context, person, "topic-proxy-summary", keyboard, **args)


async def confirm(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Raise the topic once, close the form, and tell the filer its number."""
    draft = await draft_at(context, person, FLOW, "confirm", draft_id)
    if draft is None:
        await alert(query, context, person, "topic-proxy-closed")
        return
    data = person_fields(draft)
    new = NewTopic(
        text=str(draft.data.get("about") or ""),
        building=draft.data.get("where"),
        show_name=bool(draft.data.get("shown")),
    )
    topic, created = await context.services.topics.file_proxy(
        person.tg_id,
        **data,
        new=new,
        note=str(draft.data.get("note") or ""),
        source_key=f"draft:{draft_id}",
    )
    await context.services.drafts.cancel(person.tg_id)
    await settle(query)
    key = "topic-proxy-filed" if created else "topic-proxy-already"
    await say(update, context, person, key, home(context, person), number=topic.number, **data)


async def cancel(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, draft_id: int
) -> None:
    """Close the form from its inline Cancel button (only the form it belongs to)."""
    draft = await context.services.drafts.get(person.tg_id)
    if draft is None or draft.id != draft_id:
        await alert(query, context, person, "topic-proxy-closed")
        return
    await close_form(update, context, person, query)


async def no_category(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, code: str
) -> None:
    """A topic has no categories: a `tx:cat:` press is forged."""
    await alert(query, context, person, "error-too-old")


on_proxy_button = form_buttons(callbacks.PROXY_FORM, no_category, confirm, cancel, staff_only=True)

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("proxytopic", proxy_topic_command, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_proxy_button, pattern=f"^{callbacks.PROXY_FORM}:"),
]
