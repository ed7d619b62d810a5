"""Quiet hours end to end: at 02:11 every message to many people waits until 07:00 (the default
quiet hours are 22:00-07:00), and the staff member sending a notice is told when it will go; at
15:00 everything goes at once. The clock is pinned, so these pass at any real hour."""

from __future__ import annotations

from datetime import timedelta

from bot.models.events import EventSpec
from bot.models.wishes import NewWish
from tests.conftest import at_local_time
from tests.e2e.harness import ADMIN, Harness
from tests.e2e.test_wishes import HANDOVER, make_volunteer

STAFF, RESIDENT, HELPER = 500, 11, 52


async def _people_at(bot: Harness, hour: int, minute: int = 0) -> None:
    """Pin the bot's clock at `hour:minute` tomorrow; register a resident, a helper and staff."""
    at_local_time(bot.clock, bot.services.env.settings.zone, hour, minute)
    await bot.register(RESIDENT, "Wang Fang")
    await make_volunteer(bot, HELPER, "Liu Yang")
    await bot.make_staff(STAFF, "Zhou Min")


async def _event_and_wish(bot: Harness) -> None:
    """Publish an event for everyone and approve a resident's wish, through the services."""
    start = bot.clock.now() + timedelta(days=2)
    spec = EventSpec(
        title="Free clinic", starts_at=start, ends_at=start + timedelta(hours=2), place="Hall"
    )
    await bot.services.event_desk.create(ADMIN, spec, source_key="quiet:event")
    wish, _ = await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="study", text="A school bag"), source_key="quiet:wish"
    )
    await bot.services.wish_desk.approve(ADMIN, wish.id, HANDOVER)


async def _compose_for_everyone(bot: Harness) -> None:
    await bot.say(STAFF, "/broadcast")
    await bot.say(STAFF, "The lift is serviced on Monday.")
    await bot.say(STAFF, "🛠 Service")
    await bot.say(STAFF, "🏘 Everyone")


async def test_at_2_11_an_event_announcement_and_a_new_wish_alert_wait_until_7_and_go_then(
    bot: Harness,
) -> None:
    await _people_at(bot, 2, 11)
    await _event_and_wish(bot)
    await bot.sim.wait_for(RESIDENT, contains="has been published")  # personal: not held
    await bot.sim.expect_silence(RESIDENT, 0.6)
    await bot.sim.expect_silence(HELPER, 0.1)
    bot.travel(timedelta(hours=4, minutes=49))
    await bot.sim.wait_for(RESIDENT, contains="New event: Free clinic")
    await bot.sim.wait_for(HELPER, contains="A school bag")


async def test_at_15_00_an_event_announcement_and_a_new_wish_alert_go_at_once(
    bot: Harness,
) -> None:
    await _people_at(bot, 15)
    await _event_and_wish(bot)
    await bot.sim.wait_for(RESIDENT, contains="New event: Free clinic")
    await bot.sim.wait_for(HELPER, contains="A school bag")


async def test_at_2_11_the_notice_preview_offers_to_send_at_7_and_the_answer_says_so(
    bot: Harness,
) -> None:
    await _people_at(bot, 2, 11)
    await _compose_for_everyone(bot)
    preview = await bot.sim.wait_for(STAFF, contains="It will reach")
    assert "Quiet hours now: it waits until" in preview.content
    assert "📤 Send at 07:00" in preview.buttons()
    assert "📤 Send now" not in preview.buttons()
    await bot.sim.press(STAFF, preview, "📤 Send at 07:00")
    await bot.sim.wait_for(STAFF, contains="It will go out at 07:00, after quiet hours")
    await bot.sim.expect_silence(RESIDENT, 0.6)
    bot.travel(timedelta(hours=4, minutes=49))
    await bot.sim.wait_for(RESIDENT, contains="The lift is serviced")


async def test_at_15_00_the_notice_preview_offers_to_send_now_and_the_answer_says_sending_now(
    bot: Harness,
) -> None:
    await _people_at(bot, 15)
    await _compose_for_everyone(bot)
    preview = await bot.sim.wait_for(STAFF, contains="It will reach")
    assert "Quiet hours" not in preview.content
    await bot.sim.press(STAFF, preview, "📤 Send now")
    await bot.sim.wait_for(STAFF, contains="📤 Sending now")
    await bot.sim.wait_for(RESIDENT, contains="The lift is serviced")
