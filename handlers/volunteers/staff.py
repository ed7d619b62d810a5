"""Staff and volunteers: approve or decline applications (a reason is asked), /volunteers with
leaders and manual awards of points.

Decline and Award open short forms whose prompt is a ForceReply, so they work in the staff
group as in a private chat; the forms are drafts and survive a restart.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callbacks import volunteers as callbacks
from bot.context import LinliContext
from bot.errors import InvalidInput
from bot.models.love_bank import LedgerEntry
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.volunteers import VolunteerStatus
from bot.models.work import Draft
from handlers.common import int_or_none, lang, quietly, say, send, staff_command, tr
from handlers.events.view import answer, require_query
from handlers.forms import Form, need_text
from handlers.keyboards import inline
from handlers.requests.desk import prompt
from handlers.volunteers.view import area_label, first, presses

DECLINE = "vol-decline"
AWARD = "award"
DECLINING = Form(DECLINE, ["reason"])
AWARDING = Form(AWARD, ["points", "note"])
LIST_MAX = 30


async def approve(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Approve the application on the card."""
    volunteer = await context.services.volunteers.approve(person.tg_id, first(ids))
    await quietly(require_query(update).edit_message_reply_markup(None))
    await answer(update)
    await say(update, context, person, "volunteer-approved-staff", name=volunteer.name)


async def ask_decline(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Ask why, before declining (the staff member must be staff to get this far)."""
    await context.services.task_desk.require_staff(person.tg_id)
    await DECLINING.start(context, person, person_id=first(ids))
    await answer(update)
    await prompt(update, context, person, "volunteer-ask-decline-reason")


@DECLINING.step("reason")
async def got_reason(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Decline with the reason given; the resident is told."""
    reason = await need_text(update, context, person, limit=500)
    if reason is None:
        return
    volunteer = await context.services.volunteers.decline(
        person.tg_id, int(draft.data["person_id"]), reason
    )
    await context.services.drafts.cancel(person.tg_id)
    await say(update, context, person, "volunteer-declined-staff", name=volunteer.name)


async def _list_view(
    context: LinliContext, person: Actor
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Return the /volunteers list: applications with Approve, Decline and Approve all, then
    volunteers with Leader and Award. Drawn the same when sent and when redrawn."""
    tg_id = person.tg_id
    applied = await context.services.volunteers.listing(tg_id, VolunteerStatus.APPLIED)
    approved = await context.services.volunteers.listing(tg_id, VolunteerStatus.APPROVED)
    rows = [
        [
            Button(text=f"🙋 {v.name}", data=callbacks.approve_listed(v.person_id)),
            Button(text="btn-vol-decline", data=callbacks.decline(v.person_id)),
        ]
        for v in applied[:LIST_MAX]
    ]
    if len(applied) > 1:
        shown = min(len(applied), LIST_MAX)
        label = tr(context, person, "btn-vol-approve-all", count=shown)
        rows.append([Button(text=label, data=callbacks.approve_all())])
    for v in approved[:LIST_MAX]:
        lead = f" · {area_label(context, person, v.leads)}" if v.leads else ""
        rows.append(
            [
                Button(text=f"🏅 {v.name}{lead}", data=callbacks.choose_area(v.person_id)),
                Button(text="btn-vol-award", data=callbacks.award(v.person_id)),
            ]
        )
    key = "volunteers-staff-list" if rows else "volunteers-staff-empty"
    markup = inline(lang(context, person), rows) if rows else None
    return tr(context, person, key, applied=len(applied), approved=len(approved)), markup


@staff_command
async def volunteers_command(update: Update, context: LinliContext, person: Actor) -> None:
    """List applications to decide and volunteers with Leader and Award buttons (/volunteers)."""
    text, markup = await _list_view(context, person)
    await send(update, context, text, markup)


async def _redraw_list(update: Update, context: LinliContext, person: Actor, toast: str) -> None:
    """Answer the press with `toast` and redraw the list in place, so the next one is a tap."""
    query = require_query(update)
    text, markup = await _list_view(context, person)
    await quietly(query.answer(toast))
    await quietly(query.edit_message_text(text, reply_markup=markup))


async def approve_listed(
    update: Update, context: LinliContext, person: Actor, ids: list[int]
) -> None:
    """Approve one application from the list; the list stays open for the next."""
    volunteer = await context.services.volunteers.approve(person.tg_id, first(ids))
    toast = tr(context, person, "volunteer-approved-staff", name=volunteer.name)
    await _redraw_list(update, context, person, toast)


async def approve_all(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Approve every application the list shows (at most LIST_MAX) with one press."""
    applied = await context.services.volunteers.listing(person.tg_id, VolunteerStatus.APPLIED)
    done = await context.services.volunteers.approve_many(
        person.tg_id, [v.person_id for v in applied[:LIST_MAX]]
    )
    await _redraw_list(
        update, context, person, tr(context, person, "volunteers-approved-all", count=len(done))
    )


async def choose_area(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Show the areas the volunteer could lead, and Not a leader."""
    await context.services.task_desk.require_staff(person.tg_id)
    areas = await context.services.volunteers.areas()
    pid = first(ids)
    rows = [
        [Button(text=area_label(context, person, a), data=callbacks.appoint(pid, n))]
        for n, a in enumerate(areas, 1)
    ]
    rows.append([Button(text="btn-vol-no-leader", data=callbacks.appoint(pid, 0))])
    await answer(update)
    await say(update, context, person, "volunteer-ask-lead", inline(lang(context, person), rows))


async def appoint(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Appoint the leader of the area pressed (0: no longer a leader)."""
    areas = await context.services.volunteers.areas()
    index = ids[1]
    if not 0 <= index <= len(areas):
        raise InvalidInput("error-unknown-area")
    area = areas[index - 1] if index else None
    volunteer = await context.services.volunteers.appoint_leader(person.tg_id, first(ids), area)
    await quietly(require_query(update).edit_message_reply_markup(None))
    await answer(update)
    shown = area_label(context, person, area) if area else "—"
    await say(update, context, person, "volunteer-leader-staff", name=volunteer.name, area=shown)


async def ask_award(update: Update, context: LinliContext, person: Actor, ids: list[int]) -> None:
    """Ask how many points to give (staff only)."""
    await context.services.task_desk.require_staff(person.tg_id)
    await AWARDING.start(context, person, person_id=first(ids))
    await answer(update)
    await prompt(update, context, person, "award-ask-points")


@AWARDING.step("points")
async def got_points(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Take the number of points, then ask why."""
    text = await need_text(update, context, person, limit=10)
    if text is None:
        return
    points = int_or_none(text)
    if points is None or not 1 <= points <= 10_000:
        raise InvalidInput("error-points-amount", most=10_000)
    if await AWARDING.next(draft, context, points=points) is not None:
        await prompt(update, context, person, "award-ask-note")


@AWARDING.step("note")
async def got_note(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Record the award with its note; the volunteer is told."""
    note = await need_text(update, context, person, limit=300)
    if note is None:
        return
    entry: LedgerEntry = await context.services.love_bank.award(
        person.tg_id, int(draft.data["person_id"]), int(draft.data["points"]), note
    )
    await context.services.drafts.cancel(person.tg_id)
    await say(update, context, person, "award-done", points=entry.points)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("volunteers", volunteers_command),
    presses(
        callbacks.VOLUNTEERS,
        {
            "ok": approve,
            "no": ask_decline,
            "lead": choose_area,
            "la": appoint,
            "okl": approve_listed,
            "all": approve_all,
        },
    ),
    presses(callbacks.AWARDS, {"award": ask_award}),
]
