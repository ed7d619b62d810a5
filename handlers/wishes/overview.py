"""Staff overview of wishes (/wishdesk): counts by status and category, waiting for review,
oldest unclaimed, stalled claims, points per category; the .xlsx export; /partners;
/wishpoints <category> <points> and /wishstall <days> to change the settings."""

from __future__ import annotations

from telegram import CallbackQuery, InputFile, Update
from telegram.ext import BaseHandler, CommandHandler

from bot import i18n
from bot.callbacks import wishes as callbacks
from bot.context import LinliContext
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.wishes import WishLine
from handlers.common import int_or_none, lang, quietly, say, send, staff_command, tr
from handlers.forms import menu
from handlers.keyboards import inline
from handlers.requests.queue import chat_lang, chat_of

REVIEW_BUTTONS = 10  # waiting wishes with a button to open their card


def _counts(lng: str, key: str, name: str, counts: dict[str, int]) -> str:
    if not counts:
        return "—"
    return ", ".join(
        f"{i18n.t(lng, key, **{name: code})} {count}" for code, count in sorted(counts.items())
    )


def _lines(lng: str, title: str, lines: list[WishLine]) -> str:
    body = [i18n.t(lng, title)]
    for line in lines:
        wish = line.wish
        if line.helper is not None:
            text = i18n.t(lng, "wish-desk-helper-line", number=wish.number, helper=line.helper)
        else:
            short = wish.text if len(wish.text) <= 40 else wish.text[:39] + "…"
            text = i18n.t(
                lng,
                "wish-desk-line",
                number=wish.number,
                category=wish.category,
                text=short or "🎤",
            )
        body.append(text)
    if not lines:
        body.append(i18n.t(lng, "wish-desk-nothing"))
    return "\n".join(body)


@staff_command
async def wish_desk_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the wish desk (/wishdesk), for staff."""
    await show_desk(update, context, person)


@menu("menu-wish-desk")
async def show_desk(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the counts, the lists and the settings, with Export and Partners."""
    view = await context.services.wish_overview.overview(person.tg_id)
    lng = chat_lang(context, person, chat_of(update))
    head = i18n.t(
        lng,
        "wish-desk",
        statuses=_counts(lng, "wish-status", "status", view.by_status),
        categories=_counts(lng, "wish-category", "category", view.by_category),
        days=view.stall_days,
        points=_counts(lng, "wish-category", "category", view.points),
    )
    parts = [
        head,
        _lines(lng, "wish-desk-review", view.review),
        _lines(lng, "wish-desk-unclaimed", view.unclaimed),
        _lines(lng, "wish-desk-stalled", view.stalled),
    ]
    rows = [
        [
            Button(
                text=i18n.t(lng, "wish-desk-open", number=line.wish.number),
                data=callbacks.review(line.wish.id),
            )
        ]
        for line in view.review[:REVIEW_BUTTONS]
    ]
    rows.append(
        [
            Button(text="btn-wish-export", data=callbacks.export()),
            Button(text="btn-wish-partners", data=callbacks.partners()),
        ]
    )
    await send(update, context, "\n\n".join(parts), inline(lng, rows))


async def export(
    update: Update, context: LinliContext, person: Actor, query: CallbackQuery, _: int
) -> None:
    """Send every wish as a spreadsheet."""
    name, data = await context.services.wish_overview.export(person.tg_id, lang(context, person))
    await quietly(query.answer())
    await context.bot.send_document(chat_of(update), InputFile(data, filename=name))


@staff_command
async def partners_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the partner organisations (/partners), for staff."""
    await show_partners(update, context, person)


async def show_partners(update: Update, context: LinliContext, person: Actor) -> None:
    """Show each partner with Member link and Remove, and Add below."""
    found = await context.services.wish_desk.partners(person.tg_id)
    rows = []
    lines = [tr(context, person, "wish-partners" if found else "wish-partners-empty")]
    for partner in found:
        lines.append(
            tr(context, person, "wish-partner-line", name=partner.name, members=partner.members)
        )
        rows.append(
            [
                Button(text=f"🔗 {partner.name}", data=callbacks.partner_link(partner.id)),
                Button(text="btn-partner-remove", data=callbacks.remove_partner(partner.id)),
            ]
        )
    rows.append([Button(text="btn-partner-add", data=callbacks.add_partner())])
    markup = inline(chat_lang(context, person, chat_of(update)), rows)
    await send(update, context, "\n".join(lines), markup)


@staff_command
async def points_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Set the points of a category: /wishpoints study 15."""
    args = context.args or []
    points = int_or_none(args[1]) if len(args) == 2 else None
    if points is None:
        await say(update, context, person, "wish-points-usage")
        return
    await context.services.wish_desk.set_points(person.tg_id, args[0], points)
    await say(update, context, person, "wish-points-set", category=args[0], points=points)


@staff_command
async def stall_command(update: Update, context: LinliContext, person: Actor) -> None:
    """Set the days without progress before a reminder: /wishstall 7."""
    args = context.args or []
    days = int_or_none(args[0]) if len(args) == 1 else None
    if days is None:
        await say(update, context, person, "wish-stall-usage")
        return
    await context.services.wish_desk.set_stall_days(person.tg_id, days)
    await say(update, context, person, "wish-stall-set", days=days)


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CommandHandler("wishdesk", wish_desk_command),
    CommandHandler("partners", partners_command),
    CommandHandler("wishpoints", points_command),
    CommandHandler("wishstall", stall_command),
]
