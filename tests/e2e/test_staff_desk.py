"""The staff desk end to end: cards in the staff group, Take, answers, closing, the queue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models.requests import NewRequest, RequestStatus
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT = 7
STAFF = 20
COLLEAGUE = 21


async def _staff(bot: Harness, user_id: int = STAFF, name: str = "Zhao Lei") -> None:
    """Appoint a staff member who is also in the staff group."""
    await bot.make_staff(user_id, name)
    bot.sim.set_member_status(STAFF_CHAT, user_id, "member")


async def _filed(bot: Harness, text: str = "The kitchen tap drips") -> SimMessage:
    """File a request as the resident and return its card in the staff group."""
    await bot.services.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description=text), source_key="test:1"
    )
    return await bot.sim.wait_for(STAFF_CHAT, contains="R-000001")


async def _answer_in_group(bot: Harness, card: SimMessage, button: str, text: str) -> None:
    """Press a card button and answer the ForceReply prompt with a Telegram reply."""
    await bot.sim.press(STAFF, card, button)
    asked = await bot.sim.wait_for(
        STAFF_CHAT,
        predicate=lambda m: m.reply_markup is not None and "force_reply" in m.reply_markup,
    )
    await bot.sim.send_text(STAFF, text, chat_id=STAFF_CHAT, reply_to=asked)


async def test_a_request_goes_from_the_staff_group_to_a_rated_answer(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    card = await _filed(bot)
    query = await sim.press(STAFF, card, "✋ Take")
    assert "You own R-000001" in ((await sim.wait_for_callback_answer(query)).text or "")
    card = await sim.wait_for_edit(card, predicate=lambda m: "Owner: Zhao Lei" in m.content)
    assert "✋ Take" not in card.buttons() and "💬 Reply" in card.buttons()
    await sim.wait_for(RESIDENT, contains="being handled by Zhao Lei")

    await sim.press(STAFF, card, "💬 Reply")
    asked = await sim.wait_for(STAFF_CHAT, contains="write your answer")
    assert asked.reply_markup == {"force_reply": True, "selective": True}
    mention = [e for e in asked.entities if e["type"] == "text_link"]
    assert mention and mention[0]["url"] == f"tg://user?id={STAFF}"
    await sim.send_text(STAFF, "A plumber comes at 9 tomorrow", chat_id=STAFF_CHAT, reply_to=asked)
    await sim.wait_for(STAFF_CHAT, contains="was sent to the resident")
    await sim.wait_for_edit(card, predicate=lambda m: "Status: In progress" in m.content)

    answer = await sim.wait_for(RESIDENT, contains="A plumber comes at 9 tomorrow")
    await sim.press(RESIDENT, answer, "Answer")
    await sim.wait_for(RESIDENT, contains="What would you like to add")
    await sim.send_text(RESIDENT, "Thank you, I will be home")
    await sim.wait_for(STAFF, contains="I will be home")  # the owner, privately

    await sim.press(STAFF, card, "✅ Close")
    card = await sim.wait_for_edit(card, predicate=lambda m: "Not ours" in str(m.buttons()))
    await _answer_in_group(bot, card, "Resolved", "Replaced the washer")
    await sim.wait_for(STAFF_CHAT, contains="marked resolved")
    resolved = await sim.wait_for(RESIDENT, contains="Replaced the washer")
    await sim.press(RESIDENT, resolved, "Yes, solved")
    stars = await sim.wait_for(RESIDENT, contains="How happy")
    await sim.press(RESIDENT, stars, "⭐⭐⭐⭐⭐")
    await sim.wait_for(RESIDENT, contains="Thank you for your rating")
    await sim.wait_for(STAFF, contains="R-000001 was rated 5 of 5")
    [request] = await bot.services.requests.mine(RESIDENT)
    assert (request.status, request.rating) == (RequestStatus.CLOSED, 5)


async def test_a_referral_tells_the_resident_who_is_responsible_and_how_to_reach_them(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    card = await _filed(bot, "The street lamp outside the gate is broken")
    await sim.press(STAFF, card, "✅ Close")
    card = await sim.wait_for_edit(card, predicate=lambda m: "Not ours" in str(m.buttons()))
    await _answer_in_group(bot, card, "Not ours", "City lighting office")
    how = await sim.wait_for(STAFF_CHAT, contains="how can the resident reach them")
    await sim.send_text(STAFF, "Call 12345, weekdays 9-17", chat_id=STAFF_CHAT, reply_to=how)
    await sim.wait_for(STAFF_CHAT, contains="referred to City lighting office")
    told = await sim.wait_for(RESIDENT, contains="not something the community office")
    assert "City lighting office" in told.content and "Call 12345, weekdays 9-17" in told.content
    card = await sim.wait_for_edit(card, predicate=lambda m: "Referred elsewhere" in m.content)
    assert card.buttons() == []


async def test_a_hand_over_gives_the_work_to_a_colleague_and_keeps_the_owner_informed(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    await _staff(bot, COLLEAGUE, "Chen Jing")
    card = await _filed(bot)
    await sim.press(STAFF, card, "✋ Take")
    card = await sim.wait_for_edit(card, predicate=lambda m: "Owner: Zhao Lei" in m.content)
    await sim.press(STAFF, card, "🔁 Pass to a colleague")
    card = await sim.wait_for_edit(card, predicate=lambda m: "Chen Jing" in m.buttons())
    assert "Zhao Lei" not in card.buttons() and "⬅️ Back" in card.buttons()
    query = await sim.press(STAFF, card, "Chen Jing")
    assert "now with Chen Jing" in ((await sim.wait_for_callback_answer(query)).text or "")
    await sim.wait_for_edit(card, predicate=lambda m: "Working on it: Chen Jing" in m.content)

    handed = await sim.wait_for(COLLEAGUE, contains="passed this request to you")
    await sim.press(COLLEAGUE, handed, "💬 Reply")
    asked = await sim.wait_for(COLLEAGUE, contains="write your answer")
    await sim.send_text(COLLEAGUE, "The plumber is booked", reply_to=asked)
    await sim.wait_for(COLLEAGUE, contains="was sent to the resident")
    await sim.wait_for(RESIDENT, contains="The plumber is booked")
    told = await sim.wait_for(STAFF, contains="Chen Jing answered the resident")
    assert "The plumber is booked" in told.content
    view = await bot.services.desk.view(STAFF, 1)
    assert view.owner is not None and view.owner.name == "Zhao Lei"


@pytest.mark.any_hour
async def test_an_overdue_request_is_escalated_once_to_the_staff_group_and_not_twice(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _filed(bot)
    bot.travel(timedelta(hours=25))
    await bot.tick()
    alert = await sim.wait_for(STAFF_CHAT, contains="No answer yet")
    assert "OVERDUE" in alert.content and "✋ Take" in alert.buttons()
    await bot.tick()
    await sim.expect_silence(STAFF_CHAT, 0.5)
    # The admins read it in the staff group: it does not come to them privately as well.
    assert not [m for m in sim.bot_messages(ADMIN) if "No answer yet" in m.content]


async def test_two_staff_pressing_take_at_once_in_the_group_make_one_owner(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    await _staff(bot, COLLEAGUE, "Chen Jing")
    card = await _filed(bot)
    data = card.button_data()["✋ Take"]
    first = await sim.press_data(STAFF, STAFF_CHAT, card.message_id, data)
    second = await sim.press_data(COLLEAGUE, STAFF_CHAT, card.message_id, data)
    answers = [await sim.wait_for_callback_answer(q) for q in (first, second)]
    won = [a for a in answers if a.text and "You own" in a.text]
    lost = [a for a in answers if a.text and "already being handled by" in a.text]
    assert len(won) == 1 and len(lost) == 1 and lost[0].show_alert
    owner = (await bot.services.desk.view(STAFF, 1)).owner
    assert owner is not None and owner.name in (lost[0].text or "")
    await sim.wait_for_edit(card, predicate=lambda m: f"Owner: {owner.name}" in m.content)


async def test_a_resident_pressing_a_forged_take_is_told_only_staff_can(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _filed(bot)
    last = sim.last_bot_message(RESIDENT)
    assert last is not None
    query = await sim.press_data(RESIDENT, RESIDENT, last.message_id, "req:take:1")
    answer = await sim.wait_for_callback_answer(query)
    assert answer.show_alert and "only staff" in (answer.text or "")
    view = await bot.services.desk.view(ADMIN, 1)
    assert view.owner is None and view.request.status == RequestStatus.NEW


async def test_a_staff_members_telegram_reply_on_a_card_answers_the_resident(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    card = await _filed(bot)
    await sim.send_text(STAFF, "We will look today", chat_id=STAFF_CHAT, reply_to=card)
    await sim.wait_for(STAFF_CHAT, contains="was sent to the resident")
    await sim.wait_for(RESIDENT, contains="We will look today")
    view = await bot.services.desk.view(STAFF, 1)
    assert view.owner is not None and view.owner.name == "Zhao Lei"  # first contact took it


async def test_the_queue_lists_overdue_requests_first_and_opens_one_with_its_history(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    file = bot.services.requests.file
    await file(
        RESIDENT, new=NewRequest(category="sanitation", description="Bins full"), source_key="k:1"
    )
    await file(
        RESIDENT, new=NewRequest(category="security", description="Gate broken"), source_key="k:2"
    )
    await bot.services.desk.note(STAFF, 2, "Called the locksmith")  # first contact: taken
    bot.travel(timedelta(hours=25))
    await file(
        RESIDENT, new=NewRequest(category="security", description="Dog barking"), source_key="k:3"
    )
    await sim.press_reply_button(STAFF, "📥 Request queue")
    queue = await sim.wait_for(STAFF, contains="All open requests: 3")
    lines = [b.split(" · ")[0] for b in queue.buttons() if "R-00000" in b]
    assert lines == ["⏰ R-000001", "R-000002", "R-000003"]  # by due time alone, 2 leads
    await sim.press(STAFF, queue, "R-000002")
    detail = await sim.wait_for(STAFF, contains="Gate broken")
    assert "History" in detail.content and "🔒" in detail.content
    assert "Called the locksmith" in detail.content and "✋ Take" not in detail.buttons()
    await sim.press(STAFF, queue, "Untaken")
    queue = await sim.wait_for_edit(queue)
    assert [b.split(" · ")[0] for b in queue.buttons() if "R-00000" in b] == [
        "⏰ R-000001",
        "R-000003",
    ]
    await sim.press(STAFF, queue, "R-000001")
    opened = await sim.wait_for(STAFF, contains="Bins full")
    assert "OVERDUE" in opened.content and "✋ Take" in opened.buttons()


async def test_a_queue_of_45_requests_pages_through_all_of_them_twenty_at_a_time(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    for n in range(1, 46):
        await bot.services.requests.file(
            RESIDENT,
            new=NewRequest(category="repairs", description=f"Leak {n}"),
            source_key=f"k:{n}",
        )
    await sim.send_text(STAFF, "/queue")
    queue = await sim.wait_for(STAFF, contains="All open requests: 45")
    seen: list[str] = []
    for page, last in ((1, 20), (2, 40), (3, 45)):
        assert f"Page {page} of 3: {20 * page - 19}–{last}." in queue.content
        seen += [b.split(" · ")[0] for b in queue.buttons() if b.startswith("R-")]
        if page < 3:
            await sim.press(STAFF, queue, "Next ▶️")
            queue = await sim.wait_for_edit(queue)
    assert seen == [f"R-{n:06d}" for n in range(1, 46)]
    assert "Next ▶️" not in queue.buttons() and "◀️ Previous" in queue.buttons()
    await sim.press(STAFF, queue, "◀️ Previous")
    queue = await sim.wait_for_edit(queue)
    assert "Page 2 of 3" in queue.content


async def test_a_forged_queue_page_shows_the_last_page_or_an_old_button_alert(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    for n in range(1, 23):
        await bot.services.requests.file(
            RESIDENT,
            new=NewRequest(category="repairs", description=f"Leak {n}"),
            source_key=f"k:{n}",
        )
    await sim.send_text(STAFF, "/queue")
    queue = await sim.wait_for(STAFF, contains="All open requests: 22")
    await sim.press_data(STAFF, STAFF, queue.message_id, "q:all:99")
    queue = await sim.wait_for_edit(queue)
    assert "Page 2 of 2: 21–22." in queue.content
    query = await sim.press_data(STAFF, STAFF, queue.message_id, "q:all:-1")
    assert "old message" in ((await sim.wait_for_callback_answer(query)).text or "")


async def test_a_staff_member_files_a_request_for_a_resident_without_telegram(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _staff(bot)
    await sim.press_reply_button(STAFF, "☎️ Request for a resident")
    await sim.wait_for(STAFF, contains="What is the resident's name")
    await bot.say(STAFF, "Grandma Liu")
    await sim.press_reply_button(STAFF, "2")
    await sim.wait_for(STAFF, contains="Which unit")
    await bot.say(STAFF, "1-101")
    categories = await bot.say(STAFF, "138 1234 5678")
    await sim.press(STAFF, categories, "🧓 Help for elderly")
    await sim.wait_for(STAFF, contains="What does the resident need")
    summary = await bot.say(STAFF, "Needs help carrying shopping upstairs")
    assert "Grandma Liu" in summary.content and "138 1234 5678" in summary.content
    await sim.press(STAFF, summary, "Confirm")
    await sim.press(STAFF, summary, "Confirm")
    done = await sim.wait_for(STAFF, contains="Filed as R-000001 for Grandma Liu")
    assert "phone 138 1234 5678" in done.content
    own = await sim.wait_for(STAFF, contains="Owner: Zhao Lei")
    assert "phone the resident" in own.content
    group = await sim.wait_for(STAFF_CHAT, contains="R-000001")
    assert "phone the resident" in group.content
    view = await bot.services.desk.view(STAFF, 1)
    assert view.owner is not None and view.owner.name == "Zhao Lei"
    assert view.resident is not None and view.resident.is_proxy
    assert (await bot.services.desk.queue(STAFF)).total == 1  # the double tap filed once


async def test_cancel_in_the_staff_group_closes_the_form_without_showing_a_menu_to_everyone(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _staff(bot)
    card = await _filed(bot)
    await sim.press(STAFF, card, "💬 Reply")
    await sim.wait_for(STAFF_CHAT, contains="write your answer")
    await sim.send_text(STAFF, "/cancel", chat_id=STAFF_CHAT)
    said = await sim.wait_for(STAFF_CHAT, contains="Cancelled")
    assert said.reply_keyboard is None
    assert await bot.services.drafts.get(STAFF) is None
