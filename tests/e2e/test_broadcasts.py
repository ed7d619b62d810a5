"""Broadcast notices end to end: compose, preview, audiences, schedules, quiet hours,
replies, blocked residents and the progress report, against the Bot API simulator."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.broadcast_models import NoticeAudience, NoticeKind, NoticeSpec
from bot.models import OutboxStatus
from bot.simulator import SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

STAFF = 500


async def _residents(bot: Harness) -> None:
    await bot.register(11, "Wang Fang", building="1")
    await bot.register(12, "Li Na", building="2")
    await bot.register(13, "Zhang Wei", building="2", language_code="zh-hans")
    await bot.make_staff(STAFF, "Chen Jing")


async def _compose(bot: Harness, text: str, kind: str, audience: str) -> SimMessage:
    """Walk /broadcast up to the audience choice; return the message after it."""
    await bot.say(STAFF, "/broadcast")
    await bot.say(STAFF, text)
    await bot.say(STAFF, kind)
    return await bot.say(STAFF, audience)


async def _preview(bot: Harness) -> SimMessage:
    return await bot.sim.wait_for(STAFF, contains="It will reach")


async def test_a_notice_to_one_building_reaches_only_its_residents_and_the_preview_counts_them(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _compose(
        bot, "Water is cut tomorrow 9-12 in building 2.", "🛠 Service", "🏠 Some buildings or grids"
    )
    await bot.say(STAFF, "2")
    shown = await bot.say(STAFF, "✅ Done")
    assert "Community notice · Service" in shown.content  # the notice as residents see it
    assert "Water is cut tomorrow" in shown.content
    assert shown.buttons() == ["↩️ Reply", "🔕 No more service notices"]
    preview = await _preview(bot)
    assert "It will reach 2 people" in preview.content
    await bot.press(STAFF, preview, "📤 Send now")
    for chat in (12, 13):
        notice = await bot.sim.wait_for(chat, contains="Water is cut tomorrow")
        assert "↩️" in notice.buttons()[0]
    zh = bot.sim.last_bot_message(13)
    assert zh is not None and "社区通知" in zh.content
    report = await bot.sim.wait_for(STAFF, contains="📊 Report", timeout=10)
    assert "Delivered: 2 of 2" in report.content
    assert not [m for m in bot.sim.bot_messages(11) if "Water is cut" in m.content]
