"""The staff tools menu: every staff command a tap away, and nobody else may use it."""

from __future__ import annotations

from telegram.ext import CommandHandler

from bot.app import handler_groups
from handlers import commands
from handlers.workplace.menu import GROUPS, TOOLS
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, Harness

RESIDENT = 7
STAFF = 20


def registered_commands() -> set[str]:
    return {
        name
        for handler in handler_groups()
        if isinstance(handler, CommandHandler)
        for name in handler.commands
    }


def test_every_staff_and_admin_command_has_a_button_in_the_staff_tools() -> None:
    staff_only = registered_commands() & (set(commands.ADMIN) - set(commands.RESIDENT))
    assert staff_only, "the walk found no staff commands"
    on_buttons = {tool.command for tool in TOOLS}
    assert staff_only - on_buttons == set()


def test_every_button_runs_a_registered_command_listed_for_its_role() -> None:
    registered = registered_commands()
    for tool in TOOLS:
        assert tool.command in registered
        assert tool.group in GROUPS
        assert tool.command in (commands.ADMIN if tool.admin else commands.STAFF)


async def test_a_staff_member_opens_a_flow_from_the_staff_tools(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    groups = await bot.say(STAFF, "🧰 Staff tools")
    assert "⚙️ Settings" not in groups.buttons()  # the settings group is for admins
    await sim.press(STAFF, groups, "📅 Events")
    events = await sim.wait_for_edit(groups, predicate=lambda m: "/newevent" in str(m.buttons()))
    await sim.press(STAFF, events, "/newevent")
    await sim.wait_for(STAFF, contains="New event. What is it called?")


async def test_an_admin_reaches_the_settings_from_the_staff_tools(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await sim.send_text(ADMIN, "🧰 Staff tools")
    groups = await sim.wait_for(ADMIN, contains="choose a group")
    await sim.press(ADMIN, groups, "⚙️ Settings")
    tools = await sim.wait_for_edit(groups, predicate=lambda m: "/settings" in str(m.buttons()))
    await sim.press(ADMIN, tools, "/settings")
    await sim.wait_for(ADMIN, predicate=lambda m: "Buildings" in str(m.buttons()))


async def test_a_resident_pressing_a_staff_button_is_refused(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await sim.send_text(RESIDENT, "🧰 Staff tools")
    await sim.wait_for(RESIDENT, contains="only staff")
    last = sim.last_bot_message(RESIDENT)
    assert last is not None
    for data in ("ws:run:newevent", "ws:grp:desk", "ws:home"):
        query = await sim.press_data(RESIDENT, RESIDENT, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and "only staff" in (answer.text or "")
    await sim.expect_silence(RESIDENT, 0.3)  # no form was opened


async def test_staff_pressing_an_admin_tool_or_forged_data_is_refused(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    last = sim.last_bot_message(STAFF)
    assert last is not None
    query = await sim.press_data(STAFF, STAFF, last.message_id, "ws:run:settings")
    answer = await sim.wait_for_callback_answer(query)
    assert answer.show_alert and "only the community's admins" in (answer.text or "")
    for data in ("ws:run:dropall", "ws:grp:nowhere", "ws:run:start", "ws:run:1"):
        query = await sim.press_data(STAFF, STAFF, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and "old message" in (answer.text or "")
    await sim.expect_silence(STAFF, 0.3)


async def test_help_explains_the_staff_and_admin_tools_in_both_languages(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await sim.send_text(ADMIN, "/help")
    await sim.wait_for(ADMIN, contains="/queue lists open requests")
    await sim.wait_for(ADMIN, contains="/staff appoints and removes staff")
    await bot.services.people.set_language(ADMIN, "zh-hans")
    await sim.send_text(ADMIN, "/help")
    await sim.wait_for(ADMIN, contains="/queue 列出待办诉求")
    await sim.wait_for(ADMIN, contains="/settings 编辑楼栋和类别")
