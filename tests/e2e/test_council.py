"""The council meeting end to end: staff set it with a monthly rule, the agenda fills from
accepted topics and is ordered with ⬆️/⬇️, it goes out three days before to members and
supporters, reminders follow the day before and two hours before (each once, also after a
restart), a move after the agenda went out tells everyone again, and residents and forged
presses are refused."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from bot.models.councils import Decision
from bot.models.notices import NoticeKind
from bot.models.topics import NewTopic
from bot.models.volunteers import Application
from sandbox.simulator import SimMessage
from storage import topics as topics_repo
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RAISER, NEIGHBOUR, OTHER = 71, 72, 73
MONTHLY = "the first Friday of every month at 19:00"


async def accepted_topic(bot: Harness, raiser: int, text: str, key: str) -> int:
    """Raise a topic and accept it, the way the form and the staff card do."""
    topic = await bot.services.topics.raise_topic(raiser, new=NewTopic(text=text), source_key=key)
    await bot.services.topics.accept(ADMIN, topic.id)
    return topic.id


async def people(bot: Harness) -> None:
    await bot.register(RAISER, "Wang Fang")
    await bot.register(NEIGHBOUR, "Li Ming", unit="3-101", language_code="zh-hans")


async def set_council(
    bot: Harness, when: str = MONTHLY, place: str = "Community hall"
) -> SimMessage:
    """Set the council through /council's form, as staff do."""
    card = await bot.say(ADMIN, "/council")
    await bot.press(ADMIN, card, "📅 Date and place")
    asked = await bot.say(ADMIN, when)
    assert "Where" in asked.content
    return await bot.say(ADMIN, place)


async def topic_status(bot: Harness, topic_id: int) -> str:
    """Return where a topic stands, read from the database."""
    async with bot.services.env.db.reading() as conn:
        found = await topics_repo.get(conn, topic_id)
    assert found is not None
    return found.status.value


def moment(bot: Harness, when: datetime) -> None:
    """Move the clock to `when` (UTC)."""
    bot.travel(when - bot.clock.now())


async def test_a_resident_is_refused_council_in_one_line(bot: Harness) -> None:
    await bot.register(RAISER, "Wang Fang")
    answer = await bot.say(RAISER, "/council")
    assert answer.content == "Sorry, only staff can do that."


