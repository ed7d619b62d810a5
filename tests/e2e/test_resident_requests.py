"""A resident's requests end to end: the form, the number, My requests, answers, solved?"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bot.models.requests import NewRequest, RequestStatus
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT = 7
NEIGHBOUR = 8
STAFF = 20


async def _eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    """Wait for state the bot records after sending (no message shows it)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not await check():
        assert loop.time() < deadline, "the condition never became true"
        await asyncio.sleep(0.02)


async def _open_form(bot: Harness, user: int = RESIDENT) -> SimMessage:
    await bot.sim.press_reply_button(user, "📝 New request")
    return await bot.sim.wait_for(user, contains="What is it about")


async def _describe(bot: Harness, text: str, user: int = RESIDENT) -> None:
    categories = await _open_form(bot, user)
    await bot.sim.press(user, categories, "🔧 Repairs")
    await bot.sim.wait_for(user, contains="tell us what happened")
    await bot.sim.send_text(user, text)
    await bot.sim.wait_for(user, contains="add photos")


async def _summary(bot: Harness, text: str = "The kitchen tap drips") -> SimMessage:
    await _describe(bot, text)
    await bot.sim.press_reply_button(RESIDENT, "✅ Done")
    return await bot.sim.wait_for(RESIDENT, contains="Please check your request")


async def _file(
    bot: Harness, user: int = RESIDENT, key: str = "test:1", category: str = "repairs"
) -> int:
    request, _ = await bot.services.requests.file(
        user, new=NewRequest(category=category, description="The lift is stuck"), source_key=key
    )
    return request.id


