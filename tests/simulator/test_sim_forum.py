"""Forum topics in the simulator: createForumTopic only in a forum, and a message_thread_id
must name one of the chat's topics, as Telegram checks."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest

from sandbox.simulator import BotApiSimulator

FORUM, GROUP = -1001000000001, -1001000000002


async def test_a_topic_is_made_in_a_forum_and_messages_are_posted_in_it(
    sim: BotApiSimulator, bot: Bot
) -> None:
    sim.add_group(FORUM, "Forum", forum=True)
    sim.add_group(GROUP, "Plain")
    topic = await bot.create_forum_topic(FORUM, "Requests")
    sent = await bot.send_message(FORUM, "In the topic", message_thread_id=topic.message_thread_id)
    assert sent.is_topic_message and sent.message_thread_id == topic.message_thread_id
    assert sim.bot_messages(FORUM)[-1].message_thread_id == topic.message_thread_id
    with pytest.raises(BadRequest, match="not a forum"):
        await bot.create_forum_topic(GROUP, "Requests")
    with pytest.raises(BadRequest, match="thread not found"):
        await bot.send_message(FORUM, "Nowhere", message_thread_id=999)
    assert (await bot.get_chat(FORUM)).is_forum and not (await bot.get_chat(GROUP)).is_forum
