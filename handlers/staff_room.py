"""The staff room's forum topics: when the staff group is a forum (a supergroup with topics),
Linli opens one topic per stream at start and reuses them ever after; a plain group, or a
forum where the bot may not manage topics, keeps working as one stream, with one log line."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError

from bot import i18n
from bot.models.staff_room import STREAMS
from bot.services import Services

log = logging.getLogger(__name__)


async def open_staff_topics(bot: Bot, services: Services) -> int:
    """Create the staff room's missing topics; return how many it has."""
    chat_id = services.env.settings.staff_chat
    if chat_id is None:
        return 0
    try:
        chat = await bot.get_chat(chat_id)
    except TelegramError as exc:
        log.warning("staff chat %s cannot be read (%s): its topics are not set up", chat_id, exc)
        return 0
    if not chat.is_forum:
        return 0
    known = await services.staff_room.topics(chat_id)
    lang = services.env.staff_room_lang
    for stream in STREAMS:
        if stream in known:
            continue
        try:
            topic = await bot.create_forum_topic(chat_id, i18n.t(lang, f"forum-topic-{stream}"))
        except TelegramError as exc:
            log.warning("staff room topics not created (%s): one stream for all", exc)
            break
        await services.staff_room.remember(chat_id, stream, topic.message_thread_id)
        known[stream] = topic.message_thread_id
    return len(known)
