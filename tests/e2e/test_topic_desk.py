"""The topic's staff card and what follows it: a supporter's comment reaches staff and the
card; Not for the council asks the reason and tells everyone; This is a request makes an
owned request and gives the resident its number; Merge carries supporters and comments over
and tells everyone, and a merged topic cannot be merged again; Ask for details reaches the
raiser, whose answer lands in the staff chat; residents pressing staff buttons are refused."""

from __future__ import annotations

from bot.models.topics import NewTopic, TopicStatus
from sandbox.simulator import BotApiSimulator
from sandbox.simulator.state import SimMessage
from storage import topics as topics_repo
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RAISER, NEIGHBOUR = 81, 82


async def raised(bot: Harness, text: str, key: str) -> SimMessage:
    """Raise a topic as the form does and return its card in the staff chat."""
    topic = await bot.services.topics.raise_topic(RAISER, new=NewTopic(text=text), source_key=key)
    return await bot.sim.wait_for(STAFF_CHAT, contains=topic.number)


async def people(bot: Harness) -> None:
    await bot.register(RAISER, "Wang Fang")
    await bot.register(NEIGHBOUR, "Li Ming", unit="3-101", language_code="zh-hans")


async def staff_answers(
    sim: BotApiSimulator, card: SimMessage, button: str, text: str
) -> SimMessage:
    """Press a card's button as staff, reply to the prompt it asks and return the prompt."""
    await sim.press(ADMIN, card, button)
    asked = await sim.wait_for(STAFF_CHAT, predicate=lambda m: "reply with" in m.content.lower())
    await sim.send_text(ADMIN, text, chat_id=STAFF_CHAT, reply_to=asked)
    return asked


