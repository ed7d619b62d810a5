"""Consultation topics end to end: a raised topic's card reaches the staff chat, staff accept
it there, a neighbour finds it on the board, backs it with Me too once and takes it back, the
raiser and the supporter hear of the status; residents pressing the staff button and forged
ids are refused."""

from __future__ import annotations

from bot.models.topics import NewTopic
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RAISER, NEIGHBOUR = 61, 62


async def raise_topic(bot: Harness) -> int:
    """Raise a topic the way the form will (the service call it makes)."""
    await bot.register(RAISER, "Wang Fang")
    await bot.register(NEIGHBOUR, "Li Ming", unit="3-101", language_code="zh-hans")
    topic = await bot.services.topics.raise_topic(
        RAISER, new=NewTopic(text="The lift stops at night"), source_key="e2e:1"
    )
    return topic.id


async def test_a_neighbour_backs_an_accepted_topic_once_from_the_board(bot: Harness) -> None:
    sim = bot.sim
    topic_id = await raise_topic(bot)
    board = await bot.say(NEIGHBOUR, "/topics")
    opened = await bot.press(NEIGHBOUR, board, f"T-{topic_id:06d}")
    assert "议题" in opened.content and "lift" in opened.content
    query = await sim.press(NEIGHBOUR, opened, "我也是")
    answer = await sim.wait_for_callback_answer(query)
    assert answer.text is not None and "1 人" in answer.text
    again = await sim.wait_for_callback_answer(await sim.press(NEIGHBOUR, opened, "我也是"))
    assert again.text is not None and "已经支持过" in again.text

    card = await sim.wait_for(STAFF_CHAT, contains="Waiting for review")
    refused = await sim.press_data(NEIGHBOUR, NEIGHBOUR, board.message_id, f"td:ac:{topic_id}")
    assert (await sim.wait_for_callback_answer(refused)).show_alert
    [line] = await bot.services.topics.board(NEIGHBOUR)
    assert line.topic.status.value == "review"
    await sim.press(ADMIN, card, "Accept for the agenda")
    await sim.wait_for(RAISER, contains="Accepted for the council")
    await sim.wait_for(NEIGHBOUR, contains="已列入议事会议程")


async def test_forged_topic_ids_say_not_found(bot: Harness) -> None:
    sim = bot.sim
    await raise_topic(bot)
    board = await bot.say(NEIGHBOUR, "/topics")
    for data in ("tp:me:99999999999999999999", "tp:me:424242", "tp:zz:1"):
        query = await sim.press_data(NEIGHBOUR, NEIGHBOUR, board.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.text and answer.show_alert
