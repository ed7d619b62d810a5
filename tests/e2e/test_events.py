"""Events end to end: staff create one in Chinese date words; residents sign up, cancel, wait,
accept an offer; an offer expires and passes on; reminders fire once across a restart and
move with the event; the .ics opens in a calendar library; check-in by code.
"""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from bot.models.events import EventSpec, SignupStatus
from sandbox.simulator import SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

R1, R2, R3, R4 = 31, 32, 33, 34


async def publish(bot: Harness, *, capacity: int | None = 1, hours: int = 48) -> int:
    """Publish an event through the service, `hours` from now."""
    start = bot.clock.now().replace(second=0, microsecond=0) + timedelta(hours=hours)
    spec = EventSpec(
        title="Free clinic",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place="Community hall",
        capacity=capacity,
    )
    event, _ = await bot.services.event_desk.create(ADMIN, spec, source_key=f"test:{hours}")
    return event.id


async def open_card(bot: Harness, user: int, event_id: int) -> SimMessage:
    """Open the event through its poster's deep link."""
    await bot.sim.send_text(user, f"/start event_{event_id}")
    return await bot.sim.wait_for(
        user, contains="Free clinic", predicate=lambda m: m.content.startswith("📅")
    )


async def sign_up(bot: Harness, user: int, event_id: int, expect: str) -> SimMessage:
    card = await open_card(bot, user, event_id)
    button = "Sign up" if "Sign up" in " ".join(card.buttons()) else "waiting list"
    await bot.sim.press(user, card, button)
    return await bot.sim.wait_for(user, contains=expect)


@pytest.mark.any_hour
async def test_staff_create_an_event_typing_chinese_date_words(bot: Harness) -> None:
    bot.settings_extra["LINLI_TZ"] = "Asia/Shanghai"
    await bot.restart()
    sim = bot.sim
    await sim.send_text(ADMIN, "/newevent")
    await sim.wait_for(ADMIN, contains="What is it called")
    await bot.say(ADMIN, "义诊 Free clinic")
    await sim.press_reply_button(ADMIN, "Skip")
    await sim.wait_for(ADMIN, contains="When does it start")
    end_question = await bot.say(ADMIN, "明天下午3点")
    zone = ZoneInfo("Asia/Shanghai")
    tomorrow = (bot.clock.now().astimezone(zone) + timedelta(days=1)).strftime("%Y-%m-%d")
    assert f"{tomorrow} 15:00" in end_question.content
    assert "Where" in (await bot.say(ADMIN, "下午5点半")).content
    assert "How many places" in (await bot.say(ADMIN, "社区活动室")).content
    assert "Until when" in (await bot.say(ADMIN, "30")).content
    await sim.press_reply_button(ADMIN, "Until it starts")
    await sim.wait_for(ADMIN, contains="Who may sign up")
    await sim.press_reply_button(ADMIN, "Everyone")
    await sim.wait_for(ADMIN, contains="How many places may one resident")
    await sim.press_reply_button(ADMIN, "2")
    await sim.wait_for(ADMIN, contains="reminded")
    await sim.press_reply_button(ADMIN, "24 h and 2 h before")
    await sim.wait_for(ADMIN, contains="Send a photo")
    await sim.send_photo(ADMIN, caption="poster")
    preview = await sim.wait_for(ADMIN, contains="Please check the event")
    assert f"{tomorrow}" in preview.content and "15:00–17:30" in preview.content
    await sim.press(ADMIN, preview, "Publish")
    await sim.wait_for(ADMIN, contains="Published")
    [event] = await bot.services.event_desk.managed(ADMIN)
    assert event.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") == f"{tomorrow} 15:00"
    assert (event.capacity, event.per_person, event.reminders) == (30, 2, [24, 2])
    assert event.photo is not None


async def test_sign_up_cancel_offer_accept_and_an_expired_offer_passes_on(bot: Harness) -> None:
    for user, name in ((R1, "Wang Fang"), (R2, "Li Ming"), (R3, "Zhao Lei"), (R4, "Chen Jie")):
        await bot.register(user, name)
    event_id = await publish(bot, capacity=1)
    mine = await sign_up(bot, R1, event_id, "You are signed up")
    await sign_up(bot, R2, event_id, "waiting list: number 1")
    await sign_up(bot, R3, event_id, "waiting list: number 2")
    await sign_up(bot, R4, event_id, "waiting list: number 3")
    await bot.sim.press(R1, mine, "Cancel my place")
    sure = await bot.sim.wait_for(R1, contains="Cancel your place")
    await bot.sim.press(R1, sure, "Yes")
    await bot.sim.wait_for(R1, contains="is cancelled")
    offer = await bot.sim.wait_for(R2, contains="A place is free for you")
    await bot.sim.press(R2, offer, "Accept the place")
    accepted = await bot.sim.wait_for(R2, contains="You are signed up")
    await bot.sim.press(R2, accepted, "Cancel my place")
    await bot.sim.press(R2, await bot.sim.wait_for(R2, contains="Cancel your place"), "Yes")
    await bot.sim.wait_for(R3, contains="A place is free for you")
    bot.travel(timedelta(hours=12, minutes=1))
    await bot.tick()
    await bot.sim.wait_for(R3, contains="not taken in time")
    offer = await bot.sim.wait_for(R4, contains="A place is free for you")
    await bot.sim.press(R4, offer, "Accept the place")
    await bot.sim.wait_for(R4, contains="You are signed up")
    roster = await bot.services.event_desk.roster(ADMIN, event_id)
    assert [line.name for line in roster.confirmed] == ["Chen Jie"]
    assert roster.waiting == [] and roster.offered == []


