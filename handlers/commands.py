"""setMyCommands: each role sees its own list of commands in Telegram's menu."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot import i18n
from bot.languages import ALL as ALL_LANGUAGES
from bot.models.people import Person, Role
from bot.services import Services

log = logging.getLogger(__name__)

RESIDENT = [
    "start",
    "request",
    "myrequests",
    "events",
    "myevents",
    "wish",
    "mywishes",
    "wishes",
    "topics",
    "topic",
    "mytopics",
    "language",
    "mydata",
    "volunteer",
    "tasks",
    "mytasks",
    "points",
    "rewards",
    "deleteme",
    "help",
    "cancel",
]
STAFF = [
    "queue",
    "proxy",
    "replies",
    "broadcast",
    "broadcasts",
    "newevent",
    "checkin",
    "wishdesk",
    "proxywish",
    "partners",
    "wishpoints",
    "wishstall",
    "newtask",
    "volunteers",
    "addreward",
    "honours",
    "topicdesk",
    "proxytopic",
    "topicfrom",
    "council",
    "stats",
    *RESIDENT,
]
ADMIN = [*STAFF, "staff", "settings", "skills", "quiethours", "audit"]


def command_list(lang: str, role: Role) -> list[BotCommand]:
    """Return the commands a role sees, described in `lang`."""
    names = ADMIN if role == Role.ADMIN else STAFF if role.is_staff else RESIDENT
    return [BotCommand(name, i18n.t(lang, f"cmd-{name}")) for name in names]


async def publish_commands(bot: Bot, services: Services) -> None:
    """Set the residents' list for everyone, and the longer lists for staff and admins."""
    for language in ALL_LANGUAGES:
        lang, code = language.code, language.telegram_code
        await bot.set_my_commands(
            command_list(lang, Role.RESIDENT), scope=BotCommandScopeDefault(), language_code=code
        )
    people = await services.people.all_staff_and_admins()
    for person in people:
        await commands_for(bot, person, services.env.language_of(person))


async def commands_for(bot: Bot, person: Person, lang: str) -> None:
    """Show one person the commands of their role (in their private chat)."""
    if person.tg_id is None:
        return
    try:
        await bot.set_my_commands(
            command_list(lang, person.role), scope=BotCommandScopeChat(person.tg_id)
        )
    except TelegramError as exc:  # a person who never opened the chat: nothing to show
        log.info("could not set commands for %s: %s", person.tg_id, exc)