async def test_a_monthly_council_sends_its_agenda_and_reminders_once_each(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    topic_id = await accepted_topic(bot, RAISER, "The lift stops at night", "c:1")
    await bot.services.topics.support(NEIGHBOUR, topic_id)
    await sim.wait_for(RAISER, contains="Accepted for the council")
    await set_council(bot)
    card = await sim.wait_for(ADMIN, contains="Next council")
    assert "2027-04-02 (Fri) 19:00, Community hall (repeats)" in card.content
    assert f"1. T-{topic_id:06d} The lift stops at night · 👥 1" in card.content
    view = await bot.services.council.view(ADMIN)
    assert view is not None
    starts = view.council.starts_at

    moment(bot, starts - timedelta(days=3, minutes=1))
    await bot.tick()
    await sim.expect_silence(RAISER, 0.3)  # not yet
    moment(bot, starts - timedelta(days=3))
    await bot.tick()
    agenda = await sim.wait_for(RAISER, contains="council meets on 2027-04-02 (Fri) 19:00")
    assert "The lift stops at night" in agenda.content
    zh = await sim.wait_for(NEIGHBOUR, contains="社区议事会将于 2027-04-02（周五）19:00")
    assert "签到码" in zh.content
    await sim.wait_for(ADMIN, contains="council meets on")

    moment(bot, starts - timedelta(days=1))
    await bot.restart()  # a due row survives the restart and is sent once
    await bot.tick()  # (or the tick the start runs at once did it already)
    first = await sim.wait_for(RAISER, contains="⏰ Reminder")
    moment(bot, starts - timedelta(hours=2))
    assert await bot.tick() == 1
    await sim.wait_for(NEIGHBOUR, contains="⏰ 提醒")
    await sim.wait_for(
        RAISER, contains="⏰ Reminder", predicate=lambda m: m.message_id > first.message_id
    )
    assert await bot.tick() == 0
    reminders = [m for m in sim.bot_messages(RAISER) if "⏰ Reminder" in m.content]
    assert len(reminders) == 2


async def test_a_council_moved_after_its_agenda_went_out_tells_everyone_again(
    bot: Harness,
) -> None:
    sim = bot.sim
    await people(bot)
    topic_id = await accepted_topic(bot, RAISER, "Bikes in the hallway", "c:2")
    await bot.services.topics.support(NEIGHBOUR, topic_id)
    await bot.services.council.schedule(ADMIN, "March 19 19:00", "Room 2")
    await bot.past_quiet_hours()
    await bot.tick()  # the agenda is due at once: the council is in less than three days
    await sim.wait_for(NEIGHBOUR, contains="社区议事会将于 2027-03-19")
    await sim.wait_for(ADMIN, contains="council meets on")
    told = await set_council(bot, "March 20 18:30", "Room 3")
    assert "told again" in told.content
    moved = await sim.wait_for(RAISER, contains="has moved")
    assert "2027-03-20 (Sat) 18:30, Room 3" in moved.content
    await sim.wait_for(NEIGHBOUR, contains="改期")


async def test_staff_order_the_agenda_with_up_and_down(bot: Harness) -> None:
    await people(bot)
    first = await accepted_topic(bot, RAISER, "Lift", "c:3")
    second = await accepted_topic(bot, RAISER, "Bins", "c:4")
    await bot.services.council.schedule(ADMIN, MONTHLY, "Hall")
    card = await bot.say(ADMIN, "/council")
    await bot.sim.press(ADMIN, card, f"⬇️ T-{first:06d}")
    edited = await bot.sim.wait_for_edit(card)
    assert edited.content.index(f"T-{second:06d}") < edited.content.index(f"T-{first:06d}")
    view = await bot.services.council.view(ADMIN)
    assert view is not None and [i.topic.id for i in view.agenda] == [second, first]


async def test_residents_and_forged_council_presses_are_refused(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    await bot.services.council.schedule(ADMIN, MONTHLY, "Hall")
    board = await bot.say(RAISER, "/start")
    for data in ("cn:set", "cn:up:1:1", "cn:mem"):
        query = await sim.press_data(RAISER, RAISER, board.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and answer.text == "Sorry, only staff can do that."
    card = await bot.say(ADMIN, "/council")
    for data in ("cn:up:99999999999999999999:1", "cn:zz:1", "cn:up:1"):
        query = await sim.press_data(ADMIN, ADMIN, card.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and answer.text


async def test_an_unreadable_council_time_gets_a_friendly_line_and_the_form_goes_on(
    bot: Harness,
) -> None:
    card = await bot.say(ADMIN, "/council")
    await bot.press(ADMIN, card, "📅 Date and place")
    answer = await bot.say(ADMIN, "whenever suits")
    assert "could not read that time" in answer.content
    asked = await bot.say(ADMIN, "每月第一个周五晚上7点")
    assert "2027-04-02 19:00" in asked.content


async def test_staff_seat_a_representative_found_by_name_and_take_them_off(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    card = await bot.say(ADMIN, "/council")
    listing = await bot.press(ADMIN, card, "👥 Members")
    assert "Admin Li (staff)" in listing.content
    await bot.press(ADMIN, listing, "➕ Representative")
    none = await bot.say(ADMIN, "Nobody Here")
    assert "Nobody registered" in none.content
    found = await bot.say(ADMIN, "Li M")
    person = await bot.services.people.get(NEIGHBOUR)
    assert person is not None
    seated = await bot.press(ADMIN, found, f"Li Ming · building 1 · #{person.id}")
    assert "Li Ming now sits on the council" in seated.content
    view = await bot.services.council.view(ADMIN)
    assert view is None  # no council yet: members are kept all the same
    again = await bot.press(ADMIN, card, "👥 Members")
    assert "Li Ming (residents' representative)" in again.content
    await bot.press(ADMIN, again, "✖️ Li Ming")
    query = await sim.press_data(RAISER, RAISER, again.message_id, f"cn:seat:{person.id}:r")
    assert (await sim.wait_for_callback_answer(query)).show_alert


async def test_people_check_in_at_the_door_by_typed_code_or_scanned_qr(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    topic_id = await accepted_topic(bot, RAISER, "Lift", "c:5")
    await bot.services.topics.support(NEIGHBOUR, topic_id)
    await bot.services.council.schedule(ADMIN, "March 19 19:00", "Hall")
    await bot.past_quiet_hours()
    await bot.tick()
    agenda = await sim.wait_for(RAISER, contains="check-in code")
    code = agenda.content.rsplit(": ", 1)[1]
    zh = await sim.wait_for(NEIGHBOUR, contains="签到码")
    zh_code = zh.content.rsplit("：", 1)[1]
    await sim.press(RAISER, agenda, "🎫 My check-in QR")
    photo = await sim.wait_for(RAISER, contains=code)
    assert photo.kind == "photo"

    await sim.wait_for(ADMIN, contains="council meets on")
    card = await bot.say(ADMIN, "/council")
    asked = await bot.press(ADMIN, card, "🚪 Check-in at the door")
    assert "Type each code" in asked.content
    done = await bot.say(ADMIN, code.lower())
    assert done.content == "✅ Wang Fang is checked in (1 so far)."
    again = await bot.say(ADMIN, code)
    assert "checked in already (1 so far)" in again.content
    unknown = await bot.say(ADMIN, "ZZZZZZ")
    assert "No one has the council check-in code ZZZZZZ" in unknown.content
    await sim.send_sticker(ADMIN)
    sticker = await sim.wait_for(ADMIN)
    assert "type your answer in words" in sticker.content
    await bot.say(ADMIN, "✖️ Cancel")
    scanned = await bot.say(ADMIN, f"/start council_{zh_code}")
    assert scanned.content == "✅ Li Ming is checked in (2 so far)."
    refused = await bot.say(RAISER, f"/start council_{zh_code}")
    assert refused.content == "Sorry, only staff can do that."


async def test_the_whole_cycle_from_topic_to_closed_with_supporters_told(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    lift = await accepted_topic(bot, RAISER, "The lift stops at night", "c:6")
    bins = await accepted_topic(bot, RAISER, "More bins", "c:7")
    await bot.services.topics.support(NEIGHBOUR, lift)
    await set_council(bot)
    view = await bot.services.council.view(ADMIN)
    assert view is not None
    starts = view.council.starts_at
    for before in (timedelta(days=3), timedelta(days=1), timedelta(hours=2)):
        moment(bot, starts - before)
        await bot.tick()
    await sim.wait_for(NEIGHBOUR, contains="⏰ 提醒")
    agenda = await sim.wait_for(RAISER, contains="⏰ Reminder")
    code = agenda.content.rsplit(": ", 1)[1]
    await sim.wait_for(ADMIN, contains="council meets on")
    await sim.wait_for(ADMIN, contains="⏰ Reminder")
    await sim.wait_for(ADMIN, contains="⏰ Reminder")
    moment(bot, starts)
    checked = await bot.services.council.check_in(ADMIN, code)
    assert checked.name == "Wang Fang" and checked.attended == 1

    card = await bot.say(ADMIN, "/council")
    minutes = await bot.press(ADMIN, card, "📝 Minutes")
    assert "1 checked in" in minutes.content
    await bot.press(ADMIN, minutes, f"✅ T-{lift:06d}")
    recorded = await bot.say(ADMIN, "A night check of the lift every week")
    assert "decision is recorded" in recorded.content
    told = await sim.wait_for(NEIGHBOUR, contains="议事会对议题")
    assert "通过" in told.content and "night check" in told.content
    await sim.wait_for(RAISER, contains="✅ agreed")
    again = await sim.wait_for(ADMIN, contains="Minutes")
    await bot.press(ADMIN, again, f"⏭ T-{bins:06d}")
    await bot.say(ADMIN, "We need the cost first")
    following = await sim.wait_for(ADMIN, contains="next council is set for 2027-05-07 19:00")
    assert following is not None
    nxt = await bot.services.council.view(ADMIN)
    assert nxt is not None and [i.topic.id for i in nxt.agenda] == [bins]

    outcomes = await sim.wait_for(ADMIN, contains="Minutes")
    owners = await bot.press(ADMIN, outcomes, f"➕ T-{lift:06d}")
    await bot.press(ADMIN, owners, "Admin Li")
    await bot.say(ADMIN, "Ask the lift company for a weekly night check")
    filed = await sim.wait_for(ADMIN, contains="request number")
    number = filed.content.split("request number: ")[1].split(".")[0]
    request_id = int(number.removeprefix("R-"))
    assert (await topic_status(bot, lift)) == "decided"

    await bot.services.desk.resolve(ADMIN, request_id, "The lift company checks it every Monday")
    closed = await sim.wait_for(NEIGHBOUR, contains="已办结")
    assert f"T-{lift:06d}" in closed.content
    await sim.wait_for(RAISER, contains="is done")
    assert (await topic_status(bot, lift)) == "closed"


async def test_the_outcomes_go_out_as_a_notice_once_and_as_a_spreadsheet(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    lift = await accepted_topic(bot, RAISER, "The lift stops at night", "c:8")
    await bot.services.council.schedule(ADMIN, "March 19 19:00", "Hall")
    view = await bot.services.council.view(ADMIN)
    assert view is not None
    staff = await bot.services.people.get(ADMIN)
    assert staff is not None
    cid = view.council.id
    with_nothing = await bot.say(ADMIN, "/council")
    query = await sim.press_data(ADMIN, ADMIN, with_nothing.message_id, f"cn:pub:{cid}")
    refused = await sim.wait_for_callback_answer(query)
    assert refused.text is not None and "Nothing has been decided" in refused.text
    await bot.services.outcomes.decide(ADMIN, cid, lift, Decision.AGREED, "Weekly night check")
    request, _ = await bot.services.outcomes.add_action(
        ADMIN, cid, lift, staff.id, "Call the lift company", source_key="t:1"
    )
    await sim.wait_for(ADMIN, contains="is yours")
    await bot.past_quiet_hours()
    card = await bot.say(ADMIN, "/council")
    minutes = await bot.press(ADMIN, card, "📋 Outcomes of the last council")
    await sim.press(ADMIN, minutes, "📊 Outcomes as .xlsx")
    document = await sim.wait_for(ADMIN, contains="council's outcomes")
    assert document.file is not None and document.file.filename == f"council-{cid}.xlsx"
    sheet = load_workbook(io.BytesIO(document.file.data)).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert rows[0][1:8] == [
        f"T-{lift:06d}",
        "The lift stops at night",
        0,
        "✅ agreed",
        "Weekly night check",
        request.number,
        "Admin Li",
    ]
    await sim.press(ADMIN, minutes, "📣 Publish the outcomes")
    await sim.wait_for(ADMIN, contains="published as a notice to")
    notice = await sim.wait_for(NEIGHBOUR, contains="What the community council decided")
    assert f"T-{lift:06d} The lift stops at night: ✅ agreed — Weekly night check" in notice.content
    assert "Wang Fang" not in notice.content
    await sim.press(ADMIN, minutes, "📣 Publish the outcomes")
    await sim.wait_for(ADMIN, contains="published as a notice to")
    await sim.expect_silence(NEIGHBOUR, 0.5)


async def test_a_topic_waiting_for_review_too_long_reminds_staff_once(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    waiting = await bot.services.topics.raise_topic(
        RAISER, new=NewTopic(text="Dogs off the lead"), source_key="c:9"
    )
    reviewed = await accepted_topic(bot, RAISER, "Bins", "c:10")
    bot.travel(timedelta(days=7) - timedelta(minutes=1))
    assert await bot.tick() == 0
    bot.travel(timedelta(minutes=2))
    assert await bot.tick() == 2  # both rows run; only the one still waiting says anything
    late = await sim.wait_for(STAFF_CHAT, contains="waited for review for more than 7 days")
    assert waiting.number in late.content and f"T-{reviewed:06d}" not in late.content
    bot.travel(timedelta(days=30))
    assert await bot.tick() == 0


async def test_an_overdue_follow_up_action_reminds_its_owner_and_a_done_one_does_not(
    bot: Harness,
) -> None:
    sim = bot.sim
    await people(bot)
    lift = await accepted_topic(bot, RAISER, "Lift", "c:11")
    bins = await accepted_topic(bot, RAISER, "Bins", "c:12")
    await bot.services.council.schedule(ADMIN, "March 19 19:00", "Hall")
    view = await bot.services.council.view(ADMIN)
    staff = await bot.services.people.get(ADMIN)
    assert view is not None and staff is not None
    cid = view.council.id
    for topic_id in (lift, bins):
        await bot.services.outcomes.decide(ADMIN, cid, topic_id, Decision.AGREED, "Yes")
    slow, _ = await bot.services.outcomes.add_action(
        ADMIN, cid, lift, staff.id, "Fix the lift", source_key="t:2"
    )
    quick, _ = await bot.services.outcomes.add_action(
        ADMIN, cid, bins, staff.id, "Order bins", source_key="t:3"
    )
    again, _ = await bot.services.outcomes.add_action(
        ADMIN, cid, bins, staff.id, "Order bins", source_key="t:3"
    )
    assert again.id == quick.id  # the same form sent twice files one request
    await bot.services.desk.resolve(ADMIN, quick.id, "Ordered")
    await sim.wait_for(RAISER, contains="is done")
    bot.travel(timedelta(days=14, minutes=1))
    await bot.tick()
    overdue = await sim.wait_for(ADMIN, contains="is not done after 14 days")
    assert slow.number in overdue.content
    await sim.expect_silence(ADMIN, 0.3)
    refused = await sim.press_data(
        RAISER, RAISER, overdue.message_id, f"cn:fo:{cid}:{lift}:{staff.id}"
    )
    assert (await sim.wait_for_callback_answer(refused)).show_alert


@pytest.mark.any_hour
async def test_the_agenda_waits_out_quiet_hours(bot: Harness) -> None:
    sim = bot.sim
    await people(bot)
    topic_id = await accepted_topic(bot, RAISER, "Lift", "c:13")
    await bot.services.topics.support(NEIGHBOUR, topic_id)
    await bot.services.council.schedule(ADMIN, "March 19 19:00", "Hall")
    await bot.tick()
    if await bot.services.broadcasts.quiet_end_now(NoticeKind.SERVICE) is not None:
        await sim.expect_silence(NEIGHBOUR, 0.5)
        await bot.past_quiet_hours()
    await sim.wait_for(NEIGHBOUR, contains="社区议事会将于 2027-03-19")


async def test_a_follow_up_volunteer_task_closes_the_topic_when_a_volunteer_came(
    bot: Harness,
) -> None:
    sim = bot.sim
    await people(bot)
    bins = await accepted_topic(bot, RAISER, "Clean up behind the bike shed", "c:14")
    await bot.services.topics.support(NEIGHBOUR, bins)
    await bot.services.council.schedule(ADMIN, "March 19 19:00", "Hall")
    view = await bot.services.council.view(ADMIN)
    assert view is not None
    cid = view.council.id
    await bot.services.outcomes.decide(ADMIN, cid, bins, Decision.AGREED, "A clean-up day")
    await sim.wait_for(NEIGHBOUR, contains="议事会对议题")
    card = await bot.say(ADMIN, "/council")
    minutes = await bot.press(ADMIN, card, "📋 Outcomes of the last council")
    await bot.press(ADMIN, minutes, f"🙋 T-{bins:06d}")
    await bot.say(ADMIN, "Clean-up behind the bike shed")
    past = await bot.say(ADMIN, "March 1 2020 9:00")
    assert past.content  # a time gone by gets a friendly line, the form goes on
    await bot.say(ADMIN, "March 20 9:00")
    await bot.say(ADMIN, "Behind building 1")
    posted = await sim.wait_for(ADMIN, contains="follow-up action")
    assert "Clean-up behind the bike shed" in posted.content
    [task] = await bot.services.task_desk.managed(ADMIN)

    application = Application(skills=["patrol"], areas=[], availability=["weekends"])
    volunteer = await bot.services.volunteers.apply(NEIGHBOUR, application)
    await bot.services.volunteers.approve(ADMIN, volunteer.person_id)
    await bot.services.tasks.claim(NEIGHBOUR, task.id)
    moment(bot, task.starts_at + timedelta(minutes=5))
    assert await topic_status(bot, bins) == "decided"
    await bot.services.task_desk.confirm(ADMIN, task.id, volunteer.person_id, came=True)
    assert await topic_status(bot, bins) == "closed"
    await sim.wait_for(RAISER, contains="is done")
    _, [outcome] = await bot.services.outcomes.outcomes(ADMIN, cid)
    [line] = outcome.actions
    assert line.what == "Clean-up behind the bike shed" and line.status == "task_done"


async def test_staff_pick_a_leader_from_the_residents_who_back_the_most_topics(
    bot: Harness,
) -> None:
    sim = bot.sim
    await people(bot)
    topic_id = await accepted_topic(bot, RAISER, "Lift", "c:15")
    await bot.services.topics.support(NEIGHBOUR, topic_id)
    person = await bot.services.people.get(NEIGHBOUR)
    assert person is not None
    card = await bot.say(ADMIN, "/council")
    listing = await bot.press(ADMIN, card, "👥 Members")
    await sim.press(ADMIN, listing, "➕ Leader")
    keen = await sim.wait_for(ADMIN, contains="back the most topics")
    seated = await bot.press(ADMIN, keen, f"Li Ming · building 1 · #{person.id}")
    assert "Li Ming now sits on the council" in seated.content
    members = await bot.services.council_members.members(ADMIN)
    assert [(m.person.name, m.kind) for m in members if m.kind != "staff"] == [
        ("Li Ming", "leader")
    ]
    assert await bot.services.council_members.candidates(ADMIN) == []


async def test_the_board_and_the_topic_show_the_council_that_will_discuss_it(
    bot: Harness,
) -> None:
    await people(bot)
    on_agenda = await accepted_topic(bot, RAISER, "The lift is slow", "c:board")
    council, _ = await bot.services.council.schedule(ADMIN, MONTHLY, "Hall")
    view = await bot.services.council.view(ADMIN)
    assert view is not None and [i.topic.id for i in view.agenda] == [on_agenda]
    when = council.starts_at.astimezone(bot.services.env.settings.zone).strftime("%Y-%m-%d %H:%M")
    board = await bot.say(NEIGHBOUR, "/topics")
    line = next(b for b in board.buttons() if b.startswith(f"T-{on_agenda:06d}"))
    assert f"🗓 议事会：{when}" in line
    await bot.sim.press(NEIGHBOUR, board, line)
    opened = await bot.sim.wait_for(NEIGHBOUR, contains="The lift is slow")
    assert f"🗓 议事会：{when}" in opened.content