@pytest.mark.any_hour
async def test_reminders_fire_once_across_a_restart_and_move_with_the_event(
    bot: Harness,
) -> None:
    await bot.register(R1, "Wang Fang")
    event_id = await publish(bot, capacity=5, hours=30)
    await sign_up(bot, R1, event_id, "You are signed up")
    bot.travel(timedelta(hours=6, minutes=1))
    await bot.tick()
    await bot.sim.wait_for(R1, contains="Reminder")
    await bot.restart()
    await bot.tick()
    await bot.sim.expect_silence(R1, 0.5)
    card = await open_card(bot, ADMIN, event_id)
    await bot.sim.press(ADMIN, card, "Manage")
    manage = await bot.sim.wait_for(ADMIN, contains="Checked in")
    await bot.sim.press(ADMIN, manage, "Change time")
    await bot.sim.wait_for(ADMIN, contains="When does Free clinic start now")
    start = (await bot.services.events.view(R1, event_id)).event.starts_at
    new_start = start + timedelta(days=1)
    await bot.say(ADMIN, new_start.strftime("%Y-%m-%d %H:%M"))
    moved = await bot.sim.wait_for(R1, contains="has moved")
    assert new_start.strftime("%Y-%m-%d") in moved.content
    bot.travel(timedelta(hours=22))  # the old 2-hour reminder time
    await bot.tick()
    await bot.sim.expect_silence(R1, 0.5)
    bot.travel(timedelta(hours=2))  # 24 hours before the new time
    await bot.tick()
    await bot.sim.wait_for(R1, contains="Reminder")
    reminders = [m for m in bot.sim.bot_messages(R1) if "Reminder" in m.content]
    assert len(reminders) == 2


async def test_calendar_file_qr_code_check_in_and_the_spreadsheet(bot: Harness) -> None:
    await bot.register(R1, "王芳", language_code="zh")
    event_id = await publish(bot, capacity=5)
    await open_card(bot, R1, event_id)
    card = bot.sim.last_bot_message(R1)
    assert card is not None
    await bot.sim.press(R1, card, "报名")
    signed = await bot.sim.wait_for(R1, contains="报名成功")
    await bot.sim.press(R1, signed, "加入日历")
    ics = await bot.sim.wait_for(R1, predicate=lambda m: m.kind == "document")
    assert ics.document is not None and ics.filename == f"event-{event_id}.ics"
    entry = next(iter(Calendar.from_ical(ics.document).walk("VEVENT")))
    assert str(entry["summary"]) == "Free clinic" and str(entry["location"]) == "Community hall"
    await bot.sim.press(R1, signed, "签到二维码")
    qr = await bot.sim.wait_for(R1, predicate=lambda m: m.kind == "photo")
    assert qr.photo is not None and qr.photo.startswith(b"\x89PNG")
    view = await bot.services.events.view(R1, event_id)
    assert view.mine is not None and view.mine.code is not None
    await bot.sim.send_text(ADMIN, f"/checkin {view.mine.code.lower()}")
    await bot.sim.wait_for(ADMIN, contains="王芳 is checked in")
    await bot.sim.send_text(ADMIN, f"/start checkin_{view.mine.code}")  # the QR scanned again
    await bot.sim.wait_for(ADMIN, contains="already checked in")
    card = await open_card(bot, ADMIN, event_id)
    await bot.sim.press(ADMIN, card, "Manage")
    manage = await bot.sim.wait_for(ADMIN, contains="Checked in: 1 of 1")
    await bot.sim.press(ADMIN, manage, "Spreadsheet")
    sheet = await bot.sim.wait_for(ADMIN, predicate=lambda m: m.kind == "document")
    assert sheet.document is not None
    rows = list(load_workbook(io.BytesIO(sheet.document)).active.iter_rows(values_only=True))
    assert rows[3][1:3] == ("Coming", "王芳")


