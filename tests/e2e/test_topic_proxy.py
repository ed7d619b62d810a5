"""Staff raise a topic for a resident without Telegram from the staff tools, with their note;
/topicdesk lists the topics waiting for review with their cards; residents are refused."""

from __future__ import annotations

from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import STAFF_CHAT, Harness

RESIDENT, STAFF = 91, 92


async def test_staff_raise_a_topic_for_a_resident_without_telegram_from_the_staff_tools(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    groups = await bot.say(STAFF, "🧰 Staff tools")
    await sim.press(STAFF, groups, "🗳 Consultation")
    tools = await sim.wait_for_edit(groups, predicate=lambda m: "/proxytopic" in str(m.buttons()))
    label = next(b for b in tools.buttons() if b.startswith("/proxytopic"))
    await sim.press(STAFF, tools, label)
    await sim.wait_for(STAFF, contains="A topic for a resident without Telegram")
    await bot.say(STAFF, "Grandma Liu")
    await sim.press_reply_button(STAFF, "2")
    await sim.wait_for(STAFF, contains="Which unit")
    await bot.say(STAFF, "1-101")
    await bot.say(STAFF, "138 1234 5678")
    await bot.say(STAFF, "A ramp at the entrance of building 2")
    await sim.press_reply_button(STAFF, "🏠 Building 2")
    await sim.wait_for(STAFF, contains="agree that neighbours may see")
    await sim.press_reply_button(STAFF, "🙈 No, keep it to the office")
    await sim.wait_for(STAFF, contains="Your note for the office")
    summary = await bot.say(STAFF, "Told me on a home visit; her son uses a wheelchair")
    assert "Grandma Liu" in summary.content and "building 2" in summary.content
    await sim.press(STAFF, summary, "Confirm")
    await sim.press(STAFF, summary, "Confirm")
    await sim.wait_for(STAFF, contains="Raised as T-000001 for Grandma Liu")
    card = await sim.wait_for(STAFF_CHAT, contains="T-000001")
    assert "Office note: Told me on a home visit" in card.content
    assert "phone 138 1234 5678" in card.content
    listing = await bot.say(STAFF, "/topicdesk")
    assert listing.buttons() == ["T-000001 · A ramp at the entrance of building 2"]
    opened = await bot.press(STAFF, listing, "T-000001 · A ramp at the entrance of building 2")
    assert "Grandma Liu" in opened.content and "✅ Accept for the agenda" in opened.buttons()
    [waiting] = await bot.services.topics.waiting(STAFF)
    assert waiting.filed_by is not None and waiting.building == "2" and not waiting.show_name


async def test_residents_are_refused_the_proxy_topic_and_the_topic_desk_in_chinese(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "李明", language_code="zh-hans")
    for command in ("/proxytopic", "/topicdesk"):
        refused = await bot.say(RESIDENT, command)
        assert "只有社区工作人员" in refused.content
    assert await bot.services.drafts.get(RESIDENT) is None
