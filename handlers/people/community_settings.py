"""Community settings for admins: buildings, and request categories with their answer times.

Views are redrawn in place when a button was pressed. Buttons name a building by a short hash
of its name (names can be longer than callback data allows) and a category by its position,
which never changes; a stale button finds nothing rather than the wrong thing.
"""

from __future__ import annotations

import hashlib

from telegram import InlineKeyboardMarkup, Update

from bot.callbacks import people as callbacks
from bot.callbacks import workplace as workplace_callbacks
from bot.context import LinliContext
from bot.errors import NotFound
from bot.languages import ALL as ALL_LANGUAGES
from bot.models.outbox import Button
from bot.models.people import Actor
from bot.models.requests import Category
from bot.models.work import Draft
from bot.services.people.community import LABEL_MAX, MAX_RESPONSE_HOURS
from handlers.common import home, lang, quietly, require_admin, say, send, tr
from handlers.forms import Form, need_text
from handlers.keyboards import cancel_only, inline
from handlers.requests.desk import detour
from handlers.requests.queue import chat_of

View = tuple[str, InlineKeyboardMarkup]
# The admins' small forms. Each is asked in the chat it was opened in (saved as "chat"), so a
# message elsewhere is not taken as its answer.
BUILDING = Form("adm-building", ["text"])
GRID = Form("adm-grid", ["text"])
CATEGORY = Form("adm-category", ["text", "hours"])
HOURS = Form("adm-hours", ["text"])


async def present(update: Update, context: LinliContext, view: View) -> None:
    """Redraw the pressed message with the view, or send it when it came from a command."""
    query = update.callback_query
    if query is not None:
        await quietly(query.edit_message_text(view[0], reply_markup=view[1]))
    else:
        await send(update, context, *view)


# Settings kept by their own commands, a button each here (run as if typed).
SETTING_TOOLS = ("quiethours", "wishpoints", "wishstall", "skills", "partners", "addreward")


def settings_menu(context: LinliContext, person: Actor) -> View:
    """Return the settings' first page: buildings, categories, the staff room's language and
    every other setting, each a button."""
    rows = [
        [Button(text="btn-settings-buildings", data=callbacks.buildings_page())],
        [Button(text="btn-settings-categories", data=callbacks.categories_page())],
        [Button(text="btn-settings-room-language", data=callbacks.room_languages())],
    ]
    tools = [
        Button(
            text=tr(context, person, "ws-tool", command=c, what=tr(context, person, f"cmd-{c}")),
            data=workplace_callbacks.run(c),
        )
        for c in SETTING_TOOLS
    ]
    rows += [[tool] for tool in tools]
    return tr(context, person, "admin-settings-title"), inline(lang(context, person), rows)


async def room_language_view(update: Update, context: LinliContext, person: Actor, _: str) -> None:
    """Offer the languages the staff room can be written in, the current one marked."""
    now = context.services.env.staff_room_lang
    rows = [
        [
            Button(
                text=("• " if language.code == now else "")
                + tr(context, person, f"lang-name-{language.code}"),
                data=callbacks.room_language(language.code),
            )
        ]
        for language in ALL_LANGUAGES
    ]
    rows.append([Button(text="btn-back", data=callbacks.settings_page())])
    text = tr(
        context, person, "admin-room-language", language=tr(context, person, f"lang-name-{now}")
    )
    await present(update, context, (text, inline(lang(context, person), rows)))


async def set_room_language(update: Update, context: LinliContext, person: Actor, code: str) -> str:
    """Write the staff room in the language pressed from now on."""
    await context.services.community.set_room_language(person.tg_id, code)
    name = tr(context, person, f"lang-name-{code}")
    return tr(context, person, "admin-room-language-set", language=name)


def building_key(name: str) -> str:
    """Return the short, stable name of a building in callback data."""
    return hashlib.sha1(name.encode()).hexdigest()[:10]


async def buildings_view(context: LinliContext, person: Actor) -> View:
    """List the buildings, each with a remove button, then Add and Back."""
    found = await context.services.community.buildings()
    names = [b.name for b in found]
    rows = [
        [
            Button(
                text=tr(context, person, "btn-building-remove", name=b.name),
                data=callbacks.ask_remove_building(building_key(b.name)),
            ),
            Button(
                text=tr(context, person, "btn-building-grid", grid=b.grid or "—"),
                data=callbacks.building_grid(building_key(b.name)),
            ),
        ]
        for b in found
    ]
    rows += [
        [Button(text="btn-building-add", data=callbacks.add_building())],
        [Button(text="btn-back", data=callbacks.settings_page())],
    ]
    key = "admin-buildings" if names else "admin-buildings-none"
    return tr(context, person, key, count=len(names)), inline(lang(context, person), rows)


