"""/stats: pick a period (this month, last month, this year, or two typed days) and a scope
(the whole community, a building, a grid), then the summary card and the charts as images.

Staff and admins only: a resident typing /stats or pressing a forged `st:` button is told so
in one line, and the service checks again. The period travels in the buttons as its days.
"""

from __future__ import annotations

from datetime import date

from telegram import InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import stats as callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.stats import Period, Scope, ScopeKind
from bot.services.stats.card import card
from bot.services.stats.periods import THIS_MONTH
from bot.services.stats.service import days_of
from handlers.common import actor, friendly, lang, quietly, require_staff, send, staff_command, tr
from handlers.form_kit import alert
from handlers.keyboards import inline
from handlers.requests.queue import chat_of

PER_ROW = 3


def _rows(buttons: list[Button]) -> list[list[Button]]:
    return [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]


def _days(context: LinliContext, period: Period) -> tuple[date, date]:
    return days_of(period, context.services.env.settings.zone)


def period_rows(context: LinliContext) -> list[list[Button]]:
    """Return the period buttons, with Export this month below."""
    month = _days(context, context.services.stats.named(THIS_MONTH))
    return [
        [
            Button(text="stats-this-month", data=callbacks.period("tm")),
            Button(text="stats-last-month", data=callbacks.period("lm")),
        ],
        [
            Button(text="stats-this-year", data=callbacks.period("ty")),
            Button(text="stats-other-dates", data=callbacks.period("od")),
        ],
        [Button(text="stats-export-month", data=callbacks.export(*month, "a"))],
    ]


@staff_command
async def stats_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Ask for a period (/stats), or read typed days (/stats 2027-01-01 2027-03-31)."""
    if context.args:
        period = context.services.stats.typed(" ".join(context.args))
        await _ask_scope(update, context, person, period)
        return
    markup = inline(lang(context, person), period_rows(context))
    await send(update, context, tr(context, person, "stats-choose-period"), markup)


async def _ask_scope(
    update: Update, context: LinliContext, person: Actor, period: Period, *, edit: bool = False
) -> None:
    places = await context.services.stats.places(person.tg_id)
    first, last = _days(context, period)
    rows = [[Button(text="stats-whole", data=callbacks.scope(first, last, "a"))]]
    rows += _rows(
        [
            Button(
                text=tr(context, person, "stats-building-button", name=name),
                data=callbacks.scope(first, last, "b", place),
            )
            for place, name in enumerate(places.buildings, start=1)
        ]
    )
    rows += _rows(
        [
            Button(
                text=tr(context, person, "stats-grid-button", name=name),
                data=callbacks.scope(first, last, "g", place),
            )
            for place, name in enumerate(places.grids, start=1)
        ]
    )
    lng = lang(context, person)
    text = tr(context, person, "stats-choose-scope", period=_period_text(context, lng, period))
    query = update.callback_query
    if edit and query is not None:
        await quietly(query.edit_message_text(text, reply_markup=inline(lng, rows)))
        return
    await send(update, context, text, inline(lng, rows))


def _period_text(context: LinliContext, lng: str, period: Period) -> str:
    return context.services.stats.period_text(lng, period)


async def scope_of(context: LinliContext, person: Actor, press: callbacks.StatsPress) -> Scope:
    """Return the scope a press names, looked up again in the community's list."""
    if press.kind == "a":
        return Scope()
    places = await context.services.stats.places(person.tg_id)
    names = places.buildings if press.kind == "b" else places.grids
    if not 1 <= press.place <= len(names):
        raise NotFound("error-too-old")
    kind = ScopeKind.BUILDING if press.kind == "b" else ScopeKind.GRID
    return Scope(kind, names[press.place - 1])


async def show(
    update: Update,
    context: LinliContext,
    person: Actor,
    press: callbacks.StatsPress,
    period: Period,
    scope: Scope,
) -> None:
    """Send the summary card with Export, then the three charts."""
    stats = context.services.stats
    assert press.first is not None and press.last is not None
    lng = lang(context, person)
    summary = await stats.summary(person.tg_id, period, scope)
    again = callbacks.export(press.first, press.last, press.kind, press.place)
    export = [[Button(text="stats-export", data=again)]]
    text = card(summary, lng, stats.scope_text(lng, scope), stats.period_text(lng, period))
    await send(update, context, text, inline(lng, export))
    chat = chat_of(update)
    for chart in await stats.charts(summary, lng):
        await context.bot.send_photo(chat, chart.png, filename=chart.name)


@friendly
async def on_press(update: Update, context: LinliContext) -> None:
    """Route `st:` presses: a period opens the scopes; a scope shows the figures; export."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    require_staff(person)
    press = callbacks.read(query.data if isinstance(query.data, str) else None)
    if press is None:
        await alert(query, context, person, "error-too-old")
        return
    stats = context.services.stats
    if press.first is None or press.last is None:
        await quietly(query.answer())
        if press.kind == "od":
            await send(update, context, tr(context, person, "stats-dates-help"))
            return
        await _ask_scope(update, context, person, stats.named(press.kind), edit=True)
        return
    # Both are checked before the press is answered, so a forged one gets the pop-up.
    period = stats.between(press.first, press.last)
    scope = await scope_of(context, person, press)
    await quietly(query.answer())
    if press.action == "xl":
        await export(update, context, person, period, scope)
        return
    await show(update, context, person, press, period, scope)


async def export(
    update: Update, context: LinliContext, person: Actor, period: Period, scope: Scope
) -> None:
    """Send the report workbook of a period and scope."""
    stats = context.services.stats
    lng = lang(context, person)
    name, data = await stats.export(person.tg_id, period, scope, lng)
    caption = tr(
        context,
        person,
        "stats-export-caption",
        scope=stats.scope_text(lng, scope),
        period=stats.period_text(lng, period),
    )
    await context.bot.send_document(
        chat_of(update), InputFile(data, filename=name), caption=caption
    )


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("stats", stats_command),
    CallbackQueryHandler(on_press, pattern=rf"^{callbacks.STATS}:"),
]
