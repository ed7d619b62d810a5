"""How events look in the chat: the card residents see, its buttons, and the staff card.

Buttons follow the state: Sign up while places are left, the waiting list when full, "Sign-up
closed" after the deadline; one's own place, offer or place in line brings its own buttons.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import CallbackQuery, Update

from bot.callbacks import events as callbacks
from bot.clock import local
from bot.context import LinliContext
from bot.models.events import Event, EventView, Roster
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.services.events.common import mine_buttons, when_args
from handlers.common import quietly, tr

VIEW_MAX = 4000
DESCRIPTION_MAX = 600


def when(context: LinliContext, event: Event) -> dict[str, Any]:
    """Return the `event-when` placeholders in the community's time zone."""
    return when_args(event, context.services.env.settings.zone)


def at(context: LinliContext, event: Event) -> str:
    """Return the deadline as people read it."""
    return local(event.deadline, context.services.env.settings.zone)


def card_text(context: LinliContext, person: Actor, view: EventView) -> str:
    """Return the event as the person sees it, with where they stand."""
    event, now = view.event, context.services.env.clock.now()
    description = event.description
    if len(description) > DESCRIPTION_MAX:
        description = description[: DESCRIPTION_MAX - 1] + "…"
    args = {
        "title": event.title,
        "description": description,
        "place": event.place,
        "capacity": event.capacity if event.capacity is not None else "none",
        "left": event.places_left if event.places_left is not None else "none",
        "waiting": view.waiting,
        "open": "yes" if event.signup_open(now) else "no",
        "deadline": at(context, event),
        "per_person": event.per_person,
        **when(context, event),
    }
    text = tr(context, person, "event-card", **args).replace("\n\n", "\n")
    mine = view.mine
    if mine is not None:
        until = (
            local(mine.offer_until, context.services.env.settings.zone) if mine.offer_until else ""
        )
        text += "\n\n" + tr(
            context,
            person,
            "event-card-mine",
            status=mine.status.value,
            places=mine.places,
            code=mine.code or "—",
            until=until,
            position=view.position or 0,
        )
    return text[:VIEW_MAX]


def card_buttons(context: LinliContext, person: Actor, view: EventView) -> list[list[Button]]:
    """Return what the person can do with the event now (labels are catalog keys)."""
    eid, mine = view.event.id, view.mine
    rows: list[list[Button]] = []
    if mine is None:
        if not view.event.signup_open(context.services.env.clock.now()):
            rows.append([Button(text="btn-event-closed", data=callbacks.closed(eid))])
        elif view.may_join:
            key = "btn-event-join-line" if view.event.places_left == 0 else "btn-event-sign-up"
            # One place each: the press signs up at once; more: the number is asked first.
            data = callbacks.sign_up(eid, 1 if view.event.per_person == 1 else None)
            rows.append([Button(text=key, data=data)])
    else:
        rows.extend(mine_buttons(eid, mine.status))
    if person.role.is_staff:
        rows.append([Button(text="btn-event-manage", data=callbacks.manage(eid))])
    return rows


def staff_text(context: LinliContext, person: Actor, roster: Roster) -> str:
    """Return the staff card: counts, attendance, the deadline or that it is cancelled."""
    event = roster.event
    coming = sum(line.signup.places for line in roster.confirmed)
    return tr(
        context,
        person,
        "event-staff-card",
        title=event.title,
        place=event.place,
        confirmed=coming,
        coming=len(roster.confirmed),
        capacity=event.capacity if event.capacity is not None else "none",
        offered=len(roster.offered),
        waiting=len(roster.waiting),
        attended=roster.attended,
        status=event.status.value,
        deadline=at(context, event),
        **when(context, event),
    )


def staff_buttons(event: Event) -> list[list[Button]]:
    """Return the staff card's buttons (labels are catalog keys)."""
    eid = event.id
    pairs = [
        ("btn-event-roster", "roster", "btn-event-export", "export"),
        ("btn-event-checkin", "checkin", "btn-event-poster", "poster"),
        ("btn-event-move", "move", "btn-event-place", "place"),
        ("btn-event-capacity", "cap", "btn-event-cancel", "cancel"),
    ]
    return [
        [Button(text=a, data=callbacks.staff(x, eid)), Button(text=b, data=callbacks.staff(y, eid))]
        for a, x, b, y in pairs
    ]


def line_text(context: LinliContext, person: Actor, view: EventView) -> str:
    """Return one event as a list button: title, date, and where the person stands."""
    state = view.mine.status.value if view.mine else "none"
    if view.mine is None and view.event.places_left == 0:
        state = "full"
    args = when(context, view.event)
    return tr(context, person, "event-line", title=view.event.title, state=state, **args)


def require_query(update: Update) -> CallbackQuery:
    """Return the press being handled."""
    assert update.callback_query is not None
    return update.callback_query


def answer(update: Update) -> Awaitable[None]:
    """Stop the pressed button's spinner (a stale query is ignored)."""
    return quietly(require_query(update).answer())


def chat_of(update: Update) -> int:
    """Return the chat the update came from."""
    assert update.effective_chat is not None
    return update.effective_chat.id
