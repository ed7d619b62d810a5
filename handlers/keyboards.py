"""Keyboards: the main menu (big buttons, no commands to remember) and inline buttons."""

from __future__ import annotations

from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot import i18n
from bot.models.outbox import Button
from bot.models.people import Person, Role

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply | None

# Main menu rows as catalog keys; staff and admins see more.
RESIDENT_MENU = [
    ["menu-new-request", "menu-my-requests"],
    ["menu-events", "menu-my-events"],
    ["menu-wish", "menu-my-wishes"],
    ["menu-new-topic", "menu-topics"],
    ["menu-language", "menu-my-data"],
]
# Everyone may offer to help and see their points; volunteers and staff also see the tasks.
HELPING_MENU = [["menu-volunteer", "menu-points"]]
TASKS_MENU = [["menu-tasks", "menu-my-tasks"]]
VOLUNTEER_MENU = [["menu-tasks", "menu-my-tasks", "menu-wishes"]]
STAFF_MENU = [
    ["menu-queue", "menu-proxy", "menu-wish-desk"],
    ["menu-broadcast", "menu-broadcasts"],
    ["menu-staff-tools"],
]
ADMIN_MENU = [["menu-staff", "menu-settings"]]


def main_menu(lang: str, person: Person) -> ReplyKeyboardMarkup:
    """Return the person's main menu as a persistent reply keyboard."""
    rows = list(RESIDENT_MENU) + HELPING_MENU
    if person.role == Role.VOLUNTEER:
        rows = VOLUNTEER_MENU + rows
    if person.role.is_staff:
        rows = STAFF_MENU + TASKS_MENU + rows
    if person.role == Role.ADMIN:
        rows = rows + ADMIN_MENU
    return ReplyKeyboardMarkup(
        [[KeyboardButton(i18n.t(lang, key)) for key in row] for row in rows],
        resize_keyboard=True,
        is_persistent=True,
    )


def inline(lang: str, rows: list[list[Button]]) -> InlineKeyboardMarkup:
    """Return inline buttons; labels that are catalog keys are translated."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    i18n.t(lang, b.text) if i18n.has(b.text) else b.text,
                    callback_data=b.data,
                    url=b.url,
                )
                for b in row
            ]
            for row in rows
        ]
    )


def choices(
    lang: str, labels: list[str], *, cancel: bool = True, columns: int = 2
) -> ReplyKeyboardMarkup:
    """Return a one-time reply keyboard of choices (e.g. buildings), with Cancel below."""
    rows = [labels[i : i + columns] for i in range(0, len(labels), columns)]
    if cancel:
        rows.append([i18n.t(lang, "btn-cancel")])
    return ReplyKeyboardMarkup(rows, resize_keyboard=True, one_time_keyboard=True)


def cancel_only(lang: str) -> ReplyKeyboardMarkup:
    """Return a keyboard with only Cancel: every form has a visible way out."""
    return choices(lang, [], cancel=True)