async def test_a_resident_cannot_create_or_edit_events(bot: Harness) -> None:
    await bot.register(R1, "Wang Fang")
    event_id = await publish(bot, capacity=5)
    await bot.sim.send_text(R1, "/newevent")
    await bot.sim.wait_for(R1, contains="only staff")
    card = await open_card(bot, R1, event_id)
    assert not any("Manage" in b for b in card.buttons())
    for data in (f"evs:cxl:{event_id}:y", f"evs:move:{event_id}", f"evs:export:{event_id}"):
        query = await bot.sim.press_data(R1, R1, card.message_id, data)
        answer = await bot.sim.wait_for_callback_answer(query)
        assert answer.text is not None and "only staff" in answer.text
    for data in ("ev:sign:x", "ev:nope:1", "evs:cxl:1", f"ev:sign:{event_id}:99"):
        query = await bot.sim.press_data(R1, R1, card.message_id, data)
        assert (await bot.sim.wait_for_callback_answer(query)).text
    assert (await bot.services.events.view(R1, event_id)).event.status == "published"
    await bot.sim.expect_silence(STAFF_CHAT, 0.3)  # nothing crashed
    bot.travel(timedelta(hours=48, minutes=1))  # past the deadline (here: the start)
    closed = await open_card(bot, R1, event_id)
    assert closed.buttons() == ["🔒 Sign-up closed"]
    query = await bot.sim.press(R1, closed, "Sign-up closed")
    assert "closed on" in ((await bot.sim.wait_for_callback_answer(query)).text or "")


async def test_telegram_delivering_a_sign_up_twice_takes_one_place(bot: Harness) -> None:
    await bot.register(R1, "Wang Fang")
    event_id = await publish(bot, capacity=5)
    card = await open_card(bot, R1, event_id)
    press = {
        "id": "990001",
        "from": bot.sim.user(R1).to_json(),
        "message": bot.sim.world.message_json(card),
        "chat_instance": "1",
        "data": card.button_data()["✍️ Sign up"],
    }
    update_id = bot.sim.inject_update({"callback_query": press})
    first = await bot.sim.wait_for_callback_answer("990001")
    assert first.show_alert and first.text is not None and "check-in code" in first.text
    await bot.sim.wait_for(R1, contains="You are signed up")
    bot.sim.redeliver(update_id)
    # A double tap after it: one person's updates are handled in order, so once this one is
    # answered, the redelivered press was handled too.
    bot.sim.inject_update({"callback_query": {**press, "id": "990002"}})
    second = await bot.sim.wait_for_callback_answer("990002")
    assert second.text == first.text
    await bot.sim.expect_silence(R1, 0.3)  # no second message with a second code
    view = await bot.services.events.view(R1, event_id)
    assert view.event.taken == 1 and view.mine is not None
    assert view.mine.status == SignupStatus.CONFIRMED


async def test_publish_from_a_closed_form_is_refused_and_cancel_closes_an_open_one(
    bot: Harness,
) -> None:
    sim = bot.sim
    sim.add_user(ADMIN, "Admin")
    asked = await bot.say(ADMIN, "/newevent")
    for data in ("evn:pub:999", "tkn:pub:999"):  # a form that is not (or no longer) open
        query = await sim.press_data(ADMIN, ADMIN, asked.message_id, data)
        assert "form is closed" in ((await sim.wait_for_callback_answer(query)).text or "")
    draft = await bot.services.drafts.get(ADMIN)
    assert draft is not None and draft.flow == "event-new"
    await sim.press_data(ADMIN, ADMIN, asked.message_id, f"evn:no:{draft.id}")
    await sim.wait_for(ADMIN, contains="Cancelled. Nothing was sent")
    assert await bot.services.drafts.get(ADMIN) is None
    assert await bot.services.event_desk.managed(ADMIN) == []


async def test_the_how_many_places_buttons_go_once_one_is_pressed(bot: Harness) -> None:
    await bot.register(R1, "Wang Fang")
    start = bot.clock.now().replace(second=0, microsecond=0) + timedelta(hours=48)
    spec = EventSpec(
        title="Free clinic",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place="Community hall",
        capacity=10,
        per_person=3,
    )
    event, _ = await bot.services.event_desk.create(ADMIN, spec, source_key="places")
    card = await open_card(bot, R1, event.id)
    await bot.sim.press(R1, card, "Sign up")
    ask = await bot.sim.wait_for(R1, contains="How many places do you need")
    await bot.sim.press(R1, ask, "2 places")
    await bot.sim.wait_for(R1, contains="You are signed up")
    for _ in range(50):  # the press's own edit, made right after its answer
        if ask.edited:
            break
        await asyncio.sleep(0.05)
    assert ask.edited and ask.buttons() == []
    still = bot.sim.world.find(R1, card.message_id)
    assert still is not None and still.buttons()  # the event card keeps its own buttons
    view = await bot.services.events.view(R1, event.id)
    assert view.mine is not None and view.mine.places == 2
