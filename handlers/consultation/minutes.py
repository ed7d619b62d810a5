"""The council's minutes for staff: the decision on each agenda topic (✅ agreed, ❌ rejected,
⏭ postponed) with a short text, and follow-up actions of agreed topics, each a request with
an owner chosen from the staff. Reached from /council's "📝 Minutes"; the presses arrive
through the council router (handlers/consultation/council.py), which checks staff first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from telegram import Update

from bot.callbacks import councils as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.councils import CouncilView, Decision
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import TaskSpec
from bot.models.work import Draft
from bot.services.volunteers.tasks_staff import TITLE_MAX
from handlers.common import lang, say, tr
from handlers.events.view import answer
from handlers.forms import Form, ask, end_form, need_text, text_step
from handlers.keyboards import inline

DECIDE = Form("council-decide", ["text"])
ACTION = Form("council-action", ["text"])
TASK = Form("council-task", ["title", "when", "place"])
TASK_HOURS = 2  # how long a follow-up task lasts; staff can change it on the task card
DECISIONS = {"a": Decision.AGREED, "r": Decision.REJECTED, "p": Decision.POSTPONED}
Action = Callable[[Update, LinliContext, Actor, callbacks.CouncilPress], Awaitable[None]]


def minutes_text(context: LinliContext, person: Actor, view: CouncilView) -> str:
    """Return the minutes: each agenda topic with its decision so far."""
    lines = [
        tr(
            context,
            person,
            "council-minutes-line",
            position=n,
            number=i.topic.number,
            text=i.topic.text[:80] or "🎤",
            decision=i.decision.value if i.decision else "none",
            said=i.decision_text or "none",
        )
        for n, i in enumerate(view.agenda, start=1)
    ]
    body = "\n".join(lines) or tr(context, person, "council-agenda-empty")
    return tr(context, person, "council-minutes", lines=body, attended=view.attended)


def minutes_rows(view: CouncilView) -> list[list[Button]]:
    """Return the decision buttons of undecided topics and Follow-up for agreed ones."""
    cid = view.council.id
    rows: list[list[Button]] = []
    for i in view.agenda:
        n, tid = i.topic.number, i.topic.id
        if i.decision is None:
            rows.append(
                [
                    Button(text=f"✅ {n}", data=callbacks.staff("dc", cid, tid, "a")),
                    Button(text=f"❌ {n}", data=callbacks.staff("dc", cid, tid, "r")),
                    Button(text=f"⏭ {n}", data=callbacks.staff("dc", cid, tid, "p")),
                ]
            )
        elif i.decision == Decision.AGREED:
            rows.append(
                [
                    Button(text=f"➕ {n}", data=callbacks.staff("fa", cid, tid)),
                    Button(text=f"🙋 {n}", data=callbacks.staff("ft", cid, tid)),
                ]
            )
    rows.append(
        [
            Button(text="btn-council-xlsx", data=callbacks.staff("xlsx", cid)),
            Button(text="btn-council-publish", data=callbacks.staff("pub", cid)),
        ]
    )
    return rows


async def send_minutes(
    update: Update, context: LinliContext, person: Actor, council_id: int
) -> None:
    """Send the minutes of a council with their buttons."""
    view = await context.services.outcomes.minutes(person.tg_id, council_id)
    markup = inline(lang(context, person), minutes_rows(view))
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id, minutes_text(context, person, view), reply_markup=markup
    )


async def minutes(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Show the minutes of the council pressed."""
    (council_id,) = press.ids
    if council_id is None:
        raise NotFound("error-council-not-found")
    await asyncio.gather(answer(update), send_minutes(update, context, person, council_id))


