"""The staff card keeps up: every posted copy is redrawn when a colleague acts elsewhere or
the resident answers, confirms or rates, with only the buttons that still apply."""

from __future__ import annotations

from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import STAFF_CHAT, Harness

RESIDENT, STAFF = 7, 20


async def test_the_group_card_follows_a_take_elsewhere_and_the_residents_answers(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    await bot.services.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="Tap drips"), source_key="r:1"
    )
    card = await sim.wait_for(STAFF_CHAT, contains="R-000001")
    # The staff member takes it from the queue in their own chat: the group's copy follows.
    await sim.send_text(STAFF, "/queue")
    queue = await sim.wait_for(STAFF, contains="All open requests: 1")
    await sim.press(STAFF, queue, "R-000001")
    mine = await sim.wait_for(STAFF, contains="Tap drips")
    await sim.press(STAFF, mine, "✋ Take")
    card = await sim.wait_for_edit(card, lambda m: "✋ Take" not in m.buttons())
    assert "Status: Taken" in card.content

    # Resolved in the private chat; the resident confirms and rates: the group sees each step.
    await sim.press(STAFF, mine, "✅ Close")
    await sim.wait_for_edit(mine, lambda m: "Not ours" in str(m.buttons()))
    await sim.press(STAFF, mine, "Resolved")
    asked = await sim.wait_for(STAFF, contains="R-000001")
    await sim.send_text(STAFF, "Replaced the washer", reply_to=asked)
    card = await sim.wait_for_edit(
        card, lambda m: "waiting for the resident to confirm" in m.content
    )
    solved = await sim.wait_for(RESIDENT, contains="Replaced the washer")
    await sim.press(RESIDENT, solved, "Yes, solved")
    card = await sim.wait_for_edit(card, lambda m: "Status: Closed" in m.content)
    assert card.buttons() == []


async def test_the_residents_words_photo_and_rating_appear_under_the_card_in_the_room(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    await bot.services.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="Tap drips"), source_key="u:1"
    )
    card = await sim.wait_for(STAFF_CHAT, contains="R-000001")
    await bot.services.desk.take(STAFF, 1)
    await bot.services.desk.reply(STAFF, 1, "Which tap?")
    await bot.services.requests.resident_reply(RESIDENT, 1, "The kitchen one", None)
    words = await sim.wait_for(STAFF_CHAT, contains="The kitchen one")
    assert words.reply_to_message_id == card.message_id
    await sim.wait_for(STAFF, contains="The kitchen one")  # the owner, privately, as before
    picture = sim.world.files.add(b"\xff\xd8 a leaking tap", "photo")
    await bot.services.requests.resident_reply(RESIDENT, 1, None, picture.file_id)
    photo = await sim.wait_for(STAFF_CHAT, predicate=lambda m: m.kind == "photo")
    assert photo.reply_to_message_id == card.message_id
    await bot.services.desk.resolve(STAFF, 1, "Fixed")
    await bot.services.requests.confirm(RESIDENT, 1, True)
    await bot.services.requests.rate(RESIDENT, 1, 4)
    rated = await sim.wait_for(STAFF_CHAT, contains="rated 4 of 5")
    assert rated.reply_to_message_id == card.message_id
