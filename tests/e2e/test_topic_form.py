"""Residents raise a topic from Telegram: /topic or the menu's button, words or a voice
message, a photo or Skip, their building or the whole community, their name shown or not, a
preview and Confirm; the card reaches the staff chat and the resident follows it under
"My topics". Stickers, text too long, a restart mid-form and a double Confirm are handled."""

from __future__ import annotations

from sandbox.simulator import BotApiSimulator
from storage import drafts as drafts_repo
from tests.e2e.harness import STAFF_CHAT, Harness

RESIDENT, NEIGHBOUR = 71, 72


async def test_a_resident_raises_a_topic_from_the_menu_and_staff_get_its_card(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang", building="3")
    await sim.press_reply_button(RESIDENT, "🗳 Raise a topic")
    await sim.wait_for(RESIDENT, contains="What should the community council talk about")
    await bot.say(RESIDENT, "The bike shed roof leaks when it rains")
    await sim.send_photo(RESIDENT)
    await sim.wait_for(RESIDENT, contains="your building or the whole community")
    await sim.press_reply_button(RESIDENT, "🏠 Building 3")
    await sim.wait_for(RESIDENT, contains="May neighbours see your name")
    await sim.press_reply_button(RESIDENT, "👤 Yes, show my name")
    preview = await sim.wait_for(RESIDENT, contains="Please check your topic")
    assert "building 3" in preview.content and "shown to neighbours" in preview.content
    assert "With a photo" in preview.content
    await sim.press(RESIDENT, preview, "Confirm")
    await sim.wait_for(RESIDENT, contains="Your topic T-000001 is sent")
    card = await sim.wait_for(STAFF_CHAT, contains="T-000001")
    assert "bike shed" in card.content and "building 3" in card.content
    assert "Accept for the agenda" in str(card.buttons())
    await sim.wait_for(STAFF_CHAT, predicate=lambda m: m.photo is not None)
    [line] = await bot.services.topics.my_topics(RESIDENT)
    assert line.topic.building == "3" and line.topic.show_name and line.topic.photo


async def test_a_chinese_resident_raises_a_voice_topic_for_the_whole_community_with_slash_topic(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "李明", language_code="zh-hans")
    await bot.say(RESIDENT, "/topic")
    await sim.send_voice(RESIDENT)
    await sim.wait_for(RESIDENT, contains="照片")
    await sim.press_reply_button(RESIDENT, "跳过")
    await sim.wait_for(RESIDENT, contains="全小区")
    await sim.press_reply_button(RESIDENT, "🏘 全小区")
    await sim.wait_for(RESIDENT, contains="邻居看到")
    await sim.press_reply_button(RESIDENT, "🙈 不用，只让办公室知道")
    preview = await sim.wait_for(RESIDENT, contains="请核对")
    assert "附语音" in preview.content and "只有办公室知道" in preview.content
    await sim.press(RESIDENT, preview, "确认")
    await sim.wait_for(RESIDENT, contains="T-000001 已提交")
    card = await sim.wait_for(STAFF_CHAT, contains="T-000001")
    assert "the whole community" in card.content and "name hidden" in card.content
    await sim.wait_for(STAFF_CHAT, predicate=lambda m: m.voice is not None)


async def test_a_sticker_or_too_long_text_gets_a_kind_answer_and_the_form_goes_on(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.say(RESIDENT, "/topic")
    await sim.send_sticker(RESIDENT)
    await sim.wait_for(RESIDENT, contains="write it in words or send a voice message")
    await sim.send_text(RESIDENT, "x" * 2001)
    await sim.wait_for(RESIDENT, contains="under 2,000 characters")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and (draft.flow, draft.step) == ("topic", "about")
    await bot.say(RESIDENT, "Too many cars park on the fire lane")
    await sim.send_text(RESIDENT, "no thanks")
    await sim.wait_for(RESIDENT, contains="send a photo")
    await sim.press_reply_button(RESIDENT, "Skip")
    await sim.send_text(RESIDENT, "somewhere")
    await sim.wait_for(RESIDENT, contains="Please press one of the buttons")
    await sim.press_reply_button(RESIDENT, "🏘 The whole community")
    await sim.send_sticker(RESIDENT)
    await sim.wait_for(RESIDENT, contains='Please press "Yes" or "No"')
    await sim.press_reply_button(RESIDENT, "🙈 No, keep it to the office")
    await sim.wait_for(RESIDENT, contains="Please check your topic")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and draft.step == "preview"
    assert draft.data["text"] == "Too many cars park on the fire lane"


async def test_a_topic_draft_resumes_after_a_restart_and_a_double_confirm_raises_one_topic(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    env = bot.services.env
    async with env.db.transaction() as conn:
        data = {"text": "Dogs off the lead in the garden", "voice": None, "photo": None}
        await drafts_repo.start(conn, RESIDENT, "topic", "where", data, env.clock.now())
    await bot.restart()
    await sim.send_text(RESIDENT, "🏘 The whole community")
    await sim.wait_for(RESIDENT, contains="May neighbours see your name")
    await sim.press_reply_button(RESIDENT, "👤 Yes, show my name")
    preview = await sim.wait_for(RESIDENT, contains="Dogs off the lead")
    confirm_data = preview.button_data()["✅ Confirm"]
    await sim.press(RESIDENT, preview, "Confirm")
    await sim.wait_for(RESIDENT, contains="T-000001 is sent")
    again = await sim.press_data(RESIDENT, RESIDENT, preview.message_id, confirm_data)
    await sim.wait_for_callback_answer(again)
    await sim.wait_for(RESIDENT, contains="sent already")
    assert len(await bot.services.topics.my_topics(RESIDENT)) == 1
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_my_topics_lists_the_residents_topics_with_status_from_the_board(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.say(RESIDENT, "/topics")
    empty = sim.last_bot_message(RESIDENT)
    assert empty is not None
    mine = await bot.press(RESIDENT, empty, "My topics")
    assert "not raised a topic yet" in mine.content
    await bot.say(RESIDENT, "/topic")
    await bot.say(RESIDENT, "A bench by the pond")
    await sim.press_reply_button(RESIDENT, "Skip")
    await sim.wait_for(RESIDENT, contains="whole community")
    await sim.press_reply_button(RESIDENT, "🏘 The whole community")
    await sim.wait_for(RESIDENT, contains="May neighbours")
    await sim.press_reply_button(RESIDENT, "👤 Yes, show my name")
    preview = await sim.wait_for(RESIDENT, contains="Please check")
    await sim.press(RESIDENT, preview, "Confirm")
    await sim.wait_for(RESIDENT, contains="is sent")
    await sim.press_reply_button(RESIDENT, "📣 Community topics")
    board = await sim.wait_for(RESIDENT, contains="Open topics")
    listing = await bot.press(RESIDENT, board, "My topics")
    assert "T-000001" in str(listing.buttons()) and "⏳" in str(listing.buttons())
    opened = await bot.press(RESIDENT, listing, "T-000001")
    assert "Waiting for review" in opened.content and "A bench by the pond" in opened.content
    assert "Add a comment" in str(opened.buttons())


async def test_topic_and_mytopics_are_in_the_residents_command_list_and_help(
    bot: Harness, sim: BotApiSimulator
) -> None:
    commands = [c["command"] for c in sim.commands("default")]
    assert "topic" in commands and "mytopics" in commands
    await bot.register(RESIDENT, "Wang Fang")
    helped = await bot.say(RESIDENT, "/help")
    assert "/topic" in helped.content


async def test_a_menu_button_pressed_mid_topic_leaves_the_form_for_what_it_says(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.say(RESIDENT, "/topic")
    await sim.send_text(RESIDENT, "📝 New request")
    await sim.wait_for(RESIDENT, contains="What is it about")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and draft.flow == "request"
    assert await bot.services.topics.my_topics(RESIDENT) == []
