"""A task changed or cancelled after publishing, from its roster: volunteers holding a place
are told, the reminders move with a new time, places never drop below those taken, and a
cancelled task can be neither claimed nor changed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models.volunteers import Application, TaskSpec
from sandbox.simulator import SimMessage
from tests.e2e.harness import ADMIN, Harness

R1, R2 = 51, 52


async def _task_with_two(bot: Harness) -> tuple[int, SimMessage]:
    """A task two volunteers claimed, three days ahead; returns its id and staff's roster."""
    for tg, name in ((R1, "Wang Fang"), (R2, "Li Ming")):
        await bot.register(tg, name, building="3")
        made = await bot.services.volunteers.apply(tg, Application(skills=["patrol"]))
        await bot.services.volunteers.approve(ADMIN, made.person_id)
    start = bot.clock.now() + timedelta(days=3)
    spec = TaskSpec(
        title="Lawn watch",
        place="Garden",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        needed=3,
        points=5,
    )
    task, _ = await bot.services.task_desk.create(ADMIN, spec, source_key="e2e:change")
    for tg in (R1, R2):
        await bot.services.tasks.claim(tg, task.id)
    await bot.sim.send_text(ADMIN, "/tasks")
    await bot.sim.wait_for(ADMIN, contains="Tasks and duty posts")
    last = bot.sim.bot_messages(ADMIN)[-1]
    await bot.sim.press_data(ADMIN, ADMIN, last.message_id, f"tks:roster:{task.id}")
    return task.id, await bot.sim.wait_for(ADMIN, contains="Lawn watch (")


async def _answer(bot: Harness, roster: SimMessage, button: str, text: str) -> None:
    await bot.sim.press(ADMIN, roster, button)
    asked = await bot.sim.wait_for(ADMIN, contains="Lawn watch")
    await bot.sim.send_text(ADMIN, text, reply_to=asked)


@pytest.mark.daytime
async def test_a_new_time_tells_the_volunteers_and_moves_the_reminders(bot: Harness) -> None:
    task_id, roster = await _task_with_two(bot)
    old = (await bot.services.tasks.view(R1, task_id)).task.starts_at
    zone = bot.services.env.settings.zone
    new = (old + timedelta(days=1)).astimezone(zone).replace(hour=10, minute=0)
    await _answer(bot, roster, "🕒 Change the time", new.strftime("%Y-%m-%d 10:00"))
    await bot.sim.wait_for(ADMIN, contains="Lawn watch changed; 2 volunteers were told")
    for tg in (R1, R2):
        told = await bot.sim.wait_for(tg, contains="Lawn watch has changed (new time)")
        assert new.strftime("%Y-%m-%d 10:00") in told.content and "12:00" in told.content
    # The 2-hour reminder of the old time says nothing; the new one comes.
    mark = bot.sim.mark()
    bot.travel(old - bot.clock.now() - timedelta(hours=2))
    await bot.tick()
    assert not [m for m in bot.sim.bot_messages(R1)[mark:] if "Reminder" in m.content]
    bot.travel(new - bot.clock.now() - timedelta(hours=2))
    await bot.tick()
    await bot.sim.wait_for(R1, contains="⏰ Reminder: Lawn watch")


@pytest.mark.daytime
async def test_places_cannot_drop_below_those_taken_and_points_change(bot: Harness) -> None:
    task_id, roster = await _task_with_two(bot)
    await _answer(bot, roster, "👥 Change the places", "1")
    await bot.sim.wait_for(ADMIN, contains="2 volunteers already hold a place")
    asked = bot.sim.bot_messages(ADMIN)[-2]
    await bot.sim.send_text(ADMIN, "many", reply_to=asked)
    await bot.sim.wait_for(ADMIN, contains="type a number")
    await bot.sim.send_text(ADMIN, "2", reply_to=asked)
    await bot.sim.wait_for(ADMIN, contains="Lawn watch changed")
    await _answer(bot, roster, "❤️ Change the points", "8")
    await bot.sim.wait_for(R2, contains="(new points)")
    view = await bot.services.tasks.view(R1, task_id)
    assert (view.task.needed, view.task.points, view.task.taken) == (2, 8, 2)


@pytest.mark.daytime
async def test_a_cancelled_task_tells_its_volunteers_and_can_be_neither_claimed_nor_changed(
    bot: Harness,
) -> None:
    task_id, roster = await _task_with_two(bot)
    await bot.sim.press(ADMIN, roster, "✖️ Cancel the task")
    sure = await bot.sim.wait_for(ADMIN, contains="Cancel Lawn watch? 2 volunteers")
    await bot.sim.press(ADMIN, sure, "✖️ Yes, cancel it")
    await bot.sim.wait_for(ADMIN, contains="Lawn watch is cancelled; 2 volunteers were told")
    for tg in (R1, R2):
        told = await bot.sim.wait_for(tg, contains="is cancelled")
        assert told.content.startswith("✖️ Lawn watch (") and told.buttons() == []
    again = await bot.sim.press_data(ADMIN, ADMIN, sure.message_id, f"tks:cxly:{task_id}")
    assert "was cancelled" in ((await bot.sim.wait_for_callback_answer(again)).text or "")
    await bot.register(53, "Zhao Lei", building="3")
    made = await bot.services.volunteers.apply(53, Application(skills=["patrol"]))
    await bot.services.volunteers.approve(ADMIN, made.person_id)
    claim = await bot.sim.press_data(
        53, 53, bot.sim.bot_messages(53)[-1].message_id, f"tk:claim:{task_id}"
    )
    assert "Lawn watch" in ((await bot.sim.wait_for_callback_answer(claim)).text or "")
    # A volunteer pressing the staff buttons is refused.
    forged = await bot.sim.press_data(
        R1, R1, bot.sim.bot_messages(R1)[-1].message_id, f"tks:cxl:{task_id}"
    )
    assert "only staff" in ((await bot.sim.wait_for_callback_answer(forged)).text or "")


@pytest.mark.daytime
async def test_reminders_falling_due_together_come_once_with_check_in_and_never_late(
    bot: Harness,
) -> None:
    task_id, _ = await _task_with_two(bot)
    start = (await bot.services.tasks.view(R1, task_id)).task.starts_at
    bot.travel(start - bot.clock.now() - timedelta(hours=1))  # the bot was down for both
    await bot.tick()
    reminder = await bot.sim.wait_for(R1, contains="⏰ Reminder: Lawn watch")
    assert "📍 Check in" in reminder.buttons()
    await bot.sim.expect_silence(R1, 0.5)
    sent = [m for m in bot.sim.bot_messages(R1) if "Reminder" in m.content]
    assert len(sent) == 1
