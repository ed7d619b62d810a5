"""Who sits on the council besides staff: "👥 Members" lists them with ✖️ to take one off,
and ➕ Leader / ➕ Representative seats a resident found by number (#12), by part of a name,
or picked from the residents who back the most topics. The presses arrive through the council
router (handlers/consultation/council.py), which checks staff first; the service checks again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import Update

from bot.callbacks import councils as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.councils import MemberKind
from bot.models.outbox import Button
from bot.models.people import Actor, Person
from bot.models.work import Draft
from handlers.common import lang, say, tr
from handlers.events.view import answer
from handlers.forms import Form, ask, need_text
from handlers.keyboards import inline

SEAT = Form("council-seat", ["who"])
KINDS = {"l": MemberKind.LEADER, "r": MemberKind.REP}
Action = Callable[[Update, LinliContext, Actor, callbacks.CouncilPress], Awaitable[None]]


async def members(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """List the members, each chosen one with a button to take them off, and the ways to add."""
    everyone = await context.services.council_members.members(person.tg_id)
    chosen = [m for m in everyone if m.kind != "staff"]
    rows = [
        [Button(text=f"✖️ {m.person.name}", data=callbacks.staff("un", m.person.id))] for m in chosen
    ]
    rows.append(
        [
            Button(text="btn-council-add-leader", data=callbacks.staff("add", "l")),
            Button(text="btn-council-add-rep", data=callbacks.staff("add", "r")),
        ]
    )
    names = ", ".join(
        tr(context, person, "council-member", name=m.person.name, kind=m.kind) for m in everyone
    ) or tr(context, person, "council-members-none")
    await asyncio.gather(
        answer(update),
        say(
            update,
            context,
            person,
            "council-members",
            inline(lang(context, person), rows),
            names=names,
        ),
    )


async def ask_who(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Ask for the id or name of the person to seat, offering the keenest supporters."""
    kind = press.letter or "r"
    await SEAT.start(context, person, kind=kind)
    await asyncio.gather(answer(update), ask(update, context, person, "council-ask-who"))
    found = await context.services.council_members.candidates(person.tg_id)
    if found:
        rows = people_rows(context, person, found, kind)
        await say(update, context, person, "council-who-keen", inline(lang(context, person), rows))


@SEAT.step("who")
async def got_who(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Offer the people found as buttons; the form stays open for another search."""
    text = await need_text(update, context, person, limit=64)
    if text is None:
        return
    found = await context.services.council_members.find_people(person.tg_id, text)
    if not found:
        await say(update, context, person, "council-who-none", text=text)
        return
    rows = people_rows(context, person, found, str(draft.data.get("kind", "r")))
    await say(update, context, person, "council-who-found", inline(lang(context, person), rows))


def people_rows(
    context: LinliContext, person: Actor, found: list[Person], kind: str
) -> list[list[Button]]:
    """Return one button a person found, pressing it seats them."""
    return [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "council-who-line",
                    name=p.name,
                    building=p.building or "-",
                    id=p.id,
                ),
                data=callbacks.staff("seat", p.id, kind),
            )
        ]
        for p in found
    ]


async def seat(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Seat the person pressed as a leader or representative."""
    (person_id,) = press.ids
    if person_id is None:
        raise NotFound("error-council-person")
    chosen, added = await context.services.council_members.seat(
        person.tg_id, person_id, KINDS[press.letter or "r"]
    )
    key = "council-seated" if added else "council-seated-already"
    await context.services.drafts.cancel(person.tg_id)
    await asyncio.gather(answer(update), say(update, context, person, key, name=chosen.name))


async def unseat(
    update: Update, context: LinliContext, person: Actor, press: callbacks.CouncilPress
) -> None:
    """Take a member off the council."""
    (person_id,) = press.ids
    if person_id is None:
        raise NotFound("error-council-person")
    removed = await context.services.council_members.unseat(person.tg_id, person_id)
    key = "council-unseated" if removed else "council-unseated-already"
    await asyncio.gather(answer(update), say(update, context, person, key))


ACTIONS: dict[str, Action] = {
    "mem": members,
    "add": ask_who,
    "seat": seat,
    "un": unseat,
}