async def test_a_resident_files_a_request_with_a_photo_and_a_location_and_gets_its_number(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _describe(bot, "The kitchen tap drips")
    await sim.send_photo(RESIDENT, caption="Under the sink")
    await sim.wait_for(RESIDENT, contains="Photo 1 of 5 added")
    await sim.press_reply_button(RESIDENT, "📍 Share location", location=(31.2304, 121.4737))
    await sim.wait_for(RESIDENT, contains="Location added")
    await sim.press_reply_button(RESIDENT, "✅ Done")
    summary = await sim.wait_for(RESIDENT, contains="Please check your request")
    assert "🔧 Repairs" in summary.content and "Photos: 1" in summary.content
    assert "Location: shared" in summary.content
    await sim.press(RESIDENT, summary, "Confirm")
    done = await sim.wait_for(RESIDENT, contains="R-000001")
    assert "within 24 hours" in done.content
    assert (
        done.reply_keyboard is not None
        and ["📝 New request", "📋 My requests"] in done.reply_keyboard
    )
    card = await sim.wait_for(STAFF_CHAT, contains="R-000001")
    assert "The kitchen tap drips" in card.content and "Under the sink" in card.content
    assert (
        "Wang Fang" in card.content
        and "openstreetmap.org/?mlat=31.23040&mlon=121.47370" in card.content
    )
    assert card.buttons()[0] == "✋ Take"
    photo = await sim.wait_for(STAFF_CHAT, predicate=lambda m: m.kind == "photo")
    assert photo.content == "R-000001"
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_confirm_gives_the_number_first_and_then_takes_the_summarys_buttons_away(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    summary = await _summary(bot)
    events = sim.mark()
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="Your request number is R-000001")
    settled = await sim.wait_for_edit(summary, lambda m: not m.buttons(), timeout=5)
    assert settled.buttons() == []
    order = [
        e.kind
        for e in sim.world.events[events:]
        if e.chat_id == RESIDENT and e.kind in ("new", "edit")
    ]
    assert order[:2] == ["new", "edit"]  # the number before the edit


async def test_double_tap_on_confirm_files_one_request(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    summary = await _summary(bot)
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="Your request number is R-000001")
    await sim.wait_for(RESIDENT, contains="already sent as R-000001")
    assert len(await bot.services.requests.mine(RESIDENT)) == 1
    await sim.wait_for(STAFF_CHAT, contains="R-000001")
    await sim.expect_silence(STAFF_CHAT, 0.3)  # one card only


async def test_telegram_delivering_the_confirm_again_files_one_request(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    summary = await _summary(bot)
    data = summary.button_data()["✅ Confirm"]
    press = {
        "id": "900001",
        "from": sim.user(RESIDENT).to_json(),
        "message": sim.world.message_json(summary),
        "chat_instance": "1",
        "data": data,
    }
    update_id = sim.inject_update({"callback_query": press})
    await sim.wait_for(RESIDENT, contains="Your request number is R-000001")
    sim.redeliver(update_id)
    await sim.wait_for(RESIDENT, contains="already sent as R-000001")
    assert len(await bot.services.requests.mine(RESIDENT)) == 1
    assert not any("went wrong" in m.content for m in sim.bot_messages(RESIDENT))


async def test_the_request_form_continues_where_it_was_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    categories = await _open_form(bot)
    await sim.press(RESIDENT, categories, "🧹 Sanitation")
    await sim.wait_for(RESIDENT, contains="tell us what happened")
    await bot.restart()
    await sim.send_text(RESIDENT, "Rubbish left by the bins")
    await sim.wait_for(RESIDENT, contains="add photos")
    await sim.send_photo(RESIDENT)
    await sim.wait_for(RESIDENT, contains="Photo 1 of 5")
    await bot.restart()
    await sim.press_reply_button(RESIDENT, "✅ Done")
    summary = await sim.wait_for(RESIDENT, contains="Please check your request")
    assert "Rubbish left by the bins" in summary.content and "Photos: 1" in summary.content
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="R-000001")
    [request] = await bot.services.requests.mine(RESIDENT)
    assert (request.category, len(request.photos)) == ("sanitation", 1)


async def test_a_sticker_where_the_description_was_asked_gets_a_kind_reply_and_the_form_goes_on(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    categories = await _open_form(bot)
    await sim.press(RESIDENT, categories, "🔧 Repairs")
    await sim.wait_for(RESIDENT, contains="tell us what happened")
    await sim.send_sticker(RESIDENT)
    await sim.wait_for(RESIDENT, contains="or send a voice message")
    await sim.send_text(RESIDENT, "The door does not close")
    await sim.wait_for(RESIDENT, contains="add photos")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and draft.data["description"] == "The door does not close"


async def test_an_over_long_description_is_refused_kindly_and_the_form_goes_on(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    categories = await _open_form(bot)
    await sim.press(RESIDENT, categories, "🔧 Repairs")
    await sim.wait_for(RESIDENT, contains="tell us what happened")
    await sim.send_text(RESIDENT, "drip " * 700)
    refused = await sim.wait_for(RESIDENT, contains="too long")
    assert "3,000 characters" in refused.content
    await sim.send_text(RESIDENT, "The tap drips")
    await sim.wait_for(RESIDENT, contains="add photos")


async def test_a_voice_message_can_describe_the_request(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    categories = await _open_form(bot)
    await sim.press(RESIDENT, categories, "🧓 Help for elderly")
    await sim.wait_for(RESIDENT, contains="tell us what happened")
    await sim.send_voice(RESIDENT)
    await sim.wait_for(RESIDENT, contains="add photos")
    await sim.press_reply_button(RESIDENT, "✅ Done")
    summary = await sim.wait_for(RESIDENT, contains="Please check your request")
    assert "🎤 Voice message" in summary.content
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="R-000001")
    card = await sim.wait_for(STAFF_CHAT, contains="R-000001")
    assert "voice message below" in card.content
    voice = await sim.wait_for(STAFF_CHAT, predicate=lambda m: m.kind == "voice")
    assert voice.voice is not None


async def test_the_sixth_photo_is_refused_kindly(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _describe(bot, "Graffiti on the wall")
    for n in range(1, 6):
        await sim.send_photo(RESIDENT)
        await sim.wait_for(RESIDENT, contains=f"Photo {n} of 5")
    await sim.send_photo(RESIDENT)
    await sim.wait_for(RESIDENT, contains="that is the most")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and len(draft.data["photos"]) == 5


async def test_a_confirm_from_a_form_that_was_cancelled_says_the_form_is_closed(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    summary = await _summary(bot)
    await sim.press_reply_button(RESIDENT, "✖️ Cancel")
    await sim.wait_for(RESIDENT, contains="Cancelled")
    query = await sim.press(RESIDENT, summary, "Confirm")
    answer = await sim.wait_for_callback_answer(query)
    assert answer.text is not None and "form is closed" in answer.text
    assert await bot.services.requests.mine(RESIDENT) == []


async def test_cancel_under_the_categories_closes_the_form(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    categories = await _open_form(bot)
    await sim.press(RESIDENT, categories, "✖️ Cancel")
    await sim.wait_for(RESIDENT, contains="Cancelled")
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_an_unregistered_person_is_sent_to_registration(
    bot: Harness, sim: BotApiSimulator
) -> None:
    sim.add_user(RESIDENT, "Wang Fang")
    await sim.send_text(RESIDENT, "/request")
    await sim.wait_for(RESIDENT, contains="What is your name")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and draft.flow == "register"


async def test_pressing_another_residents_request_finds_nothing(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.register(NEIGHBOUR, "Li Ming")
    theirs = await _file(bot, RESIDENT)
    last = sim.bot_messages(NEIGHBOUR)[-1]
    for data in (f"my:open:{theirs}", f"my:withdraw:{theirs}", f"my:wd:{theirs}:y"):
        query = await sim.press_data(NEIGHBOUR, NEIGHBOUR, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.text is not None and "cannot find" in answer.text
    await sim.expect_silence(NEIGHBOUR, 0.3)
    [request] = await bot.services.requests.mine(RESIDENT)
    assert request.status == RequestStatus.NEW


async def test_malformed_buttons_get_a_friendly_answer_and_nothing_breaks(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    last = sim.bot_messages(RESIDENT)[-1]
    forged = [
        "my:open:abc",
        "my:rate:1:9",
        "my:solved:1",
        "my:open:1:y",
        "new:ok:xyz",
        "new:cat",
        "new:cat:rockets",
        "new:ok:12345",
        "my:open:99999",
    ]
    for data in forged:
        query = await sim.press_data(RESIDENT, RESIDENT, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.text, data
    await sim.expect_silence(STAFF_CHAT, 0.3)  # no error alert went to staff
    assert not any("went wrong" in m.content for m in sim.bot_messages(RESIDENT))


async def test_my_requests_shows_each_request_with_its_status(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    first = await _file(bot, key="test:1")
    await _file(bot, key="test:2", category="sanitation")
    await bot.services.desk.take(STAFF, first)
    await sim.wait_for(RESIDENT, contains="is being handled by Zhao Lei")
    await sim.send_text(RESIDENT, "/myrequests")
    listing = await sim.wait_for(RESIDENT, contains="Your requests")
    assert listing.buttons() == [
        "R-000002 · 🧹 Sanitation · New",
        "R-000001 · 🔧 Repairs · Taken",
        "🏢 In my building",
    ]


async def test_opening_a_request_shows_its_public_timeline(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    request_id = await _file(bot)
    await bot.services.desk.take(STAFF, request_id)
    await bot.services.desk.note(STAFF, request_id, "Secret staff note")
    await bot.services.desk.reply(STAFF, request_id, "The technician comes at 3 pm")
    await sim.press_reply_button(RESIDENT, "📋 My requests")
    listing = await sim.wait_for(RESIDENT, contains="Your requests")
    await sim.press(RESIDENT, listing, "R-000001")
    view = await sim.wait_for(RESIDENT, contains="What happened so far")
    assert "Status: In progress" in view.content and "The lift is stuck" in view.content
    assert "You sent the request" in view.content
    assert "Zhao Lei is handling it" in view.content
    assert "The technician comes at 3 pm" in view.content
    assert "Secret staff note" not in view.content
    assert view.buttons() == [
        "💬 Add information",
        "↩️ Withdraw",
        "🏢 Show to my building",
        "📋 My requests",
    ]


async def test_a_resident_withdraws_an_open_request(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    request_id = await _file(bot)
    await sim.wait_for(STAFF_CHAT, contains="R-000001")
    await sim.send_text(RESIDENT, "/myrequests")
    listing = await sim.wait_for(RESIDENT, contains="Your requests")
    await sim.press(RESIDENT, listing, "R-000001")
    view = await sim.wait_for(RESIDENT, contains="What happened so far")
    await sim.press(RESIDENT, view, "Withdraw")
    ask = await sim.wait_for(RESIDENT, contains="Do you want to withdraw R-000001")
    await sim.press(RESIDENT, ask, "Yes, withdraw")
    await sim.wait_for(RESIDENT, contains="R-000001 is withdrawn")
    await sim.wait_for(STAFF_CHAT, contains="Wang Fang withdrew request R-000001")
    request, _ = await bot.services.requests.resident_view(RESIDENT, request_id)
    assert request.status == RequestStatus.WITHDRAWN


async def test_no_to_withdrawing_keeps_the_request_open(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    request_id = await _file(bot)
    last = sim.bot_messages(RESIDENT)[-1]
    await sim.press_data(RESIDENT, RESIDENT, last.message_id, f"my:withdraw:{request_id}")
    ask = await sim.wait_for(RESIDENT, contains="Do you want to withdraw")
    await sim.press(RESIDENT, ask, "No, keep it")
    await sim.wait_for(RESIDENT, contains="R-000001 stays open")
    request, _ = await bot.services.requests.resident_view(RESIDENT, request_id)
    assert request.status == RequestStatus.NEW


async def test_the_answer_button_under_a_staff_reply_adds_to_the_request(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    request_id = await _file(bot)
    await bot.services.desk.set_waiting(STAFF, request_id, "Which floor is it on?")
    question = await sim.wait_for(RESIDENT, contains="Which floor is it on?")
    await sim.press(RESIDENT, question, "Answer")
    await sim.wait_for(RESIDENT, contains="What would you like to add to R-000001")
    await sim.send_sticker(RESIDENT)
    await sim.wait_for(RESIDENT, contains="type a few words, or send a photo")
    await sim.send_text(RESIDENT, "The third floor")
    sent = await sim.wait_for(RESIDENT, contains="Sent")
    assert (
        sent.reply_keyboard is not None
        and ["📝 New request", "📋 My requests"] in sent.reply_keyboard
    )
    await sim.wait_for(STAFF, contains="The third floor")
    request, timeline = await bot.services.requests.resident_view(RESIDENT, request_id)
    assert request.status == RequestStatus.IN_PROGRESS
    assert timeline[-1].body == "The third floor"


async def test_a_telegram_reply_to_a_message_about_a_request_adds_to_it(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    request_id = await _file(bot)
    await bot.services.desk.reply(STAFF, request_id, "Is the lift still stuck?")
    about = await sim.wait_for(RESIDENT, contains="Is the lift still stuck?")

    async def recorded() -> bool:
        return await bot.services.outbox.ref_of(RESIDENT, about.message_id) is not None

    await _eventually(recorded)
    await sim.send_text(RESIDENT, "Yes, since this morning", reply_to=about)
    await sim.wait_for(RESIDENT, contains="Sent. The staff handling R-000001")
    await sim.wait_for(STAFF, contains="Yes, since this morning")
    _, timeline = await bot.services.requests.resident_view(RESIDENT, request_id)
    assert timeline[-1].body == "Yes, since this morning"


async def test_yes_solved_closes_the_request_and_the_stars_are_recorded(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    request_id = await _file(bot)
    await bot.services.desk.take(STAFF, request_id)
    await bot.services.desk.resolve(STAFF, request_id, "The lift works again")
    resolved = await sim.wait_for(RESIDENT, contains="has been resolved")
    await sim.press(RESIDENT, resolved, "Yes, solved")
    stars = await sim.wait_for(RESIDENT, contains="How happy are you")
    await sim.press(RESIDENT, stars, "⭐⭐⭐⭐")
    await sim.wait_for(RESIDENT, contains="rating of 4 of 5")
    await sim.wait_for(STAFF, contains="R-000001 was rated 4 of 5")
    request, _ = await bot.services.requests.resident_view(RESIDENT, request_id)
    assert (request.status, request.rating) == (RequestStatus.CLOSED, 4)
    query = await sim.press_data(RESIDENT, RESIDENT, stars.message_id, f"my:rate:{request_id}:5")
    again = await sim.wait_for_callback_answer(query)
    assert again.text is not None and "already rated" in again.text


async def test_not_solved_reopens_the_request_and_tells_the_owner(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhao Lei")
    request_id = await _file(bot)
    await bot.services.desk.take(STAFF, request_id)
    await bot.services.desk.resolve(STAFF, request_id, "The lift works again")
    resolved = await sim.wait_for(RESIDENT, contains="has been resolved")
    await sim.press(RESIDENT, resolved, "No, not yet")
    await sim.wait_for(RESIDENT, contains="R-000001 is open again")
    await sim.wait_for(STAFF, contains="R-000001 is NOT solved")
    request, _ = await bot.services.requests.resident_view(RESIDENT, request_id)
    assert request.status == RequestStatus.REOPENED


async def test_a_chinese_speaker_files_a_request_in_chinese(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(9, "李明", language_code="zh-hans")
    await sim.press_reply_button(9, "📝 我要反映")
    categories = await sim.wait_for(9, contains="哪方面")
    await sim.press(9, categories, "🔧 维修")
    await sim.wait_for(9, contains="发生了什么")
    await sim.send_text(9, "水龙头漏水")
    await sim.wait_for(9, contains="添加照片")
    await sim.press_reply_button(9, "✅ 完成")
    summary = await sim.wait_for(9, contains="请核对")
    await sim.press(9, summary, "确认")
    done = await sim.wait_for(9, contains="R-000001")
    assert "24 小时" in done.content


async def test_a_menu_button_pressed_while_choosing_a_category_leaves_the_form(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _file(bot)
    await _open_form(bot)
    await sim.press_reply_button(RESIDENT, "📋 My requests")
    listing = await sim.wait_for(RESIDENT, contains="Your requests")
    assert listing.buttons() == ["R-000001 · 🔧 Repairs · New", "🏢 In my building"]
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_a_category_the_admins_added_is_offered_with_its_own_answer_time(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.services.community.add_category(ADMIN, "Bike shed", 12)
    await bot.register(RESIDENT, "Wang Fang")
    categories = await _open_form(bot)
    await sim.press(RESIDENT, categories, "Bike shed")
    await sim.wait_for(RESIDENT, contains="tell us what happened")
    await sim.send_text(RESIDENT, "The lock is broken")
    await sim.wait_for(RESIDENT, contains="add photos")
    await sim.press_reply_button(RESIDENT, "✅ Done")
    summary = await sim.wait_for(RESIDENT, contains="Please check your request")
    assert "Bike shed" in summary.content
    await sim.press(RESIDENT, summary, "Confirm")
    done = await sim.wait_for(RESIDENT, contains="R-000001")
    assert "within 12 hours" in done.content
