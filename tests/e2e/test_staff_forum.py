"""A staff room with topics: Linli opens one forum topic per stream once (a restart reuses
them), posts each card in its topic, keeps a press's prompt and answers in the topic it came
from, and sends an escalation to the room only, never privately as well."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import ShiftedClock
from bot.models.notices import NoticeAudience, NoticeSpec
from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import ADMIN, Harness

FORUM = -1001234567890
RESIDENT, STAFF = 7, 20
NAMES = {
    "requests": "📥 Requests",
    "alerts": "⏰ Alerts",
    "replies": "↩️ Replies to notices",
    "wishes": "🌟 Wishes",
    "volunteers": "🙋 Volunteers and rewards",
    "consultation": "🗳 Consultation",
}


@pytest.fixture
async def forum(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> AsyncIterator[Harness]:
    sim.add_group(FORUM, "Staff forum", member_ids=[ADMIN], forum=True)
    harness = Harness(sim=sim, db_path=tmp_path / "linli.db", clock=clock, staff_chat=FORUM)
    await harness.start()
    await harness.services.people.touch(ADMIN, "Admin Li", "en")
    await harness.services.community.add_building(ADMIN, "1")
    yield harness
    await harness.stop()


def _thread(sim: BotApiSimulator, stream: str) -> int:
    return next(t for t, name in sim.world.chats[FORUM].topics.items() if name == NAMES[stream])


async def _in_topic(sim: BotApiSimulator, stream: str, contains: str) -> SimMessage:
    message = await sim.wait_for(FORUM, contains=contains)
    assert message.message_thread_id == _thread(sim, stream), message.describe()
    return message


async def test_one_topic_per_stream_is_opened_once_and_reused_after_a_restart(
    forum: Harness, sim: BotApiSimulator
) -> None:
    assert sorted(sim.world.chats[FORUM].topics.values()) == sorted(NAMES.values())
    before = dict(sim.world.chats[FORUM].topics)
    await forum.restart()
    assert sim.world.chats[FORUM].topics == before


async def test_a_request_is_answered_inside_its_topic(forum: Harness, sim: BotApiSimulator) -> None:
    await forum.register(RESIDENT, "Wang Fang")
    await forum.make_staff(STAFF, "Zhao Lei")
    sim.set_member_status(FORUM, STAFF, "member")
    await forum.services.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="Tap drips"), source_key="f:1"
    )
    card = await _in_topic(sim, "requests", "Tap drips")
    await sim.press(STAFF, card, "💬 Reply")
    asked = await _in_topic(sim, "requests", "write your answer")
    await sim.send_text(STAFF, "The plumber comes at 9", chat_id=FORUM, reply_to=asked)
    await _in_topic(sim, "requests", "was sent to the resident")
    await sim.wait_for(RESIDENT, contains="The plumber comes at 9")


async def test_escalations_go_to_the_alerts_topic_only_and_replies_to_theirs(
    forum: Harness, sim: BotApiSimulator
) -> None:
    await forum.register(RESIDENT, "Wang Fang")
    await forum.services.requests.file(
        RESIDENT, new=NewRequest(category="security", description="Gate open"), source_key="f:2"
    )
    await _in_topic(sim, "requests", "Gate open")
    admin_seen = len(sim.bot_messages(ADMIN))
    forum.travel(timedelta(hours=5))
    await forum.tick()
    await _in_topic(sim, "alerts", "Gate open")
    assert len(sim.bot_messages(ADMIN)) == admin_seen  # not privately as well

    await forum.services.broadcasts.set_quiet_hours(ADMIN, "0-0")
    await forum.services.broadcasts.send_now(
        ADMIN,
        NoticeSpec(text="Water off on Friday", audience=NoticeAudience.EVERYONE),
        source_key="f:n",
    )
    notice = await sim.wait_for(RESIDENT, contains="Water off")
    await forum.press(RESIDENT, notice, "↩️ Reply")
    await forum.say(RESIDENT, "How long?")
    await _in_topic(sim, "replies", "How long?")
