"""Volunteers end to end: apply, be approved, hear of a matching task made with /newtask, claim
it, be reminded, check in and out, earn points, redeem a reward (confirmed with Yes); a weekly patrol makes next
week's task; a late release is recorded; staff get the shortage alert.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models.volunteers import Application, TaskSpec
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

R1, R2 = 41, 42


async def apply_in_chat(bot: Harness, user: int) -> None:
    """Walk through /volunteer: Patrol, no more, building 3, weekends."""
    sim = bot.sim
    await sim.send_text(user, "/volunteer")
    await sim.wait_for(user, contains="What can you do")
    await sim.press_reply_button(user, "Patrol")
    await sim.wait_for(user, contains="Chosen: Patrol")
    await sim.send_sticker(user)
    await sim.wait_for(user, contains="Please choose one of the skills")
    await sim.press_reply_button(user, "✅ Done")
    await sim.wait_for(user, contains="Anything else")
    await sim.press_reply_button(user, "Skip")
    await sim.wait_for(user, contains="Where would you like")
    await sim.press_reply_button(user, "🏠 Building 3")
    await sim.wait_for(user, contains="Chosen: 🏠 Building 3")
    await sim.press_reply_button(user, "✅ Done")
    await sim.wait_for(user, contains="When are you usually free")
    await sim.press_reply_button(user, "Weekends")
    await sim.wait_for(user, contains="Chosen: Weekends")
    await sim.press_reply_button(user, "✅ Done")
    await sim.wait_for(user, contains="Your application is with the staff")


async def new_patrol(bot: Harness) -> None:
    """Staff make a weekly patrol three days ahead with /newtask."""
    sim = bot.sim
    start = (bot.clock.now() + timedelta(days=3)).astimezone(bot.services.env.settings.zone)
    await sim.send_text(ADMIN, "/newtask")
    await sim.wait_for(ADMIN, contains="What is it called")
    await bot.say(ADMIN, "Evening patrol")
    await sim.press_reply_button(ADMIN, "Skip")
    await sim.wait_for(ADMIN, contains="When does it start")
    assert "could not read that time" in (await bot.say(ADMIN, "not a date at all")).content
    await sim.send_text(ADMIN, start.strftime("%Y-%m-%d 19:00"))
    await sim.wait_for(ADMIN, contains="When does it end")
    assert "Where" in (await bot.say(ADMIN, "21:00")).content
    assert "How many volunteers" in (await bot.say(ADMIN, "North gate")).content
    assert "How many points" in (await bot.say(ADMIN, "3")).content
    assert "Which area" in (await bot.say(ADMIN, "10")).content
    await sim.press_reply_button(ADMIN, "🏠 Building 3")
    await sim.wait_for(ADMIN, contains="Which skills")
    await sim.press_reply_button(ADMIN, "Patrol")
    await sim.wait_for(ADMIN, contains="Chosen: Patrol")
    await sim.press_reply_button(ADMIN, "✅ Done")
    await sim.wait_for(ADMIN, contains="repeat every week")
    await sim.press_reply_button(ADMIN, "🔁 Every week")
    preview = await sim.wait_for(ADMIN, contains="Please check the task")
    assert "19:00–21:00" in preview.content and "every week" in preview.content
    await sim.press(ADMIN, preview, "Publish")
    await sim.wait_for(ADMIN, contains="One matching volunteer was told")


@pytest.mark.any_hour
async def test_apply_claim_be_reminded_serve_earn_and_redeem(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(R1, "Wang Fang", building="3")
    await apply_in_chat(bot, R1)
    card = await sim.wait_for(STAFF_CHAT, contains="New volunteer application: Wang Fang")
    await sim.press(ADMIN, card, "Approve")
    await sim.wait_for(R1, contains="You are now a volunteer")

    await new_patrol(bot)
    await bot.past_quiet_hours()  # the announcement is a bulk message: it waits at night
    announce = await sim.wait_for(R1, contains="New task: Evening patrol")
    await sim.press(R1, announce, "Open")
    task_card = await sim.wait_for(R1, contains="3 of 3 still needed")
    await sim.press(R1, task_card, "Claim a slot")
    await sim.wait_for(R1, contains="is yours")
    mine = await sim.wait_for(R1, contains="You hold a slot")
    assert "Give the slot back" in " ".join(mine.buttons())

    [task] = await bot.services.task_desk.managed(ADMIN)
    bot.travel(task.starts_at - bot.clock.now() - timedelta(hours=2))
    await bot.tick()
    await sim.wait_for(R1, contains="⏰ Reminder: Evening patrol")

    started = sim.mark()
    bot.travel(timedelta(hours=2))
    await sim.send_text(R1, "/mytasks")
    listing = await sim.wait_for(R1, contains="Your tasks")
    await sim.press(R1, listing, "Evening patrol")
    opened = await sim.wait_for(R1, contains="You hold a slot")
    await sim.press(R1, opened, "Check in")
    checked_in = await sim.wait_for(R1, contains="You are checked in")
    bot.travel(timedelta(hours=2))
    await sim.press(R1, checked_in, "Check out")
    await sim.wait_for(R1, contains="10 points were added; your balance is 10")

    # The weekly patrol made next week's task when this one started, and told the volunteer.
    await bot.tick()
    await sim.wait_for(R1, contains="New task: Evening patrol", since=started)
    upcoming = await bot.services.task_desk.managed(ADMIN)
    assert [t.starts_at - task.starts_at for t in upcoming] == [timedelta(days=7)]

    await bot.services.rewards.add(ADMIN, "Rice 大米", 6, 1)
    await sim.send_text(R1, "/points")
    points = await sim.wait_for(R1, contains="balance: 10 points")
    await sim.press(R1, points, "Rewards")
    catalogue = await sim.wait_for(R1, contains="Rewards: press one")
    await sim.press(R1, catalogue, "Rice 大米 · 6 points · 1 left")
    confirm = await sim.wait_for(R1, contains="Ask for Rice 大米 for 6 points")
    await sim.press(R1, confirm, "Yes, request it")
    await sim.wait_for(R1, contains="You asked for Rice")
    request = await sim.wait_for(STAFF_CHAT, contains="Wang Fang asks for Rice")
    await sim.press(ADMIN, request, "Give out")
    await sim.wait_for(R1, contains="your balance is 4")
    handed = await sim.wait_for_edit(request, lambda m: "Given out by" in m.content)
    assert handed.buttons() == []
    [item] = await bot.services.rewards.catalogue(ADMIN)
    assert item.stock == 0


@pytest.mark.any_hour
async def test_a_late_release_is_recorded_and_staff_hear_of_the_shortage(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(R2, "Li Ming", building="1")
    volunteer = await bot.services.volunteers.apply(R2, Application(skills=["events"]))
    await bot.services.volunteers.approve(ADMIN, volunteer.person_id)
    start = bot.clock.now() + timedelta(hours=30)
    spec = TaskSpec(
        title="Flea market helpers",
        place="Square",
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        needed=2,
        points=5,
    )
    task, _ = await bot.services.task_desk.create(ADMIN, spec, source_key="e2e:late")
    await bot.past_quiet_hours()
    announce = await sim.wait_for(R2, contains="New task: Flea market helpers")
    await sim.press(R2, announce, "Open")
    await sim.press(R2, await sim.wait_for(R2, contains="2 of 2 still needed"), "Claim a slot")
    mine = await sim.wait_for(R2, contains="You hold a slot")

    bot.travel(timedelta(hours=20))  # 10 hours before the start: past the 12-hour cut-off
    await bot.tick()
    await sim.wait_for(STAFF_CHAT, contains="Flea market helpers")  # the shortage alert
    await sim.press(R2, mine, "Give the slot back")
    await sim.wait_for(R2, contains="past the cut-off")
    await sim.wait_for(STAFF_CHAT, contains="Li Ming gave back a slot")
    staff_texts = [m.content for m in sim.bot_messages(STAFF_CHAT)]
    assert any("still needs 1 of 2 volunteers" in t for t in staff_texts)
    _, roster = await bot.services.task_desk.roster(ADMIN, task.id)
    assert [(s.name, s.late_release) for s in roster] == [("Li Ming", True)]


async def test_a_resident_pressing_a_staff_button_gets_a_friendly_refusal(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(R2, "Li Ming", building="1")
    await sim.send_text(R2, "/tasks")
    await sim.wait_for(R2, contains="This is for volunteers")
    await sim.send_text(R2, "/newtask")
    await sim.wait_for(R2, contains="only staff")
