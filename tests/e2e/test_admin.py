"""Admins end to end: invite and remove staff, buildings and categories; nobody else may."""

from __future__ import annotations

import re

from bot.models.people import Role
from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT = 7
STAFF = 20
NEWCOMER = 30


async def test_an_admins_invite_link_makes_a_staff_member(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await sim.send_text(ADMIN, "/staff")
    listing = await sim.wait_for(ADMIN, contains="no staff members yet")
    await sim.press(ADMIN, listing, "Create invite link")
    shown = await sim.wait_for(ADMIN, contains="https://t.me/")
    link = re.search(r"https://t\.me/(\w+)\?start=(staff_[\w-]+)", shown.content)
    assert link is not None and link[1] == "linli_test_bot"
    sim.add_user(NEWCOMER, "Chen Jing")
    await sim.send_text(NEWCOMER, f"/start {link[2]}")
    welcome = await sim.wait_for(NEWCOMER, contains="Welcome to the staff team")
    assert welcome.reply_keyboard is not None and "📥 Request queue" in welcome.reply_keyboard[0]
    person = await bot.services.people.get(NEWCOMER)
    assert person is not None and person.role == Role.STAFF
    commands = [c["command"] for c in sim.commands("chat", chat_id=NEWCOMER)]
    assert "queue" in commands and "staff" not in commands
    await sim.wait_for(ADMIN, contains="Chen Jing is now a staff member")
    await sim.send_text(NEWCOMER, f"/start {link[2]}")  # a link works once
    await sim.wait_for(NEWCOMER, contains="has been used or has expired")


async def test_a_staff_member_or_resident_cannot_open_the_staff_list(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    await bot.register(RESIDENT, "Wang Fang")
    for user in (STAFF, RESIDENT):
        await sim.send_text(user, "/staff")
        refused = await sim.wait_for(user, contains="only the community's admins")
        assert refused.buttons() == []
        await sim.send_text(user, "/settings")
        await sim.wait_for(user, contains="only the community's admins")


async def test_admin_buttons_pressed_by_anyone_else_change_nothing(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    person = await bot.services.people.get(STAFF)
    assert person is not None
    last = sim.last_bot_message(STAFF)
    assert last is not None
    for data in (f"adm:rmok:{person.id}", "adm:inv", "adm:cvis:1"):
        query = await sim.press_data(STAFF, STAFF, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and "only the community's admins" in (answer.text or "")
    still = await bot.services.people.get(STAFF)
    assert still is not None and still.role == Role.STAFF
    assert "repairs" in [c.code for c in await bot.services.community.categories()]
    await sim.expect_silence(STAFF, 0.3)  # no invite link was shown


async def test_an_admin_removes_a_staff_member_after_confirming(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    await sim.send_text(ADMIN, "/staff")
    listing = await sim.wait_for(ADMIN, contains="Staff members: 1")
    assert "• Zhao Lei" in listing.content
    await sim.press(ADMIN, listing, "Remove Zhao Lei")
    ask = await sim.wait_for_edit(listing, predicate=lambda m: "Remove Zhao Lei from" in m.content)
    await sim.press(ADMIN, ask, "Yes, remove")
    answer = await sim.wait_for_edit(listing, predicate=lambda m: "no staff members" in m.content)
    assert answer.buttons() == ["➕ Create invite link"]
    await sim.wait_for(STAFF, contains="no longer a staff member")
    person = await bot.services.people.get(STAFF)
    assert person is not None and person.role == Role.RESIDENT
    commands = [c["command"] for c in sim.commands("chat", chat_id=STAFF)]
    assert commands and "queue" not in commands


async def test_an_admin_adds_and_removes_a_building_after_seeing_what_depends_on_it(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(7, "Wang Fang", building="2")
    await bot.services.requests.file(
        7, new=NewRequest(category="repairs", description="Tap drips"), source_key="b:1"
    )
    await sim.send_text(ADMIN, "/settings")
    menu = await sim.wait_for(ADMIN, contains="Community settings")
    await sim.press(ADMIN, menu, "Buildings")
    listing = await sim.wait_for_edit(menu, predicate=lambda m: "Buildings: 3" in m.content)
    await sim.press(ADMIN, listing, "Add a building")
    await sim.wait_for(ADMIN, contains="new building's name")
    await sim.send_text(ADMIN, "5号楼")
    await sim.wait_for(ADMIN, contains="Building 5号楼 added")
    listing = await sim.wait_for(ADMIN, contains="Buildings: 4")
    assert "✖️ 5号楼" in listing.buttons()
    await sim.press(ADMIN, listing, "✖️ 2")
    ask = await sim.wait_for_edit(listing, predicate=lambda m: "Remove building 2?" in m.content)
    assert "1 resident lives there and 1 of their requests are open" in ask.content
    await sim.press(ADMIN, ask, "⬅️ Back")
    listing = await sim.wait_for_edit(ask, predicate=lambda m: "✖️ 2" in m.buttons())
    await sim.press(ADMIN, listing, "✖️ 2")
    ask = await sim.wait_for_edit(listing, predicate=lambda m: "Remove building 2?" in m.content)
    await sim.press(ADMIN, ask, "🗑 Yes, remove it")
    listing = await sim.wait_for_edit(ask, predicate=lambda m: "Buildings: 3" in m.content)
    assert "✖️ 2" not in listing.buttons()
    names = [b.name for b in await bot.services.community.buildings()]
    assert names == ["1", "3", "5号楼"]


async def test_an_admin_changes_hours_hides_and_adds_categories(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await sim.send_text(ADMIN, "/settings")
    menu = await sim.wait_for(ADMIN, contains="Community settings")
    await sim.press(ADMIN, menu, "Request categories")
    listing = await sim.wait_for_edit(menu, predicate=lambda m: "🔧 Repairs · 24 h" in m.content)
    await sim.press(ADMIN, listing, "⏱ 🔧 Repairs · 24 h")
    await sim.wait_for(ADMIN, contains="Within how many hours")
    await sim.send_text(ADMIN, "soon")
    await sim.wait_for(ADMIN, contains="whole number of hours")
    await sim.send_text(ADMIN, "12")
    await sim.wait_for(ADMIN, contains="first answer within 12 hours")
    assert (await bot.services.community.category("repairs")).response_hours == 12

    await sim.press(ADMIN, listing, "⏱ 🛡 Security · 4 h")  # the listing is still there
    await sim.wait_for(ADMIN, contains="Within how many hours")
    await sim.press_reply_button(ADMIN, "✖️ Cancel")
    await sim.wait_for(ADMIN, contains="Cancelled")
    await sim.send_text(ADMIN, "/settings")
    menu = await sim.wait_for(ADMIN, contains="Community settings")
    await sim.press(ADMIN, menu, "Request categories")
    listing = await sim.wait_for_edit(menu, predicate=lambda m: "Repairs · 12 h" in m.content)
    assert listing.reply_markup is not None
    [row] = [r for r in listing.reply_markup["inline_keyboard"] if "Sanitation" in r[0]["text"]]
    assert row[1]["text"] == "🙈 Hide"
    await sim.press_data(ADMIN, ADMIN, listing.message_id, row[1]["callback_data"])
    ask = await sim.wait_for_edit(listing, predicate=lambda m: "Hide 🧹 Sanitation" in m.content)
    assert "0 open requests are in it" in ask.content
    await sim.press(ADMIN, ask, "🙈 Yes, hide it")
    listing = await sim.wait_for_edit(
        listing, predicate=lambda m: "hidden from residents" in m.content
    )
    assert "sanitation" not in [c.code for c in await bot.services.community.categories()]

    await sim.press(ADMIN, listing, "Add a category")
    await sim.wait_for(ADMIN, contains="new category's name")
    await sim.send_text(ADMIN, "🚲 Bicycles")
    await sim.wait_for(ADMIN, contains="Within how many hours")
    await sim.send_text(ADMIN, "48")
    await sim.wait_for(ADMIN, contains='"🚲 Bicycles" added: first answer within 48 hours')
    labels = {c.label: c.response_hours for c in await bot.services.community.categories()}
    assert labels["🚲 Bicycles"] == 48


async def test_an_admin_sets_the_staff_rooms_language_and_the_next_card_uses_it(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await sim.send_text(ADMIN, "/settings")
    menu = await sim.wait_for(ADMIN, contains="Community settings")
    tools = [b.split(" · ")[0] for b in menu.buttons() if b.startswith("/")]
    assert tools == [
        "/quiethours",
        "/wishpoints",
        "/wishstall",
        "/skills",
        "/partners",
        "/addreward",
    ]
    await sim.press(ADMIN, menu, "🌐 Staff room language")
    choose = await sim.wait_for_edit(menu, predicate=lambda m: "Choose its language" in m.content)
    await sim.press(ADMIN, choose, "简体中文")
    await sim.wait_for_edit(choose, predicate=lambda m: "Community settings" in m.content)
    await bot.register(7, "Wang Fang")
    await bot.services.requests.file(
        7, new=NewRequest(category="repairs", description="Tap drips"), source_key="l:1"
    )
    card = await sim.wait_for(STAFF_CHAT, contains="Tap drips")
    assert "状态" in card.content and "✋ 受理" in card.buttons()
    await bot.restart()  # the choice is kept
    await bot.services.requests.file(
        7, new=NewRequest(category="repairs", description="Door sticks"), source_key="l:2"
    )
    card = await sim.wait_for(STAFF_CHAT, contains="Door sticks")
    assert "状态" in card.content
    [line, *_] = (await bot.services.audit.page(ADMIN, actor_id=None, page=0))[0]
    assert (line.action.value, line.after) == ("room_language", "zh-hans")


async def test_an_admin_puts_a_building_in_a_grid_and_takes_it_out(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await sim.send_text(ADMIN, "/settings")
    menu = await sim.wait_for(ADMIN, contains="Community settings")
    await sim.press(ADMIN, menu, "Buildings")
    listing = await sim.wait_for_edit(menu, predicate=lambda m: "Buildings: 3" in m.content)
    assert listing.buttons()[:2] == ["✖️ 1", "🗺 Grid: —"]
    await sim.press_data(
        ADMIN, ADMIN, listing.message_id, listing.button_data()["✖️ 2"].replace("bask", "bgrid")
    )
    await sim.wait_for(ADMIN, contains="Which grid (网格) is building 2 in?")
    await sim.send_text(ADMIN, "North grid")
    await sim.wait_for(ADMIN, contains="Building 2: grid North grid")
    grids = {b.name: b.grid for b in await bot.services.community.buildings()}
    assert grids["2"] == "North grid"
    listing = await sim.wait_for(ADMIN, contains="Buildings: 3")
    assert "🗺 Grid: North grid" in listing.buttons()
    await sim.press(ADMIN, listing, "🗺 Grid: North grid")
    await sim.wait_for(ADMIN, contains="Which grid (网格) is building 2 in?")
    await sim.send_text(ADMIN, "-")
    await sim.wait_for(ADMIN, contains="Building 2: grid —")
    assert {b.name: b.grid for b in await bot.services.community.buildings()}["2"] is None