async def _building(context: LinliContext, key: str) -> str:
    """Return the name of the building a button names by its key."""
    names = [b.name for b in await context.services.community.buildings()]
    name = next((n for n in names if building_key(n) == key), None)
    if name is None:
        raise NotFound()
    return name


async def ask_remove_building(
    update: Update, context: LinliContext, person: Actor, key: str
) -> None:
    """Say what depends on the building before removing it: Yes, or Back."""
    name = await _building(context, key)
    residents, still_open = await context.services.community.building_dependents(person.tg_id, name)
    rows = [
        [Button(text="btn-building-remove-sure", data=callbacks.remove_building(key))],
        [Button(text="btn-back", data=callbacks.buildings_page())],
    ]
    text = tr(
        context,
        person,
        "admin-building-remove-ask",
        name=name,
        residents=residents,
        open=still_open,
    )
    await present(update, context, (text, inline(lang(context, person), rows)))


async def remove_building(update: Update, context: LinliContext, person: Actor, key: str) -> str:
    """Remove the building a button names; return the confirmation."""
    name = await _building(context, key)
    await context.services.community.remove_building(person.tg_id, name)
    return tr(context, person, "admin-building-removed", name=name)


def category_name(context: LinliContext, person: Actor, category: Category) -> str:
    """Return a category's name as residents see it."""
    label = category.label or category.code
    return tr(context, person, "category-name", category=category.code, category_label=label)


async def categories_view(context: LinliContext, person: Actor) -> View:
    """List every category with its hours; buttons change the hours or hide/show it."""
    found = await context.services.community.categories(include_hidden=True)
    lines = [category_line(context, person, c) for c in found]
    rows = [category_buttons(context, person, c) for c in found]
    rows += [
        [Button(text="btn-category-add", data=callbacks.add_category())],
        [Button(text="btn-back", data=callbacks.settings_page())],
    ]
    text = "\n".join([tr(context, person, "admin-categories"), *lines])
    return text, inline(lang(context, person), rows)


def category_line(context: LinliContext, person: Actor, category: Category) -> str:
    """Return "🔧 Repairs · 24 h", marked when hidden from residents."""
    return tr(
        context,
        person,
        "admin-category-line",
        category=category.code,
        category_label=category.label or category.code,
        hours=category.response_hours,
        active="yes" if category.active else "no",
    )


def category_buttons(context: LinliContext, person: Actor, category: Category) -> list[Button]:
    """Return [⏱ name · hours] [🙈 Hide | 👁 Show] for one category."""
    name = category_name(context, person, category)
    hours = tr(context, person, "btn-category-hours", name=name, hours=category.response_hours)
    if category.active:
        toggle = Button(
            text="btn-category-hide", data=callbacks.ask_hide_category(category.position)
        )
    else:
        toggle = Button(
            text="btn-category-show", data=callbacks.category_visibility(category.position)
        )
    return [Button(text=hours, data=callbacks.category_hours(category.position)), toggle]


async def ask_hide_category(
    update: Update, context: LinliContext, person: Actor, position: str
) -> None:
    """Say how many open requests the category holds before hiding it: Yes, or Back."""
    category = await category_at(context, position)
    still_open = await context.services.community.category_dependents(person.tg_id, category.code)
    rows = [
        [
            Button(
                text="btn-category-hide-sure", data=callbacks.category_visibility(category.position)
            )
        ],
        [Button(text="btn-back", data=callbacks.categories_page())],
    ]
    name = category_name(context, person, category)
    text = tr(context, person, "admin-category-hide-ask", name=name, open=still_open)
    await present(update, context, (text, inline(lang(context, person), rows)))


async def category_at(context: LinliContext, position: str) -> Category:
    """Return the category a button names by its position."""
    found = await context.services.community.categories(include_hidden=True)
    category = next((c for c in found if str(c.position) == position), None)
    if category is None:
        raise NotFound()
    return category


async def toggle_category(
    update: Update, context: LinliContext, person: Actor, position: str
) -> str:
    """Hide a shown category or show a hidden one; return the confirmation."""
    category = await category_at(context, position)
    await context.services.community.set_active(person.tg_id, category.code, not category.active)
    key = "admin-category-hidden" if category.active else "admin-category-shown"
    return tr(context, person, key, name=category_name(context, person, category))


