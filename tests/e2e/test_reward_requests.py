"""Reward requests end to end: a Yes/Cancel step before asking, the points a request holds,
a double tap that cannot overdraw or ask twice, a decline or a withdrawal that frees the
points, and staff cards that end as a record once settled.
"""

from __future__ import annotations

from sandbox.simulator import SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness
from tests.e2e.test_volunteers_staff import answer_prompt, volunteer

R1 = 51


async def offer_card(bot: Harness, points: int, reward: str, cost: int) -> SimMessage:
    """Make Wang Fang a volunteer with `points`, put `reward` in stock, open /rewards."""
    pid = await volunteer(bot, R1, "Wang Fang")
    await bot.services.love_bank.award(ADMIN, pid, points, "Festival")
    await bot.services.rewards.add(ADMIN, reward, cost, 5)
    await bot.sim.send_text(R1, "/rewards")
    return await bot.sim.wait_for(R1, contains="press one to ask for it")


async def test_asking_for_a_reward_takes_a_yes_and_a_double_tap_cannot_overdraw(
    bot: Harness,
) -> None:
    sim = bot.sim
    offer = await offer_card(bot, 20, "Thermos 保温杯", 15)

    await sim.press(R1, offer, "Thermos 保温杯 · 15 points · 5 left")
    confirm = await sim.wait_for(R1, contains="You have 20 points free to use; 5 will be left")
    await sim.press(R1, confirm, "Cancel")
    await sim.wait_for_edit(confirm, lambda m: "Not requested" in m.content)
    assert await bot.services.rewards.pending(ADMIN) == []

    await sim.press(R1, offer, "Thermos 保温杯 · 15 points · 5 left")
    confirm = await sim.wait_for(R1, contains="Ask for Thermos 保温杯 for 15 points")
    first = await sim.press(R1, confirm, "Yes, request it")
    second = await sim.press(R1, confirm, "Yes, request it")  # a double tap
    await sim.wait_for(R1, contains="you have 5 points free to use")
    refused = await sim.wait_for_callback_answer(second)
    assert refused.text is not None and refused.text.startswith("Not enough points")
    assert "you have 5 free to use" in refused.text
    assert not (await sim.wait_for_callback_answer(first)).text
    [made] = await bot.services.rewards.pending(ADMIN)
    assert made.cost == 15
    await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Thermos")
    await sim.expect_silence(STAFF_CHAT, 0.3)  # one request, one card

    await sim.send_text(R1, "/points")
    await sim.wait_for(R1, contains="15 put aside for rewards you asked for, so 5 free to use")


async def test_a_withdrawn_request_frees_its_points_and_its_staff_card_says_so(
    bot: Harness,
) -> None:
    sim = bot.sim
    offer = await offer_card(bot, 20, "Umbrella 雨伞", 15)
    await sim.press(R1, offer, "Umbrella 雨伞 · 15 points · 5 left")
    await sim.press(R1, await sim.wait_for(R1, contains="Ask for Umbrella"), "Yes, request it")
    asked = await sim.wait_for(R1, contains="You asked for Umbrella")
    card = await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Umbrella")
    refused = await sim.wait_for_callback_answer(await sim.press(R1, offer, "Umbrella"))
    assert refused.text is not None and refused.text.startswith("Not enough points")

    await sim.press(R1, asked, "Withdraw the request")
    await sim.wait_for(R1, contains="is withdrawn. You have 20 points free to use")
    await sim.wait_for(STAFF_CHAT, contains="Wang Fang withdrew the request for Umbrella")
    pressed = await sim.press(ADMIN, card, "Give out")
    answered = await sim.wait_for_callback_answer(pressed)
    assert answered.text == "↩️ The volunteer withdrew this request."
    closed = await sim.wait_for_edit(card, lambda m: "withdrew this request" in m.content)
    assert closed.buttons() == []
    assert (await bot.services.love_bank.my_points(R1)).balance == 20
    assert await bot.services.rewards.pending(ADMIN) == []


async def test_a_double_tap_on_yes_with_points_for_two_still_makes_one_request(
    bot: Harness,
) -> None:
    sim = bot.sim
    offer = await offer_card(bot, 40, "Thermos 保温杯", 15)
    await sim.press(R1, offer, "Thermos 保温杯")
    confirm = await sim.wait_for(R1, contains="You have 40 points free to use; 25 will be left")
    first = await sim.press(R1, confirm, "Yes, request it")
    second = await sim.press(R1, confirm, "Yes, request it")
    await sim.wait_for(R1, contains="you have 25 points free to use")
    again = await sim.wait_for_callback_answer(second)
    assert again.text == (
        "You already asked for Thermos 保温杯 from this message; see the reply above."
    )
    assert not (await sim.wait_for_callback_answer(first)).text
    assert len(await bot.services.rewards.pending(ADMIN)) == 1
    await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Thermos")
    await sim.expect_silence(STAFF_CHAT, 0.3)
    await sim.expect_silence(R1, 0.3)  # one "You asked for", no second one


async def test_a_declined_request_frees_its_points_and_the_volunteer_can_ask_again(
    bot: Harness,
) -> None:
    sim = bot.sim
    offer = await offer_card(bot, 20, "Rice 大米", 15)
    await sim.press(R1, offer, "Rice 大米")
    await sim.press(R1, await sim.wait_for(R1, contains="Ask for Rice"), "Yes, request it")
    await sim.wait_for(R1, contains="you have 5 points free to use")
    refused = await sim.wait_for_callback_answer(await sim.press(R1, offer, "Rice 大米"))
    assert refused.text == (
        "Not enough points for Rice 大米: it costs 15, and you have 5 free to use"
        " (balance 20, 15 put aside for rewards you asked for)."
    )

    card = await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Rice")
    await answer_prompt(bot, card, "Decline", "Out of bags until Friday")
    await sim.wait_for(R1, contains="you have 20 points free to use again")
    await sim.wait_for_edit(card, lambda m: "Declined by Admin Li" in m.content)
    await sim.send_text(R1, "/points")
    shown = await sim.wait_for(R1, contains="balance: 20 points")
    assert "put aside" not in shown.content

    await sim.press(R1, offer, "Rice 大米")
    confirm = await sim.wait_for(R1, contains="You have 20 points free to use; 5 will be left")
    await sim.press(R1, confirm, "Yes, request it")
    await sim.wait_for(R1, contains="You asked for Rice")
    assert len(await bot.services.rewards.pending(ADMIN)) == 1


async def test_a_double_tap_on_hand_over_spends_the_points_once_and_the_card_says_so(
    bot: Harness,
) -> None:
    sim = bot.sim
    offer = await offer_card(bot, 20, "Soap 肥皂", 5)
    await sim.press(R1, offer, "Soap 肥皂")
    await sim.press(R1, await sim.wait_for(R1, contains="Ask for Soap"), "Yes, request it")
    card = await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Soap")
    first = await sim.press(ADMIN, card, "Give out")
    second = await sim.press(ADMIN, card, "Decline")  # pressed before the card changed
    await sim.wait_for(R1, contains="your balance is 15 (15 free to use)")
    late = await sim.wait_for_callback_answer(second)
    assert late.text == "✅ This request was already given out."
    assert not (await sim.wait_for_callback_answer(first)).text
    handed = await sim.wait_for_edit(card, lambda m: "Given out by Admin Li" in m.content)
    assert handed.buttons() == []
    assert (await bot.services.love_bank.my_points(R1)).balance == 15
