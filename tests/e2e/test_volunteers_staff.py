"""Volunteers end to end, the staff side and bad input: a decline with a reason answered in
the staff group, awards, confirming who came from the roster, the honours roll, forged and
repeated presses, and a form that survives a restart.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models.volunteers import Application, TaskSpec, VolunteerStatus
from sandbox.simulator import SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

R1, R2 = 51, 52


async def answer_prompt(bot: Harness, card: SimMessage, button: str, text: str) -> None:
    """Press a button in the staff group and answer its ForceReply prompt with a reply."""
    await bot.sim.press(ADMIN, card, button)
    asked = await bot.sim.wait_for(
        STAFF_CHAT,
        predicate=lambda m: m.reply_markup is not None and "force_reply" in m.reply_markup,
    )
    await bot.sim.send_text(ADMIN, text, chat_id=STAFF_CHAT, reply_to=asked)


async def volunteer(bot: Harness, tg_id: int, name: str) -> int:
    """Register a resident and make them a volunteer through the services."""
    await bot.register(tg_id, name, building="3")
    made = await bot.services.volunteers.apply(tg_id, Application(skills=["patrol"]))
    await bot.services.volunteers.approve(ADMIN, made.person_id)
    await bot.sim.wait_for(STAFF_CHAT, contains=f"application: {name}")
    return made.person_id


async def test_staff_decline_with_a_reason_written_in_the_staff_group(bot: Harness) -> None:
    await bot.register(R1, "Wang Fang", building="3")
    await bot.services.volunteers.apply(R1, Application(skills=["elderly"]))
    card = await bot.sim.wait_for(STAFF_CHAT, contains="New volunteer application")
    await answer_prompt(bot, card, "Decline", "We have enough helpers for now")
    await bot.sim.wait_for(STAFF_CHAT, contains="was told the application was declined")
    await bot.sim.wait_for(R1, contains="not accepted this time: We have enough helpers")
    await bot.sim.send_text(R1, "/volunteer")
    await bot.sim.wait_for(R1, contains="What can you do")  # may apply again


async def test_the_volunteer_form_goes_on_after_a_restart(bot: Harness) -> None:
    await bot.register(R1, "Wang Fang", building="3")
    await bot.sim.send_text(R1, "/volunteer")
    await bot.sim.wait_for(R1, contains="What can you do")
    await bot.sim.press_reply_button(R1, "First aid")
    await bot.sim.wait_for(R1, contains="Chosen: First aid")
    await bot.restart()
    await bot.sim.press_reply_button(R1, "✅ Done")
    await bot.sim.wait_for(R1, contains="Anything else")
    await bot.sim.send_text(R1, "x" * 300)
    await bot.sim.wait_for(R1, contains="too long")
    await bot.sim.send_text(R1, "I drive a van")
    await bot.sim.wait_for(R1, contains="Where would you like")


async def test_the_owner_confirms_who_came_from_the_roster_and_only_they_earn(
    bot: Harness,
) -> None:
    came = await volunteer(bot, R1, "Wang Fang")
    missed = await volunteer(bot, R2, "Li Ming")
    start = bot.clock.now() + timedelta(hours=3)
    spec = TaskSpec(
        title="Lawn watch",
        place="Garden",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        needed=2,
        points=7,
    )
    task, _ = await bot.services.task_desk.create(ADMIN, spec, source_key="e2e:roster")
    for tg_id in (R1, R2):
        await bot.services.tasks.claim(tg_id, task.id)
    bot.travel(timedelta(hours=4))
    await bot.sim.send_text(ADMIN, "/tasks")
    await bot.sim.wait_for(ADMIN, contains="Tasks and duty posts")
    roster_data = f"tks:roster:{task.id}"
    last = bot.sim.bot_messages(ADMIN)[-1]
    await bot.sim.press_data(ADMIN, ADMIN, last.message_id, roster_data)
    roster = await bot.sim.wait_for(ADMIN, contains="Lawn watch")
    assert "Wang Fang: claimed" in roster.content
    answer = await bot.sim.wait_for_callback_answer(
        await bot.sim.press(ADMIN, roster, "✅ Wang Fang")
    )
    assert answer.text == "✅ Wang Fang came."
    await bot.sim.press(ADMIN, roster, "✖️ Li Ming")
    await bot.sim.wait_for(R1, contains="7 points were added")
    assert await bot.services.love_bank.balance(came) == 7
    assert await bot.services.love_bank.balance(missed) == 0
    # A volunteer pressing the same staff buttons is refused kindly and changes nothing.
    for data in (f"tks:came:{task.id}:{missed}", roster_data, f"vol:ok:{missed}"):
        query = await bot.sim.press_data(R2, R2, bot.sim.bot_messages(R2)[-1].message_id, data)
        assert "only staff" in ((await bot.sim.wait_for_callback_answer(query)).text or "")
    assert await bot.services.love_bank.balance(missed) == 0


@pytest.mark.daytime
async def test_an_award_from_the_volunteer_list_and_the_honours_roll(bot: Harness) -> None:
    await volunteer(bot, R1, "Wang Fang")
    await bot.services.volunteers.set_honours(R1, True)
    await bot.sim.send_text(ADMIN, "/volunteers", chat_id=STAFF_CHAT)
    listing = await bot.sim.wait_for(STAFF_CHAT, contains="Volunteers: 1")
    await bot.sim.press(ADMIN, listing, "❤️ Award points")
    asked = await bot.sim.wait_for(STAFF_CHAT, contains="how many points")
    await bot.sim.send_text(ADMIN, "many", chat_id=STAFF_CHAT, reply_to=asked)
    await bot.sim.wait_for(STAFF_CHAT, contains="from 1 to")
    await bot.sim.send_text(ADMIN, "12", chat_id=STAFF_CHAT, reply_to=asked)
    why = await bot.sim.wait_for(STAFF_CHAT, contains="what are they for")
    await bot.sim.send_text(
        ADMIN, "Carried chairs at the festival", chat_id=STAFF_CHAT, reply_to=why
    )
    await bot.sim.wait_for(STAFF_CHAT, contains="12 points awarded")
    await bot.sim.wait_for(R1, contains="awarded 12 points: Carried chairs")

    await bot.sim.send_text(ADMIN, "/honours")
    roll = await bot.sim.wait_for(ADMIN, contains="Wang Fang · 12")
    await bot.sim.press(ADMIN, roll, "Publish as a notice")
    await bot.sim.wait_for(ADMIN, contains="on its way to")
    await bot.sim.wait_for(R1, contains="Volunteer honours roll")


@pytest.mark.daytime
async def test_forged_or_repeated_presses_are_answered_kindly(bot: Harness) -> None:
    await volunteer(bot, R1, "Wang Fang")
    start = bot.clock.now() + timedelta(days=2)
    spec = TaskSpec(
        title="Flyers", place="Hall", starts_at=start, ends_at=start + timedelta(hours=1), needed=1
    )
    task, _ = await bot.services.task_desk.create(ADMIN, spec, source_key="e2e:forged")
    announce = await bot.sim.wait_for(R1, contains="New task: Flyers")
    for data in ("tk:claim:999999", "tk:claim:x", "tk:nope:1", "vm:hon:1:2:3", "rw:req:424242"):
        query = await bot.sim.press_data(R1, R1, announce.message_id, data)
        assert (await bot.sim.wait_for_callback_answer(query)).text
    await bot.sim.press(R1, announce, "Open")
    card = await bot.sim.wait_for(R1, contains="1 of 1 still needed")
    await bot.sim.press(R1, card, "Claim a slot")
    await bot.sim.press(R1, card, "Claim a slot")  # a double tap
    await bot.sim.wait_for(R1, contains="is yours")
    view = await bot.services.tasks.view(R1, task.id)
    assert view.task.taken == 1
    await bot.sim.expect_silence(STAFF_CHAT, 0.3)  # nothing crashed


async def test_a_volunteer_pauses_and_leaves_from_the_status_card(bot: Harness) -> None:
    await volunteer(bot, R1, "Wang Fang")
    await bot.sim.send_text(R1, "/volunteer")
    card = await bot.sim.wait_for(R1, contains="Your volunteering: active")
    await bot.sim.press(R1, card, "Pause")
    paused = await bot.sim.wait_for(R1, contains="Your volunteering: paused")
    await bot.sim.send_text(R1, "/tasks")
    await bot.sim.wait_for(R1, contains="No open tasks")
    await bot.sim.press(R1, paused, "Stop volunteering")
    await bot.sim.wait_for(R1, contains="no longer a volunteer")
    await bot.sim.send_text(R1, "/tasks")
    await bot.sim.wait_for(R1, contains="This is for volunteers")


async def test_staff_keep_the_catalogue_and_a_declined_request_costs_nothing(
    bot: Harness,
) -> None:
    sim = bot.sim
    pid = await volunteer(bot, R1, "Wang Fang")
    await bot.services.love_bank.award(ADMIN, pid, 20, "Festival")
    await sim.send_text(ADMIN, "/addreward")
    await sim.wait_for(ADMIN, contains="New reward")
    await bot.say(ADMIN, "Thermos 保温杯")
    assert "from 1 to" in (await bot.say(ADMIN, "a lot")).content
    await bot.say(ADMIN, "15")
    assert "Added to the catalogue" in (await bot.say(ADMIN, "2")).content
    catalogue = await sim.wait_for(ADMIN, contains="The catalogue")
    answer = await sim.wait_for_callback_answer(await sim.press(ADMIN, catalogue, "+1"))
    assert answer.text == "Thermos 保温杯 · 15 points · 3 left"

    await sim.send_text(R1, "/rewards")
    offer = await sim.wait_for(R1, contains="press one to ask for it")
    await sim.press(R1, offer, "Thermos 保温杯 · 15 points · 3 left")
    await sim.press(R1, await sim.wait_for(R1, contains="Ask for Thermos"), "Yes, request it")
    await sim.wait_for(R1, contains="you have 5 points free to use")
    card = await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Thermos")
    await answer_prompt(bot, card, "Decline", "Come on Monday, we are closed at weekends")
    await sim.wait_for(R1, contains="you have 20 points free to use again")
    declined = await sim.wait_for_edit(card, lambda m: "Declined by" in m.content)
    assert declined.buttons() == []
    assert await bot.services.love_bank.balance(pid) == 20
    [item] = await bot.services.rewards.catalogue(ADMIN)
    assert item.stock == 3


async def test_admins_edit_the_skills_list_and_staff_cannot(bot: Harness) -> None:
    sim = bot.sim
    await sim.send_text(ADMIN, "/skills")
    listing = await sim.wait_for(ADMIN, contains="Skills volunteers choose from")
    await sim.press(ADMIN, listing, "Add a skill")
    asked = await sim.wait_for(ADMIN, contains="what is the new skill called")
    await sim.send_text(ADMIN, "Gardening 园艺", reply_to=asked)
    await sim.wait_for(ADMIN, contains="Gardening 园艺 is on the list")
    await sim.press(ADMIN, listing, "🙈 Translation")
    await sim.wait_for(ADMIN, contains="Translation is hidden")
    labels = [s.label or s.code for s in await bot.services.volunteers.skills()]
    assert "Gardening 园艺" in labels and "translation" not in labels
    await bot.make_staff(R2, "Staff Zhou")
    await sim.send_text(R2, "/skills")
    await sim.wait_for(R2, contains="only the community's admins")


async def test_volunteers_reach_tasks_and_points_from_the_main_menu(bot: Harness) -> None:
    await volunteer(bot, R1, "Wang Fang")
    await bot.sim.send_text(R1, "/start")
    await bot.sim.wait_for(R1, predicate=lambda m: m.reply_keyboard is not None)
    await bot.sim.press_reply_button(R1, "🤝 Tasks")
    await bot.sim.wait_for(R1, contains="No open tasks")
    await bot.sim.press_reply_button(R1, "❤️ My points")
    await bot.sim.wait_for(R1, contains="balance: 0 points")
    await bot.sim.press_reply_button(R1, "🙋 Volunteer")
    await bot.sim.wait_for(R1, contains="Your volunteering: active")


@pytest.mark.daytime
async def test_approving_from_the_list_keeps_it_open_and_approve_all_takes_one_tap(
    bot: Harness,
) -> None:
    names = {61: "Zhao Lei", 62: "Qian Yu", 63: "Sun Li"}
    for tg_id, name in names.items():
        await bot.register(tg_id, name, building="3")
        await bot.services.volunteers.apply(tg_id, Application(skills=["patrol"]))
    await bot.sim.send_text(ADMIN, "/volunteers", chat_id=STAFF_CHAT)
    listing = await bot.sim.wait_for(STAFF_CHAT, contains="Applications: 3")
    answer = await bot.sim.wait_for_callback_answer(
        await bot.sim.press(ADMIN, listing, "🙋 Zhao Lei")
    )
    assert answer.text == "✅ Zhao Lei is now a volunteer."
    listing = await bot.sim.wait_for_edit(listing, lambda m: "Applications: 2" in m.content)
    assert "🏅 Zhao Lei" in listing.buttons()
    answer = await bot.sim.wait_for_callback_answer(
        await bot.sim.press(ADMIN, listing, "Approve all 2")
    )
    assert answer.text == "✅ 2 applications approved."
    listing = await bot.sim.wait_for_edit(listing, lambda m: "Applications: 0" in m.content)
    assert not [b for b in listing.buttons() if "Approve all" in b]
    for tg_id in names:
        await bot.sim.wait_for(tg_id, contains="volunteer")
    # The old Approve all, pressed again, approves nobody twice.
    again = await bot.sim.press_data(ADMIN, STAFF_CHAT, listing.message_id, "vol:all")
    assert (await bot.sim.wait_for_callback_answer(again)).text == "✅ 0 applications approved."
    assert len(await bot.services.volunteers.listing(ADMIN, VolunteerStatus.APPROVED)) == 3