# ---- the small forms: a building's name; a category's name and hours; new hours ---------


async def ask(
    update: Update, context: LinliContext, person: Actor, form: Form, key: str, **data: object
) -> None:
    """Open one of the small forms in this chat and ask its first question, with Cancel."""
    require_admin(person)
    await form.start(context, person, chat=chat_of(update), **data)
    keyboard = cancel_only(lang(context, person))
    await say(update, context, person, key, keyboard, max=MAX_RESPONSE_HOURS, **data)


async def ask_building(update: Update, context: LinliContext, person: Actor, _: str) -> None:
    """Ask for a new building's name."""
    await ask(update, context, person, BUILDING, "admin-building-ask")


async def ask_category(update: Update, context: LinliContext, person: Actor, _: str) -> None:
    """Ask for a new category's name (its hours come next)."""
    await ask(update, context, person, CATEGORY, "admin-category-ask-name")


async def ask_new_hours(update: Update, context: LinliContext, person: Actor, arg: str) -> None:
    """Ask for a category's new first-answer time."""
    category = await category_at(context, arg)
    name = category_name(context, person, category)
    await ask(
        update,
        context,
        person,
        HOURS,
        "admin-category-ask-hours",
        code=category.code,
        name=name,
    )


async def done(
    update: Update, context: LinliContext, person: Actor, key: str, **args: object
) -> None:
    """Close the form and confirm with the main menu."""
    await context.services.drafts.cancel(person.tg_id)
    await say(update, context, person, key, home(context, person), **args)


@BUILDING.step("text")
async def got_building(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Add the building typed, then show the list."""
    if await detour(update, context, person, draft):
        return
    name = await need_text(update, context, person, limit=LABEL_MAX)
    if name is None:
        return
    await context.services.community.add_building(person.tg_id, name)
    await done(update, context, person, "admin-building-added", name=name)
    await present(update, context, await buildings_view(context, person))


async def ask_grid(update: Update, context: LinliContext, person: Actor, key: str) -> None:
    """Ask which grid a building belongs to."""
    name = await _building(context, key)
    await ask(update, context, person, GRID, "admin-grid-ask", name=name)


@GRID.step("text")
async def got_grid(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Put the building in the grid typed ("-" for none), then show the list."""
    if await detour(update, context, person, draft):
        return
    grid = await need_text(update, context, person, limit=LABEL_MAX)
    if grid is None:
        return
    name = str(draft.data["name"])
    await context.services.community.set_grid(person.tg_id, name, None if grid == "-" else grid)
    await done(
        update, context, person, "admin-grid-set", name=name, grid="—" if grid == "-" else grid
    )
    await present(update, context, await buildings_view(context, person))


@CATEGORY.step("text")
async def got_category_name(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Take the new category's name, then ask for its hours."""
    if await detour(update, context, person, draft):
        return
    name = await need_text(update, context, person, limit=LABEL_MAX)
    if name is None:
        return
    await CATEGORY.next(draft, context, name=name)
    keyboard = cancel_only(lang(context, person))
    await say(
        update,
        context,
        person,
        "admin-category-ask-hours",
        keyboard,
        name=name,
        max=MAX_RESPONSE_HOURS,
    )


async def typed_hours(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> int | None:
    """Return the whole number of hours typed, or ask again."""
    if await detour(update, context, person, draft):
        return None
    text = await need_text(update, context, person, limit=10)
    if text is not None and text.isdigit():
        return int(text)
    if text is not None:
        await say(update, context, person, "admin-hours-number", max=MAX_RESPONSE_HOURS)
    return None


@CATEGORY.step("hours")
async def got_category_hours(
    update: Update, context: LinliContext, person: Actor, draft: Draft
) -> None:
    """Add the category with its name and hours."""
    hours = await typed_hours(update, context, person, draft)
    if hours is None:
        return
    created = await context.services.community.add_category(
        person.tg_id, str(draft.data.get("name")), hours
    )
    name = category_name(context, person, created)
    await done(update, context, person, "admin-category-added", name=name, hours=hours)


@HOURS.step("text")
async def got_new_hours(update: Update, context: LinliContext, person: Actor, draft: Draft) -> None:
    """Change a category's first-answer time."""
    hours = await typed_hours(update, context, person, draft)
    if hours is None:
        return
    await context.services.community.set_response_hours(
        person.tg_id, str(draft.data.get("code")), hours
    )
    await done(
        update, context, person, "admin-hours-set", name=str(draft.data.get("name")), hours=hours
    )