async def ask_decision(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Ask for the short text of the decision pressed."""
    council_id, topic_id = press.ids
    if council_id is None or topic_id is None:
        raise NotFound("error-topic-not-found")
    await context.services.outcomes.minutes(person.tg_id, council_id)
    await DECIDE.start(
        context, person, council_id=council_id, topic_id=topic_id, decision=press.letter
    )
    key = f"council-ask-decision-{DECISIONS[press.letter or 'a'].value}"
    await asyncio.gather(answer(update), ask(update, context, person, key))


@DECIDE.step("text")
async def got_decision(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Record the decision; the raiser and supporters are told; show the minutes again."""
    text = await need_text(update, context, person, limit=500)
    if text is None:
        return
    council_id = int(draft.data["council_id"])
    _, following = await context.services.outcomes.decide(
        person.tg_id,
        council_id,
        int(draft.data["topic_id"]),
        DECISIONS[str(draft.data["decision"])],
        text,
    )
    await end_form(update, context, person, "council-decision-recorded")
    if following is not None:
        zone = context.services.env.settings.zone
        await say(
            update, context, person, "council-held-next", when=local(following.starts_at, zone)
        )
    await send_minutes(update, context, person, council_id)


async def pick_owner(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Offer the staff as owners of a new follow-up action."""
    council_id, topic_id = press.ids
    if council_id is None or topic_id is None:
        raise NotFound("error-topic-not-found")
    staff = await context.services.people.staff_colleagues(person.tg_id)
    rows = [
        [Button(text=p.name, data=callbacks.staff("fo", council_id, topic_id, p.id))] for p in staff
    ]
    await asyncio.gather(
        answer(update),
        say(update, context, person, "council-pick-owner", inline(lang(context, person), rows)),
    )


async def ask_action(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Ask what the owner should do."""
    council_id, topic_id, owner_id = press.ids
    if council_id is None or topic_id is None or owner_id is None:
        raise NotFound("error-council-person")
    await ACTION.start(context, person, council_id=council_id, topic_id=topic_id, owner=owner_id)
    await asyncio.gather(answer(update), ask(update, context, person, "council-ask-action"))


@ACTION.step("text")
async def got_action(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """File the follow-up request (once per form, however often Send is tapped)."""
    text = await need_text(update, context, person, limit=1000)
    if text is None:
        return
    request, _ = await context.services.outcomes.add_action(
        person.tg_id,
        int(draft.data["council_id"]),
        int(draft.data["topic_id"]),
        int(draft.data["owner"]),
        text,
        source_key=f"council-action:{draft.id}",
    )
    await end_form(update, context, person, "council-action-added")
    await say(update, context, person, "council-action-number", request=request.number)


async def export(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Send the outcome list as a spreadsheet to the staff member."""
    (council_id,) = press.ids
    if council_id is None:
        raise NotFound("error-council-not-found")
    name, data = await context.services.outcomes.export(
        person.tg_id, council_id, lang(context, person)
    )
    caption = tr(context, person, "council-xlsx-caption")
    assert update.effective_chat is not None
    document = context.bot.send_document(
        update.effective_chat.id, data, filename=name, caption=caption
    )
    await asyncio.gather(answer(update), document)


async def publish(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Publish the outcome list to the community as a notice (once, however often pressed)."""
    (council_id,) = press.ids
    if council_id is None:
        raise NotFound("error-council-not-found")
    notice = await context.services.outcomes.publish(person.tg_id, council_id)
    await asyncio.gather(
        answer(update),
        say(update, context, person, "council-published", recipients=notice.recipients),
    )


async def ask_task(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Open the short form of a follow-up volunteer task: what, when, where."""
    council_id, topic_id = press.ids
    if council_id is None or topic_id is None:
        raise NotFound("error-topic-not-found")
    await context.services.outcomes.minutes(person.tg_id, council_id)
    await TASK.start(context, person, council_id=council_id, topic_id=topic_id)
    await asyncio.gather(answer(update), ask(update, context, person, "council-ask-task"))


text_step(TASK, "title", field="title", question="council-ask-task-when", limit=TITLE_MAX)


@TASK.step("when")
async def got_task_when(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Read when the volunteers are needed, then ask where."""
    text = await need_text(update, context, person, limit=200)
    if text is None:
        return
    starts_at = context.services.task_desk.read_time(text)
    if await TASK.next(draft, context, when=starts_at.isoformat()):
        await ask(update, context, person, "council-ask-task-place")


@TASK.step("place")
async def got_task_place(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Post the task for volunteers and record it as the topic's follow-up action."""
    place = await need_text(update, context, person, limit=200)
    if place is None:
        return
    starts_at = datetime.fromisoformat(str(draft.data["when"]))
    spec = TaskSpec(
        title=str(draft.data["title"]),
        place=place,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=TASK_HOURS),
    )
    task, _ = await context.services.outcomes.add_task(
        person.tg_id,
        int(draft.data["council_id"]),
        int(draft.data["topic_id"]),
        spec,
        source_key=f"council-task:{draft.id}",
    )
    await end_form(update, context, person, "council-task-added")
    await say(update, context, person, "council-task-title", title=task.title)


ACTIONS: dict[str, Action] = {
    "min": minutes,
    "dc": ask_decision,
    "fa": pick_owner,
    "fo": ask_action,
    "ft": ask_task,
    "xlsx": export,
    "pub": publish,
}
