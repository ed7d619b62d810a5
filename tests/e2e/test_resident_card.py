"""The resident card: staff open it from a request's card or a search, and see the
resident's contact, requests, wishes, sign-ups and volunteer record; residents and forged
presses are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models.events import EventSpec
from bot.models.requests import NewRequest
from bot.models.volunteers import Application
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT, STAFF = 7, 20


@pytest.mark.daytime
async def test_staff_see_the_whole_picture_of_a_resident_from_a_request_card(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang", building="2", phone="+86 138 0000 0001")
    await bot.make_staff(STAFF, "Li Lei")
    sim.set_member_status(STAFF_CHAT, STAFF, "member")
    for n, words in enumerate(("Tap drips", "Door sticks"), 1):
        await bot.services.requests.file(
            RESIDENT, new=NewRequest(category="repairs", description=words), source_key=f"c:{n}"
        )
    start = bot.clock.now() + timedelta(days=2)
    event, _ = await bot.services.event_desk.create(
        ADMIN,
        EventSpec(
            title="Flea market", place="Square", starts_at=start, ends_at=start + timedelta(hours=2)
        ),
        source_key="c:event",
    )
    await bot.services.events.sign_up(RESIDENT, event.id, 1)
    made = await bot.services.volunteers.apply(RESIDENT, Application(skills=["patrol"]))
    await bot.services.volunteers.approve(ADMIN, made.person_id)
    card = await sim.wait_for(STAFF_CHAT, contains="Door sticks")
    await sim.press(STAFF, card, "👤 Resident's card")
    shown = await sim.wait_for(STAFF_CHAT, contains="👤 Wang Fang · building 2, 2-301")
    assert "138 0000 0001" in shown.content
    assert "📋 Requests: 2 (2 open)" in shown.content
    assert "📅 Signed up: Flea market" in shown.content
    assert "🙋 Volunteer: active · ❤️ 0 points" in shown.content
    assert [b.split(" · ")[0] for b in shown.buttons()] == ["R-000002", "R-000001"]
    await sim.press(STAFF, shown, "R-000001")
    await sim.wait_for(STAFF_CHAT, contains="Tap drips")


async def test_a_search_lists_people_with_a_button_to_their_card(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang", building="2")
    await bot.make_staff(STAFF, "Li Lei")
    found = await bot.say(STAFF, "Wang")
    await sim.press(STAFF, found, "👤 Wang Fang")
    shown = await sim.wait_for(STAFF, contains="📋 Requests: 0 (0 open)")
    assert "Volunteer" not in shown.content and shown.buttons() == []


async def test_residents_and_forged_card_presses_are_refused(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang", building="2")
    await bot.make_staff(STAFF, "Li Lei")
    last = sim.bot_messages(RESIDENT)[-1].message_id
    query = await sim.press_data(RESIDENT, RESIDENT, last, "pc:open:1")
    assert "only staff" in ((await sim.wait_for_callback_answer(query)).text or "")
    mine = sim.bot_messages(STAFF)[-1].message_id
    for data, says in (
        ("pc:open:x", "old message"),
        ("pc:nope:1", "old message"),
        ("pc:open:99999999999999999999", "cannot find"),
        ("pc:open:424242", "cannot find"),
    ):
        query = await sim.press_data(STAFF, STAFF, mine, data)
        assert says in ((await sim.wait_for_callback_answer(query)).text or "").lower()
