"""A person's own data: /mydata shows all of it, /deleteme erases it after asking."""

from __future__ import annotations

from bot.models.requests import NewRequest, RequestStatus
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, Harness

RESIDENT = 7


async def _file(bot: Harness) -> int:
    request, _ = await bot.services.requests.file(
        RESIDENT,
        new=NewRequest(category="repairs", description="The kitchen tap drips"),
        source_key="test:1",
    )
    return request.id


async def test_my_data_shows_everything_stored_with_the_requests(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang", building="2", unit="3-101", phone="+86 138 0000 0001")
    await _file(bot)
    await sim.press_reply_button(RESIDENT, "🔒 My data")
    shown = await sim.wait_for(RESIDENT, contains="What Linli stores about you")
    for expected in (
        "Name: Wang Fang",
        "Building: 2 · Unit: 3-101",
        "Phone: +86 138 0000 0001",
        "Language: English",
        "Role: Resident",
        "Your requests (1):",
        "R-000001 · 🔧 Repairs · New",
    ):
        assert expected in shown.content, expected
    assert shown.buttons() == ["🗑 Erase my personal data"]


async def test_my_data_is_shown_in_chinese_to_a_chinese_speaker(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "李明", language_code="zh-hans")
    await sim.send_text(RESIDENT, "/mydata")
    shown = await sim.wait_for(RESIDENT, contains="姓名：李明")
    assert "语言：简体中文" in shown.content and "身份：居民" in shown.content
    assert "您还没有诉求" in shown.content


async def test_deleteme_asks_first_and_no_keeps_everything(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await sim.send_text(RESIDENT, "/deleteme")
    ask = await sim.wait_for(RESIDENT, contains="Erase your personal data?")
    await sim.press(RESIDENT, ask, "No, keep it")
    await sim.wait_for(RESIDENT, contains="Nothing was erased")
    person = await bot.services.people.get(RESIDENT)
    assert person is not None and person.registered and person.name == "Wang Fang"


async def test_deleteme_erases_personal_data_and_keeps_requests_anonymised(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang", phone="+86 138 0000 0001")
    request_id = await _file(bot)
    await sim.send_text(RESIDENT, "/deleteme")
    ask = await sim.wait_for(RESIDENT, contains="Erase your personal data?")
    await sim.press(RESIDENT, ask, "Yes, erase it")
    done = await sim.wait_for(RESIDENT, contains="has been erased")
    assert "kept without your name" in done.content
    person = await bot.services.people.get(RESIDENT)
    assert person is not None and person.erased and not person.registered
    assert (person.name, person.building, person.unit, person.phone) == ("—", None, None, None)
    view = await bot.services.desk.view(ADMIN, request_id)
    assert view.request.status == RequestStatus.NEW and view.request.description == ""
    await sim.send_text(RESIDENT, "/mydata")
    shown = await sim.wait_for(RESIDENT, contains="What Linli stores about you")
    assert "Wang Fang" not in shown.content and "+86" not in shown.content


async def test_the_erase_button_under_my_data_asks_before_erasing(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await sim.send_text(RESIDENT, "/mydata")
    shown = await sim.wait_for(RESIDENT, contains="What Linli stores about you")
    await sim.press(RESIDENT, shown, "Erase my personal data")
    ask = await sim.wait_for(RESIDENT, contains="Erase your personal data?")
    assert ask.buttons() == ["🗑 Yes, erase it", "No, keep it"]
    person = await bot.services.people.get(RESIDENT)
    assert person is not None and person.registered


async def test_after_erasing_a_new_request_starts_with_registration(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await sim.send_text(RESIDENT, "/deleteme")
    ask = await sim.wait_for(RESIDENT, contains="Erase your personal data?")
    await sim.press(RESIDENT, ask, "Yes, erase it")
    await sim.wait_for(RESIDENT, contains="has been erased")
    await sim.press_reply_button(RESIDENT, "📝 New request")
    await sim.wait_for(RESIDENT, contains="What is your name")


async def test_forged_privacy_buttons_get_a_friendly_answer(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    last = sim.bot_messages(RESIDENT)[-1]
    for data in ("me:del:maybe", "me", "me:del:y:extra"):
        query = await sim.press_data(RESIDENT, RESIDENT, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.text is not None and "old message" in answer.text
    person = await bot.services.people.get(RESIDENT)
    assert person is not None and person.registered