async def test_a_supporter_comments_from_the_topic_and_staff_read_it_with_the_card(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    await raised(bot, "The lift stops at night", "t:1")
    board = await bot.say(NEIGHBOUR, "/topics")
    opened = await bot.press(NEIGHBOUR, board, "T-000001")
    await sim.wait_for_callback_answer(await sim.press(NEIGHBOUR, opened, "🙋 我也是"))
    again = await bot.press(NEIGHBOUR, board, "T-000001")
    await bot.press(NEIGHBOUR, again, "💬 写评论")
    saved = await bot.say(NEIGHBOUR, "晚上十点以后电梯就停了")
    assert "评论已保存" in saved.content
    told = await sim.wait_for(STAFF_CHAT, contains="Li Ming 3-101 wrote")
    assert "晚上十点" in told.content
    card = await bot.press(ADMIN, told, "🗳 Show the topic")
    assert "💬 Li Ming: 晚上十点以后电梯就停了" in card.content and "1 supporter" in card.content


async def test_not_for_the_council_asks_the_reason_and_tells_the_raiser_and_supporters(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    card = await raised(bot, "Paint the fence pink", "t:1")
    await bot.services.topics.support(NEIGHBOUR, 1)
    await staff_answers(sim, card, "❌ Not for the council", "The fence belongs to the school")
    await sim.wait_for(STAFF_CHAT, contains="T-000001 is not for the council")
    await sim.wait_for(RAISER, contains="Reason: The fence belongs to the school")
    await sim.wait_for(NEIGHBOUR, contains="不提交议事会")
    redrawn = await sim.wait_for_edit(card, predicate=lambda m: "Not for the council" in m.content)
    assert redrawn.buttons() == []


async def test_this_is_a_request_makes_a_request_owned_by_the_presser_and_the_resident_gets_its_number(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    card = await raised(bot, "The light in stairwell 2 is broken", "t:1")
    await bot.services.topics.support(NEIGHBOUR, 1)
    await sim.press(ADMIN, card, "📝 This is a request")
    await sim.wait_for(RAISER, contains="it is now request R-000001")
    await sim.wait_for(NEIGHBOUR, contains="普通诉求")
    await sim.wait_for(STAFF_CHAT, contains="now request R-000001, and you are its owner")
    view = await bot.services.desk.view(ADMIN, 1)
    assert view.owner is not None and view.owner.tg_id == ADMIN
    assert view.request.description == "The light in stairwell 2 is broken"
    redrawn = await sim.wait_for_edit(card, predicate=lambda m: "R-000001" in m.content)
    assert redrawn.buttons() == []


async def test_a_merge_carries_supporters_and_comments_over_and_a_merged_topic_is_not_merged_again(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    await bot.register(83, "Zhao Lei")
    first = await raised(bot, "Noise from the bar at night", "t:1")
    await bot.services.topics.support(NEIGHBOUR, 1)
    await bot.services.topics.comment(NEIGHBOUR, 1, "Every Friday")
    await bot.services.topics.raise_topic(83, new=NewTopic(text="Bar noise"), source_key="t:2")
    asked = await staff_answers(sim, first, "🔗 Merge into another", "hello")
    await sim.wait_for(STAFF_CHAT, contains="not a topic number")
    await sim.send_text(ADMIN, "T-000002", chat_id=STAFF_CHAT, reply_to=asked)
    await sim.wait_for(STAFF_CHAT, contains="T-000001 is merged into T-000002")
    await sim.wait_for(RAISER, contains="now part of topic T-000002")
    await sim.wait_for(NEIGHBOUR, contains="已并入议题 T-000002")
    await sim.wait_for(83, contains="now part of your topic T-000002: 2 neighbours")
    env = bot.services.env
    async with env.db.reading() as conn:
        backers = await topics_repo.supporter_ids(conn, 2)
        said = await topics_repo.comments(conn, 2)
        merged = await topics_repo.get(conn, 1)
    assert len(backers) == 2 and [text for _, text in said] == ["Every Friday"]
    assert merged is not None and merged.status == TopicStatus.MERGED and merged.merged_into == 2
    again = await sim.press_data(ADMIN, STAFF_CHAT, first.message_id, "td:mg:1")
    answer = await sim.wait_for_callback_answer(again)
    assert answer.text == "Topic T-000001 is already merged into T-000002."
    board = await bot.say(NEIGHBOUR, "/topics")
    pressed = await sim.press_data(NEIGHBOUR, NEIGHBOUR, board.message_id, "tp:me:1")
    assert "已不再开放" in ((await sim.wait_for_callback_answer(pressed)).text or "")


async def test_ask_for_details_reaches_the_raiser_whose_answer_lands_in_the_staff_chat(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    card = await raised(bot, "The playground", "t:1")
    await staff_answers(sim, card, "❓ Ask for details", "What about the playground?")
    await sim.wait_for(STAFF_CHAT, contains="question on T-000001 is sent")
    question = await sim.wait_for(RAISER, contains="What about the playground?")
    await bot.press(RAISER, question, "💬 Answer")
    await bot.say(RAISER, "The swings are broken")
    answer = await sim.wait_for(STAFF_CHAT, contains="Wang Fang 2-301 wrote")
    assert "The swings are broken" in answer.content


async def test_a_resident_pressing_any_staff_button_of_a_topic_is_refused_in_one_line(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    await raised(bot, "The lift", "t:1")
    board = await bot.say(NEIGHBOUR, "/topics")
    for data in ("td:rq:1", "td:mg:1", "td:dc:1", "td:ak:1", "td:vw:1"):
        query = await sim.press_data(NEIGHBOUR, NEIGHBOUR, board.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and answer.text == "抱歉，只有社区工作人员可以这样操作。"
    view = await bot.services.topics.line(NEIGHBOUR, 1)
    assert view.topic.status == TopicStatus.REVIEW


async def test_a_telegram_reply_to_the_offices_question_is_saved_as_the_raisers_comment(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    await raised(bot, "The playground", "t:1")
    await bot.services.topics.ask(ADMIN, 1, "Which part of it?")
    question = await sim.wait_for(RAISER, contains="Which part of it?")
    await sim.send_text(RAISER, "The slide is cracked", reply_to=question)
    await sim.wait_for(RAISER, contains="Your comment on T-000001 is saved")
    answer = await sim.wait_for(STAFF_CHAT, contains="The slide is cracked")
    assert "Wang Fang 2-301 wrote" in answer.content


async def test_staff_pick_the_merge_target_from_the_open_topics_instead_of_typing_it(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    first = await raised(bot, "Noise from the bar at night", "t:1")
    await bot.services.topics.raise_topic(
        NEIGHBOUR, new=NewTopic(text="Bar noise"), source_key="t:2"
    )
    await sim.press(ADMIN, first, "🔗 Merge into another")
    pick = await sim.wait_for(STAFF_CHAT, contains="Or pick the topic to merge T-000001 into")
    assert pick.buttons() == ["T-000002 · Bar noise"]
    await sim.press(ADMIN, pick, "T-000002 · Bar noise")
    await sim.wait_for(STAFF_CHAT, contains="T-000001 is merged into T-000002")
    redrawn = await sim.wait_for_edit(
        first, predicate=lambda m: "Merged into T-000002" in m.content
    )
    assert redrawn.buttons() == []
    assert await bot.services.drafts.get(ADMIN) is None
    await sim.wait_for(NEIGHBOUR, contains="已并入您的议题 T-000002")
    forged = await sim.press_data(NEIGHBOUR, NEIGHBOUR, 1, "td:mi:2:1")
    assert (await sim.wait_for_callback_answer(forged)).show_alert


async def test_the_raiser_opening_their_topic_on_the_board_gets_comment_and_no_me_too(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await people(bot)
    await raised(bot, "The lift", "t:1")
    board = await bot.say(RAISER, "/topics")
    opened = await bot.press(RAISER, board, "T-000001")
    assert opened.buttons() == ["💬 Add a comment"]
